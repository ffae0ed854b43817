"""Each value the reader once misread without a word now reads right or is a finding at its cell."""
import datetime as dt
import re

import openpyxl
import pytest
from conftest import digest, small_data

from chibo_xl.checks.pipeline import check_file, check_raw
from chibo_xl.figures.tally import membership
from chibo_xl.workbook import schema
from chibo_xl.workbook.reader import read_workbook

D = dt.date


def _rewrite(path, sheet, fn, epoch=None):
    wb = openpyxl.load_workbook(path)
    if epoch is not None:
        wb.epoch = epoch
    fn(wb[sheet])
    wb.save(path)


def _findings(report, code):
    return [f for f in report.findings if f.code == code]


def test_a_birth_year_typed_as_a_number_is_an_error_at_its_cell_not_1905(make_book):
    path = make_book()
    _rewrite(path, "Đảng viên", lambda ws: ws.__setitem__("C3", 1985))
    book, report = check_file(path)
    [f] = [f for f in report.errors if (f.sheet, f.cell) == ("Đảng viên", "C3")]
    assert f.code == "CELL_TYPE" and "chỉ có năm (1985)" in f.message
    assert book.rows("members")[1]["dob"] is None  # never 07/06/1905


@pytest.mark.parametrize("typed", ["1985", "năm 1985", "05/1985"])
def test_a_year_or_month_alone_typed_as_text_is_an_error(make_book, typed):
    data = small_data()
    data["Đảng viên"][1]["Ngày sinh"] = typed
    _, report = check_file(make_book(data))
    [f] = [f for f in report.errors if (f.sheet, f.cell) == ("Đảng viên", "C3")]
    assert "chỉ có" in f.message


def test_a_small_number_in_a_date_column_is_not_a_date_of_1900(make_book):
    path = make_book()
    _rewrite(path, "Đảng viên", lambda ws: ws.__setitem__("O3", 7))
    _, report = check_file(path)
    [f] = [f for f in report.errors if f.cell == "O3"]
    assert "không phải ngày tháng" in f.message


def test_kinh_viet_counts_as_kinh_not_as_an_ethnic_minority(make_book):
    data = small_data()
    data["Đảng viên"][0]["Dân tộc"] = "Kinh (Việt)"
    data["Đảng viên"][1]["Dân tộc"] = "Việt"
    book, report = check_file(make_book(data))
    assert report.errors == []
    assert [m["ethnicity"] for m in book.rows("members")[:2]] == ["Kinh", "Kinh"]
    assert membership(book).minority == 1  # only Phạm Văn Nam, Tày


def test_a_row_of_column_numbers_under_the_header_is_skipped_with_a_note(make_book):
    path = make_book()

    def numbering(ws):
        ws.insert_rows(2)
        for c in range(1, ws.max_column + 1):
            ws.cell(2, c, f"({c})")
    _rewrite(path, "Đảng viên", numbering)
    book, report = check_file(path)
    assert len(book.rows("members")) == 6
    assert book.rows("members")[0]["name"] == "Nguyễn Thị Hằng Nga"
    [note] = _findings(report, "ROW_SKIPPED")
    assert note.cell == "A2" and "dòng đánh số cột" in note.message
    assert not [f for f in report.findings if f.cell.endswith("2") and f.code == "REQUIRED"]


def test_units_and_totals_rows_are_skipped_with_a_note(make_book):
    path = make_book()

    def rows(ws):
        ws.insert_rows(2)
        ws["D2"], ws["E2"], ws["F2"] = "(đồng)", "%", "(đồng)"
        last = ws.max_row + 1                     # under January's five rows
        ws[f"A{last}"], ws[f"F{last}"] = "Tổng cộng", 85000
    _rewrite(path, "Đảng phí", rows)
    book, report = check_file(path)
    assert len(book.rows("fees")) == 5
    assert [f.message for f in _findings(report, "ROW_SKIPPED")] == [
        "Bỏ qua dòng đơn vị tính (không phải một dòng dữ liệu).",
        "Bỏ qua dòng tổng cộng (không phải một dòng dữ liệu)."]


def test_the_1904_date_system_applies_to_general_formatted_dates(make_book):
    path = make_book()
    serial = (D(1980, 7, 1) - D(1904, 1, 1)).days

    def general(ws):
        ws["C3"] = serial
        ws["C3"].number_format = "General"
    _rewrite(path, "Đảng viên", general, epoch=openpyxl.utils.datetime.CALENDAR_MAC_1904)
    raw = read_workbook(path)
    assert raw.date1904 is True
    book, report = check_raw(raw)
    members = book.rows("members")
    assert members[1]["dob"] == D(1980, 7, 1)  # not 30/06/1976
    assert members[0]["dob"] == D(1975, 3, 12)  # a date-formatted cell stays right too
    assert report.errors == []


