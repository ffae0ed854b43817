"""`chibo-xl import`: the member lists secretaries already have, in the shapes they come in.

Every file here is made by the test (no real persons): the national database's import file,
the register Mẫu 7-HSĐV, a CSV in the Windows Vietnamese code page, an .ods and an .xls made by
LibreOffice from an .xlsx.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import digest, small_data, soffice
from test_textcells import formulas

from chibo_xl.cli import main as cli
from chibo_xl.commands.intake import IntakeError, run_import
from chibo_xl.workbook import schema, tables
from chibo_xl.workbook.reader import read_workbook
from chibo_xl.workbook.tables import load_book

D = dt.date

NATIONAL_HEADER = ["STT", "Họ Tên", "Sinh ngày *", "Giới tính", "Dân tộc", "Tôn giáo",
                   "Quê quán", None, None, "Chuyên Môn", "Trình Độ LLCT", "Chức Vụ CQ",
                   "Chức vụ Đảng", "NgayKetNap", "Ngày chính thức", "Số thẻ Đảng"]
NATIONAL_ROWS = [
    [1, "NGUYỄN THỊ HẰNG NGA", "12/03/1975", "Nữ", "Kinh", "Không", "Việt Nam", "Hà Nội",
     "Xã Định An", "ThS", "TC", "HT", "BT", "19/05/2000", "19/05/2001", "079012345"],
    [2, "TRẦN VĂN BÌNH", "01/07/1980", "Nam", "Kinh (Việt)", "Phật", "Việt Nam", "Hà Nội",
     "Thôn Đông", "ĐH", "SC", "GV", "PBT", "02/09/2006", "02/09/2007", "079000002"],
    [3, "LÊ THỊ HOA", "20/01/1988", "Nữ", "Tày", "Không", "Việt Nam", "Cao Bằng", "Xã Hòa An",
     "Cử nhân", "SC", "GV", "CUV", "03/03/2012", "03/03/2013", "079000003"],
    [4, "PHẠM VĂN NAM", "05/11/1990", "Nam", "Kinh", "Không", "Lào", "Viêng Chăn", "",
     "Kỹ sư", "Chưa", "NV", "Bí thư Chi bộ", "10/06/2015", "10/06/2016", "079000004"],
    [5, "VŨ MINH ĐỨC", "30/04/1995", "Nam", "Kinh", "Không", "Việt Nam", "Hà Nội", "",
     "Thạc sỹ", "", "GV", "", "01/03/2026", "0000-00-00", ""],
]


def national_file(path: Path) -> Path:
    """The national database's import file: two title rows, a merged two-row header with
    Quê quán split into Quốc gia / Tỉnh / Chi tiết, codes in the cells, text dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DanhSach"
    ws["A1"] = "DANH SÁCH ĐẢNG VIÊN"
    ws.merge_cells("A1:P1")
    ws["A2"] = "Đảng bộ xã Định An — Chi bộ Trường Tiểu học 1"
    ws.merge_cells("A2:P2")
    for c, head in enumerate(NATIONAL_HEADER, start=1):
        if head:
            ws.cell(4, c, head)
    ws.merge_cells("G4:I4")
    for c, sub in ((7, "Quốc gia"), (8, "Tỉnh"), (9, "Chi tiết")):
        ws.cell(5, c, sub)
    for c in [*range(1, 7), *range(10, 17)]:
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for r, row in enumerate(NATIONAL_ROWS, start=6):
        for c, value in enumerate(row, start=1):
            if value != "":
                ws.cell(r, c, value).data_type = "s" if isinstance(value, str) else "n"
    wb.save(path)
    return path


MAU7_HEADER = ["Số TT", "HỌ VÀ TÊN\nHọ và tên khai sinh", "Nam, nữ, dân tộc, tôn giáo",
               "QUÊ QUÁN", "Văn hóa, lý luận, CMNV, ngoại ngữ",
               "Nghề nghiệp trước khi vào Đảng, Nghề nghiệp hiện nay",
               "Ngày vào Đảng, ngày chính thức",
               "Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng",
               "Bộ đội, công an, hưu trí", "Ngày chuyển đi, đến đảng bộ cơ sở",
               "Ngày chuyển đến, ở đảng bộ cơ sở nào đến", "Ngày từ trần\nLý do",
               "Ngày ra khỏi Đảng, hình thức ra Đảng", "Ghi chú"]
