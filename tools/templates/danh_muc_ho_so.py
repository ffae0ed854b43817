"""Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại: the list of the review file the cell sends up
(Quy định 366-QĐ/TW, Điều 17; Hướng dẫn 43-HD/BTCTW §4.2)."""
from make_templates import (
    C,
    L,
    _tighten,
    centred,
    data_table,
    new_document,
    para,
    party_header,
    save,
    signature,
    title_block,
)


def build():
    doc = new_document("Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại chất lượng")
    party_header(doc, number=False)
    title_block(doc, "DANH MỤC HỒ SƠ", ["Kiểm điểm, đánh giá, xếp loại chất lượng",
                                        "chi bộ và đảng viên năm {{ year }}"])
    centred(doc, "Kính gửi: {{ dm.recipient }}.", after=12)
    para(doc, "{{ dm.lead }}", keep_next=True)
    # 12 pt and a reference column of two lines ("Số 05-BC/CB, / ngày 25/11/2026"): the list
    # and its signature stay on one page
    table = data_table(doc, "r in dm.rows", [
        ("STT", 11, C, "{{ r.stt }}"),
        ("Tên tài liệu", 68, L, "{{ r.name }}"),
        ("Số, ngày văn bản", 36, C, "{{ r.ref }}"),
        ("Số lượng", 18, C, "{{ r.count }}"),
        ("Ghi chú", 32, L, "{{ r.note }}"),
    ])
    _tighten(table, size=12, header_size=12, row_mm=6)
    signature(doc)
    return save(doc, "danh_muc_ho_so")
