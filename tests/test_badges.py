"""Issue 23: Huy hiệu Đảng as the guidance says (Hướng dẫn 01-HD/TW 2021 §18, Quy định 24-QĐ/TW,
as quoted; Hướng dẫn 06-HD/TW could not be read): deferred by a discipline for the settings'
months from its decision, proposed early for serious illness (12 months; 24 from 70 years),
awarded posthumously to a member who died in the year (the milestone within 12 months), and the
deceased kept in the list."""
import datetime as dt

import docfmt
from conftest import small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.figures import badges

D = dt.date
MEMBERS, RATINGS, INFO = "Đảng viên", "Xếp loại", "Thông tin chung"
BADGES = "Tờ trình đề nghị tặng Huy hiệu Đảng năm 2026.docx"
REPORT = "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"


def admitted(data, i, day, born=D(1960, 7, 1)):
    """Member `i` of the small book admitted on `day` (the decision)."""
    data[MEMBERS][i].update({"Ngày vào Đảng": day, "Ngày chính thức": D(day.year + 1, day.month,
                                                                         day.day),
                             "Ngày sinh": born})
    data[RATINGS][i]["Ngày sinh"] = born


def considered(make_book, data, name="so.xlsx"):
    book, report = check_file(make_book(data, name))
    return [(x.name, x.years, x.kind, x.deferred) for x in badges.milestones(book)], report


def test_a_discipline_defers_the_award_by_the_settings_months(make_book):
    data = small_data()
    admitted(data, 1, D(1986, 9, 2))                    # Trần Văn Bình: 40 years on 02/09/2026
    data[RATINGS][1].update({"Kỷ luật trong năm": "Khiển trách", "Ngày quyết định kỷ luật":
                             D(2026, 5, 10), "Chi bộ đề nghị": "Không hoàn thành nhiệm vụ",
                             "Tự xếp loại": "Không hoàn thành nhiệm vụ", "Phiếu HTTNV": 0,
                             "Phiếu KHTNV": 5})
    found, report = considered(make_book, data)         # 6 months: from 10/11/2026, in the year
    assert found == [("Trần Văn Bình", 40, "", False)]
    assert not [f for f in report.findings if f.code.startswith("BADGE_")]
    data[RATINGS][1]["Kỷ luật trong năm"] = "Cảnh cáo"  # 9 months: from 10/02/2027, deferred
    found, report = considered(make_book, data, "b.xlsx")
    assert found == [("Trần Văn Bình", 40, "", True)]
    (w,) = [f for f in report.findings if f.code == "BADGE_DEFERRED"]
    assert "xét lại từ ngày 10/02/2027" in w.message and w.severity == "warning"
    data[INFO]["Huy hiệu Đảng: số tháng hoãn khi bị cảnh cáo"] = 6      # the setting
    assert considered(make_book, data, "c.xlsx")[0] == [("Trần Văn Bình", 40, "", False)]
    data[RATINGS][1]["Ngày quyết định kỷ luật"] = None  # the day unknown: not proposed, warned
    found, report = considered(make_book, data, "d.xlsx")
    assert found == [("Trần Văn Bình", 40, "", True)]
    assert [f for f in report.findings if f.code == "BADGE_DISCIPLINE_DAY_MISSING"]


def test_a_deferred_member_is_left_out_of_the_request_and_named_in_the_report(make_book, tmp_path):
    data = small_data()
    admitted(data, 1, D(1986, 9, 2))
    admitted(data, 2, D(1996, 3, 3), D(1970, 1, 20))    # Lê Thị Hoa: 30 years on 03/03/2026
    data[RATINGS][1].update({"Kỷ luật trong năm": "Cảnh cáo", "Ngày quyết định kỷ luật":
                             D(2026, 5, 10), "Chi bộ đề nghị": "Không hoàn thành nhiệm vụ",
                             "Tự xếp loại": "Không hoàn thành nhiệm vụ", "Phiếu HTTNV": 0,
                             "Phiếu KHTNV": 5})
    assert build(make_book(data), tmp_path).ok
    rows = docfmt.table_rows(tmp_path / BADGES, "STT")
    assert [r[1] for r in rows[1:]] == ["Lê Thị Hoa"]
    assert ("Chưa xét tặng Huy hiệu Đảng do bị kỷ luật: đồng chí Trần Văn Bình (Huy hiệu 40 năm "
            "tuổi đảng, kỷ luật cảnh cáo ngày 10/05/2026, xét lại từ ngày 10/02/2027).") in \
        docfmt.text_of(tmp_path / REPORT)


