"""The day each document is dated, by its kind's date rule (documents.kinds: Kind.date).

Rules and their sources:
- the Mẫu 01 draft reaches the members at least 3 working days before the review meeting
  (Hướng dẫn 43-HD/BTCTW; figures.timeline.draft_day);
- the minutes, the ballot and the vote-count record of a meeting are made at that meeting.
"""
from __future__ import annotations

import datetime as dt

from ..figures.timeline import draft_day
from ..workbook.memo import per_year
from ..workbook.tables import Book, Record, value_key
from . import kinds


def documents_row(book: Book, kind) -> Record | None:
    """The Văn bản row of `kind`, None when there is none. «Loại văn bản» is read as typed (the
    workbook does not own its list): it matches the kind's label as any list value matches its
    choice, whatever its case, accents aside, spaces, dots and hyphens (`tables.value_key`)."""
    if not kind.label:
        return None
    return _by_type(book).get(value_key(kind.label))


@per_year
def _by_type(book: Book) -> dict[str, Record]:
    """«Loại văn bản» (`value_key`) → its first Văn bản row: asked for each of ≈ 50 kinds by
    the checks and the documents, once per book instead of a walk of the sheet each time."""
    found: dict[str, Record] = {}
    for r in book.rows("documents"):
        if r["doc_type"]:
            found.setdefault(value_key(r["doc_type"]), r)
    return found


def document_date(book: Book, kind, day: dt.date | None = None) -> dt.date | None:
    """The day a document of `kind` is dated, by its rule (`day`: the meeting it records).

    SIGN: its Văn bản date, else the default signing day. PLAN: its Văn bản date, else the first
    meeting of the year (where the plan is adopted), else the signing day. MEETING: `day`.
    BEFORE_REVIEW (Mẫu 01 draft, Mẫu 02): its Văn bản date, else that of another such kind (the
    forms go out with the draft), else the latest day leaving 3 working days before the review
    meeting. REVIEW (ballot, vote count, review minutes): the review
    meeting's day. AFTER_REVIEW (annual report): its Văn bản date, else the signing day. OWN
    (the badge request): its Văn bản date, else None — written by hand, never a later default.
    """
    info = book.info
    row = documents_row(book, kind)
    given = row["date"] if row else None
    review = info["review_date"]
    rule = kind.date
    if rule == kinds.MEETING and day:
        return day
    if rule == kinds.REVIEW and review:
        return review
    if given or rule == kinds.OWN:
        return given
    if rule == kinds.PLAN:
        year = info["year"]
        held = sorted(m["date"] for m in book.rows("meetings")
                      if m["date"] and m["date"].year == year)
        if held:
            return held[0]
    if rule == kinds.BEFORE_REVIEW and review:
        # the members' forms go out with the collective draft (Mẫu 01) when that one is dated
        dated = [r["date"] for k in kinds.all_kinds() if k.date == kinds.BEFORE_REVIEW
                 for r in [documents_row(book, k)] if r and r["date"] and r["date"] < review]
        return dated[0] if dated else draft_day(review)
    return day or info["sign_date"]
