"""Biên bản họp chi ủy: the chi ủy's own meeting before each regular meeting of the chi bộ,
only where the cell has a chi ủy. Finished Vietnamese strings (`cu`), beside the meeting's `mt`
(chibo_xl.documents.minutes) whose month reviewed, tasks planned and theme it prepares.

Sources: Điều lệ Đảng Đ.24.2 («Chi bộ, chi uỷ họp thường lệ mỗi tháng một lần»), Đ.24.4 (a chi
ủy only in a cell of nine official members or more: `tally.has_committee`); Hướng dẫn
12-HD/BTCTW (2018) §II.1.1, the preparation of a regular meeting: «Họp chi ủy (bí thư, phó bí
thư ở những nơi không có chi ủy) để thống nhất nội dung sinh hoạt, đánh giá kết quả công tác
lãnh đạo của chi bộ trong tháng, dự kiến nhiệm vụ của tháng tiếp theo; xác định những nội dung
trọng tâm cần trao đổi, thảo luận, biểu quyết tại chi bộ; cho ý kiến về dự thảo nghị quyết (nếu
có)» — the four points of its part II. No published form of these minutes exists (research of
issue 27): the header and signatures are those of the chi bộ's minutes.

Its day is «Ngày họp chi ủy» of the meeting's «Sinh hoạt» row; blank, the date line keeps its
year with the day and month to write by hand. Who sits on the chi ủy is «Chức vụ Đảng» of the
members on the chi bộ meeting's day; who came is left to fill (no column holds it).
"""
from __future__ import annotations

from ..figures import development
from ..workbook import cells
from ..workbook import vnformat as vn
from ..workbook.tables import Book

n2 = vn.count
POSTS = ("Bí thư", "Phó Bí thư", "Chi ủy viên")
REGULAR = "Thường kỳ"


def committee_members(book: Book) -> list[str]:
    """"Đinh Văn Thắng – Bí thư", … : the chi ủy on the day the book is seen, by post."""
    rows = [m for m in book.rows("members") if m["name"] and m["party_post"] in POSTS]
    rows.sort(key=lambda m: POSTS.index(m["party_post"]))
    return [f"{m['name']} – {m['party_post']}" for m in rows]


def _matters(whole: Book, day) -> list[str]:
    """The votes the chi bộ takes at the meeting of `day` (admissions, recognitions)."""
    out = []
    for c in development.admissions(whole):
        if c.day == day:
            out.append(f"Xét, đề nghị kết nạp quần chúng {c.name} vào Đảng (biểu quyết của đảng "
                       "viên chính thức).")
    for c in development.recognitions(whole):
        if c.day == day:
            out.append(f"Xét, đề nghị công nhận đảng viên chính thức đối với đồng chí {c.name} "
                       "(biểu quyết của đảng viên chính thức).")
    return out


def committee_context(book: Book, meeting, whole: Book) -> dict:
    """`cu` of the chi ủy's meeting preparing `meeting` (`book`: seen on the meeting's day)."""
    info = book.info
    day = meeting["date"]
    own = meeting["committee_date"]
    members = committee_members(book)
    place = info["place"] or ""
    # blank: the day and month left as the other forms leave them (one line in the header)
    date_line = (vn.date_line(place, own) if own else
                 f"{place}, ngày      tháng      năm {day.year}" if place else
                 f"Ngày      tháng      năm {day.year}")
    return {"date_line": date_line, "cu": {
        "date_words": vn.date_words(own) if own else f"ngày …… tháng …… năm {day.year}",
        "meeting_date": vn.date_short(day),
        "members": [f"{i}. Đồng chí {line}" + (";" if i < len(members) else ".")
                    for i, line in enumerate(members, start=1)],
        "count": n2(len(members)) if members else cells.HAND_FILL,
        "chair": info["secretary"] or "",
        "matters": _matters(whole, day),
    }}
