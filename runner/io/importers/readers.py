"""One entry per format, each loading its reader (and the reader's library: openpyxl, icalendar,
defusedxml) only when a source of that format is read: the importers' lazy seam."""

from __future__ import annotations

import importlib
from types import ModuleType

from runner.io.importers.model import ImportOptions, Programme
from runner.io.importers.sources import decode


def _reader(name: str) -> ModuleType:
    """Lazy seam: the reader module `runner.io.importers.NAME`, imported on first use."""
    return importlib.import_module(f"runner.io.importers.{name}")


def text_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("text").read_text(decode(data, source), source, options.date)
    return programme


def csv_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("table").read_csv(decode(data, source), source, options)
    return programme


def xlsx_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("workbook").read_xlsx(data, source, options)
    return programme


def ontime_json_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("ontime_json").read_ontime_json(decode(data, source), source, options)
    return programme


def ics_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("ics").read_ics(data, source, options)
    return programme


def frab_programme(data: bytes, source: str, options: ImportOptions) -> Programme:
    programme: Programme = _reader("frab").read_frab(data, source, options)
    return programme
