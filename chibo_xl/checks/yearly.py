"""The rules of the cell's year: meetings, the chi ủy's size, the superior committee, probation,
party fees. Each finding says which rule it applies; each rule names its source below.

Pure functions over a read `Book`, called by `check.check_book` with the workbook's report date.
"""
from __future__ import annotations

import datetime as dt
import re

from ..figures import development, tally
from ..figures.fees import month_end
from ..rules import admission, party_dates, terms, texts
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


def reminder_stages(book: Book, report: Report | None = None) -> tuple[int, ...]:
    """The setting «Mốc nhắc hết thời gian dự bị (ngày)» (default 90, 60, 30, 15, 7: no text
    sets them, `rules.admission`); a value that is not a list of whole days keeps the default,
    with a warning on its cell when a `report` is given."""
    info = book.info
    stages = admission.parse_stages(info["probation_stages"])
    if stages is None:
        if report is not None:
            report.warn("STAGES_UNREAD", schema.INFO.name, info.cell("probation_stages"),
                        info["probation_stages"],
                        "Không đọc được các mốc nhắc: ghi số ngày, cách nhau bởi dấu phẩy, ví dụ "
                        "«90, 60, 30, 15, 7». Tạm dùng mốc mặc định.")
        return admission.REMINDER_STAGES
    return stages


def check_probation(book: Book, report: Report, as_of: dt.date) -> set:
    """Reminders in stages before the 12 months of probation end, then the 30 working days.

    Điều lệ Đảng Đ.5.1: probation lasts twelve months «tính từ ngày chi bộ tổ chức lễ kết nạp»
    (`tally.probations`). The rules implementing the Charter (Quy định 29-QĐ/TW 4.2, kept by
    QĐ 24, QĐ 232 and Quy định 294-QĐ/TW, the one cited: `rules.texts.charter_rules`): within 30
    working days of the end of probation the chi bộ must consider recognition; when it is late
    and the member is fit, the member is official from the end of the 12 months and the chi bộ
    answers for the delay. The reminder names the stage reached (setting «Mốc nhắc hết thời gian
    dự bị (ngày)», default 90, 60, 30, 15 and 7 days — no text sets them) and the papers the
    recognition file holds (Hướng dẫn 06-HD/TW, mục 8.3: `admission.RECOGNITION_PAPERS`; the
    guidance in force on the day is cited, `rules.texts.charter_guidance`). Returns the ids of
    the members reminded.
    """
    sheet = schema.MEMBERS.name
    stages = reminder_stages(book, report)
    guide = texts.charter_guidance(as_of)
    guide += ", mục 8.3" if guide == texts.charter_guidance(None) else ""
    papers = "; ".join(admission.RECOGNITION_PAPERS)
    reminded = set()
    for p in tally.probations(book):
        reminded.add(id(p.member))
        m, cell = p.member, p.member.cell("status")
        end, deadline = vnformat.date_short(p.end), vnformat.date_short(p.deadline)
        left = (p.end - as_of).days
        stage = admission.reminder_stage(left, stages)
        if stage is not None:
            report.warn("PROBATION_SOON", sheet, cell, m["status"],
                        f"Mốc nhắc {stage} ngày: còn {left} ngày đến ngày {end} hết 12 tháng dự "
                        f"bị; chi bộ xét công nhận đảng viên chính thức chậm nhất ngày "
                        f"{deadline} (30 ngày làm việc). Hồ sơ cần có ({guide}): {papers}.")
        elif p.end <= as_of <= p.deadline:
            report.warn("PROBATION_DUE", sheet, cell, m["status"],
                        f"Đã hết 12 tháng dự bị từ ngày {end}: chi bộ phải họp xét công nhận "
                        f"đảng viên chính thức chậm nhất ngày {deadline} (30 ngày làm việc).")
        elif as_of > p.deadline:
            report.warn("PROBATION_OVERDUE", sheet, cell, m["status"],
                        f"Đã quá 30 ngày làm việc (hạn {deadline}) kể từ khi hết 12 tháng dự bị "
                        f"ngày {end}: chi bộ chậm xét công nhận đảng viên chính thức. Nếu đã "
                        "công nhận, ghi «Ngày chính thức» và «Loại đảng viên» = Chính thức.")
        else:
            reminded.discard(id(p.member))
    return reminded


def check_ceremonies(book: Book, report: Report, reminded: set) -> None:
    """One date for two clocks, where it matters: a member whose end of probation is told this
    year (a reminder of `check_probation`, ids in `reminded`, or a recognition resolution: the
    12 months end in the year) with «Ngày lễ kết nạp» blank — probation is counted from «Ngày vào
    Đảng», the ceremony only if the secretary wrote it so (Điều lệ Đảng Điều 5: probation from
    the ceremony, khoản 1; party age from the decision, khoản 4)."""
    seen = set()
    ending = {id(p.member) for p in tally.probation_ending_in_year(book)}
    for p in list(tally.probations(book)) + list(tally.probation_ending_in_year(book)):
        m = p.member
        if id(m) in seen or not party_dates.ceremony_assumed(m) or \
                not ({id(m)} & (reminded | ending)):
            continue
        seen.add(id(m))
        day = party_dates.party_age_start(m)
        report.warn("CEREMONY_MISSING", schema.MEMBERS.name, m.cell("ceremony") or m.cell("admitted"),
                    None, f"Chưa ghi «Ngày lễ kết nạp»: thời kỳ dự bị tính từ ngày chi bộ tổ chức "
                          f"lễ kết nạp (Điều lệ Đảng, Điều 5 khoản 1), chibo-xl tạm tính từ «Ngày vào "
                          f"Đảng» {day:%d/%m/%Y} (hết 12 tháng ngày {p.end:%d/%m/%Y}). Nếu đó là ngày "
                          "ghi trong quyết định kết nạp (tính tuổi đảng), hãy ghi ngày lễ kết nạp.")


