"""Which meeting of «Sinh hoạt» has which monthly document, and what a meeting does itself.

Pure decisions over a `Book` (the whole year's: a decision about which files exist must not
change with the day a document is seen on):
- **minutes**: every dated meeting, except the review meeting (the row on Thông tin chung's
  «Ngày họp kiểm điểm»): that meeting's minutes are the review's own (kind
  bien_ban_hop_kiem_diem), so a meeting is told once (issue 24).
- **resolution**: one for each month that had a meeting of any kind — the regular meeting that
  first plans its month (timeline.months_of), and in a month without a regular meeting its first
  meeting, so a month whose only meeting was thematic still resolves its tasks.
- **done at the meeting**: a task of Kế hoạch tháng is done by the meeting itself (its
  resolution does not assign it, the next minutes say it was done): the month's thematic row by
  the month's thematic meeting; the annual review by the review meeting; an act of a meeting
  («Thông qua …», «Xét …», «Kiểm điểm …», «Bầu …», «Biểu quyết …», «Sơ kết …», «Tổng kết …»)
  whose words the meeting's theme (or one of its parts between «;») carries, at least 60% of
  them: «chỉ đạo tổng kết năm học» in a theme directs the school's review, it does not hold it.
The chi bộ meets once a month and holds at least one thematic meeting a quarter (Điều lệ Đảng,
Điều 24; Chỉ thị 50-CT/TW, 23/7/2025).
"""
from __future__ import annotations

import re

from ..figures import timeline
from ..workbook import cells, schema
from ..workbook.memo import per_book
from ..workbook.tables import Book

REGULAR, THEMATIC = "Thường kỳ", "Chuyên đề"
ACTS = ("thong qua ", "xet ", "kiem diem", "bau ", "bieu quyet", "so ket ", "tong ket ")
#: words too common to tell two tasks apart
_COMMON = {"cua", "va", "cho", "cac", "chi", "bo", "dang", "vien", "nam", "thang", "to", "chuc",
           "trong", "voi", "ve", "theo", "nhung", "mot", "nam", "hoc"}
THEME_SHARE = 0.6     # share of a task's words its meeting's theme must hold to name it


def whole(book: Book) -> Book:
    """The whole year's book a book seen on a day was taken from (or the book itself)."""
    return getattr(book, "whole", None) or book


def is_review(book: Book, meeting) -> bool:
    """The meeting held on the review day (Thông tin chung «Ngày họp kiểm điểm»)."""
    review = book.info["review_date"]
    return review is not None and meeting["date"] == review


def review_meeting(book: Book):
    """The «Sinh hoạt» row held on the review day, or None."""
    return next((m for m in whole(book).rows("meetings") if m["date"] and is_review(book, m)),
                None)


def has_minutes(book: Book, meeting) -> bool:
    """Whether the meeting gets a monthly minutes of its own (every one but the review's)."""
    return bool(meeting["date"]) and not is_review(book, meeting)


def resolution_ids(book: Book) -> frozenset:
    """id() of the meetings that have a monthly resolution (see the module's docstring)."""
    return _resolution_ids(whole(book))


@per_book
def _resolution_ids(book: Book) -> frozenset:
    rows = sorted((m for m in book.rows("meetings") if m["date"]), key=lambda m: m["date"])
    with_regular = {(m["date"].year, m["date"].month) for m in rows if m["kind"] == REGULAR}
    planned, months, chosen = set(), set(), set()
    for m in rows:
        month = (m["date"].year, m["date"].month)
        if m["kind"] == REGULAR:
            plans = timeline.months_of(book, m)[1]
            if plans not in planned:
                chosen.add(id(m))
                planned.add(plans)
        elif month not in with_regular and month not in months:
            chosen.add(id(m))
        months.add(month)
    return frozenset(chosen)


def has_resolution(book: Book, meeting) -> bool:
    """Whether the meeting adopts a monthly resolution."""
    return id(meeting) in resolution_ids(book)


def previous_monthly(book: Book, meeting):
    """The latest meeting of the year before `meeting` that had a resolution, or None."""
    day = meeting["date"]
    chosen = resolution_ids(book)
    earlier = [m for m in whole(book).rows("meetings") if m["date"] and m["date"] < day
               and m["date"].year == day.year and id(m) in chosen]
    return max(earlier, key=lambda m: m["date"], default=None)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", cells.strip_accents(text or ""))
            if len(w) > 1 and w not in _COMMON}


def _named_by(theme: str, task: str) -> bool:
    """Whether the meeting's theme (or one of its parts between «;») names the task."""
    wanted = _words(task)
    if not wanted:
        return False
    parts = [theme, *theme.split(";")] if theme else []
    return any(len(wanted & _words(part)) >= THEME_SHARE * len(wanted) for part in parts)


def done_at(book: Book, meeting, task) -> bool:
    """Whether the Kế hoạch tháng row `task` is done by `meeting` itself."""
    day, year = meeting["date"], book.info["year"]
    if not day or day.year != year or task["month"] != day.month:
        return False
    if task["thematic"] == schema.YES and meeting["kind"] == THEMATIC:
        return True
    text = cells.strip_accents(task["activity"] or "")
    if is_review(book, meeting) and "kiem diem" in text and "xep loai" in text:
        return True
    return text.startswith(ACTS) and _named_by(meeting["theme"] or "", task["activity"])


def held_text(meeting) -> str:
    """What a meeting that did a task says of it: "đã tổ chức ngày 26/03/2026, 30/31 đảng viên
    dự" for a thematic meeting, "đã thực hiện tại buổi sinh hoạt ngày 08/01/2026" otherwise."""
    day = f"{meeting['date']:%d/%m/%Y}"
    if meeting["kind"] != THEMATIC:
        return f"đã thực hiện tại buổi sinh hoạt ngày {day}"
    present, summoned = meeting["present"], meeting["summoned"]
    count = f", {present}/{summoned} đảng viên dự" if present is not None and summoned else ""
    return f"đã tổ chức ngày {day}{count}"


def presenter(book: Book, meeting) -> str:
    """Who presents a thematic meeting: its row's «Người trình bày», else the person in charge
    of that month's thematic row of Kế hoạch tháng when a member of «Đảng viên» is named."""
    if meeting["presenter"] or meeting["kind"] != THEMATIC or not meeting["date"]:
        return meeting["presenter"] or ""
    day, year = meeting["date"], book.info["year"]
    members = {cells.fold(m["name"]): m["name"] for m in whole(book).rows("members") if m["name"]}
    rows = [r for r in book.rows("plan") if day.year == year and r["month"] == day.month
            and r["thematic"] == schema.YES and cells.fold(r["owner"] or "") in members]
    if not rows:
        return ""
    theme = _words(meeting["theme"] or "")
    best = max(rows, key=lambda r: len(_words(r["activity"]) & theme))
    return members[cells.fold(best["owner"])]
