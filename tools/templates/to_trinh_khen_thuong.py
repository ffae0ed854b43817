"""Tờ trình đề nghị khen thưởng: the cell asks its đảng ủy to commend the members (and the cell)
proposed at the review meeting (Hướng dẫn 06-HD/TW, mục 19)."""
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
    signature,
    tag,
    title_block,
)


def build():
    doc = new_document("Tờ trình đề nghị khen thưởng")
    party_header(doc)
    title_block(doc, "TỜ TRÌNH", ["Về việc đề nghị khen thưởng năm {{ year }}"])
    centred(doc, "Kính gửi: {{ kt.recipient }}.", after=12)
    tag(doc, "for b in kt.bases")
    para(doc, "{{ b }}")
    tag(doc, "endfor")
    para(doc, "{{ cell_name }} kính đề nghị {{ kt.recipient }} xem xét, khen thưởng:",
         keep_next=True)
    tag(doc, "if kt.cell.text")
    heading(doc, "{{ kt.cell.head }}")
    para(doc, "{{ kt.cell.text }}")
    tag(doc, "endif")
    tag(doc, "if kt.members")
    heading(doc, "{{ kt.members_head }}")
    table = data_table(doc, "m in kt.members", [
        ("STT", 11, C, "{{ m.stt }}"),
        ("Họ và tên", 44, L, "{{ m.name }}"),
        ("Chức vụ", 30, C, "{{ m.post }}"),
        ("Mức xếp loại chất lượng", 40, C, "{{ m.level }}"),
        ("Hình thức khen thưởng đề nghị", 40, L, "{{ m.proposal }}"),
    ])
    _tighten(table, size=13, header_size=13, row_mm=6)
    tag(doc, "if kt.members_note")
    para(doc, "{{ kt.members_note }}")
    tag(doc, "endif")
    tag(doc, "endif")
    para(doc, "{{ kt.decides }}")
    para(doc, "Kính đề nghị {{ kt.recipient }} xem xét, quyết định./.")
    signature(doc)
    return save(doc, "to_trinh_khen_thuong")
