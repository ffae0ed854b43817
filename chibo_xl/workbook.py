"""The file reader: an .xlsx/.xlsm file → raw grids of cell values, one a sheet.

It reads with python-calamine (≈15× faster than openpyxl and keeps `check` under its time
budget), opens the file read-only and never writes it. Before handing the file to the parser it
looks at the zip directory, so a renamed .xls/.csv, an empty file or a zip bomb is refused with a
Vietnamese message instead of a crash or a hung machine. The Excel bridge produces the same
`RawBook` from the live workbook, so everything above this module is shared.
"""
from __future__ import annotations

import html
import os
import re
import zipfile
from dataclasses import dataclass, field

from .cells import col_index

from .schema import OWN_SHEETS

#: a school cell's workbook is well under 5 MB; these bounds leave two orders of magnitude
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all; the message is for the user."""


@dataclass
class RawSheet:
    """A sheet's values as a grid starting at A1 (row 1 is `rows[0]`), plus its merged ranges."""

    name: str
    rows: list[list] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)


RawBook = dict  # sheet name → RawSheet, in workbook order


def _inspect_zip(path: str) -> None:
    """Refuse what is not a sane OOXML package before any XML is parsed."""
    size = os.path.getsize(path)
    if size == 0:
        raise WorkbookError("Tệp rỗng (0 byte): không phải một sổ Excel.")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WorkbookError("Tệp là định dạng Excel cũ (.xls) hoặc bị mã hóa bằng mật khẩu. "
                            "Hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi Lưu thành .xlsx.")
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK"):
            raise WorkbookError("Tệp .xlsx bị hỏng hoặc tải về chưa hết. Hãy lấy lại bản đầy đủ "
                                "hoặc mở bằng Excel để sửa rồi lưu lại.")
        raise WorkbookError("Tệp không phải sổ Excel .xlsx (có thể là .csv hoặc tệp khác đã đổi "
                            "đuôi). Hãy mở bằng Excel rồi Lưu thành «Excel Workbook (.xlsx)».")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(f"Tệp .xlsx bị hỏng, không mở được ({exc}).") from None
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise WorkbookError("Tệp nén này không phải sổ Excel: thiếu phần xl/workbook.xml.")
    if "xl/workbook.bin" in names:
        raise WorkbookError("Sổ dạng nhị phân .xlsb chưa được hỗ trợ: hãy Lưu thành .xlsx.")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ENTRIES:
        raise WorkbookError(f"Tệp có cấu trúc bất thường (hơn {MAX_ENTRIES} phần bên trong): từ "
                            "chối đọc để bảo vệ máy. Hãy mở bằng Excel và lưu lại thành tệp mới.")
    if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO and \
            total > 20 * 1024 * 1024:
        raise WorkbookError("Tệp có cấu trúc bất thường (giải nén ra quá lớn): từ chối đọc để "
                            "bảo vệ máy. Hãy mở bằng Excel và lưu lại thành tệp mới.")


_ERROR_CELL = re.compile(rb'<c\b([^>/]*\bt="e"[^>/]*)>(.*?)</c>', re.S)
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*"([^"]*)"')
_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _attrs(tag: bytes) -> dict:
    return {k.decode(): html.unescape(v.decode("utf-8", "replace")) for k, v in _ATTR.findall(tag)}


def _formula_errors(path: str) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name → {(row, col) 1-based: "#DIV/0!"} for cells whose cached result is an error.

    calamine returns '' for such a cell, which would make a broken formula look like a blank.
    Plain byte scanning, no XML parser: the package may be hostile, and calamine has already
    parsed it successfully when this runs.
    """
    found: dict[str, dict[tuple[int, int], str]] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if "xl/_rels/workbook.xml.rels" not in names:
            return found
        rels = {}
        for tag in re.findall(rb"<Relationship\b[^>]*>", zf.read("xl/_rels/workbook.xml.rels")):
            a = _attrs(tag)
            target = a.get("Target", "")
            rels[a.get("Id")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
        for tag in re.findall(rb"<sheet\b[^>]*>", zf.read("xl/workbook.xml")):
            a = _attrs(tag)
            if a.get("name") in _SKIPPED:
                continue
            rid = next((v for k, v in a.items() if k.endswith(":id")), None)
            part = rels.get(rid)
            if part not in names:
                continue
            data = zf.read(part)
            if b't="e"' not in data:
                continue
            for m in _ERROR_CELL.finditer(data):
                ref = _REF.match(_attrs(m.group(1)).get("r", ""))
                value = _VALUE.search(m.group(2))
                if not ref or not value:
                    continue
                col = col_index(ref.group(1))
                found.setdefault(a.get("name", ""), {})[(int(ref.group(2)), col)] = \
                    value.group(1).decode("ascii", "replace")
    return found


def _put_errors(sheet: "RawSheet", errors: dict[tuple[int, int], str]) -> None:
    for (r, c), error in errors.items():
        while len(sheet.rows) < r:
            sheet.rows.append([])
        row = sheet.rows[r - 1]
        row.extend([""] * (c - len(row)))
        row[c - 1] = error


_SKIPPED = frozenset(OWN_SHEETS)


def _cell(value):
    # calamine gives whole numbers as floats; keep ints ints so messages show "5", not "5.0".
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def read_workbook(path: str | os.PathLike) -> RawBook:
    """Read every sheet of the workbook at `path` into a `RawBook` (never writes the file)."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise WorkbookError(f"Không tìm thấy tệp «{path}».")
    _inspect_zip(path)
    import python_calamine  # lazy: keeps `import chibo_xl` light

    try:
        book = python_calamine.CalamineWorkbook.from_path(path)
        result: RawBook = {}
        for name in book.sheet_names:
            if name in _SKIPPED:
                continue  # sheets chibo-xl writes itself (guide, lists, findings): never read
            sheet = book.get_sheet_by_name(name)
            rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                      for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            result[name] = RawSheet(name, rows, merged)
        book.close()
        for name, errors in _formula_errors(path).items():
            if name in result:
                _put_errors(result[name], errors)
    except WorkbookError:
        raise
    except Exception as exc:  # calamine raises its own types for every malformed part
        # calamine's own words are English and technical: keep them out of the user's message
        raise WorkbookError("Không đọc được nội dung sổ Excel: tệp bị hỏng hoặc có cấu trúc "
                            f"lạ ({type(exc).__name__}). Hãy mở bằng Excel, kiểm tra rồi lưu "
                            "lại.") from None
    return result
