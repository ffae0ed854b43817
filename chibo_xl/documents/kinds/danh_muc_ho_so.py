"""Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại: the list of the review file the cell sends up
to the đảng ủy (Quy định 366-QĐ/TW, Điều 17; Hướng dẫn 43-HD/BTCTW §4.2), after the review."""
from . import AFTER_REVIEW, ON_DATE, Doc, Kind


def documents(src):
    from ..context import member_forms, review_context
    from ..review_docs import commendation_context, file_list_context

    review_day = src.book.info["review_date"]
    forms = member_forms(src.on(review_day) if review_day else src.book)
    asked = commendation_context(src.book, src.once(review_context, src.book), src.day)
    return [Doc(file_list_context(src.book, forms, asked is not None))]


KIND = Kind(
    key="danh_muc_ho_so", name="Danh mục hồ sơ đánh giá, xếp loại", order=86,
    documents=documents, title="Danh mục hồ sơ đánh giá, xếp loại năm {year}",
    date=AFTER_REVIEW, as_of=ON_DATE, needs=("ratings",),
    skip="trang «Xếp loại» chưa có dữ liệu",
)
