"""The "Lịch sử" sheet: a year's key figures, kept from one workbook to the next.

`new-year` appends the closing year's rows (`history_rows`) to the history it carries, so the
2028 workbook knows 2026 and 2027. The same `YearFigures` serve the term report: computed from a
year's own workbook (`from_book`) or, when that workbook is missing, read back from the history of
a later one (`from_history`). One definition, so the two can never disagree.

Rules that span years read it (`checks.history`): a member rated "Không hoàn thành nhiệm vụ"
two years running, members and the cell rated "Hoàn thành xuất sắc nhiệm vụ" several years
running. The cell's row keeps both its own proposal («Xếp loại», as before) and the level the
competent body decided («Xếp loại cấp trên quyết định», Quy định 366-QĐ/TW Điều 12: the official
one), which whatever reads a past year's level takes first (`cell_level_of`).
Pure functions over `Book`s.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..rules.rating import final_level, join
from ..workbook import cells, schema
from ..workbook.tables import Book
from . import tally

COMMITTEE_POSTS = ("Bí thư", "Phó Bí thư", "Chi ủy viên")
LEVEL_KEYS = dict(zip(schema.LEVELS, ("rated_x", "rated_t", "rated_h", "rated_k")))
#: The rules implementing the Charter list, among the cases the chi bộ considers for removal
#: (xóa tên), a member failing the member's standing two years running (Quy định 24-QĐ/TW of 2021
#: on xóa tên, as news quote it; now Quy định 294-QĐ/TW — `rules.texts`). Not Điều lệ Điều 8
#: khoản 2, which is about complaints («nếu đảng viên có khiếu nại thì chi bộ báo cáo …»). Status:
#: news (the point of QĐ 294 could not be read in a copy of the text), so a warning to consider.
FAIL_YEARS_RUNNING = 2
#: Years running of "Hoàn thành xuất sắc nhiệm vụ" listed as eligible for a higher commendation.
#: Setting (open): commendation rules of the đảng bộ above differ; 5 years is the usual figure.
#: Thông tin chung «Số năm liền hoàn thành xuất sắc để đề nghị khen thưởng» overrides it.
EXCELLENT_YEARS_RUNNING = 5


@dataclass
class YearFigures:
    """One year of the cell in numbers: what the history keeps and the term report prints."""

    year: int
    start: int = 0
    end: int = 0
    official: int = 0
    probationary: int = 0
    counts: dict = field(default_factory=lambda: dict.fromkeys(schema.LEVELS, 0))
    cell_level: str | None = None        # the cell's own proposal («Chi bộ tự xếp loại»)
    cell_decided: str | None = None      # the level the competent body decided (official)
    regular: int = 0
    thematic: int = 0
    attendance: float | None = None     # percent of members present over all meetings
    supervised: int = 0
    found: int = 0
    remedied: int = 0
    admitted: list = field(default_factory=list)   # (name, admission date)
    moved_in: list = field(default_factory=list)   # names
    left: dict = field(default_factory=dict)       # movement → names
    committee: list = field(default_factory=list)  # (name, party post, level or None)
    source: str = "book"                            # "book" or "history"

    @property
    def rated(self) -> int:
        return sum(self.counts.values())


def from_book(book: Book) -> YearFigures:
    """The year's figures, computed from its own workbook with the yearly build's functions."""
    year = book.info["year"]
    mem = tally.membership(book)
    rat = tally.ratings(book)
    mt = tally.meetings(book)
    found, remedied, _left = tally.manifestations(book)
    levels = member_levels(book)
    by_name = {cells.fold(m["name"]): m for m in book.rows("members") if m["name"]}
    admitted = [(n, by_name[cells.fold(n)]["admitted"]) for n in mem.admitted
                if cells.fold(n) in by_name]
    committee = [(m["name"], m["party_post"], levels.get(id(m))) for m in mem.current
                 if m["party_post"] in COMMITTEE_POSTS]
    return YearFigures(
        year=year, start=mem.start, end=mem.end, official=mem.official,
        probationary=mem.probationary, counts=dict(rat.counts), cell_level=book.info["cell_level"],
        cell_decided=book.info["cell_decided"],
        regular=mt.regular, thematic=mt.thematic,
        attendance=round(100 * mt.present / mt.summoned, 1) if mt.summoned else None,
        supervised=len(tally.supervised(book)), found=found, remedied=remedied,
        admitted=admitted, moved_in=list(mem.moved_in),
        left={k: list(v) for k, v in mem.left.items()}, committee=committee)


def member_levels(book: Book) -> dict[int, str]:
    """id(member record) → the level the cell gave them this year (members rated only)."""
    joined = join(book)
    out = {}
    for r in book.rows("ratings"):
        level = final_level(r)
        if r.row in joined and level and not r["not_rated"]:
            out[id(joined[r.row])] = level
    return out


def _header_row(sheet: schema.Sheet, values: dict) -> dict:
    return {sheet.column(k).header: v for k, v in values.items() if v is not None}


def history_rows(book: Book) -> list[dict]:
    """This year's rows of "Lịch sử" (as `blank.write_workbook` takes them): one per member of
    the year's list, including those who left, and one "Chi bộ" row of the year's figures."""
    year = book.info["year"]
    levels = member_levels(book)
    joined = join(book)
    discipline = {id(joined[r.row]): r for r in book.rows("ratings")
                  if r.row in joined and r["discipline"]}
    rows = []
    for m in book.rows("members"):
        if not m["name"]:
            continue
        move = m["movement"]
        if move is None and tally._in_year(m["admitted"], year):
            move = "Kết nạp mới"
        rows.append(_header_row(schema.HISTORY, {
            "year": year, "kind": schema.HISTORY_MEMBER, "name": m["name"], "dob": m["dob"],
            "party_post": m["party_post"], "level": levels.get(id(m)),
            "discipline": discipline[id(m)]["discipline"] if id(m) in discipline else None,
            "discipline_date": (discipline[id(m)]["discipline_date"] if id(m) in discipline
                                else None),
            "movement": move,
            "movement_date": m["movement_date"] or (m["admitted"] if move == "Kết nạp mới"
                                                    else None)}))
    fig = from_book(book)
    cell = {"year": year, "kind": schema.HISTORY_CELL, "level": fig.cell_level,
            "decided": fig.cell_decided,
            "members_start": fig.start, "members_end": fig.end, "official": fig.official,
            "probationary": fig.probationary, "regular": fig.regular, "thematic": fig.thematic,
            "attendance": fig.attendance, "supervised": fig.supervised, "found": fig.found,
            "remedied": fig.remedied}
    cell.update({LEVEL_KEYS[level]: n for level, n in fig.counts.items()})
    rows.append(_header_row(schema.HISTORY, cell))
    return rows


def carried_rows(book: Book) -> list[dict]:
    """The history `book` already holds, as sheet rows (to carry into next year's workbook)."""
    out = []
    for r in book.rows("history"):
        values = {c.key: r[c.key] for c in schema.HISTORY.columns}
        out.append(_header_row(schema.HISTORY, values))
    return out


def years(book: Book) -> list[int]:
    """The past years the history of `book` holds a "Chi bộ" row for, in order."""
    return sorted({r["year"] for r in book.rows("history")
                   if r["kind"] == schema.HISTORY_CELL and r["year"]})


def from_history(book: Book, year: int) -> YearFigures | None:
    """The figures of `year` as the history of `book` keeps them, or None when it has none."""
    rows = [r for r in book.rows("history") if r["year"] == year]
    cell = next((r for r in rows if r["kind"] == schema.HISTORY_CELL), None)
    if cell is None:
        return None
    members = [r for r in rows if r["kind"] == schema.HISTORY_MEMBER and r["name"]]
    left: dict = {}
    for r in members:
        if r["movement"] in schema.LEAVING:
            left.setdefault(r["movement"], []).append(r["name"])
    return YearFigures(
        year=year, start=cell.get("members_start", 0), end=cell.get("members_end", 0),
        official=cell.get("official", 0), probationary=cell.get("probationary", 0),
        counts={level: cell.get(key, 0) for level, key in LEVEL_KEYS.items()},
        cell_level=cell["level"], cell_decided=cell["decided"], regular=cell.get("regular", 0),
        thematic=cell.get("thematic", 0), attendance=cell["attendance"],
        supervised=cell.get("supervised", 0), found=cell.get("found", 0),
        remedied=cell.get("remedied", 0),
        admitted=[(r["name"], r["movement_date"]) for r in members
                  if r["movement"] == "Kết nạp mới"],
        moved_in=[r["name"] for r in members if r["movement"] == "Chuyển đến"], left=left,
        committee=[(r["name"], r["party_post"], r["level"]) for r in members
                   if r["party_post"] in COMMITTEE_POSTS and r["movement"] not in schema.LEAVING],
        source="history")


def cell_level_of(f: YearFigures) -> tuple[str | None, bool]:
    """(level, decided) of a year's cell: the decided level first, else its own proposal."""
    return (f.cell_decided, True) if f.cell_decided else (f.cell_level, False)


def cell_levels(book: Book) -> dict[int, str]:
    """Year → the cell's level (decided first, else proposed), from «Lịch sử» and this year's
    Thông tin chung."""
    out = {}
    for r in book.rows("history"):
        if r["kind"] == schema.HISTORY_CELL and r["year"] and (r["decided"] or r["level"]):
            out[r["year"]] = r["decided"] or r["level"]
    info = book.info
    if info["year"] and (info["cell_decided"] or info["cell_level"]):
        out[info["year"]] = info["cell_decided"] or info["cell_level"]
    return out


def admitted_on(day: dt.date | None) -> str:
    """"tháng 1/2022" (the month of an admission, as seed 001 writes it)."""
    return f"tháng {day.month}/{day.year}" if day else ""
