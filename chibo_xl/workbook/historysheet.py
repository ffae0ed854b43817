"""The sheet «Lịch sử»: a row per member and year gone, and one «Chi bộ» row a year.

Written by `chibo-xl new-year` (figures.history.history_rows) and carried whole from one
workbook to the next; the checks across years and the term report read it. Declared here only
for length: it is one of `schema.SHEETS`, read it as `schema.HISTORY`.
"""
from __future__ import annotations

from .choices import DISCIPLINE, HISTORY_CELL, HISTORY_MEMBER, LEVELS, MOVEMENTS
from .sheettypes import DATE, INT, PERCENT, C, Sheet

HISTORY = Sheet("history", "Lịch sử", help=(
    "Do chibo-xl new-year ghi và chép tiếp mỗi năm: mỗi đảng viên, mỗi năm đã qua một dòng "
    "(xếp loại, kỷ luật, biến động); mỗi năm một dòng «Chi bộ» với số liệu chính. Dùng để kiểm "
    "tra nhiều năm liền và lập báo cáo nhiệm kỳ khi thiếu sổ một năm."), columns=(
    C("year", "Năm", INT, required=True, low=2000, high=2100, example=2025, width=8),
    C("kind", "Đối tượng", required=True, choices=(HISTORY_MEMBER, HISTORY_CELL),
      example=HISTORY_MEMBER, width=11),
    C("name", "Họ và tên", example="Nguyễn Thị Hằng Nga", width=26),
    C("dob", "Ngày sinh", DATE, example="12/03/1980"),
    C("party_post", "Chức vụ Đảng", choices=("Bí thư", "Phó Bí thư", "Chi ủy viên", "Đảng viên"),
      example="Đảng viên"),
    C("level", "Xếp loại", choices=LEVELS, example=LEVELS[1], width=22,
      help="Dòng «Chi bộ»: mức chi bộ tự xếp loại (mức cấp trên quyết định ở cột «Xếp loại cấp "
           "trên quyết định»)."),
    C("discipline", "Kỷ luật", choices=DISCIPLINE, example="Không"),
    C("movement", "Biến động", choices=MOVEMENTS, example=None),
    C("movement_date", "Ngày biến động", DATE, example=None),
    C("members_start", "Đầu năm", INT, low=0, high=1000, example=26, width=8),
    C("members_end", "Cuối năm", INT, low=0, high=1000, example=26, width=8),
    C("official", "Chính thức", INT, low=0, high=1000, example=25, width=9),
    C("probationary", "Dự bị", INT, low=0, high=1000, example=1, width=8),
    C("rated_x", "HTXSNV", INT, low=0, high=1000, example=4, width=8),
    C("rated_t", "HTTNV", INT, low=0, high=1000, example=21, width=8),
    C("rated_h", "HTNV", INT, low=0, high=1000, example=1, width=8),
    C("rated_k", "KHTNV", INT, low=0, high=1000, example=0, width=8),
    C("regular", "Sinh hoạt thường kỳ", INT, low=0, high=100, example=12, width=10),
    C("thematic", "Sinh hoạt chuyên đề", INT, low=0, high=100, example=4, width=10),
    C("attendance", "Tỷ lệ dự họp (%)", PERCENT, low=0, high=100, example=96.5, width=10),
    C("supervised", "Đảng viên được giám sát", INT, low=0, high=1000, example=9, width=10),
    C("found", "Biểu hiện phát hiện", INT, low=0, high=1000, example=5, width=10),
    C("remedied", "Biểu hiện đã khắc phục", INT, low=0, high=1000, example=1, width=10),
    C("note", "Ghi chú", width=24),
    # added for issue 23 last, so no column's letter moves: the cell's official level
    C("decided", "Xếp loại cấp trên quyết định", choices=LEVELS, example=None, width=22,
      help="Dòng «Chi bộ»: mức cấp trên quyết định (Quy định 366-QĐ/TW, Điều 12); new-year ghi "
           "từ «Mức xếp loại cấp trên quyết định», ghi tay khi quyết định đến sau."),
    C("discipline_date", "Ngày quyết định kỷ luật", DATE, example=None,
      help="Dòng đảng viên: ngày quyết định kỷ luật của năm đó; Huy hiệu Đảng bị hoãn vì kỷ luật "
           "được xét lại ở năm sau khi đủ số tháng."),
))
