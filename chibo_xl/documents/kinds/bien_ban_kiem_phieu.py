"""Biên bản kiểm phiếu: the vote-count record of the review meeting."""
from . import ON_DATE, REVIEW, Kind
from ._shared import review_documents

KIND = Kind(
    key="bien_ban_kiem_phieu", order=70, documents=review_documents,
    title="Biên bản kiểm phiếu xếp loại đảng viên năm {year}",
    label="Biên bản kiểm phiếu", abbr="BB",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
