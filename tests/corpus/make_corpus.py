"""The malformed-workbook corpus: every way a secretary's (or an attacker's) file can go wrong.

Each case starts from the clean `SMALL` book of tests/conftest.py, changed in ONE place, written
through the real generator (`chibo_xl.workbook.blank.write_workbook`, openpyxl) or, where openpyxl cannot
produce the defect (a cached formula error, shared strings), through XlsxWriter; the saved .xlsx
is then post-processed with openpyxl or at the zip/XML level when the defect lives there.

A case says what `chibo-xl check` must answer: the finding code, its sheet and cell (None when the
finding has no cell; `FILE` when the "sheet" is the file path of a whole-file refusal), and the
exit code (0 clean, 1 warnings only, 2 errors). `code=None` means the input must be ACCEPTED
(exit 0, no finding at all).

Use as a module (`CASES`, `build(folder)`) or as a script:

    python tests/corpus/make_corpus.py OUTDIR [NAME ...]
"""
from __future__ import annotations

import datetime as dt
import sys
import time
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from conftest import HT, HTT, HTXS, small_data  # noqa: E402

from chibo_xl.workbook import schema  # noqa: E402
from chibo_xl.workbook.blank import header_text, write_workbook  # noqa: E402
from chibo_xl.workbook.tables import col_letter  # noqa: E402

D = dt.date
#: expected "sheet" of a whole-file refusal (FILE_UNREADABLE): the path of the file checked
FILE = "<tệp>"
#: text of /etc/passwd that must never reach a message (XXE)
PASSWD_MARKERS = ("root:x:", "root:*:", "/bin/bash", "/usr/sbin/nologin", "daemon:")

MEMBERS, RATINGS, INFO, MEETINGS = "Đảng viên", "Xếp loại", "Thông tin chung", "Sinh hoạt"
PLAN, SUPERVISION, FEES, NARRATIVE = "Kế hoạch tháng", "Giám sát", "Đảng phí", "Nội dung"
DEVELOPMENT = "Phát triển Đảng"


@dataclass(frozen=True)
class Case:
    """One corpus file and the answer `chibo-xl check` must give for it."""

    name: str
    category: str
    write: Callable[[Path], Path]  # writes the file into a folder, returns its path
    code: str | None               # None: the input must be accepted (clean, exit 0)
    sheet: str | None
    cell: str | None               # None: the finding has no cell
    exit_code: int
    slow: bool = False
    max_seconds: float | None = None  # one check_file must finish within this
    forbidden: tuple[str, ...] = ()   # text that must never appear in the output
    note: str = ""

    @property
    def accepted(self) -> bool:
        return self.code is None

    def __repr__(self) -> str:  # short ids in pytest output
        return f"Case({self.name})"


# --------------------------------------------------------------------------- addresses

def _sheet(name: str) -> schema.Sheet:
    return next(s for s in schema.SHEETS if s.name == name)


def letter(sheet: str, header: str) -> str:
    """Column letter of `header` in the generated layout of `sheet`."""
    columns = _sheet(sheet).columns
    return col_letter(next(i for i, c in enumerate(columns, 1) if c.header == header))


def at(sheet: str, header: str, index: int | None = None) -> str:
    """The cell the generator writes: data row `index` (0-based) of a table; an info item."""
    if index is None:  # "Thông tin chung": item rows from 2, values in column B
        columns = _sheet(sheet).columns
        return f"B{next(i for i, c in enumerate(columns, 2) if c.header == header)}"
    return f"{letter(sheet, header)}{index + 2}"


def excel_serial(day: dt.date) -> int:
    """Excel's 1900-system serial number of `day` (after 1900-03-01)."""
    return (day - D(1899, 12, 30)).days


# --------------------------------------------------------------------------- data edits

DELETE = object()


def put(*edits):
    """A mutation of the data: each edit is (sheet, row index or None for info, header, value)."""
    def mutate(data):
        for sheet, index, header, value in edits:
            target = data[sheet] if index is None else data[sheet][index]
            if value is DELETE:
                target.pop(header, None)
            else:
                target[header] = value
    return mutate


def chain(*mutations):
    def mutate(data):
        for m in mutations:
            m(data)
    return mutate


def on_rows(sheet: str, fn: Callable[[dict], None]):
    """Apply `fn(row)` to every row of a table sheet."""
    def mutate(data):
        for row in data[sheet]:
            if row:
                fn(row)
    return mutate


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --------------------------------------------------------------------------- writers

def _xlsxwriter_book(path: Path, data: dict, formulas: dict | None = None) -> None:
    """The same layout as the generator, written by XlsxWriter (shared strings, cached formulas).

    `formulas`: {(sheet, "D3"): (formula, cached value)} — the cached value may be an error
    string such as "#DIV/0!", which openpyxl cannot write.
    """
    import xlsxwriter

    formulas = formulas or {}
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                          "strings_to_numbers": False})
    date_format = wb.add_format({"num_format": "dd/mm/yyyy"})

    def write(ws, r, c, value):
        if value is None:
            return
        if isinstance(value, dt.date):
            value = dt.datetime(value.year, value.month, value.day) \
                if not isinstance(value, dt.datetime) else value
            ws.write_datetime(r, c, value, date_format)
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value)
        elif isinstance(value, (int, float)):
            ws.write_number(r, c, value)
        else:
            ws.write_string(r, c, str(value))

    for sheet in schema.SHEETS:
        ws = wb.add_worksheet(sheet.name)
        content = data.get(sheet.name)
        if sheet.kind == "info":
            ws.write_row(0, 0, ["Mục", "Giá trị", "Hướng dẫn"])
            for r, column in enumerate(sheet.columns, start=1):
                ws.write_string(r, 0, header_text(column))
                if content and column.header in content:
                    write(ws, r, 1, content[column.header])
        else:
            index = {c.header: i for i, c in enumerate(sheet.columns)}
            for c, column in enumerate(sheet.columns):
                ws.write_string(0, c, header_text(column))
            for r, row in enumerate(content or [], start=1):
                for header, value in row.items():
                    write(ws, r, index[header], value)
        for (name, ref), (formula, cached) in formulas.items():
            if name == sheet.name:
                ws.write_formula(ref, formula, None, cached)
    wb.close()


def _openpyxl_edit(path: Path, edit: Callable) -> None:
    """Load the saved book with openpyxl, let `edit(wb)` change it, save it again."""
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path)
        edit(wb)
        wb.save(path)


