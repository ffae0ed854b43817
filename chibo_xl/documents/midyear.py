"""Báo cáo sơ kết 6 tháng đầu năm: what the chi bộ did from 1 January to the day the report is
adopted, and the tasks of the second half of the year. Finished Vietnamese strings (`sk`), as in
`context`; the sentences of the year (`s`: members, movements, meetings) come from the book seen
on the report's day, as for every dated document.

No central form of a chi bộ's mid-year report exists (none was found; the research of issue 27
says so): the title is the one published samples of school cells use («Sơ kết công tác 6 tháng
đầu năm …, phương hướng, nhiệm vụ 6 tháng cuối năm …»), the outline the annual report's
(seeds 000, 002) for half a year: results, an assessment, the tasks of the months 7–12.

The report's day: its row of «Văn bản», else the meeting of June or July whose theme says «sơ
kết» (the example's 04/06: «Sơ kết công tác Đảng 6 tháng đầu năm 2026»), where the chi bộ adopts
it; else it is not made. It is true on that day: the members, meetings and admissions of that
day (`timeline.on`), the party fees of the months over by then, the inspections and supervisions
over or under way by then (`figures.supervision`), and the monthly tasks of the report's own month
are «đang thực hiện» whatever is typed later.
"""
from __future__ import annotations

import datetime as dt
from ..figures import fees, tally
from ..figures import supervision as sv
from ..workbook import cells
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from . import kinds, monthly
from .dates import documents_row

n2 = vn.count
KEY = "bao_cao_so_ket"
#: the months whose meeting may adopt the report (its theme saying «sơ kết»)
MEETING_MONTHS = (6, 7)
IN_PROGRESS = "Đang thực hiện"


def report_day(book: Book) -> dt.date | None:
    """The day the mid-year report is dated: its «Văn bản» row's date, else the June or July
    meeting whose theme says «sơ kết», else None (the report is not made)."""
    row = documents_row(book, kinds.kind(KEY))
    if row and row["date"]:
        return row["date"]
    year = book.info["year"]
    held = sorted((m for m in book.rows("meetings") if isinstance(m["date"], dt.date)
                   and m["date"].year == year and m["date"].month in MEETING_MONTHS
                   and "so ket" in cells.strip_accents(m["theme"] or "")),
                  key=lambda m: m["date"])
    return held[0]["date"] if held else None


def _plan_rows(book: Book, months, result) -> list[dict]:
    rows = []
    for r in sorted((r for r in book.rows("plan") if r["month"] in months and r["activity"]),
                    key=lambda r: r["month"]):
        rows.append({"month": str(r["month"]), "activity": r["activity"],
                     "owner": r["owner"] or "", "result": result(r)})
    for i, row in enumerate(rows, start=1):
        row["stt"] = str(i)
    return rows


def _fees_sentence(book: Book, day: dt.date) -> str:
    """The fees of the months over by `day` (a month's fees are paid within it)."""
    year = book.info["year"]
    last = max((m for m in range(1, 13) if fees.month_end(year, m) <= day), default=0)
    rows = [r for r in book.rows("fees") if r["month"] and r["month"] <= last]
    if not last or not rows:
        return ""
    fee = fees.fees(Book(book.info, {**book.tables, "fees": rows}, book.present, book.columns))
    # the months the sheet holds, never more: a month without rows is not known to be paid
    first, last = min(r["month"] for r in rows), max(r["month"] for r in rows)
    months = f"tháng {first:02d}" if first == last else f"tháng {first:02d} đến tháng {last:02d}"
    return (f"Thu đảng phí {months}/{year}: {vn.money(fee.paid)}"
            + (f" (phải thu {vn.money(fee.due)})" if fee.due != fee.paid else "")
            + f"; trích giữ lại tại chi bộ {vn.money(fee.kept)}, nộp cấp trên "
              f"{vn.money(fee.sent)}.")


def _watch_sentence(book: Book, day: dt.date, until: str) -> str:
    """The inspections and supervisions over, and under way, by `day`."""
    rows = sv.watches(book)
    if not rows:
        return ""
    parts = []
    for kind, verb in ((sv.INSPECTION, "kiểm tra"), (sv.SUPERVISION, "giám sát")):
        mine = [w for w in rows if w.kind == kind]
        done = sv.distinct([w for w in mine if w.ended(day)])
        going = sv.distinct([w for w in mine if w.begun(day) and not w.ended(day)])
        if done:
            parts.append(f"đã {verb} {n2(len(done))} đảng viên ({', '.join(done)})")
        if going:
            parts.append(f"đang {verb} {n2(len(going))} đảng viên ({', '.join(going)})")
    unread = [w for w in rows if w.start is None]
    text = (f"Từ đầu năm đến ngày {until}, chi bộ " + "; ".join(parts) + "." if parts else
            f"Đến ngày {until}, chi bộ chưa có cuộc kiểm tra, giám sát nào đến thời gian thực "
            "hiện theo chương trình.")
    if unread:
        text += (f" Chưa tính {n2(len(unread))} nội dung chưa ghi rõ «Thời gian» ở trang «Giám "
                 "sát».")
    return text


def _development_sentence(book: Book, day: dt.date, until: str) -> str:
    year = book.info["year"]
    new = tally.admitted_in_year(book)
    trained = [r for r in book.rows("development")
               if r["name"] and r["class_date"] and r["class_date"].year == year]
    parts = []
    if new:
        parts.append(f"kết nạp {n2(len(new))} đảng viên mới ("
                     + "; ".join(f"đồng chí {r['name']}, ngày {vn.date_short(r['admitted'])}"
                                 for r in new) + ")")
    if trained:
        parts.append(f"có {n2(len(trained))} quần chúng ưu tú được học lớp bồi dưỡng nhận thức "
                     "về Đảng")
    return (f"Từ đầu năm đến ngày {until}, chi bộ " + "; ".join(parts) + ".") if parts else ""


def midyear_context(book: Book) -> dict:
    """`sk`: the mid-year report of `book`, seen on its day (`timeline.on`)."""
    day = getattr(book, "day", None) or book.info["sign_date"]
    until = vn.date_short(day)

    held = [m for m in book.rows("meetings") if isinstance(m["date"], dt.date)]

    def result(r):
        # a task of the report's own month: done only by a meeting held by then (what is typed
        # in «Kết quả thực hiện» may have been written later)
        doer = next((m for m in held if monthly.done_at(book, m, r)), None)
        said = monthly.held_text(doer) if doer else ""
        said = said[:1].upper() + said[1:]
        if r["month"] >= day.month:
            return said or IN_PROGRESS
        return r["result"] or said or cells.HAND_FILL

    return {"sk": {
        "date": until, "date_words": vn.date_words(day),
        "results": _plan_rows(book, range(1, min(day.month, 6) + 1), result),
        "next": _plan_rows(book, range(7, 13), lambda r: ""),
        "development": _development_sentence(book, day, until),
        "fees": _fees_sentence(book, day),
        "watch": _watch_sentence(book, day, until),
    }}
