"""Tờ trình đề nghị khen thưởng: to the đảng ủy, for the members the cell proposes for
commendation (Xếp loại «Đề nghị khen thưởng») and for the cell when it is proposed (Thông tin
chung «Đề nghị khen thưởng chi bộ»); made after the review meeting."""
from . import AFTER_REVIEW, ON_DATE, Doc, Kind


def documents(src):
    from ..context import review_context
    from ..review_docs import commendation_context

    data = commendation_context(src.book, src.once(review_context, src.book), src.day)
    return [Doc(data)] if data else []


KIND = Kind(
    key="to_trinh_khen_thuong", name="Tờ trình đề nghị khen thưởng", order=84,
    documents=documents, title="Tờ trình đề nghị khen thưởng năm {year}",
    label="Tờ trình đề nghị khen thưởng", abbr="TTr", date=AFTER_REVIEW, as_of=ON_DATE,
    needs=("ratings",),
    skip="không có đảng viên, tập thể được đề nghị khen thưởng (cột «Đề nghị khen thưởng» trang "
         "«Xếp loại», mục «Đề nghị khen thưởng chi bộ» trang «Thông tin chung»)",
)
