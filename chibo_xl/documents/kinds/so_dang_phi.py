"""Sổ thu đảng phí: the year's party fees month by month (member, basis, rate, due, paid), with
the same totals as the annual report, each month by the rules in force then (Quyết định 342-QĐ/TW,
then Quy định 01-QĐ/TW from 02/2026: chibo_xl.rules.fee_regimes)."""
from . import Doc, Kind


def documents(src):
    from ..member_docs import fee_list_context

    return [Doc(fee_list_context(src.book))]


KIND = Kind(
    key="so_dang_phi", name="Danh sách thu đảng phí", order=92, documents=documents,
    title="Danh sách thu đảng phí năm {year}", label=None, abbr="DS",
    needs=("fees",), skip="trang «Đảng phí» chưa có dữ liệu",
)
