"""Workbooks modelled on the seed documents (shared/seeds), as plain Python data for tests.

Each book is a dict keyed by the Vietnamese sheet name with the exact headers of WORKBOOK.md (NFC):
"Thông tin chung" is a dict {Mục: Giá trị}; every other sheet is a list of row dicts. Values are str,
int, float or ``datetime.date``; blank cells are left out. Names and dates of members are invented;
the figures are the seeds' own.

SEED_000 — Báo cáo tổng kết năm 2020 (seed 000), Chi bộ Trường Tiểu học 1, Đảng bộ xã Định An, signed
    05/01/2021 (blank Số). 26 đảng viên, all chính thức (one "Chuyển chính thức" in 2020); 26 rated, no
    scores (2020 rules): 04 HTXS + 22 HTT (4 ≤ 20% × 22 = 4,4); nơi cư trú 25 Tốt + 1 Khá; 05 "Đề nghị
    khen thưởng" (the 4 HTXS and 1 HTT); Giám sát 09 distinct members (2 chi ủy viên + 7), 9/26 = 34,6%;
    Biểu hiện 5, khắc phục 1, còn 4; Sinh hoạt 12 thường kỳ + 02 chuyên đề (quý II and quý IV only).
SEED_003 — Kế hoạch hoạt động năm 2021 (seed 003), Chi bộ Mầm non Sơn Phú, Đảng bộ xã Sơn Phú, signed
    10/01/2021. 20 đảng viên: 19 chính thức + 1 dự bị (admitted 15/06/2020, probation ends 15/06/2021);
    20 nữ; 15 dân tộc thiểu số (11 Tày, 3 Dao, 1 Mông) + 5 Kinh; 19 đại học + 1 cao đẳng; 3 trung cấp
    lý luận. 12-month plan from the seed's table (no thematic meeting marked: the seed has none).
SEED_004 — Họp kiểm điểm 2020 (seed 004), Chi bộ Trường Tiểu học Đô Thị Việt Hưng, Đảng bộ phường Giang
    Biên, meeting 03/12/2020. 22 đảng viên, all chính thức; chi ủy 5 (Bí thư Nguyễn Thị Hằng Nga, 1 Phó Bí
    thư, 3 chi ủy viên); 22 rated: 03 HTXS + 19 HTT (not 4 + 18: 4 > 20% × 18 = 3,6 would break the cap);
    22 present, ballots with majorities; chi bộ tự xếp loại HTXS; achievements of the seed.
SEED_001 — Báo cáo tổng kết nhiệm kỳ 2020-2022 (seed 001), Chi bộ Trường Tiểu học Hoà Bình, year 2022.
    17 đảng viên: 16 chính thức + 1 dự bị (Bùi Thị Hai, admitted 14/01/2022); 17 đại học; indicators of
    the seed (target/result table) as the term's targets ("Chỉ tiêu nhiệm kỳ") with the next term's
    ("Chỉ tiêu nhiệm kỳ tới"). The term report is `chibo-xl term` over this last year's workbook.

``python tests/seedbooks.py`` runs the package's check on every book; the tests that build them
assert the figures above.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from example_data import _member as _example_member  # noqa: E402

D = datetime.date

HTXS = "Hoàn thành xuất sắc nhiệm vụ"
HTT = "Hoàn thành tốt nhiệm vụ"
HTNV = "Hoàn thành nhiệm vụ"
KHT = "Không hoàn thành nhiệm vụ"



def _member(name, dob, sex, ethnic, edu, theory, post, party_post, admitted, *, official="auto",
            card=None, religion="Không", home=None, lang=None, movement=None, movement_date=None, note=None):
    """One row of "Đảng viên" (the example's builder, with the seeds' argument order)."""
    return _example_member(name, dob, sex, ethnic, religion, home, edu, theory, lang, post, party_post,
                           admitted, official=official, card=card, movement=movement,
                           movement_date=movement_date, note=note)


def _number(rows):
    """Put STT 1..n first in each row."""
    return [{"STT": i, **{k: v for k, v in r.items() if k != "STT"}} for i, r in enumerate(rows, start=1)]


def _rate(members, name, level, votes, *, residence="Tốt", civil="same", reward=None, note=None):
    """One row of "Xếp loại" under the 2019–2022 rules (no scores). Tự xếp loại = Chi bộ đề nghị."""
    dob = next(m["Ngày sinh"] for m in members if m["Họ và tên"] == name)
    x, t, h, k = votes
    row = {
        "Họ và tên": name,
        "Ngày sinh": dob,
        "Đã khắc phục hạn chế kỳ trước": "Không có",
        "Xếp loại viên chức": level if civil == "same" else civil,
        "Nhận xét nơi cư trú": residence,
        "Kỷ luật trong năm": "Không",
        "Số tháng nghỉ ốm": 0,
        "Nghỉ thai sản": "Không",
        "Tự xếp loại": level,
        "Phiếu HTXSNV": x,
        "Phiếu HTTNV": t,
        "Phiếu HTNV": h,
        "Phiếu KHTNV": k,
        "Chi bộ đề nghị": level,
        "Đề nghị khen thưởng": reward,
        "Ghi chú": note,
    }
    return {kk: v for kk, v in row.items() if v is not None}


def _meeting(day, kind, theme, summoned, present, excused, unexcused, chair, clerk, quality="Tốt"):
    return {"Ngày họp": day, "Loại": kind, "Chủ đề": theme, "Số triệu tập": summoned, "Có mặt": present,
            "Vắng có lý do": excused, "Vắng không lý do": unexcused, "Chủ trì": chair, "Thư ký": clerk,
            "Tự đánh giá chất lượng": quality}


def _ind(area, name, unit, target, result=None, next_target=None, lower=False, note=None):
    row = {"Lĩnh vực": area, "Chỉ tiêu": name, "Đơn vị": unit,
           "Chiều đánh giá": "Thấp hơn là tốt" if lower else "Cao hơn là tốt",
           "Chỉ tiêu đề ra": target, "Kết quả đạt được": result, "Chỉ tiêu năm sau": next_target,
           "Ghi chú": note}
    return {k: v for k, v in row.items() if v is not None}


def _award(subject, name, title, level, count=1):
    return {"Đối tượng": subject, "Tên tập thể / cá nhân": name, "Danh hiệu, giải thưởng": title,
            "Cấp": level, "Số lượng": count}


def _text(pairs):
    return [{"Mục": k, "Nội dung": v} for k, v in pairs]


# ==================================================================================================
# SEED_000 — Chi bộ Trường Tiểu học 1, annual report 2020, signed 05/01/2021
# ==================================================================================================

_M000 = _number([
    _member("Mạch Văn Quân", D(1970, 8, 12), "Nam", "Kinh", "Đại học", "Trung cấp", "Hiệu trưởng", "Bí thư",
            D(1995, 9, 2), card="84.003215"),
    _member("Lê Thị Ngọc Hân", D(1976, 3, 18), "Nữ", "Kinh", "Đại học", "Trung cấp", "Phó Hiệu trưởng",
            "Phó Bí thư", D(2001, 5, 19), card="84.011872"),
    _member("Trần Văn Phước", D(1978, 11, 2), "Nam", "Kinh", "Đại học", "Sơ cấp", "Tổ trưởng chuyên môn",
            "Chi ủy viên", D(2004, 2, 3), card="84.015430", note="Tổ trưởng khối 5"),
    _member("Nguyễn Thị Kim Loan", D(1980, 6, 6), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Tổ trưởng chuyên môn",
            "Đảng viên", D(2006, 12, 22), card="84.018904", note="Tổ trưởng khối 1"),
    _member("Thạch Thị Sa Rinh", D(1982, 1, 15), "Nữ", "Khmer", "Đại học", "Sơ cấp", "Tổ trưởng chuyên môn",
            "Đảng viên", D(2008, 5, 19), card="84.021337", religion="Phật giáo", note="Tổ trưởng khối 2"),
    _member("Phạm Văn Dũng", D(1975, 9, 9), "Nam", "Kinh", "Đại học", "Sơ cấp", "Tổ trưởng chuyên môn",
            "Đảng viên", D(2000, 9, 2), card="84.009951", note="Tổ trưởng khối 3"),
    _member("Huỳnh Thị Mỹ Tiên", D(1984, 4, 4), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Tổ trưởng chuyên môn",
            "Đảng viên", D(2010, 3, 26), card="84.024618", note="Tổ trưởng khối 4"),
    _member("Võ Thị Thanh Thủy", D(1979, 7, 21), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2005, 11, 20), card="84.017220"),
    _member("Lâm Văn Tài", D(1983, 10, 10), "Nam", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2009, 9, 2), card="84.023109"),
    _member("Đoàn Thị Bích Liên", D(1986, 2, 28), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2012, 5, 19), card="84.027764"),
    _member("Châu Thị Ngọc Diễm", D(1988, 8, 8), "Nữ", "Kinh", "Cao đẳng", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2013, 12, 22), card="84.030052"),
    _member("Sơn Văn Tha", D(1985, 5, 5), "Nam", "Khmer", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2011, 2, 3), card="84.025981", religion="Phật giáo"),
    _member("Nguyễn Văn Hậu", D(1981, 12, 12), "Nam", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2007, 9, 2), card="84.019845"),
    _member("Trương Thị Hồng Nhung", D(1987, 3, 8), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên",
            "Đảng viên", D(2014, 3, 26), card="84.031476"),
    _member("Dương Thị Mỹ Hạnh", D(1990, 9, 15), "Nữ", "Kinh", "Đại học", "Chưa qua đào tạo", "Giáo viên",
            "Đảng viên", D(2016, 5, 19), card="84.035208"),
    _member("Tăng Thị Kim Ngân", D(1989, 11, 11), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên",
            "Đảng viên", D(2015, 9, 2), card="84.033690"),
    _member("Lý Văn Tâm", D(1977, 1, 30), "Nam", "Kinh", "Đại học", "Sơ cấp", "Nhân viên", "Đảng viên",
            D(2003, 7, 27), card="84.014128", note="Kế toán"),
    _member("Bùi Thị Thu Ba", D(1991, 6, 20), "Nữ", "Kinh", "Đại học", "Chưa qua đào tạo", "Giáo viên",
            "Đảng viên", D(2017, 12, 22), card="84.038043"),
    _member("Phan Thị Diệu", D(1974, 10, 20), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(1999, 5, 19), card="84.008367"),
    _member("Hồ Thị Thanh Trúc", D(1992, 2, 14), "Nữ", "Kinh", "Đại học", "Chưa qua đào tạo", "Giáo viên",
            "Đảng viên", D(2018, 6, 20), card="84.039514"),
    _member("Quách Văn Lợi", D(1980, 4, 30), "Nam", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2006, 9, 2), card="84.018330"),
    _member("Trịnh Thị Mai", D(1985, 12, 1), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2011, 11, 20), card="84.026695"),
    _member("Lương Thị Hồng Gấm", D(1988, 5, 25), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên", "Đảng viên",
            D(2013, 5, 19), card="84.029271"),
    _member("Đặng Văn Khải", D(1993, 7, 7), "Nam", "Kinh", "Đại học", "Chưa qua đào tạo", "Giáo viên",
            "Đảng viên", D(2019, 1, 10), card="84.041802", movement="Chuyển chính thức",
            movement_date=D(2020, 1, 10)),
    _member("Ngô Thị Thùy Trang", D(1990, 3, 3), "Nữ", "Kinh", "Cao đẳng", "Chưa qua đào tạo", "Nhân viên",
            "Đảng viên", D(2016, 12, 22), card="84.036117", note="Thư viện"),
    _member("Kiều Thị Phương Thảo", D(1986, 9, 19), "Nữ", "Kinh", "Đại học", "Sơ cấp", "Giáo viên",
            "Đảng viên", D(2012, 9, 2), card="84.028458"),
])

_REWARD_000 = "Giấy khen của Đảng ủy xã Định An"
_R000 = _number([
    _rate(_M000, "Mạch Văn Quân", HTXS, (20, 6, 0, 0), reward=_REWARD_000),
    _rate(_M000, "Lê Thị Ngọc Hân", HTXS, (19, 7, 0, 0), reward=_REWARD_000),
    _rate(_M000, "Trần Văn Phước", HTT, (2, 24, 0, 0)),
    _rate(_M000, "Nguyễn Thị Kim Loan", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Thạch Thị Sa Rinh", HTT, (3, 23, 0, 0),
          reward="Giấy khen của Đảng ủy xã Định An (tiêu biểu trong học tập và làm theo Bác)"),
    _rate(_M000, "Phạm Văn Dũng", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Huỳnh Thị Mỹ Tiên", HTXS, (18, 8, 0, 0), reward=_REWARD_000),
    _rate(_M000, "Võ Thị Thanh Thủy", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Lâm Văn Tài", HTT, (0, 25, 1, 0), residence="Khá"),
    _rate(_M000, "Đoàn Thị Bích Liên", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Châu Thị Ngọc Diễm", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Sơn Văn Tha", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Nguyễn Văn Hậu", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Trương Thị Hồng Nhung", HTXS, (17, 9, 0, 0), reward=_REWARD_000),
    _rate(_M000, "Dương Thị Mỹ Hạnh", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Tăng Thị Kim Ngân", HTT, (1, 25, 0, 0)),
    _rate(_M000, "Lý Văn Tâm", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Bùi Thị Thu Ba", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Phan Thị Diệu", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Hồ Thị Thanh Trúc", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Quách Văn Lợi", HTT, (0, 25, 1, 0)),
    _rate(_M000, "Trịnh Thị Mai", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Lương Thị Hồng Gấm", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Đặng Văn Khải", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Ngô Thị Thùy Trang", HTT, (0, 26, 0, 0)),
    _rate(_M000, "Kiều Thị Phương Thảo", HTT, (1, 25, 0, 0)),
])

_BT0, _PBT0, _TK0 = "Mạch Văn Quân", "Lê Thị Ngọc Hân", "Trần Văn Phước"
_MT000 = [
    _meeting(D(2020, 1, 6), "Thường kỳ", "Triển khai nhiệm vụ tháng 01/2020; chỉ đạo đón Tết Canh Tý",
             26, 26, 0, 0, _BT0, _TK0),
    _meeting(D(2020, 2, 5), "Thường kỳ", "Kỷ niệm 90 năm Ngày thành lập Đảng; triển khai phòng, chống dịch "
             "Covid-19", 26, 25, 1, 0, _BT0, _TK0),
    _meeting(D(2020, 3, 5), "Thường kỳ", "Chỉ đạo dạy học qua truyền hình, trực tuyến trong thời gian học "
             "sinh nghỉ học phòng dịch", 26, 24, 2, 0, _BT0, _TK0, "Khá"),
    _meeting(D(2020, 4, 6), "Thường kỳ", "Chỉ đạo ôn tập, chuẩn bị cho học sinh trở lại trường",
             26, 25, 1, 0, _PBT0, _TK0, "Khá"),
    _meeting(D(2020, 5, 5), "Thường kỳ", "Chỉ đạo dạy học sau thời gian nghỉ phòng dịch Covid-19",
             26, 26, 0, 0, _BT0, _TK0),
    _meeting(D(2020, 6, 4), "Thường kỳ", "Sơ kết công tác Đảng 6 tháng đầu năm 2020", 26, 25, 1, 0,
             _BT0, _TK0),
    _meeting(D(2020, 6, 18), "Chuyên đề", "Công tác phát triển đảng viên trong trường học", 26, 25, 1, 0,
             _PBT0, _TK0),
    _meeting(D(2020, 7, 6), "Thường kỳ", "Tổng kết năm học 2019-2020; xét thi đua", 26, 24, 2, 0, _BT0, _TK0,
             "Khá"),
    _meeting(D(2020, 8, 5), "Thường kỳ", "Chuẩn bị cơ sở vật chất, huy động học sinh năm học 2020-2021",
             26, 25, 1, 0, _BT0, _TK0),
    _meeting(D(2020, 9, 7), "Thường kỳ", "Triển khai nhiệm vụ năm học 2020-2021; kiện toàn các tổ chức",
             26, 26, 0, 0, _BT0, _TK0),
    _meeting(D(2020, 10, 5), "Thường kỳ", "Chỉ đạo hội nghị viên chức; phát động thi đua chào mừng 20/11",
             26, 25, 1, 0, _BT0, _TK0),
    _meeting(D(2020, 10, 22), "Chuyên đề", "Xây dựng phong cách, lề lối làm việc khoa học của đảng viên",
             26, 26, 0, 0, _BT0, _TK0),
    _meeting(D(2020, 11, 5), "Thường kỳ", "Tổ chức kỷ niệm Ngày Nhà giáo Việt Nam; hướng dẫn kiểm điểm cuối "
             "năm", 26, 25, 0, 1, _BT0, _TK0),
    _meeting(D(2020, 12, 15), "Thường kỳ", "Kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng viên "
             "năm 2020", 26, 26, 0, 0, _BT0, _TK0),
]

_T000 = _text([
    ("Chính trị tư tưởng", "Chi ủy làm tốt công tác tuyên truyền, giáo dục tư tưởng cho đảng viên, tổ chức "
     "quán triệt, thực hiện đầy đủ chủ trương của Đảng, pháp luật của Nhà nước. Có kế hoạch đấu tranh với "
     "các biểu hiện suy thoái về tư tưởng chính trị, đạo đức lối sống trong nội bộ gắn với học tập và làm "
     "theo tư tưởng đạo đức, phong cách Hồ Chí Minh. Chỉ đạo thực hiện mô hình kể chuyện Bác Hồ dưới cờ."),
    ("Chính trị tư tưởng", "Chi bộ thực hiện đầy đủ, có hiệu quả các nhiệm vụ thường xuyên, trọng tâm, đột "
     "xuất trong công tác chính trị tư tưởng theo sự chỉ đạo của Đảng ủy; nắm bắt kịp thời tình hình tư "
     "tưởng của cán bộ, đảng viên và quần chúng. Đảng viên gương mẫu thực hiện 15 phần việc hộ gia đình theo "
     "chủ trương của địa phương. Làm tốt công tác giáo dục học sinh theo 5 điều Bác Hồ dạy thiếu niên nhi "
     "đồng."),
    ("Nhiệm vụ chính trị", "Chi bộ đã đảm bảo vai trò lãnh đạo tuyệt đối trong nhà trường và các tổ chức "
     "đoàn thể như Công đoàn, Đội Thiếu niên Tiền phong Hồ Chí Minh, Chi đoàn thanh niên, hoàn thành tốt "
     "nhiệm vụ năm học 2019-2020 và triển khai nhiệm vụ năm học 2020-2021."),
    ("Nhiệm vụ chính trị", "Chi bộ đã lãnh đạo nhà trường và các tổ chức xây dựng kế hoạch năm học 2020-2021 "
     "với những chỉ tiêu sát thực tế, phù hợp với địa bàn và điều kiện của nhà trường. Lãnh đạo tốt việc "
     "thực hiện quy chế dân chủ trong thu chi, đóng góp tự nguyện của cha mẹ học sinh; thực hiện đầy đủ chế "
     "độ 3 công khai trong nhà trường."),
    ("Nhiệm vụ chính trị", "Giữ vững an ninh, an toàn trường học, có phương án, kế hoạch phòng chống cháy nổ, "
     "phòng chống thiên tai, phòng chống tai nạn thương tích hiệu quả."),
    ("Chính quyền và đoàn thể", "Chi bộ giám sát thường xuyên các hoạt động của Ban giám hiệu, hoạt động dạy "
     "và học, hoạt động ngoại khóa của giáo viên, học sinh. Kiểm tra việc giải quyết những vấn đề xảy ra "
     "trong nhà trường, những kiến nghị chính đáng của cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học "
     "sinh."),
    ("Chính quyền và đoàn thể", "Tham mưu lãnh đạo ngành bổ sung, hợp đồng nhân sự còn thiếu; lãnh đạo các "
     "tổ chức Công đoàn, Đội, Đoàn thanh niên phát triển đúng hướng, đúng chức năng nhiệm vụ. Các đoàn thể "
     "được xếp loại vững mạnh, Liên đội xuất sắc."),
    ("Xây dựng Đảng", "Ban chi ủy làm việc theo đúng quy chế làm việc của Chi bộ đề ra đầu nhiệm kỳ "
     "2019-2022. Chi ủy họp định kỳ hằng tháng; chi bộ tổ chức sinh hoạt đều, tinh thần sinh hoạt nghiêm "
     "túc, dân chủ trong đóng góp xây dựng và phê bình."),
    ("Xây dựng Đảng", "Theo chỉ đạo của Đảng ủy, Chi ủy đã phân công đảng viên soạn thảo và triển khai các "
     "chuyên đề đúng kế hoạch; nội dung các chuyên đề phản ánh sự quan tâm của đảng viên đến công tác phát "
     "triển đảng, xây dựng phong cách lề lối làm việc khoa học. Trong năm 2020, chi bộ giới thiệu 01 giáo "
     "viên học xong lớp nhận thức về Đảng."),
    ("Kiểm tra, giám sát", "Chi bộ thực hiện đủ các loại hồ sơ theo quy định, giao trách nhiệm quản lý, lưu "
     "trữ hồ sơ cho từng chi ủy viên theo quy chế làm việc. Thu chi tài chính của Chi bộ đúng quy định. Công "
     "tác giám sát đảng viên thực hiện đạt chỉ tiêu."),
    ("Học tập và làm theo Bác", "Chi bộ thực hiện nghiêm túc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
     "trị khóa XII gắn với Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của "
     "cán bộ, đảng viên và Chuẩn mực đạo đức nhà giáo."),
    ("Học tập và làm theo Bác", "Nhà trường xây dựng kế hoạch và hướng dẫn đảng viên cam kết thực hiện chuyên "
     "đề năm 2020 về xây dựng khối đại đoàn kết; ý thức đảng viên có chuyển biến tích cực, sống hòa đồng, gần "
     "gũi với quần chúng. Thực hiện tốt quy tắc ứng xử trong cơ quan và các hoạt động từ thiện, nhân đạo."),
    ("Ưu điểm", "Trong năm 2020, Chi bộ Trường Tiểu học 1 đã làm tốt việc chỉ đạo chính quyền, các đoàn thể "
     "hoàn thành và vượt các chỉ tiêu chi bộ đề ra. Tập thể đoàn kết, mỗi cá nhân có nhiều cố gắng đóng góp "
     "thành tích cho sự phát triển nhà trường; thực hiện đều mô hình “Kể chuyện Bác Hồ dưới cờ hàng tuần”."),
    ("Hạn chế", "Một số đảng viên khắc phục biểu hiện về tư tưởng chính trị, đạo đức lối sống còn chậm; việc "
     "tham gia bình luận, chia sẻ không đúng trên Facebook trong đội ngũ thời gian qua còn làm ảnh hưởng đến "
     "uy tín cá nhân và chi bộ."),
    ("Hạn chế", "Công tác phát triển đảng chưa đạt chỉ tiêu; tỉ lệ học sinh lưu ban còn cao, ảnh hưởng đến "
     "công tác phổ cập của nhà trường."),
    ("Phương hướng: Chính trị tư tưởng", "Chi bộ tiếp tục phổ biến kịp thời đến đảng viên các nghị quyết của "
     "Đảng các cấp, chính sách pháp luật của Nhà nước, của ngành Giáo dục và Đào tạo. Tuyệt đối không có hiện "
     "tượng nói, làm trái với quan điểm, chủ trương, đường lối của Đảng; không có đảng viên vi phạm pháp luật."),
    ("Phương hướng: Chính trị tư tưởng", "Ban chi ủy lựa chọn các vấn đề còn hạn chế trong chi bộ, trong nhà "
     "trường để soạn thảo kế hoạch sinh hoạt chuyên đề; dự kiến tổ chức sinh hoạt 02 chuyên đề."),
    ("Phương hướng: Nhiệm vụ chính trị", "Chỉ đạo đảng viên, giáo viên thực hiện tốt công tác duy trì sĩ số "
     "học sinh, nâng cao chất lượng dạy và học, duy trì trường đạt chuẩn quốc gia vào tháng 3/2021. Vận động "
     "học sinh đến trường năm học 2021-2022 đạt 100%; thu BHYT học sinh đạt 100%."),
    ("Phương hướng: Nhiệm vụ chính trị", "Tiếp tục giữ vững an ninh, an toàn trường học; duy trì trường xanh - "
     "sạch - đẹp, chuẩn quốc gia mức độ 1, PCGDTH đúng độ tuổi mức độ 3, kiểm định chất lượng giáo dục mức "
     "độ 2."),
    ("Phương hướng: Chính quyền và đoàn thể", "Tiếp tục thực hiện tốt công tác kiểm tra, giám sát hoạt động "
     "thực hiện nhiệm vụ năm học của Ban giám hiệu, Công đoàn, Chi đoàn; lãnh đạo Công đoàn, Đội, Đoàn thanh "
     "niên thực hiện tốt nhiệm vụ theo chức năng của mình."),
    ("Phương hướng: Xây dựng Đảng", "Làm việc đảm bảo nguyên tắc tập trung dân chủ, cơ chế tập thể lãnh đạo, "
     "cá nhân phụ trách; thực hiện nghiêm túc chế độ sinh hoạt định kỳ; thu chi đảng phí đúng quy định, "
     "công khai hằng quý. Phát triển đảng viên mới 01 đồng chí."),
    ("Phương hướng: Xây dựng Đảng", "Tiếp tục lãnh đạo khắc phục có hiệu quả những hạn chế, khuyết điểm theo "
     "Nghị quyết Trung ương 4 khóa XII; nghiêm túc sửa chữa các khuyết điểm sau tự phê bình năm 2020."),
])

SEED_000: dict = {
    "Thông tin chung": {
        "Đảng bộ cấp trên": "Đảng bộ xã Định An",
        "Tên chi bộ": "Chi bộ Trường Tiểu học 1",
        "Tên đơn vị (trường)": "Trường Tiểu học 1",
        "Cấp học": "Tiểu học",
        "Địa danh": "Định An",
        "Năm đánh giá": 2020,
        "Nhiệm kỳ chi bộ": "2019-2022",
        "Ngày họp kiểm điểm": D(2020, 12, 15),
        "Số đảng viên dự họp kiểm điểm": 26,
        "Ngày ký mặc định": D(2021, 1, 5),
        "Bí thư": _BT0,
        "Phó Bí thư": _PBT0,
        "Có chi ủy": "Có",
        "Xếp loại của nhà trường": HTT,
        "Chi bộ tự xếp loại": HTT,
        "Tỷ lệ trần hoàn thành xuất sắc (%)": 20,
        "Ban kiểm phiếu": "Trần Văn Phước\nVõ Thị Thanh Thủy\nLâm Văn Tài",
        "Thư ký họp kiểm điểm": _TK0,
        "Số phiếu phát ra": 26,
        "Số phiếu thu về": 26,
        "Số phiếu hợp lệ": 26,
    },
    "Văn bản": [
        {"Loại văn bản": "Báo cáo tổng kết năm", "Ngày ký": D(2021, 1, 5),
         "Nơi nhận": "Đảng ủy xã;\nĐảng viên;\nLưu CB.", "Người ký": _BT0},
        {"Loại văn bản": "Biên bản họp kiểm điểm", "Số": 12, "Ngày ký": D(2020, 12, 15),
         "Nơi nhận": "Đảng ủy xã Định An;\nLưu Chi bộ."},
    ],
    "Đảng viên": _M000,
    "Xếp loại": _R000,
    "Chỉ tiêu": [
        _ind("Chất lượng giáo dục", "Huy động học sinh trong độ tuổi đến trường", "%", 100, 100, 100),
        _ind("Chất lượng giáo dục", "Học sinh tham gia bảo hiểm y tế", "%", 100, 95, 100),
        _ind("Chất lượng giáo dục", "Học sinh hoàn thành chương trình lớp học", "%", 97, 97.6, 98,
             note="Cuối năm học 2019-2020"),
        _ind("Chất lượng giáo dục", "Học sinh lớp 5 hoàn thành chương trình tiểu học", "%", 100, 100, 100),
        _ind("Chất lượng giáo dục", "Học sinh lưu ban", "%", 2, 2.4, 2, lower=True),
        _ind("Thi đua", "Cán bộ, giáo viên đạt Chiến sĩ thi đua cơ sở", "người", 5, 5, 5),
        _ind("Xây dựng Đảng", "Đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên", "%", 100, 100, 100),
        _ind("Xây dựng Đảng", "Kết nạp đảng viên mới", "người", 1, 0, 1),
        _ind("Xây dựng Đảng", "Giám sát đảng viên", "người", 9, 9, 9),
    ],
    "Thành tích": [
        _award("Cá nhân", "Cán bộ, giáo viên nhà trường", "Chiến sĩ thi đua cơ sở", "Huyện/Quận", 5),
        _award("Tập thể", "Liên đội Trường Tiểu học 1", "Liên đội xuất sắc", "Huyện/Quận"),
        _award("Tập thể", "Công đoàn Trường Tiểu học 1", "Công đoàn vững mạnh", "Huyện/Quận"),
    ],
    "Nội dung": _T000,
    "Sinh hoạt": _MT000,
    "Giám sát": [
        {"Họ và tên": n, "Hình thức": "Thường xuyên",
         "Nội dung": "Việc chấp hành Điều lệ Đảng, nghị quyết của chi bộ và nhiệm vụ đảng viên",
         "Thời gian": t, "Kết quả": "Chấp hành tốt"}
        for n, t in [("Lê Thị Ngọc Hân", "Quý I/2020"), ("Trần Văn Phước", "Quý I/2020"),
                     ("Võ Thị Thanh Thủy", "Quý II/2020"), ("Lâm Văn Tài", "Quý II/2020"),
                     ("Châu Thị Ngọc Diễm", "Quý III/2020"), ("Nguyễn Văn Hậu", "Quý III/2020"),
                     ("Bùi Thị Thu Ba", "Quý III/2020"), ("Quách Văn Lợi", "Quý IV/2020"),
                     ("Ngô Thị Thùy Trang", "Quý IV/2020")]
    ],
    "Phát triển Đảng": [
        {"Họ và tên quần chúng": "Nguyễn Thị Bảo Ngọc", "Ngày sinh": D(1994, 4, 18),
         "Ngày học lớp nhận thức về Đảng": D(2020, 8, 20), "Đảng viên giúp đỡ": "Huỳnh Thị Mỹ Tiên",
         "Ghi chú": "Đã học xong lớp nhận thức về Đảng"},
    ],
    "Biểu hiện": [
        {"Biểu hiện": b, "Năm phát hiện": 2020, "Đã khắc phục": done} for b, done in [
            ("Ít nghiên cứu chủ trương của Đảng, pháp luật của Nhà nước", "Không"),
            ("Thiếu kiểm tra đôn đốc, không nắm chắc tình hình địa phương", "Không"),
            ("Trong tự phê bình và phê bình còn nể nang, né tránh, ngại va chạm", "Không"),
            ("Phí phạm thời gian lao động", "Có"),
            ("Sử dụng lãng phí nguồn nhân lực", "Không"),
        ]
    ],
}


# ==================================================================================================
# SEED_003 — Chi bộ Mầm non Sơn Phú, activity plan 2021, signed 10/01/2021
# ==================================================================================================

def _f003(name, dob, ethnic, post, party_post, admitted, theory="Sơ cấp", edu="Đại học", **kw):
    return _member(name, dob, "Nữ", ethnic, edu, theory, post, party_post, admitted, **kw)


_M003 = _number([
    _f003("Nguyễn Thị Yến", D(1975, 5, 10), "Kinh", "Hiệu trưởng", "Bí thư", D(2000, 5, 19),
          theory="Trung cấp", card="08.006213"),
    _f003("Ma Thị Hồng", D(1979, 8, 20), "Tày", "Phó Hiệu trưởng", "Phó Bí thư", D(2004, 9, 2),
          theory="Trung cấp", card="08.011540"),
    _f003("Hoàng Thị Thu", D(1981, 3, 12), "Tày", "Phó Hiệu trưởng", "Chi ủy viên", D(2007, 12, 22),
          theory="Trung cấp", card="08.015027"),
    _f003("Nông Thị Lan", D(1983, 6, 15), "Tày", "Tổ trưởng chuyên môn", "Đảng viên", D(2009, 5, 19),
          card="08.017388", note="Tổ trưởng tổ mẫu giáo lớn"),
    _f003("Quan Thị Hạnh", D(1985, 1, 8), "Tày", "Tổ trưởng chuyên môn", "Đảng viên", D(2010, 9, 2),
          card="08.018764", note="Tổ trưởng tổ nhà trẻ – mẫu giáo bé"),
    _f003("Triệu Thị Mai", D(1986, 11, 22), "Dao", "Giáo viên", "Đảng viên", D(2012, 3, 26), card="08.021109"),
    _f003("Bàn Thị Liên", D(1988, 4, 2), "Dao", "Giáo viên", "Đảng viên", D(2014, 5, 19),
          theory="Chưa qua đào tạo", card="08.024350"),
    _f003("Lý Thị Hương", D(1990, 7, 19), "Dao", "Giáo viên", "Đảng viên", D(2016, 12, 22),
          theory="Chưa qua đào tạo", card="08.027981"),
    _f003("Giàng Thị Mỷ", D(1992, 9, 9), "Mông", "Giáo viên", "Đảng viên", D(2018, 2, 3),
          theory="Chưa qua đào tạo", card="08.030472"),
    _f003("Chẩu Thị Nguyệt", D(1984, 12, 5), "Tày", "Giáo viên", "Đảng viên", D(2010, 12, 22), card="08.019236"),
    _f003("Lộc Thị Hiền", D(1987, 2, 17), "Tày", "Giáo viên", "Đảng viên", D(2013, 5, 19), card="08.022845"),
    _f003("Ma Thị Duyên", D(1989, 10, 30), "Tày", "Giáo viên", "Đảng viên", D(2015, 9, 2), card="08.026113"),
    _f003("Nông Thị Thúy", D(1991, 5, 25), "Tày", "Giáo viên", "Đảng viên", D(2017, 5, 19),
          theory="Chưa qua đào tạo", card="08.028690"),
    _f003("Hà Thị Nga", D(1982, 8, 14), "Tày", "Giáo viên", "Đảng viên", D(2008, 3, 26), card="08.016402"),
    _f003("Bế Thị Hoa", D(1993, 3, 21), "Tày", "Giáo viên", "Đảng viên", D(2019, 5, 19),
          theory="Chưa qua đào tạo", card="08.032257"),
    _f003("Phạm Thị Hòa", D(1980, 12, 12), "Kinh", "Nhân viên", "Đảng viên", D(2006, 9, 2), card="08.013918",
          note="Kế toán"),
    _f003("Trần Thị Thanh Tâm", D(1986, 6, 6), "Kinh", "Giáo viên", "Đảng viên", D(2011, 12, 22),
          card="08.020573"),
    _f003("Lê Thị Hải", D(1994, 2, 10), "Kinh", "Giáo viên", "Đảng viên", D(2019, 9, 2), edu="Cao đẳng",
          theory="Chưa qua đào tạo", card="08.032904"),
    _f003("Đỗ Thị Quyên", D(1990, 11, 11), "Kinh", "Giáo viên", "Đảng viên", D(2016, 5, 19), card="08.027436"),
    _f003("Lục Thị Tuyết", D(1996, 8, 8), "Tày", "Giáo viên", "Đảng viên", D(2020, 6, 15), official=None,
          theory="Chưa qua đào tạo", note="Đảng viên dự bị, hết thời gian dự bị ngày 15/06/2021"),
])

_PLAN_003 = {
    1: ["Sơ kết học kỳ I",
        "Chỉ đạo đánh giá trẻ 5 tuổi học kỳ I",
        "Tổ chức triển khai các văn bản chỉ đạo về đón Tết cổ truyền, tổ chức cho CBGV, NV đón Tết an toàn, "
        "tiết kiệm"],
    2: ["Ổn định sau nghỉ Tết Nguyên đán",
        "Tiếp tục ổn định, duy trì các hoạt động chuyên môn"],
    3: ["Tổ chức tọa đàm Ngày Quốc tế Phụ nữ 08/3"],
    4: ["Chỉ đạo tổ chức tốt kiểm tra nội bộ đơn vị",
        "Tự đánh giá trường theo kế hoạch",
        "Chỉ đạo giáo viên hoàn thiện hồ sơ cuối năm"],
    5: ["Hoàn thiện đánh giá trẻ 5 tuổi cuối năm",
        "Xét thi đua, đánh giá công chức, chuẩn nghề nghiệp, hoàn thiện hồ sơ thi đua",
        "Họp phụ huynh cuối năm học"],
    6: ["Duyệt thi đua",
        "Sơ kết công tác Đảng 6 tháng đầu năm",
        "Phân công CB, GV trực hè theo quy định"],
    7: ["Chỉ đạo lao động trong hè",
        "Chuẩn bị cơ sở vật chất cho năm học mới"],
    8: ["Phân công cán bộ, giáo viên điều tra phổ cập, vận động trẻ ra lớp",
        "Lao động sửa sang cơ sở vật chất chuẩn bị cho trẻ ra lớp",
        "Cho trẻ ra lớp tập văn nghệ chuẩn bị khai giảng năm học mới",
        "Lên kế hoạch các khoản thu chi và tổ chức họp phụ huynh"],
    9: ["Tổ chức tốt Ngày toàn dân đưa trẻ đến trường",
        "Kiện toàn các tổ chức trong nhà trường",
        "Tổ chức họp Ban đại diện cha mẹ học sinh trường",
        "Tổ chức triển khai các cuộc vận động và phong trào thi đua trong năm học"],
    10: ["Chỉ đạo tổ chức tốt kỷ niệm Ngày 20/10, phát động phong trào thi đua chào mừng 20/11",
         "Xét chọn 02 đối tượng đề nghị đi học lớp bồi dưỡng nhận thức về Đảng",
         "Duy trì các hoạt động chuyên môn",
         "Hội nghị viên chức năm học 2021-2022"],
    11: ["Tổ chức tốt Ngày Nhà giáo Việt Nam 20/11",
         "Chỉ đạo kiểm tra nội bộ đơn vị",
         "Chỉ đạo thực hiện kế hoạch chuyên môn trường"],
    12: ["Chuẩn bị sơ kết học kỳ I",
         "Tổng kết hoạt động chi bộ năm 2021, đánh giá chất lượng đảng viên và tổ chức cơ sở đảng năm 2021",
         "Duy trì các hoạt động chuyên môn"],
}

_T003 = _text([
    ("Căn cứ", "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
    ("Căn cứ", "Căn cứ Quy định số 50-QĐ/TW ngày 19 tháng 11 năm 1992 của Ban Bí thư Trung ương Đảng về chức "
     "năng, nhiệm vụ của chi bộ;"),
    ("Căn cứ", "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020-2022;"),
    ("Thuận lợi", "Đảng viên có quan điểm, lập trường chính trị vững vàng; có ý thức chấp hành đường lối, chủ "
     "trương của Đảng, chính sách pháp luật của Nhà nước và quy định của cơ quan tốt, có tinh thần trách "
     "nhiệm cao trong công tác, tự giác hoàn thành nhiệm vụ được giao."),
    ("Thuận lợi", "Được sự quan tâm chỉ đạo trực tiếp của Ban Chấp hành Đảng bộ xã Sơn Phú."),
    ("Thuận lợi", "Chi bộ đoàn kết, thống nhất cùng thực hiện nhiệm vụ chung."),
    ("Khó khăn", "Thời gian dành cho sinh hoạt chi bộ còn hạn chế, còn lồng ghép trong sinh hoạt chuyên môn."),
    ("Kế hoạch: Chính trị tư tưởng", "Chi bộ triển khai thực hiện đầy đủ đường lối, chủ trương của Đảng "
     "trong nhà trường; thực hiện nghiêm túc Quy định số 55-QĐ/TW ngày 19/12/2016 của Bộ Chính trị về một số "
     "việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên."),
    ("Kế hoạch: Chính trị tư tưởng", "Thực hiện tốt việc học tập và làm theo tư tưởng, đạo đức, phong "
     "cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc, gắn "
     "với việc thực hiện chức trách, nhiệm vụ của từng cán bộ, đảng viên và viên chức trong nhà trường."),
    ("Kế hoạch: Nhiệm vụ chính trị", "Hoàn thành tốt kế hoạch năm học 2020-2021; xây dựng và thực hiện "
     "tốt kế hoạch học kỳ I năm học 2021-2022. Từng bước củng cố, xây dựng cơ sở vật chất, cảnh quan nhà "
     "trường, mua sắm trang thiết bị, đồ dùng, đồ chơi cần thiết phục vụ công tác chăm sóc, giáo dục trẻ."),
    ("Kế hoạch: Nhiệm vụ chính trị", "Đẩy mạnh công tác viết sáng kiến kinh nghiệm, nghiên cứu khoa học "
     "sư phạm; thực hiện tốt quy chế chuyên môn. Thi đua: trường phấn đấu đạt danh hiệu Tập thể lao động "
     "tiên tiến, Công đoàn hoàn thành tốt nhiệm vụ, Chi đoàn hoàn thành xuất sắc nhiệm vụ."),
    ("Kế hoạch: Chính quyền và đoàn thể", "Lãnh đạo Công đoàn trường, Đoàn thanh niên hoạt động đúng điều "
     "lệ; tạo điều kiện để Hội cha mẹ học sinh, Hội khuyến học hoạt động đúng quy định nhằm xây dựng mối "
     "quan hệ chặt chẽ giữa Nhà trường - Gia đình - Xã hội."),
    ("Kế hoạch: Xây dựng Đảng", "Củng cố, kiện toàn và nâng cao chất lượng hoạt động của Chi bộ; sinh "
     "hoạt định kỳ Chi ủy, Chi bộ đúng quy định của Điều lệ Đảng, 1 lần/tháng vào tuần 1 của tháng. Đẩy mạnh "
     "tự phê bình và phê bình, khắc phục trạng thái cả nể, ngại góp ý."),
    ("Kế hoạch: Xây dựng Đảng", "Có kế hoạch phát triển đảng viên dài hạn; trong năm 2021 phấn đấu bồi "
     "dưỡng 02 quần chúng ưu tú, làm hồ sơ kết nạp đảng viên mới 02 đồng chí. Chủ động xây dựng kế hoạch "
     "kiểm tra, giám sát đảng viên chấp hành Điều lệ Đảng; thu, nộp đảng phí đầy đủ, đúng quy định."),
    ("Kế hoạch: Giải pháp", "Tăng cường sự lãnh đạo của cấp ủy, phối hợp chặt chẽ với Ban Chấp hành Đảng ủy và các ban "
     "ngành có liên quan; nghiên cứu nhiệm vụ năm học để xây dựng kế hoạch hoạt động chi bộ."),
    ("Kế hoạch: Giải pháp", "Lấy giáo dục chính trị, tư tưởng đạo đức Hồ Chí Minh để kiểm tra đảng viên; khen thưởng "
     "kịp thời các tập thể, cá nhân có thành tích; thực hiện nghiêm túc việc học tập các nghị quyết, sinh "
     "hoạt chi bộ đúng Điều lệ."),
])

SEED_003: dict = {
    "Thông tin chung": {
        "Đảng bộ cấp trên": "Đảng bộ xã Sơn Phú",
        "Tên chi bộ": "Chi bộ Mầm non Sơn Phú",
        "Tên đơn vị (trường)": "Trường Mầm non Sơn Phú",
        "Cấp học": "Mầm non",
        "Địa danh": "Sơn Phú",
        "Năm đánh giá": 2021,
        "Nhiệm kỳ chi bộ": "2020-2022",
        "Ngày ký mặc định": D(2021, 1, 10),
        "Bí thư": "Nguyễn Thị Yến",
        "Phó Bí thư": "Ma Thị Hồng",
        "Có chi ủy": "Có",
        "Tỷ lệ trần hoàn thành xuất sắc (%)": 20,
    },
    "Văn bản": [
        {"Loại văn bản": "Kế hoạch hoạt động năm", "Ngày ký": D(2021, 1, 10),
         "Nơi nhận": "Đảng ủy xã Sơn Phú (B/c);\nLưu: CB.", "Người ký": "Nguyễn Thị Yến"},
    ],
    "Đảng viên": _M003,
    "Chỉ tiêu": [
        _ind("Xây dựng Đảng", "Đảng viên và quần chúng tham gia học tập chính trị, chỉ thị, nghị quyết của Đảng",
             "%", 100),
        _ind("Xây dựng Đảng", "Đảng viên thực hiện tốt tiêu chuẩn đạo đức lối sống theo bản đăng ký", "%", 100),
        _ind("Xây dựng Đảng", "Đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên", "%", 100),
        _ind("Xây dựng Đảng", "Đảng viên hoàn thành xuất sắc nhiệm vụ", "người", 4),
        _ind("Xây dựng Đảng", "Kết nạp đảng viên mới", "người", 2),
        _ind("Xây dựng Đảng", "Quần chúng tham gia lớp bồi dưỡng nhận thức về Đảng", "người", 2),
    ],
    "Nội dung": _T003,
    "Kế hoạch tháng": [
        {"Tháng": month, "Nội dung hoạt động": act, "Sinh hoạt chuyên đề": "Không"}
        for month, acts in _PLAN_003.items() for act in acts
    ],
}


# ==================================================================================================
# SEED_004 — Chi bộ Trường Tiểu học Đô Thị Việt Hưng, review meeting 03/12/2020
# ==================================================================================================

def _f004(name, dob, post, party_post, admitted, edu="Đại học", theory="Sơ cấp", sex="Nữ", ethnic="Kinh",
          **kw):
    return _member(name, dob, sex, ethnic, edu, theory, post, party_post, admitted, **kw)


_M004 = _number([
    _f004("Nguyễn Thị Hằng Nga", D(1972, 10, 14), "Hiệu trưởng", "Bí thư", D(1998, 5, 19), edu="Thạc sĩ",
          theory="Trung cấp", card="01.204517"),
    _f004("Phạm Thị Thanh Hương", D(1978, 4, 20), "Phó Hiệu trưởng", "Phó Bí thư", D(2003, 12, 22),
          edu="Thạc sĩ", theory="Trung cấp", card="01.236841"),
    _f004("Lê Thị Thu Hằng", D(1980, 9, 9), "Phó Hiệu trưởng", "Chi ủy viên", D(2006, 5, 19),
          theory="Trung cấp", card="01.251093"),
    _f004("Đỗ Thị Minh Phượng", D(1979, 2, 2), "Tổ trưởng chuyên môn", "Chi ủy viên", D(2005, 9, 2),
          card="01.247622"),
    _f004("Nguyễn Văn Cường", D(1983, 6, 30), "Giáo viên", "Chi ủy viên", D(2008, 3, 26), sex="Nam",
          card="01.262310", note="Tổng phụ trách Đội"),
    _f004("Trần Thị Ngọc Lan", D(1981, 1, 11), "Tổ trưởng chuyên môn", "Đảng viên", D(2007, 5, 19),
          card="01.255478"),
    _f004("Vũ Thị Kim Dung", D(1977, 7, 17), "Tổ trưởng chuyên môn", "Đảng viên", D(2002, 9, 2),
          card="01.229865"),
    _f004("Hoàng Thị Mai Anh", D(1985, 5, 15), "Tổ trưởng chuyên môn", "Đảng viên", D(2011, 12, 22),
          card="01.274139"),
    _f004("Ngô Thị Thu Thủy", D(1984, 3, 23), "Giáo viên", "Đảng viên", D(2010, 5, 19), card="01.268904"),
    _f004("Đặng Thị Hà", D(1986, 10, 10), "Giáo viên", "Đảng viên", D(2012, 9, 2), card="01.277352"),
    _f004("Bùi Thị Phương Lan", D(1988, 8, 28), "Giáo viên", "Đảng viên", D(2014, 3, 26), card="01.284716"),
    _f004("Lưu Thị Thanh Bình", D(1987, 12, 12), "Giáo viên", "Đảng viên", D(2013, 12, 22), card="01.283025"),
    _f004("Tạ Thị Hồng Vân", D(1990, 2, 2), "Giáo viên", "Đảng viên", D(2016, 5, 19), theory="Chưa qua đào tạo",
          card="01.296548"),
    _f004("Phùng Thị Ngọc Ánh", D(1991, 9, 19), "Giáo viên", "Đảng viên", D(2017, 9, 2),
          theory="Chưa qua đào tạo", card="01.301187"),
    _f004("Đinh Thị Thúy Hằng", D(1982, 11, 8), "Giáo viên", "Đảng viên", D(2009, 5, 19), card="01.265230"),
    _f004("Nguyễn Thị Lan Hương", D(1989, 4, 4), "Giáo viên", "Đảng viên", D(2015, 2, 3), card="01.289461"),
    _f004("Trịnh Thị Thu Trang", D(1992, 6, 26), "Giáo viên", "Đảng viên", D(2018, 3, 26),
          theory="Chưa qua đào tạo", card="01.307723"),
    _f004("Dương Thị Hải Yến", D(1993, 10, 3), "Giáo viên", "Đảng viên", D(2018, 9, 2),
          theory="Chưa qua đào tạo", card="01.309856"),
    _f004("Hà Thị Kim Oanh", D(1983, 1, 29), "Giáo viên", "Đảng viên", D(2009, 12, 22), ethnic="Tày",
          card="01.266714"),
    _f004("Lê Văn Thắng", D(1980, 5, 5), "Giáo viên", "Đảng viên", D(2006, 12, 22), sex="Nam",
          card="01.252948", note="Giáo viên Tin học"),
    _f004("Mai Thị Hồng Nhung", D(1985, 8, 18), "Nhân viên", "Đảng viên", D(2011, 5, 19), card="01.271605",
          note="Kế toán"),
    _f004("Cao Thị Bích Ngọc", D(1994, 12, 24), "Giáo viên", "Đảng viên", D(2018, 12, 22),
          theory="Chưa qua đào tạo", card="01.312390"),
])

_REWARD_004 = "Giấy khen của Đảng ủy phường Giang Biên"
_HTXS_004 = {"Nguyễn Thị Hằng Nga": (19, 3, 0, 0), "Phạm Thị Thanh Hương": (17, 5, 0, 0),
             "Nguyễn Văn Cường": (16, 6, 0, 0)}
_R004 = _number([
    _rate(_M004, m["Họ và tên"], HTXS, _HTXS_004[m["Họ và tên"]], reward=_REWARD_004)
    if m["Họ và tên"] in _HTXS_004 else
    _rate(_M004, m["Họ và tên"], HTT, (1, 21, 0, 0) if m["STT"] in (3, 6, 8) else (0, 22, 0, 0))
    for m in _M004
])

_T004 = _text([
    ("Căn cứ", "Thực hiện Kế hoạch số 10/KH-ĐU ngày 16/11/2020 của Đảng ủy phường Giang Biên về kiểm điểm, "
     "đánh giá, xếp loại chất lượng năm 2020 đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ "
     "lãnh đạo, quản lý."),
    ("Ưu điểm", "Năm 2020, dưới sự lãnh đạo, chỉ đạo của chi bộ, Trường Tiểu học Đô Thị Việt Hưng đã hoàn "
     "thành xuất sắc nhiệm vụ, đạt nhiều thành tích cao của tập thể và cá nhân; 100% cán bộ quản lý và giáo "
     "viên thực hiện tốt công tác phòng dịch và dạy học trực tuyến trong thời gian học sinh nghỉ dịch "
     "Covid-19, được cha mẹ học sinh đánh giá cao."),
    ("Ưu điểm", "Tập thể chi ủy chi bộ đã phối hợp tốt, phân công rõ người, rõ việc; chi bộ đã lãnh đạo, chỉ "
     "đạo các hoạt động của nhà trường có hiệu quả về mọi mặt, các đồng chí đảng viên đã nêu cao vai trò "
     "gương mẫu trong thực hiện nhiệm vụ, góp phần vào thành tích chung của nhà trường."),
    ("Phương hướng: Xây dựng Đảng", "Các đồng chí đảng viên trong chi bộ tiếp tục phát huy để Chi bộ Trường "
     "Tiểu học Đô Thị Việt Hưng luôn đạt chi bộ hoàn thành xuất sắc nhiệm vụ trong những năm tiếp theo."),
])

_CITY, _DIST = "Tỉnh/Thành phố", "Huyện/Quận"
_SCH4 = "Trường Tiểu học Đô Thị Việt Hưng"

SEED_004: dict = {
    "Thông tin chung": {
        "Đảng bộ cấp trên": "Đảng bộ phường Giang Biên",
        "Tên chi bộ": "Chi bộ Trường Tiểu học Đô Thị Việt Hưng",
        "Tên đơn vị (trường)": _SCH4,
        "Cấp học": "Tiểu học",
        "Địa danh": "Giang Biên",
        "Năm đánh giá": 2020,
        "Nhiệm kỳ chi bộ": "2020-2022",
        "Ngày họp kiểm điểm": D(2020, 12, 3),
        "Số đảng viên dự họp kiểm điểm": 22,
        "Ngày ký mặc định": D(2020, 12, 3),
        "Bí thư": "Nguyễn Thị Hằng Nga",
        "Phó Bí thư": "Phạm Thị Thanh Hương",
        "Có chi ủy": "Có",
        "Xếp loại của nhà trường": HTXS,
        "Chi bộ tự xếp loại": HTXS,
        "Số phiếu tán thành mức xếp loại chi bộ": 22,  # "với số phiếu đạt 100%"
        "Tỷ lệ trần hoàn thành xuất sắc (%)": 20,
        "Ban kiểm phiếu": "Đỗ Thị Minh Phượng\nNgô Thị Thu Thủy\nLê Văn Thắng",
        "Thư ký họp kiểm điểm": "Lê Thị Thu Hằng",
        "Đại biểu dự họp kiểm điểm": "Đồng chí Trần Thị Hoàng Lâm – Đảng ủy viên phường Giang Biên, Hiệu "
                                     "trưởng Trường Mầm non Đô Thị Việt Hưng",
        "Số phiếu phát ra": 22,
        "Số phiếu thu về": 22,
        "Số phiếu hợp lệ": 22,
    },
    "Văn bản": [
        {"Loại văn bản": "Báo cáo kiểm điểm tập thể", "Số": 8, "Ngày ký": D(2020, 11, 30),
         "Nơi nhận": "Đảng ủy phường Giang Biên;\nLưu Chi bộ."},
        {"Loại văn bản": "Biên bản họp kiểm điểm", "Số": 9, "Ngày ký": D(2020, 12, 3),
         "Nơi nhận": "Đảng ủy phường Giang Biên;\nLưu Chi bộ."},
        {"Loại văn bản": "Biên bản kiểm phiếu", "Số": 10, "Ngày ký": D(2020, 12, 3),
         "Nơi nhận": "Lưu Chi bộ.", "Người ký": "Đỗ Thị Minh Phượng"},
    ],
    "Đảng viên": _M004,
    "Xếp loại": _R004,
    "Thành tích": [
        _award("Tập thể", _SCH4, "Đơn vị xuất sắc", _CITY),
        _award("Tập thể", "Thư viện Trường Tiểu học Đô Thị Việt Hưng", "Thư viện xuất sắc", _CITY),
        _award("Tập thể", _SCH4, "Đơn vị xuất sắc về thể dục thể thao", _CITY),
        _award("Tập thể", "Liên đội Trường Tiểu học Đô Thị Việt Hưng", "Liên đội mạnh, Bằng khen của Thành đoàn",
               _CITY),
        _award("Tập thể", _SCH4, "Trường học điện tử mức A", _DIST),
        _award("Tập thể", _SCH4, "Trường có phong trào thi giáo viên giỏi, học sinh giỏi", _DIST),
        _award("Tập thể", "Công đoàn Trường Tiểu học Đô Thị Việt Hưng", "Công đoàn vững mạnh", _DIST),
        _award("Tập thể", _SCH4, "Trường đạt chuẩn quốc gia mức độ 2", _CITY),
        _award("Cá nhân", "Cán bộ, giáo viên nhà trường", "Chiến sĩ thi đua cơ sở", _DIST, 6),
        _award("Cá nhân", "Giáo viên nhà trường", "Giải A và giải C Hội thi sáng tác ca khúc dành cho thiếu nhi",
               _CITY, 2),
        _award("Cá nhân", "Giáo viên nhà trường", "Giấy khen của Liên đoàn Lao động quận", _DIST, 4),
        _award("Cá nhân", "Giáo viên nhà trường", "Giấy khen của Quận đoàn", _DIST, 1),
        _award("Cá nhân", "Giáo viên nhà trường", "Bằng khen của Hội đồng Đội Trung ương", "Quốc gia", 2),
        _award("Cá nhân", "Học sinh nhà trường", "Giải quốc tế", "Quốc tế", 6),
        _award("Cá nhân", "Học sinh nhà trường", "Giải quốc gia", "Quốc gia", 8),
        _award("Cá nhân", "Học sinh nhà trường", "Giải cấp thành phố", _CITY, 6),
        _award("Cá nhân", "Học sinh nhà trường", "Giải cấp quận", _DIST, 8),
    ],
    "Nội dung": _T004,
}


# ==================================================================================================
# SEED_001 — Chi bộ Trường Tiểu học Hoà Bình, term report 2020-2022
# ==================================================================================================

def _f001(name, dob, post, party_post, admitted, theory="Sơ cấp", sex="Nữ", **kw):
    return _member(name, dob, sex, "Kinh", "Đại học", theory, post, party_post, admitted, **kw)


_M001 = _number([
    _f001("Phạm Thị Thanh Hoa", D(1974, 4, 16), "Hiệu trưởng", "Bí thư", D(1998, 5, 19), theory="Trung cấp",
          card="31.102476"),
    _f001("Nguyễn Thị Huyền", D(1982, 9, 12), "Phó Hiệu trưởng", "Phó Bí thư", D(2007, 12, 22),
          theory="Trung cấp", card="31.138205", note="Học xong Trung cấp lý luận chính trị trong nhiệm kỳ"),
    _f001("Nguyễn Văn Chung", D(1980, 2, 27), "Tổ trưởng chuyên môn", "Chi ủy viên", D(2006, 3, 26),
          theory="Trung cấp", sex="Nam", card="31.131942",
          note="Học xong Trung cấp lý luận chính trị trong nhiệm kỳ"),
    _f001("Đỗ Thị Ngọc Mai", D(1978, 6, 5), "Tổ trưởng chuyên môn", "Đảng viên", D(2003, 9, 2), card="31.120357"),
    _f001("Vũ Thị Hằng", D(1984, 11, 19), "Tổ trưởng chuyên môn", "Đảng viên", D(2010, 5, 19), card="31.146810"),
    _f001("Lê Thị Thu Hiền", D(1985, 3, 8), "Giáo viên", "Đảng viên", D(2011, 12, 22), card="31.152093"),
    _f001("Trần Thị Lụa", D(1976, 10, 10), "Giáo viên", "Đảng viên", D(2001, 2, 3), card="31.113648"),
    _f001("Hoàng Văn Tuyến", D(1983, 7, 7), "Giáo viên", "Đảng viên", D(2009, 9, 2), sex="Nam", card="31.143571",
          note="Giáo viên Giáo dục thể chất"),
    _f001("Đinh Thị Thu Phương", D(1987, 1, 21), "Giáo viên", "Đảng viên", D(2013, 5, 19), card="31.158264"),
    _f001("Nguyễn Thị Thanh Nga", D(1988, 8, 30), "Giáo viên", "Đảng viên", D(2014, 11, 20), card="31.163910"),
    _f001("Phạm Thị Ngọc Lan", D(1979, 12, 24), "Giáo viên", "Đảng viên", D(2005, 7, 27), card="31.127739"),
    _f001("Bùi Thị Hồng", D(1986, 5, 15), "Giáo viên", "Đảng viên", D(2012, 9, 2), card="31.154428"),
    _f001("Lưu Thị Thủy", D(1990, 4, 12), "Giáo viên", "Đảng viên", D(2016, 3, 26), theory="Chưa qua đào tạo",
          card="31.170356"),
    _f001("Đặng Thị Thu Hà", D(1989, 2, 2), "Giáo viên", "Đảng viên", D(2015, 12, 22), card="31.168041"),
    _f001("Trịnh Thị Yến", D(1991, 10, 20), "Giáo viên", "Đảng viên", D(2018, 5, 19), theory="Chưa qua đào tạo",
          card="31.179682"),
    _f001("Mạc Thị Huệ", D(1981, 6, 14), "Nhân viên", "Đảng viên", D(2008, 12, 22), card="31.140715",
          note="Kế toán"),
    _f001("Bùi Thị Hai", D(1995, 3, 9), "Giáo viên", "Đảng viên", D(2022, 1, 14), official=None,
          theory="Chưa qua đào tạo", movement="Kết nạp mới", movement_date=D(2022, 1, 14)),
])

_T001 = _text([
    ("Căn cứ", "Thực hiện Kế hoạch số 10-KH/ĐU ngày 03/10/2022 của Đảng ủy xã Hoà Bình về tổ chức Đại hội các "
     "Chi bộ nhiệm kỳ 2022-2025;"),
    ("Thuận lợi", "Chi bộ trường tiểu học là một chi bộ khá đông đảng viên, 100% đảng viên có trình độ đạt "
     "chuẩn. Chi bộ có đủ các văn bản hướng dẫn của các cấp về nghiệp vụ công tác Đảng, sự chỉ đạo sát sao "
     "của Đảng ủy xã Hoà Bình trong các mặt hoạt động của nhà trường."),
    ("Thuận lợi", "Chi bộ đã chỉ đạo nhà trường quyết liệt trong công tác phòng chống dịch Covid-19, bảo đảm "
     "vừa duy trì chất lượng dạy học vừa chống dịch hiệu quả. Cơ sở vật chất của trường ngày một đáp ứng "
     "Thông tư 13/2020 của Bộ Giáo dục và Đào tạo về trường chuẩn quốc gia mức độ 1."),
    ("Khó khăn", "Trong nhiệm kỳ qua, đại dịch Covid-19 diễn ra hết sức phức tạp, có thời gian học sinh phải "
     "dừng đến trường, nhà trường phải chuyển sang hình thức dạy học trực tuyến; nhiều học sinh không có đủ "
     "thiết bị học tập, ảnh hưởng không nhỏ đến chất lượng."),
    ("Khó khăn", "Từ năm học 2019-2020 đến năm học 2021-2022, cơ sở vật chất của trường chưa đáp ứng được 1 "
     "lớp/phòng, thiếu một số phòng bộ môn, phòng chức năng."),
    ("Chính trị tư tưởng", "Trong nhiệm kỳ, chi bộ đã làm tốt công tác giáo dục chính trị tư tưởng trong cán "
     "bộ, đảng viên bằng nhiều hình thức: học tập, triển khai các nghị quyết của Đảng, chính sách pháp luật "
     "của Nhà nước, của Đảng ủy và của ngành; đặc biệt là cuộc vận động “Học tập và làm theo tư tưởng, đạo "
     "đức, phong cách Hồ Chí Minh”."),
    ("Chính trị tư tưởng", "Chi bộ phân công cụ thể từng đảng viên theo các tổ khối chuyên môn đi sâu, đi sát "
     "tuyên truyền đường lối, chính sách của Đảng và Nhà nước đến từng giáo viên; thường xuyên nắm bắt tư "
     "tưởng, tâm tư nguyện vọng của đảng viên và quần chúng để có biện pháp giải quyết kịp thời."),
    ("Nhiệm vụ chính trị", "Chi bộ chỉ đạo đổi mới phương pháp dạy học ở tất cả các khối lớp, đặc biệt là "
     "thực hiện Chương trình GDPT 2018 đối với lớp 1, lớp 2; vận dụng các phần mềm trong dạy học trực tuyến, "
     "thực hiện thành công chuyên đề chuyên môn cấp huyện về dạy học trực tuyến."),
    ("Nhiệm vụ chính trị", "Tổ chức dạy và học 2 buổi/ngày; chỉ đạo đánh giá học sinh theo Thông tư 22/2016 "
     "và Thông tư 27/2020 của Bộ Giáo dục và Đào tạo. Trường được công nhận Phổ cập giáo dục tiểu học mức độ "
     "3. Nhiệm kỳ qua nhà trường đã đầu tư 1.157.274.000 đồng để bổ sung cơ sở vật chất."),
    ("Chính quyền và đoàn thể", "Dưới sự lãnh đạo trực tiếp của chi bộ, chính quyền đã cụ thể hóa các chỉ "
     "thị, nghị quyết của Đảng trong nhiệm vụ được phân công. Năm học 2019-2020 trường đạt Tập thể lao động "
     "xuất sắc, năm học 2021-2022 đạt Tập thể lao động tiên tiến."),
    ("Chính quyền và đoàn thể", "Chi bộ chỉ đạo tốt hoạt động của Công đoàn, Hội liên hiệp thanh niên và Liên "
     "đội; Công đoàn đạt vững mạnh các năm học, Liên đội đạt Liên đội mạnh cấp thành phố."),
    ("Xây dựng Đảng", "Chi ủy, chi bộ xây dựng và thực hiện tốt quy chế hoạt động, nội bộ đoàn kết thống "
     "nhất, thực hiện nghiêm nguyên tắc tập trung dân chủ; bảo đảm sinh hoạt đúng định kỳ theo Chỉ thị số "
     "10-CT/TW ngày 30/3/2007 của Ban Bí thư, có tỉ lệ dự sinh hoạt đạt từ 95% đến 100%."),
    ("Xây dựng Đảng", "Thực hiện tốt việc phân công công tác đối với đảng viên; làm tốt công tác phát triển "
     "đảng, chi bộ đã hoàn thành hồ sơ và kết nạp đảng viên cho đồng chí Bùi Thị Hai (tháng 01/2022). Năm "
     "2020, 2021 chi bộ đạt Hoàn thành tốt nhiệm vụ."),
    ("Kiểm tra, giám sát", "Chi bộ thực hiện có nề nếp việc kiểm tra đảng viên chấp hành Điều lệ Đảng, nghị "
     "quyết của Đảng, nhiệm vụ của đảng viên; thực hiện tốt công tác phòng chống quan liêu, tham nhũng, lãng "
     "phí, tiêu cực."),
    ("Ưu điểm", "Chất lượng hoạt động của chi bộ, chính quyền, các tổ chức đoàn thể trong nhà trường có nề "
     "nếp, kỷ luật, kỷ cương và hiệu quả đi vào chiều sâu hơn; chi bộ đã triển khai nghiêm túc các chỉ thị, "
     "nghị quyết của Đảng, chất lượng giáo dục của trường có sự tiến bộ rõ rệt."),
    ("Ưu điểm", "Công tác xã hội hóa được đẩy mạnh, Ban đại diện cha mẹ học sinh hoạt động hiệu quả; quy mô "
     "giáo dục tiếp tục được giữ vững, cơ sở vật chất và trang thiết bị dạy học ngày càng được đầu tư."),
    ("Hạn chế", "Chỉ đạo công tác nâng cao chất lượng chưa đồng đều; một số buổi họp Đảng bộ, đảng viên tham "
     "gia chưa đầy đủ; việc nắm bắt tâm tư của cán bộ, giáo viên, nhân viên đôi lúc chưa kịp thời."),
    ("Hạn chế", "Vẫn còn đảng viên vi phạm chính sách dân số (sinh con thứ 3), làm ảnh hưởng đến công tác thi "
     "đua khen thưởng của tập thể chi bộ cũng như nhà trường và công đoàn."),
    ("Nguyên nhân", "Cấp ủy đôi khi chưa kiên quyết với những tồn tại, hạn chế của cán bộ, đảng viên; việc "
     "giám sát cán bộ, đảng viên có lúc còn lỏng lẻo. Hình thức động viên, khen thưởng cá nhân tiêu biểu còn "
     "khó khăn do kinh phí hạn hẹp."),
    ("Nguyên nhân", "Trong sinh hoạt chi bộ, công tác phê bình và tự phê bình của cán bộ, đảng viên chưa kiên "
     "quyết, còn nể nang, đôi lúc còn né tránh."),
    ("Bài học kinh nghiệm", "Một là: Chi ủy phải nắm, bám sát kế hoạch, biết vận dụng linh hoạt sáng tạo và đề "
     "ra biện pháp chỉ đạo cụ thể, có sơ kết, tổng kết rút kinh nghiệm; nắm vững chủ trương, đường lối của "
     "Đảng, chính sách, pháp luật của Nhà nước."),
    ("Bài học kinh nghiệm", "Hai là: Trong chỉ đạo phải nắm bắt sát tình hình thực tế, tìm ra những khâu then "
     "chốt trong việc xây dựng chiến lược nhà trường; ưu tiên nâng cao trình độ chuyên môn nghiệp vụ cho đội "
     "ngũ."),
    ("Bài học kinh nghiệm", "Ba là: Tạo sự đoàn kết nhất trí cao từ chi bộ, nhà trường đến các tổ chức đoàn "
     "thể; thực hiện tốt quy chế dân chủ; chăm lo đời sống vật chất, tinh thần cho cán bộ, giáo viên, nhân "
     "viên."),
    ("Phương hướng: Chính trị tư tưởng", "Thường xuyên tuyên truyền chủ trương, đường lối của Đảng, chính "
     "sách, pháp luật của Nhà nước, Nghị quyết Đại hội XIII đến từng đảng viên; tích cực đấu tranh chống mọi "
     "biểu hiện quan liêu, tham nhũng, lãng phí và những biểu hiện tiêu cực khác."),
    ("Phương hướng: Nhiệm vụ chính trị", "Tiếp tục thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn "
     "diện giáo dục và đào tạo; thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; bảo đảm 100% học "
     "sinh được học 2 buổi/ngày, 100% học sinh được học tiếng Anh."),
    ("Phương hướng: Nhiệm vụ chính trị", "Phấn đấu công nhận lại trường đạt chuẩn quốc gia mức độ 1 và kiểm "
     "định chất lượng mức độ 2 trong năm học 2022-2023."),
    ("Phương hướng: Chính quyền và đoàn thể", "Nhà trường quyết tâm thực hiện có hiệu quả Chương trình giáo "
     "dục phổ thông 2018, xây dựng trường học hạnh phúc; Công đoàn, Chi đoàn, Liên đội đạt vững mạnh trở "
     "lên."),
    ("Phương hướng: Xây dựng Đảng", "Hằng năm phấn đấu có 15%-20% số đảng viên xếp loại hoàn thành xuất sắc "
     "nhiệm vụ, số còn lại hoàn thành tốt nhiệm vụ; chi bộ đạt Hoàn thành tốt nhiệm vụ. Trong nhiệm kỳ "
     "2022-2025 kết nạp 01 quần chúng ưu tú vào Đảng."),
    ("Giải pháp", "Xây dựng chi bộ thống nhất, đoàn kết, sinh hoạt đúng kỳ, có chất lượng; thực hiện tốt công "
     "tác phát triển đảng viên, bảo đảm tiêu chuẩn, không chạy theo số lượng."),
    ("Giải pháp", "Chi bộ xây dựng kế hoạch kiểm tra, giám sát đảng viên chấp hành Điều lệ Đảng, nghị quyết "
     "của chi bộ, Đảng bộ; thực hiện nghiêm túc việc đánh giá, xếp loại chi bộ và đảng viên hằng năm."),
])

_CL = "Chất lượng giáo dục"
SEED_001: dict = {
    "Thông tin chung": {
        "Đảng bộ cấp trên": "Đảng bộ xã Hoà Bình",
        "Tên chi bộ": "Chi bộ Trường Tiểu học Hoà Bình",
        "Tên đơn vị (trường)": "Trường Tiểu học Hoà Bình",
        "Cấp học": "Tiểu học",
        "Địa danh": "Hoà Bình",
        "Năm đánh giá": 2022,
        "Nhiệm kỳ chi bộ": "2020-2022",
        "Nhiệm kỳ tới": "2022-2025",
        "Ngày ký mặc định": D(2022, 10, 20),
        "Bí thư": "Phạm Thị Thanh Hoa",
        "Phó Bí thư": "Nguyễn Thị Huyền",
        "Có chi ủy": "Có",
        "Tỷ lệ trần hoàn thành xuất sắc (%)": 20,
    },
    "Văn bản": [
        {"Loại văn bản": "Báo cáo tổng kết nhiệm kỳ", "Ngày ký": D(2022, 10, 20),
         "Nơi nhận": "Đảng ủy (để b/c);\nCác tổ đảng của chi bộ;\nLưu CB.", "Người ký": "Phạm Thị Thanh Hoa"},
    ],
    "Đảng viên": _M001,
    "Chỉ tiêu": [
        _ind(_CL, "Huy động trẻ 6 tuổi vào lớp 1", "%", 100, 100, 100),
        _ind(_CL, "Duy trì sĩ số học sinh", "%", 100, 100, 100),
        _ind(_CL, "Học sinh bỏ học", "%", 0, 0, 0, lower=True),
        _ind(_CL, "Học sinh xếp mức Đạt về năng lực (mỗi tiêu chí)", "%", 99, 99.3, 99),
        _ind(_CL, "Học sinh xếp mức Tốt về năng lực", "%", 70, 78, 75),
        _ind(_CL, "Học sinh xếp mức Đạt về phẩm chất (mỗi tiêu chí)", "%", 100, 100, 100),
        _ind(_CL, "Học sinh xếp mức Tốt về phẩm chất", "%", 80, 80, 80),
        _ind(_CL, "Học sinh được xếp loại hoàn thành mỗi môn học", "%", "99-100", "99,2-100", "99-100"),
        _ind(_CL, "Học sinh hoàn thành tốt các môn học trở lên", "%", 59, 67, 65),
        _ind(_CL, "Học sinh hoàn thành chương trình lớp học", "%", 99, 99.3, 99.5),
        _ind(_CL, "Học sinh lớp 5 hoàn thành chương trình tiểu học", "%", 100, 100, 100),
        _ind(_CL, "Học sinh được khen thưởng cuối năm", "%", 80, 80, 82, note="Năm học 2021-2022"),
        _ind(_CL, "Học sinh hoàn thành xuất sắc", "%", 52, 73, 52, note="Năm học 2021-2022"),
        _ind("Đội ngũ", "Giáo viên dạy giỏi cấp huyện", "người", 4, 4, 4),
        _ind("Đội ngũ", "Giáo viên xếp loại tốt theo chuẩn nghề nghiệp", "%", 60, 62.5, 65, note="15/24 đồng chí"),
        _ind("Cơ sở vật chất", "Đầu tư bổ sung cơ sở vật chất trong nhiệm kỳ", "đồng", 1000000000, 1157274000,
             note="Xã hội hóa 270.853.000 đồng; ngân sách 886.421.000 đồng"),
        _ind("Xây dựng Đảng", "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 100, 100, 100),
        _ind("Xây dựng Đảng", "Kết nạp đảng viên mới", "người", 1, 1, 1),
    ],
    "Thành tích": [
        _award("Tập thể", "Trường Tiểu học Hoà Bình", "Tập thể lao động xuất sắc (năm học 2019-2020)", "Tỉnh/Thành phố"),
        _award("Tập thể", "Trường Tiểu học Hoà Bình", "Tập thể lao động tiên tiến (năm học 2021-2022)", "Huyện/Quận"),
        _award("Tập thể", "Công đoàn Trường Tiểu học Hoà Bình", "Công đoàn vững mạnh (3 năm học)", "Huyện/Quận", 3),
        _award("Tập thể", "Liên đội Trường Tiểu học Hoà Bình", "Liên đội mạnh cấp thành phố", "Tỉnh/Thành phố", 2),
        _award("Cá nhân", "Học sinh nhà trường", "Giải cấp thành phố (năm học 2021-2022)", "Tỉnh/Thành phố", 12),
        _award("Cá nhân", "Học sinh nhà trường", "Giải cấp huyện (năm học 2021-2022)", "Huyện/Quận", 29),
        _award("Cá nhân", "Giáo viên nhà trường", "Giáo viên dạy giỏi cấp huyện", "Huyện/Quận", 4),
    ],
    "Nội dung": _T001,
    "Phát triển Đảng": [
        {"Họ và tên quần chúng": "Bùi Thị Hai", "Ngày sinh": D(1995, 3, 9),
         "Ngày học lớp nhận thức về Đảng": D(2021, 6, 10), "Đảng viên giúp đỡ": "Nguyễn Thị Huyền",
         "Ngày kết nạp": D(2022, 1, 14)},
    ],
}

# The seed's table "Chỉ tiêu đề ra / Kết quả đạt được" is the term's: the congress's targets sit in
# "Chỉ tiêu nhiệm kỳ" and the new term's (PHẦN THỨ BA of the seed) in "Chỉ tiêu nhiệm kỳ tới".
for _r in SEED_001["Chỉ tiêu"]:
    _r["Chỉ tiêu nhiệm kỳ"] = _r["Chỉ tiêu đề ra"]
    if "Chỉ tiêu năm sau" in _r:
        _r["Chỉ tiêu nhiệm kỳ tới"] = _r["Chỉ tiêu năm sau"]

SEEDS = {"000": SEED_000, "001": SEED_001, "003": SEED_003, "004": SEED_004}


if __name__ == "__main__":
    # Each seed book is judged by the package itself; tests assert the seeds' figures.
    import tempfile
    from pathlib import Path

    from chibo_xl.checks.pipeline import check_file
    from chibo_xl.workbook.blank import write_workbook

    with tempfile.TemporaryDirectory() as folder:
        for name in ("SEED_000", "SEED_001", "SEED_003", "SEED_004"):
            _, report = check_file(write_workbook(Path(folder) / f"{name}.xlsx", globals()[name]))
            print(name, report.summary())
