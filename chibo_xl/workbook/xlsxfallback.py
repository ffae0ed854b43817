"""The reader's fallback: an .xlsx/.xlsm's values through openpyxl when python-calamine cannot load.

python-calamine is a compiled extension. On a PC where its DLL cannot load (an antivirus moved
it to quarantine, a system library it needs is missing: Wine 8 lacks `bcryptprimitives.dll`),
the workbook is still perfectly readable; only slower. `read_values` gives the very `RawSheet`
grids calamine gives — blank as "", whole numbers as ints, a date without a time as a date, a
time of day as a time, a cached formula result as its value — so nothing above the reader can
tell which library read the file. The caller (`workbook.read_workbook`) has already checked the
package (`_inspect_zip`) and adds the formula errors and uncomputed formulas itself.
"""
from __future__ import annotations

import datetime as dt

_EXACT = 2 ** 53
_TIME_EPOCH = dt.date(1899, 12, 30)     # serial 0: a time of day with no date


def value(cell):
    """A value as openpyxl gives it → the value calamine gives for that cell."""
    if cell is None:
        return ""
    if cell.__class__ is float:
        return int(cell) if cell.is_integer() and -_EXACT < cell < _EXACT else cell
    if isinstance(cell, dt.datetime):
        if cell.date() == _TIME_EPOCH:
            return cell.time()
        return cell.date() if cell.time() == dt.time(0) else cell
    if isinstance(cell, str) and cell.startswith("#") and cell in _ERRORS:
        return ""                      # as calamine: the reader puts the error code back
    return cell


_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                     "#GETTING_DATA", "#SPILL!", "#CALC!"))


def read_values(path: str, skipped=frozenset()):
    """Sheet name → (rows, merged ranges (r1, c1, r2, c2) 1-based), in workbook order, and the
    book's 1904 flag; sheets named in `skipped` are left out."""
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True, keep_links=False)
    try:
        sheets = {}
        for ws in book.worksheets:
            if ws.title in skipped:
                continue
            rows = [[value(v) for v in row] for row in ws.iter_rows(values_only=True)]
            while rows and not any(v != "" for v in rows[-1]):
                rows.pop()
            width = max((i + 1 for row in rows for i, v in enumerate(row) if v != ""), default=0)
            rows = [row[:width] for row in rows]
            merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
            sheets[ws.title] = (rows, merged)
        return sheets, bool(book.epoch == openpyxl.utils.datetime.CALENDAR_MAC_1904)
    finally:
        book.close()
