"""aggregate reads and checks only the sheets its figures come from (issue 25, item 8).

`aggregate.SUMMARY_SHEETS`: a cell's workbook read with only those sheets gives the same
figures as read whole, and exactly the findings of the full check that lie on those sheets —
nothing false from a sheet left unread (an unread fee list is not an empty one), nothing lost
on a sheet read. Checked on the example, on the tests' small and sparse books, on books with
errors on both kinds of sheet, and on random sparse books (Hypothesis). `--full-check` gives
the full check's counts, and the step cache never serves one kind of result for the other.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import sparsebook
from conftest import small_data
from chibo_xl.checks.pipeline import check_file, check_raw
from chibo_xl.commands import aggregate as agg
from chibo_xl.commands.cli import main
from chibo_xl.commands.summary import SHEET_INFO
from chibo_xl.workbook import schema
from chibo_xl.workbook.reader import read_workbook

EXAMPLE = Path(__file__).resolve().parent.parent / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
SCOPED_NAMES = {schema.BY_KEY[key].name for key in agg.SUMMARY_SHEETS}


def both(path):
    """(figures, findings) of the workbook at `path`, read with the summary's sheets and whole."""
    out = []
    for sheets in (agg.SUMMARY_SHEETS, None):
        raw = read_workbook(path, sheets)
        book, report = check_raw(raw, sheets)
        out.append((agg.figures_of(book), report.to_rows(), set(raw)))
    return out


def assert_same_on_the_sheets_read(path):
    (figures, findings, read), (all_figures, all_findings, all_read) = both(path)
    assert figures == all_figures
    assert findings == [f for f in all_findings if f[1] in SCOPED_NAMES], path
    assert read <= SCOPED_NAMES and read < all_read
    # the Excel bridge hands over every sheet: the same when only those are asked for
    book, report = check_raw(read_workbook(path), agg.SUMMARY_SHEETS)
    assert (agg.figures_of(book), report.to_rows()) == (figures, findings)
    return findings, all_findings


def fee_and_member_errors() -> dict:
    """The small book with an error on an unread sheet (a fee month twice) and one on a read
    sheet (a member admitted before 18)."""
    data = small_data()
    fee = dict(data["Đảng phí"][0])
    data["Đảng phí"].append(fee)                          # FEE_TWICE on «Đảng phí»
    data["Chỉ tiêu"][0]["Chỉ tiêu đề ra"] = "nhiều"       # a number that is not one
    member = data["Đảng viên"][-1]
    member["Ngày vào Đảng"] = dt.date(member["Ngày sinh"].year + 16, 5, 19)
    return data


def test_the_example_is_read_in_part_with_the_same_figures_and_findings():
    assert_same_on_the_sheets_read(EXAMPLE)
    (_, _, read), (_, _, whole) = both(EXAMPLE)
    assert sorted(whole - read) == ["Biểu hiện", "Chỉ tiêu", "Giám sát", "Kế hoạch tháng",
                                    "Nội dung", "Phát triển Đảng", "Thành tích", "Đảng phí"]


@pytest.mark.parametrize("make", [small_data, sparsebook.kindergarten, fee_and_member_errors],
                         ids=["small", "sparse", "errors-on-both-kinds"])
def test_the_tests_books_give_the_full_checks_findings_on_the_sheets_read(make, tmp_path):
    path = tmp_path / "so.xlsx"
    sparsebook.write(path, make())
    findings, all_findings = assert_same_on_the_sheets_read(path)
    if make is fee_and_member_errors:
        codes = {f[-1] for f in all_findings if f[0] == "lỗi"}
        assert {"FEE_TWICE", "ADMISSION_UNDER_18"} <= codes
        assert [f[-1] for f in findings if f[0] == "lỗi"] == ["ADMISSION_UNDER_18"]


