"""Text stays text in every .xlsx chibo-xl writes.

openpyxl (and pandas' `to_excel` through it) writes a string beginning with "=" as a formula
(LIBRARY-FACTS.md), so a cell holding `=HYPERLINK("http://x","y")` or `=cmd|' /C calc'!A0` in a
workbook received from a cell would become a live formula — a DDE payload — in next year's
workbook or in the committee's summary, and read back as empty there. Every writer puts values
through `put` (or runs `defuse` over a workbook pandas filled): a string beginning with = + - @,
a tab or a carriage return (the characters spreadsheet programs read as the start of a formula,
OWASP "CSV injection") is stored as a string cell with Excel's quote prefix, so it also stays
text when the user edits the cell and presses Enter. Characters XML cannot hold (control
characters, the lone surrogates of a file name that is not valid UTF-8) are replaced, so a
value never makes the save fail half-way.

For the live workbook (xlwings), `excel_text` gives the apostrophe-prefixed value Excel keeps
as text.
"""
from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """`text` with what XML 1.0 cannot hold replaced ("\ufffd" for an undecodable byte)."""
    return _ILLEGAL.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else " ", text)


def is_risky(value) -> bool:
    """Would a spreadsheet program take this string for a formula?"""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def put(cell, value) -> None:
    """Set an openpyxl cell to `value`; a string is always a string cell (never a formula)."""
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if is_risky(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value


def defuse(workbook) -> int:
    """Turn every formula cell and risky string of `workbook` into plain text; how many.

    For workbooks filled by a library that assigns values itself (pandas). chibo-xl's own
    sheets hold no formula cells (dropdowns live in data validation, not in cells).
    """
    changed = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and (
                        cell.data_type == "f" or _ILLEGAL.search(value)
                        or (is_risky(value) and not cell.quotePrefix)):
                    put(cell, cell.value)
                    changed += 1
    return changed


def excel_text(value):
    """A value for a live Excel range: every non-empty string apostrophe-prefixed.

    Excel drops the apostrophe and keeps the cell text, so "=…", "05/12/2026" or "95%" are never
    reinterpreted.
    """
    if isinstance(value, str) and value:
        return "'" + clean_text(value)
    return value
