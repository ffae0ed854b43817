"""The file reader: an .xlsx/.xlsm file → raw grids of cell values, one a sheet.

It reads with python-calamine (≈15× faster than openpyxl and keeps `check` under its time
budget), opens the file read-only and never writes it. Before handing the file to the parser it
looks at the zip directory, so a renamed .xls/.csv, an empty file or a zip bomb is refused with a
Vietnamese message instead of a crash or a hung machine. The Excel bridge produces the same
`RawBook` from the live workbook, so everything above this module is shared.
"""
from __future__ import annotations

import html
import io
import os
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from . import sheetscan
from .cells import Uncomputed, col_index
from ..files.faults import IncompleteInstall
from .schema import OWN_SHEETS

#: a school cell's workbook is well under 5 MB; these bounds leave two orders of magnitude
MAX_FILE = 100 * 1024 * 1024       # bytes on disk (the whole package is read into memory)
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all; the message is for the user."""


#: what is never a verdict on the file: chibo-xl's own message, this PC's libraries (told by
#: `faults` as an incomplete install), memory
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
    """Sheet name → RawSheet, in workbook order; `date1904` when the book counts dates from 1904."""

    date1904: bool = False


def _inspect_zip(path: str) -> None:
    """Refuse what is not a sane OOXML package before any XML is parsed."""
    size = os.path.getsize(path)
    if size == 0:
        raise WorkbookError("Tệp rỗng (0 byte): không phải một sổ Excel.")
    if size > MAX_FILE:
        raise WorkbookError(f"Tệp quá lớn ({size // (1 << 20)} MB): sổ của một chi bộ không lớn "
                            "như vậy, chibo-xl từ chối đọc để bảo vệ máy.")
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


_DATE1904 = re.compile(rb'<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"')
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*"([^"]*)"')


def _attrs(tag: bytes) -> dict:
    return {k.decode(): html.unescape(v.decode("utf-8", "replace")) for k, v in _ATTR.findall(tag)}


@dataclass
class _Scan:
    """What the reader learns from the package's bytes before calamine reads it."""

    xml: dict = field(default_factory=dict)        # sheet name → its XML, when it has formulas
    strays: dict = field(default_factory=dict)     # sheet name → [(address, text)]
    ends: dict = field(default_factory=dict)       # sheet name → the table's last cell ("Z34")
    rewritten: dict = field(default_factory=dict)  # part → XML without its stray cells
    date1904: bool = False


