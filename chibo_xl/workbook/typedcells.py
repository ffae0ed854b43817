"""A cell's value typed by its column's type (dates, numbers, list values), for `tables`.

`read_cell` types one cell and reports what is wrong with it; a value typed once is typed
from a memo ever after (the same level, date or «Nam» in every row of every workbook).
`typed_columns` types a table's data rows a column at a time, with the findings in the order
reading row by row gives them.
"""
from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from itertools import repeat

from . import cells, schema, vnformat
from .findings import Report
from .rowkinds import ROW_KIND_VI

_VALUE_PUNCT = re.compile(r"[\s.\-_]+")


def value_key(text) -> str:
    """Key for matching a list value: `cells.fold`, less spaces, dots and hyphens ("Th.S" = "ThS")."""
    return _VALUE_PUNCT.sub("", cells.fold(text))


@functools.lru_cache(maxsize=512)
def _value_map(choices: tuple, values: tuple) -> dict:
    out = {value_key(spelling): canonical for spelling, canonical in values}
    for choice in choices:
        out.setdefault(value_key(choice), choice)
    return out


def value_map(column: schema.Column) -> dict:
    """Value key → canonical value: the column's choices and its value table (`Column.values`)."""
    return _value_map(column.choices, column.values)


def canonical(column: schema.Column, text: str) -> str:
    """The canonical spelling of a list value ("HTTNV" → "Hoàn thành tốt nhiệm vụ"), or `text`."""
    exact = cells.choice_map(column.choices).get(cells.fold(text))
    if exact is not None:
        return exact
    if column.values or column.choices:
        return value_map(column).get(value_key(text), text)
    return text


def _convert(column: schema.Column, value, date1904: bool = False):
    """The typed value of one non-blank cell, or raise `cells.Unreadable`."""
    kind = column.type
    if kind == schema.DATE:
        return cells.parse_date(value, date1904)
    if kind == schema.INT:
        return cells.parse_int(value)
    if kind == schema.NUMBER:
        return cells.parse_number(value)
    if kind == schema.PERCENT:
        return cells.parse_percent(value)
    if kind == schema.RANGE:
        return cells.parse_range(value)
    text = cells.clean_text(value)
    if column.choices or column.values:
        return canonical(column, text)
    return text


#: columns whose text is matched against other rows or a list: an invisible character there
#: makes a mismatch that looks like none, so it is named
_MATCHED_TEXT = ("name", "helper", "chair", "clerk", "secretary", "deputy", "doc_type")


def read_cell(column: schema.Column, value, sheet: str, address: str, report: Report,
              date1904: bool = False):
    """Type one cell; a failure is reported (with the column's expectation) and gives None."""
    if isinstance(value, cells.Uncomputed):
        report.error("FORMULA_NO_VALUE", sheet, address, value,
                     f"Ô «{column.header}» là công thức chưa có kết quả được lưu (tệp do một "
                     "chương trình ghi, chưa mở bằng Excel): hãy mở sổ bằng Excel rồi Lưu lại, "
                     "hoặc nhập giá trị trực tiếp.")
        return None
    # The same value in the same column types the same way in every row and every workbook
    # ("Hoàn thành tốt nhiệm vụ", a date, "Nam"): type it once. Keyed by the column's identity
    # (a frozen dataclass hashes all its fields) and the value's type (1, 1.0 and True are equal).
    key = (id(column), value.__class__, value, date1904)
    try:
        entry = _TYPED.get(key)
    except TypeError:  # an unhashable value: typed every time
        entry, key = None, None
    if entry is None or entry[0] is not column:
        entry = (column, *_typed(column, value, date1904))
        if key is not None:
            if len(_TYPED) >= _TYPED_MAX:
                _TYPED.clear()
            _TYPED[key] = entry
    for level, code, shown, message in entry[2]:
        (report.error if level == "error" else report.warn)(code, sheet, address, shown, message)
    return entry[1]


_TYPED: dict = {}
_UNSEEN = object()
_TYPED_MAX = 200_000
#: the types a reader gives that can key `_TYPED` (a `cells.Uncomputed` is not one of them)
_PLAIN = frozenset({str, int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta})


