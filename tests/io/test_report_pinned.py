"""The reports of the first round's logs, in every language and format, stay byte for byte what
is pinned in tests/fixtures/pinned/ (#31: making the report fast must not change what it says).

Every way a report is written is checked: the `report` command, one format at a time; one
`report` command writing every format from one reading of the log (the benchmark's summary
figure); and the app's Export of every format at once.
"""

from __future__ import annotations

import pytest

from runner.core import i18n
from tests.io.pinned_reports import (
    LOGS,
    TEXT_FILES,
    by_command,
    by_export,
    by_one_command,
    has_pdftotext,
    pinned,
    pinned_digests,
    qt_version,
)

CASES = [(log, code) for log in LOGS for code in i18n.LANGUAGES]


def _compare(written: dict[str, bytes], expected: dict[str, bytes]) -> None:
    if not has_pdftotext():
        expected = {name: data for name, data in expected.items() if name != "report.pdf.txt"}
    assert sorted(written) == sorted(expected)
    for name, data in expected.items():
        # One file at a time, so a failure names it; a difference shows as the lines around it.
        assert written[name].decode("utf-8") == data.decode("utf-8"), name


def _check_digest(log: str, code: str, digest: str) -> None:
    record = pinned_digests()
    if record["pyside6"] != qt_version():
        return  # another Qt lays the page out its own way; the PDF's text is still compared
    assert digest == record["drawn_sha256"][f"{log}/{code}"]  # type: ignore[index]


@pytest.mark.parametrize(("log", "code"), CASES)
def test_the_report_command_writes_the_pinned_bytes(tmp_path, log, code) -> None:
    written, digest = by_command(log, code, tmp_path)
    _compare(written, pinned(log, code))
    _check_digest(log, code, digest)


@pytest.mark.parametrize(("log", "code"), CASES)
def test_one_command_for_every_format_writes_the_pinned_bytes(tmp_path, log, code) -> None:
    written, digest = by_one_command(log, code, tmp_path)
    _compare(written, pinned(log, code))
    _check_digest(log, code, digest)


@pytest.mark.parametrize(("log", "code"), CASES)
def test_export_of_every_format_writes_the_pinned_bytes(tmp_path, log, code) -> None:
    written, digest = by_export(log, code, tmp_path)
    _compare(written, pinned(log, code))
    _check_digest(log, code, digest)


def test_every_language_and_file_is_pinned() -> None:
    for log, code in CASES:
        names = set(pinned(log, code))
        assert names <= set(TEXT_FILES) and {"report.html", "report.md", "report.pdf.txt"} <= names, (log, code)
    assert set(pinned_digests()["drawn_sha256"]) == {f"{log}/{code}" for log, code in CASES}  # type: ignore[arg-type]
