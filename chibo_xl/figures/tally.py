"""Every count, rate and verdict, computed from rows (DESIGN §4). Pure functions over a `Book`.

Numbers stay numbers here; `context` turns them into Vietnamese sentences.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from ..rules import badges, party_dates, rulebook
from ..rules.rating import decided_level, exclusion, final_level, join, voters
from ..workbook import cells, schema
from ..workbook.memo import per_book, per_year
from ..workbook.tables import Book, Record
from . import supervision


@dataclass
class Membership:
    """Members at the start and end of the year, movements, and the profile at the end."""

    start: int = 0
    end: int = 0
    moved_in: list = field(default_factory=list)
    admitted: list = field(default_factory=list)
    left: dict = field(default_factory=dict)  # movement → names
    official: int = 0
    probationary: int = 0
    women: int = 0
    minority: int = 0
    committee: int = 0
    education: dict = field(default_factory=dict)
    theory: dict = field(default_factory=dict)
    current: list = field(default_factory=list)


def _in_year(day, year) -> bool:
    return isinstance(day, dt.date) and day.year == year


@per_book
def membership(book: Book) -> Membership:
    """Start, end and movements of the year, and the profile of the members at its end."""
    year = book.info["year"]
    fig = Membership()
    members = [m for m in book.rows("members") if m["name"]]
    for m in members:
        move = m["movement"]
        if move == "Chuyển đến":
            fig.moved_in.append(m["name"])
        elif move == "Kết nạp mới" or (_in_year(m["admitted"], year) and move is None):
            fig.admitted.append(m["name"])
        if move in schema.LEAVING:
            fig.left.setdefault(move, []).append(m["name"])
        else:
            fig.current.append(m)
    fig.end = len(fig.current)
    fig.start = len(members) - len(fig.moved_in) - len(fig.admitted)
    for m in fig.current:
        fig.official += m["status"] == schema.OFFICIAL
        fig.probationary += m["status"] == schema.PROBATIONARY
        fig.women += m["sex"] == "Nữ"
        fig.minority += bool(m["ethnicity"]) and m["ethnicity"] != "Kinh"
        fig.committee += m["party_post"] in ("Bí thư", "Phó Bí thư", "Chi ủy viên")
        for attr, key in (("education", "education"), ("theory", "theory")):
            if m[key]:
                bucket = getattr(fig, attr)
                bucket[m[key]] = bucket.get(m[key], 0) + 1
    return fig


@dataclass
class Ratings:
    """The year's rating: the cell's results per level, who was not rated and why, residence,
    commendation.

    `counts` are the cell's results (`rating.decided_level`: «Chi bộ đề nghị», or the level the
    counted ballots carry), never the members' own levels: a member whose level nobody voted on
    is in `undecided`, and `self_counts` counts the members' own levels, printed as such.
    """

    counts: dict
    rated: list            # rating records with a level, in sheet order
    not_rated: list        # (name, reason)
    residence_good: int
    residence_total: int
    commend: list          # (name, proposal)
    cap_rate: float
    decided: dict = field(default_factory=dict)      # id(rating record) → the cell's result
    undecided: list = field(default_factory=list)    # rated records without a result yet
    self_counts: dict = field(default_factory=dict)  # level → members rating themselves so

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def good_or_better(self) -> int:
        return self.counts[rulebook.HTXS] + self.counts[rulebook.HTT]

    @property
    def all_decided(self) -> bool:
        """Every member rated has the cell's result (the review's vote is in the workbook)."""
        return bool(self.rated) and not self.undecided

    def result(self, r) -> str | None:
        """The cell's result for rating record `r`, None before the vote."""
        return self.decided.get(id(r))


@per_book
def ratings(book: Book) -> Ratings:
    """Rating distribution and its companions, from the Xếp loại sheet."""
    review = book.info["review_date"]
    rows = book.rows("ratings")
    rated = [r for r in rows if final_level(r) and not r["not_rated"]]
    joined = join(book)
    rated_ids = {id(joined[r.row]) for r in rows if r.row in joined}
    not_rated = [(r["name"], r["not_rated"]) for r in rows if r["not_rated"]]
    for m in book.rows("members"):
        why = exclusion(m, review)
        if why and id(m) not in rated_ids and why not in schema.LEAVING and m["name"]:
            not_rated.append((m["name"], why))
    with_residence = [r for r in rated if r["residence"]]
    official = voters(book).official
    decided = {id(r): level for r in rated if (level := decided_level(r, official))}
    counts = dict.fromkeys(schema.LEVELS, 0)
    self_counts = dict.fromkeys(schema.LEVELS, 0)
    for r in rated:
        if id(r) in decided:
            counts[decided[id(r)]] += 1
        if r["self_level"]:
            self_counts[r["self_level"]] += 1
    return Ratings(
        counts=counts, rated=rated, not_rated=not_rated,
        decided=decided, undecided=[r for r in rated if id(r) not in decided],
        self_counts=self_counts,
        residence_good=sum(r["residence"] == "Tốt" for r in with_residence),
        residence_total=len(with_residence),
        commend=[(r["name"], r["commendation"]) for r in rated if r["commendation"]],
        cap_rate=book.info["cap_rate"] or rulebook.DEFAULT_CAP_RATE)


