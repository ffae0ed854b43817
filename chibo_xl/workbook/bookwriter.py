"""Imported members → a workbook file: a new one made from the blank, or a copy of the user's.

Never writes over an input: the target is always a new path, written whole or not at all
(`outputs.atomic_write`). Text is written as text (`xlsxsafe`), so a value beginning with
= + - @ stays a string and is never run as a formula. Its letters are UTF-8, as in the blank
workbook (`utf8parts`: openpyxl's saves go through `save_utf8`, and the rows put into the blank
are escaped with `html.escape`, which writes no character references).

A new workbook is the shipped blank workbook (workbook_templates/so-chi-bo-trong.xlsx, generated
from the schema) with the member rows put into its "Đảng viên" sheet part as inline strings and
numbers: no openpyxl import, so `chibo-xl import` costs about what `chibo-xl check` does. When
that file is absent (an installed wheel) or its headers are not the schema's, the same blank is
generated through `blank.write_workbook` instead.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import zipfile
from pathlib import Path

from ..files.outputs import atomic_write
from . import schema, xlsxsafe
from .cells import col_letter
from .utf8parts import save_utf8

BLANK = Path(__file__).resolve().parents[2] / "workbook_templates" / "so-chi-bo-trong.xlsx"
_EPOCH = dt.date(1899, 12, 30)


def _members_part(zf: zipfile.ZipFile) -> str | None:
    """The zip path of the "Đảng viên" sheet."""
    workbook = zf.read("xl/workbook.xml").decode("utf-8")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    m = re.search(r'<sheet\b[^>]*name="' + re.escape(schema.MEMBERS.name) + r'"[^>]*r:id="(\w+)"',
                  workbook)
    if not m:
        return None
    t = re.search(r'<Relationship\b[^>]*Id="' + m.group(1) + r'"[^>]*Target="([^"]+)"', rels) or \
        re.search(r'<Relationship\b[^>]*Target="([^"]+)"[^>]*Id="' + m.group(1) + '"', rels)
    if not t:
        return None
    target = t.group(1)
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def _cell(ref: str, value, style: str) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{s}><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, bool):
        value = "Có" if value else "Không"
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    text = html.escape(xlsxsafe.clean_text(str(value)), quote=False)
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _col_styles(xml: str) -> dict[int, str]:
    styles = {}
    for m in re.finditer(r'<col\b([^>]*)/?>', xml):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if "style" in attrs:
            for c in range(int(attrs["min"]), int(attrs["max"]) + 1):
                styles[c] = attrs["style"]
    return styles


def _patched_blank(rows: list[dict]) -> bytes | None:
    """The blank workbook's bytes with `rows` (column key → value) in "Đảng viên", or None."""
    if not BLANK.is_file():
        return None
    if any(xlsxsafe.is_risky(v) for row in rows for v in row.values()):
        return None  # such text needs Excel's quote prefix, a style the blank has no index for
    import io

    headers = [c.printed_header for c in schema.MEMBERS.columns]
    out = io.BytesIO()
    with zipfile.ZipFile(BLANK) as src:
        part = _members_part(src)
        if part is None:
            return None
        xml = src.read(part).decode("utf-8")
        first = re.search(r'<row r="1"[^>]*>(.*?)</row>', xml, re.S)
        found = re.findall(r"<t[^>]*>([^<]*)</t>", first.group(1)) if first else []
        if [html.unescape(t) for t in found] != headers:
            return None  # the shipped blank is older than the schema: generate instead
        styles = _col_styles(xml)
        index = {c.key: i for i, c in enumerate(schema.MEMBERS.columns, start=1)}
        body = []
        for r, row in enumerate(rows, start=2):
            cells_xml = "".join(_cell(f"{col_letter(index[k])}{r}", v, styles.get(index[k], ""))
                                for k, v in sorted(row.items(), key=lambda kv: index[kv[0]])
                                if v is not None and k in index)
            body.append(f'<row r="{r}">{cells_xml}</row>')
        xml = xml.replace("</row></sheetData>", "</row>" + "".join(body) + "</sheetData>", 1)
        last = f"{col_letter(len(headers))}{len(rows) + 1}"
        xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', xml, count=1)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = xml.encode("utf-8") if item.filename == part else src.read(item)
                dst.writestr(item, data)
    return out.getvalue()


def write_new(path, rows: list[dict], lists=None) -> str:
    """A new workbook at `path`: the blank one with `rows` (column key → value) as its members
    (`lists` as for `blank.blank_workbook`, when the shipped blank cannot be patched)."""
    data = _patched_blank(rows)
    if data is not None:
        atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))
        return os.fspath(path)
    from .blank import blank_workbook

    wb = blank_workbook(lists)
    ws = wb[schema.MEMBERS.name]
    index = {c.key: i for i, c in enumerate(schema.MEMBERS.columns, start=1)}
    for r, row in enumerate(rows, start=2):
        for key, value in row.items():
            if value is not None and key in index:
                _put(ws.cell(r, index[key]), value)
    atomic_write(path, lambda tmp: save_utf8(wb, tmp))
    return os.fspath(path)


def _put(cell, value) -> None:
    """Write `value` as the blank workbook would: dates as dates, text always as text."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        from .blank import DATE_FORMAT

        value = dt.datetime(value.year, value.month, value.day)
        cell.number_format = DATE_FORMAT
    xlsxsafe.put(cell, value)  # text stays text: never a formula


def merge_into(source, target, rows: list[dict], keys: list) -> dict:
    """A copy of the workbook `source` at `target` with `rows` merged into "Đảng viên".

    `keys` gives, for each row, the existing sheet row it matches (by name and date of birth)
    or None. A matched member only gets the cells that were blank; a value already typed is
    kept. New members are appended. Returns counts: added, updated, cells filled, kept.
    """
    import openpyxl

    from .tables import find_header

    keep_vba = str(source).lower().endswith(".xlsm")
    wb = openpyxl.load_workbook(source, keep_vba=keep_vba)
    ws = wb[schema.MEMBERS.name]
    grid = [list(r) for r in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 10),
                                          values_only=True)]
    header_row, found, _ = find_header(schema.MEMBERS, grid)
    if not header_row:
        header_row = 1
    width = max(found.values(), default=0)
    for column in schema.MEMBERS.columns:  # a column the workbook lacks goes at the end
        if column.key not in found:
            width += 1
            found[column.key] = width
            ws.cell(header_row, width, column.header)
    last = max((r for r in range(header_row + 1, ws.max_row + 1)
                if any(ws.cell(r, c).value not in (None, "") for c in found.values())),
               default=header_row)
    counts = {"added": 0, "updated": 0, "filled": 0, "kept": 0}
    for row, existing in zip(rows, keys):
        if existing is None:
            last += 1
            r, counts["added"] = last, counts["added"] + 1
        else:
            r, counts["updated"] = existing, counts["updated"] + 1
        for key, value in row.items():
            if value is None or key not in found:
                continue
            if existing is not None and key == "stt":
                continue
            cell = ws.cell(r, found[key])
            if cell.value not in (None, ""):
                counts["kept"] += existing is not None and cell.value != value
                continue
            counts["filled"] += existing is not None
            _put(cell, value)
        if existing is None and "stt" in found:
            ws.cell(r, found["stt"]).value = last - header_row
    atomic_write(target, lambda tmp: save_utf8(wb, tmp))
    return counts
