"""Issue 23, Deliver 2: the cell's own rating as a collective (Quy định 366-QĐ/TW Điều 11, «tập
thể»), the level the competent body decided (Điều 12; Hướng dẫn 43-HD/BTCTW §3), and how the
cell's proposal stands to the school's and its members' levels.

Every condition on both sides of its boundary, on the small clean book changed in one place; a
blank item is never judged (the small book, which has none of them, stays clean).
"""
import datetime as dt

import docfmt
from conftest import HT, HTT, HTXS, KHT, small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.commands.newyear import next_year_data
from chibo_xl.figures import history
from chibo_xl.workbook import schema

D = dt.date
INFO, RATINGS = "Thông tin chung", "Xếp loại"
ON_TIME = "Tỷ lệ nhiệm vụ chi bộ hoàn thành đúng hạn (%)"
OVER = "Tỷ lệ nhiệm vụ chi bộ hoàn thành vượt mức (%)"
FAIL = "Tỷ lệ nhiệm vụ chi bộ không hoàn thành (%)"
REMEDIED = "Chi bộ khắc phục hạn chế kỳ trước"
CONCLUDED = "Chi bộ bị kết luận sai phạm công tác cán bộ, mất đoàn kết"
EXCUSED = "Chi bộ thuộc trường hợp ngoại lệ (Điều 11)"
DECIDED = "Mức xếp loại cấp trên quyết định"
DECIDED_DATE = "Ngày cấp trên quyết định xếp loại chi bộ"
LEVEL = "Chi bộ tự xếp loại"
REPORT = "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"


def info_at(header: str) -> str:
    return f"B{next(i for i, c in enumerate(schema.INFO.columns, 2) if c.header == header)}"


def findings(make_book, data):
    _, report = check_file(make_book(data))
    return report


def found(report, code):
    return [f for f in report.findings if f.code == code]


def excellent(**items) -> dict:
    """The small book with the cell proposing «Hoàn thành xuất sắc» on a 91-point score."""
    data = small_data()
    data[INFO].update({"Điểm tiêu chí chung của chi bộ (/30)": 28,
                       "Điểm kết quả nhiệm vụ của chi bộ (/70)": 63, LEVEL: HTXS,
                       "Xếp loại của nhà trường": HTXS, **items})
    return data


def test_a_blank_item_is_not_judged(make_book):
    report = findings(make_book, excellent())
    assert report.findings == [] and report.exit_code == 0


def test_excellent_needs_every_task_on_time(make_book):
    report = findings(make_book, excellent(**{ON_TIME: 99}))
    (f,) = found(report, "CELL_NEEDS_ON_TIME")
    assert f.cell == info_at(ON_TIME) and f.severity == "error"
    assert "100% nhiệm vụ hoàn thành đúng hạn" in f.message and "Điều 11" in f.message
    assert not found(findings(make_book, excellent(**{ON_TIME: 100})), "CELL_NEEDS_ON_TIME")


def test_excellent_needs_thirty_percent_exceeded(make_book):
    (f,) = found(findings(make_book, excellent(**{OVER: 29.9})), "CELL_NEEDS_OVER_RATE")
    assert f.cell == info_at(OVER) and "30%" in f.message
    assert not found(findings(make_book, excellent(**{OVER: 30})), "CELL_NEEDS_OVER_RATE")


def test_excellent_needs_earlier_shortcomings_remedied(make_book):
    data = excellent(**{REMEDIED: "Chưa khắc phục hết"})
    assert found(findings(make_book, data), "CELL_NEEDS_REMEDIED")
    data[INFO][REMEDIED] = "Đã khắc phục hết"
    assert not found(findings(make_book, data), "CELL_NEEDS_REMEDIED")


def test_every_level_up_from_completed_needs_every_task_done(make_book):
    data = small_data()
    data[INFO][FAIL] = 1                                   # HTTNV with 1% of tasks not done
    (f,) = found(findings(make_book, data), "CELL_NEEDS_ALL_DONE")
    assert f.cell == info_at(FAIL) and "hoàn thành 100% các nhiệm vụ được giao" in f.message
    data[INFO][FAIL] = 0
    assert not found(findings(make_book, data), "CELL_NEEDS_ALL_DONE")


def test_completed_allows_twenty_percent_late(make_book):
    data = small_data()
    data[INFO].update({"Điểm tiêu chí chung của chi bộ (/30)": 20,
                       "Điểm kết quả nhiệm vụ của chi bộ (/70)": 40, LEVEL: HT, ON_TIME: 79})
    (f,) = found(findings(make_book, data), "CELL_NEEDS_ON_TIME")
    assert "không vượt quá 20%" in f.message
    data[INFO][ON_TIME] = 80
    assert not found(findings(make_book, data), "CELL_NEEDS_ON_TIME")


