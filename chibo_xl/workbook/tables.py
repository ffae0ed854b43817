"""Raw grids → typed records, driven by the schema.

The first three stages of checking live here, in order: sheets (present?), headers (found, in any
order, ignoring case, spacing and Unicode form), types (each cell read by its column's type). A
cell that fails its type becomes a finding and the value None; the other cells and rows are
still read, so one bad date never hides the rest.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, field

from . import cells, schema, vnformat
from .cells import col_letter  # noqa: F401  (re-exported: the reader's addresses)
from .findings import Report
from .reader import RawBook, RawSheet
from .rowkinds import ROW_KIND_VI, row_kind  # noqa: F401  (row_kind: also the importer's)

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


_VALUE_PUNCT = re.compile(r"[\s.\-_]+")


def value_key(text) -> str:
    """Key for matching a list value: `cells.fold`, less spaces, dots and hyphens ("Th.S" = "ThS")."""
    return _VALUE_PUNCT.sub("", cells.fold(text))


@functools.lru_cache(maxsize=512)
def _value_map(choices: tuple, values: tuple) -> dict:
    out = {value_key(spelling): canonical for spelling, canonical in values}
    for choice in choices:
        out.setdefault(value_key(choice), choice)
    return out


def value_map(column: schema.Column) -> dict:
    """Value key → canonical value: the column's choices and its value table (`Column.values`)."""
    return _value_map(column.choices, column.values)


def canonical(column: schema.Column, text: str) -> str:
    """The canonical spelling of a list value ("HTTNV" → "Hoàn thành tốt nhiệm vụ"), or `text`."""
    exact = cells.choice_map(column.choices).get(cells.fold(text))
    if exact is not None:
        return exact
    if column.values or column.choices:
        return value_map(column).get(value_key(text), text)
    return text


def _convert(column: schema.Column, value, date1904: bool = False):
    """The typed value of one non-blank cell, or raise `cells.Unreadable`."""
    kind = column.type
    if kind == schema.DATE:
        return cells.parse_date(value, date1904)
    if kind == schema.INT:
        return cells.parse_int(value)
    if kind == schema.NUMBER:
        return cells.parse_number(value)
    if kind == schema.PERCENT:
        return cells.parse_percent(value)
    if kind == schema.RANGE:
        return cells.parse_range(value)
    text = cells.clean_text(value)
    if column.choices or column.values:
        return canonical(column, text)
    return text


#: columns whose text is matched against other rows or a list: an invisible character there
#: makes a mismatch that looks like none, so it is named
_MATCHED_TEXT = ("name", "helper", "chair", "clerk", "secretary", "deputy", "doc_type")


def read_cell(column: schema.Column, value, sheet: str, address: str, report: Report,
              date1904: bool = False):
    """Type one cell; a failure is reported (with the column's expectation) and gives None."""
    if isinstance(value, cells.Uncomputed):
        report.error("FORMULA_NO_VALUE", sheet, address, value,
                     f"Ô «{column.header}» là công thức chưa có kết quả được lưu (tệp do một "
                     "chương trình ghi, chưa mở bằng Excel): hãy mở sổ bằng Excel rồi Lưu lại, "
                     "hoặc nhập giá trị trực tiếp.")
        return None
    # The same value in the same column types the same way in every row and every workbook
    # ("Hoàn thành tốt nhiệm vụ", a date, "Nam"): type it once. Keyed by the column's identity
    # (a frozen dataclass hashes all its fields) and the value's type (1, 1.0 and True are equal).
    key = (id(column), value.__class__, value, date1904)
    try:
        entry = _TYPED.get(key)
    except TypeError:  # an unhashable value: typed every time
        entry, key = None, None
    if entry is None or entry[0] is not column:
        entry = (column, *_typed(column, value, date1904))
        if key is not None:
            if len(_TYPED) >= _TYPED_MAX:
                _TYPED.clear()
            _TYPED[key] = entry
    for level, code, shown, message in entry[2]:
        (report.error if level == "error" else report.warn)(code, sheet, address, shown, message)
    return entry[1]


_TYPED: dict = {}
_TYPED_MAX = 200_000
#: the types a reader gives that can key `_TYPED` (a `cells.Uncomputed` is not one of them)
_PLAIN = frozenset({str, int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta})


def _typed(column: schema.Column, value, date1904: bool) -> tuple[object, tuple]:
    """The typed value of one cell and the findings it makes, as (level, code, value, message)."""
    if cells.is_blank(value):
        return None, ()
    if column.type == schema.DATE and cells.is_zero_date(value):
        return None, ()  # the national database's "0000-00-00": no date
    notes = []
    invisible = cells.invisible_in(value)
    if invisible and (column.choices or column.key in _MATCHED_TEXT):
        notes.append(("warn", "INVISIBLE_CHARS", cells.clean_text(value),
                      f"«{column.header}» có ký tự ẩn ({', '.join(invisible)}), thường do chép "
                      "từ web hoặc phần mềm khác: đã bỏ khi đọc; nên xóa khỏi ô để tên khớp ở "
                      "mọi nơi."))
    error = cells.formula_error(value)
    if error:
        notes.append(("error", "CELL_FORMULA_ERROR", value,
                      f"Ô «{column.header}» có lỗi công thức {error}: hãy nhập giá trị trực "
                      "tiếp."))
        return None, tuple(notes)
    if column.type == schema.PERCENT and cells.ambiguous_fraction(value):
        # Excel stores «95%» as 0,95 in a cell formatted «%» (`cells.Percent`, read silently);
        # a plain 0,95 is read as 95% too, and said
        shown = vnformat.decimal(value * 100, 2)
        notes.append(("warn", "PERCENT_FRACTION", value,
                      f"«{column.header}» ghi {vnformat.decimal(value, 4)}: đã hiểu là {shown}%. "
                      f"Nếu đúng là {vnformat.decimal(value, 4)}%, hãy ghi "
                      f"«{vnformat.decimal(value, 4)}%»."))
    try:
        return _convert(column, value, date1904), tuple(notes)
    except cells.Unreadable as exc:
        notes.append(("error", "CELL_TYPE", value, f"«{column.header}»: {exc}."))
        return None, tuple(notes)


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
    records = []
    # per column, once per sheet: where it is, its letter and its schema entry
    wanted = [(key, i - 1, col_letter(i), sheet.column(key)) for key, i in found.items()]
    for r in range(best_row + 1, len(rows) + 1):
        row = rows[r - 1]
        width = len(row)
        values = [row[i] if i < width else None for _, i, _, _ in wanted]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue  # a blank row (cells.is_blank inlined: every row of every sheet)
        kind = row_kind(row)
        if kind:
            report.warn("ROW_SKIPPED", sheet.name, f"A{r}", None,
                        f"Bỏ qua {ROW_KIND_VI[kind]} (không phải một dòng dữ liệu).")
            continue
        record = Record(sheet.name, r)
        found_cells, found_raw, typed = record.cells, record.raw, record.values
        for (key, _, letter, column), value in zip(wanted, values):
            address = f"{letter}{r}"
            found_cells[key] = address
            found_raw[key] = value
            # `read_cell`'s own memo looked up here: a blank cell, or a value this column has
            # typed before without a finding, costs no call (most cells of every workbook)
            if value is None:
                typed[key] = None
                continue
            if value.__class__ in _PLAIN:
                entry = _TYPED.get((id(column), value.__class__, value, date1904))
                if entry is not None and entry[0] is column and not entry[2]:
                    typed[key] = entry[1]
                    continue
            typed[key] = read_cell(column, value, sheet.name, address, report, date1904)
        records.append(record)
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
