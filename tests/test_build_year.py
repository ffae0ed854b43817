"""Issue 4: the annual report, the plan, the term report, monthly minutes, next year's book."""
import copy

import docfmt
import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT, digest, small_data
from seedbooks import SEED_000, SEED_001, SEED_003

from chibo_xl.checks.pipeline import check_file
from chibo_xl.cli import main
from chibo_xl.commands.build import build
from chibo_xl.figures import tally
from chibo_xl.workbook.blank import write_workbook

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def built(tmp_path, data, name, *extra):
    write_workbook(tmp_path / f"{name}.xlsx", data)
    result = run("build", tmp_path / f"{name}.xlsx", "-o", tmp_path / name, *extra)
    assert result.exit_code in (0, 1), result.output
    return tmp_path / name


def test_seed_000_annual_report_sentences(tmp_path):
    out = built(tmp_path, SEED_000, "s0")
    path = out / "Báo cáo tổng kết năm 2020 và phương hướng năm 2021.docx"
    text = docfmt.text_of(path)
    for sentence in (
            "Cuối năm 2020, có 25/26 đảng viên được đánh giá nơi cư trú loại tốt.",
            "26/26 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 100%), trong đó 04 "
            "đồng chí hoàn thành xuất sắc nhiệm vụ.",
            "05 đảng viên được đề nghị khen thưởng.",
            "Chi bộ giám sát 09 đảng viên (34,6%).",
            "chi bộ nhận diện 05 biểu hiện suy thoái, đã khắc phục 01, còn 04 biểu hiện:",
            "Trong năm, chi bộ tổ chức 12 buổi sinh hoạt thường kỳ và 02 chuyên đề"):
        assert sentence in text, sentence
    assert docfmt.problems(path, superior="Đảng bộ xã Định An", cell="Chi bộ Trường Tiểu học 1",
                           date_line="Định An, ngày 05 tháng 01 năm 2021", doc_type="BÁO CÁO",
                           number="Số      -BC/CB", sign_for="T/M CHI ỦY",
                           sign_name=SEED_000["Thông tin chung"]["Bí thư"]) == []


def test_seed_003_plan_profile_title_and_twelve_months(tmp_path):
    out = built(tmp_path, SEED_003, "s3")
    path = out / "Kế hoạch hoạt động chi bộ năm 2021.docx"
    text = docfmt.text_of(path)
    assert ("Chi bộ có 20 đảng viên (19 chính thức, 01 dự bị); 20 nữ; 15 dân tộc thiểu số; trình "
            "độ chuyên môn: 19 đại học, 01 cao đẳng; lý luận chính trị: 03 trung cấp") in text
    assert "năm 2021" in text.split("\n")[1] + text.split("\n")[2]
    assert "2020" not in "\n".join(text.split("\n")[:3])
    months = docfmt.table_rows(path, "Tháng")
    assert [r[0] for r in months[1:]] == [f"Tháng {m}" for m in range(1, 13)]


@pytest.mark.parametrize("target, result, lower, verdict", [
    ((99, 99), (99.3, 99.3), False, "Vượt chỉ tiêu"), ((100, 100), (100, 100), False, "Đạt chỉ tiêu"),
    ((99, 100), (99, 99), False, "Đạt chỉ tiêu"), ((99, 100), (98.9, 98.9), False,
                                                   "Chưa đạt chỉ tiêu"),
    ((1, 1), (0.5, 0.5), True, "Vượt chỉ tiêu"), ((1, 1), (1, 1), True, "Đạt chỉ tiêu"),
    ((1, 1), (1.2, 1.2), True, "Chưa đạt chỉ tiêu"),
])
def test_indicator_verdicts(target, result, lower, verdict):
    assert tally.verdict(target, result, lower) == verdict


