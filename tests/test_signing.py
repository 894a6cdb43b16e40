"""`report … --sign KEY` and `verify … --report SUMMARY [--trust CERT]`: a summary signed with
the organiser's key (a PDF with PAdES, HTML or Markdown with a detached CMS beside it), and every
change to it after signing found, in one line. The key is made here, self-signed, as an
organiser without a certificate authority would make one."""

from __future__ import annotations

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

import runner.io
from runner.cli import main
from runner.io.signed_files import PASSPHRASE_VARIABLE
from tests.record_day import rehearsed_log


def _key(folder: Path, name: str) -> tuple[Path, Path]:
    """A PKCS#12 key and its certificate (PEM), self-signed, for digital signatures."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    p12, pem = folder / f"{name.split()[0].lower()}.p12", folder / f"{name.split()[0].lower()}.pem"
    encryption = serialization.BestAvailableEncryption(b"organiser passphrase")
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"organiser", key, cert, None, encryption))
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signed")
    log = rehearsed_log(folder / "day.sqlite")
    key, cert = _key(folder, "Secretariat of the Forum")
    _, other = _key(folder, "Someone else")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_VARIABLE, "organiser passphrase")
        # All three from one command (`-o` again): each signed from the one reading of the log.
        outputs = [arg for suffix in (".pdf", ".html", ".md") for arg in ("-o", str(folder / f"summary{suffix}"))]
        assert main(["report", str(log), *outputs, "--sign", str(key)]) == 0
    return folder, log, cert, other


def _verify(capsys, *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["verify", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md"])
def test_a_signed_summary_verifies_and_names_its_signer(signed, capsys, suffix):
    folder, log, cert, other = signed
    summary = folder / f"summary{suffix}"
    if suffix == ".pdf":
        assert b"/ETSI.CAdES.detached" in summary.read_bytes()  # PAdES
    else:
        assert (folder / f"summary{suffix}.p7s").stat().st_size > 0
    _others_agree(summary)
    code, out, err = _verify(capsys, log, "--report", summary)
    assert (code, err) == (0, "")
    assert "was made from it; signed by Common Name: Secretariat of the Forum (certificate SHA-256 " in out
    assert "not checked against any given with --trust" in out
    code, out, _ = _verify(capsys, log, "--report", summary, "--trust", cert)
    assert code == 0 and out.rstrip().endswith("the certificate given with --trust")
    code, out, err = _verify(capsys, log, "--report", summary, "--trust", other)
    assert code == 1 and not out
    assert (
        err == f"{summary}: was signed by Common Name: Secretariat of the Forum, "
        "not with the certificate given with --trust\n"
    )


def _others_agree(summary: Path) -> None:
    """Poppler's pdfsig and OpenSSL's cms, not ours, find the signatures valid."""
    if summary.suffix == ".pdf" and shutil.which("pdfsig"):
        told = subprocess.run(["pdfsig", str(summary)], capture_output=True, text=True).stdout
        assert "Signature is Valid." in told and "Total document signed" in told, told
    elif summary.suffix != ".pdf" and shutil.which("openssl"):
        command = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-noverify", "-out", os.devnull]
        command += ["-in", f"{summary}.p7s", "-content", str(summary)]
        told = subprocess.run(command, capture_output=True, text=True)
        assert told.returncode == 0 and "Verification successful" in told.stderr, told.stderr


def test_a_pdf_changed_after_signing_is_found(signed, capsys, tmp_path):
    folder, log, _, _ = signed
    data = (folder / "summary.pdf").read_bytes()
    changed = tmp_path / "changed.pdf"
    at = data.index(b"sr-chain:1:") + len("sr-chain:1:")
    changed.write_bytes(data[:at] + (b"9" if data[at : at + 1] != b"9" else b"8") + data[at + 1 :])
    code, _, err = _verify(capsys, log, "--report", changed)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    # An update appended after the signature (as an editor would save one) is not covered by it.
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(data + b"\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    code, _, err = _verify(capsys, log, "--report", appended)
    assert code == 1 and err.count("\n") == 1 and str(appended) in err, err


def test_a_markdown_summary_changed_after_signing_and_an_unsigned_one(signed, capsys, tmp_path):
    folder, log, cert, _ = signed
    changed = tmp_path / "summary.md"
    changed.write_bytes((folder / "summary.md").read_bytes().replace(b"Chair", b"Chief", 1))
    (tmp_path / "summary.md.p7s").write_bytes((folder / "summary.md.p7s").read_bytes())
    code, _, err = _verify(capsys, log, "--report", changed)
    assert (code, err) == (1, f"{changed}: its signature does not match: it was changed after it was signed\n")
    (tmp_path / "summary.md.p7s").unlink()
    assert _verify(capsys, log, "--report", changed)[0] == 0  # unsigned, and still made from the log
    code, _, err = _verify(capsys, log, "--report", changed, "--trust", cert)
    assert (code, err) == (1, f"{changed}: is not signed\n")


def test_a_key_that_cannot_sign_is_one_line_and_nothing_is_written(signed, capsys, tmp_path, monkeypatch):
    folder, log, cert, _ = signed
    out = tmp_path / "summary.pdf"
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "wrong")
    capsys.readouterr()
    assert main(["report", str(log), "-o", str(out), "--sign", str(folder / "secretariat.p12")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a key this can sign with" in err and not out.exists()
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    assert main(["report", str(log), "-o", str(out), "--sign", str(cert)]) == 1
    assert f"set {PASSPHRASE_VARIABLE} to its passphrase" in capsys.readouterr().err
    assert main(["report", str(log), "-o", str(tmp_path / "day.csv"), "--sign", str(cert)]) == 2
    assert "--sign signs a summary" in capsys.readouterr().err


def test_a_signed_summary_of_a_forged_log_still_fails_on_the_seal(signed, capsys, tmp_path):
    """The signature vouches for the summary; the summary's seal for the log."""
    folder, log, _, _ = signed
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(log.read_bytes())
    with sqlite3.connect(cut) as db:
        db.execute("DELETE FROM events WHERE seq > 5")
        db.execute("UPDATE sqlite_sequence SET seq = 5 WHERE name = 'events'")
    code, _, err = _verify(capsys, cut, "--report", folder / "summary.pdf")
    assert code == 1 and "was cut short of" in err


def test_without_pyhanko_signing_and_checking_say_so_in_one_line(signed, capsys, tmp_path, monkeypatch):
    folder, log, _, _ = signed
    for name in list(sys.modules):
        if name.split(".")[0] in ("pyhanko", "pyhanko_certvalidator", "asn1crypto"):
            monkeypatch.setitem(sys.modules, name, None)  # as if pyHanko were not installed
    monkeypatch.delitem(sys.modules, "runner.io.signing", raising=False)
    monkeypatch.delattr(runner.io, "signing", raising=False)
    capsys.readouterr()
    assert main(["report", str(log), "-o", str(tmp_path / "s.pdf"), "--sign", str(folder / "secretariat.p12")]) == 1
    line = "signing needs pyHanko, which is not installed: pip install 'session-runner[sign]'\n"
    assert capsys.readouterr().err == line
    code, _, err = _verify(capsys, log, "--report", folder / "summary.pdf")
    assert (code, err) == (1, line)
    assert _verify(capsys, log, "--report", folder / "summary.md")[0] == 1
