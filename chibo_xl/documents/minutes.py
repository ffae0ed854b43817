"""The minutes and resolution of one meeting (sheet Sinh hoạt): `mt` of the templates.

A meeting is seen on its own day (chibo_xl.figures.timeline.on): its members, attendance and plan are
those of that day. The month it reviews and the month it plans follow its date
(timeline.months_of); the planned month's tasks come from that month's row of Kế hoạch tháng,
and a month outside the workbook's year is left empty so the template prints lines to fill by
hand (a December meeting planning January must not print this year's January).
"""
from __future__ import annotations

from ..figures import tally, timeline
from ..workbook import vnformat as vn
from ..workbook.tables import Book

n2 = vn.count


def month_text(month: tuple[int, int], year: int) -> str:
    """"01", "5", or "12/2025" outside the workbook's `year` (printed after "tháng ")."""
    y, m = month
    return (f"{m:02d}" if m <= 2 else str(m)) if y == year else f"{m:02d}/{y}"


def series(book: Book, belongs) -> dict[int, int]:
    """id(meeting row) → its place (1, 2, …) among the year's meetings `belongs(book, row)`
    accepts, in date order: the number series of the minutes and of the monthly resolutions."""
    year = book.info["year"]
    rows = [m for m in book.rows("meetings")
            if m["date"] and m["date"].year == year and belongs(book, m)]
    rows.sort(key=lambda m: m["date"])
    return {id(m): i for i, m in enumerate(rows, start=1)}


def meeting_context(book: Book, meeting) -> dict:
    """`mt` for the minutes and resolution of one meeting (a Sinh hoạt row), `book` seen on its day."""
    info = book.info
    year = info["year"]
    day = meeting["date"]
    reviewed, planned = timeline.months_of(book, meeting)
    came = tally.attendance(meeting)   # blank where the row is: printed «……», never 00
    tasks = [r["activity"] for r in book.rows("plan")
             if planned[0] == year and r["month"] == planned[1] and r["activity"]]
    return {"mt": {
        "date": vn.date_short(day), "date_words": vn.date_words(day),
        "month": month_text((day.year, day.month), year),
        "review_month": month_text(reviewed, year), "next_month": month_text(planned, year),
        "kind": (meeting["kind"] or "").lower(), "theme": meeting["theme"] or "",
        "place": meeting["place"] or info["school"] or "",
        "presenter": meeting["presenter"] or "", "summary": meeting["summary"] or "",
        "conclusion": meeting["conclusion"] or "",
        "summoned": n2(came.summoned), "present": n2(came.present),
        "absent": n2(came.absent), "absent_excused": n2(came.excused),
        "absent_unexcused": n2(came.unexcused), "rate": vn.percent(came.present, came.summoned),
        # the reasons only where someone was (or may have been) absent
        "absent_reasons": "" if came.absent == 0 else
        f" (có lý do: {n2(came.excused)}; không có lý do: {n2(came.unexcused)})",
        "chair": meeting["chair"] or info["secretary"] or "",
        "clerk": meeting["clerk"] or "", "quality": meeting["quality"] or "",
        "next_activities": tasks,
    }}
