"""Raw grids → typed records, driven by the schema.

The first three stages of checking live here, in order: sheets (present?), headers (found, in any
order, ignoring case, spacing and Unicode form), types (each cell read by its column's type). A
cell that fails its type becomes a finding and the value None; the other cells and rows are
still read, so one bad date never hides the rest.
"""
from __future__ import annotations

import difflib
import functools
import operator
import re
from dataclasses import dataclass, field

from . import cells, schema
from .cells import col_letter  # noqa: F401  (re-exported: the reader's addresses)
from .findings import Report
from .reader import RawBook, RawSheet
from .rowkinds import ROW_KIND_VI, row_kind  # noqa: F401  (row_kind: also the importer's)
# typing a cell (its memos, `canonical`, `value_key`, `value_map`: here before, still here)
from .typedcells import (_COLUMN_MEMO, _TYPED, addresses, canonical,  # noqa: F401
                         read_cell, typed_columns, value_key, value_map)

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

    def figure(self, key):
        """The number in column `key`, or `cells.BLANK` when its cell is blank: what a document
        prints as a count taken from a cell (a blank never becomes 0)."""
        return cells.figure(self.values.get(key))

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
    scope: frozenset | None = None               # the sheet keys read; None: every sheet

    def rows(self, key: str) -> list[Record]:
        """The records of sheet `key` (empty when the sheet is missing)."""
        return self.tables.get(key, [])

    def reads(self, key: str) -> bool:
        """Whether sheet `key` was read: False only for a sheet left out on purpose
        (`load_book(raw, sheets=…)`), whose rows are then unknown, not empty: a check that
        needs that sheet whole does not run."""
        return self.scope is None or key in self.scope


_HINT = re.compile(r"\s*\((?:dd|ngày|ngay|d/m|theo|định dạng|dinh dang|vd|ví dụ|vi du)[^)]*\)"
                   r"(?=\s*(?:\(\*\))?\s*\*?\s*$)", re.I)


def _strip_hint(text: str) -> str:
    return _HINT.sub("", text)


def header_key(text: str) -> str:
    """Key for matching a typed header: accentless, without "*" and a format hint "(dd/mm/yyyy)"."""
    return cells.strip_accents(_strip_hint(text))


@functools.lru_cache(maxsize=None)
def _header_maps(key: str) -> tuple[dict, dict]:
    """Folded and loose header → column (the header first, then its synonyms), once per sheet.

    The loose map also keeps the folded spellings behind each key, to tell a format hint
    ("Sinh ngày (dd/mm/yyyy)") from a header typed without its diacritics ("Ngay sinh").
    """
    sheet = schema.BY_KEY[key]
    exact, loose = {}, {}
    for names in ([(c, c.header) for c in sheet.columns],
                  [(c, s) for c in sheet.columns for s in c.synonyms]):
        for column, name in names:
            exact.setdefault(cells.fold(name), column)
            entry = loose.setdefault(header_key(name), (column, set()))
            if entry[0] is column:
                entry[1].add(_unhinted(name))
    return exact, loose


def _unhinted(text: str) -> str:
    return cells.fold(_strip_hint(text))


