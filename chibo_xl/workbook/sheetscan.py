"""A sheet's XML scanned as bytes, in time linear in its size: where its cells are, no grid.

python-calamine builds each sheet as one dense grid from A1 to its farthest cell holding a value:
one stray value in XFD1048576 asks it for 17 billion cells (Rust aborts, «memory allocation
failed»), one in XFD10000 took 7,6 GB. Before calamine sees a sheet, the reader asks here:

- `bounds`: the box every cell tag spans, from one regular expression over the start tags (no
  grid, no cell-by-cell Python). Nearly every sheet stops here: its box is small.
- a box larger than `MAX_CELLS` is scanned cell by cell (`cells`, positions as calamine counts
  them). The sheet's table is what is reached from A1 through gaps of at most `ROW_GAP` rows
  and `COL_GAP` columns (`extent`); every value beyond it is a stray, named with its address,
  and the sheet is handed to calamine without them (`keep_only`). A table still larger than
  `MAX_CELLS` is refused by the reader.
- `formula_cells`: formula cells calamine reads as blank (an error result, or no saved result).

Every pattern stops at the next "<" or ">", and each search starts where the last one ended, so
no input makes a scan slower than linear (a regular expression that looked for `</c>` across
the rest of the sheet from every formula cell took 360 s for a 187 KB file written `</c >`).
"""
from __future__ import annotations

import html
import re
from typing import NamedTuple

#: a school cell's table is at most a few thousand rows × 30 columns; 2^20 cells leave room for
#: a 3.000-member đảng bộ's fees (36.000 rows × 10) and bound a grid to ≈ 40 MB
MAX_CELLS = 1 << 20
ROW_GAP = 1000       # blank rows a table may have inside it
COL_GAP = 26         # blank columns a table may have inside it
MAX_STRAYS = 20      # strays named one by one per sheet; the rest are counted

_P = rb"(?:[A-Za-z_][\w.-]*:)?"                       # a namespace prefix
_TAG = re.compile(rb"<(" + _P + rb")(c|row)(\s[^<>]*?)?(/?)>")
_END = re.compile(rb"</" + _P + rb"c\s*>")
_R = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]{0,3})(\d{0,7})[\"']")
_ATTR_R = re.compile(rb"\s\br\s*=\s*[\"'][^\"']*[\"']")
_T = re.compile(rb"\bt\s*=\s*[\"']([^\"']*)[\"']")
_V = re.compile(rb"<" + _P + rb"v(?:\s[^<>]*)?>([^<]*)<")
_IS = re.compile(rb"<" + _P + rb"is[\s/>]")
_F = re.compile(rb"<" + _P + rb"f(?:\s[^<>]*?)?(/?)>([^<]*)")
_TEXT = re.compile(rb"<" + _P + rb"t(?:\s[^<>]*)?>([^<]*)<")
_SHEET_DATA = re.compile(rb"<(" + _P + rb")sheetData(?:\s[^<>]*)?>")
_SHEET_DATA_END = re.compile(rb"</" + _P + rb"sheetData\s*>")


def col_number(letters: bytes) -> int:
    """"A" → 1, "XFD" → 16384 (any case)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def col_letters(n: int) -> str:
    """1 → "A", 16384 → "XFD"."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


_PREFIXED = re.compile(rb":c[\s/>]")
_UNADDRESSED = re.compile(rb'<c(?! r=")[\s/>]')
# a cell without its address first, or beyond column ZZ or row 999: one search for both
_UNUSUAL = re.compile(rb'<c(?:(?! r=")[\s/>]| r="(?:[A-Za-z]{3}|[A-Za-z]+\d{4}))')
_ROW_OF_CELL = re.compile(rb'<c r="[A-Za-z]+(\d+)"')
_COLUMN_OF_CELL = re.compile(rb'<c r="([A-Za-z]+)\d')
_LONG_ROW = re.compile(rb'<c r="[A-Za-z]+(\d{4,})"')
_LONG_COLUMN = re.compile(rb'<c r="[A-Za-z]{3}')


def prefixed(xml: bytes) -> bool:
    """Whether the sheet writes its cells with a namespace prefix (<x:c>): rare, and then
    every place is counted cell by cell."""
    return bool(_PREFIXED.search(xml))


