"""Every count, rate and verdict, computed from rows (DESIGN §4). Pure functions over a `Book`.

Numbers stay numbers here; `context` turns them into Vietnamese sentences.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import cells, rules, schema
from .rating_checks import exclusion, final_level, join, level_counts
from .tables import Book, Record

ANNIVERSARIES = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
#: Quy định 01-QĐ/TW (2026) on party fees; rates and the share the cell keeps are settings
FEE_RATES = {"Hưởng lương (BHXH)": 0.01, "Hưởng trợ cấp ốm đau/thai sản": 0.01,
             "Hưu trí": 0.005, "Khác": 0.01}
FEE_STUDENT = 5000
FEE_EXEMPT_YEARS = 50
FEE_KEEP_SHARE = 0.30


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
    """The year's rating: counts per level, who was not rated and why, residence, commendation."""

    counts: dict
    rated: list            # rating records with a level, in sheet order
    not_rated: list        # (name, reason)
    residence_good: int
    residence_total: int
    commend: list          # (name, proposal)
    cap_rate: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def good_or_better(self) -> int:
        return self.counts[rules.HTXS] + self.counts[rules.HTT]


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
    return Ratings(
        counts=level_counts(book), rated=rated, not_rated=not_rated,
        residence_good=sum(r["residence"] == "Tốt" for r in with_residence),
        residence_total=len(with_residence),
        commend=[(r["name"], r["commendation"]) for r in rated if r["commendation"]],
        cap_rate=book.info["cap_rate"] or rules.DEFAULT_CAP_RATE)


@dataclass
class Meetings:
    regular: int
    thematic: int
    present: int
    summoned: int
    rows: list


def meetings(book: Book) -> Meetings:
    """Meetings held in the year and the mean attendance (present over summoned, all meetings)."""
    year = book.info["year"]
    rows = [m for m in book.rows("meetings") if m["date"] and (not year or m["date"].year == year)]
    return Meetings(
        regular=sum(m["kind"] == "Thường kỳ" for m in rows),
        thematic=sum(m["kind"] == "Chuyên đề" for m in rows),
        present=sum(m["present"] or 0 for m in rows),
        summoned=sum(m["summoned"] or 0 for m in rows), rows=rows)


def admitted_in_year(book: Book) -> list[Record]:
    """Rows of Phát triển Đảng admitted in the evaluation year."""
    year = book.info["year"]
    return [r for r in book.rows("development")
            if r["name"] and isinstance(r["admitted"], dt.date) and r["admitted"].year == year]


def supervised(book: Book) -> list[str]:
    """Distinct members supervised in the year, in sheet order."""
    seen, names = set(), []
    for r in book.rows("supervision"):
        key = cells.fold(r["name"] or "")
        if key and key not in seen:
            seen.add(key)
            names.append(r["name"])
    return names


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


def indicators(book: Book) -> list[tuple[Record, str]]:
    """Each indicator with its verdict."""
    return [(r, verdict(r["target"], r["result"], r["direction"] == "Thấp hơn là tốt"))
            for r in book.rows("indicators") if r["name"] and r["target"]]


def probation_due(book: Book) -> list[tuple[str, dt.date]]:
    """Probationary members with the date their 12 months end."""
    return [(m["name"], cells.add_months(m["admitted"], 12)) for m in book.rows("members")
            if m["status"] == schema.PROBATIONARY and m["admitted"] and m["name"]]


def anniversaries(book: Book) -> list[tuple[str, int]]:
    """Members reaching 30, 40, 45 … 90 years of membership in the year (huy hiệu Đảng).

    Counted from the admission date; the workbook records no time out of the Party, so a member
    readmitted must have it deducted by hand (noted in the guide).
    """
    year = book.info["year"]
    out = []
    for m in membership(book).current:
        if m["admitted"] and year and (year - m["admitted"].year) in ANNIVERSARIES:
            out.append((m["name"], year - m["admitted"].year))
    return out


@dataclass
class Fees:
    due: float
    paid: float
    kept: float
    sent: float
    short: list  # (name, month, due, paid)


def fees(book: Book) -> Fees:
    """Party fees due and paid; the share kept by the cell and sent up (Quy định 01-QĐ/TW)."""
    year = book.info["year"] or 0
    veterans = {cells.fold(m["name"]) for m in book.rows("members")
                if m["admitted"] and m["name"] and year - m["admitted"].year >= FEE_EXEMPT_YEARS}
    due_total = paid_total = 0.0
    short = []
    for r in book.rows("fees"):
        if not r["name"]:
            continue
        if r["kind"] == "Học sinh sinh viên":
            due = FEE_STUDENT
        else:
            due = (r["base"] or 0) * FEE_RATES.get(r["kind"] or "Khác", 0.01)
        due *= 1 - (r["reduction"] or 0) / 100
        if cells.fold(r["name"]) in veterans:
            due = 0
        paid = r["paid"] or 0
        due_total += due
        paid_total += paid
        if paid + 0.5 < due:
            short.append((r["name"], r["month"], due, paid))
    kept = round(paid_total * FEE_KEEP_SHARE)
    return Fees(due_total, paid_total, kept, paid_total - kept, short)
