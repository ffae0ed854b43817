"""This year's workbook → next year's (`chibo-xl new-year`). Pure: a `Book` in, sheet data out.

Carried over: the cell's facts, members (without those who left, movements cleared, probationary
members due in the new year flagged in "Ghi chú"), the documents' recipients and signers, the
monthly plan, candidates still in training and members admitted whose probation ends in the new
year (their recognition is recorded on the same «Phát triển Đảng» row; the admission vote of a year
gone is cleared), manifestations not yet remedied, the "Căn cứ" and
"Giải pháp" paragraphs, and each indicator with next year's target as its target. The
"Phương hướng: …" paragraphs (next year's directions, written for the annual report) become the
new book's "Kế hoạch: …" paragraphs, this year's tasks that its plan prints; the closing year's
"Kế hoạch" paragraphs are not carried: they are of a year gone. Cleared: ratings, meetings, supervision, fees, achievements, results and dates of the
year. Prose is carried as written: years inside a paragraph are for the secretary to update.

Across years: the term targets (set once, at the congress) are carried every year; after the
term's last year the new workbook is on the next term (`terms.next_term`) and the next-term
targets become its term targets. "Lịch sử" is carried whole, and the closing year's rows (every
member's level, discipline and movement; the cell's key figures, its own level and the level
the competent body decided) are added to it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..documents.context import book_next_term
from ..documents.kinds import workbook_lists
from ..figures import history, tally
from ..figures.tally import membership
from ..rules import party_dates, terms
from ..workbook import cells, schema
from ..workbook.tables import Book, Record

INFO_CLEARED = ("review_date", "review_present", "sign_date", "unit_level", "cell_score_common",
                "cell_score_task", "cell_level", "counting_committee", "review_clerk",
                "review_guests", "ballots_issued", "ballots_returned", "ballots_valid",
                # the year's review too (before, carried into the next year's review)
                "review_voters", "cell_level_votes", "cell_commendation",
                # the cell's own rating of the year and the competent body's decision: the
                # closing year's «Chi bộ» row of «Lịch sử» keeps the proposal and the decision
                "cell_on_time_rate", "cell_over_rate", "cell_fail_rate", "cell_remedied",
                "cell_concluded", "cell_excused", "cell_decided", "cell_decided_date")
KEPT_NARRATIVE = ("Căn cứ", "Giải pháp")
DIRECTIONS_PREFIX, PLAN_PREFIX = "Phương hướng: ", "Kế hoạch: "


def _plain(value):
    """A typed value back to what a cell holds ("99-100" for a range)."""
    if isinstance(value, tuple):
        low, high = value
        fmt = lambda x: int(x) if float(x).is_integer() else x  # noqa: E731
        return fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"
    return value


def _row(sheet: schema.Sheet, record: Record, **changes) -> dict:
    values = dict(record.values)
    values.update(changes)
    return {c.header: _plain(values.get(c.key)) for c in sheet.columns
            if values.get(c.key) is not None}


def next_year_data(book: Book) -> dict:
    """Sheet data (as `blank.write_workbook` takes it) for the year after `book`'s."""
    info = book.info
    year = info["year"] + 1
    data: dict = {}
    data[schema.INFO.name] = {c.header: _plain(info[c.key]) for c in schema.INFO.columns
                              if info[c.key] is not None and c.key not in INFO_CLEARED}
    data[schema.INFO.name][schema.INFO.column("year").header] = year
    new_term = terms.is_last_year(info["term"], info["year"])
    if new_term:
        data[schema.INFO.name][schema.INFO.column("term").header] = book_next_term(info)
        data[schema.INFO.name].pop(schema.INFO.column("next_term").header, None)
    data[schema.DOCUMENTS.name] = [_row(schema.DOCUMENTS, r, number=None, date=None)
                                   for r in book.rows("documents")]
    members = []
    for i, m in enumerate(membership(book).current, start=1):
        note = m["note"]
        start = party_dates.probation_start(m)   # the ceremony (Điều lệ Đảng Điều 5 khoản 1)
        if m["status"] == schema.PROBATIONARY and start:
            due = cells.add_months(start, 12)
            if due <= dt.date(year, 12, 31):
                flag = f"Hết 12 tháng dự bị ngày {due:%d/%m/%Y}: xét chuyển chính thức."
                note = f"{note}; {flag}" if note else flag
        members.append(_row(schema.MEMBERS, m, stt=i, movement=None, movement_date=None,
                            note=note))
    data[schema.MEMBERS.name] = members
    data[schema.PLAN.name] = [_row(schema.PLAN, r) for r in book.rows("plan")]
    data[schema.DEVELOPMENT.name] = [
        _row(schema.DEVELOPMENT, r) if not r["admitted"] else
        _row(schema.DEVELOPMENT, r, consider_date=None, consider_votes=None)
        for r in book.rows("development") if not r["admitted"] or _on_probation_next(r, year)]
    data[schema.MANIFESTATIONS.name] = [_row(schema.MANIFESTATIONS, r)
                                        for r in book.rows("manifestations")
                                        if r["remedied"] != schema.YES]
    data[schema.NARRATIVE.name] = _carried_narrative(book)
    term_changes = (lambda r: {"term_target": r["next_term_target"], "next_term_target": None}) \
        if new_term else (lambda r: {})
    data[schema.INDICATORS.name] = [
        _row(schema.INDICATORS, r, target=r["next_target"] or r["target"], result=None,
             next_target=None, **term_changes(r)) for r in book.rows("indicators")]
    data[schema.HISTORY.name] = history.carried_rows(book) + history.history_rows(book)
    return data


