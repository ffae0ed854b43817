"""Checks of the Xếp loại sheet (issues 3 and 12), on the small clean book changed in one place.

Every condition of Quy định 366-QĐ/TW Điều 11 is tested on both sides of its boundary.
"""
import datetime as dt

import pytest
from conftest import HT, HTT, HTXS, KHT, small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.workbook import schema
from chibo_xl.workbook.tables import col_letter

D = dt.date


def at(header: str, index: int) -> str:
    """The cell of rating row `index` (0-based) in column `header`, as the generator lays it out."""
    columns = schema.RATINGS.columns
    return col_letter(next(i for i, c in enumerate(columns, 1) if c.header == header)) + str(index + 2)


def info_at(header: str) -> str:
    return f"B{next(i for i, c in enumerate(schema.INFO.columns, 2) if c.header == header)}"


LEVEL = "Chi bộ đề nghị"


def codes_at(make_book, data):
    _, report = check_file(make_book(data))
    return [(f.code, f.cell) for f in report.findings], report


def codes(make_book, data) -> set:
    return {code for code, _ in codes_at(make_book, data)[0]}


def message(report, code) -> str:
    return next(f.message for f in report.findings if f.code == code)


def test_the_small_book_is_clean(make_book):
    found, report = codes_at(make_book, small_data())
    assert found == [] and report.exit_code == 0


def test_proposed_level_above_the_score_is_an_error_at_89_9(make_book):
    data = small_data()
    data["Xếp loại"][0].update({"Điểm tiêu chí chung (/30)": 27.9, "Điểm kết quả nhiệm vụ (/70)": 62})
    found, report = codes_at(make_book, data)
    assert ("LEVEL_ABOVE_SCORE", at(LEVEL, 0)) in found
    assert "89,9/100" in message(report, "LEVEL_ABOVE_SCORE")
    data["Xếp loại"][0]["Điểm tiêu chí chung (/30)"] = 28          # 90: fine
    assert "LEVEL_ABOVE_SCORE" not in codes(make_book, data)


def test_discipline_forces_not_completed(make_book):
    data = small_data()
    data["Xếp loại"][1]["Kỷ luật trong năm"] = "Khiển trách"
    found, report = codes_at(make_book, data)
    assert ("LEVEL_FORCED", at(LEVEL, 1)) in found
    assert "Điều 11" in message(report, "LEVEL_FORCED")
    data["Xếp loại"][1].update({LEVEL: KHT, "Tự xếp loại": KHT, "Phiếu HTTNV": 0, "Phiếu KHTNV": 5})
    assert "LEVEL_FORCED" not in codes(make_book, data)


def test_self_reported_and_remedied_turns_the_forced_level_into_a_warning(make_book):
    data = small_data()
    data["Xếp loại"][1].update({"Kỷ luật trong năm": "Khiển trách",
                                "Tự giác nhận lỗi, đã khắc phục hậu quả": "Có"})
    found, report = codes_at(make_book, data)
    assert ("LEVEL_FORCED_EXCEPTION", at(LEVEL, 1)) in found and report.exit_code == 1
    assert "cấp có thẩm quyền xem xét, quyết định" in message(report, "LEVEL_FORCED_EXCEPTION")
    data["Xếp loại"][1]["Tự giác nhận lỗi, đã khắc phục hậu quả"] = "Không"
    assert "LEVEL_FORCED" in codes(make_book, data)


def test_the_exception_does_not_cover_tasks_not_done(make_book):
    data = small_data()
    data["Xếp loại"][1].update({"Tỷ lệ nhiệm vụ không hoàn thành (%)": 50.1,
                                "Tự giác nhận lỗi, đã khắc phục hậu quả": "Có"})
    assert "LEVEL_FORCED" in codes(make_book, data)
    data["Xếp loại"][1]["Tỷ lệ nhiệm vụ không hoàn thành (%)"] = 50
    assert not codes(make_book, data) & {"LEVEL_FORCED", "LEVEL_FORCED_EXCEPTION"}


