"""Danh sách thu đảng phí: one table a month (member, basis, rate, reduction, due, paid), then the
year by month and the totals the annual report prints."""
from make_templates import (
    C,
    L,
    centred,
    data_table,
    heading,
    new_document,
    para,
    party_header,
    save,
    signature,
    tag,
)


def build():
    doc = new_document("Danh sách thu đảng phí")
    party_header(doc, number=False)
    centred(doc, "DANH SÁCH THU ĐẢNG PHÍ", bold=True, size=16, before=12, after=0, keep_next=True)
    centred(doc, "Năm {{ year }}", bold=True, after=0, keep_next=True)
    # the rules of the year's months (chibo_xl.rules.fee_regimes): QĐ 342 until 01/2026, QĐ 01 after
    centred(doc, "{{ fee.basis }}", italic=True, after=0, keep_next=True)
    centred(doc, "-----", after=12)
    tag(doc, "for mo in fee.months")
    heading(doc, "{{ mo.title }}")
    data_table(doc, "l in mo.lines", [
        ("STT", 11, C, "{{ l.stt }}"),
        ("Họ và tên", 35, L, "{{ l.name }}"),
        ("Đối tượng", 24, L, "{{ l.kind }}"),
        ("Căn cứ tính (đồng)", 25, C, "{{ l.base }}"),
        ("Tỷ lệ", 12, C, "{{ l.rate }}"),
        ("Miễn, giảm", 18, C, "{{ l.cut }}"),
        ("Phải nộp (đồng)", 20, C, "{{ l.due }}"),
        ("Đã nộp (đồng)", 20, C, "{{ l.paid }}"),
    ])
    para(doc, "Cộng tháng {{ mo.num }}: {{ mo.members }} đảng viên; phải nộp {{ mo.due }} đồng; đã nộp "
              "{{ mo.paid }} đồng.", bold=True, indent_mm=0)
    # a month listing part of the cell says whom it leaves out: its total is not the cell's
    tag(doc, "if mo.missing")
    para(doc, "Chưa ghi trong danh sách tháng {{ mo.num }} ({{ mo.missing_count }} đảng viên của chi bộ): "
              "{{ mo.missing }}.", italic=True, indent_mm=0)
    tag(doc, "endif")
    tag(doc, "endfor")
    tag(doc, "if fee.unpaid")
    para(doc, "Đảng viên chưa nộp đảng phí từ 03 tháng trở lên trong năm (Điều lệ Đảng, Điều 8 khoản 1: "
              "chi bộ xem xét, đề nghị xóa tên nếu không có lý do chính đáng):", keep_next=True)
    tag(doc, "for u in fee.unpaid")
    para(doc, "- {{ u }}.")
    tag(doc, "endfor")
    tag(doc, "endif")
    heading(doc, "TỔNG HỢP CẢ NĂM {{ year }}")
    data_table(doc, "mo in fee.months", [
        ("Tháng", 40, C, "{{ mo.month }}"),
        ("Số đảng viên", 35, C, "{{ mo.members }}"),
        ("Phải nộp (đồng)", 45, C, "{{ mo.due }}"),
        ("Đã nộp (đồng)", 45, C, "{{ mo.paid }}"),
    ])
    # a month with no row at all is not in the total either: the list says so (issue 22)
    tag(doc, "if fee.unlisted")
    para(doc, "Chưa ghi đảng phí {{ fee.unlisted }}: số cộng cả năm chỉ tính các tháng đã ghi.",
         italic=True, indent_mm=0)
    tag(doc, "endif")
    para(doc, "Cộng cả năm: phải thu {{ fee.due }}; đã thu {{ fee.paid }}; trích giữ lại tại chi bộ "
              "{{ fee.kept }} ({{ fee.keep_rate }}), nộp cấp trên {{ fee.sent }}.", bold=True)
    signature(doc)
    return save(doc, "so_dang_phi")
