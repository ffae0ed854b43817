"""The file reader: an .xlsx/.xlsm file → raw grids of cell values, one a sheet.

It reads with python-calamine (≈15× faster than openpyxl and keeps `check` under its time
budget), opens the file read-only and never writes it. Before handing the file to the parser it
looks at the zip directory, so a renamed .xls/.csv, an empty file or a zip bomb is refused with a
Vietnamese message instead of a crash or a hung machine. The Excel bridge produces the same
`RawBook` from the live workbook, so everything above this module is shared.
"""
from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field

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
    if len(infos) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO and \
            total > 20 * 1024 * 1024:
        raise WorkbookError("Tệp có cấu trúc bất thường (giải nén ra quá lớn): từ chối đọc để "
                            "bảo vệ máy. Hãy mở bằng Excel và lưu lại thành tệp mới.")


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
            sheet = book.get_sheet_by_name(name)
            rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                      for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            result[name] = RawSheet(name, rows, merged)
        book.close()
    except WorkbookError:
        raise
    except Exception as exc:  # calamine raises its own types for every malformed part
        raise WorkbookError(f"Không đọc được nội dung sổ Excel: {exc}. Hãy mở bằng Excel, "
                            "kiểm tra rồi lưu lại.") from None
    return result
