"""Chương trình kiểm tra, giám sát năm and Báo cáo kết quả kiểm tra, giám sát: the chi bộ's
programme of inspection and supervision, and what came of it, from «Giám sát». Finished
Vietnamese strings (`ks` the programme, `kq` the report), as in `context`.

Sources: Điều lệ Đảng Đ.30.1 («Tổ chức đảng phải tiến hành công tác kiểm tra, giám sát») and
Đ.24.2 (the chi bộ «kiểm tra, giám sát thi hành kỷ luật đảng viên»). No central form of a chi
bộ's programme exists; the outline is the sample annexed to a provincial inspection committee's
guidance (Hướng dẫn 01-HD/UBKTTU 2017 of Bình Định, as the research of issue 27 quotes it): 1.
inspecting members' compliance (rows «Kiểm tra»), 2. supervision, regular and thematic (rows
«Giám sát» by «Hình thức»), 3. inspection on signs of violation, 4. discipline, and who carries
it out. Those two parts (3, 4) have no rows: they are what the chi bộ does when a case arises.

The programme is dated the year's plan (its Văn bản row, else the year's first meeting) and
lists the rows of members in the cell that day (`timeline.on`): a member who arrives later was
not in it. The result report is dated its Văn bản row, else the signing day, and tells the rows
begun by then (`figures.supervision`): a result is the row's «Kết quả», else «Đang thực hiện»
while its time runs, else a blank to fill; the rows not begun yet are counted, not told.
"""
from __future__ import annotations

import datetime as dt

from ..figures import supervision as sv
from ..figures import tally
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from .context import superior_committee

n2 = vn.count
THEMATIC = "Chuyên đề"
IN_PROGRESS = "Đang thực hiện"


def _posts(book: Book) -> dict:
    """Member name (folded) → the post a programme names them by."""
    out = {}
    for m in book.rows("members"):
        if m["name"]:
            post = m["party_post"] if m["party_post"] not in (None, "Đảng viên") else m["job"]
            out[cells.fold(m["name"])] = post or ""
    return out


def _row(w: sv.Watch, i: int, posts: dict, result: str = "") -> dict:
    r = w.row
    return {"stt": str(i), "name": w.name, "post": posts.get(cells.fold(w.name), ""),
            "content": r["content"] or "", "period": str(r["period"] or ""),
            "assignee": r["assignee"] or "", "result": result}


def _numbered(items: list[dict]) -> list[dict]:
    for i, item in enumerate(items, start=1):
        item["stt"] = str(i)
    return items


def programme_context(book: Book) -> dict:
    """`ks` of the programme: the rows of `book` (seen on the programme's day) whose member is
    in the cell that day, or who is no member the book knows (kept: it cannot be told)."""
    whole = getattr(book, "whole", None) or book
    here = {cells.fold(m["name"]) for m in book.rows("members") if m["name"]}
    known = {cells.fold(m["name"]) for m in whole.rows("members") if m["name"]}
    posts = _posts(whole)
    rows = [w for w in sv.watches(book)
            if cells.fold(w.name) in here or cells.fold(w.name) not in known]
    inspect = [w for w in rows if w.kind == sv.INSPECTION]
    watch = [w for w in rows if w.kind == sv.SUPERVISION]
    regular = [w for w in watch if w.row["form"] != THEMATIC]
    thematic = [w for w in watch if w.row["form"] == THEMATIC]
    info = book.info
    bases = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam"]
    if info["term"]:
        bases.append(f"Căn cứ Quy chế làm việc của {info['cell_name'] or 'chi bộ'} nhiệm kỳ "
                     f"{info['term']}")
    bases = [b + (";" if i < len(bases) - 1 else ",") for i, b in enumerate(bases)]
    return {"ks": {
        "bases": bases,
        "inspect": [_row(w, i, posts) for i, w in enumerate(inspect, start=1)],
        "regular": [_row(w, i, posts) for i, w in enumerate(regular, start=1)],
        "thematic": [_row(w, i, posts) for i, w in enumerate(thematic, start=1)],
        "recipient": superior_committee(info["superior"] or ""),
    }}


def _result(w: sv.Watch, day: dt.date) -> str:
    typed = w.row["result"]
    if typed:
        return typed
    if w.start is not None and not w.ended(day):
        return IN_PROGRESS
    return cells.HAND_FILL


def _discipline(book: Book) -> str:
    """The members disciplined in the year (Xếp loại «Kỷ luật trong năm»); that none was only
    when every rating row says «Không» (a blank cell is not known)."""
    rows = [r for r in book.rows("ratings") if r["name"]]
    hit = [r for r in rows if r["discipline"] and r["discipline"] != schema.NO]
    if hit:
        return (f"Trong năm, {n2(len(hit))} đảng viên bị xử lý kỷ luật: "
                + "; ".join(f"đồng chí {r['name']} ({r['discipline'].lower()})" for r in hit)
                + ".")
    if rows and all(r["discipline"] == schema.NO for r in rows):
        return "Trong năm, chi bộ không có đảng viên vi phạm phải xem xét, xử lý kỷ luật."
    return ""


def result_context(book: Book) -> dict:
    """`kq`, the result report: the rows begun by the book's day (the whole year's rows when
    the book is not dated), each with its result, and the counts."""
    day = getattr(book, "day", None) or dt.date(book.info["year"], 12, 31)
    posts = _posts(getattr(book, "whole", None) or book)
    rows = sv.watches(book)
    begun = [w for w in rows if w.begun(day) or w.start is None]
    waiting = [w for w in rows if w not in begun]
    inspect = [w for w in begun if w.kind == sv.INSPECTION]
    watch = [w for w in begun if w.kind == sv.SUPERVISION]
    current = tally.membership(book).end
    until = vn.date_short(day)
    inspected, watched = sv.distinct(inspect), sv.distinct(watch)
    inspect_text = (f"Từ đầu năm đến ngày {until}, chi bộ kiểm tra {n2(len(inspected))} đảng "
                    "viên chấp hành nhiệm vụ đảng viên, nghị quyết của chi bộ." if inspected
                    else "")
    watch_text = (f"Từ đầu năm đến ngày {until}, chi bộ giám sát {n2(len(watched))} đảng viên"
                  + (f", bằng {vn.percent(len(watched), current)} tổng số {n2(current)} đảng "
                     "viên của chi bộ" if current else "") + "." if watched else "")
    waiting_text = (f"Còn {n2(len(waiting))} nội dung theo chương trình chưa đến thời gian thực "
                    f"hiện ({', '.join(sv.distinct(waiting))})." if waiting else "")
    unread = [w for w in begun if w.start is None]
    if unread:
        waiting_text += ((" " if waiting_text else "")
                         + f"{n2(len(unread))} nội dung chưa ghi rõ «Thời gian» ở trang «Giám "
                           "sát» được ghi như đã triển khai.")
    return {"kq": {
        "date": until, "discipline": _discipline(book),
        "inspect": _numbered([_row(w, 0, posts, _result(w, day)) for w in inspect]),
        "watch": _numbered([_row(w, 0, posts, _result(w, day)) for w in watch]),
        "inspect_text": inspect_text, "watch_text": watch_text, "waiting": waiting_text,
        "recipient": superior_committee(book.info["superior"] or ""),
    }}
