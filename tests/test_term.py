"""Issue 11: the term report from every year's workbook, term rules, the Lịch sử sheet."""
import copy
import re
import shutil
from pathlib import Path

import docfmt
import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT, digest, small_data
from docx import Document
from seedbooks import SEED_001
from termbooks import year_data

from chibo_xl.checks.history import check_history
from chibo_xl.checks.pipeline import check_file
from chibo_xl.cli import main
from chibo_xl.figures import history
from chibo_xl.rules import terms
from chibo_xl.workbook.blank import write_workbook
from chibo_xl.workbook.findings import Report

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
TERM_DOC = "Báo cáo tổng kết nhiệm kỳ 2025-2027.docx"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def table(path, *headers) -> list[list[str]]:
    """The rows of the first table whose header row begins with `headers`."""
    for t in Document(str(path)).tables:
        first = [c.text.strip() for c in t.rows[0].cells]
        if first[:len(headers)] == list(headers):
            return [[c.text.strip() for c in row.cells] for row in t.rows[1:]]
    raise AssertionError(headers)


def three_years(folder, years=(2025, 2026, 2027)):
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(write_workbook(folder / f"so-{y}.xlsx", year_data(y))) for y in years]


@pytest.mark.parametrize("term, five, nxt", [
    ("2020-2022", False, "2022-2025"), ("2022-2025", False, "2025-2027"),
    ("2025-2027", False, "2027-2030"), ("2027-2030", False, "2030-2032"),
    ("2025-2030", False, "2030-2035"), ("2025-2027", True, "2027-2032"),
    ("2021-2023", False, "2023-2025"), ("nhiệm kỳ 2025 – 2027", False, "2027-2030"), ("", False, ""),
])
def test_next_term_two_congresses_in_five_years(term, five, nxt):
    assert terms.next_term(term, five) == nxt


def test_which_workbooks_belong_to_a_term():
    assert terms.term_years("2025-2027") == [2025, 2026, 2027]
    assert terms.belongs("2027-2030", 2027, "2025-2027")      # the congress year opens the term
    assert not terms.belongs("2027-2030", 2028, "2025-2027")
    assert not terms.belongs("2025-2027", 2028, "2025-2027")
    assert terms.is_last_year("2025-2027", 2027) and not terms.is_last_year("2025-2027", 2026)


def _yearly_figures(tmp_path, path, year):
    """Members at start/end and ratings as the yearly build prints them."""
    out = tmp_path / f"b{year}"
    assert run("build", path, "-o", out).exit_code in (0, 1)
    text = docfmt.text_of(out / f"Báo cáo tổng kết năm {year} và phương hướng năm {year + 1}.docx")
    start, end = re.search(rf"Đầu năm {year} chi bộ có (\d+) đảng viên.*cuối năm có (\d+) đảng "
                           "viên", text).groups()
    good, total = re.search(r"(\d+)/(\d+) đảng viên xếp loại hoàn thành tốt", text).groups()
    regular, thematic, rate = re.search(r"tổ chức (\d+) buổi sinh hoạt thường kỳ và (\d+) chuyên "
                                        r"đề; tỷ lệ đảng viên dự sinh hoạt bình quân đạt ([\d,]+%)",
                                        text).groups()
    return {"start": start, "end": end, "good": good, "total": total, "regular": regular,
            "thematic": thematic, "rate": rate}