def bounds(xml: bytes, is_prefixed: bool) -> tuple[int, int] | None:
    """At least (last row, last column) of every cell tag of the sheet — exact where the box
    could be large — or None when a cell's place needs counting (a cell written without its
    address first, or with a namespace prefix). One search for a literal prefix, no object per
    cell, while the cells stay within ZZ999 (at most 701.298 cells); beyond, the addresses are
    read."""
    if is_prefixed:
        return None
    if not _UNUSUAL.search(xml):
        return 999, 702
    if _UNADDRESSED.search(xml):
        return None
    # A sheet another program saved with styled blank cells down to row 1.000 or so
    # (LibreOffice does): only the few addresses of 4 digits and more are read while no column
    # goes past ZZ and the box stays small (an object per cell of the sheet cost 20 ms a
    # workbook); else every address, each pass in C (re, map).
    rows = max(map(int, _LONG_ROW.findall(xml)), default=999)
    if rows * 702 <= MAX_CELLS and not _LONG_COLUMN.search(xml):
        return rows, 702
    rows = max(map(int, _ROW_OF_CELL.findall(xml)), default=0)
    columns = {col.upper() for col in set(_COLUMN_OF_CELL.findall(xml))}
    return rows, max(map(col_number, columns), default=0)


class Cell(NamedTuple):
    """One cell element: its place (1-based, as calamine counts it), its tag's prefix and
    attributes, its content, and where the element lies in the XML."""

    row: int
    col: int
    prefix: bytes
    attrs: bytes
    inner: bytes | None      # None: a self-closing tag
    start: int
    end: int

    @property
    def ref(self) -> str:
        return f"{col_letters(self.col)}{self.row}"

    def has_value(self) -> bool:
        """Whether calamine (or the formula scan) puts something in the grid for it."""
        if not self.inner:
            return False
        value = _V.search(self.inner)
        return bool(value and value.group(1).strip()) or bool(_IS.search(self.inner)) or \
            bool(_F.search(self.inner))


def cells(xml: bytes):
    """Every cell element of the sheet, in order, placed as calamine places them: a row's or a
    cell's own address when it has one, else one after the previous."""
    begin = _SHEET_DATA.search(xml)
    if begin is None:
        return
    close = _SHEET_DATA_END.search(xml, begin.end())
    stop = close.start() if close else len(xml)
    row, col, pos = 0, 0, begin.end()
    while True:
        tag = _TAG.search(xml, pos, stop)
        if tag is None:
            return
        prefix, name, attrs, slash = tag.group(1), tag.group(2), tag.group(3) or b"", tag.group(4)
        address = _R.search(attrs)
        if name == b"row":
            row = int(address.group(2)) if address and address.group(2) else row + 1
            col, pos = 0, tag.end()
            continue
        if address and address.group(1):
            col = col_number(address.group(1))
            row = int(address.group(2)) if address.group(2) else row
        else:
            col += 1
        if slash:
            yield Cell(max(row, 1), col, prefix, attrs, None, tag.start(), tag.end())
            pos = tag.end()
            continue
        end = _END.search(xml, tag.end(), stop)
        if end is None:                    # never closed: nothing after it is a cell
            return
        yield Cell(max(row, 1), col, prefix, attrs, xml[tag.end():end.start()], tag.start(),
                   end.end())
        pos = end.end()


def extent(found: list[Cell]) -> tuple[int, int]:
    """(last row, last column) of the table: what is reached from A1 through gaps of at most
    ROW_GAP rows and COL_GAP columns, among the cells holding something."""
    def reach(numbers, gap):
        last = 0
        for n in sorted(set(numbers)):
            if n - last > gap:
                break
            last = n
        return last
    last_row = reach((c.row for c in found), ROW_GAP)
    last_col = reach((c.col for c in found if c.row <= last_row), COL_GAP)
    return last_row, last_col


def keep_only(xml: bytes, kept: list[Cell]) -> bytes:
    """The sheet's XML with only the `kept` cells in its sheetData, each with its address
    written out (so leaving cells out moves none of the others)."""
    begin = _SHEET_DATA.search(xml)
    close = _SHEET_DATA_END.search(xml, begin.end())
    end = close.start() if close else len(xml)
    prefix = begin.group(1)
    out, row = [], None
    for cell in kept:
        if cell.row != row:
            if row is not None:
                out.append(b"</" + prefix + b"row>")
            row = cell.row
            out.append(b"<" + prefix + b'row r="%d">' % row)
        attrs = _ATTR_R.sub(b"", b" " + cell.attrs).strip()
        head = b"<" + cell.prefix + b'c r="' + cell.ref.encode() + b'"' + \
            (b" " + attrs if attrs else b"")
        out.append(head + b"/>" if cell.inner is None else
                   head + b">" + cell.inner + b"</" + cell.prefix + b"c>")
    if row is not None:
        out.append(b"</" + prefix + b"row>")
    if close is None:
        return xml[:begin.end()] + b"".join(out) + b"</" + prefix + b"sheetData></worksheet>"
    return xml[:begin.end()] + b"".join(out) + xml[end:]


