"""Every check of the workbook, in the order pandera would run them.

sheets → headers → types happen while reading (`tables.load_book`); this module adds values
(required, lists, ranges, impossible dates) and rules across rows and sheets (duplicates, unknown
names), the rules of the year (`year_checks`) and, through `rules`, the rating checks.
Nothing here opens a file: `check_raw` takes the plain grids the reader or the Excel bridge made.
"""
from __future__ import annotations

import datetime as dt
import functools

from ..documents import kinds
from ..rules import party_dates
from ..workbook import cells, schema, vnformat
from ..workbook.findings import Report
from ..workbook.memo import forget
from ..workbook.reader import RawBook, WorkbookError, read_workbook
from ..workbook.tables import Book, Record, canonical, load_book
from . import calendar, entries, ratings, yearly
from .badges import check_badges
from .history import check_history

PROBATION_MONTHS = 12
MIN_ADMISSION_AGE = 18


def member_key(name, dob) -> tuple:
    """How members are joined across sheets: folded name and date of birth."""
    return (cells.fold(name or ""), dob)


def reference_date(book: Book) -> dt.date:
    """The date the workbook speaks as of: the latest signing or review date it holds.

    Falls back to 31/12 of the evaluation year. Dates after it are "in the future".
    """
    info = book.info
    dates = [info["sign_date"], info["review_date"]]
    dates += [r["date"] for r in book.rows("documents")]
    dates = [d for d in dates if isinstance(d, dt.date)]
    if dates:
        return max(dates)
    year = info["year"] or dt.date.today().year
    return dt.date(year, 12, 31)


@functools.cache
def _bound() -> dict[str, schema.Sheet]:
    """Every sheet by key, its columns listed by the documents given their list (the Văn bản
    sheet's kinds of document: `documents.kinds.workbook_lists`)."""
    return {s.key: s for s in schema.bind(schema.SHEETS, kinds.workbook_lists())}


def _listed_values(book: Book) -> None:
    """A value of a column the workbook does not own the list of (`Column.listed_by`) in its
    canonical spelling, as the reader gives every other list value (`tables.canonical`)."""
    for key in book.present:
        columns = [c for c in _bound()[key].columns if c.listed_by]
        for record in (book.rows(key) if columns and key != schema.INFO.key else ()):
            for column in columns:
                value = record.values.get(column.key)
                if isinstance(value, str):
                    record.values[column.key] = canonical(column, value)


def _values(book: Book, report: Report) -> None:
    """Required values, closed lists, numeric bounds and impossible dates, cell by cell.

    Counts of people (`Column.per_member`) are bounded by the members listed, so a party unit
    of 1.000 is as valid as a cell of 20 (no constant limit).
    """
    _listed_values(book)
    listed = len(book.rows("members"))
    # in the workbook's order: `present` is a set, whose order changed with Python's hash seed,
    # and so did the order of these findings in a report (two runs, two orders)
    for key in [s.key for s in schema.SHEETS if s.key in book.present]:
        sheet = schema.BY_KEY[key]
        columns = _checked_columns(key)
        if sheet.kind != "table":
            for record in ([book.info] if sheet.kind == "info" else book.rows(key)):
                for column in columns:
                    _check_value(sheet, record, column, listed, report)
            continue
        records = book.rows(key)
        # the cells that may hold something wrong, found a column at a time (most hold
        # nothing wrong: a list value in its list, a number in bounds, a blank optional cell),
        # then checked one by one in row order, as reading row by row reports them
        suspects = [(i, j) for j, column in enumerate(columns)
                    for i in _suspects(records, column, listed)]
        for i, j in sorted(suspects):
            _check_value(sheet, records[i], columns[j], listed, report)


def _suspects(records: list, column: tuple, listed: int) -> set[int]:
    """The indices of `records` whose cell of `column` `_check_value` may report or change:
    every cell it reports or changes, and a few more (it decides)."""
    _, ckey, required, closed, choices, per_member, low, high = column
    values = [r.values.get(ckey) for r in records]
    limit = listed if per_member and listed else None
    if closed and all(c.__class__ is str for c in choices):
        # a value in the list is a text: no bound or date of `_check_value` concerns it
        found = {i for i, v in enumerate(values) if v is not None and v not in choices}
    elif closed or limit is not None or low is not None or high is not None:
        found = {i for i, v in enumerate(values) if v is not None and (
            (closed and v not in choices)
            or (isinstance(v, (int, float)) and (
                (limit is not None and v > limit) or (low is not None and v < low)
                or (high is not None and v > high)))
            or (isinstance(v, dt.date) and v.year < 1900))}
    else:
        found = {i for i, v in enumerate(values) if isinstance(v, dt.date) and v.year < 1900}
    if required:     # cells.is_blank inlined
        found.update(i for i, r in enumerate(records) if (raw := r.raw.get(ckey)) is None
                     or (isinstance(raw, str) and not raw.strip()))
    return found


