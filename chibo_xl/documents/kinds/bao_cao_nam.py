"""Báo cáo tổng kết năm: the annual report and next year's directions (seeds 000, 001)."""
from . import AFTER_REVIEW, Doc, Kind


def documents(src):
    from ..context import year_context

    return [Doc(src.once(year_context, src.book))]


KIND = Kind(
    key="bao_cao_nam", name="Báo cáo tổng kết năm", order=90, documents=documents,
    title="Báo cáo tổng kết năm {year} và phương hướng năm {next_year}",
    label="Báo cáo tổng kết năm", abbr="BC",
    date=AFTER_REVIEW, needs=("members",),
)
