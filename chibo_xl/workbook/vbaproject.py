"""The button's macro text inside xlwings' `vbaProject.bin`, rewritten so the name of the
workbook no longer matters.

xlwings' quickstart macro `SampleCall` runs `import <workbook name>; <workbook name>.main()`,
which breaks as soon as the workbook is downloaded as "so_chi_bo_2026 (1).xlsm", saved under a
Vietnamese name, or sent without its .py. `with_entry_point` replaces Module1 by two macros:
`SampleCall` (the button «Tạo báo cáo») runs `RunPython "from chibo_xl.excel import main;
main()"`, and `NamSau` (the button «Tạo sổ năm sau») runs `from chibo_xl.excel import
next_year; next_year()`: the package installed in the Python that xlwings.conf names is called,
so no .py beside the workbook is needed.

How (MS-OVBA, [MS-OVBA] 2.3.4 and 2.4.1): a module stream holds the compiled p-code followed by
the compressed source, at the offset that the `dir` stream (compressed too) records for the
module. xlwings writes `_VBA_PROJECT` with version 0xFFFF and no performance cache, which makes
Office ignore the p-code and compile the source on open; `with_entry_point` refuses any other
project. The new source is compressed ([MS-OVBA] 2.4.1.3.6: literal and copy tokens, greedy longest match,
deterministic) and padded with a comment so the stream keeps its size: olefile can replace a
stream in the compound file only by one of the same size, and everything else stays byte for
byte. Two macros do not fit the 195 bytes xlwings leaves with literal tokens only.
"""
from __future__ import annotations

import math
import os
import re
import tempfile

MODULE, MACRO, NEXT_YEAR_MACRO = "Module1", "SampleCall", "NamSau"
ENTRY_POINT = "from chibo_xl.excel import main; main()"
NEXT_YEAR_ENTRY = "from chibo_xl.excel import next_year; next_year()"
_NOTE = "' chibo-xl "  # then letters, as many as keep the stream's size


class VbaError(Exception):
    """The VBA project is not the one this module knows how to change."""


def decompress(data: bytes) -> bytes:
    """A CompressedContainer ([MS-OVBA] 2.4.1.3.1) → the bytes it holds."""
    if not data or data[0] != 1:
        raise VbaError("không phải dữ liệu VBA nén")
    out, pos = bytearray(), 1
    while pos + 2 <= len(data):
        header = int.from_bytes(data[pos:pos + 2], "little")
        if header & 0x7000 != 0x3000:
            raise VbaError("sai chữ ký khối VBA nén")
        end, start = min(len(data), pos + (header & 0x0FFF) + 3), len(out)
        pos += 2
        if not header & 0x8000:              # an uncompressed chunk: 4096 raw bytes
            out += data[pos:pos + 4096]
            pos += 4096
            continue
        while pos < end:
            flags, pos = data[pos], pos + 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags >> bit & 1:
                    out.append(data[pos])
                    pos += 1
                    continue
                token, pos = int.from_bytes(data[pos:pos + 2], "little"), pos + 2
                bits = max((len(out) - start - 1).bit_length(), 4)
                length, offset = (token & (0xFFFF >> bits)) + 3, (token >> (16 - bits)) + 1
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


def compress_literal(text: bytes) -> bytes:
    """`text` (at most 3640 bytes) as one compressed chunk of literal tokens only."""
    body = bytearray()
    for i in range(0, len(text), 8):
        body += b"\x00" + text[i:i + 8]
    if len(body) + 2 > 4098:
        raise VbaError("mã VBA quá dài cho một khối")
    return b"\x01" + ((len(body) - 1) | 0xB000).to_bytes(2, "little") + bytes(body)


def _match(chunk: bytes, pos: int, limit: int) -> tuple[int, int]:
    """The longest earlier copy of `chunk[pos:]` a copy token can name: (length, distance)."""
    bits = max((pos - 1).bit_length(), 4)
    longest = min((0xFFFF >> bits) + 3, limit - pos)
    best = (0, 0)
    for start in range(max(0, pos - (1 << (16 - bits))), pos):
        n = 0
        while n < longest and chunk[start + n] == chunk[pos + n]:
            n += 1
        if n >= 3 and n > best[0]:
            best = (n, pos - start)
    return best


