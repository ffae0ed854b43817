"""Biên bản sinh hoạt chi bộ: the minutes of each meeting of the build (sheet Sinh hoạt) but the
review meeting, whose minutes are the review's own (chibo_xl.monthly); a thematic meeting has its
own layout (theme, presenter, content, discussion, conclusion)."""
from . import MEETING, ON_DATE, Doc, Kind


def numbered(book, meeting) -> bool:
    from ..monthly import has_minutes

    return has_minutes(book, meeting)


def documents(src):
    from ..minutes import meeting_context, series

    year = series(src.whole, numbered)
    return [Doc(src.once(meeting_context, src.on(m["date"]), m), day=m["date"],
                template="bien_ban_sinh_hoat" if m["kind"] == "Thường kỳ" else "bien_ban_chuyen_de",
                seq=year.get(id(m)), values={"date": m["date"].strftime("%d-%m-%Y")})
            for m in src.meetings or () if numbered(src.whole, m)]


KIND = Kind(
    key="bien_ban_sinh_hoat", order=20, documents=documents,
    title="Biên bản sinh hoạt chi bộ {date}", templates=("bien_ban_sinh_hoat", "bien_ban_chuyen_de"),
    label="Biên bản sinh hoạt", abbr="BB", series=True, numbered=numbered, date=MEETING,
    as_of=ON_DATE, per_meeting=True,
)
