"""The workbook's schema: every sheet and column a secretary fills.

This one declaration drives the blank workbook (`blank`), the reader (`tables`), the checks
(`check`) and the instructions sheet; every module reads it from here (`schema.MEMBERS`,
`schema.LEVELS`, `schema.Column` …). It is kept in four modules for length, `schema` giving every
name of the others:

- `sheettypes`: what a sheet is declared with (`Sheet`, `Column`, the value types, `C`);
- `choices`: the lists values are chosen from (the four quality levels, Có/Không …), declared once
  however many sheets use them;
- `infosheet`: the sheet «Thông tin chung»;
- here: the other sheets, `SHEETS` in the workbook's order, and the sheets chibo-xl writes itself.

It follows ../shared/WORKBOOK.md column by column, with these deliberate differences:

- "Thông tin chung" gains the few facts the review documents need and WORKBOOK.md did not list
  (see `infosheet`).
- Lists that overlap across sheets (the four quality levels, Có/Không) are declared once
  (`choices`).
- Ethnic groups follow the official list of 54, spelled as in the register; the list is "open"
  so local spellings are accepted (Excel only warns).
- Each column also carries the other headers that mean it (`synonyms`) and the spellings and
  codes accepted for its values (`values`: pairs of spelling and canonical value). They live in
  `vocab` and are attached at the end of this module; a column declared here may also give
  its own with `C(..., synonyms=..., values=...)`.
- Counts of people (ballots, attendance) are bounded by the members listed on "Đảng viên"
  (`per_member`), not by a constant: a 1.000-member party unit is as valid as a 20-member cell.
"""
from __future__ import annotations

import functools

# every name of `choices` and `sheettypes` is schema's too: modules import them from here
from .choices import (  # noqa: F401
    CELL_TYPES,
    EXEMPT_FULL,
    EXEMPT_REDUCED,
    EXEMPT_TEMPORARY,
    EXEMPTIONS,
    NOT_EXEMPT,
    NOT_NEW,
    NOT_SUSPENDED,
    CAP_GROUPINGS,
    CONCLUSIONS,
    DISCIPLINE,
    ETHNIC_GROUPS,
    HISTORY_CELL,
    HISTORY_MEMBER,
    LEAVING,
    LEVEL_SHORT,
    LEVELS,
    MOVEMENTS,
    NARRATIVE_SECTIONS,
    NO,
    NOT_RATED_REASONS,
    OFFICIAL,
    PROBATIONARY,
    REMEDIED,
    YES,
    YES_NO,
)
from .historysheet import HISTORY
from .infosheet import INFO
from .ratingsheet import REMEDIED_HEADER, RATINGS  # noqa: F401
from .sheettypes import CHOICE, DATE, INT, NUMBER, PERCENT, RANGE, TEXT, C, Column, Sheet, bind  # noqa: F401

DOCUMENTS = Sheet("documents", "Văn bản", help=(
    "Số, ngày ký, nơi nhận và người ký của từng loại văn bản. Để trống Số thì văn bản in "
    "«Số    -BC/CB» để điền tay."), columns=(
    C("doc_type", "Loại văn bản", required=True, listed_by="documents",
      example="Báo cáo tổng kết năm", width=30),
    C("number", "Số", INT, low=1, high=9999, example=12, width=8),
    C("date", "Ngày ký", DATE, example="05/01/2027"),
    C("recipients", "Nơi nhận", example="Đảng ủy xã Định An;\nLưu Chi bộ.", width=36,
      help="Mỗi nơi một dòng (Alt+Enter)."),
    C("signer", "Người ký", example="Nguyễn Thị Hằng Nga", help="Để trống: Bí thư ký."),
))

