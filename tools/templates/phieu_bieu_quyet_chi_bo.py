"""Phiếu biểu quyết xếp loại chất lượng chi bộ: the official members present vote on the level
the cell proposes for itself; secret, so no signature (as the members' ballot)."""
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
    title_block,
)


def build():
    doc = new_document("Phiếu biểu quyết đánh giá, xếp loại chất lượng chi bộ")
    party_header(doc, number=False)
    title_block(doc, "PHIẾU BIỂU QUYẾT", ["Đánh giá, xếp loại chất lượng chi bộ năm {{ year }}"])
    centred(doc, "(Đánh dấu X vào một ô tương ứng)", italic=True, after=6)
    para(doc, "{{ pc.proposal }}")
    para(doc, "Ý kiến của đồng chí về mức xếp loại chất lượng {{ cell_name }} năm {{ year }}:",
         keep_next=True)
    table = data_table(doc, "r in pc.levels", [
        ("STT", 12, C, "{{ r.stt }}"),
        ("Mức xếp loại chất lượng", 103, L, "{{ r.level }}{{ r.proposed }}"),
        ("Đồng ý (X)", 50, C, ""),
    ])
    _tighten(table, size=14, header_size=13, row_mm=10)
    para(doc, "Ghi chú: Chỉ đánh dấu X vào một trong bốn mức; phiếu đánh dấu nhiều hơn một mức hoặc "
              "không đánh dấu mức nào thì không hợp lệ. Phiếu dành cho đảng viên chính thức dự họp "
              "(đảng viên dự bị không biểu quyết).", italic=True)
    return save(doc, "phieu_bieu_quyet_chi_bo")
