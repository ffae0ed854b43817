"""The reader accepts what real workbooks contain, and never writes the file."""
import datetime as dt
import unicodedata

import openpyxl
import pytest
from conftest import digest, small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.workbook.reader import WorkbookError, read_workbook
from chibo_xl.workbook.tables import load_book


def _rewrite(path, sheet, fn):
    wb = openpyxl.load_workbook(path)
    fn(wb[sheet])
    wb.save(path)


def test_reads_typed_records_with_their_cell_addresses(make_book):
    book, report = load_book(read_workbook(make_book()))
    assert report.findings == []
    nga = book.rows("members")[0]
    assert nga["name"] == "Nguyễn Thị Hằng Nga" and nga.cell("name") == "B2"
    assert nga["dob"] == dt.date(1975, 3, 12) and nga.cell("dob") == "C2"
    assert book.info["year"] == 2026 and book.info.cell("year") == "B7"
    assert book.rows("ratings")[0]["score_common"] == 29


def test_columns_in_another_order_with_extra_columns_and_messy_headers(make_book):
    path = make_book()

    def shuffle(ws):
        ws.move_range("B1:B7", rows=0, cols=30)  # name column goes far right
        ws["AF1"] = "  HỌ   VÀ  tên "
        ws["AG1"] = "Cột riêng của trường"
        ws["AG2"] = "ghi chú"
        nfd = unicodedata.normalize("NFD", "Ngày sinh")
        ws["C1"] = nfd
    _rewrite(path, "Đảng viên", shuffle)
    book, report = load_book(read_workbook(path))
    assert report.findings == []
    assert book.rows("members")[0]["name"] == "Nguyễn Thị Hằng Nga"
    assert book.rows("members")[0].cell("name") == "AF2"
    assert book.rows("members")[0]["dob"] == dt.date(1975, 3, 12)


def test_text_dates_text_numbers_percent_spaces_and_blank_rows(make_book):
    data = small_data()
    m = data["Đảng viên"]
    m[0]["Ngày sinh"] = "12/03/1975"
    m[1]["Ngày sinh"] = "1-7-1980"
    m[2]["Ngày sinh"] = "1988-01-20"
    m[3]["Họ và tên"] = "  Phạm   Văn Nam  "
    m[3]["Giới tính"] = " nam "
    r = data["Xếp loại"]
    r[0]["Điểm tiêu chí chung (/30)"] = "29,0"
    r[0]["Tỷ lệ nhiệm vụ vượt mức (%)"] = "35%"
    r[1]["Tỷ lệ nhiệm vụ vượt mức (%)"] = 0.1
    path = make_book(data)
    _rewrite(path, "Đảng viên", lambda ws: ws.insert_rows(4, 3))
    book, report = load_book(read_workbook(path))
    # 0,1 typed plain in a percentage column is read as 10% and said (issue 22): it may be 0,1%
    assert [(f.code, f.cell) for f in report.findings] == [("PERCENT_FRACTION", "F3")]
    members = book.rows("members")
    assert [x["dob"] for x in members[:3]] == [dt.date(1975, 3, 12), dt.date(1980, 7, 1),
                                                dt.date(1988, 1, 20)]
    assert members[3]["name"] == "Phạm Văn Nam" and members[3]["sex"] == "Nam"
    assert members[2].row == 7  # after the three blank rows, addresses stay true
    ratings = book.rows("ratings")
    assert ratings[0]["score_common"] == 29 and ratings[0]["over_rate"] == 35
    assert ratings[1]["over_rate"] == pytest.approx(10)


def test_missing_optional_sheets_are_fine(make_book):
    path = make_book()
    wb = openpyxl.load_workbook(path)
    for name in ("Đảng phí", "Biểu hiện", "Phát triển Đảng", "Hướng dẫn", "Danh mục"):
        del wb[name]
    wb.save(path)
    _, report = check_file(path)
    assert report.exit_code == 0, report.to_text()


def test_reader_never_changes_the_file(make_book):
    path = make_book()
    before = digest(path)
    read_workbook(path)
    check_file(path)
    assert digest(path) == before


def test_not_a_workbook_is_refused_in_vietnamese(tmp_path):
    fake = tmp_path / "x.xlsx"
    fake.write_text("Họ và tên;Ngày sinh\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match="không phải sổ Excel"):
        read_workbook(fake)
    with pytest.raises(WorkbookError, match="Không tìm thấy tệp"):
        read_workbook(tmp_path / "none.xlsx")


def test_two_workbooks_read_in_one_process_share_nothing(make_book):
    first = small_data()
    second = small_data()
    second["Thông tin chung"]["Năm đánh giá"] = 2027
    second["Thông tin chung"]["Tên chi bộ"] = "Chi bộ Trường Mầm non 2"
    a, _ = load_book(read_workbook(make_book(first, "a.xlsx")))
    b, _ = load_book(read_workbook(make_book(second, "b.xlsx")))
    assert (a.info["year"], a.info["cell_name"]) == (2026, "Chi bộ Trường Tiểu học 1")
    assert (b.info["year"], b.info["cell_name"]) == (2027, "Chi bộ Trường Mầm non 2")
    assert a.info is not b.info