def _leader(data, index=1):
    """Make member `index` a leader (Mẫu 02A)."""
    data["Đảng viên"][index]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"


@pytest.mark.parametrize("rate, forced", [(69.9, True), (70, False)])
def test_leader_whose_unit_completes_under_70_percent(make_book, rate, forced):
    data = small_data()
    _leader(data)
    data["Xếp loại"][1]["Tỷ lệ nhiệm vụ đơn vị hoàn thành (%) (Mẫu 02A)"] = rate
    found, report = codes_at(make_book, data)
    assert (("LEVEL_FORCED", at(LEVEL, 1)) in found) is forced
    if forced:
        assert "hoàn thành dưới 70% số nhiệm vụ" in message(report, "LEVEL_FORCED")


def test_the_unit_rule_is_for_leaders_only(make_book):
    data = small_data()
    data["Xếp loại"][1]["Tỷ lệ nhiệm vụ đơn vị hoàn thành (%) (Mẫu 02A)"] = 50
    assert "LEVEL_FORCED" not in codes(make_book, data)


@pytest.mark.parametrize("low, forced", [(50.1, True), (50, False)])
def test_leader_with_more_than_half_low_confidence_votes(make_book, low, forced):
    data = small_data()
    _leader(data)
    data["Xếp loại"][1]["Tỷ lệ phiếu tín nhiệm thấp (%) (Mẫu 02A)"] = low
    assert ("LEVEL_FORCED" in codes(make_book, data)) is forced


@pytest.mark.parametrize("level, on_time, error", [
    (HTXS, 100, False), (HTXS, 99, True), (HTT, 100, False), (HTT, 99, True),
    (HT, 80, False), (HT, 79.9, True),
])
def test_on_time_rate_of_each_level(make_book, level, on_time, error):
    data = small_data()
    row = data["Xếp loại"][0]
    scores = {HTXS: (29, 62), HTT: (27, 58), HT: (24, 40)}[level]
    votes = {HTXS: (4, 1, 0, 0), HTT: (0, 5, 0, 0), HT: (0, 0, 5, 0)}[level]
    row.update({"Điểm tiêu chí chung (/30)": scores[0], "Điểm kết quả nhiệm vụ (/70)": scores[1],
                "Tự xếp loại": level, LEVEL: level, "Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)": on_time,
                **dict(zip(("Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV", "Phiếu KHTNV"), votes))})
    found, report = codes_at(make_book, data)
    assert (("LEVEL_NEEDS_ON_TIME", at("Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)", 0)) in found) is error
    if error:
        assert "Quy định 366-QĐ/TW, Điều 11" in message(report, "LEVEL_NEEDS_ON_TIME")


@pytest.mark.parametrize("over, error", [(29.9, True), (30, False)])
def test_excellent_needs_30_percent_of_tasks_exceeded(make_book, over, error):
    data = small_data()
    data["Xếp loại"][0]["Tỷ lệ nhiệm vụ vượt mức (%)"] = over
    found, _ = codes_at(make_book, data)
    assert (("EXCELLENT_NEEDS_OVER_RATE", at("Tỷ lệ nhiệm vụ vượt mức (%)", 0)) in found) is error


@pytest.mark.parametrize("remedied, error", [
    ("Chưa khắc phục hết", True), ("Đã khắc phục hết", False), ("Không có", False)])
def test_excellent_needs_every_shortcoming_remedied(make_book, remedied, error):
    data = small_data()
    data["Xếp loại"][0]["Đã khắc phục hạn chế kỳ trước"] = remedied
    data["Xếp loại"][1]["Đã khắc phục hạn chế kỳ trước"] = "Chưa khắc phục hết"   # HTT: allowed
    found, _ = codes_at(make_book, data)
    assert [c for c, _ in found if c == "EXCELLENT_NEEDS_REMEDIED"] == (
        ["EXCELLENT_NEEDS_REMEDIED"] if error else [])


