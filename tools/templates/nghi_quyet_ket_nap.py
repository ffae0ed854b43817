"""Nghị quyết đề nghị kết nạp đảng viên, after Mẫu 6-KNĐ: its full text was not found, so the
outline is its twin's (Mẫu 13-KNĐ, read in full): the bases, the meeting, the cell's counts,
present and absent, chair and clerk; what the chi bộ heard (the papers of the admission file,
Hướng dẫn 06-HD/TW mục 8.3); the candidate's strengths and shortcomings (dotted lines); the vote
over the cell's official members (Điều lệ Đảng Điều 4: at least two thirds); the proposal to the
đảng ủy. Signed for the chi bộ, whose resolution it is."""
import sys
from pathlib import Path

from make_templates import dotted, heading, new_document, para, party_header, save, signature, \
    title_block

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _consideration import meeting, vote  # noqa: E402


def build():
    doc = new_document("Nghị quyết đề nghị kết nạp đảng viên")
    party_header(doc)
    title_block(doc, "NGHỊ QUYẾT", ["Đề nghị kết nạp đảng viên"])
    para(doc, "Căn cứ Điều 4, Điều lệ Đảng Cộng sản Việt Nam,")
    meeting(doc, "{{ hn.date_cap }}, {{ cell_name }} đã họp để xét, đề nghị kết nạp quần chúng "
                 "{{ kn.name }} (sinh ngày {{ kn.dob }}) vào Đảng Cộng sản Việt Nam.")
    para(doc, "Sau khi nghe báo cáo đơn xin vào Đảng, lý lịch của quần chúng {{ kn.name }} và kết quả "
              "thẩm tra lý lịch; giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (ngày "
              "{{ kn.class_date }}); giấy giới thiệu của đảng viên chính thức được phân công giúp đỡ "
              "(đồng chí {{ kn.helper }}); ý kiến nhận xét của đoàn thể chính trị - xã hội nơi làm việc "
              "và của chi ủy (chi bộ) nơi cư trú, chi bộ thảo luận và thống nhất như sau:")
    heading(doc, "1. Những ưu điểm, khuyết điểm chính của quần chúng")
    para(doc, "- Ưu điểm:", indent_mm=0)
    dotted(doc, 3)
    para(doc, "- Khuyết điểm:", indent_mm=0)
    dotted(doc, 2)
    heading(doc, "2. Kết quả biểu quyết")
    vote(doc, "việc kết nạp quần chúng {{ kn.name }} vào Đảng")
    para(doc, "{{ cell_name }} đề nghị {{ kn.recipient }} xem xét, quyết định kết nạp quần chúng "
              "{{ kn.name }} vào Đảng Cộng sản Việt Nam./.")
    signature(doc)
    return save(doc, "nghi_quyet_ket_nap")
