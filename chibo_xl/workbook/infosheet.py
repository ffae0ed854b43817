"""The sheet «Thông tin chung»: the year, the cell, its signers and the settings of its rules.

One item a row (Mục | Giá trị), read by `tables`. Besides what ../shared/WORKBOOK.md
lists, it holds the few facts the review documents need: the counting committee, the clerk and
guests of the review meeting, the ballots issued, returned and valid, and the next term; without
them the vote-count record would have blanks to fill by hand. Items added later go last, so no
item's address moves. Declared here only for length: it is one of `schema.SHEETS`, and `schema`
gives its columns their synonyms from `vocab`, so read it as `schema.INFO`.
"""
from __future__ import annotations

from .choices import CAP_GROUPINGS, CELL_TYPES, LEVELS, NO, REMEDIED, YES, YES_NO
from .sheettypes import DATE, INT, NUMBER, PERCENT, C, Sheet

BADGE_HELP = ("Mặc định {}: đảng viên bị kỷ luật chưa được xét tặng Huy hiệu Đảng; sau số tháng "
              "này kể từ ngày quyết định kỷ luật («Ngày quyết định kỷ luật», trang Xếp loại), nếu "
              "sửa chữa tốt khuyết điểm, được chi bộ công nhận thì được xét tặng (Quy định "
              "24-QĐ/TW, Hướng dẫn 01-HD/TW năm 2021; Hướng dẫn 06-HD/TW năm 2025 chưa đối chiếu "
              "được: sửa theo hướng dẫn của đảng ủy).")

