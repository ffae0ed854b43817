"""The bundled example workbook of chibo-xl, as plain Python data.

``EXAMPLE`` is a dict keyed by the Vietnamese sheet name (exact headers of WORKBOOK.md, NFC):
"Thông tin chung" is a dict {Mục: Giá trị}; every other sheet is a list of row dicts
{header: value}. Values are str, int, float or ``datetime.date``; blank cells are left out.

The cell is invented ("Chi bộ Trường THCS Hoà Bình", Đảng bộ xã Hoà Bình), evaluation year 2026,
review meeting 03/12/2026, default signing date 05/12/2026. Nothing is dated after 05/12/2026.

Key figures (asserted through the package by tests/test_example.py; ``python
tools/example_data.py`` runs the package's check on it):
- Đảng viên: 33 rows — 30 chính thức, 3 dự bị (admitted 06/01, 19/05 and 15/08/2026); 22 nữ, 11 nam;
  04 dân tộc thiểu số (2 Mường, 1 Thái, 1 Tày); 4 thạc sĩ, 28 đại học, 1 cao đẳng; 1 retiree outside the
  political system (02C); 7 with a leadership post (02A). Movements in 2026: 1 chuyển đến (02/03),
  1 chuyển đi (21/09), 3 kết nạp mới. Members at 01/01/2026: 29; at the end: 32.
  Badges: Bùi Thị Xuân 40 năm tuổi Đảng (1986), Đinh Văn Thắng 30 năm (1996).
- Xếp loại: 31 rows (everyone but the member admitted 15/08/2026 and the one who moved out):
  04 HTXS, 26 HTT, 01 HTNV, 0 KHTNV (4 ≤ 20% × 26 = 5,2). Scores include the boundaries 90 and 70.
  32 members at the review meeting; every ballot row sums to 32 and the proposed level has > 16 votes.
- Sinh hoạt: 12 thường kỳ + 5 chuyên đề (Q1 1, Q2 1, Q3 1, Q4 2); "Số triệu tập" equals the members on
  the roll on the meeting day (30–33); attendance ≥ 90% everywhere.
"""

from __future__ import annotations

import datetime

D = datetime.date

HTXS = "Hoàn thành xuất sắc nhiệm vụ"
HTT = "Hoàn thành tốt nhiệm vụ"
HTNV = "Hoàn thành nhiệm vụ"
KHT = "Không hoàn thành nhiệm vụ"

CELL = "Chi bộ Trường THCS Hoà Bình"
SCHOOL = "Trường THCS Hoà Bình"
SUPERIOR = "Đảng bộ xã Hoà Bình"
COMMITTEE_ABOVE = "Đảng ủy xã Hoà Bình"
REVIEW_DATE = D(2026, 12, 3)
SIGN_DATE = D(2026, 12, 5)

_LEADER_POSTS = ("Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn")


def _plus_one_year(d: datetime.date) -> datetime.date:
    return d.replace(year=d.year + 1)


def _add_months(d: datetime.date, n: int) -> datetime.date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, m, min(d.day, last))


def _member(name, dob, sex, ethnic, religion, home, edu, theory, lang, post, party_post,
            admitted, official="auto", card=None, movement=None, movement_date=None, note=None,
            ceremony=None):
    """One row of "Đảng viên". official="auto" → admission + 12 months; None → dự bị.
    `ceremony`: «Ngày lễ kết nạp» (the members admitted this year: the day the chi bộ held it)."""
    if official == "auto":
        official = _plus_one_year(admitted)
    row = {
        "Họ và tên": name,
        "Ngày sinh": dob,
        "Giới tính": sex,
        "Dân tộc": ethnic,
        "Tôn giáo": religion,
        "Quê quán": home,
        "Trình độ chuyên môn": edu,
        "Lý luận chính trị": theory,
        "Ngoại ngữ": lang,
        "Giáo dục phổ thông": "12/12",       # printed in the register's «Văn hóa» (issue 27)
        "Chức vụ chính quyền": post,
        "Giữ chức vụ lãnh đạo, quản lý": "Có" if post in _LEADER_POSTS else "Không",
        "Làm việc trong hệ thống chính trị": "Không" if post == "Nghỉ hưu" else "Có",
        "Chức vụ Đảng": party_post,
        "Ngày vào Đảng": admitted,
        "Ngày chính thức": official,
        "Loại đảng viên": "Chính thức" if official else "Dự bị",
        "Số thẻ đảng viên": card,
        "Biến động trong năm": movement,
        "Ngày biến động": movement_date,
        "Miễn sinh hoạt": "Không",
        "Ghi chú": note,
        "Ngày lễ kết nạp": ceremony,
    }
    return {k: v for k, v in row.items() if v is not None}


