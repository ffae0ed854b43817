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
EXCELLENT_MIN_OVER_RATE = 30.0
ON_TIME_FULL = 100.0          # HTXSNV and HTTNV: every task on time
LATE_LIMIT = 20.0             # HTNV: at most 20% of tasks late
FAIL_RATE_LIMIT = 50.0
UNIT_MIN_RATE = 70.0          # leaders: the unit they lead completes at least 70% of its tasks
LOW_CONFIDENCE_LIMIT = 50.0   # leaders: more than half of the confidence votes low
DISCIPLINE_FORCING = ("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")
NOT_ALL_REMEDIED = "Chưa khắc phục hết"


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
    if forcing_causes(discipline, fail_rate):
        return KHT
    return None


@dataclass(frozen=True)
class Forcing:
    """One case of Quy định 366 Điều 11 §4 forcing "Không hoàn thành nhiệm vụ"."""

    column: str      # the Xếp loại column that shows it
    cause: str       # "bị kỷ luật khiển trách trong năm"
    excusable: bool  # the self-reported-and-remedied exception applies


def forcing_causes(discipline: str | None, fail_rate: float | None, leader: bool = False,
                   unit_rate: float | None = None,
                   low_confidence: float | None = None) -> list[Forcing]:
    """Every forcing case of a member, in the order of the text.

    Quy định 366-QĐ/TW, Điều 11 §4: for every member, discipline from khiển trách up for a
    violation in one's duties or of what members may not do, and more than 50% of the year's
    tasks not done (4.2); for leaders (4.1) also the unit they lead completing under 70% of its
    tasks, and more than 50% of the confidence votes low. "Trường hợp tự giác nhận lỗi, tự phát
    hiện vi phạm và khắc phục xong hậu quả thì cấp có thẩm quyền … xem xét, đánh giá, xếp loại":
    that exception concerns the violations only, so only the discipline case is `excusable`.
    """
    found = []
    if discipline in DISCIPLINE_FORCING:
        found.append(Forcing("discipline", f"bị kỷ luật {discipline.lower()} trong năm", True))
    if fail_rate is not None and fail_rate > FAIL_RATE_LIMIT:
        found.append(Forcing("fail_rate", "quá nửa nhiệm vụ không hoàn thành", False))
    if leader and unit_rate is not None and unit_rate < UNIT_MIN_RATE:
        found.append(Forcing("unit_rate", f"đơn vị do mình lãnh đạo, quản lý hoàn thành dưới "
                             f"{UNIT_MIN_RATE:.0f}% nhiệm vụ", False))
    if leader and low_confidence is not None and low_confidence > LOW_CONFIDENCE_LIMIT:
        found.append(Forcing("low_confidence", f"có trên {LOW_CONFIDENCE_LIMIT:.0f}% phiếu tín "
                             "nhiệm thấp", False))
    return found


def level_conditions(level: str, on_time: float | None, over: float | None,
                     remedied: str | None) -> list[tuple[str, str]]:
    """(column, what the level needs) for each condition of its level the member misses.

    Quy định 366-QĐ/TW, Điều 11 (besides the score): Hoàn thành xuất sắc — 100% of the tasks
    on time, at least 30% exceeded, 100% of the shortcomings found earlier remedied; Hoàn
    thành tốt — 100% on time; Hoàn thành — "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá
    20%". A blank figure is not judged. For a leader the figures are those of the unit led.
    """
    missing = []
    if on_time is not None:
        if level in (HTXS, HTT) and on_time < ON_TIME_FULL:
            missing.append(("on_time_rate", "100% nhiệm vụ hoàn thành đúng hạn"))
        elif level == HT and on_time < ON_TIME_FULL - LATE_LIMIT:
            missing.append(("on_time_rate", f"số nhiệm vụ chưa bảo đảm tiến độ không vượt quá "
                                            f"{LATE_LIMIT:.0f}%"))
    if level == HTXS and over is not None and over < EXCELLENT_MIN_OVER_RATE:
        missing.append(("over_rate", f"từ {EXCELLENT_MIN_OVER_RATE:.0f}% nhiệm vụ vượt mức trở "
                                     "lên"))
    if level == HTXS and remedied == NOT_ALL_REMEDIED:
        missing.append(("remedied", "khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ "
                                    "kiểm điểm trước"))
    return missing


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