def check_votes(book: Book, report: Report) -> None:
    """The chi bộ's votes on admission and on recognition: at least two thirds of its official
    members in favour (Điều lệ Đảng Đ.4.3; Đ.5.2 «biểu quyết như khi xét kết nạp»), never more
    votes than official members (probationary members do not vote, Đ.3). The base is the cell's
    official members on the meeting's day (`development.officials_on`); those exempt from
    meetings are named, since no text says whether they count (`rules.admission`)."""
    sheet = schema.DEVELOPMENT.name
    year = book.info["year"]
    for c in [*development.admissions(book), *development.recognitions(book)]:
        if c.votes is None or c.row is None or (c.day and c.day.year != year):
            continue   # a vote of another year: this book does not hold that day's members
        key = "consider_votes" if c.matter == development.ADMISSION else "recognition_votes"
        cell = c.row.cell(key)
        if c.day is None:
            report.warn("VOTE_DAY_MISSING", sheet, cell, c.votes,
                        f"Có số phiếu xét {c.matter} đồng chí {c.name} nhưng chưa có ngày chi bộ "
                        "họp xét: ghi ngày để đối chiếu với số đảng viên chính thức ngày đó.")
            continue
        base = development.officials_on(book, c.day)
        day = vnformat.date_short(c.day)
        if c.votes > base.official:
            report.error("VOTES_OVER_OFFICIAL", sheet, cell, c.votes,
                         f"{c.votes} phiếu tán thành, nhiều hơn số đảng viên chính thức của chi bộ "
                         f"ngày {day} ({base.official}): đảng viên dự bị không biểu quyết (Điều lệ "
                         "Đảng, Điều 3).")
        elif not admission.carried(c.votes, base.official):
            exempt = (f" Trong số đó có {len(base.exempt)} đồng chí miễn sinh hoạt "
                      f"({', '.join(base.exempt)}): hỏi đảng ủy có tính vào tổng số không."
                      if base.exempt else "")
            report.warn("VOTES_SHORT", sheet, cell, c.votes,
                        f"Xét {c.matter} đồng chí {c.name} ngày {day}: {c.votes}/{base.official} "
                        f"đảng viên chính thức tán thành "
                        f"({vnformat.percent(c.votes, base.official)}), chưa đủ hai phần ba (cần "
                        f"ít nhất {admission.votes_needed(base.official)}) theo {c.source}: chi bộ "
                        f"không đề nghị {c.matter}; nghị quyết không được lập.{exempt}")


#: the old «Miễn sinh hoạt» answers (a Có/Không column before issue 23), read as the full exemption
_OLD_YES = {cells.fold(w) for w in ("Có", "x", "c", "yes", "1", "đúng")}


def check_exemptions(book: Book, report: Report) -> None:
    """«Miễn sinh hoạt» written the old way («Có»): read as «Miễn công tác và sinh hoạt đảng»
    (not reviewed, as before), with a warning asking which it is — a temporary exemption from
    meetings or a reduction is still reviewed (Quy định 366-QĐ/TW Điều 5 khoản 2; Điều lệ Đảng
    Điều 7)."""
    for m in book.rows("members"):
        raw = m.raw.get("exempt")
        if m["exempt"] == schema.EXEMPT_FULL and isinstance(raw, str) \
                and cells.fold(raw) in _OLD_YES:
            report.warn("EXEMPT_UNCLEAR", schema.MEMBERS.name, m.cell("exempt"), raw,
                        f"«{raw}» được hiểu là «{schema.EXEMPT_FULL}»: đảng viên không được "
                        "kiểm điểm, xếp loại (Quy định 366-QĐ/TW, Điều 5). Nếu chỉ tạm miễn sinh "
                        "hoạt (đi làm xa …) hoặc giảm công tác và sinh hoạt đảng thì vẫn kiểm điểm, "
                        "xếp loại: hãy chọn đúng trong danh sách.")


def check_term(book: Book, report: Report) -> None:
    """The term's length against the cell's type (`rules.terms.term_problem`): a warning — the
    term is printed as the workbook writes it, never assumed."""
    info = book.info
    for key in ("term", "next_term"):
        problem = terms.term_problem(info[key], info["cell_type"],
                                     info["five_year_term"] == schema.YES)
        if problem:
            report.warn("TERM_LENGTH", schema.INFO.name, info.cell(key), info[key],
                        f"Nhiệm kỳ {info[key]} không khớp «Loại chi bộ» ({info['cell_type']}): "
                        f"{problem}. Kiểm tra lại nhiệm kỳ hoặc loại chi bộ.")


def check_year(book: Book, report: Report, as_of: dt.date) -> None:
    """Every rule of the year, adding to `report`."""
    check_term(book, report)
    check_exemptions(book, report)
    check_meetings(book, report, as_of)
    check_committee(book, report)
    check_superior(book, report)
    check_ceremonies(book, report, check_probation(book, report, as_of))
    check_votes(book, report)
    check_fees(book, report)