_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the zip member holding its XML (our own, trusted files)."""
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels:
        target = rel.get("Target")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    book = ET.fromstring(zf.read("xl/workbook.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    return {s.get("name"): targets[s.get(f"{{{_REL_NS}}}id")]
            for s in book.findall("m:sheets/m:sheet", ns)}


def _rewrite_zip(path: Path, edits: dict | None = None, add: dict | None = None,
                 drop: tuple = (), stream: dict | None = None) -> None:
    """Rewrite the package: `edits` {member or "sheet:NAME": fn(bytes) → bytes}, `add`
    {member: bytes}, `drop` members, `stream` {member or "sheet:NAME": fn(bytes, file)} for parts
    too large to hold in memory."""
    edits, add, stream = dict(edits or {}), dict(add or {}), dict(stream or {})
    with zipfile.ZipFile(path) as zin:
        parts = sheet_parts(zin)
        resolve = (lambda key: parts[key[6:]] if key.startswith("sheet:") else key)
        edits = {resolve(k): v for k, v in edits.items()}
        stream = {resolve(k): v for k, v in stream.items()}
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name in drop:
                continue
            if name in stream:
                with zout.open(name, "w", force_zip64=True) as fh:
                    stream[name](data, fh)
                continue
            if name in edits:
                data = edits[name](data)
            zout.writestr(name, data)
        for name, data in add.items():
            zout.writestr(name, data)
    tmp.replace(path)


def set_cell_xml(ref: str, new: str):
    """An XML edit replacing the `<c r="ref">` element of a sheet with `new`."""
    import re

    pattern = re.compile(rb'<c r="%s"(?:\s[^>]*)?(?:/>|>.*?</c>)' % ref.encode(), re.S)

    def edit(xml: bytes) -> bytes:
        out, n = pattern.subn(lambda m: new.encode(), xml, count=1)
        if not n:
            raise AssertionError(f"cell {ref} not in the sheet XML")
        return out
    return edit


def error_cell(ref: str, formula: str, error: str) -> str:
    """A cell holding a formula whose cached result is an Excel error."""
    return f'<c r="{ref}" t="e"><f>{formula}</f><v>{error}</v></c>'


def with_doctype(doctype: bytes, root: bytes, then=None):
    """An XML edit inserting a DOCTYPE before the root element `root` (e.g. b"<worksheet")."""
    def edit(xml: bytes) -> bytes:
        xml = xml.replace(root, doctype + root, 1)
        return then(xml) if then else xml
    return edit


XXE_DOCTYPE = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
XXE_PARAM_DOCTYPE = (b'<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p; '
                     b'<!ENTITY e "x">]>')
LAUGHS_DOCTYPE = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                            else b"&lol;") * 10)
                             for i in range(1, 10)) + b"]>")


# --------------------------------------------------------------------------- case factories

CASES: list[Case] = []


def case(name, category, code, sheet, cell, exit_code, *, mutate=None, edit=None, xml=None,
         writer="openpyxl", formulas=None, post=None, **extra) -> Case:
    """Register a case built from `small_data()` changed by `mutate`, written by `writer`, then
    edited with openpyxl (`edit(wb)`), at the XML level (`xml` edits for `_rewrite_zip`) and/or
    by a free `post(path)`."""
    def write(folder: Path) -> Path:
        path = Path(folder) / f"{name}.xlsx"
        data = small_data()
        if mutate:
            mutate(data)
        if writer == "xlsxwriter":
            _xlsxwriter_book(path, data, formulas)
        else:
            write_workbook(path, data)
        if edit:
            _openpyxl_edit(path, edit)
        if xml:
            _rewrite_zip(path, edits=xml)
        if post:
            post(path)
        return path
    made = Case(name, category, write, code, sheet, cell, exit_code, **extra)
    CASES.append(made)
    return made


def raw_case(name, category, produce: Callable[[Path], None], code="FILE_UNREADABLE",
             sheet=FILE, cell=None, exit_code=2, **extra) -> Case:
    """Register a case whose bytes are produced directly (`produce(path)`)."""
    def write(folder: Path) -> Path:
        path = Path(folder) / f"{name}.xlsx"
        produce(path)
        return path
    made = Case(name, category, write, code, sheet, cell, exit_code, **extra)
    CASES.append(made)
    return made


def clean(name, category, **kw) -> Case:
    """Register an input that must be accepted: exit 0, no finding."""
    return case(name, category, None, None, None, 0, **kw)


# --------------------------------------------------------------------------- openpyxl edits

def ws_edit(sheet: str, fn: Callable):
    """An openpyxl edit applying `fn(ws)` to one sheet."""
    return lambda wb: fn(wb[sheet])


def set_header(sheet: str, header: str, text: str):
    """Retype the header cell of `header` (row 1 of the generated layout)."""
    return ws_edit(sheet, lambda ws: setattr(ws[f"{letter(sheet, header)}1"], "value", text))


def permute_columns(ws, order: list[int]) -> None:
    """New column j+1 takes the values of old column order[j] (1-based), every row."""
    grid = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
            for r in range(1, ws.max_row + 1)]
    formats = [[ws.cell(r, c).number_format for c in range(1, ws.max_column + 1)]
               for r in range(1, ws.max_row + 1)]
    for r, row in enumerate(grid, start=1):
        for j, source in enumerate(order, start=1):
            cell = ws.cell(r, j)
            cell.value = row[source - 1]
            cell.number_format = formats[r - 1][source - 1]


def info_row(ws, header: str) -> int:
    col = schema.INFO.column(next(c.key for c in schema.INFO.columns if c.header == header))
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == header_text(col):
            return r
    raise AssertionError(header)


# --------------------------------------------------------------------------- post-processing

def truncate(fraction: float):
    def post(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])
    return post


def corrupt_member(sheet: str):
    """Overwrite bytes in the middle of one sheet's compressed data (CRC / deflate error)."""
    def post(path: Path) -> None:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(sheet_parts(zf)[sheet])
        data = bytearray(path.read_bytes())
        name_len = int.from_bytes(data[info.header_offset + 26: info.header_offset + 28], "little")
        extra_len = int.from_bytes(data[info.header_offset + 28: info.header_offset + 30],
                                   "little")
        start = info.header_offset + 30 + name_len + extra_len
        middle = start + info.compress_size // 2
        data[middle: middle + 64] = bytes((b * 37 + 11) & 0xFF for b in range(64))
        path.write_bytes(bytes(data))
    return post


def bomb(sheet: str, mebibytes: int):
    """Replace one sheet's XML with itself padded by `mebibytes` MiB of spaces inside sheetData,
    streamed through ZIP_DEFLATED: the file stays small (≈1 KB a MiB), the part is huge."""
    chunk = b" " * (1 << 20)

    def fill(xml: bytes, fh) -> None:
        head, sep, tail = xml.partition(b"<sheetData>")
        fh.write(head + sep)
        for _ in range(mebibytes):
            fh.write(chunk)
        fh.write(tail)

    return lambda path: _rewrite_zip(path, stream={f"sheet:{sheet}": fill})


def many_entries(count: int):
    def post(path: Path) -> None:
        _rewrite_zip(path, add={f"customXml/item{i}.xml": b"<a/>" for i in range(count)})
    return post


