"""Numbers as Excel holds them (issue 22, item 5): «98,6%» typed in a cell is stored 0,986 and
read as 98,6; a plain 0,986 where a percentage goes is said; a member rated twice, a fee month or
a meeting typed twice is an error at every one of its cells; a fee list leaving out members of
the cell names them. Workbooks written with openpyxl as Excel would save them."""
from __future__ import annotations

import copy

import openpyxl
import pytest
from docx import Document

import sparsebook
from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.excel.bridge import read_book
from chibo_xl.figures import fees, tally
from chibo_xl.workbook import cells
from chibo_xl.workbook.reader import read_workbook
from fake_excel import FakeExcel


def _format(path, sheet: str, header: str, fmt: str, value=None) -> str:
    """Give the first data cell under `header` of `sheet` the number format `fmt` (and `value`),
    as Excel does when «98,6%» is typed; returns its address."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    head = next(r for r in ws.iter_rows(min_row=1, max_row=10) if any(c.value == header for c in r))
    col = next(c.column for c in head if c.value == header)
    cell = ws.cell(head[0].row + 1, col)
    if value is not None:
        cell.value = value
    cell.number_format = fmt
    wb.save(path)
    return cell.coordinate


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "so.xlsx"
    data = sparsebook.kindergarten()
    data["Chỉ tiêu"][0]["Kết quả đạt được"] = 0.986
    sparsebook.write(path, data)
    return path


def test_a_percent_cell_reads_as_the_percentage_it_shows(book_path):
    address = _format(book_path, "Chỉ tiêu", "Kết quả đạt được", "0.0%")
    raw = read_workbook(book_path)["Chỉ tiêu"]
    row, col = int(address[1:]), ord(address[0]) - 64
    value = raw.rows[row - 1][col - 1]
    assert isinstance(value, cells.Percent) and value == 0.986 and value.shown == 98.6
    book, report = check_file(book_path)
    assert "PERCENT_FRACTION" not in report.to_text()
    (r, verdict), = tally.indicators(book)
    assert r["result"] == (98.6, 98.6) and verdict == "Vượt chỉ tiêu"
    # the button reads the live cell as the file reader reads the saved one
    assert read_book(FakeExcel(book_path))["Chỉ tiêu"].rows == raw.rows


def test_a_plain_fraction_beside_a_percentage_is_said_and_read_as_typed(book_path):
    book, report = check_file(book_path)
    text = report.to_text()
    assert ("Chỉ tiêu!F2: «Kết quả đạt được» ghi 0,986 trong khi «Chỉ tiêu đề ra» là 98%: nếu là "
            "98,6% (Excel lưu «98,6%» thành 0,986), hãy định dạng ô là % hoặc ghi 98,6; đang "
            "đọc là 0,986%.") in text
    (r, verdict), = tally.indicators(book)
    assert r["result"] == (0.986, 0.986) and verdict == "Chưa đạt chỉ tiêu"


def test_a_percentage_setting_typed_as_a_fraction_is_read_as_percent_and_said(tmp_path):
    path = tmp_path / "so.xlsx"
    sparsebook.write(path, sparsebook.kindergarten(info={"Tỷ lệ trần hoàn thành xuất sắc (%)": 0.25}))
    book, report = check_file(path)
    assert book.info["cap_rate"] == 25
    assert "«Tỷ lệ trần hoàn thành xuất sắc (%)» ghi 0,25: đã hiểu là 25%." in report.to_text()


def _errors(tmp_path, data) -> str:
    sparsebook.write(tmp_path / "so.xlsx", data)
    _, report = check_file(tmp_path / "so.xlsx")
    return "\n".join(str(f) for f in report.errors) if report.errors else ""


def test_a_row_typed_twice_is_an_error_at_every_one_of_its_cells(tmp_path):
    data = sparsebook.kindergarten(decided=True)
    data["Xếp loại"].append(copy.deepcopy(data["Xếp loại"][2]))              # Phạm Thị Mai
    data["Đảng phí"].append(copy.deepcopy(data["Đảng phí"][0]))
    data["Sinh hoạt"].insert(3, copy.deepcopy(data["Sinh hoạt"][2]))         # 05/03 twice
    sparsebook.write(tmp_path / "so.xlsx", data)
    _, report = check_file(tmp_path / "so.xlsx")
    found = {(f.code, f.cell) for f in report.errors}
    assert {("RATING_TWICE", "B4"), ("RATING_TWICE", "B10")} <= found
    assert {("FEE_TWICE", "A2"), ("FEE_TWICE", "A3")} <= found
    assert {("MEETING_TWICE", "A4"), ("MEETING_TWICE", "A5")} <= found
    assert ("Đảng viên Phạm Thị Mai ghi 02 lần (các dòng 4, 10): mỗi lần được tính một lần nữa."
            in report.to_text())
    assert not build(tmp_path / "so.xlsx", tmp_path / "out").ok


def test_a_fee_list_of_part_of_the_cell_names_who_is_missing(tmp_path):
    sparsebook.write(tmp_path / "so.xlsx")
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok
    missing = ("Trần Thị Lan, Lê Thị Hoa, Nguyễn Thị Thu, Vũ Thị Hằng, Đỗ Thị Ngọc, Đặng Thị Vân, "
               "Ngô Văn Tư")
    assert (f"Đảng phí!B2: Đảng phí tháng 1: chưa có dòng của 07 đảng viên trong chi bộ tháng đó "
            f"({missing}); danh sách thu và tổng đảng phí chỉ tính những người đã ghi."
            in result.report.to_text())
    out = tmp_path / "out"
    fee_list = "\n".join(p.text for p in Document(str(
        out / "Danh sách thu đảng phí năm 2026.docx")).paragraphs)
    assert "Chưa ghi trong danh sách tháng 1 (07 đảng viên của chi bộ): đồng chí Trần Thị Lan" in fee_list
    report = "\n".join(p.text for p in Document(str(
        out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")).paragraphs)
    assert ("Danh sách thu đảng phí chưa ghi đủ đảng viên của chi bộ (tháng 1: chưa ghi 07 đồng "
            "chí) và chưa ghi tháng 2 đến tháng 12: số tiền trên chỉ tính những người, những tháng "
            "đã ghi.") in report


def test_a_month_with_no_fee_row_is_named_and_its_total_not_taken_for_the_year(tmp_path):
    """January and March list every member of the cell, February nothing: check warns at March's
    first row; the fee list and the annual report name February and April to December, so the
    total of two months is not read as the year's (before: «Cộng cả năm: phải thu 960.000 đồng»
    unqualified, and check silent)."""
    data = sparsebook.kindergarten()
    names = [m["Họ và tên"] for m in sparsebook.members()]
    inside = {1: [n for n in names if n not in ("Hoàng Thị Yến", "Bùi Thị Linh")],   # March, August
              3: [n for n in names if n != "Bùi Thị Linh"]}
    data["Đảng phí"] = [{"Họ và tên": n, "Tháng": month, "Căn cứ tính (đồng)": 6_000_000,
                         "Đã nộp (đồng)": 60_000} for month, who in inside.items() for n in who]
    sparsebook.write(tmp_path / "so.xlsx", data)
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok
    found = [f for f in result.report.findings if f.code.startswith("FEE_")]
    assert [(f.code, f.cell) for f in found] == [("FEE_MONTH_MISSING", "B10")], found
    assert ("Đảng phí!B10: Đảng phí: chưa có dòng nào của tháng 2 (đã có tháng sau đó); danh sách "
            "thu và tổng đảng phí cả năm chỉ tính các tháng đã ghi.") in result.report.to_text()
    out = tmp_path / "out"
    fee_list = [p.text for p in Document(str(out / "Danh sách thu đảng phí năm 2026.docx")).paragraphs]
    total = fee_list.index("Cộng cả năm: phải thu 1.020.000 đồng; đã thu 1.020.000 đồng; trích giữ "
                           "lại tại chi bộ 306.000 đồng (30%), nộp cấp trên 714.000 đồng.")
    assert fee_list[total - 1] == ("Chưa ghi đảng phí tháng 2, tháng 4 đến tháng 12: số cộng cả năm "
                                   "chỉ tính các tháng đã ghi.")
    report = "\n".join(p.text for p in Document(str(
        out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")).paragraphs)
    assert ("Thu đảng phí 1.020.000 đồng; trích giữ lại tại chi bộ 306.000 đồng (30%), nộp cấp trên "
            "714.000 đồng. Danh sách thu đảng phí chưa ghi tháng 2, tháng 4 đến tháng 12: số tiền "
            "trên chỉ tính các tháng đã ghi.") in report


def test_months_are_named_in_runs():
    assert fees.month_list([2]) == "tháng 2"
    assert fees.month_list([12, 2, 3, 5, 6, 7]) == "tháng 2, tháng 3, tháng 5 đến tháng 7, tháng 12"