MAU7_ROWS = [
    [1, "Nguyễn Thị Hằng Nga\n12/03/1975", "Nữ\nKinh\nKhông", "Định An, Hà Nội",
     "12/12\nTrung cấp\nThạc sĩ\nTiếng Anh B1", "Giáo viên\nHiệu trưởng",
     "19/05/2000\n19/05/2001", "79.012345\nLL-01\n", "", "", "", "", "", ""],
    [2, "Trần Văn Bình\n01/07/1980", "Nam, Kinh (Việt), Phật giáo", "Hòa Bình",
     "12/12\nSơ cấp\nĐại học\n", "Giáo viên\nGiáo viên", "02/09/2006\n02/09/2007",
     "79.000002", "", "", "15/08/2026\nĐảng bộ xã Sơn Phú", "", "", ""],
    [3, "Lê Thị Thuý\n20/01/1988", "Nữ\nTày", "Cao Bằng", "12/12\nSơ cấp\nĐại học",
     "\nGiáo viên", "03/03/2012 - 03/03/2013", "79.000003", "", "", "", "", "", ""],
]


def mau7_file(path: Path) -> Path:
    """Mẫu 7-HSĐV: title, the 14 combined columns, a row of column numbers, one member a row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sổ danh sách"
    ws["A1"] = "SỔ DANH SÁCH ĐẢNG VIÊN"
    for c, head in enumerate(MAU7_HEADER, start=1):
        ws.cell(3, c, head)
        ws.cell(4, c, c)
    for r, row in enumerate(MAU7_ROWS, start=5):
        for c, value in enumerate(row, start=1):
            if value != "":
                ws.cell(r, c, value)
    wb.save(path)
    return path


def cp1258(text: str) -> bytes:
    """Text as Windows writes it in code page 1258: base letters, tone marks combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in nfd if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


CSV_TEXT = ("Họ và tên;Ngày sinh (dd/mm/yyyy);Giới tính;Dân tộc;Trình độ chuyên môn;"
            "Lý luận chính trị;Chức vụ Đảng;Ngày vào Đảng;Ngày chính thức;Loại đảng viên\r\n"
            "Hoàng Thị Lan;14/02/1985;Nữ;Mường;ĐH;SC;ĐV;01/12/2010;01/12/2011;ĐVCT\r\n"
            "Đỗ Thị Mai;02/09/1995;Nữ;Kinh;CĐ;;;15/08/2026;;Đảng viên dự bị\r\n"
            "Tổng cộng: 2 đảng viên;;;;;;;;;\r\n")


def _import(tmp_path, source, **kw):
    target = tmp_path / "so.xlsx"
    before = digest(source)
    result = run_import(source, target, **kw)
    assert digest(source) == before  # the list is never changed
    book, report = load_book(read_workbook(target))
    return result, book


def test_national_database_file_with_title_rows_merged_header_and_codes(tmp_path):
    result, book = _import(tmp_path, national_file(tmp_path / "csdl.xlsx"))
    im = result.imported
    assert im.header_rows == (4, 5) and len(im.members) == 5
    members = book.rows("members")
    assert [m["name"] for m in members] == ["Nguyễn Thị Hằng Nga", "Trần Văn Bình", "Lê Thị Hoa",
                                            "Phạm Văn Nam", "Vũ Minh Đức"]
    assert [m["dob"] for m in members][:2] == [D(1975, 3, 12), D(1980, 7, 1)]
    assert [m["hometown"] for m in members] == [
        "Xã Định An, Hà Nội", "Thôn Đông, Hà Nội", "Xã Hòa An, Cao Bằng", "Viêng Chăn, Lào",
        "Hà Nội"]  # never "Việt Nam" for everyone
    assert [m["education"] for m in members] == ["Thạc sĩ", "Đại học", "Đại học", "Đại học",
                                                 "Thạc sĩ"]
    assert [m["theory"] for m in members] == ["Trung cấp", "Sơ cấp", "Sơ cấp",
                                              "Chưa qua đào tạo", None]
    assert [m["party_post"] for m in members] == ["Bí thư", "Phó Bí thư", "Chi ủy viên",
                                                  "Bí thư", None]
    assert [m["job"] for m in members] == ["Hiệu trưởng", "Giáo viên", "Giáo viên", "Nhân viên",
                                           "Giáo viên"]
    assert members[1]["ethnicity"] == "Kinh" and members[1]["religion"] == "Phật giáo"
    assert [m["status"] for m in members] == ["Chính thức"] * 4 + ["Dự bị"]
    assert members[4]["official_date"] is None  # "0000-00-00"
    assert members[0]["card"] == "079012345"    # text, leading zero kept
    ws = openpyxl.load_workbook(tmp_path / "so.xlsx")["Đảng viên"]
    assert ws["R2"].value == "079012345" and ws["R2"].data_type == "s"
    assert ("Quê quán / Quốc gia + Tỉnh + Chi tiết", "Quê quán") in im.mapped
    assert ("NgayKetNap", "Ngày vào Đảng") in im.mapped
    assert im.converted[("Trình độ chuyên môn", "ThS → Thạc sĩ")] == 1
    assert im.converted[("Ngày chính thức", "0000-00-00 → (để trống)")] == 1
    assert im.converted[("Họ và tên", "chữ in hoa → chữ thường, hoa đầu từ")] == 5
    assert im.converted[("Loại đảng viên", "có ngày chính thức → Chính thức")] == 4


