"""Báo cáo sơ kết 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm (no central form:
chibo_xl.documents.midyear says where the outline comes from). I. the results to the report's
day: the members and their movements, the monthly tasks of months 1–6 with what was done, the
party's building (meetings, admissions, fees), inspection and supervision; II. the assessment
(rows «Sơ kết: Ưu điểm», «Sơ kết: Hạn chế» of «Nội dung», else lines to fill); III. the tasks
of months 7–12 and the rows «Sơ kết: Nhiệm vụ 6 tháng cuối năm». Figures are the day's."""
from make_templates import (C, L, _tighten, data_table, dotted_unless, heading, lead,
                            new_document, para, paragraphs, party_header, save, sentence,
                            signature, tag, title_block)


def build():
    doc = new_document("Báo cáo sơ kết 6 tháng đầu năm")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Sơ kết công tác 6 tháng đầu năm {{ year }},",
                                 "phương hướng, nhiệm vụ 6 tháng cuối năm {{ year }}"])
    para(doc, "{{ cell_name }} báo cáo kết quả lãnh đạo thực hiện nhiệm vụ từ đầu năm {{ year }} "
              "đến ngày {{ sk.date }} và phương hướng, nhiệm vụ 6 tháng cuối năm {{ year }} như "
              "sau:")
    heading(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM")
    heading(doc, "1. Tình hình đảng viên")
    sentence(doc, "s.movement")
    sentence(doc, "s.members_profile")
    dotted_unless(doc, ["s.movement"], lines=2)
    heading(doc, "2. Lãnh đạo thực hiện nhiệm vụ chính trị và kế hoạch hằng tháng")
    tag(doc, "if sk.results")
    para(doc, "Kết quả thực hiện kế hoạch hoạt động của chi bộ từ tháng 01 đến ngày {{ sk.date }}:",
         keep_next=True)
    table = data_table(doc, "r in sk.results", [
        ("STT", 11, C, "{{ r.stt }}"),
        ("Tháng", 14, C, "{{ r.month }}"),
        ("Nội dung hoạt động", 70, L, "{{ r.activity }}"),
        ("Người phụ trách", 30, C, "{{ r.owner }}"),
        ("Kết quả thực hiện", 40, L, "{{ r.result }}"),
    ])
    _tighten(table, size=12, header_size=12, row_mm=6)
    tag(doc, "endif")
    dotted_unless(doc, ["sk.results"], lines=2)
    heading(doc, "3. Công tác xây dựng Đảng")
    sentence(doc, "s.meetings")
    sentence(doc, "sk.development")
    sentence(doc, "sk.fees")
    dotted_unless(doc, ["s.meetings", "sk.development", "sk.fees"], lines=2)
    heading(doc, "4. Công tác kiểm tra, giám sát")
    sentence(doc, "sk.watch")
    dotted_unless(doc, ["sk.watch"], lines=2)
    heading(doc, "II. ĐÁNH GIÁ CHUNG")
    lead(doc, "* Ưu điểm:")
    paragraphs(doc, "text.sk_uu_diem", prefix="- ")
    dotted_unless(doc, ["text.sk_uu_diem"], lines=2)
    lead(doc, "* Hạn chế:")
    paragraphs(doc, "text.sk_han_che", prefix="- ")
    dotted_unless(doc, ["text.sk_han_che"], lines=2)
    heading(doc, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM {{ year }}")
    paragraphs(doc, "text.sk_nhiem_vu", prefix="- ")
    tag(doc, "if sk.next")
    para(doc, "Các nhiệm vụ cụ thể theo kế hoạch hoạt động của chi bộ:", keep_next=True)
    table = data_table(doc, "r in sk.next", [
        ("STT", 11, C, "{{ r.stt }}"),
        ("Tháng", 14, C, "{{ r.month }}"),
        ("Nội dung hoạt động", 100, L, "{{ r.activity }}"),
        ("Người phụ trách", 40, C, "{{ r.owner }}"),
    ])
    _tighten(table, size=12, header_size=12, row_mm=6)
    tag(doc, "endif")
    dotted_unless(doc, ["text.sk_nhiem_vu", "sk.next"], lines=3)
    para(doc, "Trên đây là báo cáo sơ kết công tác 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng "
              "cuối năm {{ year }} của {{ cell_name }}./.")
    signature(doc)
    return save(doc, "bao_cao_so_ket")