def _on_probation_next(r, year: int) -> bool:
    """A «Phát triển Đảng» row admitted whose 12 months end in the new `year`."""
    admitted = r["admitted"]
    return isinstance(admitted, dt.date) and \
        cells.add_months(admitted, tally.PROBATION_MONTHS).year == year


def _carried_narrative(book: Book) -> list:
    """The paragraphs carried, next year's directions becoming the new year's plan."""
    rows = [_row(schema.NARRATIVE, r) for r in book.rows("narrative")
            if r["section"] in KEPT_NARRATIVE]
    for r in book.rows("narrative"):
        section = r["section"] or ""
        if section.startswith(DIRECTIONS_PREFIX):
            rows.append(_row(schema.NARRATIVE, r,
                             section=PLAN_PREFIX + section[len(DIRECTIONS_PREFIX):]))
        elif section == "Giải pháp":
            rows.append(_row(schema.NARRATIVE, r, section=PLAN_PREFIX + "Giải pháp"))
    return rows


def default_target(workbook: Path, year: int) -> Path:
    """"so-chi-bo-2026.xlsx" → "so-chi-bo-2027.xlsx"; otherwise "<name>-2027.xlsx".

    An .xlsm stays an .xlsm (with its button); anything else becomes .xlsx.
    """
    stem = workbook.stem
    new = stem.replace(str(year), str(year + 1)) if str(year) in stem else f"{stem}-{year + 1}"
    return workbook.with_name(new + (".xlsm" if workbook.suffix.lower() == ".xlsm" else ".xlsx"))


def write_next_year(workbook, target=None):
    """Check `workbook`, then write next year's workbook; (None, report) when it has errors."""
    from ..checks.pipeline import check_file

    workbook = Path(workbook)
    book, report = check_file(workbook)
    if book is None or report.errors:
        return None, report
    python = None
    target = Path(target) if target else default_target(workbook, book.info["year"])
    if target.suffix.lower() == ".xlsm":
        from ..workbook.macro import conf_interpreter
        from ..workbook.reader import read_workbook

        python = conf_interpreter(read_workbook(workbook))
    return write_book_next_year(book, workbook, target, python), report


def write_book_next_year(book: Book, workbook: Path, target=None, python: str | None = None) -> Path:
    """Write the year after `book`'s (read from `workbook`, or the open workbook of that name)
    at `target` (default: beside it, `default_target`); never over an existing file. An .xlsm
    target gets the buttons, its xlwings.conf naming `python` (None: this Python)."""
    from ..workbook.blank import write_workbook

    target = Path(target) if target else default_target(workbook, book.info["year"])
    if target.exists() or target.resolve() == Path(workbook).resolve():
        raise FileExistsError(f"Tệp «{target}» đã có: chibo-xl không ghi đè.")
    if target.suffix.lower() == ".xlsm":   # .xlsm content type needs the macro (else refused)
        from ..workbook.macro import write_macro_workbook

        write_macro_workbook(target, data=next_year_data(book), python=python,
                             lists=workbook_lists())
    else:
        write_workbook(target, next_year_data(book), workbook_lists())
    return target
