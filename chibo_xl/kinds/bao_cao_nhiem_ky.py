"""Báo cáo tổng kết nhiệm kỳ: the term report, made only when the Văn bản sheet asks (seed 002)."""
from . import Doc, Kind


def documents(src):
    from ..context import year_context

    return [Doc(src.once(year_context, src.book))]


KIND = Kind(
    key="bao_cao_nhiem_ky", name="Báo cáo tổng kết nhiệm kỳ", order=100, documents=documents,
    title="Báo cáo tổng kết nhiệm kỳ {term}",
    label="Báo cáo tổng kết nhiệm kỳ", abbr="BC",
    needs=("indicators",), asked=True,
    skip="chỉ lập khi trang «Văn bản» có dòng «Báo cáo tổng kết nhiệm kỳ» và trang «Chỉ tiêu» "
         "có dữ liệu",
)