@dataclass
class Meetings:
    regular: int
    thematic: int
    present: int     # over the meetings whose row holds both counts
    summoned: int
    rows: list


@per_book
def meetings(book: Book) -> Meetings:
    """Meetings held in the year and the mean attendance: present over summoned, summed over the
    meetings whose row holds both (a row whose counts are not typed yet is left out of the rate,
    not counted as nobody present)."""
    year = book.info["year"]
    rows = [m for m in book.rows("meetings") if m["date"] and (not year or m["date"].year == year)]
    counted = [m for m in rows if m["present"] is not None and m["summoned"] is not None]
    return Meetings(
        regular=sum(m["kind"] == "Thường kỳ" for m in rows),
        thematic=sum(m["kind"] == "Chuyên đề" for m in rows),
        present=sum(m["present"] for m in counted),
        summoned=sum(m["summoned"] for m in counted), rows=rows)


@dataclass(frozen=True)
class Attendance:
    """Who came to one meeting: each a number, or `cells.BLANK` where neither a cell nor a rule
    gives it (the document leaves it to fill by hand)."""

    summoned: object
    present: object
    absent: object
    excused: object
    unexcused: object


def attendance(meeting: Record) -> Attendance:
    """The attendance of one «Sinh hoạt» row, blank where the row is.

    «Số triệu tập», «Có mặt» and the two reasons are what the row holds; the rest follows by
    arithmetic only from cells that hold their numbers: the absent are those summoned less those
    present; a reason left blank is the absent less the other reason when both are known, and
    both reasons are 0 when nobody was absent. Nothing else is assumed: a blank «Vắng có lý do»
    beside a blank «Vắng không lý do» with one member absent stays blank, never 0.
    """
    summoned, present = meeting.figure("summoned"), meeting.figure("present")
    absent = summoned - present
    if absent is not cells.BLANK:
        absent = max(absent, 0)
    excused, unexcused = meeting.figure("absent_excused"), meeting.figure("absent_unexcused")
    if absent is not cells.BLANK:
        if absent == 0:
            excused = excused if excused is not cells.BLANK else 0
            unexcused = unexcused if unexcused is not cells.BLANK else 0
        elif excused is cells.BLANK and unexcused is not cells.BLANK and unexcused <= absent:
            excused = absent - unexcused
        elif unexcused is cells.BLANK and excused is not cells.BLANK and excused <= absent:
            unexcused = absent - excused
    return Attendance(summoned, present, absent, excused, unexcused)


@per_book
def admitted_in_year(book: Book) -> list[Record]:
    """Rows of Phát triển Đảng admitted in the evaluation year."""
    year = book.info["year"]
    return [r for r in book.rows("development")
            if r["name"] and isinstance(r["admitted"], dt.date) and r["admitted"].year == year]


@per_year
def supervised(book: Book) -> list[str]:
    """Distinct members supervised in the year, in sheet order (rows marked «Kiểm tra» are
    inspections: `inspected`)."""
    return _watched(book, supervision.SUPERVISION)


@per_year
def inspected(book: Book) -> list[str]:
    """Distinct members inspected (kiểm tra) in the year, in sheet order."""
    return _watched(book, supervision.INSPECTION)


def _watched(book: Book, kind: str) -> list[str]:
    seen, names = set(), []
    for r in book.rows("supervision"):
        if supervision.kind_of(r) != kind:
            continue
        key = cells.fold(r["name"] or "")
        if key and key not in seen:
            seen.add(key)
            names.append(r["name"])
    return names


@per_year
def manifestations(book: Book) -> tuple[int, int, list[str]]:
    """(found, remedied, the texts still to remedy)."""
    rows = [r for r in book.rows("manifestations") if r["text"]]
    left = [r["text"] for r in rows if r["remedied"] != schema.YES]
    return len(rows), len(rows) - len(left), left


VUOT, DAT, CHUA_DAT = "Vượt chỉ tiêu", "Đạt chỉ tiêu", "Chưa đạt chỉ tiêu"


def verdict(target: tuple, result: tuple | None, lower_is_better: bool = False) -> str:
    """Vượt / Đạt / Chưa đạt: above the range exceeds, inside it meets (reversed when lower is better).

    Seed 001: target 99 → 99,3 "vượt"; 100 → 100 "đạt"; a range 99-100 is met by 99 or 100.
    """
    if result is None:
        return ""
    low, high = target
    value = result[0] if lower_is_better else result[1]
    if lower_is_better:
        return VUOT if value < low else DAT if value <= high else CHUA_DAT
    return VUOT if value > high else DAT if value >= low else CHUA_DAT


@per_year
def indicators(book: Book) -> list[tuple[Record, str]]:
    """Each indicator with its verdict."""
    return [(r, verdict(r["target"], r["result"], r["direction"] == "Thấp hơn là tốt"))
            for r in book.rows("indicators") if r["name"] and r["target"]]