def _check_value(sheet: schema.Sheet, record: Record, column: tuple, listed: int,
                 report: Report) -> None:
    """One cell of `_values`: required, its list, its bounds, an impossible date."""
    column, ckey, required, closed, choices, per_member, low, high = column
    address = record.cells.get(ckey)
    if address is None and sheet.kind == "table":
        return
    value = record.values.get(ckey)
    if value is None and not required:
        return     # most cells of the optional checked columns: blank
    raw = record.raw.get(ckey)
    address = address or ""
    if required and cells.is_blank(raw):
        if sheet.kind == "info" and ckey not in record.cells:
            report.error("REQUIRED", sheet.name, "", None,
                         f"Thiếu mục «{column.header}» (cột Mục): hãy thêm dòng này.")
        else:
            report.error("REQUIRED", sheet.name, address, None,
                         f"Thiếu «{column.header}»: ô này bắt buộc.")
        return
    if value is None:
        return
    if closed and value not in choices:
        report.error("NOT_IN_LIST", sheet.name, address, raw,
                     f"«{column.header}» phải là một trong: " + ", ".join(column.choices) + ".")
        record.values[ckey] = None  # the rules never see an unknown value
    elif isinstance(value, (int, float)) and per_member and listed and value > listed:
        report.error("OUT_OF_RANGE", sheet.name, address, raw,
                     f"«{column.header}» lớn hơn số đảng viên trong trang "
                     f"«{schema.MEMBERS.name}» ({listed}).")
    elif isinstance(value, float) or isinstance(value, int):
        if (low is not None and value < low) or (high is not None and value > high):
            report.error("OUT_OF_RANGE", sheet.name, address, raw,
                         f"«{column.header}» phải từ {vnformat.decimal(low)} "
                         f"đến {vnformat.decimal(high)}." if high is not None
                         else f"«{column.header}» không được âm.")
    elif isinstance(value, dt.date) and value.year < 1900:
        report.error("DATE_IMPOSSIBLE", sheet.name, address, raw,
                     f"«{column.header}» trước năm 1900: hãy kiểm tra lại.")


@functools.lru_cache(maxsize=None)
def _checked_columns(key: str) -> tuple:
    """The columns of sheet `key` that `_values` can find something in: required, a closed list,
    bounded, a count of people or a date (the others' values are never faulted there); each with
    what `_values` asks of it for every cell, looked up once (choices as a set)."""
    return tuple((c, c.key, c.required, c.closed, frozenset(c.choices), c.per_member, c.low,
                  c.high) for c in _bound()[key].columns
                 if c.required or c.closed or c.per_member or c.low is not None
                 or c.high is not None or c.type == schema.DATE)


def _future_dates(book: Book, report: Report, as_of: dt.date) -> None:
    for key, columns in (("members", ("dob", "admitted", "official_date", "movement_date")),
                         ("meetings", ("date",)), ("development", ("dob", "class_date",
                                                                   "admitted"))):
        sheet = schema.BY_KEY[key]
        for record in book.rows(key):
            for col in columns:
                day = record[col]
                if isinstance(day, dt.date) and day > as_of:
                    report.error("DATE_FUTURE", sheet.name, record.cell(col), day,
                                 f"«{sheet.column(col).header}» sau ngày báo cáo "
                                 f"{as_of:%d/%m/%Y}: ngày chưa tới.")