def _scan(package: bytes) -> _Scan:
    """Every data sheet's XML, its table and its strays (`sheetscan`), before calamine.

    A sheet whose cells span more than `sheetscan.MAX_CELLS` is scanned cell by cell: values
    beyond its table are strays (named, left out of what calamine reads); a table larger than
    that is refused. Plain byte scanning, no XML parser: the package may be hostile.
    """
    scan = _Scan()
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        names = set(zf.namelist())
        if "xl/_rels/workbook.xml.rels" not in names:
            return scan
        workbook_xml = zf.read("xl/workbook.xml")
        scan.date1904 = bool(_DATE1904.search(workbook_xml))
        rels = {}
        for tag in re.findall(rb"<Relationship\b[^<>]*>", zf.read("xl/_rels/workbook.xml.rels")):
            a = _attrs(tag)
            target = a.get("Target", "")
            rels[a.get("Id")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
        shared = None
        for tag in re.findall(rb"<(?:\w+:)?sheet\b[^<>]*>", workbook_xml):
            a = _attrs(tag)
            name = a.get("name", "")
            if name in _SKIPPED:
                continue
            rid = next((v for k, v in a.items() if k.endswith(":id")), None)
            part = rels.get(rid)
            if part not in names:
                continue
            xml = _part(zf, package, part)
            is_prefixed = sheetscan.prefixed(xml)
            if sheetscan.has_formulas(xml, is_prefixed):
                scan.xml[name] = xml            # kept for `_formula_errors`
            box = sheetscan.bounds(xml, is_prefixed)
            if box is not None and box[0] * box[1] <= sheetscan.MAX_CELLS:
                continue                        # nearly every sheet: nothing far
            found = [c for c in sheetscan.cells(xml) if c.has_value()]
            last_row, last_col = sheetscan.extent(found)
            if last_row * last_col > sheetscan.MAX_CELLS:
                raise WorkbookError(
                    f"Trang «{name}» có bảng quá lớn ({last_row:,} dòng × {last_col} cột): sổ "
                    "của một chi bộ không lớn như vậy, chibo-xl từ chối đọc để bảo vệ máy. Hãy "
                    "xóa các dòng, cột thừa rồi lưu lại.".replace(",", "."))
            kept = [c for c in found if c.row <= last_row and c.col <= last_col]
            strays = [c for c in found if c.row > last_row or c.col > last_col]
            if strays and shared is None:
                shared = sheetscan.shared_strings(
                    _part(zf, package, "xl/sharedStrings.xml")
                    if "xl/sharedStrings.xml" in names else None)
            # named one by one up to MAX_STRAYS, the rest as ("", how many)
            scan.strays[name] = [(c.ref, sheetscan.shown_value(c, shared))
                                 for c in strays[:sheetscan.MAX_STRAYS]] + \
                ([("", str(len(strays) - sheetscan.MAX_STRAYS))]
                 if len(strays) > sheetscan.MAX_STRAYS else [])
            scan.ends[name] = f"{sheetscan.col_letters(max(last_col, 1))}{max(last_row, 1)}"
            scan.rewritten[part] = sheetscan.keep_only(xml, kept)
            if name in scan.xml:
                scan.xml[name] = scan.rewritten[part]
    return scan


def _formula_errors(scan: _Scan) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name → {(row, col) 1-based: value} for formula cells calamine would give as ''.

    The value is the error code ("#DIV/0!") when the cached result is an error, or a
    `cells.Uncomputed` holding the formula when the file holds no result at all (a program
    wrote it and Excel never opened it): both would otherwise look like a blank cell.
    """
    found: dict[str, dict[tuple[int, int], str]] = {}
    for name, xml in scan.xml.items():
        cells_found = {}
        for row, col, kind, text in sheetscan.formula_cells(xml):
            if kind == "e":
                cells_found[(row, col)] = text
            else:
                cells_found.setdefault((row, col), Uncomputed("=" + text if text else "=…"))
        if cells_found:
            found[name] = cells_found
    return found


def _repacked(package: bytes, parts: dict[str, bytes]) -> bytes:
    """`package` with `parts` replaced (the sheets without their stray cells), for calamine."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = parts[info.filename] if info.filename in parts else src.read(info)
            dst.writestr(info.filename, data)
    return out.getvalue()


def _part(zf: zipfile.ZipFile, package: bytes, name: str) -> bytes:
    """The bytes of one part, inflated straight from the package's bytes, never past the size
    the zip directory gives.

    zipfile's own reader (a file object per part with a CRC over every chunk) cost as much again
    as the inflating, and inflates a part to its end before it finds the size wrong: a part
    declared 52 KB that inflated to 300 MB took 636 MB. A part of another size, encrypted or
    compressed otherwise than Excel does (stored or deflated) is refused; calamine checks the
    CRC of what it reads after this.
    """
    info = zf.getinfo(name)
    start = info.header_offset
    data = None
    if not info.flag_bits & 1 and package[start:start + 4] == b"PK\x03\x04" and \
            info.compress_type in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        name_len, extra_len = struct.unpack("<HH", package[start + 26:start + 30])
        begin = start + 30 + name_len + extra_len
        chunk = package[begin:begin + info.compress_size]
        try:
            data = chunk if info.compress_type == zipfile.ZIP_STORED else \
                zlib.decompressobj(-15).decompress(chunk, info.file_size + 1)
        except zlib.error:
            data = None
    if data is None or len(data) != info.file_size:
        raise WorkbookError("Tệp .xlsx bị hỏng hoặc có cấu trúc bất thường (một phần bên trong "
                            "không đúng kích thước ghi trong tệp, hoặc được nén, mã hóa theo "
                            "cách Excel không dùng): từ chối đọc. Hãy mở bằng Excel và lưu lại "
                            "thành tệp mới.")
    return data


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


def read_workbook(path: str | os.PathLike) -> RawBook:
    """Read every sheet of the workbook at `path` into a `RawBook` (never writes the file).

    A value far from its sheet's table (XFD1048576) is not read as part of a grid: it is left
    out and listed in `RawSheet.stray` (the check warns at its address).
    """
    path = _sane_package(path)
    try:
        with open(path, "rb") as fh:
            package = fh.read()
        scan = _scan(package)
        source = io.BytesIO(_repacked(package, scan.rewritten)) if scan.rewritten else None
        del package
        if _calamine() is None:
            return _read_openpyxl(source or path, scan)
        if source is not None:
            book = _calamine().CalamineWorkbook.from_filelike(source)
        else:
            book = _open_calamine(path)
        result = RawBook()
        for name in book.sheet_names:
            if name in _SKIPPED:
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
        book.close()
        result.date1904 = scan.date1904
        for name, errors in _formula_errors(scan).items():
            if name in result:
                _put_errors(result[name], errors)
    except _NOT_THE_FILE:
        raise
    except OSError as exc:
        if exc.errno is not None:      # the disk or the system failed, not the file's content
            raise
        raise _unreadable(exc) from None
    except Exception as exc:  # calamine raises its own types for every malformed part
        raise _unreadable(exc) from None
    return result


def _read_openpyxl(source, scan: _Scan) -> RawBook:
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
    for name, errors in _formula_errors(scan).items():
        if name in result:
            _put_errors(result[name], errors)
    return result


def _cut(merged: list, end: str | None) -> list[tuple[int, int, int, int]]:
    """Merged ranges (1-based) cut to the sheet's table when strays were left out: a range over
    the whole sheet (A1:XFD1048576) must not make a reader walk 17 billion cells."""
    if not end:
        return merged
    last_row, last_col = int(re.search(r"\d+$", end)[0]), col_index(re.match(r"[A-Z]+", end)[0])
    return [(r1, c1, min(r2, last_row), min(c2, last_col)) for r1, c1, r2, c2 in merged
            if r1 <= last_row and c1 <= last_col]


def sheet_names(path: str | os.PathLike) -> list[str]:
    """The sheet names of the workbook at `path`, no sheet read (what tells a summary chibo-xl
    wrote from a cell's workbook: reading a 30.000-row summary whole took most of a second)."""
    path = _sane_package(path)
    if _calamine() is None:
        return list(_read_openpyxl(path))
    try:
        book = _open_calamine(path)
        names = list(book.sheet_names)
        book.close()
    except _NOT_THE_FILE:
        raise
    except Exception as exc:  # calamine raises its own types for every malformed part
        raise _unreadable(exc) from None
    return names


def _sane_package(path) -> str:
    """`path` as text, once it is known to be a file and a sane package (`_inspect_zip`)."""
    path = os.fspath(path)
    if not os.path.isfile(path):
        if os.path.exists(path):        # a FIFO, a device: never opened (it could block)
            raise WorkbookError(f"«{path}» không phải một tệp bình thường (có thể là ống dẫn, "
                                "thiết bị): không đọc.")
        raise WorkbookError(f"Không tìm thấy tệp «{path}».")
    _inspect_zip(path)
    return path


def _unreadable(exc: Exception) -> WorkbookError:
    # calamine's own words are English and technical: keep them out of the user's message
    return WorkbookError("Không đọc được nội dung sổ Excel: tệp bị hỏng hoặc có cấu trúc "
                         f"lạ ({type(exc).__name__}). Hãy mở bằng Excel, kiểm tra rồi lưu "
                         "lại.")


# ---------------------------------------------------------------------------------------------
# Other programs' files, for `chibo-xl import`: .xls, .ods and .csv besides .xlsx/.xlsm
# ---------------------------------------------------------------------------------------------
SOURCE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
MAX_CSV_BYTES = 50 * 1024 * 1024


def decode_text(data: bytes) -> str:
    """CSV bytes → text: UTF-8 with or without BOM, UTF-16 (with BOM), else the Windows
    Vietnamese code page 1258 (which writes tone marks as combining characters, so the text is
    recomposed to NFC)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if len(data) > 1 and data[1:2] == b"\x00" and data[0:1] != b"\x00":
        return data.decode("utf-16-le", "replace")  # UTF-16 without its BOM
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        import unicodedata
        return unicodedata.normalize("NFC", data.decode("cp1258", "replace"))


def _read_csv(path: str) -> RawBook:
    import csv
    import io

    if os.path.getsize(path) > MAX_CSV_BYTES:
        raise WorkbookError("Tệp CSV quá lớn (hơn 50 MB): đây không phải một danh sách đảng viên.")
    with open(path, "rb") as fh:
        text = decode_text(fh.read())
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    name = os.path.splitext(os.path.basename(path))[0]
    return RawBook({name: RawSheet(name, rows)})


def _read_other(path: str) -> RawBook:
    """.xls and .ods through python-calamine (values only; merged ranges where it gives them)."""
    if _calamine() is None:              # told before any verdict on the file
        raise IncompleteInstall("python-calamine")
    try:
        book = _open_calamine(path)
        result = RawBook()
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            # `_cell` inlined: it runs on every cell of every sheet
            rows = [[int(v) if isinstance(v, float) and v.is_integer() and abs(v) < _EXACT else v
                     for v in row] for row in sheet.to_python(skip_empty_area=False)]
            try:
                ranges = sheet.merged_cell_ranges or []
            except Exception:  # not every format carries merged ranges
                ranges = []
            merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in ranges]
            result[name] = RawSheet(name, rows, merged)
        book.close()
    except _NOT_THE_FILE:
        raise
    except Exception as exc:
        raise WorkbookError(f"Không đọc được tệp «{os.path.basename(path)}»: tệp bị hỏng hoặc "
                            f"không phải bảng tính ({type(exc).__name__}). Hãy mở bằng Excel "
                            "hoặc LibreOffice rồi lưu thành .xlsx.") from None
    return result


def read_source(path: str | os.PathLike) -> RawBook:
    """Read a list to import, whatever program made it: .xlsx, .xlsm, .xls, .ods or .csv.

    Like `read_workbook`, it never writes the file. The kind is told by the file's first bytes,
    not only its name, so a .xls renamed .xlsx (as download sites do) still reads.
    """
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise WorkbookError(f"Không tìm thấy tệp «{path}».")
    if os.path.getsize(path) == 0:
        raise WorkbookError(f"Tệp «{os.path.basename(path)}» rỗng (0 byte).")
    with open(path, "rb") as fh:
        head = fh.read(8)
    suffix = os.path.splitext(path)[1].lower()
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_other(path)  # .xls (an encrypted .xlsx fails there with a message too)
    if head.startswith(b"PK") and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
        if "content.xml" in names:
            return _read_other(path)  # .ods
        return read_workbook(path)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        if suffix in (".xlsx", ".xlsm"):
            read_workbook(path)  # raises the reader's own message for a broken package
        return _read_other(path)
    return _read_csv(path)
