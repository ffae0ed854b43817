"""Warnings on documents dated or numbered against the calendar: the Văn bản sheet's dates and
numbers of each kind of document (documents.kinds), against the review meeting."""
from __future__ import annotations

import datetime as dt

from ..documents import kinds
from ..documents.dates import documents_row
from ..figures import badges, tally
from ..figures.timeline import DRAFT_WORKING_DAYS, draft_day
from ..rules import rulebook
from ..workbook import schema
from ..workbook.tables import Book, Record


def _warn_row(report, code: str, row: Record, message: str) -> None:
    report.warn(code, schema.DOCUMENTS.name, row.cell("date"), row["date"], message)


def check_calendar(book: Book, report) -> None:
    """Warnings on documents dated against the calendar: a review meeting after 31/12 (Hướng dẫn
    43-HD/BTCTW §4.1), a Mẫu 01 draft less than 3 working days before the review meeting (§2.1a), a
    review document's Văn bản date other than the meeting's, an annual report dated before the
    review, and two documents of one type sharing a number."""
    info, year = book.info, book.info["year"]
    review = info["review_date"]
    period = rulebook.period_for(year) if year else None
    timed = period is not None and period.review_calendar   # HD 43 §2.1a, §4.1 (rulebook.Period)
    if timed and review and review > dt.date(year, 12, 31):
        report.warn("REVIEW_AFTER_YEAR", schema.INFO.name, info.cell("review_date"), review,
                    f"Ngày họp kiểm điểm {review:%d/%m/%Y} sau ngày 31/12/{year}: việc kiểm "
                    f"điểm, xếp loại phải xong trong năm ({period.guidance}).")
    for declared in kinds.all_kinds():
        row = documents_row(book, declared)
        if not (row and row["date"] and review):
            continue
        given, label = row["date"], declared.label
        if declared.date == kinds.BEFORE_REVIEW and given > draft_day(review):
            if timed:
                _warn_row(report, "DRAFT_TOO_LATE", row,
                          f"«{label}» ngày {given:%d/%m/%Y}: dự thảo phải gửi đảng viên ít nhất "
                          f"{DRAFT_WORKING_DAYS} ngày làm việc trước ngày họp kiểm điểm "
                          f"{review:%d/%m/%Y} ({period.guidance}).")
        elif declared.date == kinds.REVIEW and given != review:
            _warn_row(report, "REVIEW_DOC_DATE", row,
                      f"«{label}» ghi ngày {given:%d/%m/%Y}, khác ngày họp kiểm điểm "
                      f"{review:%d/%m/%Y}: văn bản được ghi ngày họp.")
        elif declared.date == kinds.AFTER_REVIEW and given < review:
            _warn_row(report, "REPORT_BEFORE_REVIEW", row,
                      f"«{label}» ngày {given:%d/%m/%Y} trước ngày họp kiểm điểm "
                      f"{review:%d/%m/%Y}: báo cáo năm lập sau khi kiểm điểm.")
    _badge_request(book, report)
    _shared_numbers(book, report)


def _badge_request(book: Book, report) -> None:
    """A badge request dated after a member it names reaches the milestone: it says it is late
    (`member_docs.badge_context`), and so does the check, at its Văn bản date."""
    row = documents_row(book, kinds.kind("to_trinh_huy_hieu"))
    if not (row and row["date"]):
        return
    late = badges.late(badges.proposed(book), row["date"])
    if late:
        _warn_row(report, "BADGE_REQUEST_LATE", row,
                  f"Tờ trình đề nghị tặng Huy hiệu Đảng ngày {row['date']:%d/%m/%Y} sau ngày đủ tuổi "
                  "đảng của " + "; ".join(f"đồng chí {x.name} ({x.day:%d/%m/%Y})" for x in late)
                  + ": tờ trình ghi là đề nghị muộn; nên lập trước ngày đó.")


def _shared_numbers(book: Book, report) -> None:
    """Two documents of one type abbreviation ("BB") with one number: a warning on the second."""
    from ..documents.minutes import series

    taken: dict[tuple[str, int], str] = {}
    for declared in kinds.all_kinds():
        row = documents_row(book, declared)
        if not (row and row["number"]):
            continue
        count = max(len(series(book, declared.numbered)), 1) if declared.series else 1
        for number in range(row["number"], row["number"] + count):
            key = (declared.abbr, number)
            if key in taken and taken[key] != declared.label:
                report.warn("NUMBER_SHARED", schema.DOCUMENTS.name, row.cell("number"), number,
                            f"Số {number:02d}-{declared.abbr}/CB dùng cho cả «{taken[key]}» và "
                            f"«{declared.label}»" + (f" (các biên bản trong năm lấy số tiếp theo "
                                                     f"từ {row['number']:02d})"
                                                     if declared.series else "") + ".")
                break
            taken[key] = declared.label


def check_committee_days(book: Book, report) -> None:
    """«Ngày họp chi ủy» after the chi bộ meeting it prepares, or typed in a cell without a chi
    ủy: the chi ủy meets before each regular meeting to prepare it (Hướng dẫn 12-HD/BTCTW 2018
    §II.1.1), and a cell of fewer than nine official members has none (Điều lệ Đảng Đ.24.4)."""
    committee = tally.has_committee(book)
    for m in book.rows("meetings"):
        own, day = m["committee_date"], m["date"]
        if not isinstance(own, dt.date) or not isinstance(day, dt.date):
            continue
        if not committee:
            report.warn("COMMITTEE_DAY_NO_COMMITTEE", schema.MEETINGS.name, m.cell("committee_date"),
                        own, "Có «Ngày họp chi ủy» nhưng chi bộ không có chi ủy (Thông tin chung "
                             "«Có chi ủy»): không lập biên bản họp chi ủy.")
        elif own > day:
            report.warn("COMMITTEE_DAY_AFTER", schema.MEETINGS.name, m.cell("committee_date"), own,
                        f"Ngày họp chi ủy {own:%d/%m/%Y} sau buổi sinh hoạt ngày {day:%d/%m/%Y} "
                        "mà nó chuẩn bị: chi ủy họp trước để thống nhất nội dung (Hướng dẫn "
                        "12-HD/BTCTW).")
