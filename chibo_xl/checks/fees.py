"""Checks of the «Đảng phí» sheet against the rules of party fees (figures.fees computes them)."""
from __future__ import annotations

from ..figures.fees import fees
from ..rules import fee_regimes
from ..workbook import schema
from ..workbook.tables import Book


def check_fees(book: Book, report) -> None:
    """Members with 3 or more unpaid months; reductions outside the 30/50/70% of the rules in
    force in their months (`rules.fee_regimes`: Quy định 01-QĐ/TW's, from 02/2026).

    Điều lệ Đảng Điều 8 khoản 1 (and the fee rules of each month, Quyết định 342-QĐ/TW then
    Quy định 01-QĐ/TW): the chi bộ considers striking off a member who has not paid for three
    months in the year without good reason.
    """
    sheet = schema.FEES.name
    unpaid = fees(book).unpaid if book.reads(schema.FEES.key) else {}
    for name, lines in unpaid.items():
        months = sorted({x.record["month"] for x in lines})
        texts = ", ".join(dict.fromkeys(x.regime.name for x in lines if x.regime))
        report.warn("FEE_UNPAID_3_MONTHS", sheet, lines[0].record.cell("paid"), name,
                    f"Đồng chí {name} chưa nộp đảng phí {len(months):02d} tháng trong năm "
                    f"(tháng {', '.join(str(m) for m in months)}). Điều lệ Đảng, Điều 8 khoản 1"
                    + (f" ({texts})" if texts else "") + ": không đóng đảng phí 3 tháng trong năm "
                    "mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên; nếu đã "
                    "nộp, hãy ghi số tiền vào cột «Đã nộp».")
    members = schema.MEMBERS.name
    year = book.info["year"]
    for m in book.rows("members"):
        cut = m["fee_cut"]
        fixed = _steps_in_force(m, year)
        if cut is not None and cut and fixed and cut not in fixed.reduction_steps:
            report.error("FEE_REDUCTION", members, m.cell("fee_cut"), cut,
                         f"Mức giảm đảng phí chỉ là 30, 50 hoặc 70% ({fixed.name}, từ tháng "
                         f"{fixed.first.month}/{fixed.first.year}); miễn hẳn thì ghi 100 ở cột "
                         "«Miễn, giảm (%)» trang Đảng phí.")
        if cut and not m["fee_cut_from"]:
            report.warn("FEE_REDUCTION_START", members, m.cell("fee_cut_from"), None,
                        "Có mức giảm đảng phí nhưng thiếu tháng bắt đầu giảm.")


def _steps_in_force(member, year: int | None) -> fee_regimes.FeeRegime | None:
    """The rules fixing the steps of reduction in force in a month the member's reduction covers
    within `year` (the first such), or None: a reduction decided for months of Quyết định
    342-QĐ/TW only is not held to Quy định 01-QĐ/TW's 30/50/70%."""
    start = member["fee_cut_from"]
    if not year:
        return None
    if start is None:     # no first month: judged by the year's newest rules
        rules = fee_regimes.regime(year, 12)
        return rules if rules.reduction_steps else None
    for month in range(1, 13):
        index = (year * 12 + month) - (start.year * 12 + start.month)
        if 0 <= index < min(member["fee_cut_months"] or 12, 12):
            rules = fee_regimes.regime(year, month)
            if rules.reduction_steps:
                return rules
    return None