def test_formula_cells_without_a_saved_value_are_errors_not_blanks(make_book):
    data = small_data()
    data["Đảng phí"] = [{"Họ và tên": "Lê Thị Hoa", "Tháng": m, "Căn cứ tính (đồng)": 8500000}
                       for m in range(1, 4)]
    path = make_book(data)
    _rewrite(path, "Đảng phí", lambda ws: [ws.__setitem__(f"F{r}", f"=D{r}*1%")
                                           for r in range(2, 5)])
    before = digest(path)
    _, report = check_file(path)
    found = _findings(report, "FORMULA_NO_VALUE")
    assert [f.cell for f in found] == ["F2", "F3", "F4"]
    assert found[0].value == "=D2*1%" and found[0].severity == "error"
    assert "mở sổ bằng Excel rồi Lưu lại" in found[0].message
    assert report.exit_code == 2 and digest(path) == before


def test_a_formula_with_its_saved_value_reads_as_the_value(tmp_path, make_book):
    import zipfile
    path = make_book()
    _rewrite(path, "Đảng phí", lambda ws: ws.__setitem__("F2", "=85000"))
    # give the formula the cached result Excel saves with it
    src = zipfile.ZipFile(path)
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(b"<f>85000</f><v></v>", b"<f>85000</f><v>85000</v>"))
    book, report = check_file(patched)
    assert not _findings(report, "FORMULA_NO_VALUE")
    assert book.rows("fees")[0]["paid"] == 85000


@pytest.mark.parametrize("invisible", ["\u200b", "\xad", "\ufeff"])
def test_invisible_characters_are_removed_and_named(make_book, invisible):
    data = small_data()
    data["Xếp loại"][2]["Họ và tên"] = "Lê Thị" + invisible + " Hoa"
    book, report = check_file(make_book(data))
    assert not _findings(report, "NAME_UNKNOWN")
    assert book.rows("ratings")[2]["name"] == "Lê Thị Hoa"
    [f] = _findings(report, "INVISIBLE_CHARS")
    assert f.sheet == "Xếp loại" and f.cell == "B4" and f.severity == "warning"
    assert {"\u200b": "U+200B", "\xad": "U+00AD", "\ufeff": "U+FEFF"}[invisible] in f.message


def test_names_match_across_tone_mark_placement(make_book):
    data = small_data()
    data["Đảng viên"][2]["Họ và tên"] = "Lê Thị Thuý"
    data["Xếp loại"][2]["Họ và tên"] = "Lê Thị Thúy"
    data["Giám sát"][0]["Họ và tên"] = "LÊ THỊ THUÝ"
    data["Đảng phí"][0]["Họ và tên"] = "Lê Thị Thúy"
    _, report = check_file(make_book(data))
    assert not _findings(report, "NAME_UNKNOWN")
    assert report.errors == []


def test_different_tones_still_differ(make_book):
    data = small_data()
    data["Xếp loại"][2]["Họ và tên"] = "Lê Thị Hòa"   # Hoa ≠ Hòa
    _, report = check_file(make_book(data))
    assert [f.cell for f in _findings(report, "NAME_UNKNOWN")] == ["B4"]