def test_the_imported_workbook_checks_with_only_what_the_missing_data_implies(tmp_path):
    result, _ = _import(tmp_path, national_file(tmp_path / "csdl.xlsx"))
    codes = set(result.report.codes())
    # what the list does not hold: the cell's facts, leadership and political-system columns
    assert {f.sheet for f in result.report.errors} <= {"Thông tin chung", "Đảng viên"}
    member_errors = [f for f in result.report.errors if f.sheet == "Đảng viên"]
    assert member_errors == []
    assert "NOT_IN_LIST" not in codes and "CELL_TYPE" not in codes
    info = {f.message for f in result.report.errors if f.sheet == "Thông tin chung"}
    assert "Thiếu «Năm đánh giá»: ô này bắt buộc." in info


def test_mau_7_register_with_combined_cells_and_a_numbering_row(tmp_path):
    result, book = _import(tmp_path, mau7_file(tmp_path / "mau7.xlsx"))
    im = result.imported
    assert im.header_rows == (3,) and (4, "dòng đánh số cột") in im.skipped
    m = book.rows("members")
    assert [x["name"] for x in m] == ["Nguyễn Thị Hằng Nga", "Trần Văn Bình", "Lê Thị Thuý"]
    assert [x["dob"] for x in m] == [D(1975, 3, 12), D(1980, 7, 1), D(1988, 1, 20)]
    assert [(x["sex"], x["ethnicity"], x["religion"]) for x in m] == [
        ("Nữ", "Kinh", "Không"), ("Nam", "Kinh", "Phật giáo"), ("Nữ", "Tày", None)]
    assert [(x["theory"], x["education"], x["language"]) for x in m] == [
        ("Trung cấp", "Thạc sĩ", "Tiếng Anh B1"), ("Sơ cấp", "Đại học", None),
        ("Sơ cấp", "Đại học", None)]
    assert [x["job"] for x in m] == ["Hiệu trưởng", "Giáo viên", "Giáo viên"]
    assert [(x["admitted"], x["official_date"]) for x in m] == [
        (D(2000, 5, 19), D(2001, 5, 19)), (D(2006, 9, 2), D(2007, 9, 2)),
        (D(2012, 3, 3), D(2013, 3, 3))]
    assert [x["card"] for x in m] == ["79.012345", "79.000002", "79.000003"]
    assert [x["status"] for x in m] == ["Chính thức"] * 3
    # a new workbook has no year: the register's date of moving in stays a note
    assert m[1]["movement"] is None and m[1]["note"] == "Chuyển đến ngày 15/08/2026"
    assert ("Nam, nữ, dân tộc, tôn giáo", "Giới tính + Dân tộc + Tôn giáo") in im.mapped


def test_mau_7_into_a_workbook_merges_by_name_and_birth_date(tmp_path, make_book):
    into = make_book(name="so-2026.xlsx")
    before = digest(into)
    source = mau7_file(tmp_path / "mau7.xlsx")
    result = run_import(source, tmp_path / "gop.xlsx", into=into)
    assert digest(into) == before
    book, _ = load_book(read_workbook(tmp_path / "gop.xlsx"))
    members = book.rows("members")
    assert len(members) == 7  # six members already there, "Lê Thị Thuý" is new
    assert result.merged == {"added": 1, "updated": 2, "filled": result.merged["filled"],
                             "kept": result.merged["kept"]}
    binh = next(x for x in members if x["name"] == "Trần Văn Bình")
    assert binh["movement"] == "Chuyển đến" and binh["movement_date"] == D(2026, 8, 15)
    assert binh["religion"] == "Phật giáo" and binh["hometown"] == "Hòa Bình"  # blanks filled
    assert binh["party_post"] == "Phó Bí thư"                                # kept as typed
    assert members[-1]["name"] == "Lê Thị Thuý" and members[-1]["stt"] == 7
    assert len(book.rows("ratings")) == 6  # the rest of the workbook is the user's