def test_conditions_are_not_judged_before_2025(make_book):
    data = _year_2020(small_data())
    data["Xếp loại"][0].update({"Tỷ lệ nhiệm vụ hoàn thành đúng hạn (%)": 90,
                                "Tỷ lệ nhiệm vụ vượt mức (%)": 10})
    assert not codes(make_book, data) & {"LEVEL_NEEDS_ON_TIME", "EXCELLENT_NEEDS_OVER_RATE"}


def test_party_level_above_the_civil_servant_rating_is_a_warning(make_book):
    data = small_data()
    data["Xếp loại"][1]["Xếp loại viên chức"] = HT
    found, report = codes_at(make_book, data)
    assert found == [("LEVEL_ABOVE_CIVIL", at(LEVEL, 1))] and report.exit_code == 1
    data["Xếp loại"][1]["Xếp loại viên chức"] = HTT                # equal: fine
    assert codes_at(make_book, data)[0] == []


def test_missing_school_rating_is_a_warning(make_book):
    data = small_data()
    del data["Thông tin chung"]["Xếp loại của nhà trường"]
    found, report = codes_at(make_book, data)
    assert found == [("UNIT_LEVEL_MISSING", info_at("Xếp loại của nhà trường"))]
    assert "Điều 12" in message(report, "UNIT_LEVEL_MISSING")


def test_member_admitted_under_six_months_must_not_be_rated(make_book):
    data = small_data()
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2026, 6, 4)    # review 03/12/2026
    found, _ = codes_at(make_book, data)
    assert ("NOT_TO_BE_RATED", at(LEVEL, 5)) in found
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2026, 6, 3)
    assert "NOT_TO_BE_RATED" not in codes(make_book, data)


def test_member_who_must_be_rated_but_is_not(make_book):
    data = small_data()
    del data["Xếp loại"][3]
    found, _ = codes_at(make_book, data)
    assert ("NOT_RATED", "B5") in found


# ---------------------------------------------------------------------------------------------
# Probationary members do not vote (Điều lệ Đảng)
# ---------------------------------------------------------------------------------------------
def test_ballots_over_official_members_present_and_no_majority(make_book):
    data = small_data()            # 6 present, 1 probationary: 5 voters
    data["Xếp loại"][1].update({"Phiếu HTTNV": 5, "Phiếu HTNV": 1})     # 6 ballots
    data["Xếp loại"][2].update({"Phiếu HTTNV": 2, "Phiếu HTNV": 2})     # 2/5 is not a majority
    found, report = codes_at(make_book, data)
    assert ("BALLOT_OVER_PRESENT", at("Phiếu HTXSNV", 1)) in found
    assert "(5) (6 dự họp, trong đó 1 đảng viên dự bị không biểu quyết)" in message(
        report, "BALLOT_OVER_PRESENT")
    assert ("NO_MAJORITY", at("Phiếu HTTNV", 2)) in found


def _thirty_with_three_probationary(data):
    """30 members present, 3 of them probationary: 27 may vote."""
    extra = []
    for i in range(24):
        probationary = i < 2          # with Vũ Minh Đức, three probationary members
        extra.append({"STT": 7 + i, "Họ và tên": f"Nguyễn Văn Thành {chr(65 + i)}",
                      "Ngày sinh": D(1990, 1, 1 + i), "Giới tính": "Nam", "Dân tộc": "Kinh",
                      "Trình độ chuyên môn": "Đại học", "Chức vụ chính quyền": "Giáo viên",
                      "Giữ chức vụ lãnh đạo, quản lý": "Không",
                      "Làm việc trong hệ thống chính trị": "Có", "Chức vụ Đảng": "Đảng viên",
                      "Ngày vào Đảng": D(2026, 1, 5) if probationary else D(2010, 1, 5),
                      "Ngày chính thức": None if probationary else D(2011, 1, 5),
                      "Loại đảng viên": "Dự bị" if probationary else "Chính thức",
                      "Miễn sinh hoạt": "Không"})
    data["Đảng viên"] += extra
    data["Đảng phí"] = []      # the fees are not what is tested: no list of part of the cell
    for r in data["Xếp loại"]:
        r.update({"Phiếu HTXSNV": 0, "Phiếu HTTNV": 27, "Phiếu HTNV": 0, "Phiếu KHTNV": 0})
    data["Xếp loại"][0].update({"Phiếu HTXSNV": 25, "Phiếu HTTNV": 2})
    for i, m in enumerate(extra):
        data["Xếp loại"].append({"STT": 7 + i, "Họ và tên": m["Họ và tên"], "Ngày sinh": m["Ngày sinh"],
                                 "Điểm tiêu chí chung (/30)": 26, "Điểm kết quả nhiệm vụ (/70)": 55,
                                 "Tự xếp loại": HTT, LEVEL: HTT, "Phiếu HTTNV": 27})
    data["Thông tin chung"].update({"Số đảng viên dự họp kiểm điểm": 30, "Số phiếu phát ra": 27,
                                    "Số phiếu thu về": 27, "Số phiếu hợp lệ": 27})
    for m in data["Sinh hoạt"]:
        m.update({"Số triệu tập": 30, "Có mặt": 30})
    return data


