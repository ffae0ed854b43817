"""Phiếu biểu quyết: the ballot of the review meeting."""
from . import ON_DATE, REVIEW, Kind
from ._shared import review_documents

KIND = Kind(
    key="phieu_bieu_quyet", order=60, documents=review_documents,
    title="Phiếu biểu quyết xếp loại đảng viên năm {year}",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