def test_csv_in_the_windows_vietnamese_code_page(tmp_path):
    source = tmp_path / "ds.csv"
    source.write_bytes(cp1258(CSV_TEXT))
    with pytest.raises(UnicodeDecodeError):
        source.read_bytes().decode("utf-8")
    result, book = _import(tmp_path, source)
    m = book.rows("members")
    assert [x["name"] for x in m] == ["Hoàng Thị Lan", "Đỗ Thị Mai"]
    assert m[0]["name"] == unicodedata.normalize("NFC", "Hoàng Thị Lan")
    assert [x["ethnicity"] for x in m] == ["Mường", "Kinh"]
    assert [x["education"] for x in m] == ["Đại học", "Cao đẳng"]
    assert [x["status"] for x in m] == ["Chính thức", "Dự bị"]
    assert m[0]["party_post"] == "Đảng viên" and m[1]["dob"] == D(1995, 9, 2)
    assert result.imported.skipped == [(4, "dòng tổng cộng")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "utf-16"])
def test_csv_in_utf8_with_or_without_bom_and_utf16(tmp_path, encoding):
    source = tmp_path / "ds.csv"
    source.write_bytes(CSV_TEXT.replace(";", ",").encode(encoding))
    _, book = _import(tmp_path, source)
    assert [x["name"] for x in book.rows("members")] == ["Hoàng Thị Lan", "Đỗ Thị Mai"]


def _convert(tmp_path, source: Path, fmt: str) -> Path:
    binary = soffice()
    if binary is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot make an .ods/.xls file")
    out = tmp_path / fmt
    subprocess.run([binary, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    return out / f"{source.stem}.{fmt}"


@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_made_by_libreoffice_import_as_the_xlsx_does(tmp_path, fmt):
    source = _convert(tmp_path, national_file(tmp_path / "csdl.xlsx"), fmt)
    result, book = _import(tmp_path, source)
    m = book.rows("members")
    assert [x["name"] for x in m][:2] == ["Nguyễn Thị Hằng Nga", "Trần Văn Bình"]
    assert [x["education"] for x in m] == ["Thạc sĩ", "Đại học", "Đại học", "Đại học",
                                           "Thạc sĩ"]
    assert m[0]["hometown"] == "Xã Định An, Hà Nội" and m[0]["card"] == "079012345"
    assert [x["status"] for x in m] == ["Chính thức"] * 4 + ["Dự bị"]


def test_cli_prints_what_it_did_and_never_overwrites(tmp_path):
    source = national_file(tmp_path / "csdl.xlsx")
    target = tmp_path / "so.xlsx"
    run = CliRunner().invoke(cli, ["import", str(source), "-o", str(target)])
    assert run.exit_code == 0, run.output
    out = run.output
    assert "lấy 5 đảng viên" in out
    assert "«Sinh ngày *» → «Ngày sinh»" in out
    assert "Trình độ chuyên môn: ĐH → Đại học (1 lần)" in out
    assert "Giữ chức vụ lãnh đạo, quản lý: 5 đảng viên" in out
    assert f"Đã tạo sổ: {target}" in out and "Kiểm tra sổ vừa tạo:" in out
    again = CliRunner().invoke(cli, ["import", str(source), "-o", str(target)])
    assert again.exit_code == 2 and "đã có: chibo-xl không ghi đè" in again.output


def test_a_file_without_a_member_table_is_a_clear_message(tmp_path):
    source = tmp_path / "khac.csv"
    source.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(IntakeError, match="Không tìm thấy bảng danh sách đảng viên"):
        run_import(source, tmp_path / "so.xlsx")
    run = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "so.xlsx")])
    assert run.exit_code == 2 and "Traceback" not in run.output
    assert not (tmp_path / "so.xlsx").exists()


# ---------------------------------------------------------------------------------------------
# Every synonym and every code, table-driven
# ---------------------------------------------------------------------------------------------
SYNONYMS = [(sheet, column, synonym) for sheet in schema.SHEETS for column in sheet.columns
            for synonym in column.synonyms]
CODES = [(sheet, column, spelling, value) for sheet in schema.SHEETS
         for column in sheet.columns for spelling, value in column.values]


@pytest.mark.parametrize("sheet,column,synonym", SYNONYMS,
                         ids=[f"{s.key}.{c.key}:{y}" for s, c, y in SYNONYMS])
