"""Numbers and rows as Excel holds them (issue 22, item 5): a percentage typed the Excel way,
a row typed twice, a fee list that covers part of the cell.

- A percentage indicator whose target or result is a plain number between 0 and 1 while the
  other is a percentage of at least 1 («98» and «0,986»): Excel stores «98,6%» as 0,986 in a
  cell it formats «%» (read as 98,6 by `cells.Percent`), but a cell typed «0,986» without the
  format may mean either — said, at its cell, with the reading taken.
- A member rated twice in «Xếp loại», a member's fee month twice in «Đảng phí», a meeting (day
  and kind) twice in «Sinh hoạt»: each would be counted twice («31/32», dues, «13 buổi»), so it
  is an error at every one of its cells.
- A month of «Đảng phí» that leaves out members of the cell that month: the list is not the
  cell's fees, and its total is not the cell's; a warning naming them. A month with no row at
  all before the last month listed: likewise.
"""
from __future__ import annotations

import math

from ..figures.fees import gaps, month_list, uncovered
from ..rules.rating import join
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.findings import Report
from ..workbook.tables import Book

_INDICATOR_VALUES = ("target", "result", "next_target", "term_target", "next_term_target")


def _nearer_as_hundredths(fraction: float, other: float) -> bool:
    """Whether `fraction` × 100 is nearer `other` (by ratio) than `fraction` is."""
    return abs(math.log(fraction * 100 / other)) < abs(math.log(fraction / other))


def check_percent_fractions(book: Book, report: Report) -> None:
    """A plain fraction in a percentage indicator beside percentages of 1 or more."""
    sheet = schema.INDICATORS.name
    for r in book.rows("indicators"):
        if r["unit"] != "%":
            continue
        keys = [k for k in _INDICATOR_VALUES if k in r.values and r[k] is not None]
        big = [k for k in keys if max(r[k]) >= 1]
        for key in keys:
            raw = r.raw.get(key)
            # the fraction reads nearer the row's percentages as hundredths (0,986 beside 98)
            # than as typed (0,5 beside 1% is a small percentage: not said)
            if big and cells.ambiguous_fraction(raw) and key not in big and \
                    _nearer_as_hundredths(raw, max(r[big[0]])):
                other = schema.INDICATORS.column(big[0]).header
                header = schema.INDICATORS.column(key).header
                report.warn("PERCENT_FRACTION", sheet, r.cell(key), raw,
                            f"«{header}» ghi {vn.decimal(raw, 4)} trong khi «{other}» là "
                            f"{vn.decimal(max(r[big[0]]), 2)}%: nếu là "
                            f"{vn.decimal(raw * 100, 2)}% (Excel lưu «{vn.decimal(raw * 100, 2)}%» "
                            f"thành {vn.decimal(raw, 4)}), hãy định dạng ô là % hoặc ghi "
                            f"{vn.decimal(raw * 100, 2)}; đang đọc là {vn.decimal(raw, 4)}%.")


def _twice(rows, key, code: str, sheet: str, column: str, what, report: Report) -> None:
    """An error at the `column` cell of every row sharing `key(row)` (None: not judged)."""
    groups: dict = {}
    for r in rows:
        k = key(r)
        if k is not None:
            groups.setdefault(k, []).append(r)
    for same in groups.values():
        if len(same) < 2:
            continue
        lines = ", ".join(str(r.row) for r in same)
        for r in same:
            report.error(code, sheet, r.cell(column), r[column],
                         f"{what(r)} ghi {vn.count(len(same))} lần (các dòng {lines}): mỗi lần "
                         "được tính một lần nữa. Xóa dòng thừa hoặc sửa cho đúng.")


def check_twice(book: Book, report: Report) -> None:
    """Rows typed twice: ratings (by member), fee months (by member and month), meetings (by
    day and kind)."""
    joined = join(book)
    _twice(book.rows("ratings"),
           lambda r: ("m", id(joined[r.row])) if r.row in joined else
           ("n", cells.fold(r["name"]), r["dob"]) if r["name"] else None,
           "RATING_TWICE", schema.RATINGS.name, "name",
           lambda r: f"Đảng viên {r['name']}", report)
    _twice(book.rows("fees"),
           lambda r: (cells.fold(r["name"]), r["month"]) if r["name"] and r["month"] else None,
           "FEE_TWICE", schema.FEES.name, "name",
           lambda r: f"Đảng phí tháng {r['month']} của đồng chí {r['name']}", report)
    _twice(book.rows("meetings"),
           lambda r: (r["date"], r["kind"]) if r["date"] else None,
           "MEETING_TWICE", schema.MEETINGS.name, "date",
           lambda r: f"Buổi sinh hoạt {(r['kind'] or '').lower()} ngày "
                     f"{vn.date_short(r['date'])}".replace("  ", " "), report)


def check_fee_coverage(book: Book, report: Report) -> None:
    """Each month of «Đảng phí» lists every member of the cell that month, or the missing are
    named (`fees.uncovered`)."""
    sheet = schema.FEES.name
    for month, names in uncovered(book).items():
        first = next(r for r in book.rows("fees") if r["month"] == month)
        report.warn("FEE_LIST_INCOMPLETE", sheet, first.cell("month"), month,
                    f"Đảng phí tháng {month}: chưa có dòng của {vn.count(len(names))} đảng viên "
                    f"trong chi bộ tháng đó ({', '.join(names)}); danh sách thu và tổng đảng phí "
                    "chỉ tính những người đã ghi.")


def check_fee_months(book: Book, report: Report) -> None:
    """A month of the year left out of «Đảng phí» before the last month that has rows
    (`fees.gaps`): the list's total is not the cell's. Months after it may simply not be
    collected yet: the fee list and the annual report name those (`fees.unlisted_months`)."""
    missing = gaps(book)
    if missing:
        # at the first row of a month listed after the first month left out
        first = next(r for r in book.rows("fees") if r["name"] and r["month"]
                     and 1 <= r["month"] <= 12 and r["month"] > missing[0])
        report.warn("FEE_MONTH_MISSING", schema.FEES.name, first.cell("month"), None,
                    f"Đảng phí: chưa có dòng nào của {month_list(missing)} (đã có tháng sau "
                    "đó); danh sách thu và tổng đảng phí cả năm chỉ tính các tháng đã ghi.")


def check_entries(book: Book, report: Report) -> None:
    """Everything above."""
    check_percent_fractions(book, report)
    check_twice(book, report)
    if book.reads(schema.FEES.key):     # a fee list left unread is not an empty one
        check_fee_coverage(book, report)
        check_fee_months(book, report)
