"""Biên bản kiểm phiếu: the vote-count record of the review meeting."""
from . import ON_DATE, REVIEW, Doc, Kind


def documents(src):
    from ..context import review_context

    return [Doc(src.once(review_context, src.book))]


KIND = Kind(
    key="bien_ban_kiem_phieu", order=70, documents=documents,
    title="Biên bản kiểm phiếu xếp loại đảng viên năm {year}",
    label="Biên bản kiểm phiếu", abbr="BB",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
