"""Biên bản họp chi ủy, chuẩn bị sinh hoạt chi bộ (no published form: chibo_xl.documents.committee
cites Hướng dẫn 12-HD/BTCTW §II.1.1, whose four points are its part II): the chi ủy present (its
members from «Chức vụ Đảng», who came written by hand), 1. the month reviewed (`mt.reviewed`),
2. the tasks planned (`mt.next_activities`), 3. the content of the chi bộ's meeting and the
matters it votes on, 4. the draft resolution; the conclusion; clerk and chair sign."""
from make_templates import (L, dotted, dotted_unless, heading, para, paragraphs, party_header, save,
                            sentence, tag, title_block, two_signers, new_document)

END = "{{ '.' if loop.last else ';' }}"


def _items(doc, list_expr: str, line: str):
    tag(doc, f"for p in {list_expr}")
    para(doc, line)
    tag(doc, "endfor")


def build():
    doc = new_document("Biên bản họp chi ủy")
    party_header(doc)
    title_block(doc, "BIÊN BẢN", ["Họp chi ủy chuẩn bị sinh hoạt chi bộ tháng {{ mt.month }}"])
    para(doc, "Hôm nay, vào hồi … giờ …, {{ cu.date_words }}, tại ……………, chi ủy "
              "{{ cell_name }} họp để chuẩn bị nội dung buổi sinh hoạt chi bộ thường kỳ ngày "
              "{{ cu.meeting_date }}.")
    heading(doc, "I. THÀNH PHẦN")
    para(doc, "Chi ủy có {{ cu.count }} đồng chí:", keep_next=True)
    paragraphs(doc, "cu.members")
    para(doc, "- Có mặt: …… đồng chí; vắng mặt: …… đồng chí; lý do vắng: ……………", align=L)
    para(doc, "- Chủ trì: đồng chí {{ cu.chair }}, Bí thư chi bộ; thư ký: đồng chí ……", align=L)
    heading(doc, "II. NỘI DUNG")
    heading(doc, "1. Đánh giá kết quả công tác lãnh đạo của chi bộ tháng {{ mt.review_month }}")
    _items(doc, "mt.reviewed", "- {{ p.task }}: {{ p.result }}" + END)
    dotted_unless(doc, ["mt.reviewed"], lines=3)
    heading(doc, "2. Dự kiến nhiệm vụ tháng {{ mt.next_month }}")
    _items(doc, "mt.next_activities", "- {{ p }}" + END)
    dotted_unless(doc, ["mt.next_activities"], lines=2)
    heading(doc, "3. Thống nhất nội dung sinh hoạt chi bộ ngày {{ cu.meeting_date }}")
    tag(doc, "if mt.theme")
    para(doc, "Chủ đề: {{ mt.theme }}.")
    tag(doc, "endif")
    para(doc, "Những nội dung trọng tâm cần trao đổi, thảo luận, biểu quyết tại chi bộ:",
         keep_next=True)
    _items(doc, "cu.matters", "- {{ p }}")
    dotted(doc, 2)
    heading(doc, "4. Ý kiến về dự thảo nghị quyết của chi bộ")
    dotted(doc, 2)
    heading(doc, "III. KẾT LUẬN")
    dotted(doc, 2, keep_next=True)
    para(doc, "Cuộc họp kết thúc vào hồi … giờ … cùng ngày; biên bản đã được thông qua trước các "
              "đồng chí chi ủy viên dự họp.")
    two_signers(doc, ("THƯ KÝ", ""), ("CHỦ TRÌ", "{{ cu.chair }}"))
    return save(doc, "bien_ban_hop_chi_uy")
