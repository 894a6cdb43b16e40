"""One entry per format, each importing its reader only when a source of that format is read."""

from __future__ import annotations

from runner.io.importers.model import ImportOptions, Programme
from runner.io.importers.sources import decode


def text_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.text import read_text

    return read_text(decode(data, source), source)


def csv_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.table import read_csv

    return read_csv(decode(data, source), source, options)


def xlsx_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.table import read_xlsx

    return read_xlsx(data, source, options)


def ontime_json_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.ontime_json import read_ontime_json

    return read_ontime_json(decode(data, source), source, options)


def ics_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.ics import read_ics

    return read_ics(data, source, options)


def frab_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    from runner.io.importers.frab import read_frab

    return read_frab(data, source, options)