def test_thirty_present_three_probationary_twenty_seven_ballots(make_book):
    data = _thirty_with_three_probationary(small_data())
    found, report = codes_at(make_book, data)
    assert found == [], report.findings
    data["Xếp loại"][3]["Phiếu HTNV"] = 1                   # 28 votes for 27 voters
    found, report = codes_at(make_book, data)
    assert found == [("BALLOT_OVER_PRESENT", at("Phiếu HTXSNV", 3))]
    data["Xếp loại"][3]["Phiếu HTNV"] = None
    data["Thông tin chung"]["Số phiếu phát ra"] = 28          # ballots handed to a probationary member
    found, _ = codes_at(make_book, data)
    assert found == [("BALLOTS_OVER_VOTERS", info_at("Số phiếu phát ra"))]


def test_official_members_present_entered_by_hand(make_book):
    data = small_data()
    data["Thông tin chung"]["Số đảng viên chính thức dự họp (biểu quyết)"] = 7   # above 6 present
    found, _ = codes_at(make_book, data)
    assert ("VOTERS_OVER_PRESENT", info_at("Số đảng viên chính thức dự họp (biểu quyết)")) in found
    data["Thông tin chung"]["Số đảng viên chính thức dự họp (biểu quyết)"] = 4    # one absent
    found, _ = codes_at(make_book, data)
    assert ("BALLOT_OVER_PRESENT", at("Phiếu HTXSNV", 0)) in found            # 5 votes for 4
    assert ("BALLOTS_OVER_VOTERS", info_at("Số phiếu phát ra")) in found


def test_the_cells_own_votes_over_the_voters(make_book):
    data = small_data()
    data["Thông tin chung"]["Số phiếu tán thành mức xếp loại chi bộ"] = 6
    found, _ = codes_at(make_book, data)
    assert found == [("BALLOT_OVER_PRESENT", info_at("Số phiếu tán thành mức xếp loại chi bộ"))]


# ---------------------------------------------------------------------------------------------
# The cap, within groups of comparable members (the same groups as `aggregate`)
# ---------------------------------------------------------------------------------------------
def test_the_cap_warning_at_exactly_and_above_20_percent(make_book):
    data = small_data()
    data["Thông tin chung"]["Tỷ lệ trần hoàn thành xuất sắc (%)"] = 25
    found, report = codes_at(make_book, data)          # 1 HTXS / 5 HTT = 20%: fine
    assert report.exit_code == 0
    data["Xếp loại"][1].update({"Điểm tiêu chí chung (/30)": 29, "Điểm kết quả nhiệm vụ (/70)": 65,
                                "Tự xếp loại": HTXS, LEVEL: HTXS,
                                "Tỷ lệ nhiệm vụ vượt mức (%)": 40,
                                "Phiếu HTXSNV": 5, "Phiếu HTTNV": 0})
    found, report = codes_at(make_book, data)          # 2 HTXS / 4 HTT = 50% > 25% (limit 1)
    assert found == [("CAP_EXCEEDED", "")] and report.exit_code == 1
    assert message(report, "CAP_EXCEEDED") == (
        "Đảng viên của chi bộ: 2 «Hoàn thành xuất sắc nhiệm vụ» vượt 25% số «Hoàn thành tốt nhiệm "
        "vụ» (4): tối đa 1, vượt 1. Cấp có thẩm quyền xem xét, quyết định (Quy định 366-QĐ/TW, "
        "Điều 11).")


