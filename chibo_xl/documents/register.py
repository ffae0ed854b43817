"""Sổ danh sách đảng viên (Mẫu 7-HSĐV): the cell's members on the day it is dated, one row each,
in the register's columns. Finished Vietnamese strings (`ds`), as in `context`.

Hướng dẫn 06-HD/TW (09/6/2025) mục 8.2h names the book («Sổ danh sách đảng viên đang sinh hoạt
tại chi bộ (cả đảng viên chính thức và dự bị)») and mục 8.1c asks the chi ủy to add each year's
changes «vào danh sách đảng viên của chi bộ» (tnt305/tai_lieu_noi_bo src/etl/dataset/
4d25bcf400b5f7fc.md). The form's page itself was not read: its columns are those two agreeing
reproductions print (DESIGN §2's list and a party committee's application printing «SỔ DANH
SÁCH ĐẢNG VIÊN»): STT; họ và tên; nam, nữ, dân tộc, tôn giáo; quê quán; văn hóa, lý luận,
chuyên môn, ngoại ngữ; nghề nghiệp; ngày vào Đảng, ngày chính thức; số thẻ, số lý lịch; ngày
chuyển đi; ngày chuyển đến; ngày từ trần; ngày ra khỏi Đảng (hình thức); ghi chú.

The book is seen on the register's day (`timeline.on`): members admitted or moved in later are
not in it; those who left by then stay, with the day and the way they left, as the register keeps
them. A blank cell prints nothing; «Văn hóa» and «Số lý lịch» are the columns «Giáo dục phổ
thông» and «Số lý lịch đảng viên» of «Đảng viên».
"""
from __future__ import annotations

from ..figures import tally
from ..workbook import schema
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from .context import superior_committee

n2 = vn.count
#: movements the register has a column for, and the ways of leaving the Party
_GONE = ("Xóa tên", "Khai trừ", "Ra khỏi Đảng")


def _lines(*parts) -> str:
    """The parts of one cell, one a line, in the register's order (a blank part stays an empty
    line only between two given ones, so the order can still be read)."""
    values = [p or "" for p in parts]
    while values and not values[-1]:
        values.pop()
    return "\n".join(values)


def _moved(m, kinds) -> str:
    if m["movement"] in kinds:
        day = vn.date_short(m["movement_date"])
        if m["movement"] in _GONE:
            return _lines(day, m["movement"])
        return day or "Có"
    return ""


def register_context(book: Book) -> dict:
    """`ds`: every member on the roll on the day the book is seen, and the count of that day."""
    rows = []
    for i, m in enumerate((m for m in book.rows("members") if m["name"]), start=1):
        notes = [m["note"] or ""]
        if m["status"] == schema.PROBATIONARY:
            notes.insert(0, "Dự bị")
        if m["exempt"] == schema.YES:
            notes.insert(0, "Miễn sinh hoạt")
        rows.append({
            "stt": str(i), "name": m["name"],
            "person": _lines(m["sex"], m["ethnicity"], m["religion"]),
            "hometown": m["hometown"] or "",
            "levels": _lines(m["general_education"], m["theory"], m["education"], m["language"]),
            "job": m["job"] or "",
            "dates": _lines(vn.date_short(m["admitted"]), vn.date_short(m["official_date"])),
            "card": _lines(m["card"], m["file_number"]),
            "moved_out": _moved(m, ("Chuyển đi",)), "moved_in": _moved(m, ("Chuyển đến",)),
            "died": _moved(m, ("Từ trần",)), "left": _moved(m, _GONE),
            "note": "; ".join(n for n in notes if n)})
    mem = tally.membership(book)
    day = getattr(book, "day", None)
    count = (f"Đến ngày {vn.date_short(day)}, chi bộ có {n2(mem.end)} đảng viên đang sinh hoạt "
             f"({n2(mem.official)} chính thức, {n2(mem.probationary)} dự bị)"
             if day else f"Chi bộ có {n2(mem.end)} đảng viên đang sinh hoạt ({n2(mem.official)} "
             f"chính thức, {n2(mem.probationary)} dự bị)")
    left = len(rows) - mem.end
    count += (f"; {n2(left)} đồng chí đã chuyển đi, từ trần hoặc ra khỏi Đảng (ghi ở các cột "
              "tương ứng)." if left else ".")
    return {"ds": {"rows": rows, "count": count,
                   "recipient": superior_committee(book.info["superior"] or "")}}