def test_a_conclusion_on_personnel_work_forces_not_completed_unless_excused(make_book):
    data = small_data()
    data[INFO][CONCLUDED] = "Có"
    report = findings(make_book, data)
    (f,) = found(report, "CELL_LEVEL_FORCED")
    assert f.cell == info_at(LEVEL) and report.exit_code == 2
    assert "sai phạm trong công tác cán bộ, mất đoàn kết nội bộ" in f.message
    assert "«Không hoàn thành nhiệm vụ»" in f.message
    data[INFO][EXCUSED] = "Có"                              # bất khả kháng / tự phát hiện
    report = findings(make_book, data)
    assert not found(report, "CELL_LEVEL_FORCED") and report.exit_code == 1
    assert "cấp có thẩm quyền xem xét" in found(report, "CELL_LEVEL_FORCED_EXCEPTION")[0].message
    data[INFO].update({EXCUSED: None, LEVEL: KHT, "Điểm tiêu chí chung của chi bộ (/30)": 10,
                       "Điểm kết quả nhiệm vụ của chi bộ (/70)": 30})
    assert not found(findings(make_book, data), "CELL_LEVEL_FORCED")


def test_under_seventy_percent_done_forces_not_completed(make_book):
    data = small_data()
    data[INFO][FAIL] = 30.5                                 # 69,5% done
    report = findings(make_book, data)
    assert "dưới 70% số nhiệm vụ" in found(report, "CELL_LEVEL_FORCED")[0].message
    data[INFO][FAIL] = 30                                   # 70% done: only «100% done» is missed
    report = findings(make_book, data)
    assert not found(report, "CELL_LEVEL_FORCED") and found(report, "CELL_NEEDS_ALL_DONE")


def test_a_disciplined_leader_bars_excellent_and_is_weighed_for_the_rest(make_book):
    data = excellent()
    data[RATINGS][1].update({"Kỷ luật trong năm": "Khiển trách", "Chi bộ đề nghị": KHT,
                             "Tự xếp loại": KHT, "Phiếu HTTNV": 0, "Phiếu KHTNV": 5})
    report = findings(make_book, data)                      # Trần Văn Bình, Phó Bí thư
    (f,) = found(report, "CELL_EXCELLENT_LEADER_DISCIPLINED")
    assert f.severity == "error" and f.sheet == RATINGS
    assert "Trần Văn Bình (Phó Bí thư)" in f.message
    (w,) = found(report, "CELL_LEVEL_FORCED_EXCEPTION")     # whether it relates to the duties
    assert w.severity == "warning" and "không liên quan đến chức trách" in w.message
    data[INFO].update({LEVEL: HTT, "Điểm kết quả nhiệm vụ của chi bộ (/70)": 60})
    report = findings(make_book, data)
    assert not found(report, "CELL_EXCELLENT_LEADER_DISCIPLINED")
    assert found(report, "CELL_LEVEL_FORCED_EXCEPTION") and not found(report, "CELL_LEVEL_FORCED")
    data[RATINGS][1]["Vi phạm xảy ra từ năm trước"] = "Có"  # lưu ý 1: decided above
    data[INFO].update(excellent()[INFO])
    (f,) = found(findings(make_book, data), "CELL_EXCELLENT_LEADER_DISCIPLINED")
    assert f.severity == "warning" and "trường hợp cần lưu ý 1" in f.message


def test_a_leader_concluded_in_decline_forces_not_completed(make_book):
    data = small_data()
    data[RATINGS][0].update({"Bị kết luận suy thoái, vi phạm": schema.CONCLUSIONS[0],
                             "Chi bộ đề nghị": KHT, "Tự xếp loại": KHT,
                             "Phiếu HTXSNV": 0, "Phiếu KHTNV": 5})
    assert "Nguyễn Thị Hằng Nga" in found(findings(make_book, data),
                                          "CELL_LEVEL_FORCED")[0].message
    data[RATINGS][0]["Bị kết luận suy thoái, vi phạm"] = schema.CONCLUSIONS[1]
    assert not found(findings(make_book, data), "CELL_LEVEL_FORCED")  # not the leaders' case


