"""The lists a secretary's values are chosen from, each declared once for every sheet using it.

The four quality levels, Có/Không, the member's status, the movements of the year, the sections of
«Nội dung», the Văn bản sheet's document types and the rest: `schema`'s columns take their
`choices` from here, and the checks, figures and contexts compare values with these names (through
`schema`). The Văn bản sheet's list of document kinds is not here: it is the documents' registry,
handed to the workbook by the layer that knows both (`sheettypes.Column.listed_by`). Ethnic groups follow the official list of 54, spelled as in the register; that list is
"open", so local spellings are accepted (Excel only warns). Other spellings and codes of the same
values are `vocab`'s.
"""
from __future__ import annotations

YES, NO = "Có", "Không"
YES_NO = (YES, NO)
LEVELS = (
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
)
LEVEL_SHORT = dict(zip(LEVELS, ("HTXSNV", "HTTNV", "HTNV", "KHTNV")))
OFFICIAL, PROBATIONARY = "Chính thức", "Dự bị"
ETHNIC_GROUPS = (
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê",
    "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ",
    "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co",
    "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha",
    "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La", "Pu Péo",
    "Rơ Măm", "Brâu", "Ơ Đu",
)
MOVEMENTS = ("Chuyển đến", "Chuyển đi", "Kết nạp mới", "Chuyển chính thức", "Từ trần", "Xóa tên",
             "Khai trừ", "Ra khỏi Đảng")
#: movements after which the member is no longer in the cell at the end of the year
LEAVING = ("Chuyển đi", "Từ trần", "Xóa tên", "Khai trừ", "Ra khỏi Đảng")
DISCIPLINE = ("Không", "Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")
#: «Loại chi bộ» (Thông tin chung): decides the term's length and who decides the cell's level
CELL_TYPES = ("Chi bộ trực thuộc đảng ủy cơ sở", "Chi bộ cơ sở")
#: «Nhóm tính tỷ lệ hoàn thành xuất sắc» (Thông tin chung): the whole cell, or its leaders apart
CAP_GROUPINGS = ("Cả chi bộ", "Tách người giữ chức vụ lãnh đạo, quản lý")
#: what the competent body concluded of a member (Quy định 366-QĐ/TW Điều 11: the cases forcing
#: «Không hoàn thành nhiệm vụ» besides discipline); "Không" is the list's first value
CONCLUSIONS = ("Suy thoái tư tưởng chính trị, đạo đức, lối sống",
               "Vi phạm những điều đảng viên không được làm",
               "Vi phạm trách nhiệm nêu gương")
REMEDIED = ("Đã khắc phục hết", "Chưa khắc phục hết", "Không có")
#: «Miễn sinh hoạt» (Đảng viên): Điều lệ Đảng Điều 7 («Đảng viên tuổi cao, sức yếu, tự nguyện xin
#: giảm, miễn công tác và sinh hoạt đảng do chi bộ xem xét, quyết định»); only the first keeps a
#: member out of the review (Quy định 366-QĐ/TW Điều 5 khoản 2); a temporary exemption from
#: meetings keeps them off the meetings, not out of the review
EXEMPT_FULL, EXEMPT_REDUCED, EXEMPT_TEMPORARY = (
    "Miễn công tác và sinh hoạt đảng", "Giảm công tác và sinh hoạt đảng", "Tạm miễn sinh hoạt")
EXEMPTIONS = (EXEMPT_FULL, EXEMPT_REDUCED, EXEMPT_TEMPORARY, "Không")
#: why a member is not reviewed (Quy định 366-QĐ/TW Điều 5 khoản 2), and «Khác»
NOT_NEW, NOT_EXEMPT, NOT_SUSPENDED = ("Mới kết nạp dưới 6 tháng", EXEMPT_FULL,
                                      "Đình chỉ sinh hoạt đảng")
NOT_RATED_REASONS = (NOT_NEW, NOT_EXEMPT, NOT_SUSPENDED, "Khác")
NARRATIVE_SECTIONS = {
    "Căn cứ": "can_cu", "Thuận lợi": "thuan_loi", "Khó khăn": "kho_khan",
    "Chính trị tư tưởng": "chinh_tri_tu_tuong", "Nhiệm vụ chính trị": "nhiem_vu_chinh_tri",
    "Chính quyền và đoàn thể": "chinh_quyen_doan_the", "Xây dựng Đảng": "xay_dung_dang",
    "Kiểm tra, giám sát": "kiem_tra_giam_sat", "Học tập và làm theo Bác": "hoc_tap_lam_theo_bac",
    "Ưu điểm": "uu_diem", "Hạn chế": "han_che", "Nguyên nhân": "nguyen_nhan",
    "Bài học kinh nghiệm": "bai_hoc",
    "Phương hướng: Chính trị tư tưởng": "pt_chinh_tri_tu_tuong",
    "Phương hướng: Nhiệm vụ chính trị": "pt_nhiem_vu_chinh_tri",
    "Phương hướng: Chính quyền và đoàn thể": "pt_chinh_quyen_doan_the",
    "Phương hướng: Xây dựng Đảng": "pt_xay_dung_dang", "Giải pháp": "giai_phap",
    # this year's tasks, printed by this year's plan: "Phương hướng" rows are next year's, written
    # for the annual report; new-year turns them into next book's "Kế hoạch" rows
    "Kế hoạch: Chính trị tư tưởng": "kh_chinh_tri_tu_tuong",
    "Kế hoạch: Nhiệm vụ chính trị": "kh_nhiem_vu_chinh_tri",
    "Kế hoạch: Chính quyền và đoàn thể": "kh_chinh_quyen_doan_the",
    "Kế hoạch: Xây dựng Đảng": "kh_xay_dung_dang", "Kế hoạch: Giải pháp": "kh_giai_phap",
    # the chi ủy's self-review of the term (seed 001, PHẦN THỨ HAI)
    "Kiểm điểm chi ủy: Quy chế làm việc": "cu_quy_che",
    "Kiểm điểm chi ủy: Lãnh đạo, chỉ đạo": "cu_lanh_dao",
    "Kiểm điểm chi ủy: Hạn chế": "cu_han_che",
    # the mid-year report (issue 27): its assessment and the second half's tasks, in words
    "Sơ kết: Ưu điểm": "sk_uu_diem", "Sơ kết: Hạn chế": "sk_han_che",
    "Sơ kết: Nhiệm vụ 6 tháng cuối năm": "sk_nhiem_vu",
}
#: the two kinds of a «Lịch sử» row: one member's year, or the cell's
HISTORY_MEMBER, HISTORY_CELL = "Đảng viên", "Chi bộ"
