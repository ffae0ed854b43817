"""The Party's rating rules, keyed by evaluation year.

One table (`PERIODS`) says which texts govern a year and what they change; the functions below
are pure and each names its source, so a 2020 workbook and a 2026 workbook are both judged by
their own year's rules.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from ..workbook.cells import add_months
from ..workbook.schema import LEVELS

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
    forms: "Forms"
    cap_grouped: bool = False  # the cap within groups of comparable posts (QĐ 366 Điều 11 §1.5)
    # HD 43 §2.1a: the Mẫu 01 draft reaches members ≥ 3 working days before the review meeting;
    # §4.1: the review ends by 31/12; no text of HD 21/HD 25 stating either was found, so not
    # before 2025
    review_calendar: bool = False

    @property
    def basis(self) -> str:
        """"Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW" — for the documents' "Căn cứ"."""
        return f"{self.regulation} và {self.guidance}"


@dataclass(frozen=True)
class Forms:
    """The review forms annexed to a period's guidance: which code each one gets, and the
    edition (the year in the codes, "Mẫu 02A-HD KĐ.ĐG 2023") that names its templates.

    The templates are report_templates/mau_<code>[_<edition>].docx (no suffix for the newest
    edition): tools/make_templates.py builds each edition from the text it names there.
    """

    edition: str
    leader: str     # cán bộ, đảng viên giữ chức vụ lãnh đạo, quản lý
    member: str     # đảng viên không giữ chức vụ lãnh đạo, quản lý
    outside: str    # đảng viên không làm việc trong hệ thống chính trị
    collective: str = "01"

    def template(self, code: str) -> str:
        """"02A" → "mau_02a_2023" for the 2023 edition, "mau_02a" for the newest."""
        suffix = "" if self.edition == PERIODS[-1].forms.edition else f"_{self.edition}"
        return f"mau_{code.lower()}{suffix}"

    def label(self, code: str) -> str:
        """The code as the form prints it: "Mẫu 02A-HD KĐ.ĐG 2023"."""
        return f"Mẫu {code}-HD KĐ.ĐG {self.edition}"


#: Hướng dẫn 21-HD/BTCTW (18/10/2019): one "Mẫu 02-HD KĐ.ĐG 2019" for every member; Hướng dẫn
#: 25-HD/BTCTW (10/11/2023): "Mẫu 02A-HD KĐ.ĐG 2023" for members who are not leaders, 02B for
#: leaders, no 02C (thuvienphapluat.vn, "Hướng dẫn viết bản kiểm điểm đảng viên cuối năm mới
#: nhất 2023 (Hướng dẫn 25-HD/BTCTW)", 30/11/2023; hieuluat.vn, 06/12/2022, for Mẫu 02 of HD 21);
#: Hướng dẫn 43-HD/BTCTW (31/10/2025) §2.1 b: 2A leaders, 2B others, 2C outside the political
#: system (tnt305/tai_lieu_noi_bo src/etl/dataset/36b730574106d715.md).
PERIODS = (
    Period(2019, 2022, "Quy định 132-QĐ/TW", "Hướng dẫn 21-HD/BTCTW", False, True,
           Forms("2019", leader="02", member="02", outside="02")),
    Period(2023, 2024, "Quy định 124-QĐ/TW", "Hướng dẫn 25-HD/BTCTW", False, False,
           Forms("2023", leader="02B", member="02A", outside="02A")),
    Period(2025, 9999, "Quy định 366-QĐ/TW", "Hướng dẫn 43-HD/BTCTW", True, False,
           Forms("2025", leader="02A", member="02B", outside="02C"), cap_grouped=True,
           review_calendar=True),
)

DEFAULT_CAP_RATE = 20.0
SICK_CAP_MONTHS = 3
MIN_MONTHS_BEFORE_REVIEW = 6


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


def too_new_to_rate(admitted: dt.date | None, review: dt.date | None) -> bool:
    """Quy định 366-QĐ/TW Điều 5 khoản 2: «đảng viên mới kết nạp chưa đủ 6 tháng» is not reviewed.

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


def cap_limit(good: int, rate: float = DEFAULT_CAP_RATE) -> int:
    """The most "Hoàn thành xuất sắc" members `rate`% of `good` allows (4 for 20, 0 for 4)."""
    return int(rate * good // 100)


def shares(counts, whole: int, places: int = 1) -> list:
    """Each count's share of `whole` in % rounded to `places`, by the largest remainder.

    Plain rounding of 1/3, 1/3, 1/3 prints 33,3 + 33,3 + 33,3 = 99,9%; the largest remainder
    gives the missing tenth to the share rounded down the most, so shares of counts that add up
    to `whole` add up to exactly 100%. Returned as Decimals; 0 for every count when whole is 0.
    """
    counts = list(counts)
    if not whole:
        return [Decimal(0)] * len(counts)
    unit = Decimal(1).scaleb(-places)
    exact = [Decimal(c) * 100 / Decimal(whole) for c in counts]
    floors = [e.quantize(unit, rounding=ROUND_FLOOR) for e in exact]
    target = (Decimal(sum(counts)) * 100 / Decimal(whole)).quantize(unit, ROUND_HALF_UP)
    spare = int((target - sum(floors)) / unit)
    order = sorted(range(len(counts)), key=lambda i: (floors[i] - exact[i], i))
    for i in order[:max(spare, 0)]:
        floors[i] += unit
    return floors


def has_majority(votes: int, present: int, threshold: float = 0.5) -> bool:
    """A level is carried by more than `threshold` of the members present (default: over half)."""
    return present > 0 and votes > threshold * present


def better(a: str, b: str) -> bool:
    """True when level `a` ranks above level `b`."""
    return RANK[a] < RANK[b]


def form_for(year: int, leader: bool, in_system: bool) -> str:
    """The code of the member's self-review form in `year` (see PERIODS): from 2025 02A for
    leadership posts, 02B for the others, 02C outside the political system; 2023-2024 02B for
    leaders and 02A for the others; 2019-2022 one Mẫu 02."""
    forms = period_for(year).forms
    if not in_system:
        return forms.outside
    return forms.leader if leader else forms.member
