"""Phiếu biểu quyết xếp loại chất lượng chi bộ: the official members present vote on the level
the cell proposes for itself (the minutes record "với số phiếu đạt …")."""
from . import ON_DATE, REVIEW, Doc, Kind


def documents(src):
    from ..review_docs import cell_ballot_context

    return [Doc(cell_ballot_context(src.book))]


KIND = Kind(
    key="phieu_bieu_quyet_chi_bo", name="Phiếu biểu quyết xếp loại chất lượng chi bộ", order=62,
    documents=documents, title="Phiếu biểu quyết xếp loại chất lượng chi bộ năm {year}",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
