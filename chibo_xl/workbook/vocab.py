"""The words secretaries already use: header synonyms and value tables, column by column.

`schema` attaches these to its columns (`Column.synonyms`, `Column.values`), so the reader, the
check and `chibo-xl import` all accept the same spellings, and every accepted spelling is turned
into the one canonical value the documents print in full ("HTTNV" → "Hoàn thành tốt nhiệm vụ").

Sources of the spellings: the headers of the national party-member database's import file and of
the register "Sổ danh sách đảng viên" (Mẫu 7-HSĐV, Hướng dẫn 12-HD/BTCTW 2012, kept by Hướng dẫn
09-HD/BTCTW 2017), the abbreviations of the rating levels used by Hướng dẫn 43-HD/BTCTW and by
chibo-xl's own ballot columns ("Phiếu HTXSNV"), and the usual abbreviations of degrees, theory
levels and posts in the lists đảng ủy send to their cells. Matching ignores case, spaces, dots,
hyphens and tone-mark placement (see `cells.fold`), so "Th.S", "ths" and "ThS" are one entry.

Keys are (sheet key, column key). Nothing here imports the schema: the schema imports this.
"""
from __future__ import annotations

_LEVELS = {
    "Hoàn thành xuất sắc nhiệm vụ": ("HTXSNV", "HTXS", "Hoàn thành xuất sắc", "HT xuất sắc NV",
                                     "Hoàn thành XSNV"),
    "Hoàn thành tốt nhiệm vụ": ("HTTNV", "HTT", "Hoàn thành tốt", "HT tốt NV"),
    "Hoàn thành nhiệm vụ": ("HTNV", "HT"),
    "Không hoàn thành nhiệm vụ": ("KHTNV", "KHT", "Không hoàn thành"),
}
_YES_NO = {"Có": ("x", "c", "yes", "1", "đúng"), "Không": ("k", "ko", "no", "0", "không có")}


def _table(canonical: dict) -> tuple[tuple[str, str], ...]:
    """{canonical: (spellings…)} → ((spelling, canonical), …)."""
    return tuple((spelling, value) for value, spellings in canonical.items()
                 for spelling in spellings)


#: (sheet key, column key) → other headers meaning that column
SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("members", "stt"): ("TT", "Số TT", "Số thứ tự"),
    ("members", "name"): ("Họ Tên", "Họ tên", "HoTen", "Họ và tên khai sinh",
                          "Họ và tên đảng viên", "Tên đảng viên"),
    ("members", "dob"): ("Sinh ngày", "NgaySinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh",
                         "Năm sinh"),
    ("members", "sex"): ("GioiTinh", "Nam/Nữ", "Nam, nữ", "Giới"),
    ("members", "ethnicity"): ("DanToc",),
    ("members", "religion"): ("TonGiao",),
    ("members", "hometown"): ("QueQuan", "Nguyên quán"),
    ("members", "education"): ("Chuyên Môn", "Trình độ CM", "Trình độ CMNV", "TrinhDoChuyenMon",
                               "Trình độ chuyên môn nghiệp vụ", "Trình độ đào tạo",
                               "Chuyên môn nghiệp vụ"),
    ("members", "theory"): ("Trình Độ LLCT", "LLCT", "TrinhDoLLCT", "Lý luận",
                            "Trình độ lý luận chính trị", "Trình độ LLCT"),
    ("members", "language"): ("NgoaiNgu", "Trình độ ngoại ngữ"),
    ("members", "general_education"): ("Văn hóa", "Trình độ văn hóa", "Trình độ học vấn",
                                       "Học vấn", "TrinhDoVanHoa", "Giáo dục phổ thông (văn hóa)"),
    ("members", "file_number"): ("Số lý lịch", "SoLyLich", "Số LL"),
    ("supervision", "check"): ("Kiểm tra hay giám sát", "Kiểm tra/giám sát", "Loại kiểm tra, giám sát"),
    ("supervision", "assignee"): ("Người được phân công", "Người kiểm tra, giám sát",
                                  "Người phụ trách"),
    ("members", "job"): ("Chức Vụ CQ", "Chức vụ", "ChucVuChinhQuyen", "ChucVu",
                         "Chức vụ công tác", "Chức vụ chuyên môn", "Nghề nghiệp hiện nay",
                         "Nghề nghiệp"),
    ("members", "party_post"): ("ChucVuDang", "Chức vụ trong Đảng", "Chức vụ đảng viên"),
    ("members", "admitted"): ("NgayKetNap", "NgayVaoDang", "Ngày kết nạp", "Ngày kết nạp Đảng",
                              "Ngày vào đảng"),
    ("members", "official_date"): ("NgayChinhThuc", "Ngày công nhận chính thức",
                                   "Ngày chính thức", "Ngày được công nhận chính thức"),
    ("members", "status"): ("LoaiDangVien", "Chính thức/Dự bị", "Chính thức, dự bị",
                            "Đảng viên chính thức/dự bị", "Loại ĐV"),
    ("members", "card"): ("Số thẻ Đảng", "Số thẻ", "SoTheDang", "SoThe", "Số thẻ ĐV"),
    ("members", "movement"): ("Biến động",),
    ("members", "exempt"): ("Miễn SH", "Miễn sinh hoạt đảng"),
    ("members", "note"): ("GhiChu", "Chi chú"),
    ("ratings", "name"): ("Họ Tên", "Họ tên", "HoTen"),
    ("ratings", "dob"): ("Sinh ngày", "NgaySinh"),
    ("ratings", "self_level"): ("Cá nhân tự xếp loại", "Tự đánh giá xếp loại"),
    ("ratings", "cell_level"): ("Chi bộ xếp loại", "Chi bộ đề nghị xếp loại"),
    ("supervision", "name"): ("Họ Tên", "Họ tên", "HoTen"),
    ("fees", "name"): ("Họ Tên", "Họ tên", "HoTen"),
}

