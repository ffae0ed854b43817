"""Mẫu 01: the cell's collective review report and the appendix of its members' ratings."""
from . import BEFORE_REVIEW, ON_DATE, Kind, review_documents


KIND = Kind(
    key="mau_01", order=50, documents=review_documents,
    title="Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm {year}",
    label="Báo cáo kiểm điểm tập thể", abbr="BC", date=BEFORE_REVIEW, as_of=ON_DATE,
    needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