def test_a_group_too_small_for_the_rate_is_never_told_none_may_be_chosen(make_book):
    """At 20%, 4 «Hoàn thành tốt» allow nobody: the rate is applied «theo đối tượng … tương
    đồng» across the đảng ủy's scope (Quy định 366 Điều 11), so the cell hears that the đảng ủy
    decides, not «tối đa 0»."""
    data = small_data()
    data["Xếp loại"][1].update({"Điểm tiêu chí chung (/30)": 29, "Điểm kết quả nhiệm vụ (/70)": 65,
                                "Tự xếp loại": HTXS, LEVEL: HTXS,
                                "Tỷ lệ nhiệm vụ vượt mức (%)": 40,
                                "Phiếu HTXSNV": 5, "Phiếu HTTNV": 0})
    found, report = codes_at(make_book, data)
    assert found == [("CAP_SMALL_GROUP", "")] and report.exit_code == 1
    text = message(report, "CAP_SMALL_GROUP")
    assert text.startswith("Đảng viên của chi bộ: 2 «Hoàn thành xuất sắc nhiệm vụ», 4 «Hoàn thành "
                           "tốt nhiệm vụ» — nhóm quá nhỏ để tính tỷ lệ 20% riêng ở chi bộ.")
    assert "tối đa" not in text and "đảng ủy quyết định" in text


