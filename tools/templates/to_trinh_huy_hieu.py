"""Tờ trình đề nghị tặng Huy hiệu Đảng: the cell asks its đảng ủy to propose the badges for the
members reaching a milestone of party age in the year."""
from make_templates import (
    C,
    L,
    centred,
    data_table,
    new_document,
    para,
    party_header,
    save,
    signature,
    tag,
    title_block,
)


def build():
    doc = new_document("Tờ trình đề nghị tặng Huy hiệu Đảng")
    party_header(doc)
    title_block(doc, "TỜ TRÌNH", ["Về việc đề nghị tặng Huy hiệu Đảng năm {{ year }}"])
    centred(doc, "Kính gửi: {{ hh.recipient }}.", after=12)
    para(doc, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
    para(doc, "Căn cứ các quy định, hướng dẫn của Trung ương về thi hành Điều lệ Đảng và xét tặng Huy "
              "hiệu Đảng;")
    para(doc, "Căn cứ hồ sơ đảng viên và tuổi đảng của đảng viên (tính từ ngày vào Đảng, trừ thời gian "
              "không tính tuổi đảng),")
    # «đủ tuổi đảng trong năm», or with those proposed early (serious illness) or posthumously
    # (chibo_xl.rules.badges): the words are the context's
    para(doc, "{{ cell_name }} kính đề nghị {{ hh.recipient }} xem xét, đề nghị cấp có thẩm quyền "
              "{{ hh.verb }} Huy hiệu Đảng cho {{ hh.count }} {{ hh.whom }}, có tên sau:", keep_next=True)
    data_table(doc, "r in hh.rows", [
        ("STT", 9, C, "{{ r.stt }}"),
        ("Họ và tên", 31, L, "{{ r.name }}"),
        ("Ngày sinh", 21, C, "{{ r.dob }}"),
        ("Số thẻ đảng viên", 22, C, "{{ r.card }}"),
        ("Ngày vào Đảng", 21, C, "{{ r.admitted }}"),
        ("Ngày chính thức", 21, C, "{{ r.official }}"),
        ("Huy hiệu", 13, C, "{{ r.badge }}"),
        ("Ngày đủ tuổi đảng", 27, C, "{{ r.day }}\n{{ r.note }}"),
    ])
    tag(doc, "if hh.late")
    para(doc, "{{ hh.late }}")
    tag(doc, "endif")
    para(doc, "Chi bộ đã xem xét, các đồng chí có tên trên đủ điều kiện xét tặng theo quy định; hồ sơ đề "
              "nghị của từng đồng chí gửi kèm theo tờ trình này.")
    para(doc, "Kính đề nghị {{ hh.recipient }} xem xét, quyết định./.")
    signature(doc)
    return save(doc, "to_trinh_huy_hieu")