def _write_zip(path: Path, members: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


# ============================================================================ the cases
# Row indices below are 0-based positions in SMALL's lists; `at()` turns them into cells.
# Members: 0 Nga (Bí thư, HTXS), 1 Bình, 2 Hoa, 3 Nam, 4 Lan, 5 Đức (Dự bị, admitted 01/03/2026).

# ---- sheets ----------------------------------------------------------------------------
case("sheet_missing_dang_vien", "sheets", "SHEET_MISSING", MEMBERS, None, 2,
     edit=lambda wb: wb.remove(wb[MEMBERS]))
case("sheet_missing_thong_tin_chung", "sheets", "SHEET_MISSING", INFO, None, 2,
     edit=lambda wb: wb.remove(wb[INFO]))
clean("sheet_name_without_diacritics", "sheets",
      edit=lambda wb: (setattr(wb[MEMBERS], "title", "Dang vien"),
                       setattr(wb[INFO], "title", "Thong tin chung")))
clean("sheet_name_upper_case_and_space", "sheets",
      edit=lambda wb: setattr(wb[MEMBERS], "title", "ĐẢNG VIÊN "))
clean("sheet_name_nfd", "sheets", edit=lambda wb: setattr(wb[RATINGS], "title", nfd(RATINGS)))
clean("sheets_reordered", "sheets",
      edit=lambda wb: [wb.move_sheet(ws, offset=-wb.index(ws)) for ws in list(wb.worksheets)])
clean("optional_sheet_missing_dang_phi", "sheets", edit=lambda wb: wb.remove(wb[FEES]))

# ---- headers ---------------------------------------------------------------------------
case("header_renamed", "headers", "HEADER_MISSING", MEMBERS, "A1", 2,
     edit=set_header(MEMBERS, "Giới tính", "Phái (*)"))
case("header_misspelled", "headers", "HEADER_MISSING", MEMBERS, "A1", 2,
     edit=set_header(MEMBERS, "Ngày vào Đảng", "Ngày vô Đảng (*)"))
case("header_without_diacritics", "headers", "HEADER_SPELLING", MEMBERS,
     f"{letter(MEMBERS, 'Ngày sinh')}1", 1, edit=set_header(MEMBERS, "Ngày sinh", "Ngay sinh (*)"))
case("header_without_diacritics_ratings", "headers", "HEADER_SPELLING", RATINGS,
     f"{letter(RATINGS, 'Họ và tên')}1", 1, edit=set_header(RATINGS, "Họ và tên", "HO VA TEN"))
clean("header_case_and_spaces", "headers",
      edit=set_header(MEMBERS, "Họ và tên", "  HỌ  VÀ TÊN   (*) "))
clean("header_without_star", "headers", edit=set_header(MEMBERS, "Ngày sinh", "Ngày sinh"))
clean("header_with_line_break", "headers",
      edit=set_header(MEMBERS, "Ngày vào Đảng", "Ngày\nvào Đảng (*)"))
clean("header_nfd", "headers", edit=set_header(RATINGS, "Tự xếp loại", nfd("Tự xếp loại")))
case("header_merged", "headers", "HEADER_MERGED", MEMBERS,
     f"{letter(MEMBERS, 'Biến động trong năm')}1:{letter(MEMBERS, 'Ngày biến động')}1", 1,
     edit=ws_edit(MEMBERS, lambda ws: ws.merge_cells(
         f"{letter(MEMBERS, 'Biến động trong năm')}1:{letter(MEMBERS, 'Ngày biến động')}1")))


def _title_above(ws):
    ws.insert_rows(1)
    ws["A1"] = "DANH SÁCH ĐẢNG VIÊN CHI BỘ TRƯỜNG TIỂU HỌC 1"
    ws.merge_cells(f"A1:{col_letter(ws.max_column)}1")


clean("merged_title_above_header", "headers", edit=ws_edit(MEMBERS, _title_above))
clean("header_columns_swapped", "headers",
      edit=ws_edit(MEMBERS, lambda ws: permute_columns(
          ws, [1, 4, 3, 2] + list(range(5, ws.max_column + 1)))))
clean("header_columns_reversed", "headers",
      edit=ws_edit(RATINGS, lambda ws: permute_columns(ws, list(range(ws.max_column, 0, -1)))))


def _duplicate_name_column(ws):
    c = ws.max_column + 1
    ws.cell(1, c, "Họ và tên")
    for r in range(2, ws.max_row + 1):
        ws.cell(r, c, "Tên trong cột trùng")


clean("header_duplicated_second_ignored", "headers", edit=ws_edit(MEMBERS, _duplicate_name_column),
      note="the first column of a duplicated header is read")
case("header_duplicated_replaces_required", "headers", "HEADER_MISSING", MEMBERS, "A1", 2,
     edit=set_header(MEMBERS, "Giới tính", "Ngày sinh (*)"))
case("header_required_column_deleted", "headers", "HEADER_MISSING", MEMBERS, "A1", 2,
     edit=ws_edit(MEMBERS, lambda ws: ws.delete_cols(4)))


def _extra_column_end(ws):
    c = ws.max_column + 1
    ws.cell(1, c, "Số điện thoại")
    for r in range(2, ws.max_row + 1):
        ws.cell(r, c, f"09{r:08d}")


def _extra_column_middle(ws):
    ws.insert_cols(3)
    ws["C1"] = "Bí danh"
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 3, "x")


clean("extra_column_at_end", "headers", edit=ws_edit(MEMBERS, _extra_column_end))
clean("extra_column_in_middle", "headers", edit=ws_edit(RATINGS, _extra_column_middle))
clean("header_row_down_3", "headers", edit=ws_edit(MEMBERS, lambda ws: ws.insert_rows(1, 3)))
clean("header_row_down_9", "headers", edit=ws_edit(RATINGS, lambda ws: ws.insert_rows(1, 9)))
case("header_shifted_finding_cell", "headers", "NOT_IN_LIST", MEMBERS, "F7", 2,
     mutate=put((MEMBERS, 2, "Giới tính", "Khác")),
     edit=ws_edit(MEMBERS, lambda ws: (ws.insert_rows(1, 3), ws.insert_cols(1, 2))),
     note="header on row 4 from column C: the finding names the cell the user sees (D4 → F7)")
case("header_row_too_far_down", "headers", "HEADER_ROW_MISSING", MEETINGS, "A1", 2,
     edit=ws_edit(MEETINGS, lambda ws: ws.insert_rows(1, 12)),
     note="beyond the 10 rows scanned: refused with the list of required columns")


def _info_accentless(ws):
    ws.cell(info_row(ws, "Năm đánh giá"), 1).value = "Nam danh gia (*)"


def _info_reversed(ws):
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 2).number_format)
            for r in range(2, ws.max_row + 1)]
    for r, (label, value, number_format) in enumerate(reversed(rows), start=2):
        ws.cell(r, 1).value, ws.cell(r, 2).value = label, value
        ws.cell(r, 2).number_format = number_format  # the date format travels with the date


clean("info_label_without_diacritics", "headers", edit=ws_edit(INFO, _info_accentless))
clean("info_items_reordered", "headers", edit=ws_edit(INFO, _info_reversed))

# ---- formula errors --------------------------------------------------------------------
case("formula_div0_score", "formulas", "CELL_FORMULA_ERROR", RATINGS,
     at(RATINGS, "Điểm tiêu chí chung (/30)", 1), 2,
     xml={f"sheet:{RATINGS}": set_cell_xml(at(RATINGS, "Điểm tiêu chí chung (/30)", 1),
                                           error_cell(at(RATINGS, "Điểm tiêu chí chung (/30)", 1),
                                                      "1/0", "#DIV/0!"))})
