"""The Party's rating rules, keyed by evaluation year.

One table (`PERIODS`) says which texts govern a year and what they change; the functions below
are pure and each names its source, so a 2020 workbook and a 2026 workbook are both judged by
their own year's rules.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .cells import add_months
from .schema import LEVELS

HTXS, HTT, HT, KHT = LEVELS
RANK = {level: i for i, level in enumerate(LEVELS)}  # 0 is best


@dataclass(frozen=True)
class Period:
    """The rules in force for a span of evaluation years."""

    first: int
    last: int
    regulation: str
    guidance: str
    scored: bool          # 100-point score (common /30 + tasks /70)
    sick_cap: bool        # sick leave ≥ 3 months caps the level at Hoàn thành nhiệm vụ
    forms: tuple[str, ...]

    @property
    def basis(self) -> str:
        """"Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW" — for the documents' "Căn cứ"."""
        return f"{self.regulation} và {self.guidance}"


PERIODS = (
    Period(2019, 2022, "Quy định 132-QĐ/TW", "Hướng dẫn 21-HD/BTCTW", False, True,
           ("01", "02A", "02B", "02B")),
    Period(2023, 2024, "Quy định 124-QĐ/TW", "Hướng dẫn 25-HD/BTCTW", False, False,
           ("01", "02A", "02B", "02B")),
    Period(2025, 9999, "Quy định 366-QĐ/TW", "Hướng dẫn 43-HD/BTCTW", True, False,
           ("01", "02A", "02B", "02C")),
)

DEFAULT_CAP_RATE = 20.0
SICK_CAP_MONTHS = 3
MIN_MONTHS_BEFORE_REVIEW = 6
EXCELLENT_MIN_OVER_RATE = 30.0
FAIL_RATE_LIMIT = 50.0
DISCIPLINE_FORCING = ("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")


def period_for(year: int) -> Period:
    """The rules of evaluation year `year` (years before 2019 use the 2019 rules)."""
    for period in PERIODS:
        if period.first <= year <= period.last:
            return period
    return PERIODS[0]


def level_for_score(total: float) -> str:
    """Hướng dẫn 43-HD/BTCTW (2025): ≥ 90 xuất sắc, 70–< 90 tốt, 50–< 70 hoàn thành, < 50 không."""
    if total >= 90:
        return HTXS
    if total >= 70:
        return HTT
    if total >= 50:
        return HT
    return KHT


def forced_level(discipline: str | None, fail_rate: float | None) -> str | None:
    """Cases that force "Không hoàn thành nhiệm vụ" whatever the score.

    Quy định 366-QĐ/TW (and 132/124 before it): disciplined in the year (khiển trách and up);
    more than half of the year's tasks not done.
    """
    if discipline in DISCIPLINE_FORCING:
        return KHT
    if fail_rate is not None and fail_rate > FAIL_RATE_LIMIT:
        return KHT
    return None


def too_new_to_rate(admitted: dt.date | None, review: dt.date | None) -> bool:
    """Hướng dẫn 43-HD/BTCTW §1: a member admitted less than 6 months before the review is not rated.

    Admitted 03/06 with the review on 03/12 is exactly 6 months: rated; admitted 04/06 is not.
    """
    if admitted is None or review is None:
        return False
    return add_months(admitted, MIN_MONTHS_BEFORE_REVIEW) > review


def ceiling(year: int, sick_months: float | None, maternity: bool = False) -> str | None:
    """The best level a member on long leave may get, or None.

    Hướng dẫn 21-HD/BTCTW (2019–2022): sick leave of 3 months or more in the year → at most
    "Hoàn thành nhiệm vụ". From Hướng dẫn 25 and 43 the member is rated on the work actually done,
    and maternity leave never caps the level.
    """
    if period_for(year).sick_cap and sick_months is not None and sick_months >= SICK_CAP_MONTHS:
        return HT
    return None


def cap_exceeded(excellent: int, good: int, rate: float = DEFAULT_CAP_RATE) -> bool:
    """Quy định 366-QĐ/TW: "Hoàn thành xuất sắc" at most `rate`% of those rated "Hoàn thành tốt".

    Exactly at the rate is allowed (4 of 20 at 20%); the binding check is the committee above.
    """
    return excellent * 100 > rate * good


def has_majority(votes: int, present: int, threshold: float = 0.5) -> bool:
    """A level is carried by more than `threshold` of the members present (default: over half)."""
    return present > 0 and votes > threshold * present


def better(a: str, b: str) -> bool:
    """True when level `a` ranks above level `b`."""
    return RANK[a] < RANK[b]


def form_for(year: int, leader: bool, in_system: bool) -> str:
    """The member's self-review form: 02A leadership posts, 02B others, 02C outside the system."""
    forms = period_for(year).forms
    if not in_system:
        return forms[3]
    return forms[1] if leader else forms[2]