def compress(data: bytes, literal_from: int | None = None) -> bytes:
    """`data` (at most 4096 bytes) as a CompressedContainer of one chunk ([MS-OVBA] 2.4.1.3.6):
    copy tokens for the longest earlier match, literal tokens from `literal_from` on."""
    if len(data) > 4096:
        raise VbaError("mã VBA quá dài cho một khối")
    limit = len(data) if literal_from is None else min(literal_from, len(data))
    body, pos = bytearray(), 0
    while pos < len(data):
        at, flags = len(body), 0
        body.append(0)
        for bit in range(8):
            if pos >= len(data):
                break
            length, distance = _match(data, pos, limit) if pos < limit else (0, 0)
            if length:
                bits = max((pos - 1).bit_length(), 4)
                body += (((distance - 1) << (16 - bits)) | (length - 3)).to_bytes(2, "little")
                flags |= 1 << bit
                pos += length
            else:
                body.append(data[pos])
                pos += 1
        body[at] = flags
    if len(body) + 2 > 4098:
        raise VbaError("mã VBA quá dài cho một khối")
    return b"\x01" + ((len(body) - 1) | 0xB000).to_bytes(2, "little") + bytes(body)


def module_offset(dir_stream: bytes, module: str) -> int:
    """The source offset ([MS-OVBA] 2.3.4.2.3.2.5 MODULEOFFSET) of `module` in `dir`."""
    text = decompress(dir_stream)
    name = module.encode("latin-1")
    found = re.search(rb"\x19\x00" + len(name).to_bytes(4, "little") + re.escape(name), text)
    record = found and re.compile(rb"\x31\x00\x04\x00\x00\x00(.{4})", re.S).search(text,
                                                                                  found.end())
    if not record:
        raise VbaError(f"không thấy mô-đun {module}")
    return int.from_bytes(record[1], "little")


def entry_source(size: int) -> bytes:
    """Module1's new source compressed into exactly `size` bytes: the two macros, then a
    comment of letters that repeat nothing, as long as needed (decompressing gives the source)."""
    lines = [f'Attribute VB_Name = "{MODULE}"', f"Sub {MACRO}()", f'    RunPython "{ENTRY_POINT}"',
             "End Sub", f"Sub {NEXT_YEAR_MACRO}()", f'    RunPython "{NEXT_YEAR_ENTRY}"',
             "End Sub", _NOTE]
    code = "\r\n".join(lines).encode("ascii")
    letters = bytes(range(ord("a"), ord("z") + 1))
    # the comment's letters are literal tokens: each adds a byte, and a flag byte every eighth
    # token, so one size in nine is jumped over; a comment opening with "Sub" (a copy token of
    # the code's own "Sub") reaches those with one token fewer for the same bytes
    for pad in range(0, 4096 - len(code)):
        for head in (b"", b"Sub"):
            text = code + head + bytes(letters[i % 26] for i in range(pad)) + b"\r\n"
            made = compress(text, len(code) + len(head))
            if len(made) == size:
                return made
            if len(made) > size + 2:
                raise VbaError(f"không đặt vừa mã mới vào {size} byte")
    raise VbaError(f"không đặt vừa mã mới vào {size} byte")


def with_entry_point(vba: bytes) -> bytes:
    """xlwings' vbaProject.bin with `SampleCall` calling chibo-xl's entry point."""
    import olefile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "vbaProject.bin")
        with open(path, "wb") as fh:
            fh.write(vba)
        ole = olefile.OleFileIO(path, write_mode=True)
        try:
            project = ole.openstream("VBA/_VBA_PROJECT").read()
            if project[2:4] != b"\xff\xff" or len(project) != 7:
                raise VbaError("dự án VBA có p-code đã dịch (Office sẽ không đọc mã mới)")
            stream = ole.openstream(f"VBA/{MODULE}").read()
            offset = module_offset(ole.openstream("VBA/dir").read(), MODULE)
            if f"Sub {MACRO}()".encode() not in decompress(stream[offset:]):
                raise VbaError(f"{MODULE} không có {MACRO}")
            new = stream[:offset] + entry_source(len(stream) - offset)
            ole.write_stream(f"VBA/{MODULE}", new)
        finally:
            ole.close()
        with open(path, "rb") as fh:
            return fh.read()
