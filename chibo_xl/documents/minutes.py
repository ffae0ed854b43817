"""The minutes and resolution of one meeting (sheet Sinh hoạt): `mt` of the templates.

A meeting is seen on its own day (chibo_xl.figures.timeline.on): its members, attendance and
plan are those of that day. The month it reviews and the month it plans follow its date
(timeline.months_of); the planned month's tasks come from that month's rows of Kế hoạch tháng,
and a month outside the workbook's year is left empty so the template prints lines to fill by
hand (a December meeting planning January must not print this year's January).

What the month was (issue 24): the minutes recall the reviewed month's planned tasks, each with
its person in charge and what was done (the row's «Kết quả thực hiện», or the meeting that did
it); the members admitted, arrived, gone or recognized official since the cell's previous
monthly meeting; every typed «Tóm tắt nội dung» and «Kết luận». The resolution assigns the
planned month's tasks with their person in charge, except what its own meeting has just done
(`monthly.done_at`). Which meetings have a resolution, and which have their own minutes, is
`monthly`'s to say.
"""
from __future__ import annotations

import datetime as dt
import re

from ..figures import tally, timeline
from ..rules import party_dates
from ..rules.attendance import absent_names
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from . import monthly

n2 = vn.count
DOTS_SHORT = "……………"  # a result nobody has typed yet


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


def who_was_absent(meeting) -> str:
    """"Vắng có lý do: đồng chí Lê Thị Hoa (ốm); vắng không lý do: đồng chí Phạm Văn Nam.", from
    the names «Sinh hoạt» gives (issue 23), each with the reason typed in brackets; "" when none."""
    said = []
    for column, label in (("absent_excused_names", "vắng có lý do"),
                          ("absent_unexcused_names", "vắng không lý do")):
        people = []
        for part in re.split(r"[,;\n]", meeting[column] or ""):
            for name in absent_names(part):
                reason = re.search(r"\((.*?)\)", part)
                people.append(f"đồng chí {name}" + (f" ({reason[1].strip()})" if reason else ""))
        if people:
            said.append(f"{label}: {', '.join(people)}")
    return (said[0][:1].upper() + "; ".join(said)[1:] + ".") if said else ""


def _in_charge(owner: str | None) -> str:
    """"đồng chí Đinh Văn Thắng phụ trách", "Chi ủy phụ trách", "" when nobody is named."""
    owner = (owner or "").strip()
    if not owner:
        return ""
    lower = cells.strip_accents(owner)
    if lower.startswith(("chi uy", "chi bo", "bi thu", "to ", "ban ", "cac ", "doan ", "cong doan")):
        return f"{owner} phụ trách"
    return f"đồng chí {owner} phụ trách"


def task_line(row) -> str:
    """One planned task: "Chỉ đạo kiểm tra nội bộ (đồng chí Nguyễn Thị Thu Hà phụ trách)"."""
    who = _in_charge(row["owner"])
    activity = (row["activity"] or "").strip().rstrip(".;")
    return f"{activity} ({who})" if who else activity


def _tasks_of(book: Book, month: tuple[int, int]):
    year = book.info["year"]
    return [r for r in book.rows("plan")
            if month[0] == year and r["month"] == month[1] and r["activity"]]


def reviewed_tasks(book: Book, meeting, reviewed: tuple[int, int]) -> list[dict]:
    """The reviewed month's tasks: {task, result}; the result typed in Kế hoạch tháng, else the
    meeting of that month that did it, else a hand-fill blank."""
    held = [m for m in book.rows("meetings") if m["date"] and m is not meeting
            and m["date"] < meeting["date"] and (m["date"].year, m["date"].month) == reviewed]
    found = []
    for row in _tasks_of(book, reviewed):
        result = (row["result"] or "").strip().rstrip(".")
        if not result:
            doer = next((m for m in held if monthly.done_at(book, m, row)), None)
            if doer is not None:
                result = monthly.held_text(doer)
        found.append({"task": task_line(row), "result": result or DOTS_SHORT})
    return found


def planned_tasks(book: Book, meeting, planned: tuple[int, int]) -> tuple[list[str], list[str]]:
    """(tasks the resolution assigns, with their person in charge; what its own meeting has
    just done, as the activities read after «chi bộ đã»)."""
    todo, done = [], []
    for row in _tasks_of(book, planned):
        if monthly.done_at(book, meeting, row):
            activity = row["activity"].strip().rstrip(".;")
            done.append(activity[:1].lower() + activity[1:])
        else:
            todo.append(task_line(row))
    return todo, done


