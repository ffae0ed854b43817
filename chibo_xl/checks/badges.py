"""Checks of the year's Huy hiệu Đảng (`figures.badges`): a member whose milestone a discipline
defers, and a discipline whose day the deferral needs."""
from __future__ import annotations

from ..figures import badges
from ..workbook import schema, vnformat
from ..workbook.findings import Report
from ..workbook.tables import Book


def check_badges(book: Book, report: Report) -> None:
    """Warnings only: the cell and the đảng ủy decide the award (`rules.badges` for the sources)."""
    for x in badges.milestones(book):
        if not x.discipline:
            continue
        # the discipline is this year's (Xếp loại) or an earlier year's (Lịch sử)
        sheet = x.rating.sheet if x.rating is not None else schema.RATINGS.name
        where = x.rating.cell("discipline_date") if x.rating is not None else ""
        if x.resume is None:
            report.warn("BADGE_DISCIPLINE_DAY_MISSING", sheet, where, None,
                        f"Đồng chí {x.name} đủ {x.years} năm tuổi đảng nhưng bị kỷ luật "
                        f"{x.discipline.lower()} trong năm: chưa xét tặng Huy hiệu Đảng cho tới khi "
                        "đủ số tháng kể từ ngày quyết định kỷ luật; hãy ghi «Ngày quyết định kỷ "
                        "luật» (tờ trình chưa ghi đồng chí này).")
        elif x.deferred:
            report.warn("BADGE_DEFERRED", sheet, where, x.discipline_day,
                        f"Đồng chí {x.name} đủ {x.years} năm tuổi đảng ngày "
                        f"{vnformat.date_short(x.day)} nhưng bị kỷ luật {x.discipline.lower()}: "
                        f"chưa xét tặng Huy hiệu Đảng, xét lại từ ngày "
                        f"{vnformat.date_short(x.resume)} nếu sửa chữa tốt khuyết điểm, được chi bộ "
                        "công nhận (Quy định 24-QĐ/TW, Hướng dẫn 01-HD/TW năm 2021; số tháng là mục "
                        "cài đặt ở «Thông tin chung»).")
