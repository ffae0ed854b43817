"""The cell's calendar: the book as it stood on a day, and the months a meeting reviews and plans.

A secretary signs what was true on the document's own date (issue: "documents true to their own
date"). Each kind of document names a date rule and whether its figures are taken on that day
(documents.kinds, documents.dates); `on(book, day)` is the book seen on `day`: members admitted or
moved in later are not yet there, those who left later are still there, probationary members not
yet official are still probationary, meetings held later have not happened, and before the review
meeting its outcome (the cell's levels, the votes and ballots, the cell's own level, the
commendations proposed) is not known yet, nor the level the competent body decided for the cell
before the day it decided. Pure functions over a `Book`; nothing here knows the
kinds of document.

Rules and their sources:
- the Mẫu 01 draft reaches the members at least 3 working days before the review meeting
  (Hướng dẫn 43-HD/BTCTW §2.1a: «Dự thảo báo cáo … gửi trước cho các thành viên tham gia hội nghị
  kiểm điểm ít nhất 03 ngày làm việc»), and the review ends before 31/12 (§4.1: «kết thúc trước
  ngày 31/12 hằng năm»). Working days here are Monday to Friday: public holidays are not known to
  the workbook.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ..workbook import schema
from ..workbook.tables import Book, Record

DRAFT_WORKING_DAYS = 3  # Hướng dẫn 43-HD/BTCTW §2.1a: the Mẫu 01 draft, before the review meeting

#: Thông tin chung «Tháng đánh giá khi sinh hoạt thường kỳ»: which month a regular meeting
#: reviews and which it plans
BY_DATE, PREVIOUS, CURRENT = "Theo ngày họp", "Tháng trước", "Tháng họp"
MONTH_RULES = (BY_DATE, PREVIOUS, CURRENT)


@dataclass
class BookOn(Book):
    """A book seen on `day` (see `on`); `whole` is the whole year's book it was seen from.

    `seen`: which of the whole book's own records it holds, when it holds no changed copy but
    the review's outcome hidden — () for all of them (nothing happened after `day`), else
    (member rows, meeting rows by index, whether the review's outcome is hidden: True, or
    "decision" for the cell's decided level only); None when a
    record had to change (a probationary member not yet official). Two
    days seeing the same records have the same figures, except what names the day itself
    (chibo_xl.workbook.memo.per_book shares them; `per_day` does not).
    """

    day: dt.date | None = None
    whole: Book | None = field(default=None, compare=False, repr=False)
    seen: tuple | None = field(default=None, compare=False, repr=False)


def draft_day(meeting: dt.date, working_days: int = DRAFT_WORKING_DAYS) -> dt.date:
    """The latest day a draft may reach the members: `working_days` working days before the
    meeting (Thursday 03/12/2020 → Monday 30/11/2020, as seed 004's cell did)."""
    day = meeting
    while working_days:
        day -= dt.timedelta(days=1)
        working_days -= day.weekday() < 5
    return day


def _member_on(m: Record, day: dt.date) -> Record | None:
    """Member row `m` as it stood on `day`, None when not yet in the cell."""
    move, moved = m["movement"], m["movement_date"]
    if m["admitted"] and m["admitted"] > day:
        return None
    if move == "Chuyển đến" and moved and moved > day:
        return None
    values = dict(m.values)
    if moved and moved > day and move in (*schema.LEAVING, "Chuyển chính thức"):
        values["movement"] = None
        values["movement_date"] = None
        if move == "Chuyển chính thức":
            values["status"] = schema.PROBATIONARY
    if values.get("status") == schema.OFFICIAL and m["official_date"] and m["official_date"] > day:
        values["status"] = schema.PROBATIONARY
    if values == m.values:
        return m
    return replace(m, values=values)


def on(book: Book, day: dt.date | None) -> Book:
    """The book as it stood on `day` (the whole book when `day` is None)."""
    if day is None:
        return book
    whole = getattr(book, "whole", None) or book
    tables = dict(book.tables)
    members, kept, same = [], [], book is whole
    for i, m in enumerate(book.rows("members")):
        r = _member_on(m, day)
        if r is not None:
            members.append(r)
            kept.append(i)
            same = same and r is m
    tables["members"] = members
    meetings = book.rows("meetings")
    held = [i for i, r in enumerate(meetings)
            if not (isinstance(r["date"], dt.date) and r["date"] > day)]
    tables["meetings"] = [meetings[i] for i in held]
    development = []
    for r in book.rows("development"):
        values = dict(r.values)
        for key in ("admitted", "class_date"):
            if isinstance(values.get(key), dt.date) and values[key] > day:
                values[key] = None
        if values == r.values:
            development.append(r)
        else:
            development.append(replace(r, values=values))
            same = False
    tables["development"] = development
    info = book.info
    review = info["review_date"]
    if review is not None and day < review:
        # before the review meeting its outcome does not exist yet: no document dated before it
        # (the Mẫu 01 draft, the members' forms) can report a level, a vote or a ballot of it
        info = _without(info, REVIEW_OUTCOME_INFO)
        tables["ratings"] = [_without(r, REVIEW_OUTCOME_RATINGS) for r in book.rows("ratings")]
        hidden = info is not book.info or any(
            a is not b for a, b in zip(tables["ratings"], book.rows("ratings")))
    elif info["cell_decided_date"] is not None and day < info["cell_decided_date"]:
        # the competent body's decision on the cell's level is not known before its date
        info = _without(info, DECISION_INFO)
        hidden = "decision" if info is not book.info else False
    else:
        hidden = False
    seen = None
    if same:
        everything = len(kept) == len(book.rows("members")) and len(held) == len(meetings)
        seen = () if everything and not hidden else (tuple(kept), tuple(held), hidden)
    return BookOn(info, tables, book.present, book.columns, day=day, whole=whole,
                  seen=seen)


#: what the review meeting decides (Thông tin chung, Xếp loại): unknown on an earlier day
REVIEW_OUTCOME_INFO = ("review_present", "review_voters", "cell_level", "cell_level_votes",
                       "counting_committee", "review_clerk", "review_guests", "ballots_issued",
                       "ballots_returned", "ballots_valid", "cell_commendation",
                       "cell_decided", "cell_decided_date")
#: the competent body's decision on the cell's level (Quy định 366-QĐ/TW Điều 12): unknown before
#: «Ngày cấp trên quyết định xếp loại chi bộ» when it is typed, before the review meeting anyway
DECISION_INFO = ("cell_decided", "cell_decided_date")
REVIEW_OUTCOME_RATINGS = ("cell_level", "votes_x", "votes_t", "votes_h", "votes_k",
                          "commendation")


def _without(record: Record, keys: tuple[str, ...]) -> Record:
    """`record` with `keys` blank: itself when they already are."""
    if all(record.values.get(k) is None for k in keys):
        return record
    values = dict(record.values)
    for k in keys:
        values[k] = None
    return replace(record, values=values)


def as_of_day(book: Book) -> dt.date | None:
    """The day a book is seen on (None: the whole year)."""
    return getattr(book, "day", None)


def months_of(book: Book, meeting: Record) -> tuple[tuple[int, int], tuple[int, int]]:
    """((year, month) reviewed, (year, month) planned) by a regular meeting.

    By the meeting's date (the default): one held on days 1–15 of month M reviews M−1 and plans M
    (the example's "Đánh giá kết quả tháng 12/2025 … triển khai nhiệm vụ tháng 01/2026" on
    08/01/2026); one held from day 16 reviews M and plans M+1. Thông tin chung «Tháng đánh giá
    khi sinh hoạt thường kỳ» fixes it for cells that always do one or the other.
    """
    day = meeting["date"]
    rule = book.info["meeting_months"] or BY_DATE
    late = day.day > 15 if rule == BY_DATE else rule == CURRENT
    held = (day.year, day.month)
    return (held, _shift(held, 1)) if late else (_shift(held, -1), held)


def _shift(month: tuple[int, int], by: int) -> tuple[int, int]:
    index = month[0] * 12 + month[1] - 1 + by
    return index // 12, index % 12 + 1
