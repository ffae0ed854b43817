"""Nghị quyết đề nghị công nhận đảng viên chính thức, after Mẫu 13-KNĐ: the opening (bases, the
meeting, the cell's counts, chair and clerk) follows the published form; the rest of the form
could not be read in the original and keeps its usual contents with dotted lines."""
from make_templates import (
    L,
    dotted,
    heading,
    new_document,
    para,
    party_header,
    save,
    signature,
    title_block,
)


def build():
    doc = new_document("Nghị quyết đề nghị công nhận đảng viên chính thức")
    party_header(doc)
    title_block(doc, "NGHỊ QUYẾT", ["Đề nghị công nhận đảng viên chính thức"])
    para(doc, "Căn cứ Điều 5, Điều lệ Đảng Cộng sản Việt Nam,")
    para(doc, "Ngày …… tháng …… năm ……, {{ cell_name }} đã họp để xét, đề nghị công nhận đảng viên dự bị "
              "{{ cn.name }} được kết nạp vào Đảng {{ cn.admitted }}, trở thành đảng viên chính thức.")
    para(doc, "Tổng số đảng viên của chi bộ: {{ cn.total }} đảng viên, trong đó chính thức {{ cn.official }} "
              "đồng chí, dự bị {{ cn.probationary }} đồng chí.")
    para(doc, "Có mặt: …… đảng viên, trong đó chính thức …… đồng chí, dự bị …… đồng chí.")
    para(doc, "Vắng mặt: …… đảng viên, trong đó chính thức …… đồng chí, dự bị …… đồng chí.")
    para(doc, "Lý do vắng mặt: " + "…" * 24, align=L)
    para(doc, "Chủ trì hội nghị: đồng chí " + "…" * 10 + " Chức vụ: " + "…" * 5, align=L)
    para(doc, "Thư ký hội nghị: đồng chí " + "…" * 16, align=L)
    para(doc, "Sau khi nghe đồng chí {{ cn.name }} đọc bản tự kiểm điểm trong thời gian dự bị, ý kiến nhận "
              "xét của đảng viên được phân công giúp đỡ (đồng chí {{ cn.helper }}), ý kiến nhận xét của tổ "
              "chức đoàn thể nơi làm việc và của chi ủy (chi bộ) nơi cư trú, chi bộ thảo luận và thống "
              "nhất như sau:")
    heading(doc, "1. Những ưu điểm, khuyết điểm chính của đảng viên dự bị trong thời gian dự bị")
    para(doc, "- Ưu điểm:", indent_mm=0)
    dotted(doc, 3)
    para(doc, "- Khuyết điểm:", indent_mm=0)
    dotted(doc, 2)
    heading(doc, "2. Kết quả biểu quyết")
    para(doc, "Số đảng viên chính thức tán thành việc công nhận đồng chí {{ cn.name }} là đảng viên chính "
              "thức: …… đồng chí, đạt ……% so với tổng số đảng viên chính thức; không tán thành: …… "
              "đồng chí, chiếm ……%.")
    para(doc, "{{ cell_name }} đề nghị {{ cn.recipient }} xem xét, quyết định công nhận đồng chí "
              "{{ cn.name }} là đảng viên chính thức./.")
    signature(doc)
    return save(doc, "nghi_quyet_cong_nhan")
