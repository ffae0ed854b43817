"""Raw grids → typed records, driven by the schema.

The first three stages of checking live here, in order: sheets (present?), headers (found, in any
order, ignoring case, spacing and Unicode form), types (each cell read by its column's type). A
cell that fails its type becomes a finding and the value None; the other cells and rows are
still read, so one bad date never hides the rest.
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, field

from . import cells, schema
from .cells import col_letter  # noqa: F401  (re-exported: the reader's addresses)
from .findings import Report
from .workbook import RawBook, RawSheet

HEADER_SCAN_ROWS = 10
#: no header or item label is longer; longer cells are data and are not folded while scanning
MAX_HEADER_CHARS = 200


@dataclass
class Record:
    """One row (or the info sheet): typed values by column key, and each value's cell address."""

    sheet: str
    row: int
    values: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)

    def __getitem__(self, key):
        return self.values.get(key)

    def __contains__(self, key) -> bool:
        # without it, `in` would fall back to __getitem__ with 0, 1, 2… and never end
        return self.values.get(key) is not None

    def get(self, key, default=None):
        value = self.values.get(key)
        return default if value is None else value

    def cell(self, key) -> str:
        """The address of the column `key` in this row ("C7"), or "" if the column is absent."""
        return self.cells.get(key, "")


@dataclass
class Book:
    """A workbook read through the schema."""

    info: Record
    tables: dict = field(default_factory=dict)   # sheet key → list[Record]
    present: set = field(default_factory=set)    # sheet keys found
    columns: dict = field(default_factory=dict)  # sheet key → set of column keys found

    def rows(self, key: str) -> list[Record]:
        """The records of sheet `key` (empty when the sheet is missing)."""
        return self.tables.get(key, [])


def _convert(column: schema.Column, value):
    """The typed value of one non-blank cell, or raise `cells.Unreadable`."""
    kind = column.type
    if kind == schema.DATE:
        return cells.parse_date(value)
    if kind == schema.INT:
        return cells.parse_int(value)
    if kind == schema.NUMBER:
        return cells.parse_number(value)
    if kind == schema.PERCENT:
        return cells.parse_percent(value)
    if kind == schema.RANGE:
        return cells.parse_range(value)
    text = cells.clean_text(value)
    if column.choices:
        return cells.choice_map(column.choices).get(cells.fold(text), text)
    return text


def read_cell(column: schema.Column, value, sheet: str, address: str, report: Report):
    """Type one cell; a failure is reported (with the column's expectation) and gives None."""
    if cells.is_blank(value):
        return None
    error = cells.formula_error(value)
    if error:
        report.error("CELL_FORMULA_ERROR", sheet, address, value,
                     f"Ô «{column.header}» có lỗi công thức {error}: hãy nhập giá trị trực tiếp.")
        return None
    try:
        return _convert(column, value)
    except cells.Unreadable as exc:
        report.error("CELL_TYPE", sheet, address, value,
                     f"«{column.header}»: {exc}.")
        return None


@functools.lru_cache(maxsize=None)
def _header_maps(key: str) -> tuple[dict, dict]:
    """Folded and accentless header → column, computed once per sheet."""
    sheet = schema.BY_KEY[key]
    return ({cells.fold(c.header): c for c in sheet.columns},
            {cells.strip_accents(c.header): c for c in sheet.columns})


def _match_headers(sheet: schema.Sheet, row: list) -> tuple[dict, dict]:
    """Column key → 1-based column index for the headers found in `row`, plus near misses."""
    exact, loose = _header_maps(sheet.key)
    found, accentless = {}, {}
    for index, value in enumerate(row, start=1):
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_HEADER_CHARS:
            continue
        column = exact.get(cells.fold(value))
        if column and column.key not in found:
            found[column.key] = index
            continue
        column = loose.get(cells.strip_accents(value))
        if column and column.key not in found:
            found[column.key] = index
            accentless[column.key] = value
    return found, accentless


def _find_sheet(raw: RawBook, sheet: schema.Sheet) -> RawSheet | None:
    wanted = cells.fold(sheet.name)
    for name, data in raw.items():
        if cells.fold(name) == wanted:
            return data
    for name, data in raw.items():
        if cells.strip_accents(name) == cells.strip_accents(sheet.name):
            return data
    return None


