"""Nghị quyết chi bộ tháng: the resolution of each regular meeting asked for (a thematic meeting
has minutes only)."""
from . import MEETING, Doc, Kind


def documents(src):
    from ..context import meeting_context

    return [Doc(src.once(meeting_context, src.book, m), day=m["date"],
                values={"month": f"{m['date'].month:02d}"})
            for m in src.meetings or () if m["kind"] == "Thường kỳ"]


KIND = Kind(
    key="nghi_quyet_thang", order=30, documents=documents,
    title="Nghị quyết chi bộ tháng {month}-{year}",
    label="Nghị quyết tháng", abbr="NQ", series=True, date=MEETING,
    on_request=True,
)
