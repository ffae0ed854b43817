"""The rules of the cell's year: meetings, the chi ủy's size, the superior committee, probation,
party fees. Each finding says which rule it applies; each rule names its source below.

Pure functions over a read `Book`, called by `check.check_book` with the workbook's report date.
"""
from __future__ import annotations

import datetime as dt
import re

from ..figures import tally
from ..figures.fees import month_end
from ..workbook import cells, schema, vnformat
from ..workbook.findings import Report
from ..workbook.tables import Book
from . import attendance
from .fees import check_fees

#: words of a district-level committee, gone since the two-level local government of 1/7/2025
DISTRICT_WORDS = ("huyện ủy", "quận ủy", "thị ủy", "thành ủy", "huyện", "quận", "thị xã",
                  "thành phố")
#: the centrally-run cities whose "thành phố" and "Thành ủy" are province level (2025 on)
CENTRAL_CITIES = ("hà nội", "hải phòng", "huế", "đà nẵng", "hồ chí minh", "cần thơ")
DISTRICTS_GONE = 2025


def quarter(month: int) -> int:
    """1–3 → 1, …, 10–12 → 4."""
    return (month - 1) // 3 + 1


def check_meetings(book: Book, report: Report, as_of: dt.date) -> None:
    """Attendance per meeting; a regular meeting each month; a thematic meeting each quarter.

    Điều lệ Đảng (Điều 24): the chi bộ meets regularly once a month. Chỉ thị 50-CT/TW
    (23/7/2025): at least one thematic meeting a quarter. Attendance: `checks.attendance`. A month or a
    quarter is judged only once it has ended by the report date: a workbook of 05/12 is not
    faulted for December.
    """
    sheet = schema.MEETINGS.name
    year = book.info["year"]
    attendance.check_counts(book, report)
    attendance.check_members(book, report)
    if not year:
        return
    plan = book.rows("plan")
    if plan:
        covered = {quarter(p["month"]) for p in plan
                   if p["month"] and p["thematic"] == schema.YES}
        for q in range(1, 5):
            if q not in covered:
                report.warn("QUARTER_NO_THEMATIC_PLAN", schema.PLAN.name, "", f"Quý {q}",
                            f"Kế hoạch quý {q} năm {year} chưa có buổi sinh hoạt chuyên đề "
                            "(mỗi quý ít nhất một, Chỉ thị 50-CT/TW).")
    meetings = [m for m in book.rows("meetings") if m["date"] and m["date"].year == year]
    if not book.rows("meetings"):
        return
    held = {quarter(m["date"].month) for m in meetings if m["kind"] == "Chuyên đề"}
    for q in range(1, 5):
        if q not in held and month_end(year, 3 * q) < as_of:
            report.warn("QUARTER_NO_THEMATIC", sheet, "", f"Quý {q}",
                        f"Quý {q} năm {year} đã qua mà sổ sinh hoạt chưa có buổi sinh hoạt "
                        "chuyên đề (mỗi quý ít nhất một, Chỉ thị 50-CT/TW).")
    regular = {m["date"].month for m in meetings if m["kind"] == "Thường kỳ"}
    for month in range(1, 13):
        if month not in regular and month_end(year, month) < as_of:
            report.warn("MONTH_NO_REGULAR_MEETING", sheet, "", f"Tháng {month}/{year}",
                        f"Tháng {month}/{year} không có buổi sinh hoạt thường kỳ trong sổ sinh "
                        "hoạt (Điều lệ Đảng: chi bộ sinh hoạt thường kỳ mỗi tháng một lần).")


def check_committee(book: Book, report: Report) -> None:
    """"Có chi ủy = Có" needs at least 9 official members (the setting).

    Điều lệ Đảng, Điều 24 khoản 4: «Chi bộ có dưới chín đảng viên chính thức, bầu bí thư chi bộ;
    nếu cần, bầu phó bí thư. Chi bộ có chín đảng viên chính thức trở lên, bầu chi uỷ …». A warning, not an error: a chi ủy elected at the
    congress may serve on when members leave during the term.
    """
    info = book.info
    if info["has_committee"] != schema.YES:
        return
    official = tally.membership(book).official
    needed = tally.setting(book, "committee_min")
    if official < needed:
        report.warn("COMMITTEE_TOO_SMALL", schema.INFO.name, info.cell("has_committee"),
                    info["has_committee"],
                    f"Chi bộ có {official:02d} đảng viên chính thức, dưới {needed:02d}: theo Điều "
                    "lệ Đảng (Điều 24) chi bộ chỉ bầu bí thư, phó bí thư, không bầu chi ủy. Nếu "
                    "không có chi ủy, ghi «Không» để văn bản ký «T/M CHI BỘ».")