case("formula_ref_date", "formulas", "CELL_FORMULA_ERROR", MEMBERS, at(MEMBERS, "Ngày sinh", 2), 2,
     xml={f"sheet:{MEMBERS}": set_cell_xml(at(MEMBERS, "Ngày sinh", 2),
                                           error_cell(at(MEMBERS, "Ngày sinh", 2), "#REF!+1",
                                                      "#REF!"))})
case("formula_name_in_name", "formulas", "CELL_FORMULA_ERROR", SUPERVISION,
     at(SUPERVISION, "Họ và tên", 0), 2,
     xml={f"sheet:{SUPERVISION}": set_cell_xml(at(SUPERVISION, "Họ và tên", 0),
                                               error_cell(at(SUPERVISION, "Họ và tên", 0),
                                                          "HOTEN(A1)", "#NAME?"))})
case("xlsxwriter_div0_present", "formulas", "CELL_FORMULA_ERROR", MEETINGS,
     at(MEETINGS, "Có mặt", 0), 2, writer="xlsxwriter",
     formulas={(MEETINGS, at(MEETINGS, "Có mặt", 0)): ("=1/0", "#DIV/0!")})
case("xlsxwriter_ref_fee", "formulas", "CELL_FORMULA_ERROR", FEES, at(FEES, "Đã nộp (đồng)", 0), 2,
     writer="xlsxwriter", formulas={(FEES, at(FEES, "Đã nộp (đồng)", 0)): ("=#REF!*1%", "#REF!")})
case("xlsxwriter_na_level", "formulas", "CELL_FORMULA_ERROR", RATINGS,
     at(RATINGS, "Chi bộ đề nghị", 2), 2, writer="xlsxwriter",
     formulas={(RATINGS, at(RATINGS, "Chi bộ đề nghị", 2)): ("=VLOOKUP(A4,X:Y,2,0)", "#N/A")})
case("xlsxwriter_value_year", "formulas", "CELL_FORMULA_ERROR", INFO, at(INFO, "Năm đánh giá"), 2,
     writer="xlsxwriter",
     formulas={(INFO, at(INFO, "Năm đánh giá")): ('="năm"+1', "#VALUE!")})
clean("xlsxwriter_clean_book", "formulas", writer="xlsxwriter",
      note="the same book through another writer (shared strings) reads clean")
clean("formula_with_cached_value", "formulas", writer="xlsxwriter",
      formulas={(RATINGS, at(RATINGS, "Điểm tiêu chí chung (/30)", 0)): ("=27+2", 29)})

# ---- dates -----------------------------------------------------------------------------
case("date_1890_text", "dates", "DATE_IMPOSSIBLE", DEVELOPMENT, at(DEVELOPMENT, "Ngày sinh", 0), 2,
     mutate=put((DEVELOPMENT, 0, "Ngày sinh", "01/01/1890")))
case("date_31_02_text", "dates", "CELL_TYPE", DEVELOPMENT,
     at(DEVELOPMENT, "Ngày học lớp nhận thức về Đảng", 0), 2,
     mutate=put((DEVELOPMENT, 0, "Ngày học lớp nhận thức về Đảng", "31/02/2020")))
case("date_31_02_official", "dates", "CELL_TYPE", MEMBERS, at(MEMBERS, "Ngày chính thức", 2), 2,
     mutate=put((MEMBERS, 2, "Ngày chính thức", "31/02/2013")))
case("date_day_32", "dates", "CELL_TYPE", MEMBERS, at(MEMBERS, "Ngày vào Đảng", 3), 2,
     mutate=put((MEMBERS, 3, "Ngày vào Đảng", "32/06/2015")))
case("date_in_future", "dates", "DATE_FUTURE", MEETINGS, at(MEETINGS, "Ngày họp", 11), 2,
     mutate=put((MEETINGS, 11, "Ngày họp", D(2027, 1, 5))))


def _dates_as(fmt: Callable[[dt.date], object], columns=("Ngày sinh", "Ngày vào Đảng",
                                                          "Ngày chính thức")):
    def fn(row):
        for header in columns:
            if isinstance(row.get(header), dt.date):
                row[header] = fmt(row[header])
    return on_rows(MEMBERS, fn)


clean("date_text_dd_mm_yyyy", "dates", mutate=_dates_as(lambda d: d.strftime("%d/%m/%Y")))
clean("date_text_d_m_yyyy", "dates", mutate=_dates_as(lambda d: f"{d.day}/{d.month}/{d.year}"))
clean("date_text_dd_dash_mm_yyyy", "dates", mutate=_dates_as(lambda d: d.strftime("%d-%m-%Y")))
clean("date_text_iso", "dates", mutate=_dates_as(lambda d: d.isoformat()))
clean("date_text_dotted", "dates", mutate=_dates_as(lambda d: d.strftime("%d.%m.%Y")))
clean("date_text_iso_with_time", "dates", mutate=_dates_as(lambda d: f"{d.isoformat()} 00:00:00"))
clean("date_text_with_spaces", "dates", mutate=_dates_as(lambda d: d.strftime("  %d/%m/%Y ")))
clean("date_excel_serial", "dates", mutate=_dates_as(excel_serial))
clean("date_excel_serial_with_time", "dates", mutate=_dates_as(lambda d: excel_serial(d) + 0.5))
clean("date_text_in_info", "dates",
      mutate=put((INFO, None, "Ngày họp kiểm điểm", "03/12/2026"),
                 (INFO, None, "Ngày ký mặc định", "5/12/2026")))

# ---- numbers and percentages -----------------------------------------------------------
case("text_in_number", "numbers", "CELL_TYPE", RATINGS, at(RATINGS, "Điểm tiêu chí chung (/30)", 1),
     2, mutate=put((RATINGS, 1, "Điểm tiêu chí chung (/30)", "hai mươi bảy")))
case("bool_in_number", "numbers", "CELL_TYPE", MEETINGS, at(MEETINGS, "Số triệu tập", 0), 2,
     mutate=put((MEETINGS, 0, "Số triệu tập", True)))
case("fraction_in_int", "numbers", "CELL_TYPE", FEES, at(FEES, "Tháng", 0), 2,
     mutate=put((FEES, 0, "Tháng", "5,5")))
case("score_out_of_range", "numbers", "OUT_OF_RANGE", RATINGS,
     at(RATINGS, "Điểm tiêu chí chung (/30)", 3), 2,
     mutate=put((RATINGS, 3, "Điểm tiêu chí chung (/30)", 31)))
case("negative_amount", "numbers", "OUT_OF_RANGE", FEES, at(FEES, "Đã nộp (đồng)", 0), 2,
     mutate=put((FEES, 0, "Đã nộp (đồng)", -85000)))
clean("number_text_comma_decimal", "numbers",
      mutate=put((RATINGS, 1, "Điểm tiêu chí chung (/30)", "27,5"),
                 (RATINGS, 2, "Điểm kết quả nhiệm vụ (/70)", "55,0")))
clean("number_text_grouped_thousands", "numbers",
      mutate=put((FEES, 0, "Căn cứ tính (đồng)", "8.500.000"),
                 (FEES, 0, "Đã nộp (đồng)", "85.000")))
