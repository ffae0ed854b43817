"""Value and cross-sheet checks (issue 2): each rule on both sides of its boundary."""
import datetime as dt

from conftest import small_data

from chibo_xl.checks.pipeline import check_file

D = dt.date


def findings(make_book, data):
    _, report = check_file(make_book(data))
    return report


def where(report, code):
    return [(f.sheet, f.cell) for f in report.findings if f.code == code]


def test_small_book_is_clean(make_book):
    report = findings(make_book, small_data())
    assert report.exit_code == 0, report.to_text()


def test_admission_before_18_and_exactly_18(make_book):
    data = small_data()
    data["Đảng viên"][2]["Ngày vào Đảng"] = D(2006, 1, 19)   # born 20/01/1988: one day short
    data["Đảng viên"][2]["Ngày chính thức"] = D(2007, 1, 19)
    data["Đảng viên"][3]["Ngày vào Đảng"] = D(2008, 11, 5)   # born 05/11/1990: exactly 18
    data["Đảng viên"][3]["Ngày chính thức"] = D(2009, 11, 5)
    report = findings(make_book, data)
    assert where(report, "ADMISSION_UNDER_18") == [("Đảng viên", "O4")]


def test_official_date_must_be_12_months_after_admission(make_book):
    data = small_data()
    data["Đảng viên"][1]["Ngày chính thức"] = D(2007, 9, 1)   # admitted 02/09/2006
    data["Đảng viên"][2]["Ngày chính thức"] = D(2013, 3, 3)   # exactly 12 months: fine
    report = findings(make_book, data)
    assert where(report, "OFFICIAL_TOO_EARLY") == [("Đảng viên", "P3")]
    assert report.exit_code == 2


def test_dates_after_the_report_date(make_book):
    data = small_data()
    data["Sinh hoạt"][0]["Ngày họp"] = D(2026, 12, 6)   # the book speaks as of 05/12/2026
    data["Sinh hoạt"][1]["Ngày họp"] = D(2026, 12, 5)
    report = findings(make_book, data)
    assert where(report, "DATE_FUTURE") == [("Sinh hoạt", "A2")]


def test_duplicated_member_and_unknown_names(make_book):
    data = small_data()
    data["Đảng viên"].append(dict(data["Đảng viên"][4], STT=7))
    data["Giám sát"][0]["Họ và tên"] = "Lê Thị Hòa"
    data["Đảng phí"][0]["Họ và tên"] = "lê  thị hoa"   # case and spacing do not matter
    report = findings(make_book, data)
    assert where(report, "MEMBER_DUPLICATE") == [("Đảng viên", "B8")]
    assert where(report, "NAME_UNKNOWN") == [("Giám sát", "A2")]


def test_probation_due_is_a_warning_with_the_date(make_book):
    data = small_data()
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2025, 12, 5)   # 12 months end on 05/12/2026
    data["Xếp loại"][5]["Ngày sinh"] = D(1995, 4, 30)
    report = findings(make_book, data)
    due = [f for f in report.findings if f.code == "PROBATION_DUE"]
    assert [(f.sheet, f.cell, f.severity) for f in due] == [("Đảng viên", "Q7", "warning")]
    assert "05/12/2026" in due[0].message
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2025, 12, 6)
    assert where(findings(make_book, data), "PROBATION_DUE") == []


def test_quarter_without_thematic_meeting_in_log_and_plan(make_book):
    data = small_data()
    data["Sinh hoạt"] = [m for m in data["Sinh hoạt"] if m["Chủ đề"] != "Chuyên đề quý 2"]
    data["Kế hoạch tháng"][8]["Sinh hoạt chuyên đề"] = "Không"   # September: quarter 3
    report = findings(make_book, data)
    assert [(f.code, f.value) for f in report.findings] == [
        ("QUARTER_NO_THEMATIC_PLAN", "Quý 3"), ("QUARTER_NO_THEMATIC", "Quý 2")]
    assert report.exit_code == 1


def test_attendance_under_85_percent(make_book):
    data = small_data()
    for m in data["Sinh hoạt"]:
        m["Số triệu tập"] = 20
        m["Có mặt"] = 18                                      # 90%: fine (85,0% is not: HD 12)
        m["Vắng có lý do"], m["Vắng không lý do"] = 2, 0
    data["Sinh hoạt"][4].update({"Có mặt": 16, "Vắng có lý do": 4})   # 80%
    report = findings(make_book, data)
    low = [f for f in report.findings if f.code == "ATTENDANCE_LOW"]
    assert [(f.sheet, f.cell) for f in low] == [("Sinh hoạt", "E6")]
    assert "80%" in low[0].message


def test_every_finding_is_reported_at_once(make_book):
    data = small_data()
    data["Đảng viên"][0]["Ngày sinh"] = "31/02/1975"
    data["Đảng viên"][1]["Giới tính"] = "Khác"
    data["Đảng viên"][2]["Họ và tên"] = None
    data["Thông tin chung"]["Năm đánh giá"] = "hai nghìn"
    report = findings(make_book, data)
    assert {(f.code, f.cell) for f in report.findings} >= {
        ("CELL_TYPE", "C2"), ("NOT_IN_LIST", "D3"), ("REQUIRED", "B4"), ("CELL_TYPE", "B7")}
    assert all(f.message for f in report.findings)