def district_word(superior: str) -> str | None:
    """The district-level word in a superior committee's name, or None.

    A "thành phố" or "Thành ủy" of a centrally-run city (Hà Nội, Hải Phòng, Huế, Đà Nẵng,
    Thành phố Hồ Chí Minh, Cần Thơ) is province level and not flagged.
    """
    words = re.findall(r"\w+", superior or "")
    folded = [cells.fold(w) for w in words]

    def at(phrase, start=0):
        tokens = [cells.fold(w) for w in phrase.split()]
        for i in range(start, len(folded) - len(tokens) + 1):
            if folded[i:i + len(tokens)] == tokens:
                return i, i + len(tokens)
        return None

    for word in DISTRICT_WORDS:
        found = at(word)
        if not found:
            continue
        if word.startswith("thành") and any(at(city, found[1]) for city in CENTRAL_CITIES):
            continue
        return " ".join(words[found[0]:found[1]])
    return None


def check_superior(book: Book, report: Report) -> None:
    """From 2025, a school's cell is under the đảng bộ xã or phường, not a district committee.

    Since 1/7/2025 the districts (huyện, quận, thị xã, thành phố thuộc tỉnh) are abolished with the
    two-level local government, and their committees with them (QĐ 294-QĐ/TW and practice).
    """
    info = book.info
    year = info["year"]
    if not year or year < DISTRICTS_GONE or not info["superior"]:
        return
    word = district_word(info["superior"])
    if word:
        report.warn("SUPERIOR_DISTRICT", schema.INFO.name, info.cell("superior"), info["superior"],
                    f"«Đảng bộ cấp trên» có chữ «{word}»: từ ngày 01/7/2025 không còn cấp huyện "
                    "(chính quyền địa phương hai cấp), chi bộ trường học trực thuộc đảng bộ xã, "
                    "phường hoặc đảng bộ cơ sở. Hãy ghi đúng tên cấp ủy hiện nay, ví dụ «Đảng bộ "
                    "xã Định An».")


def check_probation(book: Book, report: Report, as_of: dt.date) -> None:
    """Reminders from 30 days before the 12 months of probation end, then the 30 working days.

    The rules implementing the Charter (Quy định 29-QĐ/TW 4.2, kept by QĐ 24, QĐ 232 and Quy định
    294-QĐ/TW, the one cited: `rules.texts.charter_rules`): within 30 working days of the end of
    probation the chi bộ must consider recognition; when it is late and the member is fit, the
    member is official from the end of the 12 months and the chi bộ answers for the delay.
    """
    sheet = schema.MEMBERS.name
    for p in tally.probations(book):
        m, cell = p.member, p.member.cell("status")
        notice = p.end - dt.timedelta(days=tally.PROBATION_NOTICE_DAYS)
        end, deadline = vnformat.date_short(p.end), vnformat.date_short(p.deadline)
        if notice <= as_of < p.end:
            report.warn("PROBATION_SOON", sheet, cell, m["status"],
                        f"Ngày {end} hết 12 tháng dự bị (còn {(p.end - as_of).days} ngày): chuẩn "
                        "bị bản tự kiểm điểm, nhận xét của đảng viên giúp đỡ, của đoàn thể và chi "
                        "ủy nơi cư trú để chi bộ xét công nhận đảng viên chính thức.")
        elif p.end <= as_of <= p.deadline:
            report.warn("PROBATION_DUE", sheet, cell, m["status"],
                        f"Đã hết 12 tháng dự bị từ ngày {end}: chi bộ phải họp xét công nhận "
                        f"đảng viên chính thức chậm nhất ngày {deadline} (30 ngày làm việc).")
        elif as_of > p.deadline:
            report.warn("PROBATION_OVERDUE", sheet, cell, m["status"],
                        f"Đã quá 30 ngày làm việc (hạn {deadline}) kể từ khi hết 12 tháng dự bị "
                        f"ngày {end}: chi bộ chậm xét công nhận đảng viên chính thức. Nếu đã "
                        "công nhận, ghi «Ngày chính thức» và «Loại đảng viên» = Chính thức.")


def check_year(book: Book, report: Report, as_of: dt.date) -> None:
    """Every rule of the year, adding to `report`."""
    check_meetings(book, report, as_of)
    check_committee(book, report)
    check_superior(book, report)
    check_probation(book, report, as_of)
    check_fees(book, report)