clean("number_text_spaced_thousands", "numbers",
      mutate=put((FEES, 0, "Căn cứ tính (đồng)", " 8 500 000 ")))
clean("int_text_leading_zero", "numbers", mutate=put((FEES, 0, "Tháng", "01")))
# a plain 0,95 is read as 95% and said: it may be 0,95% (issue 22; a cell formatted «%» is not)
case("percent_fraction_number", "numbers", "PERCENT_FRACTION", RATINGS,
     at(RATINGS, "Tỷ lệ nhiệm vụ vượt mức (%)", 0), 1,
     mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", 0.95)))
clean("percent_fraction_text_comma", "numbers",
      mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", "0,95")))
clean("percent_whole_number", "numbers",
      mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", 95)))
clean("percent_text_sign", "numbers",
      mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", "95%"),
                 (INFO, None, "Tỷ lệ trần hoàn thành xuất sắc (%)", "25 %")))
case("percent_over_100", "numbers", "OUT_OF_RANGE", RATINGS,
     at(RATINGS, "Tỷ lệ nhiệm vụ vượt mức (%)", 0), 2,
     mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", 150)))
case("percent_text_garbage", "numbers", "CELL_TYPE", RATINGS,
     at(RATINGS, "Tỷ lệ nhiệm vụ vượt mức (%)", 0), 2,
     mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", "khoảng 95%")))
clean("range_text_percent_and_dash", "numbers",
      mutate=put(("Chỉ tiêu", 0, "Chỉ tiêu đề ra", "95% – 100%")))

# ---- required values -------------------------------------------------------------------
case("required_sex_blank", "required", "REQUIRED", MEMBERS, at(MEMBERS, "Giới tính", 2), 2,
     mutate=put((MEMBERS, 2, "Giới tính", DELETE)))
case("required_whitespace_only", "required", "REQUIRED", MEMBERS, at(MEMBERS, "Dân tộc", 1), 2,
     mutate=put((MEMBERS, 1, "Dân tộc", "   ")))
case("required_info_value_blank", "required", "REQUIRED", INFO, at(INFO, "Bí thư"), 2,
     mutate=put((INFO, None, "Bí thư", DELETE)))
case("required_info_row_deleted", "required", "REQUIRED", INFO, None, 2,
     edit=ws_edit(INFO, lambda ws: ws.delete_rows(info_row(ws, "Tên chi bộ"))))
case("required_meeting_kind_blank", "required", "REQUIRED", MEETINGS, at(MEETINGS, "Loại", 4), 2,
     mutate=put((MEETINGS, 4, "Loại", DELETE)))
# a meeting not held yet: its counts are blank, its minutes a draft (a warning, issue 24)
case("meeting_present_blank_is_a_draft", "rules", "MEETING_DRAFT", MEETINGS,
     at(MEETINGS, "Có mặt", 4), 1, mutate=put((MEETINGS, 4, "Có mặt", DELETE)))
case("required_narrative_blank", "required", "REQUIRED", NARRATIVE, at(NARRATIVE, "Nội dung", 1), 2,
     mutate=put((NARRATIVE, 1, "Nội dung", DELETE)))

# ---- list values -----------------------------------------------------------------------
case("list_sex_other", "lists", "NOT_IN_LIST", MEMBERS, at(MEMBERS, "Giới tính", 2), 2,
     mutate=put((MEMBERS, 2, "Giới tính", "Khác")))
case("list_status_without_diacritics", "lists", "NOT_IN_LIST", MEMBERS,
     at(MEMBERS, "Loại đảng viên", 2), 2, mutate=put((MEMBERS, 2, "Loại đảng viên", "Chinh thuc")))
case("list_cell_level_unknown", "lists", "NOT_IN_LIST", RATINGS,
     at(RATINGS, "Chi bộ đề nghị", 1), 2,
     mutate=put((RATINGS, 1, "Chi bộ đề nghị", "Xuất sắc")))
case("list_self_level_unknown", "lists", "NOT_IN_LIST", RATINGS, at(RATINGS, "Tự xếp loại", 1), 2,
     mutate=put((RATINGS, 1, "Tự xếp loại", "Tốt")))
case("list_info_cell_level_unknown", "lists", "NOT_IN_LIST", INFO,
     at(INFO, "Chi bộ tự xếp loại"), 2,
     mutate=put((INFO, None, "Chi bộ tự xếp loại", "Tốt")))
case("list_school_level", "lists", "NOT_IN_LIST", INFO, at(INFO, "Cấp học"), 2,
     mutate=put((INFO, None, "Cấp học", "Đại học")))
case("list_meeting_kind", "lists", "NOT_IN_LIST", MEETINGS, at(MEETINGS, "Loại", 3), 2,
     mutate=put((MEETINGS, 3, "Loại", "Thường xuyên")))
clean("list_value_other_case", "lists", mutate=put((MEMBERS, 2, "Giới tính", "nữ"),
                                                   (MEMBERS, 1, "Loại đảng viên", "CHÍNH THỨC")))
clean("list_open_value", "lists", mutate=put((MEMBERS, 3, "Dân tộc", "Hmông")))

# ---- spaces ----------------------------------------------------------------------------
clean("spaces_around_names", "spaces",
      mutate=chain(on_rows(MEMBERS, lambda r: r.update({"Họ và tên": f"  {r['Họ và tên']}  "})),
                   put((SUPERVISION, 0, "Họ và tên", "Lê Thị Hoa "))))
clean("spaces_around_list_values", "spaces",
      mutate=put((MEMBERS, 2, "Giới tính", " Nữ "), (MEMBERS, 2, "Dân tộc", "Kinh  "),
                 (RATINGS, 1, "Chi bộ đề nghị", f" {HTT} ")))
clean("spaces_inside_names", "spaces", mutate=put((SUPERVISION, 0, "Họ và tên", "Lê  Thị   Hoa"),
                                                  (RATINGS, 2, "Họ và tên", "Lê Thị\tHoa")))
clean("nbsp_in_names", "spaces", mutate=put((FEES, 0, "Họ và tên", "Lê\xa0Thị\xa0Hoa\xa0")))

# ---- blank rows ------------------------------------------------------------------------
clean("blank_row_between_members", "blank rows", mutate=lambda d: d[MEMBERS].insert(3, {}))
clean("blank_rows_between_meetings", "blank rows",
      mutate=lambda d: [d[MEETINGS].insert(i, {}) for i in (12, 6, 6, 1)])
clean("whitespace_only_row", "blank rows",
      mutate=lambda d: d[RATINGS].insert(2, {"Họ và tên": "   ", "Ghi chú": " "}))
clean("blank_rows_before_data", "blank rows", mutate=lambda d: [d[FEES].insert(0, {})
                                                                for _ in range(40)])

# ---- size ------------------------------------------------------------------------------


def _fees_10000(data):
    """≈ 10.000 fee rows, one a member a month (a row typed twice is an error since issue 22):
    828 more members, excused from meetings, and every member of each month listed."""
    for i in range(828):
        dob = D(1960, 1, 1) + dt.timedelta(days=11 * i)
        data[MEMBERS].append({
            "STT": 7 + i, "Họ và tên": f"Đảng Viên Đóng Phí {i:04d}", "Ngày sinh": dob,
            "Giới tính": ("Nam", "Nữ")[i % 2], "Dân tộc": "Kinh", "Trình độ chuyên môn": "Đại học",
            "Ngày vào Đảng": D(dob.year + 25, dob.month, min(dob.day, 28)),
            "Ngày chính thức": D(dob.year + 26, dob.month, min(dob.day, 28)),
            "Loại đảng viên": "Chính thức", "Miễn sinh hoạt": "Miễn công tác và sinh hoạt đảng"})
    data[FEES] = [{"Họ và tên": m["Họ và tên"], "Tháng": month,
                   "Đối tượng": "Hưởng lương (BHXH)", "Căn cứ tính (đồng)": 8500000, "Miễn, giảm (%)": 0, "Đã nộp (đồng)": 85000}
                  for month in range(1, 13) for m in data[MEMBERS]
                  if (m["Ngày vào Đảng"].year, m["Ngày vào Đảng"].month) <= (2026, month)]


def _members_10000(data):
    data[FEES] = []     # what is measured is the members: no fee list to cover them
    first = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng")
    middle = ("Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Thu", "Đức", "Kim")
    for i in range(10_000):
        dob = D(1960, 1, 1) + dt.timedelta(days=i)
        admitted = D(dob.year + 25, dob.month, min(dob.day, 28))
        name = f"{first[i % 10]} {middle[i // 10 % 10]} Đảng Viên {i:05d}"
        data[MEMBERS].append({
            "STT": 7 + i, "Họ và tên": name, "Ngày sinh": dob,
            "Giới tính": ("Nam", "Nữ")[i % 2], "Dân tộc": "Kinh", "Trình độ chuyên môn": "Đại học",
            "Ngày vào Đảng": admitted, "Ngày chính thức": D(admitted.year + 1, admitted.month,
                                                             admitted.day),
            "Loại đảng viên": "Chính thức", "Miễn sinh hoạt": "Miễn công tác và sinh hoạt đảng"})


clean("fees_10000_rows", "size", mutate=_fees_10000, slow=True, max_seconds=10)
clean("members_10000_rows", "size", mutate=_members_10000, slow=True, max_seconds=10,
      note="10.000 members excused from meetings (not rated), joined and de-duplicated")
clean("cell_5000_characters", "size",
      mutate=put((NARRATIVE, 0, "Nội dung", ("Chi bộ đoàn kết, thống nhất cao. " * 160)[:5000])))
clean("cell_32767_characters", "size",
      mutate=put((NARRATIVE, 1, "Nội dung",
                  ("Sinh hoạt chuyên đề có lúc chưa sâu. " * 900)[:32767])))
case("list_value_5000_characters", "size", "NOT_IN_LIST", MEMBERS, at(MEMBERS, "Giới tính", 4), 2,
     mutate=put((MEMBERS, 4, "Giới tính", "Nữ " * 1666 + "xx")))

# ---- unicode ---------------------------------------------------------------------------
HOA = "Lê Thị Hoa"
EMOJI_HOA = "Lê Thị Hoa 🌸"


def _rename_everywhere(old: str, new: str, sheets=(MEMBERS, RATINGS, SUPERVISION, FEES)):
    def mutate(data):
        for sheet in sheets:
            for row in data[sheet]:
                if row.get("Họ và tên") == old:
                    row["Họ và tên"] = new
    return mutate


clean("emoji_in_names", "unicode", mutate=chain(
    _rename_everywhere(HOA, EMOJI_HOA),
    put((NARRATIVE, 0, "Nội dung", "Chi bộ đoàn kết 💪🇻🇳, thống nhất cao."))))
case("emoji_name_unknown", "unicode", "NAME_UNKNOWN", SUPERVISION,
     at(SUPERVISION, "Họ và tên", 0), 2,
     mutate=put((SUPERVISION, 0, "Họ và tên", EMOJI_HOA)))
clean("nfd_names_in_ratings", "unicode",
      mutate=on_rows(RATINGS, lambda r: r.update({"Họ và tên": nfd(r["Họ và tên"])})))
clean("nfd_names_in_members", "unicode",
      mutate=on_rows(MEMBERS, lambda r: r.update({"Họ và tên": nfd(r["Họ và tên"])})))
clean("nfd_names_in_fees_and_supervision", "unicode",
      mutate=put((FEES, 0, "Họ và tên", nfd(HOA)), (SUPERVISION, 0, "Họ và tên", nfd(HOA))))
clean("nfd_list_values", "unicode",
      mutate=on_rows(MEMBERS, lambda r: r.update({"Giới tính": nfd(r["Giới tính"]),
                                                  "Loại đảng viên": nfd(r["Loại đảng viên"])})))

# ---- whole-file refusals ---------------------------------------------------------------
raw_case("xls_renamed", "file refusals",
         lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40))
raw_case("csv_renamed", "file refusals", lambda p: p.write_bytes(
    "STT,Họ và tên,Ngày sinh\n1,Nguyễn Thị Hằng Nga,12/03/1975\n".encode("utf-8")))
raw_case("html_renamed", "file refusals", lambda p: p.write_bytes(
    b"<html><body><table><tr><td>STT</td></tr></table></body></html>"))
raw_case("empty_file", "file refusals", lambda p: p.write_bytes(b""))
case("zip_truncated", "file refusals", "FILE_UNREADABLE", FILE, None, 2, post=truncate(0.6))
case("zip_member_corrupted", "file refusals", "FILE_UNREADABLE", FILE, None, 2,
     post=corrupt_member(MEMBERS))
raw_case("zip_not_a_workbook", "file refusals", lambda p: _write_zip(
    p, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))
raw_case("xlsb_renamed", "file refusals", lambda p: _write_zip(
    p, {"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\x83\x01\x00" * 50}))
case("zip_bomb_410mb", "file refusals", "FILE_UNREADABLE", FILE, None, 2,
     post=bomb("Biểu hiện", 410), max_seconds=2.0,
     note="one sheet decompresses to 410 MiB: refused from the zip directory, before parsing")
case("zip_bomb_ratio_60mb", "file refusals", "FILE_UNREADABLE", FILE, None, 2,
     post=bomb("Biểu hiện", 60), max_seconds=2.0, note="60 MiB at a ratio ≈ 1000:1")
case("zip_too_many_entries", "file refusals", "FILE_UNREADABLE", FILE, None, 2,
     post=many_entries(5001))
case("sheet_xml_truncated", "file refusals", "FILE_UNREADABLE", FILE, None, 2,
     xml={f"sheet:{MEMBERS}": lambda x: x[: len(x) // 2]})

# ---- hostile XML -----------------------------------------------------------------------
NAME_CELL = at(MEMBERS, "Họ và tên", 2)
case("xxe_in_sheet_cell", "hostile xml", "FILE_UNREADABLE", FILE, None, 2,
     forbidden=PASSWD_MARKERS,
     xml={f"sheet:{MEMBERS}": with_doctype(XXE_DOCTYPE, b"<worksheet", set_cell_xml(
         NAME_CELL, f'<c r="{NAME_CELL}" t="inlineStr"><is><t>&e;</t></is></c>'))})
case("xxe_in_workbook_xml", "hostile xml", "FILE_UNREADABLE", FILE, None, 2,
     forbidden=PASSWD_MARKERS,
     xml={"xl/workbook.xml": with_doctype(XXE_DOCTYPE, b"<workbook", lambda x: x.replace(
         'name="Biểu hiện"'.encode(), b'name="&e;"'))})
case("xxe_in_shared_strings", "hostile xml", "FILE_UNREADABLE", FILE, None, 2,
     writer="xlsxwriter", forbidden=PASSWD_MARKERS,
     xml={"xl/sharedStrings.xml": with_doctype(XXE_DOCTYPE, b"<sst", lambda x: x.replace(
         f"<t>{HOA}</t>".encode(), b"<t>&e;</t>", 1))})
case("xxe_parameter_entity", "hostile xml", "FILE_UNREADABLE", FILE, None, 2,
     forbidden=PASSWD_MARKERS,
     xml={f"sheet:{MEMBERS}": with_doctype(XXE_PARAM_DOCTYPE, b"<worksheet", set_cell_xml(
         NAME_CELL, f'<c r="{NAME_CELL}" t="inlineStr"><is><t>&e;</t></is></c>'))})
clean("doctype_declared_unused", "hostile xml", forbidden=PASSWD_MARKERS,
      xml={f"sheet:{MEMBERS}": with_doctype(XXE_DOCTYPE, b"<worksheet")},
      note="a DOCTYPE whose entity is never referenced: read normally, nothing fetched")
case("billion_laughs_in_sheet", "hostile xml", "FILE_UNREADABLE", FILE, None, 2, max_seconds=5,
     xml={f"sheet:{MEMBERS}": with_doctype(LAUGHS_DOCTYPE, b"<worksheet", set_cell_xml(
         NAME_CELL, f'<c r="{NAME_CELL}" t="inlineStr"><is><t>&lol9;</t></is></c>'))})
case("billion_laughs_in_shared_strings", "hostile xml", "FILE_UNREADABLE", FILE, None, 2,
     writer="xlsxwriter", max_seconds=5,
     xml={"xl/sharedStrings.xml": with_doctype(LAUGHS_DOCTYPE, b"<sst", lambda x: x.replace(
         f"<t>{HOA}</t>".encode(), b"<t>&lol9;</t>", 1))})

HUGE = ("Chi bộ đoàn kết, thống nhất cao; sinh hoạt nền nếp. " * 100_000)  # ≈ 5 MiB each


def _huge_shared_strings(xml: bytes) -> bytes:
    for i in (1, 2, 3):
        xml = xml.replace(f"<t>HUGE_{i}</t>".encode(),
                          f'<t xml:space="preserve">{HUGE}{i}</t>'.encode(), 1)
    return xml


clean("shared_strings_oversized", "hostile xml", writer="xlsxwriter", max_seconds=3,
      mutate=lambda d: d[NARRATIVE].extend(
          {"Mục": "Khó khăn", "Nội dung": f"HUGE_{i}"} for i in (1, 2, 3)),
      xml={"xl/sharedStrings.xml": _huge_shared_strings},
      note="three ≈5 MiB strings, under the bomb limits: read normally")

# ---- rules -----------------------------------------------------------------------------
LEVEL_CELL = "Chi bộ đề nghị"
case("rule_admission_under_18", "rules", "ADMISSION_UNDER_18", MEMBERS,
     at(MEMBERS, "Ngày vào Đảng", 3), 2, mutate=put((MEMBERS, 3, "Ngày vào Đảng", D(2008, 6, 10))))
case("rule_official_too_early", "rules", "OFFICIAL_TOO_EARLY", MEMBERS,
     at(MEMBERS, "Ngày chính thức", 2), 2,
     mutate=put((MEMBERS, 2, "Ngày chính thức", D(2012, 9, 3))))
case("rule_status_conflict", "rules", "STATUS_CONFLICT", MEMBERS, at(MEMBERS, "Loại đảng viên", 2),
     2, mutate=put((MEMBERS, 2, "Loại đảng viên", "Dự bị")))
case("rule_official_date_missing", "rules", "OFFICIAL_DATE_MISSING", MEMBERS,
     at(MEMBERS, "Ngày chính thức", 2), 1, mutate=put((MEMBERS, 2, "Ngày chính thức", DELETE)))
case("rule_probation_due", "rules", "PROBATION_DUE", MEMBERS, at(MEMBERS, "Loại đảng viên", 5), 1,
     mutate=put((MEMBERS, 5, "Ngày vào Đảng", D(2025, 11, 20))))
case("rule_movement_date_missing", "rules", "MOVEMENT_DATE_MISSING", MEMBERS,
     at(MEMBERS, "Ngày biến động", 1), 1, mutate=put((MEMBERS, 1, "Biến động trong năm",
                                                      "Chuyển đến")))
case("rule_member_duplicate", "rules", "MEMBER_DUPLICATE", MEMBERS, at(MEMBERS, "Họ và tên", 6), 2,
     mutate=lambda d: d[MEMBERS].append(dict(d[MEMBERS][4], STT=7)))
case("rule_name_unknown_ratings", "rules", "NAME_UNKNOWN", RATINGS, at(RATINGS, "Họ và tên", 3), 2,
     mutate=put((RATINGS, 3, "Họ và tên", "Phạm Văn Năm")))
case("rule_birth_date_mismatch_ratings", "rules", "NAME_UNKNOWN", RATINGS,
     at(RATINGS, "Ngày sinh", 3), 2, mutate=put((RATINGS, 3, "Ngày sinh", D(1990, 11, 6))))
case("rule_name_unknown_supervision", "rules", "NAME_UNKNOWN", SUPERVISION,
     at(SUPERVISION, "Họ và tên", 0), 2, mutate=put((SUPERVISION, 0, "Họ và tên", "Lê Thị Hồng")))
case("rule_name_unknown_fees", "rules", "NAME_UNKNOWN", FEES, at(FEES, "Họ và tên", 0), 2,
     mutate=put((FEES, 0, "Họ và tên", "Lê Hoa")))
case("rule_attendance_low", "rules", "ATTENDANCE_LOW", MEETINGS, at(MEETINGS, "Có mặt", 0), 1,
     mutate=put((MEETINGS, 0, "Có mặt", 4), (MEETINGS, 0, "Vắng có lý do", 2)))
case("rule_attendance_impossible", "rules", "ATTENDANCE_IMPOSSIBLE", MEETINGS,
     at(MEETINGS, "Có mặt", 0), 2, mutate=put((MEETINGS, 0, "Có mặt", 7)))
case("rule_attendance_sum", "rules", "ATTENDANCE_SUM", MEETINGS, at(MEETINGS, "Có mặt", 0), 1,
     mutate=put((MEETINGS, 0, "Vắng có lý do", 1)))
case("rule_quarter_no_thematic_meeting", "rules", "QUARTER_NO_THEMATIC", MEETINGS, None, 1,
     mutate=lambda d: d[MEETINGS].pop(13))
case("rule_quarter_no_thematic_plan", "rules", "QUARTER_NO_THEMATIC_PLAN", PLAN, None, 1,
     mutate=put((PLAN, 5, "Sinh hoạt chuyên đề", "Không")))
case("rule_level_above_score_89_9", "rules", "LEVEL_ABOVE_SCORE", RATINGS,
     at(RATINGS, LEVEL_CELL, 0), 2, mutate=put((RATINGS, 0, "Điểm kết quả nhiệm vụ (/70)", 60.9)))
clean("rule_level_at_score_90", "rules",
      mutate=put((RATINGS, 0, "Điểm kết quả nhiệm vụ (/70)", 61)))
clean("rule_level_at_score_90_decimals", "rules",
      mutate=put((RATINGS, 0, "Điểm tiêu chí chung (/30)", "29,1"),
                 (RATINGS, 0, "Điểm kết quả nhiệm vụ (/70)", "60,9")))
case("rule_level_above_score_text_89_9", "rules", "LEVEL_ABOVE_SCORE", RATINGS,
     at(RATINGS, LEVEL_CELL, 0), 2,
     mutate=put((RATINGS, 0, "Điểm tiêu chí chung (/30)", "28,9"),
                (RATINGS, 0, "Điểm kết quả nhiệm vụ (/70)", "61")))
case("rule_self_level_above_score", "rules", "SELF_LEVEL_ABOVE_SCORE", RATINGS,
     at(RATINGS, "Tự xếp loại", 1), 1, mutate=put((RATINGS, 1, "Tự xếp loại", HTXS)))
case("rule_level_below_score", "rules", "LEVEL_BELOW_SCORE", RATINGS, at(RATINGS, LEVEL_CELL, 1), 1,
     mutate=put((RATINGS, 1, LEVEL_CELL, HT), (RATINGS, 1, "Tự xếp loại", HT),
                (RATINGS, 1, "Phiếu HTTNV", 0), (RATINGS, 1, "Phiếu HTNV", 5)))
case("rule_discipline_forces_level", "rules", "LEVEL_FORCED", RATINGS, at(RATINGS, LEVEL_CELL, 1),
     2, mutate=put((RATINGS, 1, "Kỷ luật trong năm", "Khiển trách")))
case("rule_fail_rate_forces_level", "rules", "LEVEL_FORCED", RATINGS, at(RATINGS, LEVEL_CELL, 2),
     2, mutate=put((RATINGS, 2, "Tỷ lệ nhiệm vụ không hoàn thành (%)", "60%")))
case("rule_excellent_needs_over_rate", "rules", "EXCELLENT_NEEDS_OVER_RATE", RATINGS,
     at(RATINGS, "Tỷ lệ nhiệm vụ vượt mức (%)", 0), 2,
     mutate=put((RATINGS, 0, "Tỷ lệ nhiệm vụ vượt mức (%)", 25)))
case("rule_not_to_be_rated_too_new", "rules", "NOT_TO_BE_RATED", RATINGS,
     at(RATINGS, LEVEL_CELL, 5), 2, mutate=put((MEMBERS, 5, "Ngày vào Đảng", D(2026, 7, 1))))
case("rule_level_missing", "rules", "LEVEL_MISSING", RATINGS, at(RATINGS, LEVEL_CELL, 1), 2,
     mutate=put((RATINGS, 1, LEVEL_CELL, DELETE), (RATINGS, 1, "Tự xếp loại", DELETE)))
case("rule_member_not_rated", "rules", "NOT_RATED", MEMBERS, at(MEMBERS, "Họ và tên", 4), 2,
     mutate=lambda d: d[RATINGS].pop(4))
case("rule_ballots_over_present", "rules", "BALLOT_OVER_PRESENT", RATINGS,
     at(RATINGS, "Phiếu HTXSNV", 1), 2, mutate=put((RATINGS, 1, "Phiếu HTTNV", 7)))
case("rule_no_majority", "rules", "NO_MAJORITY", RATINGS, at(RATINGS, "Phiếu HTTNV", 1), 1,
     mutate=put((RATINGS, 1, "Phiếu HTTNV", 2), (RATINGS, 1, "Phiếu HTNV", 2)))
case("rule_present_missing", "rules", "PRESENT_MISSING", INFO, None, 1,
     mutate=put((INFO, None, "Số đảng viên dự họp kiểm điểm", DELETE)))
case("rule_cap_exceeded", "rules", "CAP_EXCEEDED", RATINGS, None, 1,
     mutate=put((INFO, None, "Tỷ lệ trần hoàn thành xuất sắc (%)", 25),
                (RATINGS, 1, "Điểm tiêu chí chung (/30)", 29),
                (RATINGS, 1, "Điểm kết quả nhiệm vụ (/70)", 62),
                (RATINGS, 1, "Tỷ lệ nhiệm vụ vượt mức (%)", 35), (RATINGS, 1, LEVEL_CELL, HTXS),
                (RATINGS, 1, "Tự xếp loại", HTXS), (RATINGS, 1, "Phiếu HTXSNV", 4),
                (RATINGS, 1, "Phiếu HTTNV", 1)))
# 2 HTXS for 4 HTT at 20%: the rate allows nobody in so small a group — decided above
case("rule_cap_small_group", "rules", "CAP_SMALL_GROUP", RATINGS, None, 1,
     mutate=put((RATINGS, 1, "Điểm tiêu chí chung (/30)", 29),
                (RATINGS, 1, "Điểm kết quả nhiệm vụ (/70)", 62),
                (RATINGS, 1, "Tỷ lệ nhiệm vụ vượt mức (%)", 35), (RATINGS, 1, LEVEL_CELL, HTXS),
                (RATINGS, 1, "Tự xếp loại", HTXS), (RATINGS, 1, "Phiếu HTXSNV", 4),
                (RATINGS, 1, "Phiếu HTTNV", 1)))
case("rule_cell_level_above_score", "rules", "CELL_LEVEL_ABOVE_SCORE", INFO,
     at(INFO, "Chi bộ tự xếp loại"), 2, mutate=put((INFO, None, "Chi bộ tự xếp loại", HTXS)))


# --------------------------------------------------------------------------- build / script

def by_category() -> dict[str, int]:
    """Number of cases in each category, in the order they first appear."""
    return dict(Counter(c.category for c in CASES))


def build(folder, names=None) -> list[Path]:
    """Write every case file (or only those in `names`) into `folder`; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [c.write(folder) for c in CASES if names is None or c.name in names]


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    folder, names = Path(argv[0]), set(argv[1:]) or None
    folder.mkdir(parents=True, exist_ok=True)
    for c in CASES:
        if names and c.name not in names:
            continue
        start = time.perf_counter()
        path = c.write(folder)
        where = (c.sheet or "") + (f"!{c.cell}" if c.cell else "")
        print(f"{c.category:14} {path.name:45} → {c.code or 'sạch'} {where} "
              f"(thoát {c.exit_code}; {time.perf_counter() - start:.1f}s)")
    print(f"{len(CASES)} ca: " + ", ".join(f"{k} {v}" for k, v in by_category().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
