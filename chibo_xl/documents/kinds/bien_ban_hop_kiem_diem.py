"""Biên bản họp kiểm điểm: the minutes of the review meeting."""
from . import ON_DATE, REVIEW, Kind
from ._shared import review_documents

KIND = Kind(
    key="bien_ban_hop_kiem_diem", order=80, documents=review_documents,
    title="Biên bản họp kiểm điểm, xếp loại năm {year}",
    label="Biên bản họp kiểm điểm", abbr="BB",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
