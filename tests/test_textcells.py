"""Text stays text in every .xlsx chibo-xl writes: no cell's text ever becomes a live formula."""
from __future__ import annotations

import openpyxl
from click.testing import CliRunner
from conftest import small_data, write_workbook
from fake_excel import FakeExcel

from chibo_xl.checks.pipeline import check_file
from chibo_xl.cli import main
from chibo_xl.excel import bridge
from chibo_xl.workbook import schema
from chibo_xl.workbook.xlsxsafe import defuse, put

HOSTILE = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)",
           "\t=1+1", "\r=1+1"]


def formulas(path) -> list:
    """Every formula cell of the workbook at `path` (sheet, cell, formula)."""
    wb = openpyxl.load_workbook(path)
    return [(ws.title, c.coordinate, c.value) for ws in wb.worksheets for row in ws.iter_rows()
            for c in row if c.data_type == "f"]


def texts(path) -> set:
    wb = openpyxl.load_workbook(path)
    return {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)}


def hostile_book(path):
    data = small_data()
    data["Thông tin chung"]["Tên chi bộ"] = HOSTILE[0]
    data["Nội dung"] += [{"Mục": "Giải pháp", "Nội dung": v} for v in HOSTILE[1:]]
    data["Đảng viên"][2]["Ghi chú"] = HOSTILE[1]
    write_workbook(path, data)
    return path


def test_put_keeps_each_risky_string_a_string_cell(tmp_path):
    wb = openpyxl.Workbook()
    for i, value in enumerate(HOSTILE + ["bad \x07 byte \udcff"], start=1):
        put(wb.active.cell(i, 1), value)
    wb.active.cell(20, 1).value = "=SUM(1,2)"       # as pandas would leave it
    assert defuse(wb) == 1
    wb.save(tmp_path / "t.xlsx")
    assert formulas(tmp_path / "t.xlsx") == []
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert [ws.cell(i, 1).value for i in range(1, 8)] == HOSTILE
    assert all(ws.cell(i, 1).quotePrefix for i in range(1, 8))
    assert ws.cell(8, 1).value == "bad   byte \ufffd" and ws.cell(20, 1).value == "=SUM(1,2)"


def test_the_source_workbook_and_next_years_hold_text_not_formulas(tmp_path):
    source = hostile_book(tmp_path / "so-2026.xlsx")
    assert formulas(source) == []
    result = CliRunner().invoke(main, ["new-year", str(source)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "so-2027.xlsx"
    assert formulas(target) == []
    assert set(HOSTILE[:2]) <= texts(target)
    book, report = check_file(target)
    assert book.info["cell_name"] == HOSTILE[0]      # not "Thiếu «Tên chi bộ»"
    assert not [f for f in report.errors if "Tên chi bộ" in f.message]


def test_the_summary_holds_text_not_formulas(tmp_path):
    folder = tmp_path / "so"
    folder.mkdir()
    hostile_book(folder / "a.xlsx")
    bad = small_data()
    del bad["Thông tin chung"]["Năm đánh giá"]
    bad["Đảng viên"][0]["Họ và tên"] = HOSTILE[1]
    write_workbook(folder / "b.xlsx", bad)
    out = tmp_path / "tong-hop.xlsx"
    result = CliRunner().invoke(main, ["aggregate", str(folder), "-o", str(out), "-j", "1"])
    assert result.exit_code in (0, 1), result.output
    assert formulas(out) == []
    wb = openpyxl.load_workbook(out)
    assert HOSTILE[0] in {c.value for c in wb["Tổng hợp chi bộ"]["B"]}


def test_the_check_sheet_holds_text_not_formulas(tmp_path):
    data = small_data()
    data["Đảng viên"][1]["Giới tính"] = HOSTILE[1]   # not in its list: reported with its value
    path = tmp_path / "so.xlsx"
    write_workbook(path, data)
    fake = FakeExcel(path)
    bridge.run(fake, opener=lambda p: None)
    fake.wb.save(tmp_path / "after.xlsx")
    values = [c.value for c in fake.wb[schema.CHECK_SHEET]["D"]]
    assert HOSTILE[1] in values
    assert formulas(tmp_path / "after.xlsx") == []
    assert bridge.xlsxsafe.excel_text(HOSTILE[1]) == "'" + HOSTILE[1]


def test_the_blank_workbook_holds_no_formula_cell(tmp_path):
    assert CliRunner().invoke(main, ["init", str(tmp_path / "so.xlsx")]).exit_code == 0
    assert formulas(tmp_path / "so.xlsx") == []
