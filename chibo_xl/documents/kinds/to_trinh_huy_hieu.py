"""Tờ trình đề nghị tặng Huy hiệu Đảng: to the đảng ủy, for the members reaching 30, 40, 45 …
90 years of party age in the year (made only when someone does)."""
from . import OWN, Doc, Kind


def documents(src):
    from ..member_docs import badge_context

    data = badge_context(src.book)
    return [Doc(data)] if data else []


KIND = Kind(
    key="to_trinh_huy_hieu", name="Tờ trình đề nghị tặng Huy hiệu Đảng", order=94,
    documents=documents, title="Tờ trình đề nghị tặng Huy hiệu Đảng năm {year}", date=OWN,
    label="Tờ trình đề nghị tặng Huy hiệu Đảng", abbr="TTr", needs=("members",),
    skip="không có đảng viên đủ 30, 40, 45 … năm tuổi đảng trong năm",
)
