"""Which rules of party fees priced a month: Quyết định 342-QĐ/TW (28/12/2010) until January
2026, Quy định 01-QĐ/TW (03/02/2026) from February 2026, which replaced it.

Sources (../notes/research-23.md §7): Quy định 01-QĐ/TW «thay thế Quyết định 342-QĐ/TW», in
force from 01/02/2026 (khoaduoc.pnt.edu.vn, «Quy định 01-QĐ/TW về chế độ đảng phí», and a public
program's data; status: news): 1% of the previous month's insured salary, 0,5% of a pension,
students 5.000 đ a month; exempt «từ đủ 50 năm tuổi Đảng»; reductions of «30%, 50% hoặc 70%»,
«mỗi lần xem xét miễn, giảm tối đa là 12 tháng». Quyết định 342-QĐ/TW (2010): the same 1% of
salary and 0,5% of pension (status: news, the text itself not read), no exemption by party age and
no fixed steps of reduction — those two are Quy định 01's. The rates and the kept share stay
settings of Thông tin chung for both (figures.tally.SETTINGS): what differs by month here is only
what a text is known to have changed. Not paying for three months in a year without good reason
is the Charter's (Điều lệ Đảng Điều 8 khoản 1), under both.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

D = dt.date


@dataclass(frozen=True)
class FeeRegime:
    """The rules of party fees in force from `first`."""

    first: dt.date               # the first day in force (a month's 1st: months are priced whole)
    name: str                    # "Quy định 01-QĐ/TW", as messages cite it
    title: str                   # "Quy định số 01-QĐ/TW ngày 03/02/2026", as the fee list heads it
    age_exempt: bool             # members from đủ N năm tuổi đảng exempt (the setting's N)
    reduction_steps: tuple = ()  # the only reductions allowed (percent); () when not fixed


REGIMES = (
    FeeRegime(D(2010, 12, 28), "Quyết định 342-QĐ/TW", "Quyết định số 342-QĐ/TW ngày 28/12/2010",
              age_exempt=False),
    FeeRegime(D(2026, 2, 1), "Quy định 01-QĐ/TW", "Quy định số 01-QĐ/TW ngày 03/02/2026",
              age_exempt=True, reduction_steps=(30.0, 50.0, 70.0)),
)


def regime(year: int, month: int) -> FeeRegime:
    """The rules that priced `month` of `year`: 01/2026 → Quyết định 342-QĐ/TW, 02/2026 → Quy định
    01-QĐ/TW (the oldest for a month before every regime known here)."""
    day = D(year, month, 1) if year else D.max
    found = REGIMES[0]
    for r in REGIMES:
        if r.first <= day:
            found = r
    return found


def regimes_of_year(year: int) -> list[tuple[FeeRegime, int, int]]:
    """(regime, first month, last month) of each regime that priced a month of `year`."""
    out: list = []
    for month in range(1, 13):
        r = regime(year, month)
        if out and out[-1][0] is r:
            out[-1] = (r, out[-1][1], month)
        else:
            out.append((r, month, month))
    return out


def basis(year: int) -> str:
    """The fee list's heading line: «(Theo Quyết định số 342-QĐ/TW ngày 28/12/2010 (tháng 1) và
    Quy định số 01-QĐ/TW ngày 03/02/2026 (từ tháng 2) về chế độ đảng phí)» for 2026."""
    spans = regimes_of_year(year)
    if len(spans) == 1:
        return f"(Theo {spans[0][0].title} về chế độ đảng phí)"
    parts = [f"{r.title} (tháng {a})" if a == b else
             f"{r.title} ({'từ tháng ' + str(a) if b == 12 else f'tháng {a}-{b}'})"
             for r, a, b in spans]
    return "(Theo " + " và ".join(parts) + " về chế độ đảng phí)"
