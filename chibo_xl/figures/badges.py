"""Huy hiệu Đảng in the year: who reaches a milestone of party age, who is proposed early (serious
illness) or posthumously, and who is deferred by a discipline (the decisions and their sources:
`rules.badges`). The badge request (tờ trình) and the annual report print from `milestones`, so
they cannot differ. Pure functions over a `Book`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..rules import badges, party_dates
from ..rules.rating import join
from ..workbook import cells, schema
from ..workbook.memo import per_book
from ..workbook.tables import Book, Record
from .tally import membership, party_age_date, setting

EARLY, POSTHUMOUS = "early", "posthumous"
DIED = "Từ trần"


@dataclass
class Milestone:
    """A member's Huy hiệu Đảng milestone considered in the year."""

    member: Record
    years: int
    day: dt.date                        # the day the party age is reached
    kind: str = ""                      # "", EARLY (serious illness) or POSTHUMOUS
    died: dt.date | None = None
    discipline: str | None = None       # the year's discipline deferring the award
    discipline_day: dt.date | None = None
    resume: dt.date | None = None       # the first day the award may be considered again
    deferred: bool = False              # not proposed this year (deferral past the year or unknown)
    rating: Record | None = None        # the Xếp loại row holding the discipline

    @property
    def name(self) -> str:
        return self.member["name"]


def _reached_in(member: Record, year: int) -> int:
    """The party age (years) reached in `year`: party_age_date adds 12·years + the months out to
    the admission, so its year is known without building a date for every milestone."""
    start = party_dates.party_age_start(member)
    return year - start.year - (start.month - 1 + (member["out_months"] or 0)) // 12


def _candidate(m: Record, year: int, died: dt.date | None, deceased: bool):
    """(years, day, kind) of the milestone `m` is considered for in `year`, or None."""
    end = dt.date(year, 12, 31)
    years = _reached_in(m, year)
    if years in badges.ANNIVERSARIES:
        return years, party_age_date(m, years), POSTHUMOUS if deceased else ""
    later = [a for a in badges.ANNIVERSARIES if a > years]
    if not later:
        return None
    day = party_age_date(m, later[0])
    if deceased:      # truy tặng sớm: the milestone within 12 months of the death
        if died is not None and badges.posthumous_allowed(day, died):
            return later[0], day, POSTHUMOUS
        return None
    if m["serious_illness"] == schema.YES and badges.early_allowed(day, later[0], end):
        return later[0], day, EARLY
    return None


@per_book
def milestones(book: Book) -> list[Milestone]:
    """Every member considered for a Huy hiệu Đảng in the evaluation year, by day: those
    reaching 30, 40, 45 … 90 years of party age in it (counted to the day from the admission
    decision less the months out: admitted 10/12/1996 → 30 years on 10/12/2026), those seriously
    ill within the early window of their next milestone, members who died in the year
    (posthumously, the milestone within 12 months of the death) — kept, not dropped with those
    who left — and a milestone of an earlier year a discipline deferred into this one («Lịch
    sử»: the discipline and its day). A discipline defers the award by the settings' months from
    its decision: `deferred` when that runs past the year or the day is not known (`proposed`
    leaves them out)."""
    year = book.info["year"]
    if not year:
        return []
    disciplines = _disciplines(book)
    months = {key: setting(book, key) for key in badges.DEFERRAL_DEFAULTS}
    current = list(membership(book).current)
    dead = [m for m in book.rows("members") if m["name"] and m["movement"] == DIED
            and (m["movement_date"] is None or m["movement_date"].year == year)]
    out = []
    for m in current + [m for m in dead if not any(m is c for c in current)]:
        if party_dates.party_age_start(m) is None:
            continue
        deceased = m["movement"] == DIED
        died = m["movement_date"] if deceased else None
        held = disciplines.get(id(m), [])
        found = (_candidate(m, year, died, deceased)
                 or (None if deceased else _carried(m, year, held, months)))
        if found is None:
            continue
        x = Milestone(m, *found, died=died)
        _defer(x, held, months, year)
        out.append(x)
    return sorted(out, key=lambda x: x.day)


def _disciplines(book: Book) -> dict[int, list[tuple[int, Record]]]:
    """id(member) → (year, row) of each discipline deferring a badge: this year's «Xếp loại»
    rows and the earlier years' «Lịch sử» rows (matched by name and date of birth)."""
    year = book.info["year"]
    joined = join(book)
    out: dict = {}
    for r in book.rows("ratings"):
        if r.row in joined and r["discipline"] in badges.DEFERRAL_SETTINGS:
            out.setdefault(id(joined[r.row]), []).append((year, r))
    by_key = {(cells.fold(m["name"]), m["dob"]): m for m in book.rows("members") if m["name"]}
    for r in book.rows("history"):
        m = by_key.get((cells.fold(r["name"] or ""), r["dob"]))
        if (m is not None and r["kind"] == schema.HISTORY_MEMBER and r["year"]
                and r["year"] < year and r["discipline"] in badges.DEFERRAL_SETTINGS):
            out.setdefault(id(m), []).append((r["year"], r))
    return out


def _resume(year: int, r: Record, months: dict) -> tuple[dt.date | None, dt.date]:
    """(the day the award may be considered again or None when the decision has no day, the
    latest it can be: the end of the discipline's year plus the months)."""
    _, resume = badges.deferred_until(r["discipline"], r["discipline_date"], months)
    latest = cells.add_months(dt.date(year, 12, 31),
                              int(months[badges.DEFERRAL_SETTINGS[r["discipline"]]]))
    return resume, latest


def _defer(x: Milestone, held: list, months: dict, year: int) -> None:
    """The discipline still running when the milestone is reached, if any (the one ending
    last; one without a day first): it sets the note, and `deferred` when it ends after the
    year or its day is unknown."""
    running = []
    for when, r in held:
        resume, latest = _resume(when, r, months)
        if (resume or latest) > x.day:
            running.append((resume, r))
    if not running:
        return
    resume, r = max(running, key=lambda t: (t[0] is None, t[0] or dt.date.min))
    x.discipline, x.discipline_day, x.resume, x.rating = (r["discipline"], r["discipline_date"],
                                                          resume, r)
    x.deferred = resume is None or resume > dt.date(year, 12, 31)


def _carried(m: Record, year: int, held: list, months: dict):
    """(years, day, "") of the milestone of an earlier year a discipline deferred past that
    year and into this one or later (never proposed since), or None."""
    if not held:
        return None       # nothing deferred it (most members: no need to count their years)
    reached = [a for a in badges.ANNIVERSARIES
               if (d := party_age_date(m, a)) is not None and d.year < year]
    if not reached:
        return None
    years = reached[-1]
    day = party_age_date(m, years)
    for when, r in held:
        resume, _ = _resume(when, r, months)
        if (resume is not None and when <= day.year and resume > dt.date(day.year, 12, 31)
                and resume > dt.date(year - 1, 12, 31)):
            return years, day, ""
    return None


def proposed(book: Book) -> list[Milestone]:
    """The milestones the cell proposes this year (those not deferred)."""
    return [x for x in milestones(book) if not x.deferred]


def late(found: list[Milestone], day: dt.date | None) -> list[Milestone]:
    """Of `found`, the members a request dated `day` proposes after the day they reached their
    milestone: a request goes up no later than its occasion (issue 22). Not those proposed early
    (serious illness), posthumously, or after a discipline's deferral: their day is another."""
    if day is None:
        return []
    return [x for x in found if not x.kind and not x.resume and day > x.day]
