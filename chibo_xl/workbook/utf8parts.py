"""Vietnamese letters stored as UTF-8 in every workbook chibo-xl writes, not as `&#7909;`.

openpyxl writes its XML parts through lxml's xmlfile in ASCII, so every letter above 127 — most
letters of a Vietnamese text: «Đảng» is `&#272;&#7843;ng` — becomes a numeric character reference
of six to eight bytes. The sheets are two to three times the size of the same text in UTF-8
(Excel itself writes UTF-8), and python-calamine, our reader, spends most of its time decoding
the references: reading every sheet of a bench book took 10,4 ms with references and 5,5 ms with
the same text as UTF-8 (issue 25, item 8). `utf8_part` turns them back into the characters'
UTF-8 bytes after openpyxl saves; the XML means exactly the same values.

What is left as it is, so that no value changes:
- a reference to a code point ≤ 127: `&#60;` may stand for a `<` of the text (and `&#38;` for
  an `&`); only the XML escape keeps those text;
- a code point XML may not hold as a character (surrogates D800–DFFF, FFFE, FFFF, beyond
  10FFFF): the reference is already an error for any reader, this does not make it another one;
- references inside a comment or a CDATA section, where `&#…;` is not a reference but text;
- a part that declares an encoding other than UTF-8, or starts with a UTF-16 byte-order mark
  (its bytes are not UTF-8), and every part that is not `.xml` or `.rels` (the VBA project,
  VML drawings, pictures).
"""
from __future__ import annotations

import io
import re
import zipfile

#: the parts of a package that are XML (OOXML names them so)
XML_SUFFIXES = (".xml", ".rels")

# a comment or CDATA section (kept whole), or a decimal or hex reference of at most 7 / 6
# significant digits (more is beyond 10FFFF: kept by not matching)
_TOKEN = re.compile(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>"
                    rb"|&#(?:x0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));", re.S)
_DECLARATION = re.compile(rb"<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def _character(match: re.Match) -> bytes:
    hexa, decimal = match.group(1), match.group(2)
    if hexa is None and decimal is None:
        return match.group()                    # a comment or CDATA section: its text as is
    code = int(hexa, 16) if hexa is not None else int(decimal)
    if code <= 127 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF) or code > 0x10FFFF:
        return match.group()
    return chr(code).encode("utf-8")


def is_utf8_xml(data: bytes) -> bool:
    """Is `data` an XML text in UTF-8: no UTF-16 byte-order mark, and no declared encoding
    other than UTF-8 (XML's default when none is declared)?"""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not head.startswith(b"<?xml"):
        return True
    declared = _DECLARATION.match(head[:head.find(b">") + 1])
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")


def utf8_part(name: str, data: bytes) -> bytes:
    """The part `name` of a package with every numeric character reference above 127 written
    as the character's UTF-8 bytes (see the module's docstring for what is kept); `data`
    itself when the part is not UTF-8 XML or holds no reference."""
    if not name.lower().endswith(XML_SUFFIXES) or b"&#" not in data or not is_utf8_xml(data):
        return data
    return _TOKEN.sub(_character, data)


def utf8_package(data: bytes) -> bytes:
    """An .xlsx/.xlsm (zip bytes) with `utf8_part` applied to every part; each entry keeps its
    name, order, date and attributes, deflated as before."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, utf8_part(info.filename, src.read(info)))
    return out.getvalue()


def save_utf8(workbook, path) -> None:
    """Save an openpyxl `workbook` to `path` with its text in UTF-8 (for `atomic_write`)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    with open(path, "wb") as fh:
        fh.write(utf8_package(buffer.getvalue()))