INFO = Sheet("info", "Thông tin chung", kind="info", optional=False, help=(
    "Một nơi duy nhất cho năm, tên chi bộ và người ký: mọi văn bản lấy từ đây."), columns=(
    C("superior", "Đảng bộ cấp trên", required=True, example="Đảng bộ xã Định An",
      help="In hoa ở đầu văn bản, bên trái."),
    C("cell_name", "Tên chi bộ", required=True, example="Chi bộ Trường Tiểu học 1"),
    C("school", "Tên đơn vị (trường)", example="Trường Tiểu học 1"),
    C("school_level", "Cấp học", choices=("Mầm non", "Tiểu học", "THCS", "THPT", "Liên cấp", "Khác"),
      example="Tiểu học"),
    C("place", "Địa danh", required=True, example="Định An",
      help="Địa danh ở dòng ngày tháng: «Định An, ngày ... tháng ... năm ...»."),
    C("year", "Năm đánh giá", INT, required=True, example=2026, low=2019, high=2100,
      help="Năm của mọi văn bản; chỉ nhập ở đây."),
    C("term", "Nhiệm kỳ chi bộ", example="2025-2030"),
    C("next_term", "Nhiệm kỳ tới", example="2030-2035",
      help="Để trống thì tự tính từ nhiệm kỳ hiện tại theo «Loại chi bộ»: chi bộ cơ sở hoặc thí "
           "điểm 5 năm một lần: 5 năm; chi bộ trực thuộc đảng ủy cơ sở: 5 năm 2 lần đại hội "
           "(2025-2027, 2027-2030). Nhiệm kỳ khác (ví dụ 2025-2028) thì ghi ở đây."),
    C("review_date", "Ngày họp kiểm điểm", DATE, example="03/12/2026",
      help="Quyết định ai được xếp loại: kết nạp từ đủ 6 tháng trước ngày này."),
    C("review_present", "Số đảng viên dự họp kiểm điểm", INT, low=0, high=500, example=30,
      help="Cả đảng viên chính thức và dự bị có mặt."),
    C("sign_date", "Ngày ký mặc định", DATE, example="05/12/2026",
      help="Dùng cho văn bản không ghi ngày ký riêng ở trang Văn bản."),
    C("secretary", "Bí thư", required=True, example="Nguyễn Thị Hằng Nga"),
    C("deputy", "Phó Bí thư", example="Trần Văn Bình"),
    C("has_committee", "Có chi ủy", choices=YES_NO, example=YES,
      help="Có → ký «T/M CHI ỦY»; Không → «T/M CHI BỘ»."),
    C("unit_level", "Xếp loại của nhà trường", choices=LEVELS, example=LEVELS[1]),
    C("cell_score_common", "Điểm tiêu chí chung của chi bộ (/30)", NUMBER, low=0, high=30,
      example=27),
    C("cell_score_task", "Điểm kết quả nhiệm vụ của chi bộ (/70)", NUMBER, low=0, high=70,
      example=63),
    C("cell_level", "Chi bộ tự xếp loại", choices=LEVELS, example=LEVELS[1]),
    C("cap_rate", "Tỷ lệ trần hoàn thành xuất sắc (%)", PERCENT, low=0, high=100, example=20,
      help="Mặc định 20; 25 với đơn vị tiêu biểu."),
    C("counting_committee", "Ban kiểm phiếu", example="Lê Thị Hoa\nPhạm Văn Nam",
      help="Mỗi người một dòng (Alt+Enter); người đầu tiên là trưởng ban, những người sau là "
           "thành viên."),
    C("review_clerk", "Thư ký họp kiểm điểm", example="Lê Thị Hoa"),
    C("review_guests", "Đại biểu dự họp kiểm điểm",
      example="Đồng chí Trần Thị Lâm – Đảng ủy viên"),
    C("ballots_issued", "Số phiếu phát ra", INT, low=0, high=500, example=30),
    C("ballots_returned", "Số phiếu thu về", INT, low=0, high=500, example=30),
    C("ballots_valid", "Số phiếu hợp lệ", INT, low=0, high=500, example=30),
    # Settings of the year's rules: blank keeps the default (figures.SETTINGS), the help names
    # the source so a secretary can correct a value the committee above has changed.
    C("committee_min", "Số đảng viên chính thức tối thiểu để có chi ủy", INT, low=1, high=100,
      example=9, help="Mặc định 9: Điều lệ Đảng, Điều 24 khoản 4 (chi bộ có từ 9 đảng viên chính "
      "thức trở lên bầu chi ủy; dưới 9 bầu bí thư, nếu cần bầu phó bí thư)."),
    C("attendance_min", "Tỷ lệ dự sinh hoạt tối thiểu (%)", PERCENT, low=0, high=100, example=85,
      help="Mặc định 85: tỷ lệ đảng viên dự họp phải TRÊN mức này (Hướng dẫn 12-HD/BTCTW năm "
      "2018: «trên 85%», nên 85,0% chưa đạt). Hướng dẫn 42-HD/BTCTW (28/10/2025) chưa đối chiếu "
      "được con số: sửa theo hướng dẫn của đảng ủy."),
    C("fee_salary_rate", "Đảng phí: % tiền lương đóng BHXH", NUMBER, low=0, high=100, example=1,
      help="Mặc định 1 (Quy định 01-QĐ/TW, 03/02/2026, từ tháng 02/2026; Quyết định 342-QĐ/TW "
      "các tháng trước cũng 1%, chưa đối chiếu được văn bản): 1% tiền lương làm căn cứ đóng BHXH bắt "
      "buộc của tháng trước. Ghi số phần trăm: 1 là 1%."),
    C("fee_benefit_rate", "Đảng phí: % trợ cấp ốm đau, thai sản", NUMBER, low=0, high=100,
      example=1, help="Mặc định 1 (Quy định 01-QĐ/TW): 1% trợ cấp do BHXH chi trả."),
    C("fee_pension_rate", "Đảng phí: % lương hưu", NUMBER, low=0, high=100, example=0.5,
      help="Mặc định 0,5 (Quy định 01-QĐ/TW): 0,5% lương hưu. Ghi 0,5 (không ghi 0,5%)."),
    C("fee_other_rate", "Đảng phí: % căn cứ tính của đối tượng khác", NUMBER, low=0, high=100,
      example=1, help="Mặc định 1: chưa đối chiếu được với Quy định 01-QĐ/TW, sửa theo hướng dẫn "
      "của đảng ủy."),
    C("fee_student", "Đảng phí: học sinh, sinh viên (đồng/tháng)", NUMBER, low=0, example=5000,
      help="Mặc định 5.000 (Quy định 01-QĐ/TW)."),
    C("fee_exempt_years", "Đảng phí: miễn khi đủ số năm tuổi đảng", INT, low=1, high=100,
      example=50, help="Mặc định 50 (Quy định 01-QĐ/TW: đảng viên từ đủ 50 năm tuổi đảng được "
      "miễn), tính đúng ngày, trừ thời gian không tính tuổi đảng; miễn từ tháng đủ tuổi đảng, "
      "sớm nhất tháng 02/2026: các tháng trước theo Quyết định 342-QĐ/TW, không miễn theo tuổi "
      "đảng."),
    C("fee_keep_rate", "Đảng phí: % chi bộ được giữ lại", PERCENT, low=0, high=100, example=30,
      help="Mặc định 30 (Quyết định 342-QĐ/TW năm 2010): tỷ lệ theo Quy định 01-QĐ/TW chưa đối "
      "chiếu được, sửa theo hướng dẫn của đảng ủy."),
    C("meeting_months", "Tháng đánh giá khi sinh hoạt thường kỳ",
      choices=("Theo ngày họp", "Tháng trước", "Tháng họp"), example="Theo ngày họp",
      help="Theo ngày họp (mặc định): họp từ ngày 1 đến 15 thì đánh giá tháng trước và đề ra "
           "nhiệm vụ tháng họp; họp từ ngày 16 thì đánh giá tháng họp và đề ra nhiệm vụ tháng "
           "sau. «Tháng trước» hoặc «Tháng họp»: luôn như vậy."),
    C("superior_plan", "Kế hoạch của cấp ủy cấp trên",
      example="Kế hoạch số 05-KH/ĐU ngày 02/01/2026 của Đảng ủy xã Định An",
      help="Kế hoạch hoạt động năm của chi bộ dẫn văn bản này ở phần «Căn cứ» khi có."),
    C("five_year_term", "Đại hội chi bộ 5 năm một lần", choices=YES_NO, example=NO,
      help="Có: chi bộ trực thuộc đảng ủy cơ sở thí điểm đại hội 5 năm một lần (Quy định "
           "294-QĐ/TW); để trống: 5 năm 2 lần (Điều lệ Đảng, Điều 24)."),
    C("excellent_years", "Số năm liền hoàn thành xuất sắc để đề nghị khen thưởng", INT, low=2,
      high=10, example=5, help="Mặc định 5: theo quy định khen thưởng của đảng bộ cấp trên; "
      "kiểm tra liệt kê đảng viên đủ số năm liền (trang Lịch sử)."),
    # review items added in 2026 (issue 12) go last, so no item's address moves
    C("review_voters", "Số đảng viên chính thức dự họp (biểu quyết)", INT, low=0, high=500,
      example=None,
      help="Mẫu số của phiếu và tỷ lệ biểu quyết: đảng viên dự bị không biểu quyết (Điều lệ "
           "Đảng). Để trống thì lấy số dự họp trừ số đảng viên dự bị của chi bộ; ghi số khi có "
           "đảng viên dự bị vắng họp."),
    C("cell_level_votes", "Số phiếu tán thành mức xếp loại chi bộ", INT, low=0, high=500,
      example=None, help="Biên bản họp ghi «với số phiếu đạt …%» trên số đảng viên chính thức "
                         "dự họp."),
    C("cell_commendation", "Đề nghị khen thưởng chi bộ", example=None,
      help="Hình thức chi bộ đề nghị cấp trên khen thưởng tập thể chi bộ (ví dụ «Giấy khen của "
           "Đảng ủy xã»): in trong tờ trình đề nghị khen thưởng. Hướng dẫn 06-HD/TW, mục 19: "
           "chi bộ «Hoàn thành xuất sắc nhiệm vụ» tiêu biểu trong năm."),
    # items added for issue 23 go last, so no item's address moves
    C("absent_run_max", "Số buổi vắng có lý do liên tiếp tối đa", INT, low=1, high=12,
      example=None,
      help="Mặc định 3: Hướng dẫn 12-HD/BTCTW (2018) — buổi sinh hoạt đạt chất lượng khi không có "
           "đảng viên vắng có lý do quá 03 lần liên tiếp trong năm. Hướng dẫn 42-HD/BTCTW "
           "(28/10/2025) chưa đối chiếu được: sửa theo hướng dẫn của đảng ủy."),
    # items added in 2026 (issue 27) go last, so no item's address moves
    C("probation_stages", "Mốc nhắc hết thời gian dự bị (ngày)", example="90, 60, 30, 15, 7",
      help="Số ngày trước khi hết 12 tháng dự bị thì kiểm tra nhắc chuẩn bị hồ sơ xét công nhận "
           "đảng viên chính thức. Mặc định «90, 60, 30, 15, 7»: theo cách các phần mềm quản lý "
           "đảng viên vẫn nhắc, không văn bản nào quy định; sửa theo nhu cầu của chi bộ."),
    # what a secretary would otherwise type on the command line (issue 24): the button obeys them
    C("make_pdf", "Tạo thêm bản PDF", choices=YES_NO, example=NO,
      help="Có: mỗi lần tạo văn bản (nút «Tạo báo cáo» hay lệnh build) có thêm bản PDF của mọi "
           "văn bản, cần LibreOffice (miễn phí) trên máy. Để trống hoặc Không: chỉ .docx."),
    C("make_meeting_docs", "Lập biên bản, nghị quyết sinh hoạt", choices=YES_NO, example=YES,
      help="Có (mặc định): mỗi buổi ở trang «Sinh hoạt» có biên bản, mỗi tháng có họp có nghị "
           "quyết. Không: chi bộ ghi biên bản bằng tay trong sổ biên bản."),
    # issue 23 again: after issues 27 and 24's items, so no item's address moves
    C("cap_grouping", "Nhóm tính tỷ lệ hoàn thành xuất sắc", choices=CAP_GROUPINGS, example=None,
      width=22,
      help="Quy định 366-QĐ/TW, Điều 11: tỷ lệ «Hoàn thành xuất sắc» tính «theo đối tượng có vị "
           "trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết "
           "định» trong phạm vi đảng bộ; chi bộ chỉ tính để tham khảo. Để trống: cả chi bộ một "
           "nhóm. Chọn «Tách …» khi đảng ủy hướng dẫn tính riêng người giữ chức vụ lãnh đạo, quản "
           "lý. Nhóm quá nhỏ để tỷ lệ cho phép ai thì chi bộ không tự loại: cấp trên quyết định."),
    C("cell_type", "Loại chi bộ", choices=CELL_TYPES, example=None, width=30,
      help="Chi bộ trực thuộc đảng ủy cơ sở: đại hội 5 năm 2 lần (Điều lệ Đảng, Điều 24), đảng ủy "
           "cơ sở xem xét xếp loại chi bộ. Chi bộ cơ sở: đại hội 5 năm 1 lần (Điều 22), ban thường "
           "vụ đảng ủy cấp trên quyết định xếp loại (Hướng dẫn 43-HD/BTCTW, mục 3). Để trống: "
           "không kiểm tra độ dài nhiệm kỳ."),
    # the cell's own rating as a collective (issue 23): after «Loại chi bộ», so no address moves
    C("cell_on_time_rate", "Tỷ lệ nhiệm vụ chi bộ hoàn thành đúng hạn (%)", PERCENT, low=0,
      high=100, example=None,
      help="Quy định 366-QĐ/TW, Điều 11 (tập thể): Hoàn thành xuất sắc và Hoàn thành tốt cần "
           "100% nhiệm vụ đúng hạn; Hoàn thành nhiệm vụ: chậm tiến độ không quá 20%. Để trống: "
           "không kiểm tra. In ở phụ lục Mẫu 01."),
    C("cell_over_rate", "Tỷ lệ nhiệm vụ chi bộ hoàn thành vượt mức (%)", PERCENT, low=0,
      high=100, example=None,
      help="Hoàn thành xuất sắc cần ít nhất 30% nhiệm vụ vượt mức yêu cầu (Quy định 366, Điều "
           "11). Để trống: không kiểm tra."),
    C("cell_fail_rate", "Tỷ lệ nhiệm vụ chi bộ không hoàn thành (%)", PERCENT, low=0, high=100,
      example=None,
      help="Từ Hoàn thành nhiệm vụ trở lên cần hoàn thành 100% nhiệm vụ được giao; hoàn thành dưới "
           "70% nhiệm vụ theo chương trình, kế hoạch thì Không hoàn thành nhiệm vụ (Quy định 366, "
           "Điều 11). Để trống: không kiểm tra."),
    C("cell_remedied", "Chi bộ khắc phục hạn chế kỳ trước", choices=REMEDIED, example=None,
      help="«Chưa khắc phục hết» thì chi bộ không được Hoàn thành xuất sắc (Quy định 366, Điều "
           "11: khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước)."),
    C("cell_concluded", "Chi bộ bị kết luận sai phạm công tác cán bộ, mất đoàn kết",
      choices=YES_NO, example=None,
      help="Có: cấp có thẩm quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, "
           "bè phái, chạy chức, chạy quyền trong phạm vi phụ trách — chi bộ Không hoàn thành "
           "nhiệm vụ (Quy định 366, Điều 11)."),
    C("cell_excused", "Chi bộ thuộc trường hợp ngoại lệ (Điều 11)", choices=YES_NO,
      example=None,
      help="Có: chi bộ có lý do bất khả kháng, hoặc bị xử lý nhưng đã chủ động phát hiện vi phạm "
           "và khắc phục kịp thời — cấp có thẩm quyền xem xét mức xếp loại (Quy định 366, Điều "
           "11): kiểm tra chỉ cảnh báo, không buộc Không hoàn thành nhiệm vụ."),
    C("cell_decided", "Mức xếp loại cấp trên quyết định", choices=LEVELS, example=None,
      width=30,
      help="Mức chính thức của chi bộ do cấp trên quyết định (Quy định 366-QĐ/TW, Điều 12): đảng "
           "ủy cơ sở với chi bộ trực thuộc, ban thường vụ đảng ủy cấp trên với chi bộ cơ sở "
           "(Hướng dẫn 43-HD/BTCTW, mục 3). Báo cáo năm, trang «Lịch sử» và kiểm tra các năm sau "
           "dùng mức này; Mẫu 01 và biên bản vẫn in mức chi bộ tự xếp loại."),
    C("cell_decided_date", "Ngày cấp trên quyết định xếp loại chi bộ", DATE, example=None,
      help="Văn bản ký trước ngày này không nêu mức cấp trên quyết định. Để trống: từ ngày họp "
           "kiểm điểm."),
    # Huy hiệu Đảng deferred by discipline (issue 23): after the cell's rating, last
    C("badge_defer_reprimand", "Huy hiệu Đảng: số tháng hoãn khi bị khiển trách", INT, low=0,
      high=60, example=None, help=BADGE_HELP.format(6)),
    C("badge_defer_warning", "Huy hiệu Đảng: số tháng hoãn khi bị cảnh cáo", INT, low=0, high=60,
      example=None, help=BADGE_HELP.format(9)),
    C("badge_defer_dismissal", "Huy hiệu Đảng: số tháng hoãn khi bị cách chức", INT, low=0,
      high=60, example=None, help=BADGE_HELP.format(12)),
))
