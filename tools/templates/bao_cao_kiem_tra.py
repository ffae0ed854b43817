"""Báo cáo kết quả kiểm tra, giám sát năm: the rows of «Giám sát» begun by the report's day with
their result (chibo_xl.documents.inspection), the counts, the programme's rows still to come, the
assessment (rows «Kiểm tra, giám sát» of «Nội dung», else lines to fill)."""
from make_templates import (C, L, _tighten, data_table, dotted, dotted_unless, heading, lead,
                            new_document, para, paragraphs, party_header, save, sentence,
                            signature, tag, title_block)


def _table(doc, loop: str):
    table = data_table(doc, loop, [
        ("STT", 11, C, "{{ r.stt }}"),
        ("Đảng viên", 38, L, "{{ r.name }}"),
        ("Nội dung", 55, L, "{{ r.content }}"),
        ("Thời gian", 24, C, "{{ r.period }}"),
        ("Kết quả", 37, L, "{{ r.result }}"),
    ])
    _tighten(table, size=12, header_size=12, row_mm=6)


def build():
    doc = new_document("Báo cáo kết quả kiểm tra, giám sát năm")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Kết quả thực hiện chương trình kiểm tra, giám sát",
                                 "năm {{ year }}"])
    para(doc, "Thực hiện chương trình kiểm tra, giám sát năm {{ year }}, {{ cell_name }} báo cáo "
              "kết quả từ đầu năm đến ngày {{ kq.date }} như sau:")
    heading(doc, "I. KẾT QUẢ THỰC HIỆN")
    heading(doc, "1. Kiểm tra đảng viên chấp hành")
    sentence(doc, "kq.inspect_text", keep_next=True)
    tag(doc, "if kq.inspect")
    _table(doc, "r in kq.inspect")
    tag(doc, "endif")
    dotted_unless(doc, ["kq.inspect"], lines=2)
    heading(doc, "2. Giám sát đối với đảng viên")
    sentence(doc, "kq.watch_text", keep_next=True)
    tag(doc, "if kq.watch")
    _table(doc, "r in kq.watch")
    tag(doc, "endif")
    dotted_unless(doc, ["kq.watch"], lines=2)
    sentence(doc, "kq.waiting")
    heading(doc, "3. Kiểm tra đảng viên khi có dấu hiệu vi phạm; xử lý kỷ luật")
    sentence(doc, "kq.discipline")
    dotted_unless(doc, ["kq.discipline"], lines=2)
    heading(doc, "II. ĐÁNH GIÁ CHUNG")
    paragraphs(doc, "text.kiem_tra_giam_sat")
    tag(doc, "if not text.kiem_tra_giam_sat")
    lead(doc, "* Ưu điểm:")
    dotted(doc, 2)
    lead(doc, "* Hạn chế:")
    dotted(doc, 2)
    tag(doc, "endif")
    para(doc, "Trên đây là báo cáo kết quả thực hiện chương trình kiểm tra, giám sát năm {{ year }} "
              "của {{ cell_name }}./.")
    signature(doc)
    return save(doc, "bao_cao_kiem_tra")