def test_sections_without_rows_are_left_out(tmp_path):
    data = small_data()
    out = built(tmp_path, data, "small")
    text = docfmt.text_of(out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    assert "Bài học kinh nghiệm".upper() not in text.upper() or "……" not in text


def test_monthly_minutes_and_resolution_on_request(tmp_path):
    out = built(tmp_path, small_data(), "m", "--meeting", "2026-11")
    minutes = sorted(p.name for p in out.glob("Biên bản sinh hoạt*"))
    resolutions = sorted(p.name for p in out.glob("Nghị quyết*"))
    assert minutes == ["Biên bản sinh hoạt chi bộ 05-11-2026.docx",
                       "Biên bản sinh hoạt chi bộ 20-11-2026.docx"]
    assert resolutions == ["Nghị quyết chi bộ tháng 11-2026.docx"]   # from the regular meeting
    text = docfmt.text_of(out / "Biên bản sinh hoạt chi bộ 05-11-2026.docx")
    assert "ngày 05 tháng 11 năm 2026" in text and "Số      -BB/CB" in text
    nq = docfmt.text_of(out / resolutions[0])
    # a meeting on the 5th reviews the month before and plans its own month, from its plan row
    assert "Về kết quả thực hiện nhiệm vụ tháng 10\nvà nhiệm vụ tháng 11" in nq
    assert "Sinh hoạt chi bộ tháng 11" in nq and "Sinh hoạt chi bộ tháng 12" not in nq


def test_unknown_month_is_a_message_not_a_traceback(tmp_path, make_book):
    result = run("build", make_book(), "-o", tmp_path / "o", "--meeting", "2026-02-30")
    assert result.exit_code == 2 and "Không hiểu tháng" in result.output


def test_new_year_on_the_example_checks_with_only_the_expected_warnings(tmp_path):
    target = tmp_path / "2027.xlsx"
    before = digest(EXAMPLE)
    result = run("new-year", EXAMPLE, "-o", target)
    assert result.exit_code == 0, result.output
    assert digest(EXAMPLE) == before
    _, report = check_file(target)
    assert report.errors == []
    assert {f.code for f in report.findings} <= {"PROBATION_DUE", "PROBATION_OVERDUE",
                                                  "PROBATION_SOON"}
    wb = openpyxl.load_workbook(target)
    info = {r[0].value: r[1].value for r in wb["Thông tin chung"].iter_rows(min_row=2)}
    assert info["Năm đánh giá (*)"] == 2027
    assert wb["Xếp loại"].max_row == 1 and wb["Sinh hoạt"].max_row == 1
    src = openpyxl.load_workbook(EXAMPLE)
    moved_out = [r[1].value for r in src["Đảng viên"].iter_rows(min_row=2)
                 if r[18].value == "Chuyển đi"]
    names = [r[1].value for r in wb["Đảng viên"].iter_rows(min_row=2)]
    assert moved_out and not set(moved_out) & set(names)
    targets = {r[1].value: r[4].value for r in wb["Chỉ tiêu"].iter_rows(min_row=2)}
    src_next = {r[1].value: r[6].value for r in src["Chỉ tiêu"].iter_rows(min_row=2)}
    for name, nxt in src_next.items():
        if nxt is not None:
            assert str(targets[name]).replace(".0", "") == str(nxt).replace(".0", "")
    again = run("new-year", EXAMPLE, "-o", target)
    assert again.exit_code == 2 and "không ghi đè" in again.output


def test_fields_lists_every_variable_with_its_meaning():
    result = run("fields", "bao_cao_nam")     # Mẫu 01 prints no member's level (issue 23)
    assert result.exit_code == 0
    assert "{{ s.ratings }}" in result.output and "(đạt 100%)" in result.output
    assert "không phải trường" not in result.output


def test_user_template_folder_overrides_and_unknown_field_is_reported_first(tmp_path, make_book):
    from docx import Document
    folder = tmp_path / "mau"
    folder.mkdir()
    doc = Document(str(ROOT / "report_templates" / "ke_hoach_nam.docx"))
    doc.add_paragraph("{{ s.khong_co }}")
    doc.save(str(folder / "ke_hoach_nam.docx"))
    out = tmp_path / "out"
    result = run("build", make_book(), "-o", out, "--templates", folder)
    assert result.exit_code == 2
    assert "«s.khong_co»" in result.output and "ke_hoach_nam.docx" in result.output
    assert not out.exists()
    doc.paragraphs[-1].text = "Mẫu riêng của trường: {{ cell_name }}"
    doc.save(str(folder / "ke_hoach_nam.docx"))
    result = run("build", make_book(name="b.xlsx"), "-o", out, "--templates", folder)
    assert result.exit_code == 0
    assert "Mẫu riêng của trường: Chi bộ Trường Tiểu học 1" in docfmt.text_of(
        out / "Kế hoạch hoạt động chi bộ năm 2026.docx")


def test_example_builds_every_document(tmp_path):
    result = build(EXAMPLE, tmp_path / "ex", meetings="all")
    assert result.ok and result.report.findings == []
    names = {p.name for p in result.made}
    # one year of the term 2025-2030 makes no term report, and the build says why (issue 11)
    assert not any("nhiệm kỳ" in n for n in names)
    reason = dict(result.skipped)["Báo cáo tổng kết nhiệm kỳ 2025-2030"]
    assert "năm cuối nhiệm kỳ" in reason and "2026" in reason
    assert len([p for p in result.made if p.parent.name.startswith("Mẫu 02")]) >= 28


PLAN = "Kế hoạch hoạt động chi bộ năm {}.docx"


def test_the_plan_prints_this_years_tasks_and_the_report_next_years(tmp_path):
    """The plan signed in January prints the «Kế hoạch: …» rows (2026's tasks); the «Phương hướng»
    rows are 2027's and belong to the annual report only."""
    out = tmp_path / "o"
    build(EXAMPLE, out)
    plan = docfmt.text_of(out / PLAN.format(2026))
    report = docfmt.text_of(out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    this_year = "phấn đấu kết nạp 02 đảng viên mới trong năm 2026"
    next_year = "thực hiện chương trình kiểm tra, giám sát năm 2027"
    assert this_year in plan and next_year not in plan
    assert next_year in report and this_year not in report


def test_new_year_turns_next_years_directions_into_the_new_plan(tmp_path):
    target = tmp_path / "2027.xlsx"
    assert run("new-year", EXAMPLE, "-o", target).exit_code == 0
    wb = openpyxl.load_workbook(target)
    sections = [r[0].value for r in wb["Nội dung"].iter_rows(min_row=2) if r[0].value]
    assert not [s for s in sections if s.startswith("Phương hướng")]
    assert sections.count("Kế hoạch: Xây dựng Đảng") == 2  # the two 2027 directions, not 2026's row
    out = tmp_path / "o"
    build(target, out)
    plan = docfmt.text_of(out / PLAN.format(2027))
    assert "thực hiện chương trình kiểm tra, giám sát năm 2027" in plan
    assert "trong năm 2026" not in plan
