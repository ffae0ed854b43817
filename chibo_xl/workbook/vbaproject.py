"""The button's macro text inside xlwings' `vbaProject.bin`, rewritten so the name of the
workbook no longer matters.

xlwings' quickstart macro `SampleCall` runs `import <workbook name>; <workbook name>.main()`,
which breaks as soon as the workbook is downloaded as "so_chi_bo_2026 (1).xlsm", saved under a
Vietnamese name, or sent without its .py. `with_entry_point` replaces the body of `SampleCall`
with `RunPython "from chibo_xl.excel import main; main()"`: the package installed in the
Python that xlwings.conf names is called, so no .py beside the workbook is needed.

How (MS-OVBA, [MS-OVBA] 2.3.4 and 2.4.1): a module stream holds the compiled p-code followed by
the compressed source, at the offset that the `dir` stream (compressed too) records for the
module. xlwings writes `_VBA_PROJECT` with version 0xFFFF and no performance cache, which makes
Office ignore the p-code and compile the source on open; `with_entry_point` refuses any other
project. The new source is compressed with literal tokens only (valid, deterministic in size)
and padded with a comment so the stream keeps its size: olefile can replace a stream in the
compound file only by one of the same size, and everything else stays byte for byte.
"""
from __future__ import annotations

import math
import os
import re
import tempfile

MODULE, MACRO = "Module1", "SampleCall"
ENTRY_POINT = "from chibo_xl.excel import main; main()"
_NOTE = "    ' chibo-xl: goi chibo_xl da cai"  # padded with spaces to keep the size


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


def _literal_size(n: int) -> int:
    return 3 + n + math.ceil(n / 8)


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
    """Module1's new source, padded so its literal compression is exactly `size` bytes."""
    lines = [f'Attribute VB_Name = "{MODULE}"', f"Sub {MACRO}()", _NOTE,
             f'    RunPython "{ENTRY_POINT}"', "End Sub", ""]
    text = "\r\n".join(lines).encode("ascii")
    for pad in range(0, 3000):
        if _literal_size(len(text) + pad) == size:
            return text.replace(_NOTE.encode(), _NOTE.encode() + b" " * pad)
        if _literal_size(len(text) + pad) > size:
            break
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
            new = stream[:offset] + compress_literal(entry_source(len(stream) - offset))
            ole.write_stream(f"VBA/{MODULE}", new)
        finally:
            ole.close()
        with open(path, "rb") as fh:
            return fh.read()
