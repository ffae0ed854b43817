"""Nghị quyết chi bộ tháng: one resolution for each month that had a meeting of any kind, adopted
at the month's regular meeting (or at its only, thematic, meeting): chibo_xl.monthly."""
from . import MEETING, ON_DATE, Doc, Kind


def numbered(book, meeting) -> bool:
    from ..monthly import has_resolution

    return has_resolution(book, meeting)


def documents(src):
    from ..minutes import meeting_context, series

    year = series(src.whole, numbered)
    return [Doc(src.once(meeting_context, src.on(m["date"]), m), day=m["date"],
                seq=year.get(id(m)), values={"month": f"{m['date'].month:02d}"})
            for m in src.meetings or () if numbered(src.whole, m)]


KIND = Kind(
    key="nghi_quyet_thang", order=30, documents=documents,
    title="Nghị quyết chi bộ tháng {month}-{year}",
    label="Nghị quyết tháng", abbr="NQ", series=True, numbered=numbered, date=MEETING,
    as_of=ON_DATE, per_meeting=True,
)
