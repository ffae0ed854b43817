"""The file reader: an .xlsx/.xlsm file → raw grids of cell values, one a sheet.

It reads with python-calamine (≈15× faster than openpyxl and keeps `check` under its time
budget), opens the file read-only and never writes it. Before handing the file to the parser it
looks at its bytes (`filescan`): a renamed .csv, an empty file or a zip bomb is refused with a
Vietnamese message instead of a crash or a hung machine, an .xls under any name is read as an
.xls, and a value far from its sheet's table is left out and named (`RawSheet.stray`) instead of
making calamine allocate a grid up to it. The Excel bridge produces the same `RawBook` from the
live workbook, so everything above this module is shared.
"""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from typing import Callable

from . import filescan, schema, sheetscan
from ..files.faults import IncompleteInstall
from .cells import Percent, col_index
from .filescan import MAX_FILE, WorkbookError
from .schema import OWN_SHEETS

__all__ = ["RawBook", "RawSheet", "WorkbookError", "read_workbook", "read_other", "sheet_names"]

_NOT_THE_FILE = (WorkbookError, ImportError, IncompleteInstall, MemoryError)


@dataclass
class RawSheet:
    """A sheet's values as a grid starting at A1 (row 1 is `rows[0]`), plus its merged ranges."""

    name: str
    rows: list[list] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)
    stray: list[tuple[str, str]] = field(default_factory=list)  # (address, text) far from it;
                                 # ("", "N") last: N more not named
    table_end: str = ""          # the table's last cell when strays were left out ("Z34")


class RawBook(dict):
    """Sheet name → RawSheet, in workbook order; `date1904` when the book counts dates from 1904;
    `names`, every sheet of the file, read or not (`read_workbook(path, sheets)`)."""

    date1904: bool = False
    names: tuple = ()

    def sheet_names(self) -> tuple:
        """Every sheet name of the workbook, including those not read."""
        return self.names or tuple(self)


def _mark_percents(result: "RawBook", scan) -> None:
    """Each number shown as a percentage becomes a `cells.Percent` (its value as stored)."""
    for name, places in scan.percents.items():
        rows = result[name].rows if name in result else []
        for r, c in places:
            if r <= len(rows) and c <= len(rows[r - 1]):
                value = rows[r - 1][c - 1]
                if value.__class__ in (int, float):
                    rows[r - 1][c - 1] = Percent(value)


def _put_errors(sheet: "RawSheet", errors: dict[tuple[int, int], str]) -> None:
    for (r, c), error in errors.items():
        while len(sheet.rows) < r:
            sheet.rows.append([])
        row = sheet.rows[r - 1]
        row.extend([""] * (c - len(row)))
        row[c - 1] = error


_SKIPPED = frozenset(OWN_SHEETS)


_EXACT = 2 ** 53


def _cell(value):
    # calamine gives whole numbers as floats; keep ints ints so messages show "5", not "5.0".
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def _calamine():
    """python-calamine, or None when its compiled extension cannot load on this PC (reading then
    falls back to openpyxl: `xlsxfallback`)."""
    global _CALAMINE
    if _CALAMINE is _UNTRIED:
        try:
            import python_calamine
        except (ImportError, OSError):
            python_calamine = None
        _CALAMINE = python_calamine
    return _CALAMINE


_UNTRIED = object()
_CALAMINE = _UNTRIED


def _open_calamine(path: str):
    """calamine's book for `path`, also when the name is not valid UTF-8.

    Python keeps such a name's bytes as lone surrogates, which calamine (Rust) cannot take as a
    path: the file is then handed over as an open file instead. Without calamine (its DLL did
    not load) this is `faults.IncompleteInstall`: the PC is at fault, not the file.
    """
    python_calamine = _calamine()
    if python_calamine is None:
        raise IncompleteInstall("python-calamine")
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        with open(path, "rb") as fh:
            return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
    return python_calamine.CalamineWorkbook.from_path(path)


def wanted_sheets(keys) -> Callable[[str], bool]:
    """Whether a workbook's sheet (by its name) is one of the schema sheets `keys` (any
    spelling `tables` would take for it: `schema.is_sheet`); every sheet when `keys` is None."""
    if keys is None:
        return lambda name: True
    sheets = [schema.BY_KEY[key] for key in {*keys, schema.INFO.key}]
    return lambda name: any(schema.is_sheet(name, sheet, accents=False) for sheet in sheets)


