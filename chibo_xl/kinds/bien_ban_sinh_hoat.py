"""Biên bản sinh hoạt chi bộ: the minutes of each meeting asked for (sheet Sinh hoạt)."""
from . import MEETING, Doc, Kind


def documents(src):
    from ..context import meeting_context

    return [Doc(src.once(meeting_context, src.book, m), day=m["date"],
                values={"date": m["date"].strftime("%d-%m-%Y")}) for m in src.meetings or ()]


KIND = Kind(
    key="bien_ban_sinh_hoat", order=20, documents=documents,
    title="Biên bản sinh hoạt chi bộ {date}",
    label="Biên bản sinh hoạt", abbr="BB", series=True, date=MEETING,
    on_request=True,
)