def _read_info(raw_sheet: RawSheet | None, report: Report) -> Record:
    sheet = schema.INFO
    record = Record(sheet.name, 0)
    if raw_sheet is None:
        return record
    by_label = {cells.fold(c.header): c for c in sheet.columns}
    by_loose = {cells.strip_accents(c.header): c for c in sheet.columns}
    for r, row in enumerate(raw_sheet.rows, start=1):
        if not row or not isinstance(row[0], str) or len(row[0]) > MAX_HEADER_CHARS:
            continue
        column = by_label.get(cells.fold(row[0])) or by_loose.get(cells.strip_accents(row[0]))
        if column is None or column.key in record.cells:
            continue
        value = row[1] if len(row) > 1 else None
        address = f"B{r}"
        record.cells[column.key] = address
        record.raw[column.key] = value
        record.values[column.key] = read_cell(column, value, sheet.name, address, report)
    return record


def _read_table(sheet: schema.Sheet, raw_sheet: RawSheet, report: Report, book: Book) -> None:
    rows = raw_sheet.rows
    best, best_row = ({}, {}), 0
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        found = _match_headers(sheet, row)
        if len(found[0]) > len(best[0]):
            best, best_row = found, r
    found, accentless = best
    book.columns[sheet.key] = set(found)
    if not found:
        if any(any(not cells.is_blank(v) for v in row) for row in rows):
            report.error("HEADER_ROW_MISSING", sheet.name, "A1", None,
                         f"Không tìm thấy dòng tiêu đề của trang «{sheet.name}» trong "
                         f"{HEADER_SCAN_ROWS} dòng đầu. Cần các cột: "
                         + ", ".join(c.header for c in sheet.columns if c.required) + ".")
        book.tables[sheet.key] = []
        return
    header_cells = [str(v) for v in rows[best_row - 1] if isinstance(v, str) and v.strip()]
    for key, typed in accentless.items():
        column = sheet.column(key)
        report.warn("HEADER_SPELLING", sheet.name, f"{col_letter(found[key])}{best_row}", typed,
                    f"Tiêu đề cột viết chưa đúng, đã hiểu là «{column.header}».")
    for column in sheet.columns:
        if column.key in found or not column.required:
            continue
        near = difflib.get_close_matches(column.header, header_cells, n=1, cutoff=0.6)
        hint = f" (có cột «{near[0]}» gần giống: hãy sửa lại đúng tên)" if near else ""
        report.error("HEADER_MISSING", sheet.name, f"{col_letter(1)}{best_row}", None,
                     f"Thiếu cột bắt buộc «{column.header}»{hint}.")
    merged_header = [m for m in raw_sheet.merged if m[0] <= best_row <= m[2]]
    for r1, c1, r2, c2 in merged_header:
        report.warn("HEADER_MERGED", sheet.name, f"{col_letter(c1)}{r1}:{col_letter(c2)}{r2}",
                    None, "Ô tiêu đề bị gộp (merge): hãy bỏ gộp để mỗi cột một tiêu đề.")
    records = []
    for r in range(best_row + 1, len(rows) + 1):
        row = rows[r - 1]
        values = {key: row[i - 1] if i - 1 < len(row) else None for key, i in found.items()}
        if all(cells.is_blank(v) for v in values.values()):
            continue
        record = Record(sheet.name, r)
        for key, value in values.items():
            address = f"{col_letter(found[key])}{r}"
            record.cells[key] = address
            record.raw[key] = value
            record.values[key] = read_cell(sheet.column(key), value, sheet.name, address, report)
        records.append(record)
    book.tables[sheet.key] = records


def load_book(raw: RawBook) -> tuple[Book, Report]:
    """Read every schema sheet out of `raw`; return the book and the sheet/header/type findings."""
    report = Report()
    info_raw = _find_sheet(raw, schema.INFO)
    book = Book(info=_read_info(info_raw, report))
    if info_raw is not None:
        book.present.add("info")
    for sheet in schema.SHEETS:
        if sheet.kind == "info":
            if info_raw is None:
                report.error("SHEET_MISSING", sheet.name, "", None,
                             f"Thiếu trang «{sheet.name}»: tạo lại từ sổ mẫu (chibo-xl init).")
            continue
        raw_sheet = _find_sheet(raw, sheet)
        if raw_sheet is None:
            if not sheet.optional:
                report.error("SHEET_MISSING", sheet.name, "", None,
                             f"Thiếu trang «{sheet.name}»: tạo lại từ sổ mẫu (chibo-xl init).")
            book.tables[sheet.key] = []
            continue
        book.present.add(sheet.key)
        _read_table(sheet, raw_sheet, report, book)
    return book, report
