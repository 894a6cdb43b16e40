"""Signing a summary with the organiser's key, and checking the signature (pyHanko).

`report … --sign KEY` signs what it writes: a PDF with an embedded PAdES signature (B-B: the
signer's certificate in the signature, the whole file covered), an HTML or Markdown summary with a
detached CMS signature beside it (`summary.html.p7s`) over the file's bytes. Either way the seal's
token the summary prints (the log's head) is under the signature. KEY is a PKCS#12 file (.p12,
.pfx: the key and its certificate) or a PEM file holding both; its passphrase, if any, comes
from SESSION_RUNNER_KEY_PASSPHRASE. Nothing is sent anywhere: no timestamp server, no
revocation look-up; whether the certificate is the organiser's is for the reader to say, with
`verify --trust CERT`.

This module imports pyHanko (~0.5 s, and optional: the `sign` extra); it is loaded only when a
signature is made or checked, through `runner.io.signed_files.signing`.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runner.core.i18n import tr
from runner.io.signed_files import PASSPHRASE_VARIABLE, SignatureCheck, SigningError, detached_path

with warnings.catch_warnings():  # its deprecation warnings (DSA) are not our user's lines
    warnings.simplefilter("ignore")
    from asn1crypto import cms  # type: ignore[import-untyped]
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers
    from pyhanko.sign.validation import generic_cms, validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

FIELD_NAME = "SessionRunnerSeal"

for _name in ("pyhanko", "pyhanko_certvalidator"):  # its validation log is not our user's lines either
    logging.getLogger(_name).propagate = False
    logging.getLogger(_name).addHandler(logging.NullHandler())


def load_signer(key: Path) -> Any:
    """The organiser's signer from KEY; `SigningError` in one line if it cannot be used."""
    if not key.is_file():
        raise SigningError(f"{key}: " + tr("no such key file"))
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    secret = passphrase.encode("utf-8") if passphrase is not None else None
    signer = None
    with contextlib.suppress(Exception):  # pyHanko raises, or returns None, by version and format
        if key.suffix.lower() in (".p12", ".pfx"):
            signer = signers.SimpleSigner.load_pkcs12(str(key), passphrase=secret)
        else:
            signer = signers.SimpleSigner.load(str(key), str(key), key_passphrase=secret)
    if signer is None:
        hint = tr("set {variable} to its passphrase", variable=PASSPHRASE_VARIABLE) if secret is None else ""
        why = tr("is not a key this can sign with (a PKCS#12 .p12/.pfx, or a PEM with the key and its certificate)")
        raise SigningError(f"{key}: {why}" + (f"; {hint}" if hint else ""))
    return signer


@dataclass(frozen=True)
class Signing:
    """A loaded key, ready to sign summaries with."""

    signer: Any

    def sign(self, out: Path) -> Path:
        return sign_summary(out, self.signer)


def sign_summary(out: Path, signer: Any) -> Path:
    """Sign the summary just written: a PDF in place (PAdES), others beside it (.p7s); the path signed into."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _signed(out, signer)


def _signed(out: Path, signer: Any) -> Path:
    if out.suffix.lower() == ".pdf":
        _sign_pdf(out, signer)
        return out
    data = out.read_bytes()
    signed = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    target = detached_path(out)
    _atomic_bytes(target, signed.dump())
    return target


def _sign_pdf(out: Path, signer: Any) -> None:
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=tr("Chair's summary, with the seal of its timing log"),
    )
    with open(out, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        signed = signers.sign_pdf(writer, meta, signer=signer)
        data = signed.getvalue()
    _atomic_bytes(out, data)


def _atomic_bytes(out: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temp).unlink()
        raise


def check_signature(summary: Path, data: bytes, trust: Path | None = None) -> SignatureCheck:
    """The summary's signature, checked; `SigningError` in one line when it does not hold."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pyHanko's deprecations are not our user's lines
            return _checked(summary, data, trust)
    except SigningError:
        raise
    except Exception as exc:  # a damaged signature: pyHanko's many errors, in one line
        raise SigningError(f"{summary}: " + tr("its signature cannot be read: {why}", why=_first_line(exc))) from None


def _checked(summary: Path, data: bytes, trust: Path | None) -> SignatureCheck:
    context = _trust_context(trust)
    if summary.suffix.lower() == ".pdf":
        status = _pdf_status(summary, data, context)
    else:
        status = _detached_status(summary, data, context)
    if not (status.intact and status.valid):
        raise SigningError(f"{summary}: " + tr("its signature does not match: it was changed after it was signed"))
    cert = status.signing_cert
    signer = cert.subject.human_friendly
    if trust is not None and not status.trusted:
        raise SigningError(
            f"{summary}: " + tr("was signed by {signer}, not with the certificate given with --trust", signer=signer)
        )
    return SignatureCheck(signer, cert.sha256.hex(), True if trust is not None else None)


def _pdf_status(summary: Path, data: bytes, context: Any) -> Any:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    found = reader.embedded_signatures
    if not found:
        raise SigningError(f"{summary}: " + tr("its signature cannot be read: {why}", why="no signature field"))
    status = validate_pdf_signature(found[-1], signer_validation_context=context)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise SigningError(
            f"{summary}: " + tr("was changed after it was signed (something was added after its signature)")
        )
    return status


def _detached_status(summary: Path, data: bytes, context: Any) -> Any:
    signed = cms.ContentInfo.load(detached_path(summary).read_bytes())["content"]
    return asyncio.run(generic_cms.async_validate_detached_cms(data, signed, signer_validation_context=context))


def _trust_context(trust: Path | None) -> Any:
    """What a certificate is checked against: only the one given, never the system's list, never
    the network (no revocation look-up: nothing is sent anywhere)."""
    if trust is None:
        return ValidationContext(trust_roots=[], allow_fetching=False)
    try:
        cert = load_cert_from_pemder(str(trust))
    except Exception:
        raise SigningError(f"{trust}: " + tr("is not a certificate (PEM or DER)")) from None
    return ValidationContext(trust_roots=[cert], allow_fetching=False)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
