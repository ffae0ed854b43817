"""Nghị quyết chi bộ tháng: the resolution of each regular meeting asked for (a thematic meeting
has minutes only)."""
from . import MEETING, ON_DATE, Doc, Kind


def regular(book, meeting) -> bool:
    return meeting["kind"] == "Thường kỳ"


def documents(src):
    from ..minutes import meeting_context, series

    year = series(src.whole, KIND.numbered)
    return [Doc(src.once(meeting_context, src.on(m["date"]), m), day=m["date"],
                seq=year.get(id(m)), values={"month": f"{m['date'].month:02d}"})
            for m in src.meetings or () if regular(src.whole, m)]


KIND = Kind(
    key="nghi_quyet_thang", order=30, documents=documents,
    title="Nghị quyết chi bộ tháng {month}-{year}",
    label="Nghị quyết tháng", abbr="NQ", series=True, numbered=regular, date=MEETING, as_of=ON_DATE,
    per_meeting=True,
)
