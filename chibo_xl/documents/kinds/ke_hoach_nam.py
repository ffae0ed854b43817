"""Kế hoạch hoạt động năm: the cell's plan for the year (seed 003)."""
from . import ON_DATE, PLAN, Doc, Kind


def documents(src):
    from ..context import plan_bases, year_context

    return [Doc({**src.once(year_context, src.book), "plan_bases": plan_bases(src.book)})]


KIND = Kind(
    key="ke_hoach_nam", order=10, documents=documents,
    title="Kế hoạch hoạt động chi bộ năm {year}",
    label="Kế hoạch hoạt động năm", abbr="KH", date=PLAN, as_of=ON_DATE,
    needs=("plan",), skip="trang «Kế hoạch tháng» chưa có dữ liệu",
)
