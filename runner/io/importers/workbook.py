"""Reading a workbook's rows with openpyxl, after refusing zip bombs and files that are no workbook."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from runner.core.i18n import tr
from runner.io.importers.columns import HEADER_SEARCH_ROWS, columns_without_header, read_header
from runner.io.importers.model import ImportFailed, ImportOptions, Programme
from runner.io.importers.table import MAX_ROWS, Where, _Table, read_table

# A programme's workbook unpacks to a few MB; a zip bomb unpacks to gigabytes from kilobytes.
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2_000
MAX_COLUMNS = 200


def _refuse_bombs(data: bytes, source: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFailed.at(source, 1, tr("not a workbook (.xlsx is a zip file; this is not one)")) from None
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise ImportFailed.at(
            source, 1, tr("unpacks to {mb} MB from {kb} kB; refusing it", mb=unpacked >> 20, kb=len(data) >> 10)
        )
    if "xl/workbook.xml" not in {member.filename for member in members}:
        raise ImportFailed.at(source, 1, tr("a zip file, but not an Excel workbook (.xlsx)"))


Rows = list[tuple[int, list[object]]]


def sheet_rows(
    data: bytes, source: str, sheet_name: str | None, max_rows: int, usable: Callable[[Rows], bool]
) -> tuple[str, Rows]:
    """The chosen sheet's name and its rows, numbered as Excel numbers them.

    Without a name: the active sheet, or, when it is not `usable` (a blank first sheet), the first
    sheet that is."""
    # openpyxl warns of what it drops while reading ("Unknown extension is not supported", data
    # validation, conditional formats): nothing of a programme, and no line for a host's terminal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return _sheet_rows(data, source, sheet_name, max_rows, usable)


def _sheet_rows(
    data: bytes, source: str, sheet_name: str | None, max_rows: int, usable: Callable[[Rows], bool]
) -> tuple[str, Rows]:
    _refuse_bombs(data, source)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on a damaged file; each is one user-facing line
        raise ImportFailed.at(source, 1, tr("not a readable workbook: {why}", why=type(exc).__name__)) from None
    try:
        if sheet_name is not None:
            return _rows(book, source, sheet_name, max_rows)
        active = _rows(book, source, None, max_rows)
        if usable(active[1]):
            return active
        for name in book.sheetnames:
            if name != active[0] and usable((other := _rows(book, source, name, max_rows))[1]):
                return other
        return active
    except ImportFailed:
        raise
    except Exception as exc:  # a damaged sheet part fails only while its rows are read
        raise ImportFailed.at(source, 1, tr("not a readable workbook: {why}", why=type(exc).__name__)) from None
    finally:
        book.close()


def _rows(book: Any, source: str, sheet_name: str | None, max_rows: int) -> tuple[str, Rows]:
    if sheet_name is not None and sheet_name not in book.sheetnames:
        raise ImportFailed.at(
            source,
            1,
            tr("no sheet '{name}'; the sheets are: {names}", name=sheet_name, names=", ".join(book.sheetnames)),
        )
    sheet = book[sheet_name] if sheet_name else book.active
    if sheet is None:
        sheet = book[book.sheetnames[0]]
    rows: Rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
        if number > max_rows:
            raise ImportFailed.at(source, f"{sheet.title}!A{number}", tr("more than {n} rows", n=max_rows))
        rows.append((number, list(values)))
    return sheet.title, rows


def read_xlsx(data: bytes, source: str, options: ImportOptions) -> Programme:
    """A workbook's sheet as a table: cells located as `Sheet!B7`."""
    sheet, rows = sheet_rows(data, source, options.sheet, MAX_ROWS, _has_header)
    where: Where = lambda row, col: f"{sheet}!{get_column_letter(col + 1)}{row}"
    return read_table(_Table(source, rows, where, sheet), options)


def _has_header(rows: list[tuple[int, list[object]]]) -> bool:
    if any(read_header(cells) is not None for _, cells in rows[:HEADER_SEARCH_ROWS]):
        return True
    return columns_without_header([cells for _, cells in rows]) is not None
