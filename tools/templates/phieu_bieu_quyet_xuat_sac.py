"""Phiếu biểu quyết đề nghị «Hoàn thành xuất sắc nhiệm vụ»: made when the proposals exceed the
cap in a group of comparable members; one table a group, with how many may be chosen."""
from make_templates import (
    C,
    L,
    _tighten,
    centred,
    data_table,
    heading,
    new_document,
    para,
    party_header,
    save,
    tag,
    title_block,
)


def build():
    doc = new_document("Phiếu biểu quyết đề nghị xếp loại hoàn thành xuất sắc nhiệm vụ")
    party_header(doc, number=False)
    title_block(doc, "PHIẾU BIỂU QUYẾT", ["Đề nghị xếp loại «Hoàn thành xuất sắc nhiệm vụ»",
                                          "đối với đảng viên năm {{ year }}"])
    centred(doc, "(Đánh dấu X vào cột «Đồng ý»)", italic=True, after=6)
    para(doc, "{{ xs.lead }}")
    tag(doc, "for g in xs.groups")
    heading(doc, "{{ g.title }}")
    para(doc, "{{ g.counts }}")
    para(doc, "{{ g.choose }}", keep_next=True)
    table = data_table(doc, "c in g.candidates", [
        ("STT", 12, C, "{{ c.stt }}"),
        ("Họ và tên", 60, L, "{{ c.name }}"),
        ("Chức vụ", 45, C, "{{ c.post }}"),
        ("Tổng điểm", 22, C, "{{ c.score }}"),
        ("Đồng ý", 26, C, ""),
    ])
    _tighten(table, size=13, header_size=12, row_mm=8)
    tag(doc, "endfor")
    para(doc, "Ghi chú: Phiếu chọn nhiều hơn số đồng chí được chọn của một nhóm thì không tính cho "
              "nhóm đó. Phiếu dành cho đảng viên chính thức dự họp (đảng viên dự bị không biểu quyết).",
         italic=True)
    return save(doc, "phieu_bieu_quyet_xuat_sac")