def test_the_cell_above_the_school_or_excellent_over_a_failed_member_is_warned(make_book):
    data = excellent(**{"Xếp loại của nhà trường": HTT})
    (w,) = found(findings(make_book, data), "CELL_ABOVE_UNIT")
    assert w.severity == "warning" and "Hướng dẫn 43-HD/BTCTW, mục 3" in w.message
    data[INFO]["Xếp loại của nhà trường"] = HTXS
    data[RATINGS][3].update({"Chi bộ đề nghị": KHT, "Tự xếp loại": KHT, "Phiếu HTTNV": 0,
                             "Phiếu KHTNV": 5})
    report = findings(make_book, data)
    assert not found(report, "CELL_ABOVE_UNIT")
    assert "Phạm Văn Nam" in found(report, "CELL_EXCELLENT_MEMBER_FAILED")[0].message


def test_the_annual_report_tells_the_decided_level_from_its_day(make_book, tmp_path):
    data = small_data()
    data[INFO].update({DECIDED: HTXS, DECIDED_DATE: D(2026, 12, 20),
                       "Loại chi bộ": "Chi bộ trực thuộc đảng ủy cơ sở"})
    out = tmp_path / "before"
    assert build(make_book(data), out).ok                   # the report is signed 05/12/2026
    text = docfmt.text_of(out / REPORT)
    assert ("Năm 2026, chi bộ tự đánh giá, đề xuất xếp loại «Hoàn thành tốt nhiệm vụ», đề nghị "
            "cấp có thẩm quyền xem xét, quyết định.") in text
    assert "xếp loại «Hoàn thành xuất sắc nhiệm vụ»" not in text
    data[INFO][DECIDED_DATE] = D(2026, 12, 4)
    out = tmp_path / "after"
    assert build(make_book(data, "after.xlsx"), out).ok
    assert ("Năm 2026, chi bộ được Đảng ủy xã Định An xếp loại «Hoàn thành xuất sắc nhiệm vụ» "
            "(chi bộ tự xếp loại «Hoàn thành tốt nhiệm vụ»).") in docfmt.text_of(out / REPORT)


def test_a_decision_before_the_review_is_warned(make_book):
    data = small_data()
    data[INFO].update({DECIDED: HTT, DECIDED_DATE: D(2026, 12, 1)})
    (w,) = found(findings(make_book, data), "CELL_DECIDED_BEFORE_REVIEW")
    assert w.cell == info_at(DECIDED_DATE) and "Điều 12" in w.message


def test_new_year_keeps_the_proposal_and_the_decision_in_history(make_book):
    data = small_data()
    data[INFO].update({DECIDED: HTXS, DECIDED_DATE: D(2026, 12, 20), ON_TIME: 100,
                       "Số phiếu tán thành mức xếp loại chi bộ": 5,
                       "Đề nghị khen thưởng chi bộ": "Giấy khen"})
    book, _ = check_file(make_book(data))
    nxt = next_year_data(book)
    cell = next(r for r in nxt["Lịch sử"] if r["Đối tượng"] == "Chi bộ")
    assert cell["Xếp loại"] == HTT and cell["Xếp loại cấp trên quyết định"] == HTXS
    for item in (DECIDED, DECIDED_DATE, ON_TIME, LEVEL, "Số phiếu tán thành mức xếp loại chi bộ",
                 "Đề nghị khen thưởng chi bộ"):
        assert item not in nxt[INFO], item
    figures = history.from_history(check_file(make_book(nxt, "2027.xlsx"))[0], 2026)
    assert (figures.cell_level, figures.cell_decided) == (HTT, HTXS)
    assert history.cell_level_of(figures) == (HTXS, True)


def cell_row(year, level, decided=None):
    return {"Năm": year, "Đối tượng": "Chi bộ", "Xếp loại": level,
            "Xếp loại cấp trên quyết định": decided}


def test_years_running_read_the_decided_level_first(make_book):
    data = small_data()
    data[INFO].update({"Số năm liền hoàn thành xuất sắc để đề nghị khen thưởng": 3, DECIDED: HTXS,
                       DECIDED_DATE: D(2026, 12, 20)})
    data["Lịch sử"] = [cell_row(2024, HTXS), cell_row(2025, HTT, HTXS)]
    (w,) = found(findings(make_book, data), "CELL_EXCELLENT_YEARS_RUNNING")
    assert "3 năm liền (đến năm 2026" in w.message
    data["Lịch sử"][1] = cell_row(2025, HTXS, HTT)          # the body decided lower in 2025
    assert not found(findings(make_book, data), "CELL_EXCELLENT_YEARS_RUNNING")