def setting(book: Book, key: str):
    """A rule setting of Thông tin chung, or its default (`SETTINGS`) when the cell is blank."""
    value = book.info[key]
    return SETTINGS[key] if value is None else value


#: defaults of the settings in Thông tin chung; each one's source is in its schema help text
SETTINGS = {"committee_min": 9, "attendance_min": 85.0, "fee_salary_rate": 1.0,
            "fee_benefit_rate": 1.0, "fee_pension_rate": 0.5, "fee_other_rate": 1.0,
            "fee_student": 5000.0, "fee_exempt_years": 50, "fee_keep_rate": 30.0,
            "absent_run_max": 3, **badges.DEFERRAL_DEFAULTS}
PROBATION_MONTHS = 12
RECOGNITION_WORKING_DAYS = 30
#: public holidays on fixed solar dates (Bộ luật Lao động 2019, Điều 112); Tết and Giỗ Tổ follow
#: the lunar calendar and are not deducted, which can only make a deadline earlier, never later
FIXED_HOLIDAYS = ((1, 1), (4, 30), (5, 1), (9, 2))


@functools.lru_cache(maxsize=4096)
def add_working_days(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `day` (Monday–Friday, fixed public holidays excluded).

    A pure function of two values, remembered (bounded): every probationary member's deadline
    is asked by the checks and by several documents."""
    while count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS:
            count -= 1
    return day


@dataclass
class Probation:
    """A probationary member: the end of the 12 months and the last day to consider recognition."""

    member: Record
    end: dt.date
    deadline: dt.date

    @property
    def name(self) -> str:
        return self.member["name"]


def _probation(m: Record) -> Probation:
    end = cells.add_months(party_dates.probation_start(m), PROBATION_MONTHS)
    return Probation(m, end, add_working_days(end, RECOGNITION_WORKING_DAYS))


@per_book
def probations(book: Book) -> list[Probation]:
    """Probationary members still in the cell, with the dates that bind the chi bộ.

    Điều lệ Đảng Điều 5 khoản 1: «thời kỳ dự bị mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết
    nạp»; the rules implementing the Charter (Quy định 29-QĐ/TW 4.2, kept by QĐ 24, QĐ 232 and
    Quy định 294-QĐ/TW — `rules.texts`): the chi bộ considers recognition within 30 working days
    after it ends; when late, the member is official from the end of the 12 months if fit.
    """
    return [_probation(m) for m in book.rows("members")
            if m["status"] == schema.PROBATIONARY and party_dates.probation_start(m) and m["name"]
            and m["movement"] not in schema.LEAVING]


def probation_due(book: Book) -> list[tuple[str, dt.date]]:
    """Probationary members with the date their 12 months end."""
    return [(p.name, p.end) for p in probations(book)]


@per_book
def probation_ending_in_year(book: Book) -> list[Probation]:
    """Members whose 12 months of probation end in the evaluation year, still probationary or
    already recognized (each needs the cell's resolution proposing recognition)."""
    year = book.info["year"]
    out = []
    for m in book.rows("members"):
        if not (m["name"] and party_dates.probation_start(m)) or \
                m["movement"] in schema.LEAVING:
            continue
        if m["status"] == schema.PROBATIONARY or m["official_date"]:
            p = _probation(m)
            if p.end.year == year:
                out.append(p)
    return sorted(out, key=lambda p: p.end)


def party_age_date(member: Record, years: int) -> dt.date | None:
    """The day `member` reaches `years` of party age: admission plus the years plus the months
    out of the Party. Điều lệ Đảng Điều 5 khoản 4: «tuổi đảng của đảng viên tính từ ngày ghi trong
    quyết định kết nạp»; the guidance on the Charter (Hướng dẫn 01-HD/TW 2021 §18, replaced by
    Hướng dẫn 06-HD/TW of 09/6/2025 — `rules.texts`) deducts the time expelled, struck off, out of
    contact or between two admissions."""
    start = party_dates.party_age_start(member)
    if start is None:
        return None
    return cells.add_months(start, 12 * years + (member["out_months"] or 0))


def party_years(member: Record, day: dt.date) -> int:
    """Whole years of party age on `day` (0 when the admission is unknown or later)."""
    years = 0
    while True:
        reached = party_age_date(member, years + 1)
        if reached is None or reached > day:
            return years
        years += 1


def committee_allowed(book: Book) -> bool:
    """True when the cell has the official members to elect a chi ủy (Điều lệ Đảng, Điều 24.4)."""
    return membership(book).official >= setting(book, "committee_min")


def has_committee(book: Book) -> bool:
    """Whether the cell signs "T/M CHI ỦY": the answer in Thông tin chung, checked against the
    count by `year_checks`; a blank answer follows the count of official members."""
    answer = book.info["has_committee"]
    if answer in (schema.YES, schema.NO):
        return answer == schema.YES
    return committee_allowed(book)

