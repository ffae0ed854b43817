"""Biên bản kiểm phiếu xếp loại chất lượng chi bộ: the vote-count record of the ballot on the
cell's own level (phieu_bieu_quyet_chi_bo), made at the review meeting."""
from . import ON_DATE, REVIEW, Doc, Kind


def documents(src):
    from ..context import review_context
    from ..review_docs import cell_count_context

    return [Doc({**src.once(review_context, src.book), **cell_count_context(src.book)})]


KIND = Kind(
    key="bien_ban_kiem_phieu_chi_bo", name="Biên bản kiểm phiếu xếp loại chất lượng chi bộ",
    order=72, documents=documents,
    title="Biên bản kiểm phiếu xếp loại chất lượng chi bộ năm {year}",
    label="Biên bản kiểm phiếu xếp loại chi bộ", abbr="BB",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