_MEMBERS = [
    _member("Đinh Văn Thắng", D(1972, 3, 15), "Nam", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Thạc sĩ", "Trung cấp", "Tiếng Anh B1", "Hiệu trưởng", "Bí thư",
            D(1996, 5, 19), card="23.004512"),
    _member("Nguyễn Thị Thu Hà", D(1978, 9, 2), "Nữ", "Kinh", "Không", "Xã Lương Sơn, tỉnh Phú Thọ",
            "Thạc sĩ", "Trung cấp", "Tiếng Anh B2", "Phó Hiệu trưởng", "Phó Bí thư",
            D(2003, 11, 7), card="23.018734"),
    _member("Bạch Công Minh", D(1980, 6, 21), "Nam", "Mường", "Không", "Xã Tân Lạc, tỉnh Phú Thọ",
            "Đại học", "Trung cấp", "Tiếng Anh B1", "Phó Hiệu trưởng", "Chi ủy viên",
            D(2006, 12, 22), card="23.021956"),
    _member("Lê Thị Minh Nguyệt", D(1983, 4, 10), "Nữ", "Kinh", "Không", "Xã Kim Bôi, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Tổ trưởng chuyên môn", "Chi ủy viên",
            D(2009, 5, 19), card="23.027340", note="Tổ trưởng Tổ Ngữ văn – Lịch sử"),
    _member("Phạm Văn Hùng", D(1981, 11, 30), "Nam", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Tổ trưởng chuyên môn", "Chi ủy viên",
            D(2008, 3, 26), card="23.025118", note="Tổ trưởng Tổ Toán – Tin; Chủ tịch Công đoàn"),
    _member("Quách Thị Lan", D(1985, 7, 14), "Nữ", "Mường", "Không", "Xã Lạc Sơn, tỉnh Phú Thọ",
            "Thạc sĩ", "Sơ cấp", "Tiếng Anh B2", "Tổ trưởng chuyên môn", "Đảng viên",
            D(2011, 9, 2), card="23.031207", note="Tổ trưởng Tổ Khoa học tự nhiên"),
    _member("Hoàng Thị Thanh Huyền", D(1987, 2, 8), "Nữ", "Kinh", "Không", "Xã Cao Phong, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Tổ trưởng chuyên môn", "Đảng viên",
            D(2012, 12, 20), card="23.033861", note="Tổ trưởng Tổ Ngoại ngữ – Nghệ thuật"),
    _member("Trần Thị Hồng Nhung", D(1986, 10, 25), "Nữ", "Kinh", "Không", "Xã Yên Thủy, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2010, 8, 19), card="23.029473"),
    _member("Vũ Đức Anh", D(1990, 5, 5), "Nam", "Kinh", "Không", "Xã Lương Sơn, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2015, 2, 3), card="23.040226"),
    _member("Đỗ Thị Mai Phương", D(1988, 12, 12), "Nữ", "Kinh", "Không", "Phường Phú Thọ, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2013, 6, 27), card="23.036418"),
    _member("Ngô Thị Bích Ngọc", D(1989, 3, 3), "Nữ", "Kinh", "Công giáo", "Xã Kim Sơn, tỉnh Ninh Bình",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2016, 5, 19), card="23.043095"),
    _member("Hà Thị Thúy", D(1991, 8, 18), "Nữ", "Thái", "Không", "Xã Mai Châu, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2017, 10, 14), card="23.046672"),
    _member("Dương Văn Tuấn", D(1984, 1, 20), "Nam", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2009, 12, 3), card="23.028106"),
    _member("Lương Thị Kim Oanh", D(1979, 7, 7), "Nữ", "Kinh", "Không", "Xã Đà Bắc, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2002, 5, 19), card="23.016950"),
    _member("Tạ Thị Hải Yến", D(1992, 4, 27), "Nữ", "Kinh", "Không", "Xã Thanh Sơn, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2018, 3, 8), card="23.048317"),
    _member("Mai Thị Thu Trang", D(1993, 11, 11), "Nữ", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2019, 9, 2), card="23.051740", note="Nghỉ thai sản từ 02/03/2026 đến 01/09/2026"),
    _member("Trịnh Văn Long", D(1976, 8, 8), "Nam", "Kinh", "Không", "Xã Nho Quan, tỉnh Ninh Bình",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2000, 2, 3), card="23.012583"),
    _member("Phan Thị Ngọc Ánh", D(1994, 6, 16), "Nữ", "Kinh", "Không", "Xã Lạc Thủy, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2020, 12, 22), card="23.055029"),
    _member("Cao Thị Hương", D(1982, 2, 14), "Nữ", "Kinh", "Phật giáo", "Xã Kim Bôi, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2007, 5, 19), card="23.023664"),
    _member("Kiều Thị Lệ Quyên", D(1995, 9, 9), "Nữ", "Kinh", "Không", "Xã Ba Vì, thành phố Hà Nội",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2021, 5, 19), card="23.057381"),
    _member("Đào Minh Khôi", D(1996, 3, 22), "Nam", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh A2", "Giáo viên", "Đảng viên",
            D(2022, 9, 2), card="23.060214"),
    _member("Tô Thị Ngân", D(1990, 10, 2), "Nữ", "Kinh", "Không", "Xã Lương Sơn, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2014, 11, 7), card="23.038952"),
    _member("Chu Thị Diệu Linh", D(1997, 12, 1), "Nữ", "Kinh", "Không", "Xã Tân Lạc, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh B2", "Giáo viên", "Đảng viên",
            D(2023, 3, 26), card="23.062847"),
    _member("Lại Văn Định", D(1977, 5, 30), "Nam", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Cao đẳng", "Sơ cấp", None, "Nhân viên", "Đảng viên",
            D(2004, 7, 27), card="23.019405", note="Nhân viên thiết bị"),
    _member("Vương Thị Thanh Tâm", D(1985, 1, 25), "Nữ", "Kinh", "Không", "Xã Cao Phong, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh A2", "Nhân viên", "Đảng viên",
            D(2012, 2, 3), card="23.032578", note="Kế toán"),
    _member("Khuất Thị Hạnh", D(1992, 7, 20), "Nữ", "Kinh", "Không", "Xã Lạc Thủy, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh A2", "Nhân viên", "Đảng viên",
            D(2019, 5, 19), card="23.050863", note="Văn thư – Thư viện"),
    _member("Bùi Thị Xuân", D(1967, 4, 12), "Nữ", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Trung cấp", None, "Nghỉ hưu", "Đảng viên",
            D(1986, 12, 22), card="23.001876",
            note="Nguyên Phó Hiệu trưởng, nghỉ hưu từ 01/2024, tiếp tục sinh hoạt tại chi bộ"),
    _member("Hồ Văn Sơn", D(1988, 9, 15), "Nam", "Tày", "Không", "Xã Đà Bắc, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2014, 5, 19), card="23.038120", movement="Chuyển đến", movement_date=D(2026, 3, 2),
            note="Chuyển đến từ Chi bộ Trường THCS Tân Lạc"),
    _member("Nguyễn Thị Phương Thảo", D(1990, 2, 19), "Nữ", "Kinh", "Không", "Xã Lương Sơn, tỉnh Phú Thọ",
            "Đại học", "Sơ cấp", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2016, 12, 22), card="23.044531", movement="Chuyển đi", movement_date=D(2026, 9, 21),
            note="Chuyển sinh hoạt đến Chi bộ Trường THCS Kỳ Sơn"),
    _member("Lý Thị Hồng Vân", D(1998, 5, 28), "Nữ", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh B1", "Giáo viên", "Đảng viên",
            D(2026, 1, 6), official=None, movement="Kết nạp mới", movement_date=D(2026, 1, 6),
            ceremony=D(2026, 1, 6)),
    _member("Đặng Quốc Bảo", D(1999, 10, 10), "Nam", "Kinh", "Không", "Xã Kim Bôi, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh B2", "Giáo viên", "Đảng viên",
            D(2026, 5, 19), official=None, movement="Kết nạp mới", movement_date=D(2026, 5, 19),
            ceremony=D(2026, 5, 19)),
    _member("Trần Thị Khánh Linh", D(2001, 7, 3), "Nữ", "Kinh", "Không", "Xã Hoà Bình, tỉnh Phú Thọ",
            "Đại học", "Chưa qua đào tạo", "Tiếng Anh C1", "Giáo viên", "Đảng viên",
            D(2026, 8, 15), official=None, movement="Kết nạp mới", movement_date=D(2026, 8, 15),
            ceremony=D(2026, 8, 15)),
    _member("Nguyễn Đình Trọng", D(1983, 12, 9), "Nam", "Kinh", "Không", "Xã Yên Thủy, tỉnh Phú Thọ",
            "Thạc sĩ", "Sơ cấp", "Tiếng Anh B2", "Giáo viên", "Đảng viên",
            D(2010, 5, 19), card="23.029015"),
]
for _i, _m in enumerate(_MEMBERS, start=1):
    _m["STT"] = _i
_MEMBERS = [{"STT": m["STT"], **{k: v for k, v in m.items() if k != "STT"}} for m in _MEMBERS]
_DOB = {m["Họ và tên"]: m["Ngày sinh"] for m in _MEMBERS}


def _rating(name, common, task, over, fail, level, votes, *, fixed="Không có", civil=None,
            residence="Tốt", sick=0, maternity="Không", reward=None, note=None):
    """One row of "Xếp loại"; Tự xếp loại = Chi bộ đề nghị = level; civil defaults to level.

    `votes` were counted over the 32 present; the 03 probationary members do not vote (Điều lệ
    Đảng), so the 29 ballots hold three fewer for the level most voted.
    """
    votes = list(votes)
    votes[votes.index(max(votes))] -= _PROBATIONARY_PRESENT
    x, t, h, k = votes
    row = {
        "Họ và tên": name,
        "Ngày sinh": _DOB[name],
        "Điểm tiêu chí chung (/30)": common,
        "Điểm kết quả nhiệm vụ (/70)": task,
        "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)": 100 if level in (HTXS, HTT) else 85,
        "Tỷ lệ nhiệm vụ vượt mức (%)": over,
        "Tỷ lệ nhiệm vụ không hoàn thành (%)": fail,
        "Đã khắc phục hạn chế kỳ trước": fixed,
        "Xếp loại viên chức": level if civil is None else (civil or None),
        "Nhận xét nơi cư trú": residence,
        "Kỷ luật trong năm": "Không",
        "Số tháng nghỉ ốm": sick,
        "Nghỉ thai sản": maternity,
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


_REWARD = "Giấy khen của Đảng ủy xã Hoà Bình"
_PROBATIONARY_PRESENT = 3

_RATINGS = [
    _rating("Đinh Văn Thắng", 28, 64, 40, 0, HTXS, (27, 5, 0, 0), reward=_REWARD),
    # Leaders form their own group for the cap (Quy định 366, Điều 11): 1 HTXS for 6 HTTNV.
    _rating("Nguyễn Thị Thu Hà", 28, 61, 25, 0, HTT, (2, 30, 0, 0)),
    _rating("Bạch Công Minh", 27, 60, 25, 0, HTT, (2, 30, 0, 0)),
    _rating("Lê Thị Minh Nguyệt", 27, 59, 20, 0, HTT, (1, 31, 0, 0)),
    _rating("Phạm Văn Hùng", 27, 58.5, 20, 0, HTT, (1, 31, 0, 0)),
    _rating("Quách Thị Lan", 28, 60, 25, 0, HTT, (3, 29, 0, 0)),
    _rating("Hoàng Thị Thanh Huyền", 27, 62, 25, 0, HTT, (3, 29, 0, 0),
            note="Tổng điểm 89, sát ngưỡng hoàn thành xuất sắc"),
    _rating("Trần Thị Hồng Nhung", 27, 63, 30, 0, HTXS, (22, 10, 0, 0), reward=_REWARD,
            note="Tổng điểm 90, tỷ lệ nhiệm vụ vượt mức 30%"),
    _rating("Vũ Đức Anh", 28, 63, 35, 0, HTXS, (25, 7, 0, 0), reward=_REWARD),
    _rating("Đỗ Thị Mai Phương", 26, 57, 15, 0, HTT, (0, 32, 0, 0)),
    _rating("Ngô Thị Bích Ngọc", 29, 62, 38, 0, HTXS, (29, 3, 0, 0), reward=_REWARD),
    _rating("Hà Thị Thúy", 26, 56, 10, 0, HTT, (0, 32, 0, 0)),
    _rating("Dương Văn Tuấn", 23, 45, 0, 0, HTNV, (0, 5, 27, 0), residence="Khá",
            fixed="Chưa khắc phục hết",
            note="Việc phụ đạo học sinh chưa đạt yêu cầu của lớp chủ nhiệm còn chậm tiến độ"),
    _rating("Lương Thị Kim Oanh", 26, 55, 10, 0, HTT, (0, 32, 0, 0)),
    _rating("Tạ Thị Hải Yến", 26, 57.5, 15, 0, HTT, (0, 31, 1, 0)),
    _rating("Mai Thị Thu Trang", 26, 52, 5, 0, HTT, (0, 32, 0, 0), maternity="Có"),
    _rating("Trịnh Văn Long", 25, 53, 5, 0, HTT, (0, 30, 2, 0), fixed="Đã khắc phục hết"),
    _rating("Phan Thị Ngọc Ánh", 26, 56, 10, 0, HTT, (0, 32, 0, 0)),
    _rating("Cao Thị Hương", 25.5, 54, 5, 0, HTT, (0, 32, 0, 0), sick=1),
    _rating("Kiều Thị Lệ Quyên", 26, 58, 15, 0, HTT, (0, 32, 0, 0)),
    _rating("Đào Minh Khôi", 25, 52, 5, 0, HTT, (0, 31, 1, 0), fixed="Đã khắc phục hết"),
    _rating("Tô Thị Ngân", 26, 55, 10, 0, HTT, (0, 32, 0, 0)),
    _rating("Chu Thị Diệu Linh", 26, 57, 15, 0, HTT, (0, 32, 0, 0)),
    _rating("Lại Văn Định", 25, 51, 0, 0, HTT, (0, 32, 0, 0)),
    _rating("Vương Thị Thanh Tâm", 26, 56, 10, 0, HTT, (0, 32, 0, 0)),
    _rating("Khuất Thị Hạnh", 25, 52, 5, 0, HTT, (0, 32, 0, 0)),
    _rating("Bùi Thị Xuân", 27, 57, 0, 0, HTT, (0, 32, 0, 0), civil="",
            note="Đảng viên nghỉ hưu (Mẫu 02C), không xếp loại viên chức"),
    _rating("Hồ Văn Sơn", 26, 56, 10, 0, HTT, (0, 32, 0, 0),
            note="Chuyển đến ngày 02/03/2026; có nhận xét của chi bộ nơi chuyển đi"),
    _rating("Lý Thị Hồng Vân", 26, 54, 10, 0, HTT, (0, 32, 0, 0), note="Đảng viên dự bị"),
    _rating("Đặng Quốc Bảo", 25, 45, 0, 0, HTT, (0, 30, 2, 0),
            note="Đảng viên dự bị; tổng điểm 70"),
    _rating("Nguyễn Đình Trọng", 27, 60, 20, 0, HTT, (2, 30, 0, 0)),
]
for _i, _r in enumerate(_RATINGS, start=1):
    _r["STT"] = _i
_RATINGS = [{"STT": r["STT"], **{k: v for k, v in r.items() if k != "STT"}} for r in _RATINGS]


def _meeting(day, kind, theme, summoned, present, excused, unexcused, chair, clerk, quality,
             away=None):
    """`away`: the absent members as the sổ biên bản names them (with reason)."""
    return {
        "Ngày họp": day,
        "Loại": kind,
        "Chủ đề": theme,
        "Số triệu tập": summoned,
        "Có mặt": present,
        "Vắng có lý do": excused,
        "Vắng không lý do": unexcused,
        "Chủ trì": chair,
        "Thư ký": clerk,
        "Tự đánh giá chất lượng": quality,
        **({"Đảng viên vắng có lý do (họ tên)": away} if away else {}),
    }


_BT, _PBT = "Đinh Văn Thắng", "Nguyễn Thị Thu Hà"
_TK1, _TK2 = "Lê Thị Minh Nguyệt", "Hoàng Thị Thanh Huyền"
_TK, _CD = "Thường kỳ", "Chuyên đề"

_MEETINGS = [
    _meeting(D(2026, 1, 8), _TK, "Đánh giá kết quả tháng 12/2025; thông qua kế hoạch hoạt động năm 2026; "
             "triển khai nhiệm vụ tháng 01/2026", 30, 29, 1, 0, _BT, _TK1, "Tốt",
             "Bùi Thị Xuân (ốm)"),
    _meeting(D(2026, 2, 5), _TK, "Kỷ niệm 96 năm Ngày thành lập Đảng; chỉ đạo tổ chức đón Tết Bính Ngọ "
             "an toàn, tiết kiệm", 30, 28, 2, 0, _BT, _TK1, "Khá",
             "Bùi Thị Xuân (ốm); Khuất Thị Hạnh (nghỉ thai sản)"),
    _meeting(D(2026, 3, 5), _TK, "Đón nhận đảng viên chuyển đến; chỉ đạo ôn tập, kiểm tra giữa học kỳ II",
             31, 30, 1, 0, _BT, _TK1, "Tốt"),
    _meeting(D(2026, 3, 26), _CD, "Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV "
             "của Đảng", 31, 30, 1, 0, _BT, _TK2, "Tốt"),
    _meeting(D(2026, 4, 7), _TK, "Chỉ đạo kiểm tra nội bộ trường học; ôn tập cho học sinh lớp 9",
             31, 29, 2, 0, _PBT, _TK1, "Khá", "Bùi Thị Xuân (ốm); Đào Minh Khôi (đi tập huấn)"),
    # the chi ủy met on 04/05 to prepare it (issue 27: its minutes are dated that day)
    {**_meeting(D(2026, 5, 7), _TK, "Xét đề nghị kết nạp quần chúng Đặng Quốc Bảo; chỉ đạo tổng kết năm "
                "học 2025-2026", 31, 30, 1, 0, _BT, _TK1, "Tốt"), "Ngày họp chi ủy": D(2026, 5, 4)},
    _meeting(D(2026, 5, 21), _CD, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kỷ niệm "
             "136 năm Ngày sinh Chủ tịch Hồ Chí Minh", 32, 31, 1, 0, _PBT, _TK2, "Tốt"),
    {**_meeting(D(2026, 6, 4), _TK, "Sơ kết công tác Đảng 6 tháng đầu năm 2026; phân công trực hè",
                32, 31, 1, 0, _BT, _TK1, "Tốt"),
     "Tóm tắt nội dung": "Đồng chí Bí thư trình bày dự thảo báo cáo sơ kết công tác Đảng 6 tháng đầu "
                         "năm 2026; các đồng chí đảng viên góp ý kiến bổ sung.",
     "Kết luận": "Chi bộ thống nhất thông qua báo cáo sơ kết 6 tháng đầu năm 2026 và lịch trực hè "
                 "của cán bộ, giáo viên, nhân viên."},
    _meeting(D(2026, 7, 7), _TK, "Chỉ đạo bồi dưỡng chính trị hè, chuẩn bị cơ sở vật chất năm học mới",
             32, 29, 3, 0, _BT, _TK1, "Khá",
             "Khuất Thị Hạnh (nghỉ thai sản); Tạ Thị Hải Yến (đi học); Đào Minh Khôi (ốm)"),
    _meeting(D(2026, 8, 6), _TK, "Xét đề nghị kết nạp quần chúng Trần Thị Khánh Linh; chỉ đạo tuyển sinh "
             "lớp 6", 32, 30, 2, 0, _BT, _TK1, "Tốt"),
    _meeting(D(2026, 8, 20), _CD, "Chuyển đổi số và nâng cao chất lượng giáo dục toàn diện năm học "
             "2026-2027", 33, 31, 2, 0, _PBT, _TK2, "Tốt"),
    _meeting(D(2026, 9, 8), _TK, "Đánh giá lễ khai giảng; kiện toàn các tổ chức trong nhà trường; giới "
             "thiệu sinh hoạt đảng viên chuyển đi", 33, 32, 1, 0, _BT, _TK1, "Tốt"),
    _meeting(D(2026, 10, 6), _TK, "Chỉ đạo hội nghị viên chức, người lao động; xét chọn quần chúng đi học "
             "lớp nhận thức về Đảng", 32, 31, 1, 0, _BT, _TK1, "Tốt"),
    _meeting(D(2026, 10, 22), _CD, "Nhận diện và phòng, chống biểu hiện suy thoái về tư tưởng chính trị, "
             "đạo đức, lối sống theo Nghị quyết Trung ương 4", 32, 30, 2, 0, _BT, _TK2, "Tốt"),
    _meeting(D(2026, 11, 5), _TK, "Chỉ đạo các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; hướng dẫn "
             "kiểm điểm cuối năm", 32, 31, 1, 0, _BT, _TK1, "Tốt"),
    _meeting(D(2026, 11, 19), _CD, "Trách nhiệm nêu gương của đảng viên là nhà giáo", 32, 31, 1, 0,
             _PBT, _TK2, "Khá", "Vương Thị Thanh Tâm (con ốm)"),
    _meeting(D(2026, 12, 3), _TK, "Kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên "
             "năm 2026", 32, 32, 0, 0, _BT, _TK1, "Tốt"),
]


def _plan(month, activity, owner, thematic=False, result=None):
    """`result`: what was done, typed once the month is over (the next minutes print it); blank
    for a thematic row (its meeting says it) and for the months not yet reviewed."""
    return {"Tháng": month, "Nội dung hoạt động": activity, "Người phụ trách": owner,
            "Sinh hoạt chuyên đề": "Có" if thematic else "Không",
            **({"Kết quả thực hiện": result} if result else {})}


_PLAN = [
    _plan(1, "Sơ kết học kỳ I năm học 2025-2026; chỉ đạo xây dựng kế hoạch học kỳ II", _BT,
          result="Đã sơ kết ngày 16/01; kế hoạch học kỳ II ban hành ngày 19/01"),
    _plan(1, "Thông qua kế hoạch hoạt động của chi bộ năm 2026", "Chi ủy"),
    _plan(1, "Chỉ đạo tổ chức cho cán bộ, giáo viên, nhân viên đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm",
          "Phạm Văn Hùng", result="Hoàn thành; không có trường hợp vi phạm"),
    _plan(2, "Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2026)", _PBT,
          result="Đã tổ chức ngày 03/02"),
    _plan(2, "Ổn định nền nếp dạy và học sau Tết; duy trì sĩ số học sinh", "Bạch Công Minh",
          result="Sĩ số đạt 100%"),
    _plan(3, "Sinh hoạt chuyên đề quý I: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng", _BT, True),
    _plan(3, "Tọa đàm kỷ niệm Ngày Quốc tế Phụ nữ 08/3 và 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
          "Phạm Văn Hùng", result="Đã tổ chức ngày 06/3 và 26/3"),
    _plan(3, "Chỉ đạo kiểm tra giữa học kỳ II", "Bạch Công Minh", result="Hoàn thành đúng lịch"),
    _plan(4, "Chỉ đạo kiểm tra nội bộ trường học", _PBT, result="Kiểm tra 12 giáo viên, 04 tổ chuyên môn"),
    _plan(4, "Chỉ đạo ôn tập cho học sinh lớp 9 chuẩn bị thi tuyển sinh vào lớp 10", "Bạch Công Minh",
          result="Hoàn thành"),
    _plan(5, "Sinh hoạt chuyên đề quý II: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          _PBT, True),
    _plan(5, "Tổ chức lễ kết nạp đảng viên mới", "Chi ủy", result="Đã kết nạp đồng chí Đặng Quốc Bảo ngày 19/5"),
    _plan(5, "Tổng kết năm học 2025-2026; xét thi đua, đánh giá, xếp loại viên chức", _BT,
          result="Đã tổng kết ngày 29/5"),
    _plan(6, "Sơ kết công tác Đảng 6 tháng đầu năm 2026", "Chi ủy", result="Đã sơ kết ngày 04/6"),
    _plan(6, "Phân công cán bộ, giáo viên trực hè; chỉ đạo hoạt động hè cho học sinh", _PBT,
          result="Hoàn thành"),
    _plan(7, "Chỉ đạo bồi dưỡng chính trị hè và bồi dưỡng chuyên môn cho giáo viên", _BT,
          result="100% giáo viên dự bồi dưỡng"),
    _plan(7, "Chuẩn bị cơ sở vật chất, thiết bị dạy học cho năm học 2026-2027", "Bạch Công Minh",
          result="Hoàn thành"),
    _plan(8, "Sinh hoạt chuyên đề quý III: Chuyển đổi số và nâng cao chất lượng giáo dục toàn diện",
          _PBT, True),
    _plan(8, "Tổ chức lễ kết nạp đảng viên mới", "Chi ủy",
          result="Đã kết nạp đồng chí Trần Thị Khánh Linh ngày 15/8"),
    _plan(8, "Chỉ đạo tuyển sinh lớp 6, chuẩn bị khai giảng năm học mới", "Bạch Công Minh",
          result="Tuyển 186 học sinh lớp 6, đạt 100% kế hoạch"),
    _plan(9, "Tổ chức Lễ khai giảng năm học 2026-2027", _BT, result="Đã tổ chức ngày 05/9"),
    _plan(9, "Kiện toàn các tổ chức trong nhà trường; chỉ đạo hội nghị viên chức, người lao động", _BT,
          result="Đã kiện toàn; hội nghị chuyển sang tháng 10"),
    _plan(9, "Làm thủ tục chuyển sinh hoạt đảng cho đảng viên chuyển công tác", _TK1,
          result="Hoàn thành ngày 21/9"),
    _plan(10, "Sinh hoạt chuyên đề quý IV: Nhận diện, phòng chống biểu hiện suy thoái theo Nghị quyết "
          "Trung ương 4", _BT, True),
    _plan(10, "Kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "Phạm Văn Hùng", result="Đã tổ chức ngày 20/10"),
    _plan(10, "Xét chọn quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng", "Chi ủy"),
    _plan(11, "Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11", "Phạm Văn Hùng",
          result="Hoàn thành"),
    _plan(11, "Sinh hoạt chuyên đề: Trách nhiệm nêu gương của đảng viên là nhà giáo", _PBT, True),
    _plan(11, "Hướng dẫn đảng viên viết bản kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026", _TK1,
          result="Hoàn thành ngày 10/11"),
    _plan(12, "Kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên năm 2026", "Chi ủy"),
    _plan(12, "Tổng kết công tác xây dựng Đảng năm 2026, xây dựng phương hướng năm 2027", _BT),
    _plan(12, "Chuẩn bị sơ kết học kỳ I năm học 2026-2027", "Bạch Công Minh"),
]


def _ind(area, name, unit, target, result, next_target, lower=False, note=None):
    row = {
        "Lĩnh vực": area,
        "Chỉ tiêu": name,
        "Đơn vị": unit,
        "Chiều đánh giá": "Thấp hơn là tốt" if lower else "Cao hơn là tốt",
        "Chỉ tiêu đề ra": target,
        "Kết quả đạt được": result,
        "Chỉ tiêu năm sau": next_target,
        "Ghi chú": note,
    }
    return {k: v for k, v in row.items() if v is not None}


_CLGD, _DN, _CSVC, _TD, _XDD, _DT = ("Chất lượng giáo dục", "Đội ngũ", "Cơ sở vật chất", "Thi đua",
                                     "Xây dựng Đảng", "Đoàn thể")

_INDICATORS = [
    _ind(_CLGD, "Học sinh được lên lớp", "%", 98, 98.6, 98.5),
    _ind(_CLGD, "Học sinh lớp 9 được công nhận tốt nghiệp THCS", "%", 100, 100, 100),
    _ind(_CLGD, "Học sinh bỏ học", "%", 1, 0.5, 0.5, lower=True),
    _ind(_CLGD, "Học sinh có kết quả học tập mức Tốt", "%", 30, 28.5, 30),
    _ind(_CLGD, "Giải học sinh giỏi cấp tỉnh", "giải", 10, 12, 12),
    _ind(_CLGD, "Học sinh tham gia bảo hiểm y tế", "%", 100, 100, 100),
    _ind(_DN, "Giáo viên đạt chuẩn trình độ đào tạo", "%", 100, 100, 100),
    _ind(_DN, "Giáo viên dạy giỏi cấp tỉnh", "người", 2, 1, 2),
    _ind(_TD, "Cán bộ, giáo viên đạt Chiến sĩ thi đua cơ sở", "người", 5, 6, 6),
    _ind(_CSVC, "Huy động nguồn lực xã hội hóa cho cơ sở vật chất", "đồng", 150000000, 162500000, 150000000,
         note="Lát sân, mua 02 ti vi tương tác, sửa mái nhà đa năng"),
    _ind(_XDD, "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 100, 96.8, 100),
    _ind(_XDD, "Kết nạp đảng viên mới", "người", 2, 3, 2),
    _ind(_XDD, "Giám sát đảng viên", "người", 9, 9, 10),
    _ind(_DT, "Công đoàn, Chi đoàn, Liên đội xếp loại vững mạnh trở lên", "%", 100, 100, 100),
]

_ACHIEVEMENTS = [
    {"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": SCHOOL,
     "Danh hiệu, giải thưởng": "Tập thể lao động xuất sắc năm học 2025-2026", "Cấp": "Tỉnh/Thành phố",
     "Số lượng": 1},
    {"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": CELL,
     "Danh hiệu, giải thưởng": "Chi bộ hoàn thành xuất sắc nhiệm vụ năm 2025", "Cấp": "Xã/Phường",
     "Số lượng": 1},
    {"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": "Công đoàn Trường THCS Hoà Bình",
     "Danh hiệu, giải thưởng": "Công đoàn cơ sở vững mạnh", "Cấp": "Xã/Phường", "Số lượng": 1},
    {"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": "Liên đội Trường THCS Hoà Bình",
     "Danh hiệu, giải thưởng": "Liên đội vững mạnh xuất sắc", "Cấp": "Tỉnh/Thành phố", "Số lượng": 1},
    {"Đối tượng": "Cá nhân", "Tên tập thể / cá nhân": "Đinh Văn Thắng",
     "Danh hiệu, giải thưởng": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Cấp": "Tỉnh/Thành phố",
     "Số lượng": 1},
    {"Đối tượng": "Cá nhân", "Tên tập thể / cá nhân": "Quách Thị Lan",
     "Danh hiệu, giải thưởng": "Giáo viên dạy giỏi cấp tỉnh", "Cấp": "Tỉnh/Thành phố", "Số lượng": 1},
    {"Đối tượng": "Cá nhân", "Tên tập thể / cá nhân": "Cán bộ, giáo viên nhà trường",
     "Danh hiệu, giải thưởng": "Chiến sĩ thi đua cơ sở", "Cấp": "Xã/Phường", "Số lượng": 6},
    {"Đối tượng": "Cá nhân", "Tên tập thể / cá nhân": "Học sinh nhà trường",
     "Danh hiệu, giải thưởng": "Giải học sinh giỏi các môn văn hóa lớp 9", "Cấp": "Tỉnh/Thành phố",
     "Số lượng": 12},
    {"Đối tượng": "Cá nhân", "Tên tập thể / cá nhân": "Học sinh nhà trường",
     "Danh hiệu, giải thưởng": "Huy chương Olympic Tiếng Anh trên Internet (IOE)", "Cấp": "Quốc gia",
     "Số lượng": 2},
]

_NARRATIVE = [
    ("Căn cứ", "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 366-QĐ/TW của Bộ Chính trị về kiểm điểm, "
     "đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị và Hướng dẫn số "
     "43-HD/BTCTW của Ban Tổ chức Trung ương;"),
    ("Căn cứ", "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Hoà Bình nhiệm kỳ 2025-2030 và Kế hoạch số "
     "01-KH/CB ngày 08/01/2026 của Chi bộ về hoạt động năm 2026;"),
    ("Căn cứ", "Căn cứ kế hoạch của Đảng ủy xã Hoà Bình về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức "
     "đảng, đảng viên năm 2026."),
    ("Thuận lợi", "Chi bộ luôn nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Đảng ủy xã Hoà Bình, sự "
     "phối hợp của chính quyền địa phương và sự đồng thuận của cha mẹ học sinh. Đội ngũ đảng viên có lập "
     "trường tư tưởng vững vàng, đoàn kết, nhiệt tình; phần lớn đạt chuẩn và trên chuẩn về trình độ đào tạo."),
    ("Thuận lợi", "Cơ sở vật chất của nhà trường từng bước được đầu tư theo hướng chuẩn hóa; hệ thống phòng "
     "học bộ môn và thiết bị dạy học cơ bản đáp ứng yêu cầu thực hiện Chương trình giáo dục phổ thông 2018."),
    ("Khó khăn", "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, địa bàn tuyển "
     "sinh rộng hơn, một số học sinh ở xa trường, việc đi lại trong mùa mưa lũ còn khó khăn."),
    ("Khó khăn", "Một bộ phận cha mẹ học sinh đi làm ăn xa, việc phối hợp giáo dục học sinh còn hạn chế; một "
     "số đảng viên trẻ còn ít kinh nghiệm trong công tác chủ nhiệm lớp và công tác đoàn thể."),
    ("Chính trị tư tưởng", "Chi ủy tổ chức cho đảng viên học tập, quán triệt đầy đủ Nghị quyết Đại hội đại "
     "biểu toàn quốc lần thứ XIV của Đảng, nghị quyết đại hội đảng bộ các cấp và các chỉ thị, nghị quyết của "
     "cấp trên; thường xuyên nắm bắt tình hình tư tưởng của cán bộ, đảng viên, giáo viên, nhân viên để kịp "
     "thời định hướng. Trong năm không có đảng viên nói và làm trái quan điểm, đường lối của Đảng, chính "
     "sách, pháp luật của Nhà nước."),
    ("Chính trị tư tưởng", "Chi bộ chủ động đấu tranh phản bác các quan điểm sai trái, thù địch trên không "
     "gian mạng; nhắc nhở đảng viên thực hiện đúng quy định về phát ngôn, chia sẻ thông tin trên mạng xã "
     "hội. Đảng viên gương mẫu thực hiện nghĩa vụ công dân và các quy định tại nơi cư trú."),
    ("Nhiệm vụ chính trị", "Chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học 2025-2026 và triển "
     "khai nhiệm vụ năm học 2026-2027 với các chỉ tiêu sát thực tế; thực hiện hiệu quả Chương trình giáo "
     "dục phổ thông 2018, đổi mới phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm "
     "chất, năng lực học sinh."),
    ("Nhiệm vụ chính trị", "Chỉ đạo tốt công tác bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt yêu cầu "
     "và ôn tập cho học sinh lớp 9; duy trì sĩ số, phối hợp với chính quyền địa phương vận động học sinh có "
     "nguy cơ bỏ học trở lại lớp."),
    ("Nhiệm vụ chính trị", "Đẩy mạnh chuyển đổi số trong quản lý và dạy học: sử dụng sổ điểm điện tử, học bạ "
     "số, hồ sơ điện tử của giáo viên; tăng cường giáo dục kỹ năng sống, an toàn giao thông và phòng, chống "
     "bạo lực học đường. Giữ vững an ninh, an toàn trường học."),
    ("Chính quyền và đoàn thể", "Chi bộ lãnh đạo Ban giám hiệu thực hiện nghiêm quy chế dân chủ ở cơ sở, "
     "công khai tài chính, tuyển sinh và các khoản thu theo quy định; giám sát việc phân công nhiệm vụ, "
     "đánh giá viên chức bảo đảm khách quan, đúng quy trình."),
    ("Chính quyền và đoàn thể", "Lãnh đạo Công đoàn chăm lo đời sống, quyền lợi của đoàn viên; Chi đoàn và "
     "Liên đội tổ chức nhiều hoạt động trải nghiệm, tình nguyện, giáo dục truyền thống cho học sinh. Các "
     "đoàn thể được cấp trên đánh giá hoàn thành tốt nhiệm vụ trở lên."),
    ("Xây dựng Đảng", "Chi bộ duy trì nền nếp sinh hoạt thường kỳ vào tuần đầu của tháng và sinh hoạt chuyên "
     "đề theo quý; nội dung sinh hoạt có trọng tâm, gắn với nhiệm vụ chính trị của nhà trường. Chi ủy thực "
     "hiện đúng quy chế làm việc, nguyên tắc tập trung dân chủ, tự phê bình và phê bình."),
    ("Xây dựng Đảng", "Công tác phát triển đảng viên được quan tâm: chi bộ tạo nguồn, phân công đảng viên "
     "chính thức giúp đỡ quần chúng ưu tú và hoàn thiện hồ sơ kết nạp đúng quy trình. Công tác thu, nộp "
     "đảng phí thực hiện đầy đủ, đúng quy định."),
    ("Kiểm tra, giám sát", "Chi bộ xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2026, tập trung "
     "giám sát việc chấp hành Điều lệ Đảng, thực hiện nhiệm vụ đảng viên và những điều đảng viên không "
     "được làm. Qua giám sát, các đồng chí được giám sát đều chấp hành tốt; trong năm không có đảng viên "
     "vi phạm phải xem xét, xử lý kỷ luật."),
    ("Học tập và làm theo Bác", "Chi bộ tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh "
     "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với trách nhiệm nêu gương của cán "
     "bộ, đảng viên. Mỗi đảng viên đăng ký nội dung làm theo Bác gắn với nhiệm vụ chuyên môn được giao."),
    ("Học tập và làm theo Bác", "Duy trì mô hình “Kể chuyện Bác Hồ dưới cờ” hằng tháng và “Góc học tập và làm "
     "theo Bác” tại thư viện nhà trường; kịp thời biểu dương những tập thể, cá nhân tiêu biểu."),
    ("Ưu điểm", "Tập thể chi ủy, chi bộ đoàn kết, thống nhất; lãnh đạo nhà trường hoàn thành tốt và vượt phần "
     "lớn các chỉ tiêu đề ra. Đảng viên gương mẫu, có tinh thần trách nhiệm, tích cực đổi mới phương pháp "
     "dạy học và ứng dụng công nghệ thông tin."),
    ("Ưu điểm", "Nền nếp sinh hoạt chi bộ được giữ vững, chất lượng sinh hoạt được nâng lên; công tác kiểm "
     "tra, giám sát và phát triển đảng viên đạt kết quả tốt."),
    ("Hạn chế", "Tỷ lệ học sinh có kết quả học tập mức Tốt và số giáo viên dạy giỏi cấp tỉnh chưa đạt chỉ tiêu "
     "đề ra; chất lượng giáo dục giữa các lớp còn chưa đồng đều."),
    ("Hạn chế", "Một số đảng viên còn nể nang trong tự phê bình và phê bình; việc khắc phục một số biểu hiện "
     "suy thoái theo Nghị quyết Trung ương 4 còn chậm; vẫn còn đảng viên chưa hoàn thành tốt nhiệm vụ."),
    ("Nguyên nhân", "Nguyên nhân khách quan: địa bàn tuyển sinh rộng, điều kiện kinh tế của một bộ phận gia "
     "đình học sinh còn khó khăn, sự quan tâm của cha mẹ học sinh chưa đồng đều."),
    ("Nguyên nhân", "Nguyên nhân chủ quan: có lúc chi ủy chưa kiên quyết trong chỉ đạo khắc phục hạn chế; một "
     "số đảng viên chưa chủ động tự học, tự bồi dưỡng, còn ngại va chạm trong góp ý, phê bình."),
    ("Bài học kinh nghiệm", "Một là, phải giữ vững đoàn kết nội bộ, thực hiện nghiêm nguyên tắc tập trung dân "
     "chủ; mọi chủ trương lớn của nhà trường đều được chi bộ thảo luận, thống nhất trước khi triển khai."),
    ("Bài học kinh nghiệm", "Hai là, chi ủy phải bám sát nhiệm vụ năm học, phân công rõ người, rõ việc, rõ "
     "thời gian và thường xuyên kiểm tra, đôn đốc; phát huy vai trò nêu gương của người đứng đầu và của "
     "từng đảng viên."),
    # this year's tasks, printed by the plan signed in January 2026 (the "Phương hướng" rows below
    # are 2027's, for the annual report)
    ("Kế hoạch: Chính trị tư tưởng", "Tổ chức học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội "
     "XIV của Đảng, Nghị quyết Đại hội Đảng bộ xã và Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025-2030; nắm chắc "
     "tình hình tư tưởng của đảng viên, giáo viên, nhân viên, kịp thời định hướng trước những vấn đề mới."),
    ("Kế hoạch: Nhiệm vụ chính trị", "Lãnh đạo nhà trường hoàn thành kế hoạch năm học 2025-2026 và xây dựng, "
     "triển khai kế hoạch năm học 2026-2027; nâng cao chất lượng giáo dục đại trà và mũi nhọn, phấn đấu "
     "đạt các chỉ tiêu năm 2026 của chi bộ."),
    ("Kế hoạch: Chính quyền và đoàn thể", "Lãnh đạo Ban giám hiệu thực hiện quy chế dân chủ ở cơ sở; lãnh đạo "
     "Công đoàn, Chi đoàn, Liên đội tổ chức tốt các phong trào thi đua trong năm học."),
    ("Kế hoạch: Xây dựng Đảng", "Duy trì nền nếp sinh hoạt chi bộ thường kỳ vào ngày 03 hằng tháng và sinh "
     "hoạt chuyên đề mỗi quý một lần; bồi dưỡng quần chúng ưu tú, phấn đấu kết nạp 02 đảng viên mới trong "
     "năm 2026; thực hiện chương trình kiểm tra, giám sát năm 2026."),
    ("Kế hoạch: Giải pháp", "Cụ thể hóa kế hoạch thành nhiệm vụ hằng tháng, phân công rõ trách nhiệm cho "
     "từng chi ủy viên và đảng viên; sơ kết, rút kinh nghiệm sau mỗi học kỳ."),
    ("Phương hướng: Chính trị tư tưởng", "Tiếp tục tổ chức học tập, quán triệt và triển khai thực hiện Nghị "
     "quyết Đại hội XIV của Đảng, nghị quyết đại hội đảng bộ các cấp; nắm chắc tình hình tư tưởng của đảng "
     "viên, giáo viên, nhân viên. Tổ chức sinh hoạt chuyên đề ít nhất một lần mỗi quý."),
    ("Phương hướng: Nhiệm vụ chính trị", "Lãnh đạo nhà trường hoàn thành thắng lợi nhiệm vụ năm học "
     "2026-2027; nâng cao chất lượng giáo dục toàn diện, phấn đấu tăng tỷ lệ học sinh có kết quả học tập "
     "mức Tốt và số giải học sinh giỏi cấp tỉnh."),
    ("Phương hướng: Nhiệm vụ chính trị", "Duy trì sĩ số, giảm tỷ lệ học sinh bỏ học; tiếp tục đẩy mạnh chuyển "
     "đổi số, huy động nguồn lực xã hội hóa để tăng cường cơ sở vật chất theo hướng chuẩn quốc gia."),
    ("Phương hướng: Chính quyền và đoàn thể", "Lãnh đạo Ban giám hiệu thực hiện tốt quy chế dân chủ, công "
     "khai; lãnh đạo Công đoàn, Chi đoàn, Liên đội đổi mới nội dung, phương thức hoạt động, phấn đấu đạt "
     "vững mạnh."),
    ("Phương hướng: Xây dựng Đảng", "Nâng cao chất lượng sinh hoạt chi bộ; thực hiện nghiêm túc kiểm điểm, "
     "đánh giá, xếp loại chất lượng đảng viên theo Quy định số 366-QĐ/TW. Phấn đấu 100% đảng viên hoàn thành "
     "tốt nhiệm vụ trở lên, chi bộ hoàn thành tốt nhiệm vụ trở lên."),
    ("Phương hướng: Xây dựng Đảng", "Tiếp tục bồi dưỡng, giới thiệu quần chúng ưu tú học lớp nhận thức về "
     "Đảng, phấn đấu kết nạp 02 đảng viên mới; thực hiện chương trình kiểm tra, giám sát năm 2027."),
    ("Giải pháp", "Tăng cường vai trò lãnh đạo toàn diện của chi bộ; cụ thể hóa nghị quyết thành kế hoạch hằng "
     "tháng, phân công rõ trách nhiệm cho từng chi ủy viên và đảng viên."),
    ("Giải pháp", "Đổi mới nội dung, hình thức sinh hoạt chi bộ; gắn thi đua, khen thưởng với kết quả thực "
     "hiện nhiệm vụ; kịp thời biểu dương tập thể, cá nhân tiêu biểu và nhắc nhở, giúp đỡ đảng viên còn hạn "
     "chế."),
    # the mid-year report's own words (issue 27), adopted at the meeting of 04/06
    ("Sơ kết: Ưu điểm", "Chi bộ duy trì sinh hoạt đều đặn, nội dung sát với nhiệm vụ của nhà trường; "
     "hoàn thành tốt nhiệm vụ năm học 2025-2026 và công tác kết nạp đảng viên mới."),
    ("Sơ kết: Hạn chế", "Việc theo dõi, đôn đốc thực hiện nghị quyết hằng tháng có lúc chưa thường "
     "xuyên; ứng dụng công nghệ thông tin trong dạy học chưa đồng đều."),
    ("Sơ kết: Nhiệm vụ 6 tháng cuối năm", "Lãnh đạo chuẩn bị tốt năm học 2026-2027; tiếp tục bồi "
     "dưỡng quần chúng ưu tú, thực hiện chương trình kiểm tra, giám sát; chuẩn bị kiểm điểm cuối năm."),
]

_SUPERVISION = [
    ("Bạch Công Minh", "Chuyên đề", "Trách nhiệm nêu gương của chi ủy viên trong chỉ đạo chuyên môn",
     "Tháng 3/2026", "Thực hiện tốt"),
    ("Phạm Văn Hùng", "Chuyên đề", "Việc thực hiện quy chế dân chủ và chăm lo đời sống đoàn viên công đoàn",
     "Tháng 4/2026", "Thực hiện tốt"),
    ("Hoàng Thị Thanh Huyền", "Thường xuyên", "Việc chấp hành Điều lệ Đảng và nhiệm vụ tổ trưởng chuyên môn",
     "Tháng 3-5/2026", "Chấp hành tốt"),
    ("Vũ Đức Anh", "Thường xuyên", "Việc thực hiện nhiệm vụ đảng viên và quy chế chuyên môn",
     "Tháng 4-5/2026", "Chấp hành tốt"),
    ("Ngô Thị Bích Ngọc", "Thường xuyên", "Việc giữ mối liên hệ với chi ủy, đảng ủy nơi cư trú",
     "Tháng 9-10/2026", "Chấp hành tốt"),
    ("Tạ Thị Hải Yến", "Thường xuyên", "Việc thực hiện những điều đảng viên không được làm",
     "Tháng 9-10/2026", "Chấp hành tốt"),
    ("Trịnh Văn Long", "Thường xuyên", "Việc khắc phục hạn chế sau kiểm điểm năm 2025",
     "Tháng 5-10/2026", "Đã khắc phục"),
    ("Kiều Thị Lệ Quyên", "Thường xuyên", "Việc thực hiện nhiệm vụ giáo viên chủ nhiệm và phụ trách Chi đoàn",
     "Tháng 10-11/2026", "Chấp hành tốt"),
    ("Vương Thị Thanh Tâm", "Chuyên đề", "Việc thu, nộp, quản lý đảng phí và công khai tài chính",
     "Tháng 11/2026", "Đúng quy định"),
    # an inspection (kiểm tra đảng viên chấp hành): no «Hình thức», it is not a supervision
    ("Đào Minh Khôi", None, "Việc chấp hành nghị quyết của chi bộ và những điều đảng viên không được "
     "làm", "Tháng 8/2026", "Chấp hành tốt"),
]

_DEVELOPMENT = [
    {"Họ và tên quần chúng": "Trần Thị Khánh Linh", "Ngày sinh": D(2001, 7, 3),
     "Ngày học lớp nhận thức về Đảng": D(2025, 10, 15), "Đảng viên giúp đỡ": "Hoàng Thị Thanh Huyền",
     "Ngày kết nạp": D(2026, 8, 15), "Ghi chú": "Đảng viên dự bị đến 15/08/2027",
     # the day of the chi bộ's vote is read from «Sinh hoạt» (06/08: «Xét đề nghị kết nạp …»)
     "Số phiếu tán thành kết nạp": 29},
    {"Họ và tên quần chúng": "Lý Thị Hồng Vân", "Ngày sinh": D(1998, 5, 28),
     "Ngày học lớp nhận thức về Đảng": D(2025, 4, 10), "Đảng viên giúp đỡ": "Kiều Thị Lệ Quyên",
     "Ngày kết nạp": D(2026, 1, 6), "Ghi chú": "Đảng viên dự bị đến 06/01/2027"},
    {"Họ và tên quần chúng": "Đặng Quốc Bảo", "Ngày sinh": D(1999, 10, 10),
     "Ngày học lớp nhận thức về Đảng": D(2025, 10, 15), "Đảng viên giúp đỡ": "Phạm Văn Hùng",
     "Ngày kết nạp": D(2026, 5, 19), "Ghi chú": "Đảng viên dự bị đến 19/05/2027",
     "Ngày chi bộ xét kết nạp": D(2026, 5, 7), "Số phiếu tán thành kết nạp": 28},
    {"Họ và tên quần chúng": "Nguyễn Hoàng Nam", "Ngày sinh": D(2000, 2, 25),
     "Ngày học lớp nhận thức về Đảng": D(2026, 10, 20), "Đảng viên giúp đỡ": "Vũ Đức Anh",
     "Ghi chú": "Đang bồi dưỡng, hoàn thiện hồ sơ đề nghị kết nạp"},
    {"Họ và tên quần chúng": "Lò Thị Phương", "Ngày sinh": D(2002, 6, 11),
     "Đảng viên giúp đỡ": "Hà Thị Thúy", "Ghi chú": "Dự kiến học lớp nhận thức về Đảng năm 2027"},
]

_MANIFESTATIONS = [
    ("Ít nghiên cứu, học tập chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước", "Không"),
    ("Trong tự phê bình và phê bình còn nể nang, né tránh, ngại va chạm", "Không"),
    ("Thiếu kiểm tra, đôn đốc việc thực hiện nghị quyết của chi bộ", "Có"),
    ("Chậm đổi mới phương pháp dạy học, ngại ứng dụng công nghệ thông tin", "Có"),
    ("Còn bình luận, chia sẻ thông tin chưa được kiểm chứng trên mạng xã hội", "Không"),
]

# (name, Đối tượng, base) — 1% of the insured salary, 0,5% of a pension.
_FEE_PAYERS = [
    ("Đinh Văn Thắng", "Hưởng lương (BHXH)", 13650000),
    ("Nguyễn Thị Thu Hà", "Hưởng lương (BHXH)", 11200000),
    ("Lê Thị Minh Nguyệt", "Hưởng lương (BHXH)", 9800000),
    ("Trần Thị Hồng Nhung", "Hưởng lương (BHXH)", 8500000),
    ("Vũ Đức Anh", "Hưởng lương (BHXH)", 7250000),
    ("Vương Thị Thanh Tâm", "Hưởng lương (BHXH)", 7900000),
    ("Bùi Thị Xuân", "Hưu trí", 9240000),
]


def _fee(base, kind):
    return base // 200 if kind == "Hưu trí" else base // 100


def _payers() -> list[tuple]:
    """Every member with the months they belong to the cell in 2026 (the fee list covers each
    month's whole cell: issue 22): the seven above with their bases, the others on a base of
    their own; new members from the month of their admission, a member moving in from that
    month, one moving out until that month."""
    known = {name: (kind, base) for name, kind, base in _FEE_PAYERS}
    out = []
    for i, m in enumerate(_MEMBERS):
        name = m["Họ và tên"]
        kind, base = known.get(name, ("Hưu trí" if m.get("Chức vụ chính quyền") == "Nghỉ hưu"
                                      else "Hưởng lương (BHXH)",
                                      5_200_000 + (i * 370_000) % 4_000_000))
        first, last = 1, 12
        move, when = m.get("Biến động trong năm"), m.get("Ngày biến động")
        if move in ("Kết nạp mới", "Chuyển đến") and when:
            first = when.month
        if move == "Chuyển đi" and when:
            last = when.month
        out.append((name, kind, base, range(first, last + 1)))
    return out


_FEES = [
    {"Họ và tên": name, "Tháng": month, "Đối tượng": kind, "Căn cứ tính (đồng)": base,
     "Miễn, giảm (%)": 0, "Đã nộp (đồng)": _fee(base, kind)}
    for month in range(1, 13)
    for name, kind, base, months in _payers() if month in months
]

_RECIPIENTS = "Đảng ủy xã Hoà Bình;\nLưu Chi bộ."

_DOCUMENTS = [
    {"Loại văn bản": "Kế hoạch hoạt động năm", "Số": 1, "Ngày ký": D(2026, 1, 8),
     "Nơi nhận": "Đảng ủy xã Hoà Bình (để b/c);\nĐảng viên trong Chi bộ;\nLưu Chi bộ.",
     "Người ký": _BT},
    # the minutes and the monthly resolutions of the year number on from their first number
    {"Loại văn bản": "Biên bản sinh hoạt", "Số": 1, "Ngày ký": D(2026, 1, 8), "Nơi nhận": "Lưu Chi bộ."},
    {"Loại văn bản": "Nghị quyết tháng", "Số": 1, "Ngày ký": D(2026, 1, 8),
     "Nơi nhận": "Đảng ủy xã Hoà Bình;\nĐảng viên trong Chi bộ;\nLưu Chi bộ.", "Người ký": _BT},
    {"Loại văn bản": "Báo cáo kiểm điểm tập thể", "Số": 5, "Ngày ký": D(2026, 11, 25),
     "Nơi nhận": _RECIPIENTS, "Người ký": _BT},
    # the review meeting (03/12) is the 17th meeting with minutes: its one set of minutes takes 17
    {"Loại văn bản": "Biên bản họp kiểm điểm", "Số": 17, "Ngày ký": D(2026, 12, 3),
     "Nơi nhận": _RECIPIENTS},
    {"Loại văn bản": "Biên bản kiểm phiếu", "Số": 18, "Ngày ký": D(2026, 12, 3), "Nơi nhận": _RECIPIENTS,
     "Người ký": "Phạm Văn Hùng"},
    {"Loại văn bản": "Báo cáo tổng kết nhiệm kỳ", "Số": 7, "Ngày ký": D(2026, 12, 5),
     "Nơi nhận": "Đảng ủy xã Hoà Bình (để b/c);\nĐảng viên trong Chi bộ;\nLưu Chi bộ."},
    {"Loại văn bản": "Báo cáo tổng kết năm", "Ngày ký": D(2026, 12, 5),
     "Nơi nhận": "Đảng ủy xã Hoà Bình (để b/c);\nĐảng viên trong Chi bộ;\nLưu Chi bộ."},
    {"Loại văn bản": "Tờ trình đề nghị khen thưởng", "Số": 2, "Ngày ký": D(2026, 12, 5),
     "Nơi nhận": "Đảng ủy xã Hoà Bình;\nLưu Chi bộ."},
    # before Đinh Văn Thắng's 30 years on 19/05 (a request is dated before its occasion)
    {"Loại văn bản": "Tờ trình đề nghị tặng Huy hiệu Đảng", "Số": 1, "Ngày ký": D(2026, 5, 4),
     "Nơi nhận": "Đảng ủy xã Hoà Bình;\nLưu Chi bộ."},
]

_INFO = {
    "Đảng bộ cấp trên": SUPERIOR,
    "Tên chi bộ": CELL,
    "Tên đơn vị (trường)": SCHOOL,
    "Cấp học": "THCS",
    "Địa danh": "Hoà Bình",
    "Năm đánh giá": 2026,
    "Nhiệm kỳ chi bộ": "2025-2030",
    "Ngày họp kiểm điểm": REVIEW_DATE,
    "Số đảng viên dự họp kiểm điểm": 32,
    "Ngày ký mặc định": SIGN_DATE,
    "Bí thư": _BT,
    "Phó Bí thư": _PBT,
    "Có chi ủy": "Có",
    "Xếp loại của nhà trường": HTXS,
    "Điểm tiêu chí chung của chi bộ (/30)": 27,
    "Điểm kết quả nhiệm vụ của chi bộ (/70)": 63,
    "Chi bộ tự xếp loại": HTXS,
    "Số phiếu tán thành mức xếp loại chi bộ": 29,
    "Tỷ lệ trần hoàn thành xuất sắc (%)": 20,
    "Ban kiểm phiếu": "Phạm Văn Hùng\nĐỗ Thị Mai Phương\nĐào Minh Khôi",
    "Thư ký họp kiểm điểm": _TK1,
    "Đại biểu dự họp kiểm điểm": "Đồng chí Lê Văn Khoa – Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã "
                                 "Hoà Bình, phụ trách Chi bộ",
    "Số phiếu phát ra": 29,
    "Số phiếu thu về": 29,
    "Số phiếu hợp lệ": 29,
    "Đề nghị khen thưởng chi bộ": _REWARD,
    # the cell is reminded 30, 15 and 7 days ahead (the default adds 90 and 60): Lý Thị Hồng Vân's
    # probation ends 06/01/2027, 32 days after the book's last date, so the example stays clean
    "Mốc nhắc hết thời gian dự bị (ngày)": "30, 15, 7",
    # a chi bộ under the đảng ủy xã on the pilot of Quy định 294-QĐ/TW: its 2025-2030 term
    "Loại chi bộ": "Chi bộ trực thuộc đảng ủy cơ sở",
    "Đại hội chi bộ 5 năm một lần": "Có",
    # the cell's own tasks (Quy định 366 Điều 11, tập thể): what its «Hoàn thành xuất sắc» needs;
    # the đảng ủy's decision comes after the book's last date, so «Mức xếp loại cấp trên quyết
    # định» stays blank
    "Tỷ lệ nhiệm vụ chi bộ hoàn thành đúng hạn (%)": 100,
    "Tỷ lệ nhiệm vụ chi bộ hoàn thành vượt mức (%)": 35,
    "Tỷ lệ nhiệm vụ chi bộ không hoàn thành (%)": 0,
    "Chi bộ khắc phục hạn chế kỳ trước": "Đã khắc phục hết",
}

EXAMPLE: dict = {
    "Thông tin chung": _INFO,
    "Văn bản": _DOCUMENTS,
    "Đảng viên": _MEMBERS,
    "Xếp loại": _RATINGS,
    "Chỉ tiêu": _INDICATORS,
    "Thành tích": _ACHIEVEMENTS,
    "Nội dung": [{"Mục": k, "Nội dung": v} for k, v in _NARRATIVE],
    "Kế hoạch tháng": _PLAN,
    "Sinh hoạt": _MEETINGS,
    "Giám sát": [{"Họ và tên": n, "Hình thức": f, "Nội dung": c, "Thời gian": t, "Kết quả": r,
                  # who carries it out, and the one inspection of the year (issue 27)
                  "Người thực hiện": _BT if i % 2 == 0 else _PBT,
                  **({"Kiểm tra / giám sát": "Kiểm tra"} if f is None else {})}
                 for i, (n, f, c, t, r) in enumerate(_SUPERVISION)],
    "Phát triển Đảng": _DEVELOPMENT,
    "Biểu hiện": [{"Biểu hiện": b, "Năm phát hiện": 2026, "Đã khắc phục": done} for b, done in _MANIFESTATIONS],
    "Đảng phí": _FEES,
}

del _i, _m, _r


# --------------------------------------------------------------------------------------------------
# Self-check: python tools/example_data.py
# --------------------------------------------------------------------------------------------------

_HEADERS = {
    "Văn bản": ["Loại văn bản", "Số", "Ngày ký", "Nơi nhận", "Người ký"],
    "Đảng viên": ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Quê quán",
                  "Trình độ chuyên môn", "Lý luận chính trị", "Ngoại ngữ", "Chức vụ chính quyền",
                  "Giữ chức vụ lãnh đạo, quản lý", "Làm việc trong hệ thống chính trị", "Chức vụ Đảng",
                  "Ngày vào Đảng", "Ngày chính thức", "Loại đảng viên", "Số thẻ đảng viên",
                  "Biến động trong năm", "Ngày biến động", "Miễn sinh hoạt", "Ghi chú"],
    "Xếp loại": ["STT", "Họ và tên", "Ngày sinh", "Điểm tiêu chí chung (/30)", "Điểm kết quả nhiệm vụ (/70)",
                 "Tỷ lệ nhiệm vụ vượt mức (%)", "Tỷ lệ nhiệm vụ không hoàn thành (%)",
                 "Đã khắc phục hạn chế kỳ trước", "Xếp loại viên chức", "Nhận xét nơi cư trú",
                 "Kỷ luật trong năm", "Số tháng nghỉ ốm", "Nghỉ thai sản", "Không xếp loại (lý do)",
                 "Tự xếp loại", "Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV", "Phiếu KHTNV",
                 "Chi bộ đề nghị", "Đề nghị khen thưởng", "Ghi chú"],
    "Chỉ tiêu": ["Lĩnh vực", "Chỉ tiêu", "Đơn vị", "Chiều đánh giá", "Chỉ tiêu đề ra", "Kết quả đạt được",
                 "Chỉ tiêu năm sau", "Ghi chú"],
    "Thành tích": ["Đối tượng", "Tên tập thể / cá nhân", "Danh hiệu, giải thưởng", "Cấp", "Số lượng"],
    "Nội dung": ["Mục", "Nội dung"],
    "Kế hoạch tháng": ["Tháng", "Nội dung hoạt động", "Người phụ trách", "Sinh hoạt chuyên đề",
                       "Kết quả thực hiện"],
    "Sinh hoạt": ["Ngày họp", "Loại", "Chủ đề", "Số triệu tập", "Có mặt", "Vắng có lý do", "Vắng không lý do",
                  "Chủ trì", "Thư ký", "Tự đánh giá chất lượng", "Tóm tắt nội dung", "Kết luận",
                  "Đảng viên vắng có lý do (họ tên)"],
    "Giám sát": ["Họ và tên", "Hình thức", "Nội dung", "Thời gian", "Kết quả"],
    "Phát triển Đảng": ["Họ và tên quần chúng", "Ngày sinh", "Ngày học lớp nhận thức về Đảng",
                        "Đảng viên giúp đỡ", "Ngày kết nạp", "Ghi chú", "Ngày chi bộ xét kết nạp",
                        "Số phiếu tán thành kết nạp"],
    "Biểu hiện": ["Biểu hiện", "Năm phát hiện", "Đã khắc phục"],
    "Đảng phí": ["Họ và tên", "Tháng", "Đối tượng", "Căn cứ tính (đồng)", "Miễn, giảm (%)", "Đã nộp (đồng)"],
}
_INFO_KEYS = ["Đảng bộ cấp trên", "Tên chi bộ", "Tên đơn vị (trường)", "Cấp học", "Địa danh", "Năm đánh giá",
              "Nhiệm kỳ chi bộ", "Ngày họp kiểm điểm", "Số đảng viên dự họp kiểm điểm", "Ngày ký mặc định",
              "Bí thư", "Phó Bí thư", "Có chi ủy", "Xếp loại của nhà trường",
              "Điểm tiêu chí chung của chi bộ (/30)", "Điểm kết quả nhiệm vụ của chi bộ (/70)",
              "Chi bộ tự xếp loại", "Tỷ lệ trần hoàn thành xuất sắc (%)"]
_INFO_EXTRA = ["Ban kiểm phiếu", "Thư ký họp kiểm điểm", "Đại biểu dự họp kiểm điểm", "Số phiếu phát ra",
               "Số phiếu thu về", "Số phiếu hợp lệ", "Nhiệm kỳ tới"]
_LEVELS = [HTXS, HTT, HTNV, KHT]
_MUC = ["Căn cứ", "Thuận lợi", "Khó khăn", "Chính trị tư tưởng", "Nhiệm vụ chính trị", "Chính quyền và đoàn thể",
        "Xây dựng Đảng", "Kiểm tra, giám sát", "Học tập và làm theo Bác", "Ưu điểm", "Hạn chế", "Nguyên nhân",
        "Bài học kinh nghiệm", "Phương hướng: Chính trị tư tưởng", "Phương hướng: Nhiệm vụ chính trị",
        "Phương hướng: Chính quyền và đoàn thể", "Phương hướng: Xây dựng Đảng", "Giải pháp",
        "Kế hoạch: Chính trị tư tưởng", "Kế hoạch: Nhiệm vụ chính trị", "Kế hoạch: Chính quyền và đoàn thể",
        "Kế hoạch: Xây dựng Đảng", "Kế hoạch: Giải pháp"]
_CLOSED = {  # (sheet, column) → allowed values (closed lists only)
    ("Văn bản", "Loại văn bản"): ["Báo cáo tổng kết năm", "Báo cáo kiểm điểm tập thể", "Kế hoạch hoạt động năm",
                                  "Báo cáo tổng kết nhiệm kỳ", "Biên bản họp kiểm điểm", "Biên bản sinh hoạt",
                                  "Nghị quyết tháng", "Biên bản kiểm phiếu"],
    ("Đảng viên", "Giới tính"): ["Nam", "Nữ"],
    ("Đảng viên", "Trình độ chuyên môn"): ["Tiến sĩ", "Thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp", "Khác"],
    ("Đảng viên", "Lý luận chính trị"): ["Cử nhân", "Cao cấp", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo"],
    ("Đảng viên", "Giữ chức vụ lãnh đạo, quản lý"): ["Có", "Không"],
    ("Đảng viên", "Làm việc trong hệ thống chính trị"): ["Có", "Không"],
    ("Đảng viên", "Chức vụ Đảng"): ["Bí thư", "Phó Bí thư", "Chi ủy viên", "Đảng viên"],
    ("Đảng viên", "Loại đảng viên"): ["Chính thức", "Dự bị"],
    ("Đảng viên", "Biến động trong năm"): ["Chuyển đến", "Chuyển đi", "Kết nạp mới", "Chuyển chính thức",
                                           "Từ trần", "Xóa tên", "Khai trừ", "Ra khỏi Đảng"],
    ("Đảng viên", "Miễn sinh hoạt"): ["Miễn công tác và sinh hoạt đảng", "Giảm công tác và sinh hoạt đảng",
                                      "Tạm miễn sinh hoạt", "Không"],
    ("Xếp loại", "Đã khắc phục hạn chế kỳ trước"): ["Đã khắc phục hết", "Chưa khắc phục hết", "Không có"],
    ("Xếp loại", "Xếp loại viên chức"): _LEVELS,
    ("Xếp loại", "Nhận xét nơi cư trú"): ["Tốt", "Khá", "Trung bình", "Chưa tốt"],
    ("Xếp loại", "Kỷ luật trong năm"): ["Không", "Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"],
    ("Xếp loại", "Nghỉ thai sản"): ["Có", "Không"],
    ("Xếp loại", "Tự xếp loại"): _LEVELS,
    ("Xếp loại", "Chi bộ đề nghị"): _LEVELS,
    ("Chỉ tiêu", "Đơn vị"): ["%", "người", "giải", "đồng", "lượt", "khác"],
    ("Chỉ tiêu", "Chiều đánh giá"): ["Cao hơn là tốt", "Thấp hơn là tốt"],
    ("Thành tích", "Đối tượng"): ["Tập thể", "Cá nhân"],
    ("Thành tích", "Cấp"): ["Trường", "Xã/Phường", "Huyện/Quận", "Tỉnh/Thành phố", "Quốc gia", "Quốc tế"],
    ("Nội dung", "Mục"): _MUC,
    ("Kế hoạch tháng", "Sinh hoạt chuyên đề"): ["Có", "Không"],
    ("Sinh hoạt", "Loại"): ["Thường kỳ", "Chuyên đề"],
    ("Sinh hoạt", "Tự đánh giá chất lượng"): ["Tốt", "Khá", "Trung bình", "Kém"],
    ("Giám sát", "Hình thức"): ["Thường xuyên", "Chuyên đề"],
    ("Biểu hiện", "Đã khắc phục"): ["Có", "Không"],
    ("Đảng phí", "Đối tượng"): ["Hưởng lương (BHXH)", "Hưởng trợ cấp ốm đau/thai sản", "Hưu trí",
                                "Học sinh sinh viên", "Khác"],
    ("Đảng phí", "Miễn, giảm (%)"): [0, 30, 50, 70, 100],
}


if __name__ == "__main__":
    # The example is judged by the package itself (tests/test_example.py asserts its figures).
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from chibo_xl.checks.pipeline import check_file
    from chibo_xl.documents.kinds import workbook_lists
    from chibo_xl.workbook.blank import write_workbook

    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / "vi-du.xlsx", EXAMPLE, workbook_lists())
        _, report = check_file(path)
    print(report.to_text())
    sys.exit(report.exit_code)
