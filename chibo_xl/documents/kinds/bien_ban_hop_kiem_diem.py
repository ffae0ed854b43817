"""Biên bản họp kiểm điểm: the minutes of the review meeting. When that meeting is a row of
«Sinh hoạt» (the month's regular meeting held as the review), these are its one set of minutes:
they also review the month behind it and set the tasks of its month (documents.monthly)."""
from . import ON_DATE, REVIEW, Doc, Kind
from ._shared import review_documents


def documents(src):
    from ..minutes import NO_MEETING, meeting_context
    from ..monthly import review_meeting

    docs = review_documents(src)
    row = review_meeting(src.whole)
    extra = NO_MEETING if row is None else src.once(meeting_context, src.on(row["date"]), row)
    return [Doc({**doc.context, **extra}) for doc in docs]


KIND = Kind(
    key="bien_ban_hop_kiem_diem", order=80, documents=documents,
    title="Biên bản họp kiểm điểm, xếp loại năm {year}",
    label="Biên bản họp kiểm điểm", abbr="BB",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