def test_the_leaders_group_only_when_the_cell_chooses_it(make_book):
    """Splitting the cell's leaders from its others is an inference, not the text: a setting,
    blank = the whole cell. The principal (HTXS) leading: 1 HTXS / 5 HTT in the cell is fine."""
    data = small_data()
    data["Đảng viên"][0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"   # the HTXS principal leads
    found, report = codes_at(make_book, data)
    assert found == [] and report.exit_code == 0
    data["Thông tin chung"]["Nhóm tính tỷ lệ hoàn thành xuất sắc"] = (
        "Tách người giữ chức vụ lãnh đạo, quản lý")
    found, report = codes_at(make_book, data)
    assert found == [("CAP_SMALL_GROUP", "")]          # alone in her group: decided above
    assert message(report, "CAP_SMALL_GROUP").startswith(
        "Đảng viên giữ chức vụ lãnh đạo, quản lý: 1 «Hoàn thành xuất sắc nhiệm vụ»")


def _year_2020(data):
    for r in data["Xếp loại"]:
        r["Điểm tiêu chí chung (/30)"] = r["Điểm kết quả nhiệm vụ (/70)"] = None
    data["Thông tin chung"].update({"Năm đánh giá": 2020, "Ngày họp kiểm điểm": D(2020, 12, 3),
                                    "Ngày ký mặc định": D(2020, 12, 5)})
    data["Văn bản"][0]["Ngày ký"] = D(2020, 12, 5)
    data["Đảng viên"][5].update({"Ngày vào Đảng": D(2020, 3, 1), "Ngày chính thức": None,
                                 "Loại đảng viên": "Dự bị"})
    data["Sinh hoạt"], data["Kế hoạch tháng"] = [], []
    return data


def test_sick_leave_cap_in_2020_but_not_in_2026(make_book):
    data = small_data()
    data["Xếp loại"][1]["Số tháng nghỉ ốm"] = 4
    assert "LEVEL_SICK_CAP" not in codes(make_book, data)
    data = _year_2020(data)
    found, _ = codes_at(make_book, data)
    assert ("LEVEL_SICK_CAP", at(LEVEL, 1)) in found
    data["Xếp loại"][1].update({LEVEL: HT, "Tự xếp loại": HT, "Phiếu HTTNV": 0, "Phiếu HTNV": 5})
    assert "LEVEL_SICK_CAP" not in codes(make_book, data)


# --- issue 23: every case of Điều 11 ------------------------------------------------------------

@pytest.mark.parametrize("fail, error", [(0, False), (0.5, True), (None, False)])
def test_tasks_not_done_bar_every_level_from_htnv(make_book, fail, error):
    """«Hoàn thành 100% các nhiệm vụ được giao»: one task not done and HTTNV is an error (not
    only more than half); a blank rate is not judged."""
    data = small_data()
    data["Xếp loại"][1]["Tỷ lệ nhiệm vụ không hoàn thành (%)"] = fail
    found, report = codes_at(make_book, data)
    assert (("LEVEL_NEEDS_ALL_DONE", at("Tỷ lệ nhiệm vụ không hoàn thành (%)", 1)) in found) is error
    if error:
        assert message(report, "LEVEL_NEEDS_ALL_DONE") == (
            "«Hoàn thành tốt nhiệm vụ» cần hoàn thành 100% các nhiệm vụ được giao (Quy định "
            "366-QĐ/TW, Điều 11).")


@pytest.mark.parametrize("conclusion, cause", [
    ("Suy thoái tư tưởng chính trị, đạo đức, lối sống", "bị cấp có thẩm quyền kết luận có biểu "
     "hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống"),
    ("Vi phạm những điều đảng viên không được làm", "vi phạm những điều đảng viên không được làm"),
    ("Vi phạm trách nhiệm nêu gương", "vi phạm quy định về trách nhiệm nêu gương"),
])
def test_decline_or_a_violation_forces_not_completed_without_discipline(make_book, conclusion,
                                                                         cause):
    data = small_data()
    data["Xếp loại"][2]["Bị kết luận suy thoái, vi phạm"] = conclusion
    found, report = codes_at(make_book, data)
    assert ("LEVEL_FORCED", at(LEVEL, 2)) in found
    assert f"Đảng viên {cause}" in message(report, "LEVEL_FORCED")
    data["Xếp loại"][2]["Tự giác nhận lỗi, đã khắc phục hậu quả"] = "Có"
    found, _ = codes_at(make_book, data)
    assert ("LEVEL_FORCED_EXCEPTION", at(LEVEL, 2)) in found
    assert "LEVEL_FORCED" not in {c for c, _ in found}


def test_a_violation_of_an_earlier_year_is_the_committees_call(make_book):
    """Quy định 366 Điều 11, «trường hợp cần lưu ý (1)»: disciplined now for a violation of an
    earlier year — the committee above rates: a warning, the build is not blocked."""
    data = small_data()
    data["Xếp loại"][1].update({"Kỷ luật trong năm": "Khiển trách",
                                "Vi phạm xảy ra từ năm trước": "Có"})
    found, report = codes_at(make_book, data)
    assert ("LEVEL_FORCED_DECIDED_ABOVE", at("Kỷ luật trong năm", 1)) in found
    assert report.errors == []
    assert "vi phạm xảy ra từ năm trước, đến nay mới bị kỷ luật: cấp ủy cấp trên có thẩm quyền" \
        in message(report, "LEVEL_FORCED_DECIDED_ABOVE")
    data["Xếp loại"][1]["Vi phạm xảy ra từ năm trước"] = "Không"
    assert "LEVEL_FORCED" in codes(make_book, data)


def test_leaders_own_cases_and_the_ones_their_list_does_not_name(make_book):
    data = small_data()
    _leader(data)
    row = data["Xếp loại"][1]
    row["Tỷ lệ đơn vị phụ trách xếp loại KHTNV (%) (Mẫu 02A)"] = 50.1
    found, report = codes_at(make_book, data)
    assert ("LEVEL_FORCED", at(LEVEL, 1)) in found
    assert "trên 50% số đơn vị, bộ phận mình phụ trách bị xếp loại" in message(report, "LEVEL_FORCED")
    row["Tỷ lệ đơn vị phụ trách xếp loại KHTNV (%) (Mẫu 02A)"] = 50
    row["Tham nhũng, tiêu cực trong phạm vi quản lý bị kỷ luật (Mẫu 02A)"] = "Có"
    found, report = codes_at(make_book, data)
    assert "tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật" in message(report, "LEVEL_FORCED")
    row["Tham nhũng, tiêu cực trong phạm vi quản lý bị kỷ luật (Mẫu 02A)"] = "Không"
    # more than half of his own tasks not done: not in the leaders' list (warning)
    row["Tỷ lệ nhiệm vụ không hoàn thành (%)"] = 60
    row["Bị kết luận suy thoái, vi phạm"] = "Vi phạm những điều đảng viên không được làm"
    found, report = codes_at(make_book, data)
    assert report.errors == []
    above = [f for f in report.findings if f.code == "LEVEL_FORCED_DECIDED_ABOVE"]
    assert [f.cell for f in above] == [at("Bị kết luận suy thoái, vi phạm", 1),
                                       at("Tỷ lệ nhiệm vụ không hoàn thành (%)", 1)]
    assert "không nêu trường hợp này: cấp có thẩm quyền xem xét, quyết định" in above[0].message


# --- who is not reviewed (Quy định 366-QĐ/TW Điều 5 khoản 2) ------------------------------------

@pytest.mark.parametrize("answer, reviewed", [
    ("Miễn công tác và sinh hoạt đảng", False),
    ("Giảm công tác và sinh hoạt đảng", True),      # Điều lệ Đ.7: «giảm» is not «miễn»
    ("Tạm miễn sinh hoạt", True),                    # off the meetings, not out of the review
    ("Không", True),
])
def test_only_the_exemption_from_work_and_meetings_keeps_a_member_out(make_book, answer,
                                                                      reviewed):
    data = small_data()
    data["Đảng viên"][3]["Miễn sinh hoạt"] = answer
    found, report = codes_at(make_book, data)
    assert (("NOT_TO_BE_RATED", at(LEVEL, 3)) in found) is not reviewed
    data["Xếp loại"].pop(3)
    found, report = codes_at(make_book, data)
    assert (("NOT_RATED", "B5") in found) is reviewed


def test_the_old_yes_still_exempts_but_asks_which_exemption(make_book):
    data = small_data()
    data["Đảng viên"][3]["Miễn sinh hoạt"] = "Có"
    data["Xếp loại"].pop(3)
    found, report = codes_at(make_book, data)
    column = next(i for i, c in enumerate(schema.MEMBERS.columns, 1) if c.key == "exempt")
    from chibo_xl.workbook.tables import col_letter
    assert ("EXEMPT_UNCLEAR", f"{col_letter(column)}5") in found and report.errors == []
    assert message(report, "EXEMPT_UNCLEAR").startswith(
        "«Có» được hiểu là «Miễn công tác và sinh hoạt đảng»: đảng viên không được kiểm điểm")


def test_a_suspended_member_is_not_reviewed(make_book):
    data = small_data()
    data["Đảng viên"][3]["Đình chỉ sinh hoạt đảng"] = "Có"
    found, report = codes_at(make_book, data)
    assert ("NOT_TO_BE_RATED", at(LEVEL, 3)) in found
    assert "(đình chỉ sinh hoạt đảng)" in message(report, "NOT_TO_BE_RATED")
    data["Xếp loại"][3] = {"Họ và tên": "Phạm Văn Nam", "Ngày sinh": D(1990, 11, 5),
                           "Không xếp loại (lý do)": "Đình chỉ sinh hoạt"}    # the old spelling
    found, report = codes_at(make_book, data)
    assert found == [("CAP_SMALL_GROUP", "")]          # 1 HTXS for the 4 HTT left
    from chibo_xl.checks.pipeline import check_file as check
    book, _ = check(make_book(data))
    from chibo_xl.figures import tally
    assert ("Phạm Văn Nam", "Đình chỉ sinh hoạt đảng") in tally.ratings(book).not_rated