def _names(events) -> str:
    return ", ".join(f"đồng chí {name} (ngày {day:%d/%m/%Y})" for day, name in sorted(events))


def movement(book: Book, since: dt.date | None, day: dt.date) -> list[str]:
    """Sentences on members admitted, arrived, gone and recognized official after `since` (the
    previous monthly meeting; None: from 1 January) up to `day`, from «Đảng viên»."""
    start = since or dt.date(day.year, 1, 1) - dt.timedelta(days=1)
    inside = lambda d: isinstance(d, dt.date) and start < d <= day  # noqa: E731
    admitted, arrived, official, gone = [], [], [], {}
    for m in book.rows("members"):
        name, move, moved = m["name"], m["movement"], m["movement_date"]
        # the chi bộ admits at the ceremony (Điều lệ Đảng Điều 4 khoản 3; `rules.party_dates`)
        held = party_dates.probation_start(m)
        joined = held if inside(held) else (
            moved if move == "Kết nạp mới" and inside(moved) else None)
        if joined and move != "Chuyển đến":
            admitted.append((joined, name))
        if move == "Chuyển đến" and inside(moved):
            arrived.append((moved, name))
        elif move in schema.LEAVING and inside(moved):
            gone.setdefault(move, []).append((moved, name))
        recognized = m["official_date"] if inside(m["official_date"]) else (
            moved if move == "Chuyển chính thức" and inside(moved) else None)
        if recognized:
            official.append((recognized, name))
    lines = []
    if admitted:
        lines.append(f"Kết nạp đảng viên mới: {_names(admitted)}.")
    if official:
        lines.append(f"Công nhận đảng viên chính thức: {_names(official)}.")
    if arrived:
        lines.append(f"Tiếp nhận đảng viên chuyển đến: {_names(arrived)}.")
    labels = {"Chuyển đi": "Đảng viên chuyển sinh hoạt đảng đi"}
    for move, events in gone.items():
        lines.append(f"{labels.get(move, move)}: {_names(events)}.")
    return lines


def meeting_context(book: Book, meeting) -> dict:
    """`mt` for the minutes and resolution of one meeting (a Sinh hoạt row), `book` seen on its day."""
    info = book.info
    year = info["year"]
    day = meeting["date"]
    reviewed, planned = timeline.months_of(book, meeting)
    came = tally.attendance(meeting)   # blank where the row is: printed «……», never 00
    todo, done = planned_tasks(book, meeting, planned)
    resolves = monthly.has_resolution(book, meeting)
    since = monthly.previous_monthly(book, meeting)
    return {"mt": {
        "date": vn.date_short(day), "date_words": vn.date_words(day),
        "month": month_text((day.year, day.month), year),
        "review_month": month_text(reviewed, year), "next_month": month_text(planned, year),
        "kind": (meeting["kind"] or "").lower(), "theme": meeting["theme"] or "",
        "place": meeting["place"] or info["school"] or "",
        "presenter": monthly.presenter(book, meeting), "summary": meeting["summary"] or "",
        "conclusion": meeting["conclusion"] or "",
        "summoned": n2(came.summoned), "present": n2(came.present),
        "absent": n2(came.absent), "absent_excused": n2(came.excused),
        "absent_unexcused": n2(came.unexcused), "rate": vn.percent(came.present, came.summoned),
        # the reasons only where someone was (or may have been) absent
        "absent_reasons": "" if came.absent == 0 else
        f" (có lý do: {n2(came.excused)}; không có lý do: {n2(came.unexcused)})",
        "absent_names": who_was_absent(meeting),
        "chair": meeting["chair"] or info["secretary"] or "",
        "clerk": meeting["clerk"] or "", "quality": meeting["quality"] or "",
        "reviewed": reviewed_tasks(book, meeting, reviewed) if resolves else [],
        "movement": movement(book, since and since["date"], day) if resolves else [],
        "movement_since": (f"buổi sinh hoạt ngày {since['date']:%d/%m/%Y}" if since
                           else f"đầu năm {day.year}"),
        "next_activities": todo, "done_here": done, "done_text": "; ".join(done),
        "monthly": resolves,
        # who sees the resolution carried out: the chi ủy, or the secretary of a cell without one
        "leads": "Chi ủy" if tally.has_committee(book) else "Bí thư chi bộ",
    }}


#: `mt` of the review minutes when the review meeting is no row of «Sinh hoạt»: no monthly part
NO_MEETING = {"mt": {"monthly": False, "review_month": "", "next_month": "", "reviewed": [],
                     "movement": [], "movement_since": "", "next_activities": []}}
