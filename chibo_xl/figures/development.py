"""The chi bộ's considerations of a candidate's admission and of a probationary member's
recognition: the day it met, the votes in favour and the official members it had that day.

One row of «Phát triển Đảng» follows a person from candidate to official member. The day of a
consideration is its own column, else the «Sinh hoạt» row whose theme names the person and the
matter (the example's «Xét đề nghị kết nạp quần chúng Đặng Quốc Bảo» on 07/05): what a secretary
writes in the meetings log is enough. The two-thirds rule itself is `rules.admission`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..rules import admission, rating
from ..workbook import cells, schema
from ..workbook.memo import per_book
from ..workbook.tables import Book, Record
from . import tally, timeline

ADMISSION, RECOGNITION = "kết nạp", "công nhận chính thức"
#: words of a meeting's theme that name each matter (without accents: a theme typed «ket nap»
#: is read as well)
_THEME_WORDS = {ADMISSION: ("ket nap",), RECOGNITION: ("chinh thuc",)}


@dataclass
class Consideration:
    """One vote of the chi bộ on one person: `matter` is ADMISSION or RECOGNITION."""

    matter: str
    name: str
    row: Record | None            # the «Phát triển Đảng» row (None: a member without one)
    member: Record | None         # the «Đảng viên» row (recognition)
    day: dt.date | None           # the meeting's day (typed, else from «Sinh hoạt»)
    typed_day: bool               # the day is the row's own column
    votes: int | None             # votes in favour (None: not typed)
    meeting: Record | None        # the «Sinh hoạt» row of that day, when there is one

    @property
    def source(self) -> str:
        return admission.ADMISSION_SOURCE if self.matter == ADMISSION else \
            admission.RECOGNITION_SOURCE


def _named_meetings(book: Book, name: str, matter: str) -> list[Record]:
    """The year's «Sinh hoạt» rows whose theme names `name` and the matter, in date order."""
    key = cells.strip_accents(name)
    words = _THEME_WORDS[matter]
    found = []
    for m in book.rows("meetings"):
        theme = cells.strip_accents(m["theme"] or "")
        if isinstance(m["date"], dt.date) and key and key in theme and \
                any(w in theme for w in words):
            found.append(m)
    return sorted(found, key=lambda m: m["date"])


def _meeting_on(book: Book, day: dt.date | None) -> Record | None:
    return next((m for m in book.rows("meetings") if day and m["date"] == day), None)


def _helper_rows(book: Book) -> dict[str, Record]:
    return {cells.fold(r["name"]): r for r in book.rows("development") if r["name"]}


@per_book
def admissions(book: Book) -> list[Consideration]:
    """Every candidate the chi bộ considered for admission (a day typed, or a «Sinh hoạt» row
    naming them with «kết nạp» on or before their admission), in date order."""
    out = []
    for r in book.rows("development"):
        if not r["name"]:
            continue
        day, typed = r["consider_date"], True
        if day is None:
            typed = False
            named = [m for m in _named_meetings(book, r["name"], ADMISSION)
                     if not isinstance(r["admitted"], dt.date) or m["date"] <= r["admitted"]]
            day = named[-1]["date"] if named else None
        if day is None and r["consider_votes"] is None:
            continue
        out.append(Consideration(ADMISSION, r["name"], r, None, day, typed, r["consider_votes"],
                                 _meeting_on(book, day)))
    return sorted(out, key=lambda c: (c.day or dt.date.max, cells.fold(c.name)))


@per_book
def recognitions(book: Book) -> list[Consideration]:
    """Every probationary member whose recognition the chi bộ considered or must consider in the
    year (`tally.probation_ending_in_year`), with the day and votes when known: the row's own
    columns, else a «Sinh hoạt» row naming the member with «chính thức» after probation ends."""
    rows = _helper_rows(book)
    out = []
    for p in tally.probation_ending_in_year(book):
        r = rows.get(cells.fold(p.name))
        day = r["recognition_date"] if r else None
        typed = day is not None
        if day is None:
            named = [m for m in _named_meetings(book, p.name, RECOGNITION) if m["date"] >= p.end]
            day = named[0]["date"] if named else None
        out.append(Consideration(RECOGNITION, p.name, r, p.member, day, typed,
                                 r["recognition_votes"] if r else None, _meeting_on(book, day)))
    return out


@dataclass
class Officials:
    """The cell's official members on a day: the base of the two thirds."""

    total: int          # members on the roll that day
    official: int
    exempt: list        # names of official members exempt from meetings (the base is open)


def officials_on(book: Book, day: dt.date) -> Officials:
    """Members and official members of the cell on `day` (the calendar: `timeline.on`)."""
    seen = timeline.on(getattr(book, "whole", None) or book, day)
    mem = tally.membership(seen)
    exempt = [m["name"] for m in mem.current
              if m["status"] == schema.OFFICIAL and rating.exempt(m)]
    return Officials(mem.end, mem.official, exempt)
