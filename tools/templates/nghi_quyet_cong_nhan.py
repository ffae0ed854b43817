"""Nghị quyết đề nghị công nhận đảng viên chính thức, after Mẫu 13-KNĐ: the opening (bases, the
meeting, the cell's counts, present and absent, chair and clerk) follows the published form, read
in full on luatvietnam.vn; the rest keeps its usual contents, with dotted lines for the
assessment the chi bộ writes. Signed for the chi bộ, whose resolution it is."""
import sys
from pathlib import Path

from make_templates import dotted, heading, new_document, para, party_header, save, signature, \
    title_block

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _consideration import meeting, vote  # noqa: E402


def build():
    doc = new_document("Nghị quyết đề nghị công nhận đảng viên chính thức")
    party_header(doc)
    title_block(doc, "NGHỊ QUYẾT", ["Đề nghị công nhận đảng viên chính thức"])
    para(doc, "Căn cứ Điều 5, Điều lệ Đảng Cộng sản Việt Nam,")
    meeting(doc, "{{ hn.date_cap }}, {{ cell_name }} đã họp để xét, đề nghị công nhận đảng viên dự "
                 "bị {{ cn.name }} được kết nạp vào Đảng {{ cn.admitted }}, trở thành đảng viên "
                 "chính thức.")
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
    vote(doc, "việc công nhận đồng chí {{ cn.name }} là đảng viên chính thức")
    para(doc, "{{ cell_name }} đề nghị {{ cn.recipient }} xem xét, quyết định công nhận đồng chí "
              "{{ cn.name }} là đảng viên chính thức./.")
    signature(doc)
    return save(doc, "nghi_quyet_cong_nhan")