def test_codes_and_spellings_are_accepted_by_check_and_read_in_full(make_book):
    data = small_data()
    m, r = data["Đảng viên"], data["Xếp loại"]
    m[0].update({"Loại đảng viên": "ĐVCT", "Trình độ chuyên môn": "ThS", "Chức vụ Đảng": "BT",
                 "Lý luận chính trị": "TC"})
    m[1].update({"Loại đảng viên": "Đảng viên chính thức", "Trình độ chuyên môn": "ĐH",
                 "Chức vụ Đảng": "Phó Bí thư Chi bộ", "Lý luận chính trị": "SC"})
    m[2].update({"Trình độ chuyên môn": "Cử nhân", "Chức vụ Đảng": "CUV", "Tôn giáo": "Phật"})
    m[3].update({"Trình độ chuyên môn": "Kỹ sư", "Chức vụ chính quyền": "GV"})
    m[4].update({"Trình độ chuyên môn": "Thạc sỹ", "Giới tính": "nữ"})
    r[0].update({"Tự xếp loại": "HTXSNV", "Chi bộ đề nghị": "HTXSNV"})
    r[1].update({"Tự xếp loại": "HTTNV", "Chi bộ đề nghị": "httnv", "Kỷ luật trong năm": "Không"})
    data["Thông tin chung"]["Chi bộ tự xếp loại"] = "HTTNV"
    book, report = check_file(make_book(data))
    assert report.errors == []
    members, ratings = book.rows("members"), book.rows("ratings")
    assert [x["status"] for x in members[:2]] == ["Chính thức", "Chính thức"]
    assert [x["education"] for x in members[:5]] == ["Thạc sĩ", "Đại học", "Đại học", "Đại học",
                                                      "Thạc sĩ"]
    assert [x["party_post"] for x in members[:3]] == ["Bí thư", "Phó Bí thư", "Chi ủy viên"]
    assert [x["theory"] for x in members[:2]] == ["Trung cấp", "Sơ cấp"]
    assert members[2]["religion"] == "Phật giáo" and members[3]["job"] == "Giáo viên"
    assert ratings[0]["cell_level"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert ratings[1]["cell_level"] == "Hoàn thành tốt nhiệm vụ"
    assert book.info["cell_level"] == "Hoàn thành tốt nhiệm vụ"


def test_counts_follow_the_members_listed_not_a_constant_500():
    from chibo_xl.workbook.reader import RawBook, RawSheet
    members = [[c.header for c in schema.MEMBERS.columns]]
    for i in range(1000):
        members.append([i + 1, f"Đảng viên {i:04d}", D(1980, 1, 1) + dt.timedelta(days=i), "Nam",
                        "Kinh", "Không", "", "Đại học", "", "", "Giáo viên", "Không", "Có",
                        "Đảng viên", D(2010, 1, 1), D(2011, 1, 1), "Chính thức"])
    info = [["Mục", "Giá trị"], ["Số đảng viên dự họp kiểm điểm", 950],
            ["Số phiếu phát ra", 950], ["Năm đánh giá", 2026]]
    raw = RawBook({"Thông tin chung": RawSheet("Thông tin chung", info),
                   "Đảng viên": RawSheet("Đảng viên", members)})
    _, report = check_raw(raw)
    assert not [f for f in report.findings if f.code == "OUT_OF_RANGE"]
    info[1][1] = 1001
    _, report = check_raw(raw)
    [f] = [f for f in report.findings if f.code == "OUT_OF_RANGE"]
    assert f.cell == "B2" and "lớn hơn số đảng viên trong trang «Đảng viên» (1000)" in f.message


def test_a_workbook_typed_with_codes_builds_documents_with_the_values_in_full(tmp_path):
    import docfmt

    from chibo_xl.commands.build import build
    from chibo_xl.workbook.blank import write_workbook

    data = small_data()
    for m in data["Đảng viên"]:
        m.update({"Loại đảng viên": "ĐVCT" if m["Ngày chính thức"] else "ĐVDB",
                  "Trình độ chuyên môn": "ĐH", "Lý luận chính trị": "SC"})
    data["Đảng viên"][0]["Trình độ chuyên môn"] = "ThS"
    short = {"Hoàn thành xuất sắc nhiệm vụ": "HTXSNV", "Hoàn thành tốt nhiệm vụ": "HTTNV"}
    for r in data["Xếp loại"]:
        r["Tự xếp loại"] = r["Chi bộ đề nghị"] = short[r["Tự xếp loại"]]
    path = tmp_path / "ma.xlsx"
    write_workbook(path, data)
    result = build(path, tmp_path / "out")
    assert result.ok, result.report.to_text()
    report = docfmt.text_of(next(p for p in result.made if "Báo cáo tổng kết năm" in str(p)))
    assert ("Chi bộ có 06 đảng viên (05 chính thức, 01 dự bị); 03 nữ; 01 dân tộc thiểu số; "
            "trình độ chuyên môn: 01 thạc sĩ, 05 đại học; lý luận chính trị: 06 sơ cấp.") in report
    assert ("6/6 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 100%), trong đó 01 đồng "
            "chí hoàn thành xuất sắc nhiệm vụ.") in report
    ballot = docfmt.text_of(next(p for p in result.made if "Phiếu biểu quyết" in str(p)))
    assert ballot.count("Hoàn thành tốt nhiệm vụ") >= 5
    for made in result.made:
        text = docfmt.text_of(made)
        assert not {"HTXSNV", "HTTNV", "ĐVCT", "ĐVDB", "ThS"} & set(re.findall(r"\w+", text))