def test_three_years_make_the_term_report_with_the_yearly_figures(tmp_path):
    paths = three_years(tmp_path / "so")
    before = [digest(p) for p in paths]
    result = run("term", *paths, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Ví dụ: chibo-xl term" in run("term", "--help").output
    assert [digest(p) for p in paths] == before
    doc = tmp_path / "out" / TERM_DOC
    text = docfmt.text_of(doc)
    assert "phương hướng, nhiệm vụ, giải pháp nhiệm kỳ 2027-2030" in text
    # seed 001 speaks of the term, not of workbooks; the đảng ủy's plan is its first base
    assert "sổ chi bộ" not in text and "Số liệu của báo cáo" not in text
    assert ("Thực hiện Kế hoạch số ……-KH/ĐU ngày …… của Đảng ủy xã Định An về tổ chức Đại hội các "
            "chi bộ nhiệm kỳ 2027-2030;\nChi bộ Trường Tiểu học 1 báo cáo kết quả") in text
    members = {r[0]: r for r in table(doc, "Năm", "Đầu năm")}
    ratings = {r[0]: r for r in table(doc, "Năm", "Được xếp loại")}
    activity = {r[0]: r for r in table(doc, "Năm", "Sinh hoạt thường kỳ")}
    for path, year in zip(paths, (2025, 2026, 2027)):
        yearly = _yearly_figures(tmp_path, path, year)
        row = members[str(year)]
        assert (int(row[1]), int(row[5])) == (int(yearly["start"]), int(yearly["end"]))
        assert int(ratings[str(year)][1]) == int(yearly["total"])
        assert f"năm {year}: {yearly['good']}/{yearly['total']} hoàn thành tốt nhiệm vụ" in text
        assert int(activity[str(year)][1]) == int(yearly["regular"])
        assert int(activity[str(year)][2]) == int(yearly["thematic"])
        assert activity[str(year)][3] == yearly["rate"]
    assert members["2026"][4] == "01"                    # Hoàng Thị Lan moved out
    assert ("Trong nhiệm kỳ, chi bộ kết nạp 02 đảng viên mới: đồng chí Vũ Minh Đức (tháng "
            "3/2025); đồng chí Đỗ Thị Mai (tháng 9/2026).") in text
    assert ("Đầu nhiệm kỳ (năm 2025) chi bộ có 05 đảng viên; trong nhiệm kỳ kết nạp mới 02, "
            "chuyển đến 01, chuyển đi 01; cuối nhiệm kỳ (năm 2027) có 07 đảng viên.") in text
    # seed 001's table: «Chỉ tiêu đề ra» beside «Kết quả đạt được», the verdict in the result
    targets = {r[1]: r[2] for r in table(doc, "STT", "Chỉ tiêu đề ra", "Kết quả đạt được")}
    assert targets["Học sinh hoàn thành chương trình lớp học: 99,5%"] == \
        "99,6% (vượt chỉ tiêu)\nTừng năm: 2025: 98,8%; 2026: 99,1%; 2027: 99,6%"
    assert targets["Học sinh bỏ học: 0,5%"].startswith("0,4% (vượt chỉ tiêu)\n")
    assert targets["Giáo viên dạy giỏi cấp huyện hằng năm: 3 người"].startswith(
        "2 người (chưa đạt chỉ tiêu)\n")
    nxt = table(doc, "STT", "Lĩnh vực", "Chỉ tiêu", "Mức phấn đấu")
    assert [r[3] for r in nxt] == ["99,8%", "0,3%", "4 người"]
    committee = {r[1]: r[3] for r in table(doc, "STT", "Họ và tên", "Chức vụ")}
    assert committee["Nguyễn Thị Hằng Nga"] == "2025: HTXSNV; 2026: HTTNV; 2027: HTXSNV"
    # the cell has a bí thư and a phó bí thư, no chi ủy («Có chi ủy: Không»): they are reviewed
    assert "PHẦN THỨ HAI. KIỂM ĐIỂM CỦA BÍ THƯ, PHÓ BÍ THƯ CHI BỘ NHIỆM KỲ 2025-2027" in text
    assert "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA BÍ THƯ, PHÓ BÍ THƯ CHI BỘ" in text
    assert "Bí thư chi bộ chuẩn bị và chủ trì 36 buổi sinh hoạt chi bộ thường kỳ" in text
    assert "CHI ỦY" not in text and "Chi ủy chuẩn bị" not in text
    assert "PHẦN THỨ BA. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ 2027-2030" in text
    assert [r[0] for r in table(doc, "Năm học")] == ["2024-2025", "2025-2026", "2026-2027"]


def test_a_missing_year_comes_from_the_history_of_a_later_workbook(tmp_path):
    folder = tmp_path / "so"
    p25, p26 = three_years(folder, (2025, 2026))
    book26, _ = check_file(p26)
    data27 = year_data(2027)
    data27["Lịch sử"] = history.history_rows(book26)
    write_workbook(folder / "so-2027.xlsx", data27)
    full = tmp_path / "full"
    assert run("term", p25, p26, folder / "so-2027.xlsx", "-o", full).exit_code == 0
    p26.unlink()
    result = run("term", folder, "-o", tmp_path / "out")           # a folder stands for its books
    assert result.exit_code == 0, result.output
    assert "Không có sổ năm 2026: số liệu năm 2026 lấy từ trang «Lịch sử»" in result.output
    doc = tmp_path / "out" / TERM_DOC
    kept = {r[0]: r[1:] for r in table(doc, "Năm", "Đầu năm")}
    real = {r[0]: r[1:] for r in table(full / TERM_DOC, "Năm", "Đầu năm")}
    assert kept["2026 (theo Lịch sử)"] == real["2026"]
    assert table(doc, "Năm", "Được xếp loại")[1][1:] == table(full / TERM_DOC, "Năm",
                                                              "Được xếp loại")[1][1:]
    assert "so-2027.xlsx" not in docfmt.text_of(doc)   # the report speaks of the term only
    assert "đồng chí Đỗ Thị Mai (tháng 9/2026)" in docfmt.text_of(doc)


def test_a_year_with_neither_workbook_nor_history_is_named(tmp_path):
    (p27,) = three_years(tmp_path / "so", (2027,))
    result = run("term", p27, "-o", tmp_path / "out")
    assert result.exit_code == 0 and "TERM_YEAR_MISSING" in result.output
    assert "Không có sổ năm 2025 và trang «Lịch sử» cũng không có năm này" in result.output
    assert "Chưa có số liệu năm 2025, 2026." in docfmt.text_of(tmp_path / "out" / TERM_DOC)


def test_workbooks_that_do_not_belong_together_are_refused(tmp_path):
    p25, p26 = three_years(tmp_path / "so", (2025, 2026))
    other = year_data(2027)
    other["Thông tin chung"]["Tên chi bộ"] = "Chi bộ Trường Mầm non 2"
    p27 = write_workbook(tmp_path / "so" / "khac-2027.xlsx", other)
    result = run("term", p25, p26, p27, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "Sổ của chi bộ khác" in result.output
    assert "so-2025.xlsx" in result.output and not (tmp_path / "out").exists()
    late = year_data(2028)
    late["Thông tin chung"]["Nhiệm kỳ chi bộ"] = "2025-2027"
    p28 = write_workbook(tmp_path / "so" / "so-2028.xlsx", late)
    result = run("term", p25, p28, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "không thuộc nhiệm kỳ 2025-2027" in result.output
    assert run("term", tmp_path / "khong-co.xlsx").exit_code == 2


def test_the_yearly_build_makes_it_only_in_the_last_year_with_the_earlier_books_beside(tmp_path):
    p25, p26, p27 = three_years(tmp_path / "so")
    result = run("build", p27, "-o", tmp_path / "b27")
    assert result.exit_code == 0, result.output
    assert ("Báo cáo tổng kết nhiệm kỳ 2025-2027 lập từ các sổ: so-2025.xlsx (2025), so-2026.xlsx "
            "(2026), so-2027.xlsx (2027).") in result.output
    assert (tmp_path / "b27" / TERM_DOC).exists()
    alone = tmp_path / "mot"
    alone.mkdir()
    shutil.copy(p27, alone / "so-2027.xlsx")
    result = run("build", alone / "so-2027.xlsx", "-o", tmp_path / "a27")
    assert "chưa có sổ (không lỗi) các năm 2025, 2026" in result.output
    assert not (tmp_path / "a27" / TERM_DOC).exists()
    result = run("build", p26, "-o", tmp_path / "b26")
    assert "năm 2026 chưa phải năm cuối nhiệm kỳ 2025-2027" in result.output


def test_seed_001_term_report(tmp_path):
    path = write_workbook(tmp_path / "so-2022.xlsx", copy.deepcopy(SEED_001))
    result = run("term", path, "-o", tmp_path / "out")
    assert "TERM_YEAR_MISSING" in result.output and result.exit_code == 0, result.output
    doc = tmp_path / "out" / "Báo cáo tổng kết nhiệm kỳ 2020-2022.docx"
    text = docfmt.text_of(doc)
    assert "Cuối nhiệm kỳ, chi bộ có 17 đảng viên (16 chính thức, 01 dự bị)" in text
    assert "trình độ chuyên môn: 17 đại học" in text
    assert ("Đầu năm 2022 chi bộ có 16 đảng viên; từ đó đến cuối nhiệm kỳ kết nạp mới 01; cuối "
            "nhiệm kỳ (năm 2022) có 17 đảng viên.") in text
    assert "Sinh hoạt chi bộ từng năm:" not in text          # the seed's book logs no meeting
    assert "Xếp loại chất lượng của các đồng chí chi ủy viên" not in text   # nor any rating
    targets = {r[1]: r[2] for r in table(doc, "STT", "Chỉ tiêu đề ra", "Kết quả đạt được")}
    assert targets["Học sinh hoàn thành chương trình lớp học: 99%"] == "99,3% (vượt chỉ tiêu)"
    assert targets["Học sinh lớp 5 hoàn thành chương trình tiểu học: 100%"] == \
        "100% (đạt chỉ tiêu)"
    assert targets["Đầu tư bổ sung cơ sở vật chất trong nhiệm kỳ: 1.000.000.000 đồng"] == \
        "1.157.274.000 đồng (vượt chỉ tiêu)"
    # seed 001 opens «Thực hiện Kế hoạch số 10 -KH/ĐU ngày 03/10/2022 của Đảng ủy xã Hoà Bình về
    # tổ chức Đại hội các Chi bộ nhiệm kì 2022-2025»: typed as a «Căn cứ» row, it comes first
    assert text.split("-----\n", 1)[1].startswith("Thực hiện Kế hoạch số 10-KH/ĐU ngày 03/10/2022")
    assert "đồng chí Bùi Thị Hai (tháng 1/2022)" in text
    assert "nhiệm kỳ 2022-2025" in text
    assert docfmt.problems(doc, superior="Đảng bộ xã Hoà Bình", cell="Chi bộ Trường Tiểu học Hoà Bình",
                           date_line="Hoà Bình, ngày 20 tháng 10 năm 2022", doc_type="BÁO CÁO",
                           number="Số      -BC/CB", sign_for="T/M CHI ỦY",
                           sign_name="Phạm Thị Thanh Hoa") == []


def _put_ratings(target, source):
    """Rate next year's members as `source` rated them (a new member as the first one rated);
    the review on the same day a year later, with as many present."""
    src, dst = openpyxl.load_workbook(source), openpyxl.load_workbook(target)
    rows = {r[1]: r for r in src["Xếp loại"].iter_rows(min_row=2, values_only=True) if r[1]}
    first = next(r for r in rows.values() if r[19] == "Hoàn thành tốt nhiệm vụ" and not r[13])
    out, n = dst["Xếp loại"], 2
    for member in dst["Đảng viên"].iter_rows(min_row=2, values_only=True):
        if not member[1]:
            continue
        row = list(rows.get(member[1]) or first)
        row[1], row[2] = member[1], member[2]
        for c, value in enumerate(row, start=1):
            out.cell(n, c, value)
        n += 1
    info = {r[0].value: r[1] for r in dst["Thông tin chung"].iter_rows(min_row=2)}
    old = {r[0].value: r[1].value for r in src["Thông tin chung"].iter_rows(min_row=2)}
    for key in ("Ngày họp kiểm điểm", "Số đảng viên dự họp kiểm điểm", "Ngày ký mặc định"):
        value = old[key]
        info[key].value = value.replace(year=value.year + 1) if hasattr(value, "year") else value
    dst.save(target)


def test_new_year_twice_keeps_two_years_of_history_and_flags_khtnv_twice(tmp_path):
    from example_data import EXAMPLE as DATA
    data = copy.deepcopy(DATA)
    weak = next(r for r in data["Xếp loại"] if r.get("Chi bộ đề nghị") == "Hoàn thành tốt nhiệm vụ"
                and r["Họ và tên"] not in ("Đinh Văn Thắng",))
    present = weak["Phiếu HTXSNV"] + weak["Phiếu HTTNV"] + weak["Phiếu HTNV"] + weak["Phiếu KHTNV"]
    weak.update({"Điểm tiêu chí chung (/30)": 15, "Điểm kết quả nhiệm vụ (/70)": 30,
                 "Tự xếp loại": "Không hoàn thành nhiệm vụ", "Chi bộ đề nghị": "Không hoàn thành nhiệm vụ",
                 "Xếp loại viên chức": "Không hoàn thành nhiệm vụ", "Tỷ lệ nhiệm vụ vượt mức (%)": 0,
                 "Phiếu HTXSNV": 0, "Phiếu HTTNV": 0, "Phiếu HTNV": 0, "Phiếu KHTNV": present})
    weak.pop("Đề nghị khen thưởng", None)
    y26 = write_workbook(tmp_path / "so-2026.xlsx", data)
    _, r26 = check_file(y26)
    assert r26.errors == []
    y27, y28 = tmp_path / "so-2027.xlsx", tmp_path / "so-2028.xlsx"
    assert run("new-year", y26, "-o", y27).exit_code == 0
    book27, r27 = check_file(y27)
    assert history.years(book27) == [2026] and r27.errors == []
    _put_ratings(y27, y26)
    book27, r27 = check_file(y27)
    assert r27.errors == [], r27.to_text()
    assert "FAIL_YEARS_RUNNING" in r27.codes()
    assert run("new-year", y27, "-o", y28).exit_code == 0
    book28, r28 = check_file(y28)
    assert history.years(book28) == [2026, 2027]
    assert r28.errors == [] and set(r28.codes()) <= {"PROBATION_DUE", "PROBATION_OVERDUE", "FAIL_YEARS_RUNNING"}
    flagged = [f for f in r28.findings if f.code == "FAIL_YEARS_RUNNING"]
    assert [f.value for f in flagged] == [weak["Họ và tên"]]
    # the rules implementing the Charter in force in 2027, not Điều lệ Điều 8 khoản 2 (complaints)
    assert "2 năm liền (2026, 2027)" in flagged[0].message
    assert "(Quy định 294-QĐ/TW) về xóa tên" in flagged[0].message
    assert "Điều 8" not in flagged[0].message
    excellent = Report()
    check_history(book28, excellent, excellent_years=2)
    listed = [f.value for f in excellent.findings if f.code == "EXCELLENT_YEARS_RUNNING"]
    assert "Đinh Văn Thắng" in listed
    assert "EXCELLENT_YEARS_RUNNING" not in r28.codes()          # 5 years by default
    wb = openpyxl.load_workbook(y28)
    info = {r[0].value: r[1] for r in wb["Thông tin chung"].iter_rows(min_row=2)}
    info["Số năm liền hoàn thành xuất sắc để đề nghị khen thưởng"].value = 2
    wb.save(y28)
    _, r28 = check_file(y28)
    assert "Đinh Văn Thắng" in [f.value for f in r28.findings if f.code == "EXCELLENT_YEARS_RUNNING"]
    wb = openpyxl.load_workbook(y28)
    years = {r[0].value for r in wb["Lịch sử"].iter_rows(min_row=2) if r[1].value == "Chi bộ"}
    assert years == {2026, 2027}


def test_new_year_on_the_example_writes_the_history(tmp_path):
    target = tmp_path / "2027.xlsx"
    assert run("new-year", EXAMPLE, "-o", target).exit_code == 0
    book, report = check_file(target)
    assert report.errors == [] and set(report.codes()) <= {"PROBATION_DUE", "PROBATION_OVERDUE"}
    cell = history.from_history(book, 2026)
    src, _ = check_file(EXAMPLE)
    assert cell == history.from_book(src).__class__(**{**history.from_book(src).__dict__,
                                                          "source": "history",
                                                          "committee": cell.committee,
                                                          "admitted": cell.admitted})
    moved = [m["name"] for m in src.rows("members") if m["movement"] == "Chuyển đi"]
    rows = [r for r in book.rows("history") if r["name"] in moved]
    assert rows and all(r["movement"] == "Chuyển đi" for r in rows)


def test_new_year_after_the_last_year_moves_to_the_next_term(tmp_path):
    (p27,) = three_years(tmp_path / "so", (2027,))
    target = tmp_path / "so-2028.xlsx"
    assert run("new-year", p27, "-o", target).exit_code == 0
    book, _ = check_file(target)
    assert book.info["term"] == "2027-2030"
    done = next(r for r in book.rows("indicators") if r["name"].startswith("Học sinh hoàn thành"))
    assert done["term_target"] == (99.8, 99.8) and done["next_term_target"] is None
    (p25,) = three_years(tmp_path / "a", (2025,))
    assert run("new-year", p25, "-o", tmp_path / "so-2026.xlsx").exit_code == 0
    book, _ = check_file(tmp_path / "so-2026.xlsx")
    assert book.info["term"] == "2025-2027"
    assert next(r for r in book.rows("indicators"))["term_target"] == (99.5, 99.5)


def test_history_names_must_be_members_or_marked_as_gone(tmp_path):
    data = year_data(2027)
    data["Lịch sử"] = [
        {"Năm": 2026, "Đối tượng": "Đảng viên", "Họ và tên": "Hoàng Thị Lan", "Biến động": "Chuyển đi"},
        {"Năm": 2025, "Đối tượng": "Đảng viên", "Họ và tên": "Hoàng Thị Lan",
         "Xếp loại": "Hoàn thành tốt nhiệm vụ"},
        {"Năm": 2026, "Đối tượng": "Đảng viên", "Họ và tên": "Người Lạ", "Xếp loại": "Hoàn thành nhiệm vụ"},
    ]
    _, report = check_file(write_workbook(tmp_path / "so.xlsx", data))
    unknown = [f for f in report.findings if f.code == "HISTORY_NAME_UNKNOWN"]
    assert [f.value for f in unknown] == ["Người Lạ"] and unknown[0].sheet == "Lịch sử"


# --- the term against the cell's type (issue 23) ------------------------------------------------

@pytest.mark.parametrize("term, cell_type, five, wrong", [
    # Điều lệ Đảng Điều 24.3: a chi bộ under a grassroots committee, two congresses in five years
    ("2025-2027", "Chi bộ trực thuộc đảng ủy cơ sở", False, False),
    ("2025-2028", "Chi bộ trực thuộc đảng ủy cơ sở", False, False),
    ("2025-2030", "Chi bộ trực thuộc đảng ủy cơ sở", False, True),
    ("2025-2030", "Chi bộ trực thuộc đảng ủy cơ sở", True, False),      # the pilot of QĐ 294
    ("2025-2027", "Chi bộ trực thuộc đảng ủy cơ sở", True, True),
    # Điều 22.1: a chi bộ cơ sở, five years, early or late by a year at most
    ("2025-2030", "Chi bộ cơ sở", False, False), ("2025-2029", "Chi bộ cơ sở", False, False),
    ("2025-2027", "Chi bộ cơ sở", False, True),
    ("2025-2027", None, False, False),                                   # no type: not judged
])
def test_the_term_fits_the_cells_type(term, cell_type, five, wrong):
    assert (terms.term_problem(term, cell_type, five) is not None) is wrong


def test_a_chi_bo_co_so_next_term_is_five_years():
    assert terms.next_term("2025-2027", basic=True) == "2027-2032"
    assert terms.next_term("2025-2027") == "2027-2030"


def test_a_five_year_term_under_a_grassroots_committee_is_asked_about(tmp_path):
    data = small_data()
    data["Thông tin chung"]["Loại chi bộ"] = "Chi bộ trực thuộc đảng ủy cơ sở"   # term 2025-2030
    _, report = check_file(write_workbook(tmp_path / "so.xlsx", data))
    found = [f for f in report.findings if f.code == "TERM_LENGTH"]
    assert [(f.sheet, f.value) for f in found] == [("Thông tin chung", "2025-2030")]
    assert found[0].message == (
        "Nhiệm kỳ 2025-2030 không khớp «Loại chi bộ» (Chi bộ trực thuộc đảng ủy cơ sở): chi bộ "
        "trực thuộc đảng ủy cơ sở đại hội năm năm hai lần (Điều lệ Đảng, Điều 24 khoản 3); nếu chi "
        "bộ thí điểm đại hội 5 năm một lần (Quy định 294-QĐ/TW), ghi «Có» ở mục «Đại hội chi bộ 5 "
        "năm một lần». Kiểm tra lại nhiệm kỳ hoặc loại chi bộ.")
    data["Thông tin chung"]["Đại hội chi bộ 5 năm một lần"] = "Có"
    _, report = check_file(write_workbook(tmp_path / "so2.xlsx", data))
    assert "TERM_LENGTH" not in report.codes()