def header_column(sheet: schema.Sheet, value) -> tuple[schema.Column | None, bool]:
    """The column a typed header names, and whether it was typed without its diacritics."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_HEADER_CHARS:
        return None, False
    return _header_column(sheet.key, value)


@functools.lru_cache(maxsize=8192)
def _header_column(key: str, value: str) -> tuple[schema.Column | None, bool]:
    # every header scan folds the first rows of every sheet: the same texts in every workbook
    exact, loose = _header_maps(key)
    column = exact.get(cells.fold(value))
    if column is not None:
        return column, False
    entry = loose.get(header_key(value))
    if entry is None:
        return None, False
    return entry[0], _unhinted(value) not in entry[1]


def _match_headers(sheet: schema.Sheet, row: list) -> tuple[dict, dict]:
    """Column key → 1-based column index for the headers found in `row`, plus near misses."""
    found, accentless = {}, {}
    for index, value in enumerate(row, start=1):
        if not isinstance(value, str):
            continue  # `header_column` gives (None, False): most cells of the rows scanned
        column, loose = header_column(sheet, value)
        if column is None or column.key in found:
            continue
        found[column.key] = index
        if loose:
            accentless[column.key] = value
    return found, accentless


def find_header(sheet: schema.Sheet, rows: list) -> tuple[int, dict, dict]:
    """The header row (1-based, 0 if none) among the first rows, its column key → index, and
    the headers typed without their diacritics."""
    best, best_row = ({}, {}), 0
    every = len(sheet.columns)
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        found = _match_headers(sheet, row)
        if len(found[0]) > len(best[0]):
            best, best_row = found, r
            if len(best[0]) == every:
                break   # no later row can name more columns (the first best row wins)
    return best_row, best[0], best[1]


def _find_sheet(raw: RawBook, sheet: schema.Sheet) -> RawSheet | None:
    for accents in (True, False):      # a name spelled right first, then one without accents
        for name, data in raw.items():
            if schema.is_sheet(name, sheet, accents):
                return data
    return None


def _read_info(raw_sheet: RawSheet | None, report: Report, date1904: bool = False) -> Record:
    sheet = schema.INFO
    record = Record(sheet.name, 0)
    if raw_sheet is None:
        return record
    for r, row in enumerate(raw_sheet.rows, start=1):
        if not row:
            continue
        column, _ = header_column(sheet, row[0])
        if column is None or column.key in record.cells:
            continue
        value = row[1] if len(row) > 1 else None
        address = f"B{r}"
        record.cells[column.key] = address
        record.raw[column.key] = value
        record.values[column.key] = read_cell(column, value, sheet.name, address, report,
                                              date1904)
    return record


def _read_table(sheet: schema.Sheet, raw_sheet: RawSheet, report: Report, book: Book,
                date1904: bool = False) -> None:
    rows = raw_sheet.rows
    best_row, found, accentless = find_header(sheet, rows)
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
    # per column, once per sheet: its key, where it is, its letter and its schema entry
    wanted = [(key, i - 1, col_letter(i), sheet.column(key)) for key, i in found.items()]
    keys = [key for key, _, _, _ in wanted]
    places = [i for _, i, _, _ in wanted]
    # the row's cells of the found columns in one C call (a 1-column sheet gets a 1-tuple)
    take = operator.itemgetter(*places) if len(places) > 1 else \
        (lambda row, i=places[0]: (row[i],))
    reach = max(places) + 1
    name = sheet.name
    numbers, data, skipped = [], [], []
    for r in range(best_row + 1, len(rows) + 1):
        row = rows[r - 1]
        values = take(row) if len(row) >= reach else \
            tuple(row[i] if i < len(row) else None for i in places)
        for v in values:     # a blank row (cells.is_blank inlined: every row of every sheet)
            if v is not None and not (isinstance(v, str) and not v.strip()):
                break
        else:
            continue
        kind = row_kind(row)
        if kind:
            skipped.append((r, kind))
            continue
        numbers.append(r)
        data.append(values)
    typed = typed_columns(name, wanted, numbers, data, skipped, report, date1904)
    where = addresses(tuple(keys), tuple(letter for _, _, letter, _ in wanted), numbers)
    records = [Record(name, r, dict(zip(keys, row_typed)), cells_, dict(zip(keys, values)))
               for r, row_typed, cells_, values in zip(numbers, typed, where, data)]
    book.tables[sheet.key] = records


def load_book(raw: RawBook, sheets=None) -> tuple[Book, Report]:
    """Read every schema sheet out of `raw`; return the book and the sheet/header/type findings.

    `sheets`: the keys of the only sheets to read (the reader's `sheets`; «Thông tin chung»
    always); the others are left out, not missing (`Book.reads`).
    """
    report = Report()
    date1904 = bool(getattr(raw, "date1904", False))
    info_raw = _find_sheet(raw, schema.INFO)
    book = Book(info=_read_info(info_raw, report, date1904),
                scope=None if sheets is None else frozenset(sheets) | {schema.INFO.key})
    if info_raw is not None:
        book.present.add("info")
    for sheet in schema.SHEETS:
        if sheet.kind == "info":
            if info_raw is None:
                report.error("SHEET_MISSING", sheet.name, "", None,
                             f"Thiếu trang «{sheet.name}»: tạo lại từ sổ mẫu (chibo-xl init).")
            continue
        if not book.reads(sheet.key):
            continue
        raw_sheet = _find_sheet(raw, sheet)
        if raw_sheet is None:
            if not sheet.optional:
                hint = (" Nếu đây là danh sách đảng viên có sẵn (phần mềm cơ sở dữ liệu đảng "
                        "viên, Mẫu 7-HSĐV), hãy nhập nó vào sổ: chibo-xl import <tệp>."
                        if sheet.key == "members" else "")
                report.error("SHEET_MISSING", sheet.name, "", None,
                             f"Thiếu trang «{sheet.name}»: tạo lại từ sổ mẫu (chibo-xl init)."
                             + hint)
            book.tables[sheet.key] = []
            continue
        book.present.add(sheet.key)
        _read_table(sheet, raw_sheet, report, book, date1904)
    return book, report
