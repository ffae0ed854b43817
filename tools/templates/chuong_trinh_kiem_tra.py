"""Chương trình kiểm tra, giám sát năm (no central form: chibo_xl.documents.inspection names the
provincial sample its outline follows): the bases, the aims, 1. inspecting members' compliance,
2. supervision (regular, thematic), 3. inspection on signs of violation, 4. discipline, and who
carries it out. Each table prints only with rows; without any, lines to fill by hand."""
from make_templates import (C, L, _tighten, data_table, dotted_unless, heading, new_document,
                            para, paragraphs, party_header, save, signature, tag, title_block)


def _table(doc, loop: str):
    table = data_table(doc, loop, [
        ("STT", 11, C, "{{ r.stt }}"),
        ("Đảng viên", 42, L, "{{ r.name }}{% if r.post %}\n({{ r.post }}){% endif %}"),
        ("Nội dung", 58, L, "{{ r.content }}"),
        ("Thời gian", 24, C, "{{ r.period }}"),
        ("Người thực hiện", 30, C, "{{ r.assignee }}"),
    ])
    _tighten(table, size=12, header_size=12, row_mm=6)


def build():
    doc = new_document("Chương trình kiểm tra, giám sát năm")
    party_header(doc)
    title_block(doc, "CHƯƠNG TRÌNH", ["Kiểm tra, giám sát năm {{ year }}"])
    paragraphs(doc, "ks.bases")
    para(doc, "{{ cell_name }} xây dựng chương trình kiểm tra, giám sát năm {{ year }} như sau:")
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    para(doc, "- Kiểm tra, giám sát nhằm kịp thời phát hiện, biểu dương ưu điểm, nhắc nhở, uốn nắn "
              "thiếu sót, khuyết điểm của đảng viên, phòng ngừa vi phạm; góp phần xây dựng chi bộ "
              "trong sạch, vững mạnh.")
    para(doc, "- Kiểm tra, giám sát đúng nguyên tắc, phương pháp, quy trình; khách quan, công khai, "
              "dân chủ; đảng viên được kiểm tra, giám sát chuẩn bị đầy đủ nội dung theo yêu cầu.")
    heading(doc, "II. NỘI DUNG")
    heading(doc, "1. Kiểm tra đảng viên chấp hành")
    tag(doc, "if ks.inspect")
    _table(doc, "r in ks.inspect")
    tag(doc, "endif")
    dotted_unless(doc, ["ks.inspect"], lines=2)
    heading(doc, "2. Giám sát đối với đảng viên")
    para(doc, "2.1. Giám sát thường xuyên: chi bộ giám sát thường xuyên đối với tất cả đảng viên "
              "về việc chấp hành Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết, chỉ thị của "
              "Đảng, pháp luật của Nhà nước, nhiệm vụ được giao và những điều đảng viên không được "
              "làm{{ ':' if ks.regular else '.' }}", keep_next=True)
    tag(doc, "if ks.regular")
    _table(doc, "r in ks.regular")
    tag(doc, "endif")
    para(doc, "2.2. Giám sát chuyên đề{{ ':' if ks.thematic else '' }}", keep_next=True)
    tag(doc, "if ks.thematic")
    _table(doc, "r in ks.thematic")
    tag(doc, "endif")
    dotted_unless(doc, ["ks.thematic"], lines=2)
    heading(doc, "3. Kiểm tra đảng viên khi có dấu hiệu vi phạm")
    para(doc, "Khi phát hiện đảng viên có dấu hiệu vi phạm, chi bộ tiến hành kiểm tra theo quy "
              "định (có quyết định và kế hoạch kiểm tra riêng).")
    heading(doc, "4. Xem xét, xử lý, đề nghị xử lý kỷ luật đảng viên vi phạm")
    para(doc, "Đảng viên vi phạm được chi bộ xem xét, xử lý hoặc đề nghị cấp có thẩm quyền xử lý "
              "kỷ luật theo quy định của Đảng.")
    heading(doc, "III. TỔ CHỨC THỰC HIỆN")
    para(doc, "{{ lead.Body }} phân công, theo dõi, đôn đốc thực hiện chương trình; đồng chí được "
              "phân công kiểm tra, giám sát báo cáo kết quả tại buổi sinh hoạt chi bộ; cuối năm "
              "chi bộ tổng hợp, báo cáo {{ ks.recipient or 'cấp ủy cấp trên' }} kết quả thực hiện "
              "chương trình./.")
    signature(doc)
    return save(doc, "chuong_trinh_kiem_tra")
