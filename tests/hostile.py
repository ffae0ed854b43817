"""Small generators of the hostile files of issue 25: a workbook with one far cell, cell end
tags written `</c >`, an .xls renamed .xlsx, a template whose body inflates to gigabytes …

Every file is made in code from the example or a small book, a few kilobytes each: nothing big
is committed, and the bench (`bench/attacks.py`, before and after) makes the very same files.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path


def sheet_part(package: bytes, sheet: str) -> str:
    """The zip name of the part holding `sheet` (through workbook.xml and its relationships)."""
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        workbook = zf.read("xl/workbook.xml").decode("utf-8")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    tag = next(t for t in re.findall(r"<sheet\b[^>]*>", workbook) if f'name="{sheet}"' in t)
    rid = re.search(r'r:id="([^"]+)"', tag)[1]
    rel = next(t for t in re.findall(r"<Relationship\b[^>]*>", rels) if f'Id="{rid}"' in t)
    target = re.search(r'Target="([^"]+)"', rel)[1]
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def replace_parts(package: bytes, parts: dict[str, bytes]) -> bytes:
    """`package` with the given parts' bytes replaced (or added), every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, parts.pop(info.filename, None) or src.read(info))
        for name, data in parts.items():
            dst.writestr(name, data)
    return out.getvalue()


def edit_sheet(src: Path, dst: Path, sheet: str, edit) -> Path:
    """Copy workbook `src` to `dst` with `edit(xml bytes) → bytes` applied to one sheet."""
    package = Path(src).read_bytes()
    part = sheet_part(package, sheet)
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read(part)
    Path(dst).write_bytes(replace_parts(package, {part: edit(xml)}))
    return Path(dst)


def far_cell(src: Path, dst: Path, ref: str = "XFD1048576", sheet: str = "Đảng viên",
             value: str = "x", dimension: bool = True) -> Path:
    """A stray value at `ref` (in a row of its own after the sheet's rows); with `dimension` the
    sheet's declared range is stretched to it, as Excel writes it."""
    row = re.search(r"\d+$", ref)[0]

    def edit(xml: bytes) -> bytes:
        cell = (f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
                "</row>").encode()
        xml = xml.replace(b"</sheetData>", cell + b"</sheetData>")
        if dimension:
            xml = re.sub(rb'<dimension ref="([A-Z]+\d+):?[A-Z]*\d*"',
                         lambda m: b'<dimension ref="' + m[1] + b":" + ref.encode() + b'"', xml)
        return xml
    return edit_sheet(src, dst, sheet, edit)


def declared_only(src: Path, dst: Path, ref: str = "XFD1048576",
                  sheet: str = "Đảng viên") -> Path:
    """The sheet's declared range stretched to `ref`, no cell there."""
    return edit_sheet(src, dst, sheet, lambda xml: re.sub(
        rb'<dimension ref="([A-Z]+\d+):?[A-Z]*\d*"',
        lambda m: b'<dimension ref="' + m[1] + b":" + ref.encode() + b'"', xml))


def spaced_end_tags(src: Path, dst: Path, sheet: str = "Đảng viên", copies: int = 1) -> Path:
    """Every cell end tag written `</c >` (legal XML), one formula cell added, and the sheet's
    rows repeated `copies` times (further down) to make it bigger."""
    def edit(xml: bytes) -> bytes:
        start, end = xml.index(b"<sheetData>") + len(b"<sheetData>"), xml.index(b"</sheetData>")
        rows = xml[start:end]
        last = max(int(n) for n in re.findall(rb'<row r="(\d+)"', rows))
        more = [rows]
        for k in range(1, copies):
            more.append(re.sub(rb'(<row r="|<c r="[A-Z]+)(\d+)"',
                               lambda m: m[1] + str(int(m[2]) + k * last).encode() + b'"', rows))
        total = last * copies
        formula = (f'<row r="{total + 1}"><c r="A{total + 1}"><f>1+1</f></c></row>').encode()
        body = b"".join(more) + formula
        return (xml[:start] + body + xml[end:]).replace(b"</c>", b"</c >")
    return edit_sheet(src, dst, sheet, edit)


def template_with(dst_folder: Path, text: str, name: str = "ke_hoach_nam.docx") -> Path:
    """The built-in template `name` with a paragraph holding `text` added, written into
    `dst_folder` (a user's templates folder overrides the built-in one by its name)."""
    import docx

    root = Path(__file__).resolve().parent.parent
    document = docx.Document(str(root / "report_templates" / name))
    document.add_paragraph(text)
    Path(dst_folder).mkdir(parents=True, exist_ok=True)
    document.save(Path(dst_folder) / name)
    return Path(dst_folder) / name


def inflating_template(dst_folder: Path, megabytes: int, name: str = "ke_hoach_nam.docx") -> Path:
    """The built-in template `name` whose document.xml inflates to about `megabytes` MB (blank
    space between two elements: still well-formed XML), streamed, never held in memory."""
    root = Path(__file__).resolve().parent.parent
    source = root / "report_templates" / name
    Path(dst_folder).mkdir(parents=True, exist_ok=True)
    target = Path(dst_folder) / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            cut = data.index(b"<w:body>") + len(b"<w:body>")
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(entry, "w", force_zip64=True) as out:
                out.write(data[:cut])
                chunk = b" " * (1 << 20)
                for _ in range(megabytes):
                    out.write(chunk)
                out.write(data[cut:])
    return target


def lying_part(src: Path, dst: Path, sheet: str = "Đảng viên", megabytes: int = 300) -> Path:
    """`src` with one sheet inflating to `megabytes` MB (blank space in its sheetData) while the
    zip directory still gives the sheet's original size."""
    import struct

    package = Path(src).read_bytes()
    part = sheet_part(package, sheet)
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read(part)
    big = xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (megabytes << 20), 1)
    data = bytearray(replace_parts(package, {part: big}))
    name = part.encode()
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30),
                                                     (b"PK\x01\x02", 24, 28, 46)):
        pos = data.find(signature)
        while pos >= 0:
            n = struct.unpack("<H", data[pos + name_len_at:pos + name_len_at + 2])[0]
            if data[pos + name_at:pos + name_at + n] == name:
                data[pos + size_at:pos + size_at + 4] = struct.pack("<I", len(xml))
            pos = data.find(signature, pos + 4)
    Path(dst).write_bytes(bytes(data))
    return Path(dst)
