"""Attendance at the cell's meetings: each meeting's counts, and each member's absences.

The rules and their sources are `rules.attendance` (Hướng dẫn 12-HD/BTCTW 2018: a meeting's
rate above the norm, nobody absent without reason, nobody absent with reason more than three
times running; Điều lệ Đảng Điều 8 khoản 1: three months skipped in a year). They are criteria
of quality and grounds for the chi bộ to consider: every finding here is a warning, except a
count that cannot be (more present than summoned).
"""
from __future__ import annotations

from ..figures import tally
from ..figures.attendance import NAME_COLUMNS, attendance, year_meetings
from ..rules import attendance as rules
from ..rules import rating
from ..workbook import schema, vnformat
from ..workbook.findings import Report
from ..workbook.tables import Book

HD12 = "Hướng dẫn 12-HD/BTCTW"


def check_counts(book: Book, report: Report) -> None:
    """Each meeting's counts: present ≤ summoned, present + absent = summoned, the rate above
    the norm (setting «Tỷ lệ dự sinh hoạt tối thiểu (%)»), no absence without reason."""
    sheet = schema.MEETINGS.name
    norm = float(tally.setting(book, "attendance_min"))
    named = attendance(book).named
    for mt in book.rows("meetings"):
        summoned, present = mt["summoned"], mt["present"]
        unexcused = named.get(mt.row, {}).get("absent_unexcused_names", [])
        if mt["absent_unexcused"] or unexcused:
            who = f" ({', '.join(unexcused)})" if unexcused else ""
            report.warn("ATTENDANCE_UNEXCUSED", sheet,
                        mt.cell("absent_unexcused_names" if unexcused else "absent_unexcused"),
                        mt["absent_unexcused"] or len(unexcused),
                        f"Có đảng viên vắng không có lý do{who}: buổi sinh hoạt chưa đạt tiêu "
                        f"chí «không có đảng viên vắng mặt không có lý do» ({HD12}).")
        if summoned is None or present is None:
            if mt["date"]:   # a meeting not held yet: its documents are drafts (issue 24)
                blank = "summoned" if summoned is None else "present"
                report.warn("MEETING_DRAFT", sheet, mt.cell(blank), None,
                            f"Buổi họp ngày {mt['date']:%d/%m/%Y} chưa ghi số triệu tập, có mặt: "
                            "biên bản và nghị quyết của buổi này là bản nháp, số liệu để trống điền "
                            "tay; tỷ lệ dự họp của năm chưa tính buổi này.")
            continue
        if present > summoned:
            report.error("ATTENDANCE_IMPOSSIBLE", sheet, mt.cell("present"), present,
                         f"Số có mặt lớn hơn số triệu tập ({summoned}).")
            continue
        absent = [mt[k] for k in ("absent_excused", "absent_unexcused") if mt[k] is not None]
        if absent and present + sum(absent) != summoned:
            report.warn("ATTENDANCE_SUM", sheet, mt.cell("present"), present,
                        f"Có mặt + vắng = {present + sum(absent)} khác số triệu tập "
                        f"({summoned}).")
        if not rules.rate_passes(present, summoned, norm):
            report.warn("ATTENDANCE_LOW", sheet, mt.cell("present"), present,
                        f"Tỷ lệ dự họp {vnformat.percent(present, summoned)} chưa trên "
                        f"{vnformat.decimal(norm)}% ({HD12}: tỷ lệ đảng viên dự sinh hoạt phải "
                        f"trên {vnformat.decimal(norm)}%; mục «Tỷ lệ dự sinh hoạt tối thiểu» ở "
                        "trang Thông tin chung).")
        _names_against_counts(mt, named.get(mt.row, {}), report)


def _names_against_counts(mt, named: dict, report: Report) -> None:
    """A meeting whose names and counts of absent members differ (both given)."""
    for (column, _excused), count_key in zip(NAME_COLUMNS, ("absent_excused",
                                                           "absent_unexcused")):
        names, count = named.get(column, []), mt[count_key]
        if names and count is not None and count != len(names):
            report.warn("ABSENT_NAMES_COUNT", schema.MEETINGS.name, mt.cell(column),
                        len(names), f"Ghi {len(names):02d} họ tên nhưng cột «"
                        f"{schema.MEETINGS.column(count_key).header}» là {count}.")


def check_members(book: Book, report: Report) -> None:
    """Each member's absences of the year: names matching nobody, absent with reason more
    than the setting's meetings running (default 3), absent without reason in three months."""
    sheet = schema.MEETINGS.name
    seen = attendance(book)
    for meeting, column, name in seen.unknown:
        report.warn("ABSENT_NAME_UNKNOWN", sheet, meeting.cell(column), name,
                    f"«{name}» không khớp đúng một đảng viên ở trang «Đảng viên»: ghi đủ họ tên "
                    "như danh sách đảng viên.")
    limit = int(tally.setting(book, "absent_run_max"))
    meetings = year_meetings(book)
    for member, absences in seen.members.values():
        if rating.off_meetings(member):
            continue   # HD 12: «trừ trường hợp được miễn công tác, sinh hoạt đảng»
        flags = seen.excused_flags(member, meetings)
        if rules.excused_run_too_long(flags, limit):
            report.warn("ABSENT_EXCUSED_RUN", schema.MEMBERS.name, member.cell("name"),
                        member["name"],
                        f"Vắng có lý do {rules.longest_run(flags):02d} buổi sinh hoạt liên tiếp "
                        f"trong năm, quá {limit:02d} lần: buổi sinh hoạt chưa đạt tiêu chí về "
                        f"tỷ lệ đảng viên dự sinh hoạt ({HD12}); chi bộ tìm hiểu, giúp đỡ đồng "
                        "chí.")
        months = sorted({a.day.month for a in absences if not a.excused})
        if rules.skipped_months(set(months)):
            report.warn("ABSENT_THREE_MONTHS", schema.MEMBERS.name, member.cell("name"),
                        member["name"],
                        f"Bỏ sinh hoạt chi bộ không có lý do {len(months):02d} tháng trong năm "
                        f"(tháng {', '.join(str(m) for m in months)}): theo Điều lệ Đảng, Điều 8 "
                        "khoản 1, chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên trong danh "
                        "sách đảng viên.")