MEMBERS = Sheet("members", "Đảng viên", optional=False, help=(
    "Mỗi dòng một đảng viên; thứ tự cột theo Sổ danh sách đảng viên (Mẫu 7-HSĐV)."), columns=(
    C("stt", "STT", INT, example=1, width=6),
    C("name", "Họ và tên", required=True, example="Nguyễn Thị Hằng Nga", width=26),
    C("dob", "Ngày sinh", DATE, required=True, example="12/03/1980"),
    C("sex", "Giới tính", required=True, choices=("Nam", "Nữ"), example="Nữ", width=10),
    C("ethnicity", "Dân tộc", required=True, choices=ETHNIC_GROUPS, open_list=True,
      example="Kinh", width=12),
    C("religion", "Tôn giáo", choices=("Không", "Phật giáo", "Công giáo", "Tin Lành", "Cao Đài",
                                       "Hòa Hảo", "Hồi giáo"), open_list=True, example="Không",
      width=12),
    C("hometown", "Quê quán", example="Định An, Hà Nội", width=20),
    C("education", "Trình độ chuyên môn", required=True,
      choices=("Tiến sĩ", "Thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp", "Khác"),
      example="Đại học"),
    C("theory", "Lý luận chính trị",
      choices=("Cử nhân", "Cao cấp", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo"), example="Sơ cấp"),
    C("language", "Ngoại ngữ", example="Tiếng Anh B1", width=12),
    C("job", "Chức vụ chính quyền", choices=("Hiệu trưởng", "Phó Hiệu trưởng",
                                             "Tổ trưởng chuyên môn", "Giáo viên", "Nhân viên",
                                             "Nghỉ hưu"), open_list=True, example="Giáo viên"),
    C("leader", "Giữ chức vụ lãnh đạo, quản lý", choices=YES_NO, example=NO,
      help="Có → Mẫu 02A; Không → Mẫu 02B (năm 2023-2024 ngược lại: Có → 02B, Không → 02A; "
           "năm 2019-2022 một Mẫu 02)."),
    C("in_system", "Làm việc trong hệ thống chính trị", choices=YES_NO, example=YES,
      help="Không (nghỉ hưu, học sinh, sinh viên, làm tư) → Mẫu 02C (từ năm 2025; trước đó mẫu của "
           "đảng viên không giữ chức vụ)."),
    C("party_post", "Chức vụ Đảng", choices=("Bí thư", "Phó Bí thư", "Chi ủy viên", "Đảng viên"),
      example="Đảng viên"),
    C("admitted", "Ngày vào Đảng", DATE, required=True, example="19/05/2008",
      help="Ngày ghi trong quyết định kết nạp (như thẻ đảng viên): tuổi đảng tính từ ngày này "
           "(Điều lệ Đảng, Điều 5 khoản 4). Ngày lễ kết nạp ghi ở cột «Ngày lễ kết nạp»."),
    C("official_date", "Ngày chính thức", DATE, example="19/05/2009",
      help="Để trống khi còn dự bị."),
    C("status", "Loại đảng viên", required=True, choices=(OFFICIAL, PROBATIONARY),
      example=OFFICIAL),
    C("card", "Số thẻ đảng viên", example="79.012345"),
    C("movement", "Biến động trong năm", choices=MOVEMENTS, example=None),
    C("movement_date", "Ngày biến động", DATE, example=None),
    C("exempt", "Miễn sinh hoạt", choices=EXEMPTIONS, example=NO, width=22,
      help="«Miễn công tác và sinh hoạt đảng» (chi bộ quyết định khi đảng viên tuổi cao, sức yếu "
           "xin — Điều lệ Đảng, Điều 7): không triệu tập, không kiểm điểm, xếp loại (Quy định 366, "
           "Điều 5). «Giảm …» và «Tạm miễn sinh hoạt» (đi làm xa …) vẫn kiểm điểm, xếp loại; tạm "
           "miễn thì không tính vào số triệu tập."),
    C("out_months", "Thời gian không tính tuổi đảng (tháng)", INT, low=0, high=1200, example=None,
      help="Số tháng bị khai trừ, xóa tên, mất liên lạc, hoặc giữa hai lần kết nạp: trừ khỏi "
      "tuổi đảng khi xét Huy hiệu Đảng và miễn đảng phí (Hướng dẫn thi hành Điều lệ Đảng)."),
    C("fee_cut", "Giảm đảng phí (%)", PERCENT, low=0, high=100, example=None,
      help="30, 50 hoặc 70 (Quy định 01-QĐ/TW, các tháng từ 02/2026), khi chi bộ đã xét giảm cho "
           "đảng viên khó khăn."),
    C("fee_cut_from", "Giảm đảng phí từ tháng", DATE, example=None,
      help="Một ngày bất kỳ của tháng đầu được giảm, ví dụ 01/09/2026."),
    C("fee_cut_months", "Số tháng giảm đảng phí", INT, low=1, high=12, example=None,
      help="Mỗi lần xét giảm tối đa 12 tháng (Quy định 01-QĐ/TW)."),
    C("note", "Ghi chú", width=24),
    # columns added for issue 23 go last, so no column's letter moves
    C("suspended", "Đình chỉ sinh hoạt đảng", choices=YES_NO, example=None,
      help="Có: đảng viên đang bị đình chỉ sinh hoạt đảng — không kiểm điểm, xếp loại năm nay "
           "(Quy định 366-QĐ/TW, Điều 5). Cấp ủy viên chỉ bị đình chỉ sinh hoạt cấp ủy thì vẫn "
           "kiểm điểm (Hướng dẫn 43-HD/BTCTW, mục 7.7): ghi Không."),
    C("ceremony", "Ngày lễ kết nạp", DATE, example=None,
      help="Ngày chi bộ tổ chức lễ kết nạp: thời kỳ dự bị 12 tháng tính từ ngày này (Điều lệ "
           "Đảng, Điều 5 khoản 1), và «mới kết nạp chưa đủ 6 tháng» thì chưa xếp loại. Để trống "
           "thì lấy «Ngày vào Đảng» (có cảnh báo với đảng viên dự bị)."),
    C("serious_illness", "Bệnh nặng (đề nghị tặng Huy hiệu sớm)", choices=YES_NO, example=None,
      help="Có: đảng viên bị bệnh nặng được xét tặng Huy hiệu Đảng sớm, không quá 12 tháng trước "
           "ngày đủ tuổi đảng (Huy hiệu 30 đến 65 năm), 24 tháng (70 đến 90 năm) (Hướng dẫn "
           "01-HD/TW năm 2021, mục 18). Đảng viên từ trần (cột «Biến động trong năm») được xét "
           "truy tặng, không cần ghi ở đây."),
    # columns added in 2026 (issue 27) go last, so no column's letter moves: the two facts of
    # the register (Sổ danh sách đảng viên, Mẫu 7-HSĐV) no other column holds
    C("general_education", "Giáo dục phổ thông", example="12/12", width=10,
      help="Trình độ văn hóa in ở cột «Văn hóa» của Sổ danh sách đảng viên (Mẫu 7-HSĐV)."),
    C("file_number", "Số lý lịch đảng viên", example=None, width=12,
      help="Số lý lịch in cùng số thẻ ở Sổ danh sách đảng viên (Mẫu 7-HSĐV)."),
))

INDICATORS = Sheet("indicators", "Chỉ tiêu", help=(
    "Mỗi dòng một chỉ tiêu: chỉ tiêu đề ra và kết quả; chibo-xl tự đánh giá vượt / đạt / chưa "
    "đạt."), columns=(
    C("area", "Lĩnh vực", required=True, choices=("Chất lượng giáo dục", "Đội ngũ",
                                                  "Cơ sở vật chất", "Thi đua", "Xây dựng Đảng",
                                                  "Đoàn thể", "Khác"), open_list=True,
      example="Chất lượng giáo dục", width=20),
    C("name", "Chỉ tiêu", required=True, example="Học sinh hoàn thành chương trình lớp học",
      width=40),
    C("unit", "Đơn vị", choices=("%", "người", "giải", "đồng", "lượt", "khác"), example="%",
      width=8),
    C("direction", "Chiều đánh giá", choices=("Cao hơn là tốt", "Thấp hơn là tốt"),
      example="Cao hơn là tốt", help="Để trống: cao hơn là tốt."),
    C("target", "Chỉ tiêu đề ra", RANGE, required=True, example="99-100",
      help="Một số, hoặc khoảng «99-100»."),
    C("result", "Kết quả đạt được", RANGE, example=99.3),
    C("next_target", "Chỉ tiêu năm sau", RANGE, example=100),
    C("term_target", "Chỉ tiêu nhiệm kỳ", RANGE, example=99,
      help="Chỉ tiêu Nghị quyết Đại hội chi bộ đề ra cho cả nhiệm kỳ; sổ năm sau tự chép lại."),
    C("next_term_target", "Chỉ tiêu nhiệm kỳ tới", RANGE, example=99.5,
      help="Năm cuối nhiệm kỳ: chỉ tiêu trình Đại hội cho nhiệm kỳ tới."),
    C("note", "Ghi chú", width=20),
))

ACHIEVEMENTS = Sheet("achievements", "Thành tích", help="Danh hiệu, giải thưởng trong năm.",
                     columns=(
    C("subject", "Đối tượng", required=True, choices=("Tập thể", "Cá nhân"), example="Tập thể"),
    C("name", "Tên tập thể / cá nhân", required=True, example="Trường Tiểu học 1", width=28),
    C("title", "Danh hiệu, giải thưởng", required=True, example="Tập thể lao động xuất sắc",
      width=32),
    C("level", "Cấp", choices=("Trường", "Xã/Phường", "Huyện/Quận", "Tỉnh/Thành phố",
                               "Quốc gia", "Quốc tế"), example="Tỉnh/Thành phố"),
    C("count", "Số lượng", INT, low=1, high=10000, example=1, width=10),
))

NARRATIVE = Sheet("narrative", "Nội dung", help=(
    "Phần lời văn không công thức nào viết được: mỗi dòng một đoạn, chọn mục ở cột đầu."),
    columns=(
    C("section", "Mục", required=True, choices=tuple(NARRATIVE_SECTIONS), example="Thuận lợi",
      width=30),
    C("text", "Nội dung", required=True, example="Chi bộ luôn nhận được sự quan tâm ...",
      width=90),
))

PLAN = Sheet("plan", "Kế hoạch tháng", help="Kế hoạch hoạt động từng tháng của năm.", columns=(
    C("month", "Tháng", INT, required=True, low=1, high=12, example=1, width=8),
    C("activity", "Nội dung hoạt động", required=True, example="Sinh hoạt chi bộ thường kỳ",
      width=60),
    C("owner", "Người phụ trách", example="Bí thư", width=20),
    C("thematic", "Sinh hoạt chuyên đề", choices=YES_NO, example=NO),
    C("result", "Kết quả thực hiện", example="Hoàn thành", width=30,
      help="Ghi sau khi làm xong: biên bản tháng sau in kèm việc này. Để trống thì biên bản để "
           "chỗ điền tay (việc sinh hoạt chuyên đề đã họp thì tự ghi ngày họp)."),
))

MEETINGS = Sheet("meetings", "Sinh hoạt", help="Mỗi dòng một buổi sinh hoạt chi bộ.", columns=(
    C("date", "Ngày họp", DATE, required=True, example="05/01/2026"),
    C("kind", "Loại", required=True, choices=("Thường kỳ", "Chuyên đề"), example="Thường kỳ"),
    C("theme", "Chủ đề", example="Triển khai nhiệm vụ tháng 1", width=40),
    C("summoned", "Số triệu tập", INT, low=0, high=500, example=30,
      help="Không tính đảng viên được miễn sinh hoạt. Buổi chưa họp thì để trống: biên bản, "
           "nghị quyết là bản nháp để mang đi họp, số liệu điền tay."),
    C("present", "Có mặt", INT, low=0, high=500, example=29,
      help="Để trống khi chưa họp (như «Số triệu tập»)."),
    C("absent_excused", "Vắng có lý do", INT, low=0, high=500, example=1),
    C("absent_unexcused", "Vắng không lý do", INT, low=0, high=500, example=0),
    C("chair", "Chủ trì", example="Nguyễn Thị Hằng Nga", width=22),
    C("clerk", "Thư ký", example="Lê Thị Hoa", width=22),
    C("quality", "Tự đánh giá chất lượng", choices=("Tốt", "Khá", "Trung bình", "Kém"),
      example="Tốt"),
    C("place", "Địa điểm", example="Phòng họp Trường Tiểu học 1", width=24,
      help="Để trống: tên đơn vị (trường)."),
    C("presenter", "Người trình bày chuyên đề", example="Trần Văn Bình", width=22,
      help="Sinh hoạt chuyên đề: người trình bày."),
    C("summary", "Tóm tắt nội dung", width=40,
      help="Nội dung chính được trình bày (báo cáo của chi ủy, chuyên đề): in trong biên bản."),
    C("conclusion", "Kết luận", width=40, help="Kết luận của chủ trì: in trong biên bản."),
    # columns added for issue 23 go last, so no column's letter moves
    C("absent_excused_names", "Đảng viên vắng có lý do (họ tên)", width=30,
      example="Phạm Văn Nam (ốm)",
      help="Họ tên từng đồng chí vắng có lý do, như sổ biên bản ghi: cách nhau bằng dấu phẩy, "
           "chấm phẩy hoặc Alt+Enter; lý do để trong ngoặc. Vắng có lý do quá 3 buổi liên tiếp "
           "thì có cảnh báo (Hướng dẫn 12-HD/BTCTW)."),
    C("absent_unexcused_names", "Đảng viên vắng không lý do (họ tên)", width=30, example=None,
      help="Họ tên từng đồng chí vắng không có lý do. Bỏ sinh hoạt 3 tháng trong năm không có lý "
           "do chính đáng thì chi bộ xem xét, đề nghị xóa tên (Điều lệ Đảng, Điều 8 khoản 1)."),
    # added in 2026 (issue 27), last: the chi ủy's own meeting before the chi bộ's
    C("committee_date", "Ngày họp chi ủy", DATE, example=None,
      help="Ngày chi ủy họp chuẩn bị buổi sinh hoạt thường kỳ này (Hướng dẫn 12-HD/BTCTW): in "
           "trong biên bản họp chi ủy. Để trống thì biên bản để trống ngày, tháng để ghi tay. "
           "Chi bộ không có chi ủy thì không có biên bản này."),
))

SUPERVISION = Sheet("supervision", "Giám sát", help="Đảng viên được giám sát trong năm.",
                    columns=(
    C("name", "Họ và tên", required=True, example="Trần Văn Bình", width=26),
    C("form", "Hình thức", choices=("Thường xuyên", "Chuyên đề"), example="Chuyên đề"),
    C("content", "Nội dung", example="Thực hiện nhiệm vụ được giao", width=40),
    C("period", "Thời gian", example="Tháng 10/2026"),
    C("result", "Kết quả", example="Thực hiện tốt", width=30),
    # columns added in 2026 (issue 27) go last, so no column's letter moves: what the programme
    # of inspection and supervision and its result report tell apart, and who carries each out
    C("check", "Kiểm tra / giám sát", choices=("Giám sát", "Kiểm tra"), example="Giám sát",
      help="Kiểm tra: đảng viên được kiểm tra chấp hành (mục 1 của chương trình kiểm tra, giám "
           "sát). Để trống hoặc Giám sát: giám sát thường xuyên hay chuyên đề theo «Hình thức»."),
    C("assignee", "Người thực hiện", example=None, width=22,
      help="Đồng chí được chi bộ phân công kiểm tra, giám sát: in trong chương trình kiểm tra, "
           "giám sát năm."),
))

DEVELOPMENT = Sheet("development", "Phát triển Đảng", help="Quần chúng ưu tú và đảng viên mới.",
                    columns=(
    C("name", "Họ và tên quần chúng", required=True, example="Đỗ Thị Mai", width=26),
    C("dob", "Ngày sinh", DATE, example="02/09/1995"),
    C("class_date", "Ngày học lớp nhận thức về Đảng", DATE, example="15/03/2026"),
    C("helper", "Đảng viên giúp đỡ", example="Nguyễn Thị Hằng Nga", width=26),
    C("admitted", "Ngày kết nạp", DATE, example="15/08/2026",
      help="Hết 12 tháng dự bị thì xét chuyển chính thức."),
    C("note", "Ghi chú", width=24),
    # columns added in 2026 (issue 27) go last, so no column's letter moves: the chi bộ's votes
    # on admission and on recognition (Điều lệ Đảng Đ.4.3, Đ.5.2: two thirds of its official
    # members); the row of a member stays here through probation (new-year carries it)
    C("consider_date", "Ngày chi bộ xét kết nạp", DATE, example="07/05/2026",
      help="Ngày chi bộ họp xét, đề nghị kết nạp (nghị quyết Mẫu 6-KNĐ ghi ngày này). Để trống "
           "thì lấy buổi sinh hoạt có chủ đề nêu tên quần chúng và chữ «kết nạp»."),
    C("consider_votes", "Số phiếu tán thành kết nạp", INT, low=0, high=1000, example=28,
      help="Số đảng viên chính thức tán thành: phải từ hai phần ba số đảng viên chính thức "
           "của chi bộ trở lên (Điều lệ Đảng, Điều 4). Để trống: nghị quyết để chỗ điền tay."),
    C("recognition_date", "Ngày chi bộ xét công nhận chính thức", DATE, example=None,
      help="Ngày chi bộ họp xét, đề nghị công nhận đảng viên chính thức (sau khi hết 12 tháng "
           "dự bị, chậm nhất 30 ngày làm việc)."),
    C("recognition_votes", "Số phiếu tán thành công nhận chính thức", INT, low=0, high=1000,
      example=None, help="Biểu quyết như khi xét kết nạp: từ hai phần ba số đảng viên chính "
                         "thức của chi bộ trở lên (Điều lệ Đảng, Điều 5)."),
))

MANIFESTATIONS = Sheet("manifestations", "Biểu hiện", help=(
    "Biểu hiện suy thoái phát hiện theo Nghị quyết Trung ương 4 và việc khắc phục."), columns=(
    C("text", "Biểu hiện", required=True, example="Ngại đấu tranh tự phê bình và phê bình",
      width=60),
    C("year", "Năm phát hiện", INT, low=2000, high=2100, example=2026, width=10),
    C("remedied", "Đã khắc phục", choices=YES_NO, example=NO),
))

FEES = Sheet("fees", "Đảng phí", help="Không bắt buộc: đảng phí từng tháng theo quy định của tháng đó "
             "(Quyết định 342-QĐ/TW đến tháng 01/2026, Quy định 01-QĐ/TW từ tháng 02/2026).",
             columns=(
    C("name", "Họ và tên", required=True, example="Nguyễn Thị Hằng Nga", width=26),
    C("month", "Tháng", INT, required=True, low=1, high=12, example=1, width=8),
    C("kind", "Đối tượng", choices=("Hưởng lương (BHXH)", "Hưởng trợ cấp ốm đau/thai sản",
                                    "Hưu trí", "Học sinh sinh viên", "Khác"),
      example="Hưởng lương (BHXH)", width=24),
    C("base", "Căn cứ tính (đồng)", NUMBER, low=0, example=8500000, width=16,
      help="Tiền lương đóng BHXH, trợ cấp hoặc lương hưu của tháng trước."),
    C("reduction", "Miễn, giảm (%)", PERCENT, low=0, high=100, example=0, width=10,
      help="Riêng tháng này; để trống thì theo mức giảm ở trang Đảng viên (nếu có)."),
    C("paid", "Đã nộp (đồng)", NUMBER, low=0, example=85000, width=14,
      help="Để trống là chưa nộp: không nộp 3 tháng trong năm thì chi bộ xét đề nghị xóa tên."),
))

SHEETS: tuple[Sheet, ...] = (INFO, DOCUMENTS, MEMBERS, RATINGS, INDICATORS, ACHIEVEMENTS,
                             NARRATIVE, PLAN, MEETINGS, SUPERVISION, DEVELOPMENT,
                             MANIFESTATIONS, FEES, HISTORY)
BY_KEY = {s.key: s for s in SHEETS}
GUIDE_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
CHECK_SHEET = "Kiểm tra"
#: sheets chibo-xl itself writes; the reader ignores them
OWN_SHEETS = (GUIDE_SHEET, LISTS_SHEET, CHECK_SHEET)


def is_sheet(name: str, sheet: Sheet, accents: bool = True) -> bool:
    """True when a workbook's sheet called `name` is `sheet`: the same name with case, spacing
    and Unicode form set aside («đảng viên »), or, with `accents` False, also without its
    accents («Dang vien»). The reader (which sheets to read) and `tables` (which sheet is which)
    ask the same question."""
    return _is_sheet(name, sheet.name, accents)


@functools.lru_cache(maxsize=4096)
def _is_sheet(name: str, wanted: str, accents: bool) -> bool:
    # asked for every sheet of every workbook, by the reader and by `tables`, with the same names
    from .cells import fold, strip_accents

    if fold(name) == fold(wanted):
        return True
    return not accents and strip_accents(name) == strip_accents(wanted)


def _attach_vocab() -> None:
    """Give each column the synonyms, value tables and member bounds kept in `vocab`."""
    from dataclasses import replace

    from . import vocab

    for sheet in SHEETS:
        columns = []
        for column in sheet.columns:
            where = (sheet.key, column.key)
            changes = {}
            if where in vocab.SYNONYMS:
                changes["synonyms"] = column.synonyms + vocab.SYNONYMS[where]
            if where in vocab.VALUES:
                changes["values"] = column.values + vocab.VALUES[where]
            if where in vocab.PER_MEMBER:
                changes.update(per_member=True, high=None)
            columns.append(replace(column, **changes) if changes else column)
        object.__setattr__(sheet, "columns", tuple(columns))
        sheet.__post_init__()


_attach_vocab()
