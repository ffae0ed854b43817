"""Checks of the Xếp loại sheet (issue 3), on the small clean book changed in one place."""
import datetime as dt

from chibo_xl.check import check_file
from conftest import HT, HTXS, KHT, small_data

D = dt.date


def codes_at(make_book, data):
    _, report = check_file(make_book(data))
    return [(f.code, f.cell) for f in report.findings], report


def test_proposed_level_above_the_score_is_an_error_at_89_9(make_book):
    data = small_data()
    data["Xếp loại"][0].update({"Điểm tiêu chí chung (/30)": 27.9, "Điểm kết quả nhiệm vụ (/70)": 62})
    found, report = codes_at(make_book, data)
    assert ("LEVEL_ABOVE_SCORE", "T2") in found
    assert "89,9/100" in next(f.message for f in report.findings if f.code == "LEVEL_ABOVE_SCORE")
    data["Xếp loại"][0]["Điểm tiêu chí chung (/30)"] = 28          # 90: fine
    found, _ = codes_at(make_book, data)
    assert not [c for c in found if c[0] == "LEVEL_ABOVE_SCORE"]


def test_discipline_forces_not_completed(make_book):
    data = small_data()
    data["Xếp loại"][1]["Kỷ luật trong năm"] = "Khiển trách"
    found, _ = codes_at(make_book, data)
    assert ("LEVEL_FORCED", "T3") in found
    data["Xếp loại"][1].update({"Chi bộ đề nghị": KHT, "Tự xếp loại": KHT,
                                "Phiếu HTTNV": 0, "Phiếu KHTNV": 6})
    found, _ = codes_at(make_book, data)
    assert not [c for c in found if c[0] == "LEVEL_FORCED"]


def test_member_admitted_under_six_months_must_not_be_rated(make_book):
    data = small_data()
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2026, 6, 4)    # review 03/12/2026
    found, _ = codes_at(make_book, data)
    assert ("NOT_TO_BE_RATED", "T7") in found
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2026, 6, 3)
    found, _ = codes_at(make_book, data)
    assert not [c for c in found if c[0] == "NOT_TO_BE_RATED"]


def test_member_who_must_be_rated_but_is_not(make_book):
    data = small_data()
    del data["Xếp loại"][3]
    found, _ = codes_at(make_book, data)
    assert ("NOT_RATED", "B5") in found


def test_ballots_over_present_and_no_majority(make_book):
    data = small_data()
    data["Xếp loại"][1].update({"Phiếu HTTNV": 6, "Phiếu HTNV": 1})     # 7 ballots, 6 present
    data["Xếp loại"][2].update({"Phiếu HTTNV": 3, "Phiếu HTNV": 3})     # 3/6 is not a majority
    found, report = codes_at(make_book, data)
    assert ("BALLOT_OVER_PRESENT", "P3") in found
    assert ("NO_MAJORITY", "Q4") in found


def test_the_cap_warning_at_exactly_and_above_20_percent(make_book):
    data = small_data()
    data["Thông tin chung"]["Tỷ lệ trần hoàn thành xuất sắc (%)"] = 20
    found, report = codes_at(make_book, data)          # 1 HTXS / 5 HTT = 20%: fine
    assert report.exit_code == 0
    data["Xếp loại"][1].update({"Điểm tiêu chí chung (/30)": 29, "Điểm kết quả nhiệm vụ (/70)": 65,
                                "Tự xếp loại": HTXS, "Chi bộ đề nghị": HTXS,
                                "Tỷ lệ nhiệm vụ vượt mức (%)": 40,
                                "Phiếu HTXSNV": 6, "Phiếu HTTNV": 0})
    found, report = codes_at(make_book, data)          # 2 HTXS / 4 HTT = 50%
    assert found == [("CAP_EXCEEDED", "")] and report.exit_code == 1


def test_excellent_needs_30_percent_of_tasks_exceeded(make_book):
    data = small_data()
    data["Xếp loại"][0]["Tỷ lệ nhiệm vụ vượt mức (%)"] = 29
    found, _ = codes_at(make_book, data)
    assert ("EXCELLENT_NEEDS_OVER_RATE", "F2") in found


def test_sick_leave_cap_in_2020_but_not_in_2026(make_book):
    data = small_data()
    data["Xếp loại"][1]["Số tháng nghỉ ốm"] = 4
    found, _ = codes_at(make_book, data)
    assert not [c for c in found if c[0] == "LEVEL_SICK_CAP"]
    for r in data["Xếp loại"]:
        r["Điểm tiêu chí chung (/30)"] = r["Điểm kết quả nhiệm vụ (/70)"] = None
    data["Thông tin chung"].update({"Năm đánh giá": 2020, "Ngày họp kiểm điểm": D(2020, 12, 3),
                                    "Ngày ký mặc định": D(2020, 12, 5)})
    data["Văn bản"][0]["Ngày ký"] = D(2020, 12, 5)
    data["Đảng viên"][5].update({"Ngày vào Đảng": D(2019, 3, 1), "Ngày chính thức": D(2020, 3, 1),
                                 "Loại đảng viên": "Chính thức"})
    data["Sinh hoạt"], data["Kế hoạch tháng"] = [], []
    found, _ = codes_at(make_book, data)
    assert ("LEVEL_SICK_CAP", "T3") in found
    data["Xếp loại"][1].update({"Chi bộ đề nghị": HT, "Tự xếp loại": HT, "Phiếu HTTNV": 0,
                                "Phiếu HTNV": 6})
    found, _ = codes_at(make_book, data)
    assert not [c for c in found if c[0] == "LEVEL_SICK_CAP"]