@st.composite
def sparse_books(draw) -> dict:
    """The sparse kindergarten book with random parts blank, absent or wrong, on read and unread
    sheets alike."""
    data = sparsebook.kindergarten(review_present_row=draw(st.booleans()),
                                   decided=draw(st.booleans()), votes=draw(st.booleans()),
                                   info={"Có chi ủy": draw(st.sampled_from(["Không", "Có", None]))})
    for sheet in ("Giám sát", "Đảng phí", "Chỉ tiêu", "Nội dung", "Kế hoạch tháng", "Văn bản",
                  "Phát triển Đảng"):
        if draw(st.booleans()):
            data.pop(sheet, None)
    if "Đảng phí" in data and draw(st.booleans()):
        data["Đảng phí"].append(dict(data["Đảng phí"][0], **{"Tháng": draw(st.sampled_from(
            [1, 3, 13]))}))
    if draw(st.booleans()):
        data["Sinh hoạt"][0]["Có mặt"] = draw(st.sampled_from([0, 9, 40]))
    if draw(st.booleans()):
        data["Đảng viên"][draw(st.integers(0, len(data["Đảng viên"]) - 1))]["Ngày sinh"] = \
            draw(st.sampled_from([dt.date(2030, 1, 1), dt.date(1899, 5, 5), None]))
    if draw(st.booleans()):
        data["Xếp loại"][0]["Họ và tên"] = "Người Lạ"
    return data


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=sparse_books())
def test_random_sparse_books_give_the_same_figures_and_findings(data, tmp_path):
    path = tmp_path / "so.xlsx"
    sparsebook.write(path, data)
    assert_same_on_the_sheets_read(path)


# ---------------------------------------------------------------------------------------------
# The summary says what it checked; --full-check checks everything
# ---------------------------------------------------------------------------------------------
@pytest.fixture
def cells_folder(tmp_path) -> Path:
    folder = tmp_path / "cac-chi-bo"
    folder.mkdir()
    sparsebook.write(folder / "a.xlsx", small_data())
    data = fee_and_member_errors()
    data["Thông tin chung"]["Tên chi bộ"] = "Chi bộ Trường Tiểu học B"
    sparsebook.write(folder / "b.xlsx", data)
    shutil.copy(EXAMPLE, folder / "c.xlsx")
    return folder


def _info(path) -> dict:
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = {row[0]: row[1] for row in wb[SHEET_INFO].iter_rows(values_only=True)}
    wb.close()
    return rows


def test_the_summary_names_the_sheets_it_checked_and_full_check_counts_the_rest(
        cells_folder, tmp_path):
    runner = CliRunner()
    out = tmp_path / "tong-hop.xlsx"
    quick = runner.invoke(main, ["aggregate", str(cells_folder), "-o", str(out)])
    assert quick.exit_code == 1, quick.output            # b.xlsx: a member admitted at 16
    checked = _info(out)["Các trang được đọc và kiểm tra trong mỗi sổ"]
    assert checked.startswith("Thông tin chung, Văn bản, Đảng viên, Xếp loại, Sinh hoạt, Lịch sử: ")
    assert "--full-check" in checked
    summary = agg.aggregate(cells_folder, jobs=1, cache=tmp_path / "cache.json")
    full = agg.aggregate(cells_folder, jobs=1, cache=tmp_path / "cache.json", full=True)
    again = agg.aggregate(cells_folder, jobs=1, cache=tmp_path / "cache.json")
    by_file = {c["file"]: c for c in summary.cells}
    full_by_file = {c["file"]: c for c in full.cells}
    # the fee month typed twice is an error only when «Đảng phí» is read
    _, report = check_file(cells_folder / "b.xlsx")
    assert by_file["b.xlsx"]["errors"] == 1
    assert full_by_file["b.xlsx"]["errors"] == len(report.errors) > 1
    for key in ("members", "htxs", "htt", "ht", "kht", "present", "summoned", "admitted"):
        assert summary.totals[key] == full.totals[key], key
    # a cache written by one kind of run is not served to the other
    assert [c["errors"] for c in again.cells] == [c["errors"] for c in summary.cells]
    full_run = runner.invoke(main, ["aggregate", str(cells_folder), "-o", str(out),
                                    "--full-check"])
    assert full_run.exit_code == 1, full_run.output
    assert _info(out)["Các trang được đọc và kiểm tra trong mỗi sổ"] == \
        "Mọi trang (--full-check), như «chibo-xl check»"
    wb = openpyxl.load_workbook(out, read_only=True)
    codes = [row[-1] for row in wb["Sổ có lỗi"].iter_rows(values_only=True)]
    wb.close()
    assert "FEE_TWICE" in codes


def test_a_summary_in_the_folder_is_still_told_from_a_cells_workbook(cells_folder, tmp_path):
    out = cells_folder / "tong-hop-cu.xlsx"
    CliRunner().invoke(main, ["aggregate", str(cells_folder), "-o", str(out)])
    assert out.exists()
    summary = agg.aggregate(cells_folder, jobs=1)
    assert summary.skipped == ["tong-hop-cu.xlsx"]
    assert "tong-hop-cu.xlsx" not in {b["file"] for b in summary.broken}
