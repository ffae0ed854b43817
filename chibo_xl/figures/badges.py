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
from ..workbook import schema
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
    ill within the early window of their next milestone, and members who died in the year
    (posthumously, the milestone within 12 months of the death) — kept, not dropped with those
    who left. A discipline of the year defers the award by the settings' months from its
    decision: `deferred` when that runs past the year or the day is not known (`proposed`
    leaves them out)."""
    year = book.info["year"]
    if not year:
        return []
    joined = join(book)
    discipline = {id(joined[r.row]): r for r in book.rows("ratings")
                  if r.row in joined and r["discipline"] in badges.DEFERRAL_SETTINGS}
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
        found = _candidate(m, year, died, deceased)
        if found is None:
            continue
        x = Milestone(m, *found, died=died)
        r = discipline.get(id(m))
        if r is not None:
            deferred, resume = badges.deferred_until(r["discipline"], r["discipline_date"], months)
            x.discipline, x.discipline_day, x.resume = r["discipline"], r["discipline_date"], resume
            x.rating = r
            x.deferred = deferred and (resume is None or resume > dt.date(year, 12, 31))
        out.append(x)
    return sorted(out, key=lambda x: x.day)


def proposed(book: Book) -> list[Milestone]:
    """The milestones the cell proposes this year (those not deferred)."""
    return [x for x in milestones(book) if not x.deferred]