def _typed(column: schema.Column, value, date1904: bool) -> tuple[object, tuple]:
    """The typed value of one cell and the findings it makes, as (level, code, value, message)."""
    if cells.is_blank(value):
        return None, ()
    if column.type == schema.DATE and cells.is_zero_date(value):
        return None, ()  # the national database's "0000-00-00": no date
    notes = []
    invisible = cells.invisible_in(value)
    if invisible and (column.choices or column.key in _MATCHED_TEXT):
        notes.append(("warn", "INVISIBLE_CHARS", cells.clean_text(value),
                      f"«{column.header}» có ký tự ẩn ({', '.join(invisible)}), thường do chép "
                      "từ web hoặc phần mềm khác: đã bỏ khi đọc; nên xóa khỏi ô để tên khớp ở "
                      "mọi nơi."))
    error = cells.formula_error(value)
    if error:
        notes.append(("error", "CELL_FORMULA_ERROR", value,
                      f"Ô «{column.header}» có lỗi công thức {error}: hãy nhập giá trị trực "
                      "tiếp."))
        return None, tuple(notes)
    if column.type == schema.PERCENT and cells.ambiguous_fraction(value):
        # Excel stores «95%» as 0,95 in a cell formatted «%» (`cells.Percent`, read silently);
        # a plain 0,95 is read as 95% too, and said
        shown = vnformat.decimal(value * 100, 2)
        notes.append(("warn", "PERCENT_FRACTION", value,
                      f"«{column.header}» ghi {vnformat.decimal(value, 4)}: đã hiểu là {shown}%. "
                      f"Nếu đúng là {vnformat.decimal(value, 4)}%, hãy ghi "
                      f"«{vnformat.decimal(value, 4)}%»."))
    try:
        return _convert(column, value, date1904), tuple(notes)
    except cells.Unreadable as exc:
        notes.append(("error", "CELL_TYPE", value, f"«{column.header}»: {exc}."))
        return None, tuple(notes)


def typed_columns(name: str, wanted: list, numbers: list, data: list, skipped: list,
                   report: Report, date1904: bool) -> list:
    """The typed values of the table's data rows (`data`, at sheet rows `numbers`), a tuple a
    row; the findings in the order reading row by row gives them, the rows `skipped` (row,
    kind) warned in their place.

    Typed a column at a time: a value the column has typed before without a finding
    (`_column_memo`: a blank, a level, «Nam», a date of another book …) is one dict look-up in
    a list comprehension; only the others (`read_cell`) are typed one by one, in row order.
    """
    columns, misses = [], []
    for j, ((_, _, _, column), cells_) in enumerate(zip(wanted, zip(*data))):
        known = _column_memo(column, date1904).get
        try:
            column_typed = [None if v is None else
                            known(v if v.__class__ is str else (v.__class__, v), _UNSEEN)
                            for v in cells_]
        except TypeError:    # an unhashable value: the whole column typed one by one
            column_typed = [_UNSEEN] * len(cells_)
        if _UNSEEN in column_typed:
            misses += [(i, j) for i, t in enumerate(column_typed) if t is _UNSEEN]
        columns.append(column_typed)
    skips = iter(skipped + [(float("inf"), None)])
    skip_row, kind = next(skips)
    for i, j in sorted(misses):
        r = numbers[i]
        while skip_row < r:
            _skip(report, name, skip_row, kind)
            skip_row, kind = next(skips)
        _, _, letter, column = wanted[j]
        value = data[i][j]
        columns[j][i] = read_cell(column, value, name, f"{letter}{r}", report, date1904)
        if value.__class__ in _PLAIN:      # remembered when typing it found nothing
            entry = _TYPED.get((id(column), value.__class__, value, date1904))
            if entry is not None and entry[0] is column and not entry[2]:
                memo = _column_memo(column, date1904)
                if len(memo) >= _COLUMN_MEMO_MAX:
                    memo.clear()
                memo[value if value.__class__ is str else (value.__class__, value)] = entry[1]
    while kind is not None:
        _skip(report, name, skip_row, kind)
        skip_row, kind = next(skips)
    return list(zip(*columns)) if columns else []


def _skip(report: Report, sheet: str, row: int, kind: str) -> None:
    report.warn("ROW_SKIPPED", sheet, f"A{row}", None,
                f"Bỏ qua {ROW_KIND_VI[kind]} (không phải một dòng dữ liệu).")


def _column_memo(column: schema.Column, date1904: bool) -> dict:
    """The values `column` has typed without a finding → their typed value: a text keyed by
    itself, any other value by (its type, itself), as `read_cell`'s memo keys it (1, 1.0 and
    True are equal but type differently)."""
    entry = _COLUMN_MEMO.get((id(column), date1904))
    if entry is None or entry[0] is not column:
        entry = _COLUMN_MEMO[(id(column), date1904)] = (column, {})
    return entry[1]


_COLUMN_MEMO: dict = {}
_COLUMN_MEMO_MAX = 20_000


def addresses(keys: tuple, letters: tuple, numbers: list) -> list[dict]:
    """For each row number of `numbers`, a new dict column key → its cell's address ("C7"):
    copied from one made once for these columns and that row (the same sheets in every
    workbook), not built letter by letter (a third of making a table's records)."""
    global _ADDRESSES_HELD
    made = _ADDRESSES.get((keys, letters))
    if made is None:
        made = _ADDRESSES[(keys, letters)] = {}
    out = []
    for r in numbers:
        row = made.get(r)
        if row is None:
            if _ADDRESSES_HELD >= _ADDRESSES_MAX:     # bounded: a few sheets of a few rows
                _ADDRESSES.clear()
                made, _ADDRESSES_HELD = _ADDRESSES.setdefault((keys, letters), {}), 0
            row = made[r] = dict(zip(keys, map(operator.add, letters, repeat(str(r)))))
            _ADDRESSES_HELD += 1
        out.append(row.copy())
    return out


_ADDRESSES: dict = {}
_ADDRESSES_HELD = 0
_ADDRESSES_MAX = 20_000