def test_every_header_synonym_names_its_column(sheet, column, synonym):
    found, _ = tables.header_column(sheet, synonym)
    assert found is not None and found.key == column.key
    assert tables.header_column(sheet, synonym.upper() + " (*)")[0].key == column.key


@pytest.mark.parametrize("sheet,column,spelling,value", CODES,
                         ids=[f"{s.key}.{c.key}:{sp}" for s, c, sp, v in CODES])
def test_every_code_and_spelling_reads_as_its_value(sheet, column, spelling, value):
    assert value in column.choices
    assert tables.canonical(column, spelling) == value
    assert tables.canonical(column, f" {spelling.lower()} ") == value


def test_every_choice_stays_itself():
    for sheet in schema.SHEETS:
        for column in sheet.columns:
            for choice in column.choices:
                assert tables.canonical(column, choice) == choice, (sheet.key, column.key)


def test_the_fast_writer_and_the_generated_blank_give_the_same_workbook(tmp_path, monkeypatch):
    from chibo_xl.workbook import bookwriter
    rows = [{"stt": 1, "name": "=Nguyễn Văn A", "dob": D(1980, 1, 2), "sex": "Nam",
             "card": "079000001", "note": "+ ghi chú & <thẻ>"}]
    fast = bookwriter.write_new(tmp_path / "nhanh.xlsx", rows)
    monkeypatch.setattr(bookwriter, "BLANK", tmp_path / "khong-co.xlsx")
    slow = bookwriter.write_new(tmp_path / "cham.xlsx", rows)
    books = [load_book(read_workbook(p))[0].rows("members") for p in (fast, slow)]
    assert books[0][0].values == books[1][0].values
    assert {k: v for k, v in books[0][0].values.items() if v is not None} == rows[0]
    plain = [{**rows[0], "name": "Nguyễn Văn A"}]
    monkeypatch.undo()
    quick = bookwriter.write_new(tmp_path / "nhanh2.xlsx", plain)
    got = load_book(read_workbook(quick))[0].rows("members")[0].values
    assert {k: v for k, v in got.items() if v is not None} == plain[0]
    assert formulas(fast) == [] and formulas(slow) == []
    for path in (fast, slow):
        cell = openpyxl.load_workbook(path)["Đảng viên"]["B2"]
        assert cell.value == "=Nguyễn Văn A" and cell.data_type == "s"  # text, never a formula
        assert cell.quotePrefix
        assert openpyxl.load_workbook(path)["Đảng viên"]["C2"].number_format == "dd/mm/yyyy"


def test_invisible_characters_and_tone_placement_never_split_a_member(tmp_path, make_book):
    data = small_data()
    for sheet in ("Đảng viên", "Xếp loại"):
        data[sheet][2]["Họ và tên"] = "Lê Thị Thuý"  # the old tone placement
    data["Giám sát"][0]["Họ và tên"] = data["Đảng phí"][0]["Họ và tên"] = "Lê Thị Thuý"
    into = make_book(data, name="so-2026.xlsx")
    source = tmp_path / "ds.csv"
    source.write_text("Họ và tên,Ngày sinh,Tôn giáo\n"
                      "\ufeffLê Thị\u200b Thúy,20/01/1988,Không\n"
                      "Hoàng Thị Lan\xad,14/02/1985,Không\n"
                      "Nguyễn Thị Hằng Nga,12/03/1975,Không\n", encoding="utf-8")
    result = run_import(source, tmp_path / "gop.xlsx", into=into)
    assert result.merged["added"] == 0 and result.merged["updated"] == 3
    converted = {change for (header, change) in result.imported.converted if header == "Họ và tên"}
    assert "bỏ ký tự ẩn: dấu BOM (U+FEFF), khoảng trắng độ rộng 0 (U+200B)" in converted
    assert "bỏ ký tự ẩn: gạch nối mềm (U+00AD)" in converted
    book, _ = load_book(read_workbook(tmp_path / "gop.xlsx"))
    assert len(book.rows("members")) == 6
    assert [m["religion"] for m in book.rows("members")[:3]] == ["Không", None, "Không"]


def test_checking_a_list_instead_of_a_workbook_points_to_import(tmp_path):
    from chibo_xl.checks.pipeline import check_file
    _, report = check_file(national_file(tmp_path / "csdl.xlsx"))
    [missing] = [f for f in report.errors if f.code == "SHEET_MISSING" and f.sheet == "Đảng viên"]
    assert "chibo-xl import <tệp>" in missing.message
