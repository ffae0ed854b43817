"""A spreadsheet file looked at as bytes before any library parses it (for `reader`).

- `inspect`: the file's size, its first bytes and its zip directory: an empty file, a renamed
  .csv, a zip bomb, an .xlsb are refused; an old Excel file (OLE2 with a Workbook stream) is
  told apart from an encrypted .xlsx, so it is read as what it is whatever its name.
- `scan`: every data sheet's XML, inflated never past the size the zip directory gives
  (`inflate`), its table and its stray far cells (`sheetscan`), and the sheets rewritten without
  them (`repacked`) — before calamine allocates a grid; `formula_errors`: the formula cells
  calamine reads as blank.
- `extents`: the box each sheet of an .xls or .ods spans, from its records.
Plain byte scanning, no XML parser: the package may be hostile.
"""
from __future__ import annotations

import functools
import html
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from . import sheetscan
from .cells import Uncomputed

#: a school cell's workbook is well under 5 MB; these bounds leave two orders of magnitude
MAX_FILE = 100 * 1024 * 1024       # bytes on disk (the whole package is read into memory)
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all; the message is for the user."""


#: what is never a verdict on the file: chibo-xl's own message, this PC's libraries (told by
#: `faults` as an incomplete install), memory


def inspect(path: str) -> str:
    """Refuse what is not a sane OOXML package before any XML is parsed; "xlsx", or "xls" for
    an old Excel file under any name (read as what it is: `read_other`)."""
    size = os.path.getsize(path)
    if size == 0:
        raise WorkbookError("Tệp rỗng (0 byte): không phải một sổ Excel.")
    if size > MAX_FILE:
        raise WorkbookError(f"Tệp quá lớn ({size // (1 << 20)} MB): sổ của một chi bộ không lớn "
                            "như vậy, chibo-xl từ chối đọc để bảo vệ máy.")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if is_xls(path):
            return "xls"
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
    return "xlsx"


def is_xls(path: str) -> bool:
    """An OLE2 file holding an Excel 97–2003 workbook (not an encrypted .xlsx, which is OLE2 too)."""
    import olefile

    try:
        with olefile.OleFileIO(path) as ole:
            return (ole.exists("Workbook") or ole.exists("Book")) and \
                not ole.exists("EncryptedPackage")
    except Exception:  # noqa: BLE001 (olefile's errors for a damaged container)
        return False


_DATE1904 = re.compile(rb'<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"')
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*"([^"]*)"')


@functools.lru_cache(maxsize=1024)
def _attrs(tag: bytes) -> Mapping:
    # workbooks made from one template hold the same sheet and relationship tags: each parsed
    # once (34 a workbook; read-only, callers only look values up)
    return MappingProxyType({k.decode(): html.unescape(v.decode("utf-8", "replace"))
                             for k, v in _ATTR.findall(tag)})


@functools.lru_cache(maxsize=16)
def _percent_styles(styles_xml: bytes) -> frozenset[int]:
    # the styles of workbooks made from one template are the same bytes: looked at once
    return sheetscan.percent_styles(styles_xml)


@dataclass
class Scan:
    """What the reader learns from the package's bytes before calamine reads it."""

    xml: dict = field(default_factory=dict)        # sheet name → its XML, when it has formulas
    strays: dict = field(default_factory=dict)     # sheet name → [(address, text)]
    ends: dict = field(default_factory=dict)       # sheet name → the table's last cell ("Z34")
    rewritten: dict = field(default_factory=dict)  # part → XML without its stray cells
    percents: dict = field(default_factory=dict)   # sheet name → {(row, col)} shown as «%»
    date1904: bool = False


def scan(package: bytes, skipped=frozenset(), wanted=None) -> Scan:
    """Every data sheet's XML, its table and its strays (`sheetscan`), before calamine.

    A sheet whose cells span more than `sheetscan.MAX_CELLS` is scanned cell by cell: values
    beyond its table are strays (named, left out of what calamine reads); a table larger than
    that is refused. Plain byte scanning, no XML parser: the package may be hostile. A sheet
    named in `skipped`, or whose name `wanted` refuses, is not looked at (nor read after).
    """
    scan = Scan()
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
        # numbers shown as percentages (Excel stores 98,6% as 0,986): `cells.Percent`
        styles = _percent_styles(inflate(zf, package, "xl/styles.xml")) \
            if "xl/styles.xml" in names else frozenset()
        for tag in re.findall(rb"<(?:\w+:)?sheet\b[^<>]*>", workbook_xml):
            a = _attrs(tag)
            name = a.get("name", "")
            if name in skipped or (wanted is not None and not wanted(name)):
                continue
            rid = next((v for k, v in a.items() if k.endswith(":id")), None)
            part = rels.get(rid)
            if part not in names:
                continue
            xml = inflate(zf, package, part)
            if styles:
                scan.percents[name] = sheetscan.percent_cells(xml, styles)
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
                    inflate(zf, package, "xl/sharedStrings.xml")
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


def formula_errors(scan: Scan) -> dict[str, dict[tuple[int, int], str]]:
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


def repacked(package: bytes, parts: dict[str, bytes]) -> bytes:
    """`package` with `parts` replaced (the sheets without their stray cells), for calamine."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = parts[info.filename] if info.filename in parts else src.read(info)
            dst.writestr(info.filename, data)
    return out.getvalue()


def inflate(zf: zipfile.ZipFile, package: bytes, name: str) -> bytes:
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


def extents(data: bytes) -> list[tuple[str, int, int]]:
    """(sheet, rows, columns) each sheet of an .xls (OLE2) or .ods (zip) spans."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        import olefile

        with olefile.OleFileIO(data) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None or ole.get_size(stream) > MAX_UNCOMPRESSED:
                return []
            return sheetscan.biff_extents(ole.openstream(stream).read())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "content.xml" not in zf.namelist():
            return []
        if zf.getinfo("content.xml").file_size > MAX_UNCOMPRESSED:
            raise WorkbookError("Tệp có cấu trúc bất thường (giải nén ra quá lớn): từ chối đọc để "
                                "bảo vệ máy.")
        return sheetscan.ods_extents(inflate(zf, data, "content.xml"))
