"""Rows that describe a table instead of holding a record: column numbers, units, totals.

Registers printed for signing carry a row "(1) (2) (3)…" under the header, a row of units
("đồng", "%") or a totals row ("Tổng cộng"); read as records they would be a member born in 1900
or a fee paid twice. The table reader and the importer skip them, with a warning.
"""
from __future__ import annotations

import functools
import itertools
import re

from . import cells

_NUMBERING = re.compile(r"^\(?\s*(\d{1,3})\s*\)?$")
_UNITS = frozenset(cells.strip_accents(u) for u in (
    "đồng", "(đồng)", "%", "(%)", "người", "tháng", "năm", "ngày", "đvt", "đơn vị tính",
    "dd/mm/yyyy", "(dd/mm/yyyy)", "ngày/tháng/năm", "(ngày/tháng/năm)"))
#: whole words, with their diacritics: "Tống", "Công" are family names
_TOTAL = re.compile(r"^(tổng cộng|tổng số|cộng|tổng)(\s*[:.]|\s*$|\s+\d|\s+(đảng viên|số))")


_END = object()


def row_kind(row: list) -> str | None:
    """"numbering", "units" or "total" for a row that describes the table, not a record.

    A row of column numbers "(1) (2) (3)…" under the header (the register's layout), a row of
    units ("đồng", "%"), or a totals row ("Tổng cộng"): read as a record it would be a member
    born in 1900 or a fee paid twice.
    """
    # Every row of every sheet comes here (≈ 500 a cell's workbook, a third of the table
    # reading's time in aggregate): the first two filled cells decide for almost every data
    # row. A numbering row needs every filled cell a column number, a units row every one a
    # unit; when the first two rule both out, only the total test is left (`_row_kind`, the
    # whole test, gives the same answer for every row: tests/test_rowkinds.py compares them).
    it = _filled(row)
    first = next(it, _END)
    if first is _END:
        return None
    second = next(it, _END)
    if second is _END:
        if isinstance(first, str) and cells.strip_accents(first) in _UNITS:
            return "units"
    elif (_column_number(first) and _column_number(second)) or (
            isinstance(first, str) and isinstance(second, str)
            and cells.strip_accents(first) in _UNITS):
        return _row_kind(row)
    label = first if isinstance(first, str) else second if isinstance(second, str) else None
    return "total" if label and _is_total(label) else None


def _column_number(v) -> bool:
    if v.__class__ is int:       # most rows' first cell, its number: what `_NUMBERING` takes
        return 0 <= v <= 999     # of str(v) (one to three digits, no sign)
    return isinstance(v, (str, int)) and not isinstance(v, bool) and \
        _NUMBERING.match(str(v).strip()) is not None


def _row_kind(row: list) -> str | None:
    """`row_kind` tested on every filled cell of the row."""
    # Every row of every sheet comes here, and a data row is told by its first one or two
    # filled cells: the filled cells are produced lazily, never all built into a list.
    head = list(itertools.islice(_filled(row), 2))
    if not head:
        return None
    numbers = []
    for v in _filled(row):
        m = _NUMBERING.match(str(v).strip()) if isinstance(v, (str, int)) and \
            not isinstance(v, bool) else None
        if not m:
            break
        numbers.append(int(m.group(1)))
    else:
        if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return "numbering"
    # a row of units holds only texts: any number or date in it (most data rows) rules it out
    # before a text is folded (the first text of a row is a name, different in every row)
    if all(isinstance(v, str) for v in _filled(row)) and \
            all(cells.strip_accents(v) in _UNITS for v in _filled(row)):
        return "units"
    label = next((v for v in head if isinstance(v, str)), None)
    if label and _is_total(label):
        return "total"
    return None


def _filled(row: list):
    # cells.is_blank inlined
    return (v for v in row if v is not None and not (isinstance(v, str) and not v.strip()))


@functools.lru_cache(maxsize=4096)
def _is_total(label: str) -> bool:
    # the row's first text (an order number, a name, a date typed as text): the same in many rows
    return bool(_TOTAL.match(cells.clean_text(label).casefold()))


ROW_KIND_VI = {"numbering": "dòng đánh số cột", "units": "dòng đơn vị tính",
               "total": "dòng tổng cộng"}
