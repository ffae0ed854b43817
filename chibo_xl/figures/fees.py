"""Party fees of the year: what each member owes month by month, what was paid, what is kept.

Each month by the rules in force that month (`rules.fee_regimes`): Quyết định 342-QĐ/TW until
01/2026, Quy định 01-QĐ/TW (03/02/2026, in force from 01/02/2026) from 02/2026. Quy định 01, as
published: 1% of the previous month's insured salary; 1% of a sickness or maternity benefit;
0,5% of a pension; students 5.000 đ a month; members from đủ 50 năm tuổi đảng are exempt (from
02/2026 only: Quyết định 342 had no exemption by party age); reductions of 30, 50 or 70% for at
most 12 months at a time; not paying for 3 months in a year without good reason leads the chi
bộ to propose striking the member off (Điều lệ Đảng Điều 8 khoản 1). Every rate and the share
the cell keeps are settings of Thông tin chung (`figures.SETTINGS`), since the kept share could
not be read in the text.

The fee list (sổ thu đảng phí) and the annual report both print from `fees`, so their totals
cannot differ.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ..rules import fee_regimes
from ..workbook import cells, schema
from ..workbook.memo import per_book
from ..workbook.tables import Book, Record
from .tally import party_age_date, setting

STUDENT = "Học sinh sinh viên"
RATE_SETTING = {"Hưởng lương (BHXH)": "fee_salary_rate",
                "Hưởng trợ cấp ốm đau/thai sản": "fee_benefit_rate",
                "Hưu trí": "fee_pension_rate", "Khác": "fee_other_rate"}
UNPAID_LIMIT = 3


@dataclass
class FeeLine:
    """One row of Đảng phí with what it owes."""

    record: Record
    member: Record | None
    rate: float | None         # percent of the base; None for the students' flat amount
    reduction: float           # percent taken off (100 for an exemption)
    exempt_since: dt.date | None  # the day 50 years of party age were reached, when exempt by age
    due: int
    paid: int
    regime: fee_regimes.FeeRegime | None = None   # the rules that priced the month

    @property
    def unpaid(self) -> bool:
        """Nothing paid for a month that owed something."""
        return self.due > 0 and not self.paid


@dataclass
class Fees:
    """The year's fees: lines in sheet order, totals, and members with unpaid months."""

    lines: list = field(default_factory=list)
    due: int = 0
    paid: int = 0
    kept: int = 0
    sent: int = 0
    keep_rate: float = 0.0
    unpaid: dict = field(default_factory=dict)  # name → [FeeLine] of unpaid months

    @property
    def short(self) -> list:
        """(name, month, due, paid) of the months paid less than due."""
        return [(x.record["name"], x.record["month"], x.due, x.paid) for x in self.lines
                if x.paid < x.due]


def _round(amount) -> int:
    return int(Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@functools.lru_cache(maxsize=1024)
def month_end(year: int, month: int) -> dt.date:
    """The last day of `month` of `year`."""
    return cells.add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)


def member_reduction(member: Record | None, year: int, month: int) -> float:
    """The reduction decided for `member` (Đảng viên: %, first month, months) in force in
    `month`."""
    if member is None or not member["fee_cut"] or not member["fee_cut_from"]:
        return 0.0
    start = member["fee_cut_from"]
    index = (year * 12 + month) - (start.year * 12 + start.month)
    months = min(member["fee_cut_months"] or 12, 12)
    return float(member["fee_cut"]) if 0 <= index < months else 0.0