def read_workbook(path: str | os.PathLike, sheets=None) -> RawBook:
    """Read every sheet of the workbook at `path` into a `RawBook` (never writes the file).

    A value far from its sheet's table (XFD1048576) is not read as part of a grid: it is left
    out and listed in `RawSheet.stray` (the check warns at its address). `sheets`: the schema
    keys of the only sheets to read (aggregate's `SUMMARY_SHEETS`); the others are neither
    scanned nor parsed.
    """
    wanted = wanted_sheets(sheets)
    path, kind = _sane_package(path)
    if kind == "xls":                      # an old Excel file, whatever its name says
        return read_other(path, _SKIPPED)
    try:
        with open(path, "rb") as fh:
            package = fh.read()
        scan = filescan.scan(package, _SKIPPED, wanted)
        source = io.BytesIO(filescan.repacked(package, scan.rewritten)) if scan.rewritten else None
        del package
        if _calamine() is None:
            return _read_openpyxl(source or path, scan)
        if source is not None:
            book = _calamine().CalamineWorkbook.from_filelike(source)
        else:
            book = _open_calamine(path)
        result = RawBook()
        for name in book.sheet_names:
            if name in _SKIPPED or not wanted(name):
                continue  # sheets chibo-xl writes itself (guide, lists, findings): never read
            sheet = book.get_sheet_by_name(name)
            # `_cell` inlined: it runs on every cell of every sheet (calamine's floats are
            # exactly `float`, so the class test is enough, and cheaper than isinstance)
            rows = [[int(v) if v.__class__ is float and v.is_integer() and -_EXACT < v < _EXACT
                     else v for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                      for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            result[name] = RawSheet(name, rows, _cut(merged, scan.ends.get(name)),
                                    scan.strays.get(name, []), scan.ends.get(name, ""))
        result.names = tuple(book.sheet_names)
        book.close()
        result.date1904 = scan.date1904
        for name, errors in filescan.formula_errors(scan).items():
            if name in result:
                _put_errors(result[name], errors)
        _mark_percents(result, scan)
    except _NOT_THE_FILE:
        raise
    except OSError as exc:
        if exc.errno is not None:      # the disk or the system failed, not the file's content
            raise
        raise _unreadable(exc) from None
    except Exception as exc:  # calamine raises its own types for every malformed part
        raise _unreadable(exc) from None
    return result


def _read_openpyxl(source, scan: filescan.Scan) -> RawBook:
    """`read_workbook` through openpyxl (`xlsxfallback`), when calamine cannot load; `source`
    is the path, or the package without its stray cells."""
    from . import xlsxfallback

    try:
        sheets, date1904 = xlsxfallback.read_values(source, _SKIPPED)
    except _NOT_THE_FILE:
        raise
    except Exception as exc:  # noqa: BLE001 (openpyxl's errors for a malformed part)
        raise _unreadable(exc) from None
    result = RawBook({name: RawSheet(name, rows, _cut(merged, scan.ends.get(name)),
                                     scan.strays.get(name, []), scan.ends.get(name, ""))
                      for name, (rows, merged) in sheets.items()})
    result.date1904 = date1904
    for name, errors in filescan.formula_errors(scan).items():
        if name in result:
            _put_errors(result[name], errors)
    _mark_percents(result, scan)
    return result


def _cut(merged: list, end: str | None) -> list[tuple[int, int, int, int]]:
    """Merged ranges (1-based) cut to the sheet's table when strays were left out (`end`: its
    last cell): a range over the whole sheet (A1:XFD1048576) must not make a reader walk 17
    billion cells."""
    if not end:
        return merged
    return _cut_to(merged, int(re.search(r"\d+$", end)[0]),
                   col_index(re.match(r"[A-Z]+", end)[0]))


def _cut_to(merged: list, last_row: int, last_col: int) -> list[tuple[int, int, int, int]]:
    return [(r1, c1, min(r2, last_row), min(c2, last_col)) for r1, c1, r2, c2 in merged
            if r1 <= last_row and c1 <= last_col]


def sheet_names(path: str | os.PathLike) -> list[str]:
    """The sheet names of the workbook at `path`, no sheet read (what tells a summary chibo-xl
    wrote from a cell's workbook: reading a 30.000-row summary whole took most of a second)."""
    path, kind = _sane_package(path)
    if kind == "xls":
        return list(read_other(path))
    if _calamine() is None:
        return list(_read_openpyxl(path, filescan.Scan()))
    try:
        book = _open_calamine(path)
        names = list(book.sheet_names)
        book.close()
    except _NOT_THE_FILE:
        raise
    except Exception as exc:  # calamine raises its own types for every malformed part
        raise _unreadable(exc) from None
    return names


def _sane_package(path) -> tuple[str, str]:
    """`path` as text, once it is known to be a file and a sane package (`filescan.inspect`), and
    its kind ("xlsx", or "xls" whatever its name)."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        if os.path.exists(path):        # a FIFO, a device: never opened (it could block)
            raise WorkbookError(f"«{path}» không phải một tệp bình thường (có thể là ống dẫn, "
                                "thiết bị): không đọc.")
        raise WorkbookError(f"Không tìm thấy tệp «{path}».")
    return path, filescan.inspect(path)


def _unreadable(exc: Exception) -> WorkbookError:
    # calamine's own words are English and technical: keep them out of the user's message
    return WorkbookError("Không đọc được nội dung sổ Excel: tệp bị hỏng hoặc có cấu trúc "
                         f"lạ ({type(exc).__name__}). Hãy mở bằng Excel, kiểm tra rồi lưu "
                         "lại.")


# ---------------------------------------------------------------------------------------------
# .xls and .ods (an old Excel file under any name; `sources.read_source` for .ods and .csv)
# ---------------------------------------------------------------------------------------------
def read_other(path: str, skipped=frozenset()) -> RawBook:
    """An .xls or .ods file through python-calamine, told by its content, not its name (values
    only; merged ranges where the format gives them); sheets named in `skipped` left out.

    Each sheet's values are first measured from the file's records (`sheetscan.biff_extents`,
    `ods_extents`), so a stray value far away, or repeated rows and cells asking for millions
    of cells (a 1 KB .ods took 3,5 GB), are refused before calamine builds a grid.
    """
    if _calamine() is None:              # told before any verdict on the file
        raise IncompleteInstall("python-calamine")
    try:
        if os.path.getsize(path) > MAX_FILE:
            raise WorkbookError(f"Tệp «{os.path.basename(path)}» quá lớn: không phải sổ của một "
                                "chi bộ.")
        with open(path, "rb") as fh:
            data = fh.read()
        for name, rows, cols in filescan.extents(data):
            if rows * cols > sheetscan.MAX_CELLS:
                raise WorkbookError(
                    f"Trang «{name}» của tệp «{os.path.basename(path)}» có vùng dữ liệu quá lớn "
                    f"({rows:,} dòng × {cols} cột), có thể do một ô ở rất xa bảng: chibo-xl từ "
                    "chối đọc để bảo vệ máy. Hãy mở bằng Excel, xóa các ô thừa rồi lưu thành "
                    ".xlsx.".replace(",", "."))
        book = _calamine().CalamineWorkbook.from_filelike(io.BytesIO(data))
        del data
        result = RawBook()
        for name in book.sheet_names:
            if name in skipped:
                continue
            sheet = book.get_sheet_by_name(name)
            # `_cell` inlined: it runs on every cell of every sheet
            rows = [[int(v) if isinstance(v, float) and v.is_integer() and abs(v) < _EXACT else v
                     for v in row] for row in sheet.to_python(skip_empty_area=False)]
            try:
                ranges = sheet.merged_cell_ranges or []
            except Exception:  # not every format carries merged ranges
                ranges = []
            merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in ranges]
            width = max(map(len, rows), default=0)
            result[name] = RawSheet(name, rows, _cut_to(merged, len(rows), width))
        book.close()
    except _NOT_THE_FILE:
        raise
    except Exception as exc:
        raise WorkbookError(f"Không đọc được tệp «{os.path.basename(path)}»: tệp bị hỏng hoặc "
                            f"không phải bảng tính ({type(exc).__name__}). Hãy mở bằng Excel "
                            "hoặc LibreOffice rồi lưu thành .xlsx.") from None
    return result