def _members(book: Book, report: Report, as_of: dt.date) -> None:
    """Admission age, official date, status and duplicates (probation: `year_checks`)."""
    sheet = schema.MEMBERS.name
    seen: dict[tuple, Record] = {}
    for m in book.rows("members"):
        dob, admitted, official = m["dob"], m["admitted"], m["official_date"]
        if dob and admitted and admitted < cells.add_months(dob, 12 * MIN_ADMISSION_AGE):
            report.error("ADMISSION_UNDER_18", sheet, m.cell("admitted"), admitted,
                         f"Ngày vào Đảng khi chưa đủ {MIN_ADMISSION_AGE} tuổi (sinh ngày "
                         f"{dob:%d/%m/%Y}).")
        if party_dates.ceremony_before_decision(m):
            report.error("CEREMONY_BEFORE_DECISION", sheet, m.cell("ceremony"), m["ceremony"],
                         f"Ngày lễ kết nạp trước ngày quyết định kết nạp («Ngày vào Đảng» "
                         f"{admitted:%d/%m/%Y}): chi bộ tổ chức lễ kết nạp khi đã có quyết định "
                         "của cấp ủy cấp trên (Điều lệ Đảng, Điều 4 khoản 3).")
        start = party_dates.probation_start(m)   # the ceremony, else «Ngày vào Đảng»
        if start and official and official < cells.add_months(start, PROBATION_MONTHS):
            since = ("ngày lễ kết nạp" if m["ceremony"] else "ngày vào Đảng")
            report.error("OFFICIAL_TOO_EARLY", sheet, m.cell("official_date"), official,
                         f"Ngày chính thức phải sau {since} ({start:%d/%m/%Y}) đủ "
                         f"{PROBATION_MONTHS} tháng (Điều lệ Đảng, Điều 5 khoản 1).")
        status = m["status"]
        if status == schema.PROBATIONARY and official:
            report.error("STATUS_CONFLICT", sheet, m.cell("status"), status,
                         "Đảng viên dự bị nhưng đã có ngày chính thức: sửa loại đảng viên "
                         "hoặc xóa ngày chính thức.")
        if status == schema.OFFICIAL and admitted and not official:
            report.warn("OFFICIAL_DATE_MISSING", sheet, m.cell("official_date"), None,
                        "Đảng viên chính thức nhưng chưa có ngày chính thức.")
        if m["movement"] and not m["movement_date"] and "movement_date" in m.cells:
            report.warn("MOVEMENT_DATE_MISSING", sheet, m.cell("movement_date"), None,
                        f"Có biến động «{m['movement']}» nhưng thiếu ngày biến động.")
        if m["name"] and dob:
            key = member_key(m["name"], dob)
            if key in seen:
                report.error("MEMBER_DUPLICATE", sheet, m.cell("name"), m["name"],
                             f"Đảng viên trùng với dòng {seen[key].row} (cùng họ tên và ngày "
                             "sinh).")
            else:
                seen[key] = m


def _names_elsewhere(book: Book, report: Report) -> None:
    """Names in Xếp loại, Giám sát and Đảng phí must be members (Xếp loại: with their birth date)."""
    members = book.rows("members")
    names = {cells.fold(m["name"]) for m in members if m["name"]}
    keys = {member_key(m["name"], m["dob"]) for m in members if m["name"]}
    if not members:
        return
    for key in ("ratings", "supervision", "fees"):
        sheet = schema.BY_KEY[key].name
        for r in book.rows(key):
            if not r["name"]:
                continue
            if cells.fold(r["name"]) not in names:
                report.error("NAME_UNKNOWN", sheet, r.cell("name"), r["name"],
                             "Họ tên không có trong trang «Đảng viên» (kiểm tra chính tả, dấu, "
                             "khoảng trắng).")
            elif key == "ratings" and r["dob"] and member_key(r["name"], r["dob"]) not in keys:
                report.error("NAME_UNKNOWN", sheet, r.cell("dob"), r["dob"],
                             "Ngày sinh không khớp với đảng viên cùng họ tên ở trang «Đảng viên».")


def check_book(book: Book, report: Report | None = None) -> Report:
    """Run the value and cross-sheet checks on a read book, adding to `report`."""
    report = report if report is not None else Report()
    as_of = reference_date(book)
    _values(book, report)
    forget(book)   # _values may blank a value: no figure taken before it may stand
    _future_dates(book, report, as_of)
    _members(book, report, as_of)
    _names_elsewhere(book, report)
    entries.check_entries(book, report)
    yearly.check_year(book, report, as_of)
    ratings.check_ratings(book, report, as_of)
    calendar.check_calendar(book, report)
    calendar.check_committee_days(book, report)
    check_history(book, report)
    check_badges(book, report)
    return report


def check_raw(raw: RawBook, sheets=None) -> tuple[Book, Report]:
    """All checks on plain grids (from the file reader or the Excel bridge); `sheets`: only
    those sheets' (`load_book`), every check that does not need another sheet whole."""
    book, report = load_book(raw, sheets)
    _strays(raw, report)
    check_book(book, report)
    return book, report


def _strays(raw: RawBook, report: Report) -> None:
    """A warning at each value the reader left out because it lies far from its sheet's table
    (a stray XFD1048576: `workbook.RawSheet.stray`)."""
    for sheet in raw.values():
        for address, text in getattr(sheet, "stray", ()):
            if address:
                report.warn("STRAY_CELL", sheet.name, address, text,
                            f"Ô {address} nằm rất xa bảng của trang (bảng kết thúc ở ô "
                            f"{sheet.table_end}): chibo-xl không đọc ô này. Nếu là nhập nhầm, "
                            "hãy xóa nội dung ô ấy.")
            else:
                report.warn("STRAY_CELL", sheet.name, "", None,
                            f"Còn {text} ô khác nằm rất xa bảng của trang (sau ô "
                            f"{sheet.table_end}): chibo-xl không đọc các ô ấy.")


def check_file(path) -> tuple[Book | None, Report]:
    """Read and check the workbook at `path`; an unreadable file is one finding, not an exception."""
    try:
        raw = read_workbook(path)
    except WorkbookError as exc:
        report = Report()
        report.error("FILE_UNREADABLE", str(path), "", None, str(exc))
        return None, report
    return check_raw(raw)