_LEVEL_TABLE = _table(_LEVELS)
_YES_NO_TABLE = _table(_YES_NO)

#: (sheet key, column key) → ((spelling, canonical value), …); a list column's own choices are
#: always accepted and need no entry
VALUES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("info", "unit_level"): _LEVEL_TABLE,
    ("info", "cell_level"): _LEVEL_TABLE,
    ("info", "has_committee"): _YES_NO_TABLE,
    ("info", "cell_decided"): _LEVEL_TABLE,
    ("info", "cell_concluded"): _YES_NO_TABLE,
    ("info", "cell_excused"): _YES_NO_TABLE,
    ("members", "serious_illness"): _YES_NO_TABLE,
    ("history", "decided"): _LEVEL_TABLE,
    ("ratings", "civil_level"): _LEVEL_TABLE,
    ("ratings", "self_level"): _LEVEL_TABLE,
    ("ratings", "cell_level"): _LEVEL_TABLE,
    ("ratings", "maternity"): _YES_NO_TABLE,
    # the reasons' spellings before issue 23 (Quy định 366 Điều 5 words them in full)
    ("ratings", "not_rated"): _table({
        "Miễn công tác và sinh hoạt đảng": ("Miễn sinh hoạt", "Miễn công tác, sinh hoạt đảng"),
        "Đình chỉ sinh hoạt đảng": ("Đình chỉ sinh hoạt", "Bị đình chỉ sinh hoạt đảng"),
        "Mới kết nạp dưới 6 tháng": ("Mới kết nạp", "Chưa đủ 6 tháng")}),
    ("ratings", "conclusion"): _table({"Không": _YES_NO["Không"]}),
    ("ratings", "earlier_violation"): _YES_NO_TABLE,
    ("ratings", "scope_corruption"): _YES_NO_TABLE,
    ("ratings", "discipline"): _table({
        "Không": ("Không kỷ luật", "Không bị kỷ luật", "KKL"),
        "Khiển trách": ("KT",), "Cảnh cáo": ("CC",), "Cách chức": ("CCh",),
        "Khai trừ": ("KTr", "Khai trừ khỏi Đảng")}),
    ("members", "sex"): _table({"Nam": ("M", "Male"), "Nữ": ("Nu", "F", "Female")}),
    ("members", "ethnicity"): _table({
        "Kinh": ("Kinh (Việt)", "Việt", "Việt (Kinh)", "Người Kinh", "Dân tộc Kinh"),
        "Mông": ("H'Mông", "Hmông", "H'mong", "Mèo", "Hmong"),
        "Khmer": ("Khơ-me", "Khơme", "Khơ me", "Khmer Krom"),
        "Gia Rai": ("Jrai", "Giarai"), "Ê Đê": ("Êđê", "Rađê"), "Ba Na": ("Bahnar", "Bana"),
        "Xơ Đăng": ("Xêđăng",), "Bru - Vân Kiều": ("Vân Kiều", "Bru Vân Kiều", "Bru"),
        "Tà Ôi": ("Pa Cô", "Tàôi"), "Thổ": (), "Hoa": ("Người Hoa",), "Mnông": ("M'Nông",),
        "Cơ Tu": ("Katu", "Ka Tu"), "Giẻ Triêng": ("Gié Triêng",)}),
    ("members", "religion"): _table({
        "Không": ("Không tôn giáo", "Không theo tôn giáo", "Không có"),
        "Phật giáo": ("Phật", "Đạo Phật"),
        "Công giáo": ("Thiên Chúa giáo", "Thiên chúa", "Đạo Thiên Chúa", "Công giáo La Mã"),
        "Tin Lành": ("Đạo Tin Lành", "Tin Lành giáo"), "Cao Đài": ("Đạo Cao Đài",),
        "Hòa Hảo": ("Phật giáo Hòa Hảo", "Đạo Hòa Hảo"), "Hồi giáo": ("Islam", "Đạo Hồi")}),
    ("members", "education"): _table({
        "Tiến sĩ": ("TS", "Tiến sỹ", "TSKH", "Tiến sĩ khoa học"),
        "Thạc sĩ": ("ThS", "Thạc sỹ", "Cao học"),
        "Đại học": ("ĐH", "Cử nhân", "CN", "Kỹ sư", "Kĩ sư", "KS", "Bác sĩ", "Dược sĩ",
                    "Đại học sư phạm", "ĐHSP", "Kiến trúc sư"),
        "Cao đẳng": ("CĐ", "Cao đẳng sư phạm", "CĐSP"),
        "Trung cấp": ("TC", "Trung cấp sư phạm", "THSP", "Trung học chuyên nghiệp", "TCCN")}),
    ("members", "theory"): _table({
        "Cử nhân": ("CN", "Cử nhân chính trị", "CNCT"),
        "Cao cấp": ("CC", "Cao cấp chính trị", "CCCT"),
        "Trung cấp": ("TC", "Trung cấp chính trị", "TCCT", "Trung cấp LLCT"),
        "Sơ cấp": ("SC", "Sơ cấp chính trị", "SCCT", "Sơ cấp LLCT"),
        "Chưa qua đào tạo": ("Chưa", "Chưa học", "Không", "Chưa qua", "Chưa đào tạo")}),
    ("members", "job"): _table({
        "Hiệu trưởng": ("HT",), "Phó Hiệu trưởng": ("PHT", "P. Hiệu trưởng"),
        "Tổ trưởng chuyên môn": ("TTCM", "Tổ trưởng"), "Giáo viên": ("GV",),
        "Nhân viên": ("NV",), "Nghỉ hưu": ("Hưu", "Hưu trí", "Đã nghỉ hưu")}),
    ("members", "leader"): _YES_NO_TABLE,
    ("members", "in_system"): _YES_NO_TABLE,
    # the old Có/Không column: «Có» read as the full exemption, as before (the check asks which)
    ("members", "exempt"): _table({
        "Miễn công tác và sinh hoạt đảng": ("Có", "x", "c", "yes", "1", "đúng", "Miễn",
                                            "Miễn sinh hoạt", "Miễn công tác, sinh hoạt đảng"),
        "Giảm công tác và sinh hoạt đảng": ("Giảm", "Giảm sinh hoạt"),
        "Tạm miễn sinh hoạt": ("Tạm miễn", "Tạm miễn sinh hoạt đảng", "Miễn sinh hoạt tạm thời"),
        "Không": ("k", "ko", "no", "0", "không có")}),
    ("members", "suspended"): _YES_NO_TABLE,
    ("members", "party_post"): _table({
        "Bí thư": ("BT", "Bí thư Chi bộ", "Bí thư CB"),
        "Phó Bí thư": ("PBT", "Phó Bí thư Chi bộ", "Phó Bí thư CB", "P. Bí thư"),
        "Chi ủy viên": ("CUV", "Chi ủy", "Ủy viên Chi ủy", "Chi ủy viên Chi bộ"),
        "Đảng viên": ("ĐV",)}),
    ("members", "status"): _table({
        "Chính thức": ("ĐVCT", "CT", "Đảng viên chính thức", "ĐV chính thức"),
        "Dự bị": ("ĐVDB", "DB", "Đảng viên dự bị", "ĐV dự bị")}),
    ("members", "movement"): _table({
        "Chuyển đến": ("Chuyển sinh hoạt đến", "Chuyển SH đến", "Đến"),
        "Chuyển đi": ("Chuyển sinh hoạt đi", "Chuyển SH đi", "Đi"),
        "Kết nạp mới": ("Kết nạp", "Mới kết nạp", "KNM"),
        "Chuyển chính thức": ("Công nhận chính thức", "Chuyển ĐVCT", "CCT"),
        "Từ trần": ("Chết", "Qua đời", "Mất"),
        "Xóa tên": ("Xóa tên khỏi danh sách", "XT"),
        "Ra khỏi Đảng": ("Xin ra khỏi Đảng", "Ra Đảng")}),
    ("meetings", "kind"): _table({"Thường kỳ": ("TK",), "Chuyên đề": ("CĐ",)}),
    ("plan", "thematic"): _YES_NO_TABLE,
    ("manifestations", "remedied"): _YES_NO_TABLE,
}

#: (sheet key, column key) of counts of people: at most the members listed, not a constant
PER_MEMBER: frozenset = frozenset({
    ("info", "review_present"), ("info", "ballots_issued"), ("info", "ballots_returned"),
    ("info", "ballots_valid"), ("ratings", "votes_x"), ("ratings", "votes_t"),
    ("ratings", "votes_h"), ("ratings", "votes_k"), ("meetings", "summoned"),
    ("meetings", "present"), ("meetings", "absent_excused"), ("meetings", "absent_unexcused"),
    ("info", "review_voters"), ("info", "cell_level_votes"),
    ("development", "consider_votes"), ("development", "recognition_votes"),
})
