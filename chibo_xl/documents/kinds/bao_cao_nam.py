"""Báo cáo tổng kết năm: the annual report and next year's directions (seeds 000, 001)."""
from . import AFTER_REVIEW, Doc, Kind


def documents(src):
    from ..context import year_context
    from ..dates import document_date

    # figures of the whole year; the level the competent body decided only from its own date
    return [Doc(src.once(year_context, src.book, document_date(src.book, KIND)))]


KIND = Kind(
    key="bao_cao_nam", name="Báo cáo tổng kết năm", order=90, documents=documents,
    title="Báo cáo tổng kết năm {year} và phương hướng năm {next_year}",
    label="Báo cáo tổng kết năm", abbr="BC",
    date=AFTER_REVIEW, needs=("members",),
)