@per_book
def fees(book: Book) -> Fees:
    """Every fee line with its due amount, the totals, the kept share and the unpaid months.

    A month is exempt by age when its rules exempt by age (Quy định 01-QĐ/TW, from 02/2026) and
    the member has đủ 50 năm tuổi đảng (the setting) by its last day, counted to the day from the
    admission less the months out of the Party: admitted 15/03/1976 → exempt from March 2026, not
    February; admitted 1970 → due in January 2026 (Quyết định 342-QĐ/TW), exempt from February.
    """
    year = book.info["year"] or 0
    members = {}
    for m in book.rows("members"):
        if m["name"]:
            members.setdefault(cells.fold(m["name"]), m)
    exempt_years = setting(book, "fee_exempt_years")
    out = Fees(keep_rate=float(setting(book, "fee_keep_rate")))
    exempt_day: dict[int, dt.date | None] = {}
    for r in book.rows("fees"):
        if not r["name"]:
            continue
        member = members.get(cells.fold(r["name"]))
        month = r["month"] if r["month"] and 1 <= r["month"] <= 12 else 12
        kind = r["kind"] or "Khác"
        if kind == STUDENT:
            rate, gross = None, setting(book, "fee_student")
        else:
            rate = float(setting(book, RATE_SETTING.get(kind, "fee_other_rate")))
            gross = (r["base"] or 0) * rate / 100
        reduction = r["reduction"] if r["reduction"] is not None else \
            member_reduction(member, year, month)
        rules = fee_regimes.regime(year, month)
        if member is None or not year or not rules.age_exempt:
            since = None
        else:   # one member has a line a month: their day of 50 years, once
            if id(member) not in exempt_day:
                exempt_day[id(member)] = party_age_date(member, exempt_years)
            since = exempt_day[id(member)]
        if since is not None and since <= month_end(year, month):
            reduction = 100.0
        else:
            since = None
        line = FeeLine(r, member, rate, float(reduction), since,
                       _round(gross * (100 - reduction) / 100), _round(r["paid"] or 0), rules)
        out.lines.append(line)
        out.due += line.due
        out.paid += line.paid
        if line.unpaid:
            out.unpaid.setdefault(member["name"] if member else r["name"], []).append(line)
    out.unpaid = {name: lines for name, lines in out.unpaid.items()
                  if len({x.record["month"] for x in lines}) >= UNPAID_LIMIT}
    out.kept = _round(out.paid * out.keep_rate / 100)
    out.sent = out.paid - out.kept
    return out


def in_cell_during(member: Record, year: int, month: int) -> bool:
    """Whether `member` belonged to the cell for some of `month`: admitted or moved in by its
    end, not gone before its first day."""
    first, last = dt.date(year, month, 1), month_end(year, month)
    admitted, move, when = member["admitted"], member["movement"], member["movement_date"]
    if isinstance(admitted, dt.date) and admitted > last:
        return False
    if move == "Chuyển đến" and isinstance(when, dt.date) and when > last:
        return False
    if move in schema.LEAVING and (not isinstance(when, dt.date) or when < first):
        return False
    return True


@per_book
def uncovered(book: Book) -> dict[int, list[str]]:
    """Month → the members of the cell in that month with no row of «Đảng phí», for every month
    that has rows (a list naming 7 of 30 members is not the cell's fees). Members exempt by age
    still have their row (the list shows «Miễn»)."""
    year = book.info["year"]
    if not year:
        return {}
    listed: dict[int, set] = {}
    for r in book.rows("fees"):
        if r["name"] and r["month"] and 1 <= r["month"] <= 12:
            listed.setdefault(r["month"], set()).add(cells.fold(r["name"]))
    out = {}
    for month in sorted(listed):
        missing = [m["name"] for m in book.rows("members") if m["name"]
                   and cells.fold(m["name"]) not in listed[month]
                   and in_cell_during(m, year, month)]
        if missing:
            out[month] = missing
    return out


def unlisted_months(book: Book, day: dt.date | None = None) -> list[int]:
    """The months of the year with no row of «Đảng phí» while the sheet has rows, through the
    month of `day` when it falls in the year (a month not begun is not missing), in which someone
    belonged to the cell: the year's total covers only the months listed, so the fee list and the
    annual report name the others (a list of January only is not the year's fees)."""
    year = book.info["year"]
    listed = {r["month"] for r in book.rows("fees")
              if r["name"] and r["month"] and 1 <= r["month"] <= 12}
    if not year or not listed:
        return []
    last = day.month if isinstance(day, dt.date) and day.year == year else 12
    members = [m for m in book.rows("members") if m["name"]]
    return [month for month in range(1, last + 1) if month not in listed
            and any(in_cell_during(m, year, month) for m in members)]


def gaps(book: Book) -> list[int]:
    """The months with no row of «Đảng phí» before the last month that has rows: left out,
    whatever the day (`unlisted_months` before its last listed month)."""
    listed = [r["month"] for r in book.rows("fees")
              if r["name"] and r["month"] and 1 <= r["month"] <= 12]
    return [m for m in unlisted_months(book) if listed and m < max(listed)]


def month_list(months: list[int]) -> str:
    """«tháng 2, tháng 4 đến tháng 12»: the months in runs (three or more in a row: from … to)."""
    runs: list[list[int]] = []
    for m in sorted(months):
        if runs and m == runs[-1][-1] + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"tháng {run[0]} đến tháng {run[-1]}")
        else:
            parts.extend(f"tháng {m}" for m in run)
    return ", ".join(parts)
