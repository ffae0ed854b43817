"""Checks of the «Đảng phí» sheet against the rules of party fees (figures.fees computes them)."""
from __future__ import annotations

from ..figures.fees import REDUCTIONS, fees
from ..workbook import schema
from ..workbook.tables import Book


def check_fees(book: Book, report) -> None:
    """Members with 3 or more unpaid months; reductions outside QĐ 01's 30/50/70%.

    Quy định 01-QĐ/TW (2026), Điều 2: the chi bộ proposes striking off a member who has not paid
    for three months in the year without good reason.
    """
    sheet = schema.FEES.name
    for name, lines in fees(book).unpaid.items():
        months = sorted({x.record["month"] for x in lines})
        report.warn("FEE_UNPAID_3_MONTHS", sheet, lines[0].record.cell("paid"), name,
                    f"Đồng chí {name} chưa nộp đảng phí {len(months):02d} tháng trong năm "
                    f"(tháng {', '.join(str(m) for m in months)}). Quy định 01-QĐ/TW: không đóng "
                    "đảng phí 3 tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, "
                    "đề nghị xóa tên; nếu đã nộp, hãy ghi số tiền vào cột «Đã nộp».")
    members = schema.MEMBERS.name
    for m in book.rows("members"):
        cut = m["fee_cut"]
        if cut is not None and cut and cut not in REDUCTIONS:
            report.error("FEE_REDUCTION", members, m.cell("fee_cut"), cut,
                         "Mức giảm đảng phí chỉ là 30, 50 hoặc 70% (Quy định 01-QĐ/TW); miễn "
                         "hẳn thì ghi 100 ở cột «Miễn, giảm (%)» trang Đảng phí.")
        if cut and not m["fee_cut_from"]:
            report.warn("FEE_REDUCTION_START", members, m.cell("fee_cut_from"), None,
                        "Có mức giảm đảng phí nhưng thiếu tháng bắt đầu giảm.")
