"""Phiếu biểu quyết đề nghị «Hoàn thành xuất sắc nhiệm vụ»: made only when more members are
proposed at that level than the cap allows in a group of comparable members
(rules.rating.cap_verdicts); it lists those candidates per group and how many may be chosen."""
from . import ON_DATE, REVIEW, Doc, Kind


def documents(src):
    from ..context import review_context
    from ..review_docs import excellent_ballot_context

    data = excellent_ballot_context(src.book, src.once(review_context, src.book))
    return [Doc(data)] if data else []


KIND = Kind(
    key="phieu_bieu_quyet_xuat_sac", name="Phiếu biểu quyết hoàn thành xuất sắc nhiệm vụ",
    order=64, documents=documents,
    title="Phiếu biểu quyết hoàn thành xuất sắc nhiệm vụ năm {year}",
    date=REVIEW, as_of=ON_DATE, needs=("ratings",),
    skip="số đảng viên đề nghị «Hoàn thành xuất sắc nhiệm vụ» không vượt tỷ lệ tối đa trong "
         "nhóm nào: không cần phiếu riêng",
)
