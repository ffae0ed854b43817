"""Who was absent from which meeting: the «Sinh hoạt» sheet's names, matched to «Đảng viên».

A secretary's sổ biên bản lists the absent members of each meeting by name, with or without a
reason; the workbook keeps them in «Đảng viên vắng có lý do (họ tên)» and «Đảng viên vắng không
lý do (họ tên)». This module counts them per member (the rules on them are `rules.attendance`,
reported by `checks.attendance`). Pure functions over a `Book`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..rules import attendance as rules
from ..workbook import cells
from ..workbook.memo import per_book
from ..workbook.tables import Book, Record

#: the two columns of names, and whether their absences have a reason
NAME_COLUMNS = (("absent_excused_names", True), ("absent_unexcused_names", False))


@dataclass(frozen=True)
class Absence:
    """One member missing one meeting."""

    meeting: Record
    excused: bool

    @property
    def day(self) -> dt.date:
        return self.meeting["date"]


@dataclass
class Attendance:
    """The year's absences by member, and the names no member matched."""

    #: id(member record) → (member, absences in date order)
    members: dict = field(default_factory=dict)
    #: (meeting, column key, name as written) of the names matching nobody on «Đảng viên»
    unknown: list = field(default_factory=list)
    #: meeting row → {column key: names as written}
    named: dict = field(default_factory=dict)

    def excused_flags(self, member: Record, meetings: list[Record]) -> list[bool]:
        """For each of `meetings` (date order): was `member` absent with a reason?"""
        absent = {a.meeting.row for a in self.members.get(id(member), (None, []))[1] if a.excused}
        return [m.row in absent for m in meetings]


def year_meetings(book: Book) -> list[Record]:
    """The meetings of the evaluation year with a date, in date order."""
    year = book.info["year"]
    rows = [m for m in book.rows("meetings") if isinstance(m["date"], dt.date)
            and (not year or m["date"].year == year)]
    return sorted(rows, key=lambda m: (m["date"], m.row))


@per_book
def attendance(book: Book) -> Attendance:
    """Each member's absences of the year, from the name columns of «Sinh hoạt»."""
    by_name: dict[str, list[Record]] = {}
    for m in book.rows("members"):
        if m["name"]:
            by_name.setdefault(cells.fold(m["name"]), []).append(m)
    out = Attendance()
    for meeting in year_meetings(book):
        for column, excused in NAME_COLUMNS:
            names = rules.absent_names(meeting[column])
            if not names:
                continue
            out.named.setdefault(meeting.row, {})[column] = names
            for name in names:
                found = by_name.get(cells.fold(name), [])
                if len(found) != 1:
                    out.unknown.append((meeting, column, name))
                    continue
                member = found[0]
                out.members.setdefault(id(member), (member, []))[1].append(
                    Absence(meeting, excused))
    return out
