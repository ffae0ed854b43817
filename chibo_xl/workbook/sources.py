"""Other programs' files, for `chibo-xl import`: .xls, .ods and .csv besides .xlsx/.xlsm.

The kind is told by the file's first bytes, not its name (a .xls renamed .xlsx, as download sites
do, still reads); every format is read within the reader's bounds (`reader.read_other` measures
an .xls's or .ods's sheets before calamine builds them; a CSV is at most `MAX_CSV_BYTES`).
"""
from __future__ import annotations

import os
import zipfile

from .reader import RawBook, RawSheet, WorkbookError, read_other, read_workbook

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
    # a field may be as long as the file (Python's default limit, 131.072 characters, made a
    # CSV with one 200 kB note fail with csv.Error)
    limit = csv.field_size_limit(MAX_CSV_BYTES)
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise WorkbookError(f"Không đọc được tệp CSV «{os.path.basename(path)}» ({exc}): hãy mở "
                            "bằng Excel rồi lưu thành .xlsx.") from None
    finally:
        csv.field_size_limit(limit)
    name = os.path.splitext(os.path.basename(path))[0]
    return RawBook({name: RawSheet(name, rows)})


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
        return read_other(path)  # .xls (an encrypted .xlsx fails there with a message too)
    if head.startswith(b"PK") and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
        if "content.xml" in names:
            return read_other(path)  # .ods
        return read_workbook(path)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        if suffix in (".xlsx", ".xlsm"):
            read_workbook(path)  # raises the reader's own message for a broken package
        return read_other(path)
    return _read_csv(path)