def test_serious_illness_brings_the_award_forward_twelve_or_twenty_four_months(make_book):
    data = small_data()
    admitted(data, 2, D(1997, 6, 1), D(1970, 1, 20))    # 30 years on 01/06/2027: 5 months early
    assert considered(make_book, data)[0] == []
    data[MEMBERS][2]["Bệnh nặng (đề nghị tặng Huy hiệu sớm)"] = "Có"
    assert considered(make_book, data, "b.xlsx")[0] == [("Lê Thị Hoa", 30, badges.EARLY, False)]
    admitted(data, 2, D(1998, 1, 1), D(1970, 1, 20))    # 30 years on 01/01/2028: 12 months + 1 day
    assert considered(make_book, data, "c.xlsx")[0] == []
    admitted(data, 2, D(1958, 6, 1), D(1935, 1, 20))    # 70 years on 01/06/2028: 17 months early
    assert considered(make_book, data, "d.xlsx")[0] == [("Lê Thị Hoa", 70, badges.EARLY, False)]


def test_a_member_who_died_is_kept_and_awarded_posthumously(make_book, tmp_path):
    data = small_data()
    admitted(data, 3, D(1997, 5, 1), D(1965, 11, 5))    # Phạm Văn Nam: 30 years on 01/05/2027
    data[MEMBERS][3].update({"Biến động trong năm": "Từ trần", "Ngày biến động": D(2026, 8, 1)})
    data[RATINGS][3].update({"Không xếp loại (lý do)": "Khác", "Chi bộ đề nghị": None,
                             "Tự xếp loại": None, "Phiếu HTTNV": None})
    found, _ = considered(make_book, data)              # 9 months after the death: truy tặng
    assert found == [("Phạm Văn Nam", 30, badges.POSTHUMOUS, False)]
    assert build(make_book(data, "b.xlsx"), tmp_path).ok
    rows = docfmt.table_rows(tmp_path / BADGES, "STT")
    assert rows[1][1] == "Phạm Văn Nam"
    assert rows[1][7].split("\n") == ["01/05/2027", "Từ trần ngày 01/08/2026: đề nghị truy tặng"]
    text = docfmt.text_of(tmp_path / BADGES)
    assert "đề nghị cấp có thẩm quyền tặng, truy tặng Huy hiệu Đảng cho 01 đảng viên đủ tuổi " \
           "đảng, đề nghị tặng sớm hoặc truy tặng năm 2026" in text
    data[MEMBERS][3]["Ngày biến động"] = D(2026, 4, 30)  # 12 months and a day before: too early
    assert considered(make_book, data, "c.xlsx")[0] == []


def test_a_deferral_past_the_year_is_carried_by_lich_su_into_the_next(make_book, tmp_path):
    from chibo_xl.commands.newyear import next_year_data
    data = small_data()
    admitted(data, 1, D(1986, 9, 2))                    # 40 years on 02/09/2026
    data[RATINGS][1].update({"Kỷ luật trong năm": "Cảnh cáo", "Ngày quyết định kỷ luật":
                             D(2026, 5, 10), "Chi bộ đề nghị": "Không hoàn thành nhiệm vụ",
                             "Tự xếp loại": "Không hoàn thành nhiệm vụ", "Phiếu HTTNV": 0,
                             "Phiếu KHTNV": 5})
    book, _ = check_file(make_book(data))
    assert [(x.name, x.deferred) for x in badges.milestones(book)] == [("Trần Văn Bình", True)]
    nxt = next_year_data(book)                          # 2027: the discipline is in Lịch sử only
    row = next(r for r in nxt["Lịch sử"] if r.get("Họ và tên") == "Trần Văn Bình")
    assert (row["Kỷ luật"], row["Ngày quyết định kỷ luật"]) == ("Cảnh cáo", D(2026, 5, 10))
    book27, _ = check_file(make_book(nxt, "2027.xlsx"))
    found = badges.milestones(book27)                   # 41 years in 2027: the 40 carried over
    assert [(x.name, x.years, x.day, x.deferred, x.resume) for x in found] == [
        ("Trần Văn Bình", 40, D(2026, 9, 2), False, D(2027, 2, 10))]
    # without the carried row the 2027 book would not know the badge: nobody is proposed
    nxt["Lịch sử"] = [r for r in nxt["Lịch sử"] if r.get("Họ và tên") != "Trần Văn Bình"]
    assert badges.milestones(check_file(make_book(nxt, "2027b.xlsx"))[0]) == []