def shown_value(cell: Cell, shared) -> str:
    """What a stray cell holds, as text for a message (at most 60 characters); `shared(n)` gives
    the n-th shared string."""
    inner = cell.inner or b""
    kind = _T.search(cell.attrs)
    value = _V.search(inner)
    if kind and kind.group(1) == b"s" and value:
        try:
            text = shared(int(value.group(1)))
        except ValueError:
            text = ""
    elif _IS.search(inner):
        text = "".join(html.unescape(t.decode("utf-8", "replace")) for t in _TEXT.findall(inner))
    elif value:
        text = html.unescape(value.group(1).decode("utf-8", "replace"))
    else:
        formula = _F.search(inner)
        text = "=" + html.unescape(formula.group(2).decode("utf-8", "replace")) if formula else ""
    return text if len(text) <= 60 else text[:59] + "…"


def shared_strings(xml: bytes | None):
    """A function n → the n-th shared string of sharedStrings.xml (read as far as asked)."""
    found: list[str] = []
    pos = 0
    start_tag = re.compile(rb"<" + _P + rb"si[\s>]")
    end_tag = re.compile(rb"</" + _P + rb"si\s*>")

    def get(n: int) -> str:
        nonlocal pos
        while xml is not None and len(found) <= n:
            start = start_tag.search(xml, pos)
            end = end_tag.search(xml, start.end()) if start else None
            if end is None:
                break
            found.append("".join(html.unescape(t.decode("utf-8", "replace"))
                                 for t in _TEXT.findall(xml, start.end(), end.start())))
            pos = end.end()
        return found[n] if 0 <= n < len(found) else ""
    return get


_FORMULAS = (re.compile(rb"<f[\s/>]"), re.compile(rb":f[\s/>]"))   # a literal first: fast


def has_formulas(xml: bytes, is_prefixed: bool = True) -> bool:
    """Whether the sheet may hold a formula or an error cell (most sheets hold neither)."""
    return bool(_FORMULAS[0].search(xml) or is_prefixed and _FORMULAS[1].search(xml)) or \
        b't="e"' in xml


def formula_cells(xml: bytes):
    """(row, col, kind, text) of every formula or error cell calamine reads as blank: kind "e"
    with the error code (#DIV/0!) when its saved result is an error, kind "f" with the formula
    when there is no saved result at all."""
    for cell in cells(xml):
        if not cell.inner:
            continue
        kind = _T.search(cell.attrs)
        value = _V.search(cell.inner)
        if kind and kind.group(1) == b"e" and value:
            yield cell.row, cell.col, "e", value.group(1).decode("ascii", "replace")
            continue
        formula = _F.search(cell.inner)
        if formula and not (value and value.group(1).strip()):
            text = html.unescape(formula.group(2).decode("utf-8", "replace")) \
                if not formula.group(1) else ""
            yield cell.row, cell.col, "f", text


# ---------------------------------------------------------------------------------------------
# Other programs' formats (.xls, .ods): the box each sheet's values span, before calamine
# ---------------------------------------------------------------------------------------------
_BIFF_VALUES = {0x0006, 0x00BD, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E}  # not BLANK
_BIFF_MULRK, _BIFF_BOF, _BIFF_BOUNDSHEET = 0x00BD, 0x0809, 0x0085


def biff_extents(stream: bytes) -> list[tuple[str, int, int]]:
    """(sheet name, last row, last column) of every sheet of an .xls Workbook stream (BIFF8),
    from its cell records: one pass over the records, no grid."""
    import struct

    names, extents = [], []
    pos, sheet, box = 0, -1, [0, 0]
    end = len(stream) - 4
    while pos <= end:
        kind, size = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if kind == _BIFF_BOUNDSHEET and size >= 8:
            length, wide = stream[body + 6], stream[body + 7] & 1
            raw = stream[body + 8:body + 8 + length * (2 if wide else 1)]
            names.append(raw.decode("utf-16-le" if wide else "latin-1", "replace"))
        elif kind == _BIFF_BOF and size >= 4 and struct.unpack_from("<H", stream, body + 2)[0] \
                == 0x0010:                                  # a worksheet begins
            if sheet >= 0:
                extents.append(box)
            sheet, box = sheet + 1, [0, 0]
        elif kind in _BIFF_VALUES and size >= 4 and sheet >= 0:
            row, col = struct.unpack_from("<HH", stream, body)
            if kind == _BIFF_MULRK and size >= 6:
                col = struct.unpack_from("<H", stream, body + size - 2)[0]
            box[0], box[1] = max(box[0], row + 1), max(box[1], col + 1)
        pos = body + size
    if sheet >= 0:
        extents.append(box)
    return [(names[i] if i < len(names) else str(i + 1), rows, cols)
            for i, (rows, cols) in enumerate(extents)]


