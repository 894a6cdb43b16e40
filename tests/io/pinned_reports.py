"""Every language's reports of fixed logs, as pinned byte for byte in tests/fixtures/pinned/.

The logs are the first round's fixtures (tests/fixtures/round1-*.sqlite, written by that round's
code). For each log and each of the six languages: the HTML, Markdown, CSV, speakers' CSV and
JSON-lines files byte for byte, and the PDF twice: its text (`pdftotext -layout`) byte for byte,
and a digest of what it draws (`pdf_digest`: its pages' content streams, images and fonts). The
digest depends on Qt's version and the installed fonts, so it is kept with the PySide6 version
it was made with.

After a deliberate change to what the reports say, write the pins anew and say so in the commit:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.io.pinned_reports
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from io import StringIO
from pathlib import Path

from runner.core import i18n
from runner.io.report_command import export_reports, write_report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PINNED = FIXTURES / "pinned"
LOGS = ("round1-dialogue", "round1-crashed")
# The files of one report, by the name they are pinned under; the PDF's are its text and digest.
TEXT_FILES = ("report.html", "report.md", "report.csv", "report-speakers.csv", "report.jsonl", "report.pdf.txt")
DIGESTS = PINNED / "pdf-digests.json"


def pdf_digest(path: Path) -> str:
    """A digest of what a PDF draws: each page's content stream in page order, the images it
    shows and the names of the fonts it embeds. Not of its bytes: QPdfWriter writes the time,
    a new document ID, and its fonts in an order that changes from one process to the next."""
    data = path.read_bytes()
    digest = hashlib.sha256()
    pages = re.findall(rb"/Type /Page\b.*?/Contents (\d+) 0 R", data, re.S)
    if not pages:
        raise ValueError(f"{path}: no page with contents")
    for number in pages:
        digest.update(hashlib.sha256(_stream(data, int(number))).digest())
    images = re.findall(rb"(?m)^(\d+) 0 obj\s*<<[^>]*?/Subtype /Image", data)
    for image in sorted(hashlib.sha256(_stream(data, int(n))).hexdigest() for n in images):
        digest.update(image.encode())
    for font in sorted(set(re.findall(rb"/BaseFont /([^\s/]+)", data))):
        digest.update(font + b"\n")
    return digest.hexdigest()


def _stream(data: bytes, number: int) -> bytes:
    """Object `number`'s stream, inflated when it is deflated."""
    found = re.search(rb"(?m)^%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % number, data, re.S)
    if found is None:
        raise ValueError(f"no stream object {number}")
    size = re.search(rb"/Length (\d+)(?: 0 R)?", found.group(1))
    if size is None:
        raise ValueError(f"stream object {number} has no /Length")
    length = int(size.group(1))
    if size.group(0).endswith(b" R"):  # an indirect length: its own object holds the number
        held = re.search(rb"(?m)^%d 0 obj\s*(\d+)\s*endobj" % length, data)
        if held is None:
            raise ValueError(f"no length object {length}")
        length = int(held.group(1))
    raw = data[found.end() : found.end() + length]
    return zlib.decompress(raw) if b"/FlateDecode" in found.group(1) else raw


def pdf_text(path: Path) -> bytes:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout


def has_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def qt_version() -> str:
    import PySide6

    return str(PySide6.__version__)


@contextmanager
def language(code: str) -> Iterator[None]:
    before = i18n.active_catalogue()
    i18n.use(i18n.load_catalogue(code))
    try:
        yield
    finally:
        i18n.use(before)


def _gathered(folder: Path, files: dict[str, Path]) -> dict[str, bytes]:
    """The pinned names' bytes from the files written; the PDF as its text, when pdftotext is here."""
    out = {name: path.read_bytes() for name, path in files.items() if not name.endswith(".pdf")}
    if has_pdftotext():
        out["report.pdf.txt"] = pdf_text(files["report.pdf"])
    return out


REPORT_SUFFIXES = (".html", ".pdf", ".md", ".csv", ".jsonl")


def by_command(log: str, code: str, folder: Path) -> tuple[dict[str, bytes], str]:
    """`report LOG -o OUT` once for each format, as a user runs it: the files and the PDF's digest."""
    folder.mkdir(parents=True, exist_ok=True)
    outs = [folder / f"report{suffix}" for suffix in REPORT_SUFFIXES]
    with language(code), redirect_stdout(StringIO()):
        for out in outs:
            assert write_report(FIXTURES / f"{log}.sqlite", out) == 0, (log, code, out.suffix)
    return _written(folder, outs)


def by_one_command(log: str, code: str, folder: Path) -> tuple[dict[str, bytes], str]:
    """One `report LOG -o A.html -o A.pdf …` writing every format from one reading of the log."""
    folder.mkdir(parents=True, exist_ok=True)
    outs = [folder / f"report{suffix}" for suffix in REPORT_SUFFIXES]
    with language(code), redirect_stdout(StringIO()):
        assert write_report(FIXTURES / f"{log}.sqlite", outs) == 0, (log, code)
    return _written(folder, outs)


def _written(folder: Path, outs: list[Path]) -> tuple[dict[str, bytes], str]:
    """The `report` command's files (and the speakers' CSV it writes beside the CSV) and the PDF's digest."""
    files = {out.name: out for out in outs}
    speakers = folder / "report-speakers.csv"
    if speakers.exists():
        files[speakers.name] = speakers
    return _gathered(folder, files), pdf_digest(files["report.pdf"])


def by_export(log: str, code: str, folder: Path) -> tuple[dict[str, bytes], str]:
    """The app's Export of every format at once: the files, by their pinned names, and the PDF's digest."""
    with language(code):
        written = export_reports(FIXTURES / f"{log}.sqlite", folder)
    files = {path.name.removeprefix(f"{log}-"): path for path in written}
    return _gathered(folder, files), pdf_digest(files["report.pdf"])


def pinned(log: str, code: str) -> dict[str, bytes]:
    folder = PINNED / log / code
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def pinned_digests() -> dict[str, object]:
    return json.loads(DIGESTS.read_text(encoding="utf-8"))


def write_pins() -> None:
    """Write every pin anew from today's code (run from the repository's root)."""
    if not has_pdftotext():
        raise SystemExit("pdftotext (poppler-utils) is needed to pin the PDFs' text")
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for log in LOGS:
            for code in i18n.LANGUAGES:
                files, digest = by_command(log, code, Path(scratch) / f"{log}-{code}")
                target = PINNED / log / code
                if target.exists():
                    shutil.rmtree(target)
                target.mkdir(parents=True)
                for name, data in files.items():
                    (target / name).write_bytes(data)
                digests[f"{log}/{code}"] = digest
    record = {"pyside6": qt_version(), "drawn_sha256": digests}
    DIGESTS.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(digests)} reports' pins under {PINNED}")


if __name__ == "__main__":
    write_pins()
