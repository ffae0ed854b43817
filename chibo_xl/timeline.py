"""The cell's calendar: the day each document is dated, and the book as it stood on that day.

A secretary signs what was true on the document's own date (issue: "documents true to their own
date"). Each kind of chibo_xl.kinds names a date rule (Kind.date) and whether its figures are taken
on that day (Kind.as_of = ON_DATE) or over the whole year (YEAR_END). `document_date` applies the
rule; `on(book, day)` is the book seen on `day`: members admitted or moved in later are not yet
there, those who left later are still there, probationary members not yet official are still
probationary, and meetings held later have not happened. Pure functions over a `Book`.

Rules and their sources:
- the Mẫu 01 draft reaches the members at least 3 working days before the review meeting, and
  the review ends before 31/12 (Hướng dẫn 43-HD/BTCTW, §4.1; RULES.md "Forms 2025 on"). Working
  days here are Monday to Friday: public holidays are not known to the workbook.
- the minutes, the ballot and the vote-count record of a meeting are made at that meeting.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from . import kinds, rules, schema
from .tables import Book, Record

DRAFT_WORKING_DAYS = 3  # Hướng dẫn 43-HD/BTCTW §4.1: the Mẫu 01 draft, before the review meeting

#: Thông tin chung «Tháng đánh giá khi sinh hoạt thường kỳ»: which month a regular meeting
#: reviews and which it plans
BY_DATE, PREVIOUS, CURRENT = "Theo ngày họp", "Tháng trước", "Tháng họp"
MONTH_RULES = (BY_DATE, PREVIOUS, CURRENT)


@dataclass
class BookOn(Book):
    """A book seen on `day` (see `on`); `whole` is the whole year's book it was seen from.

    `seen`: which of the whole book's own records it holds, when it holds no changed copy —
    () for all of them (nothing happened after `day`), else (member rows, meeting rows) by
    index; None when a record had to change (a probationary member not yet official). Two
    days seeing the same records have the same figures, except what names the day itself
    (chibo_xl.memo.per_book shares them; `per_day` does not).
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


def documents_row(book: Book, kind) -> Record | None:
    """The Văn bản row of `kind`, None when there is none."""
    if not kind.label:
        return None
    return next((r for r in book.rows("documents") if r["doc_type"] == kind.label), None)


def document_date(book: Book, kind, day: dt.date | None = None) -> dt.date | None:
    """The day a document of `kind` is dated, by its rule (`day`: the meeting it records).

    SIGN: its Văn bản date, else the default signing day. PLAN: its Văn bản date, else the first
    meeting of the year (where the plan is adopted), else the signing day. MEETING: `day`.
    BEFORE_REVIEW (Mẫu 01 draft, Mẫu 02): its Văn bản date, else that of another such kind (the
    forms go out with the draft), else the latest day leaving 3 working days before the review
    meeting. REVIEW (ballot, vote count, review minutes): the review
    meeting's day. AFTER_REVIEW (annual report): its Văn bản date, else the signing day.
    """
    info = book.info
    row = documents_row(book, kind)
    given = row["date"] if row else None
    review = info["review_date"]
    rule = kind.date
    if rule == kinds.MEETING and day:
        return day
    if rule == kinds.REVIEW and review:
        return review
    if given:
        return given
    if rule == kinds.PLAN:
        year = info["year"]
        held = sorted(m["date"] for m in book.rows("meetings")
                      if m["date"] and m["date"].year == year)
        if held:
            return held[0]
    if rule == kinds.BEFORE_REVIEW and review:
        # the members' forms go out with the collective draft (Mẫu 01) when that one is dated
        dated = [r["date"] for k in kinds.all_kinds() if k.date == kinds.BEFORE_REVIEW
                 for r in [documents_row(book, k)] if r and r["date"] and r["date"] < review]
        return dated[0] if dated else draft_day(review)
    return day or info["sign_date"]


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
    seen = None
    if same:
        everything = len(kept) == len(book.rows("members")) and len(held) == len(meetings)
        seen = () if everything else (tuple(kept), tuple(held))
    return BookOn(book.info, tables, book.present, book.columns, day=day, whole=whole,
                  seen=seen)


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


def _warn_row(report, code: str, row: Record, message: str) -> None:
    report.warn(code, schema.DOCUMENTS.name, row.cell("date"), row["date"], message)


def check_calendar(book: Book, report) -> None:
    """Warnings on documents dated against the calendar (Hướng dẫn 43-HD/BTCTW §4.1): a review
    meeting after 31/12, a Mẫu 01 draft less than 3 working days before the review meeting, a
    review document's Văn bản date other than the meeting's, an annual report dated before the
    review, and two documents of one type sharing a number."""
    info, year = book.info, book.info["year"]
    review = info["review_date"]
    period = rules.period_for(year) if year else None
    timed = period is not None and period.review_calendar   # HD 43 §4.1 (rules.Period)
    if timed and review and review > dt.date(year, 12, 31):
        report.warn("REVIEW_AFTER_YEAR", schema.INFO.name, info.cell("review_date"), review,
                    f"Ngày họp kiểm điểm {review:%d/%m/%Y} sau ngày 31/12/{year}: việc kiểm "
                    f"điểm, xếp loại phải xong trong năm ({period.guidance}).")
    for declared in kinds.all_kinds():
        row = documents_row(book, declared)
        if not (row and row["date"] and review):
            continue
        given, label = row["date"], declared.label
        if declared.date == kinds.BEFORE_REVIEW and given > draft_day(review):
            if timed:
                _warn_row(report, "DRAFT_TOO_LATE", row,
                          f"«{label}» ngày {given:%d/%m/%Y}: dự thảo phải gửi đảng viên ít nhất "
                          f"{DRAFT_WORKING_DAYS} ngày làm việc trước ngày họp kiểm điểm "
                          f"{review:%d/%m/%Y} ({period.guidance}).")
        elif declared.date == kinds.REVIEW and given != review:
            _warn_row(report, "REVIEW_DOC_DATE", row,
                      f"«{label}» ghi ngày {given:%d/%m/%Y}, khác ngày họp kiểm điểm "
                      f"{review:%d/%m/%Y}: văn bản được ghi ngày họp.")
        elif declared.date == kinds.AFTER_REVIEW and given < review:
            _warn_row(report, "REPORT_BEFORE_REVIEW", row,
                      f"«{label}» ngày {given:%d/%m/%Y} trước ngày họp kiểm điểm "
                      f"{review:%d/%m/%Y}: báo cáo năm lập sau khi kiểm điểm.")
    _shared_numbers(book, report)


def _shared_numbers(book: Book, report) -> None:
    """Two documents of one type abbreviation ("BB") with one number: a warning on the second."""
    from .minutes import series

    taken: dict[tuple[str, int], str] = {}
    for declared in kinds.all_kinds():
        row = documents_row(book, declared)
        if not (row and row["number"]):
            continue
        count = max(len(series(book, declared.numbered)), 1) if declared.series else 1
        for number in range(row["number"], row["number"] + count):
            key = (declared.abbr, number)
            if key in taken and taken[key] != declared.label:
                report.warn("NUMBER_SHARED", schema.DOCUMENTS.name, row.cell("number"), number,
                            f"Số {number:02d}-{declared.abbr}/CB dùng cho cả «{taken[key]}» và "
                            f"«{declared.label}»" + (f" (các biên bản trong năm lấy số tiếp theo "
                                                     f"từ {row['number']:02d})"
                                                     if declared.series else "") + ".")
                break
            taken[key] = declared.label