_ODS_TAG = re.compile(rb"<(?:[\w.-]+:)?(table|table-row|table-cell|covered-table-cell)"
                      rb"((?:\s[^<>]*?)?)/?>")
_ODS_NAME = re.compile(rb"(?:[\w.-]+:)?name\s*=\s*\"([^\"]*)\"")
_ODS_ROWS = re.compile(rb"number-rows-repeated\s*=\s*\"(\d{1,9})\"")
_ODS_COLS = re.compile(rb"number-columns-repeated\s*=\s*\"(\d{1,9})\"")
_ODS_VALUE = re.compile(rb"value-type\s*=")


def ods_extents(content: bytes) -> list[tuple[str, int, int]]:
    """(sheet name, last row, last column) of every table of an .ods content.xml, its repeated
    rows and cells counted as calamine expands them (a 1 KB file asking for 100.000 rows × 1.000
    columns of one value took 3,5 GB), from the tags alone."""
    extents: list = []
    row = col = 0
    for tag in _ODS_TAG.finditer(content):
        name, attrs = tag.group(1), tag.group(2)
        if name == b"table":
            found = _ODS_NAME.search(attrs)
            extents.append([html.unescape(found.group(1).decode("utf-8", "replace"))
                            if found else str(len(extents) + 1), 0, 0])
            row = 0
        elif not extents:
            continue
        elif name == b"table-row":
            repeat = _ODS_ROWS.search(attrs)
            row, col = row + (int(repeat.group(1)) if repeat else 1), 0
        else:
            repeat = _ODS_COLS.search(attrs)
            width = int(repeat.group(1)) if repeat else 1
            col += width
            if _ODS_VALUE.search(attrs):
                box = extents[-1]
                box[1], box[2] = max(box[1], row), max(box[2], col)
    return [(name, rows, cols) for name, rows, cols in extents]


#: Excel's built-in number formats that show a percentage (0%, 0.00%)
PERCENT_FORMAT_IDS = frozenset({9, 10})
_NUMFMT = re.compile(rb"<(?:\w+:)?numFmt\b([^<>]*?)/?>")
_CELLXFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^<>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^<>]*?)/?>")
_ATTR_ID = re.compile(rb"\bnumFmtId\s*=\s*[\"'](\d+)[\"']")
_ATTR_CODE = re.compile(rb"\bformatCode\s*=\s*\"([^\"]*)\"|\bformatCode\s*=\s*'([^']*)'")
_S_ATTR = re.compile(rb"\bs\s*=\s*[\"'](\d+)[\"']")
_T_ATTR = re.compile(rb"\bt\s*=\s*[\"'](\w+)[\"']")


def shows_percent(code: str) -> bool:
    """A format code that shows its number as a percentage: a «%» outside quotes and escapes."""
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)
    return "%" in code


def percent_styles(styles_xml: bytes | None) -> frozenset[int]:
    """The cell styles (indices into «cellXfs» of xl/styles.xml) whose number format shows a
    percentage: built-in 9 and 10, or a custom code with «%»."""
    if not styles_xml:
        return frozenset()
    percent_ids = set(PERCENT_FORMAT_IDS)
    for tag in _NUMFMT.finditer(styles_xml):
        ident, code = _ATTR_ID.search(tag.group(1)), _ATTR_CODE.search(tag.group(1))
        if ident and code:
            text = html.unescape((code.group(1) or code.group(2) or b"").decode("utf-8", "replace"))
            if shows_percent(text):
                percent_ids.add(int(ident.group(1)))
    block = _CELLXFS.search(styles_xml)
    if block is None:
        return frozenset()
    found = set()
    for index, xf in enumerate(_XF.finditer(block.group(1))):
        ident = _ATTR_ID.search(xf.group(1))
        if ident and int(ident.group(1)) in percent_ids:
            found.add(index)
    return frozenset(found)


def percent_cells(xml: bytes, styles: frozenset[int]) -> set[tuple[int, int]]:
    """(row, col) of the cells holding a number shown as a percentage (style in `styles`)."""
    out = set()
    if not styles:
        return out
    for cell in cells(xml):
        style = _S_ATTR.search(cell.attrs)
        if not style or int(style.group(1)) not in styles or not cell.inner:
            continue
        kind = _T_ATTR.search(cell.attrs)
        if kind and kind.group(1) != b"n":
            continue
        if _V.search(cell.inner):
            out.add((cell.row, cell.col))
    return out
