"""The sheet «Xếp loại»: one row a member rated (or not) in the year, with what Quy định
366-QĐ/TW Điều 11 judges. Declared here only for length: it is one of `schema.SHEETS`, read it
as `schema.RATINGS`.
"""
from __future__ import annotations

from .choices import CONCLUSIONS, DISCIPLINE, LEVELS, NO, NOT_RATED_REASONS, REMEDIED, YES_NO
from .sheettypes import DATE, INT, NUMBER, PERCENT, C, Sheet

REMEDIED_HEADER = "Đã khắc phục hạn chế kỳ trước"

RATINGS = Sheet("ratings", "Xếp loại", help=(
    "Mỗi dòng một đảng viên được xếp loại trong năm; nối với trang Đảng viên theo họ tên và "
    "ngày sinh."), columns=(
    C("stt", "STT", INT, example=1, width=6),
    C("name", "Họ và tên", required=True, example="Nguyễn Thị Hằng Nga", width=26),
    C("dob", "Ngày sinh", DATE, example="12/03/1980"),
    C("score_common", "Điểm tiêu chí chung (/30)", NUMBER, low=0, high=30, example=27,
      help="Từ năm 2025."),
    C("score_task", "Điểm kết quả nhiệm vụ (/70)", NUMBER, low=0, high=70, example=63,
      help="Từ năm 2025."),
    C("over_rate", "Tỷ lệ nhiệm vụ vượt mức (%)", PERCENT, low=0, high=100, example=35,
      help="Từ 30% trở lên mới được Hoàn thành xuất sắc (từ 2025). 0,35 hiểu là 35%."),
    C("fail_rate", "Tỷ lệ nhiệm vụ không hoàn thành (%)", PERCENT, low=0, high=100, example=0,
      help="Nhiệm vụ của chính đảng viên. Từ năm 2025: trên 0% thì không được xếp từ Hoàn thành "
           "nhiệm vụ trở lên (cần hoàn thành 100% nhiệm vụ được giao); trên 50% thì Không hoàn "
           "thành nhiệm vụ (Quy định 366, Điều 11). Người giữ chức vụ lãnh đạo, quản lý: xét theo "
           "đơn vị mình lãnh đạo (cột «Tỷ lệ nhiệm vụ đơn vị hoàn thành»)."),
    C("remedied", REMEDIED_HEADER, choices=REMEDIED, example="Không có",
      help="«Chưa khắc phục hết» thì không được Hoàn thành xuất sắc (Quy định 366, Điều 11)."),
    C("civil_level", "Xếp loại viên chức", choices=LEVELS, example=LEVELS[1], width=22,
      help="Là cơ sở để xếp loại đảng viên: xếp loại đảng viên cao hơn thì có cảnh báo."),
    C("residence", "Nhận xét nơi cư trú", choices=("Tốt", "Khá", "Trung bình", "Chưa tốt"),
      example="Tốt"),
    C("discipline", "Kỷ luật trong năm", choices=DISCIPLINE, example="Không",
      help="Kỷ luật từ khiển trách trở lên do vi phạm trong thực thi nhiệm vụ hoặc vi phạm "
           "những điều đảng viên không được làm thì Không hoàn thành nhiệm vụ; vi phạm xảy ra từ "
           "năm trước thì ghi «Có» ở cột «Vi phạm xảy ra từ năm trước»: cấp ủy cấp trên quyết "
           "định (Quy định 366, Điều 11)."),
    C("sick_months", "Số tháng nghỉ ốm", NUMBER, low=0, high=12, example=0),
    C("maternity", "Nghỉ thai sản", choices=YES_NO, example=NO),
    C("not_rated", "Không xếp loại (lý do)", choices=NOT_RATED_REASONS, example=None),
    C("self_level", "Tự xếp loại", choices=LEVELS, example=LEVELS[1], width=22),
    C("votes_x", "Phiếu HTXSNV", INT, low=0, high=500, example=2, width=9),
    C("votes_t", "Phiếu HTTNV", INT, low=0, high=500, example=26, width=9),
    C("votes_h", "Phiếu HTNV", INT, low=0, high=500, example=0, width=9),
    C("votes_k", "Phiếu KHTNV", INT, low=0, high=500, example=0, width=9),
    C("cell_level", "Chi bộ đề nghị", choices=LEVELS, example=LEVELS[1], width=22),
    C("commendation", "Đề nghị khen thưởng", example="Giấy khen của Đảng ủy", width=22),
    C("note", "Ghi chú", width=20),
    # columns added in 2026 (issue 12) go last, so no column's letter moves
    C("on_time_rate", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)", PERCENT, low=0, high=100,
      example=100, help="Từ 2025 (Quy định 366, Điều 11): Hoàn thành xuất sắc và Hoàn thành tốt "
                        "cần 100%; Hoàn thành nhiệm vụ cần từ 80% (chậm tiến độ không quá 20%). "
                        "Mẫu 02A: tỷ lệ của đơn vị, bộ phận mình lãnh đạo."),
    C("unit_rate", "Tỷ lệ nhiệm vụ đơn vị hoàn thành (%) (Mẫu 02A)", PERCENT, low=0, high=100,
      example=None, help="Chỉ người giữ chức vụ lãnh đạo, quản lý: từ Hoàn thành nhiệm vụ trở "
                         "lên cần đơn vị mình lãnh đạo hoàn thành 100% nhiệm vụ được giao; dưới 70% "
                         "thì Không hoàn thành nhiệm vụ (Quy định 366, Điều 11)."),
    C("low_confidence", "Tỷ lệ phiếu tín nhiệm thấp (%) (Mẫu 02A)", PERCENT, low=0, high=100,
      example=None, help="Chỉ người giữ chức vụ lãnh đạo, quản lý, khi có lấy phiếu tín nhiệm: "
                         "trên 50% thì Không hoàn thành nhiệm vụ."),
    C("self_reported", "Tự giác nhận lỗi, đã khắc phục hậu quả", choices=YES_NO, example=None,
      help="Có → cấp có thẩm quyền xem xét, quyết định mức xếp loại (chỉ cảnh báo, không "
           "buộc Không hoàn thành nhiệm vụ)."),
    C("work_unit", "Đơn vị công tác (Mẫu 02C)", example=None, width=24,
      synonyms=("Nơi cư trú (Mẫu 02C)",),
      help="Đảng viên không làm việc trong hệ thống chính trị: dòng «Đơn vị công tác» của Mẫu 02C "
           "(Hướng dẫn 43-HD/BTCTW), ví dụ doanh nghiệp nơi làm việc hoặc «Nghỉ hưu»; để trống thì "
           "in dòng chấm để viết tay. Sổ cũ ghi ở cột «Nơi cư trú (Mẫu 02C)» vẫn đọc được."),
    # columns added for issue 23 go last, so no column's letter moves
    C("conclusion", "Bị kết luận suy thoái, vi phạm", choices=(NO,) + CONCLUSIONS, example=None,
      width=24, help="Cấp có thẩm quyền kết luận có biểu hiện suy thoái, vi phạm những điều đảng "
                     "viên không được làm hoặc vi phạm trách nhiệm nêu gương (kể cả khi không bị "
                     "kỷ luật): Không hoàn thành nhiệm vụ (Quy định 366, Điều 11)."),
    C("earlier_violation", "Vi phạm xảy ra từ năm trước", choices=YES_NO, example=None,
      help="Có: kỷ luật trong năm cho vi phạm của năm trước — cấp ủy cấp trên có thẩm quyền xem "
           "xét, xếp loại (Quy định 366, Điều 11, trường hợp cần lưu ý), chỉ cảnh báo."),
    C("units_failed", "Tỷ lệ đơn vị phụ trách xếp loại KHTNV (%) (Mẫu 02A)", PERCENT, low=0,
      high=100, example=None,
      help="Chỉ người giữ chức vụ lãnh đạo, quản lý: trên 50% số đơn vị, bộ phận mình phụ trách "
           "bị xếp loại Không hoàn thành nhiệm vụ thì Không hoàn thành nhiệm vụ."),
    C("scope_corruption", "Tham nhũng, tiêu cực trong phạm vi quản lý bị kỷ luật (Mẫu 02A)",
      choices=YES_NO, example=None,
      help="Chỉ người giữ chức vụ lãnh đạo, quản lý: có tổ chức, cá nhân trong phạm vi quản lý trực "
           "tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị kỷ luật thì Không hoàn thành nhiệm vụ."),
    C("discipline_date", "Ngày quyết định kỷ luật", DATE, example=None,
      help="Ngày quyết định kỷ luật trong năm: Huy hiệu Đảng chưa xét tặng, sau 6 tháng (khiển "
           "trách), 9 tháng (cảnh cáo), 12 tháng (cách chức) kể từ ngày này mới xét (số tháng là "
           "mục cài đặt ở «Thông tin chung»)."),
))
