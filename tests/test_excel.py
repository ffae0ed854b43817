"""The Excel bridge without Excel: `run()` driven through a stand-in backed by real files, and the
macro-enabled workbook of `chibo-xl init --macro` inspected as a zip, with openpyxl and LibreOffice.
"""
from __future__ import annotations

import datetime as dt
import inspect
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT, digest, small_data, soffice
from fake_excel import FakeExcel
from openpyxl.styles import PatternFill

from chibo_xl.cli import main as cli
from chibo_xl.commands.build import default_outdir
from chibo_xl.excel import bridge
from chibo_xl.workbook import macro, schema
from chibo_xl.workbook.blank import write_workbook
from chibo_xl.workbook.cells import Uncomputed
from chibo_xl.workbook.reader import read_workbook

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
RED, YELLOW = bridge.FILLS["error"], bridge.FILLS["warning"]


def trimmed(rows):
    """Rows without trailing empty rows and columns (both readers are held to the same trim)."""
    rows = [list(r) for r in rows]
    while rows and all(v == "" for v in rows[-1]):
        rows.pop()
    width = max((i + 1 for r in rows for i, v in enumerate(r) if v != ""), default=0)
    return [(r + [""] * width)[:width] for r in rows]


def _computed(rows):
    """A formula with no saved result: the file reader marks it (cells.Uncomputed), live Excel
    computes it; the fake bridge reads the file and sees '' — the same cell either way."""
    return [["" if isinstance(v, Uncomputed) else v for v in r] for r in rows]


def assert_same_book(path, fake):
    from_file, live = read_workbook(path), bridge.read_book(fake)
    assert list(live) == list(from_file)
    for name, sheet in from_file.items():
        assert trimmed(live[name].rows) == trimmed(_computed(sheet.rows)), name
        assert sorted(live[name].merged) == sorted(sheet.merged), name


def faulty_book(tmp_path) -> Path:
    """small_data with an error (Giới tính "X") and a warning (4 of 6 present)."""
    data = small_data()
    data["Đảng viên"][2]["Giới tính"] = "X"            # row 4, column D: not in the list
    data["Sinh hoạt"][0]["Có mặt"] = 4                  # row 2: attendance warnings
    path = tmp_path / "so_loi.xlsx"
    write_workbook(path, data)
    return path


def cell_of(code, path):
    """The first address `chibo-xl check --json` gives for a finding code."""
    result = CliRunner().invoke(cli, ["check", str(path), "--json"])
    return next((f["sheet"], f["cell"]) for f in json.loads(result.output)["findings"]
                if f["code"] == code)


# ---- reading the live workbook ------------------------------------------------------------

def test_importing_the_bridge_does_not_load_xlwings():
    code = "import sys, chibo_xl.excel; print('xlwings' in sys.modules, 'openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    others = [p.name for p in (ROOT / "chibo_xl").glob("*.py")
              if p.name != "bridge.py" and re.search(r"^\s*(import|from) xlwings", p.read_text(),
                                                   re.M)]
    assert others == []


def test_values_from_com_take_the_file_readers_form():
    from decimal import Decimal

    tz = dt.timezone(dt.timedelta(hours=7))
    assert [bridge.normalise(v) for v in (None, 5.0, 2.5, True, "x", Decimal("85000"),
                                         dt.datetime(2026, 5, 19, tzinfo=tz),
                                         dt.datetime(2026, 1, 2, 3, 4),
                                         dt.datetime(1899, 12, 30, 10, 30))] == \
        ["", 5, 2.5, True, "x", 85000, dt.date(2026, 5, 19), dt.datetime(2026, 1, 2, 3, 4),
         dt.time(10, 30)]
    assert bridge.cells_of("B2:C3") == ["B2", "C2", "B3", "C3"] and bridge.cells_of("") == []


def test_bridge_reads_the_example_exactly_as_the_file_reader():
    assert_same_book(EXAMPLE, FakeExcel(EXAMPLE))


def test_bridge_reads_shifted_ranges_and_odd_values_as_the_file_reader(tmp_path):
    path = faulty_book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Giám sát"]                                  # used range starts at B3, not A1
    ws.insert_rows(1, 2)
    ws.insert_cols(1)
    odd = wb.create_sheet("Ghi chú")
    odd["C4"], odd["D4"], odd["E4"] = 2.5, True, dt.time(10, 30)
    odd["C5"], odd["D5"] = dt.datetime(2026, 1, 2, 3, 4), "#DIV/0!"   # an error value
    odd["E5"] = "=1+1"                                 # a formula with no cached value
    odd["C6"] = dt.datetime(2026, 5, 19)               # a date (midnight)
    odd["H9"].fill = PatternFill("solid", fgColor="FFFF00")   # formatted, empty: in UsedRange
    odd.merge_cells("C7:D7")
    wb.save(path)
    fake = FakeExcel(path)
    assert fake.used_range("Giám sát")[:2] == (3, 2)
    assert fake.used_range("Ghi chú")[:2] == (4, 3)
    assert_same_book(path, fake)


# ---- findings in the workbook --------------------------------------------------------------

def test_check_sheet_holds_what_check_json_reports(tmp_path):
    path = faulty_book(tmp_path)
    fake = FakeExcel(path)
    bridge.run(fake, opener=lambda p: pytest.fail("built despite errors"))
    reported = json.loads(CliRunner().invoke(cli, ["check", str(path), "--json"]).output)
    expected = [[f["severity_vi"], f["sheet"], f["cell"], f["value"], f["message"], f["code"]]
                for f in reported["findings"]]
    ws = fake.wb[schema.CHECK_SHEET]
    rows = [[c.value if c.value is not None else "" for c in row]
            for row in ws.iter_rows(min_row=1, max_col=6)]
    assert rows[0] == ["Mức độ", "Trang", "Ô", "Giá trị", "Nội dung", "Mã"]
    assert rows[1:] == expected and expected
    for i, f in enumerate(reported["findings"], start=2):
        link = ws.cell(i, 3).hyperlink
        if f["cell"]:
            assert link.location == f"'{f['sheet']}'!{f['cell']}"
        else:
            assert link is None
    assert ws.column_dimensions["H"].hidden
    message, _, icon = fake.alerts[-1]
    assert icon == "error" and "lỗi" in message and "Kiểm tra" in message


def test_faulty_cells_are_coloured_then_restored_once_fixed(tmp_path):
    path = faulty_book(tmp_path)
    error_sheet, error_cell = cell_of("NOT_IN_LIST", path)
    warn_sheet, warn_cell = cell_of("ATTENDANCE_LOW", path)
    fake = FakeExcel(path)
    fake.set_fill(warn_sheet, warn_cell, "00B0F0")      # the user's own colour, to be restored
    opened = []
    bridge.run(fake, opener=opened.append)
    assert fake.get_fill(error_sheet, error_cell) == RED
    assert fake.get_fill(warn_sheet, warn_cell) == YELLOW
    assert opened == []
    shown = [[c.value for c in r] for r in fake.wb[schema.CHECK_SHEET].iter_rows()]
    bridge.run(fake, opener=opened.append)               # a second run replaces, never appends
    assert [[c.value for c in r] for r in fake.wb[schema.CHECK_SHEET].iter_rows()] == shown
    assert fake.get_fill(error_sheet, error_cell) == RED
    assert fake.get_fill(warn_sheet, warn_cell) == YELLOW
    fake.wb[error_sheet][error_cell].value = "Nữ"        # the secretary fixes both cells
    fake.wb[warn_sheet][warn_cell].value = 6
    bridge.run(fake, opener=opened.append)
    assert fake.get_fill(error_sheet, error_cell) is None
    assert fake.get_fill(warn_sheet, warn_cell) == "00B0F0"
    outdir = default_outdir(path.resolve(), 2026)
    assert opened == [outdir] and len(list(outdir.rglob("*.docx"))) > 5
    message, _, icon = fake.alerts[-1]
    assert icon == "info" and message.startswith("Đã tạo ") and str(outdir) in message
    assert fake.wb[schema.CHECK_SHEET].max_row == 1     # headers only: nothing left to show


def test_errors_stop_the_build_and_nothing_saves_the_workbook(tmp_path):
    path = faulty_book(tmp_path)
    before = digest(path)
    fake = FakeExcel(path)
    bridge.run(fake, opener=lambda p: pytest.fail("built despite errors"))
    assert not default_outdir(path.resolve(), 2026).exists()
    assert digest(path) == before
    assert not hasattr(fake, "save")                  # the interface has no save at all
    assert ".save(" not in inspect.getsource(bridge.XlwingsExcel)
    assert ".save(" not in inspect.getsource(bridge.run) + inspect.getsource(bridge.show_report)


def test_unsaved_workbook_builds_into_documents(tmp_path, monkeypatch, make_book):
    monkeypatch.setattr(bridge, "documents_dir", lambda: tmp_path / "Documents")
    fake = FakeExcel(make_book(), fullname="Book1")
    opened = []
    bridge.run(fake, opener=opened.append)
    assert opened == [tmp_path / "Documents" / "Book1-van-ban-2026"]
    assert fake.alerts[-1][2] in ("info", "warning")


def test_any_exception_ends_in_a_vietnamese_alert(tmp_path, monkeypatch, make_book):
    fake = FakeExcel(make_book())

    def broken(sheet):
        raise RuntimeError("COM mất kết nối")
    monkeypatch.setattr(fake, "used_range", broken)
    monkeypatch.setattr(bridge.tempfile, "gettempdir", lambda: str(tmp_path))
    bridge.run(fake)                                     # returns: no traceback escapes
    message, _, icon = fake.alerts[-1]
    assert icon == "error" and message.startswith("Có lỗi bất ngờ") and "COM mất kết nối" in message
    assert "RuntimeError" in (tmp_path / "chibo-xl-loi.txt").read_text(encoding="utf-8")

    blocked = FakeExcel(make_book(name="chan.xlsx"))
    default_outdir((tmp_path / "chan.xlsx").resolve(), 2026).write_text("a file, not a folder")
    bridge.run(blocked, opener=lambda p: pytest.fail("opened after a failed build"))
    message, _, icon = blocked.alerts[-1]
    assert icon == "error" and message.startswith("Không tạo được văn bản")

    silent = FakeExcel(make_book(name="im.xlsx"))
    monkeypatch.setattr(silent, "used_range", broken)
    monkeypatch.setattr(silent, "alert", broken)        # even a failing message box is caught
    bridge.run(silent)


def test_main_outside_excel_says_so_in_a_message_box(capsys):
    shown = []
    bridge.main(notify=lambda *args: shown.append(args))    # Book.caller() fails outside Excel
    (message, title, icon), = shown
    assert title == "chibo-xl" and icon == "error" and "không nhận ra sổ Excel" in message
    assert "Tao bao cao - <tên sổ>.cmd" in message
    bridge.main()                                            # no Windows: the console says it
    assert "không nhận ra sổ Excel" in capsys.readouterr().err


def test_alert_icons_match_their_meaning(tmp_path, make_book):
    data = small_data()
    data["Sinh hoạt"][0]["Có mặt"] = 4                  # a warning only: built, with a warning
    data["Sinh hoạt"][0]["Vắng có lý do"] = 2
    fake = FakeExcel(make_book(data, "canh_bao.xlsx"))
    bridge.run(fake, opener=lambda p: None)
    message, _, icon = fake.alerts[-1]
    assert icon == "warning" and message.startswith("Đã tạo ") and "cảnh báo" in message
    assert bridge._MB_ICONS == {"error": 0x10, "warning": 0x30, "info": 0x40}
    source = inspect.getsource(bridge.XlwingsExcel.alert)
    assert "MessageBox(app.hwnd" in source          # not xlwings' "critical" (a warning icon)


def test_adapter_calls_only_what_xlwings_0_37_8_offers():
    import xlwings as xw
    from xlwings import main as xwm

    assert xw.__version__ == "0.37.8"
    wanted = {xwm.Book: ("fullname", "name", "sheets", "app"), xwm.App: ("alert", "hwnd"),
              xwm.Sheets: ("add",), xwm.Sheet: ("used_range", "range", "clear", "activate", "name"),
              xwm.Range: ("options", "row", "column", "rows", "merge_cells", "merge_area",
                          "last_cell", "color", "column_width", "font", "value", "api",
                          "add_hyperlink", "columns", "number_format", "count")}
    for cls, names in wanted.items():
        for name in names:
            assert hasattr(cls, name), f"{cls.__name__}.{name}"
    assert "mode" in inspect.signature(xwm.App.alert).parameters


# ---- chibo-xl init --macro ----------------------------------------------------------------

@pytest.fixture(scope="module")
def macro_book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("macro")
    result = CliRunner().invoke(cli, ["init", "--macro", str(folder / "so_chi_bo_2026.xlsm")])
    assert result.exit_code == 0, result.output
    return folder / "so_chi_bo_2026.xlsm"


def vba_modules(path) -> dict[str, str]:
    """The VBA source of each module of an .xlsm (or vbaProject.bin), extracted by olevba."""
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    try:
        return {Path(name).stem: code for _f, _s, name, code in parser.extract_macros()}
    finally:
        parser.close()


def sample_call(modules: dict) -> str:
    return re.search(r"Sub SampleCall\(\)(.*?)End Sub", modules["Module1"], re.S)[1]


def assert_button(path):
    """An .xlsm whose button runs chibo-xl's entry point, and whose VBA is xlwings' otherwise."""
    import xlwings

    shipped = vba_modules(Path(xlwings.__file__).parent / "quickstart_standalone.xlsm")
    ours = vba_modules(path)
    assert set(ours) == set(shipped) == {"ThisWorkbook", "Sheet1", "Sheet2", "Module1",
                                          "xlwings", "Dictionary"}
    for name in ours.keys() - {"Module1"}:
        assert ours[name] == shipped[name], name            # xlwings' module byte for byte
    body = [line.strip() for line in sample_call(ours).strip().splitlines()]
    assert body[-1] == 'RunPython "from chibo_xl.excel import main; main()"'
    assert "ThisWorkbook.Name" not in ours["Module1"] and "mymodule" not in ours["Module1"]
    assert "ThisWorkbook.Name" in sample_call(shipped)      # what made renaming break it
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        types = zf.read("[Content_Types].xml").decode()
        assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
        assert 'Extension="bin" ContentType="application/vnd.ms-office.vbaProject"' in types
        assert 'Target="vbaProject.bin"' in zf.read("xl/_rels/workbook.xml.rels").decode()
        vml = zf.read("xl/drawings/vmlDrawing1.vml").decode()
    assert 'ObjectType="Button"' in vml and "<x:FmlaMacro>[0]!SampleCall</x:FmlaMacro>" in vml
    assert "Tạo báo cáo" in vml
    # the second button, «Tạo sổ năm sau», runs its own macro (issue 24)
    next_year = re.search(r"Sub NamSau\(\)(.*?)End Sub", ours["Module1"], re.S)[1]
    assert [line.strip() for line in next_year.strip().splitlines()] == \
        ['RunPython "from chibo_xl.excel import next_year; next_year()"']
    assert vml.count('ObjectType="Button"') == 2 and "<x:FmlaMacro>[0]!NamSau</x:FmlaMacro>" in vml
    assert "Tạo sổ năm sau" in vml


def test_macro_workbook_holds_xlwings_vba_and_a_button_bound_to_it(macro_book):
    assert_button(macro_book)
    with zipfile.ZipFile(macro_book) as zf:
        assert 'codeName="ThisWorkbook"' in zf.read("xl/workbook.xml").decode()
        sheet1 = zf.read("xl/worksheets/sheet1.xml").decode()
        assert re.search(r'<legacyDrawing [^>]*r:id="rIdChiboButton"/></worksheet>', sheet1)
        rels = zf.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        assert 'Id="rIdChiboButton"' in rels and "../drawings/vmlDrawing1.vml" in rels


def test_a_renamed_copy_runs_the_same_entry_point(macro_book, tmp_path):
    for name in ("so_chi_bo_2026 (1).xlsm", "Sổ chi bộ Định An 2026.xlsm"):
        copy = tmp_path / name
        copy.write_bytes(macro_book.read_bytes())
        assert_button(copy)
    assert not list(macro_book.parent.glob("*.py"))        # nothing beside it to keep in step


def test_the_entry_point_named_by_the_button_is_the_bridge():
    module, _, call = macro.vbaproject_entry().partition("; ")
    scope: dict = {}
    exec(module, scope)                                     # noqa: S102 (our own constant)
    assert scope["main"] is bridge.main and call == "main()"


def test_the_second_buttons_entry_point_is_the_bridges_next_year():
    from chibo_xl.workbook import vbaproject

    module, _, call = vbaproject.NEXT_YEAR_ENTRY.partition("; ")
    scope: dict = {}
    exec(module, scope)                                     # noqa: S102 (our own constant)
    assert scope["next_year"] is bridge.next_year and call == "next_year()"


def test_the_compressor_fits_both_macros_and_olevba_reads_them_back():
    from oletools.olevba import decompress_stream

    from chibo_xl.workbook import vbaproject

    for size in (160, 166, 167, 195, 196, 230):       # xlwings 0.37.8 leaves 195 bytes
        packed = vbaproject.entry_source(size)
        assert len(packed) == size
        text = bytes(decompress_stream(bytearray(packed)))
        assert text == vbaproject.decompress(packed)
        assert b"Sub NamSau()" in text and b"Sub SampleCall()" in text
    with pytest.raises(vbaproject.VbaError):
        vbaproject.entry_source(100)


# ---- the second button: next year's workbook -------------------------------------------------

def test_the_next_year_button_writes_beside_the_live_workbook_and_says_where(tmp_path):
    path = tmp_path / "so-chi-bo-2026.xlsx"
    write_workbook(path, small_data())
    fake = FakeExcel(path)
    fake.wb["Đảng viên"]["B2"] = "Nguyễn Thị Hằng Nga Mới"      # typed, not saved
    fake.wb["Xếp loại"]["B2"] = "Nguyễn Thị Hằng Nga Mới"
    for row in fake.wb["Đảng phí"].iter_rows():          # her January fee row too
        for cell in row:
            if cell.value == "Nguyễn Thị Hằng Nga":
                cell.value = "Nguyễn Thị Hằng Nga Mới"
    opened = []
    bridge.make_next_year(fake, opener=opened.append)
    target = tmp_path / "so-chi-bo-2027.xlsx"
    message, _, icon = fake.alerts[-1]
    assert icon == "info" and message.startswith(f"Đã tạo sổ năm 2027:\n{target}")
    assert opened == [tmp_path]
    from chibo_xl.checks.pipeline import check_file
    book, _ = check_file(target)
    assert book.info["year"] == 2027
    assert "Nguyễn Thị Hằng Nga Mới" in [m["name"] for m in book.rows("members")]
    assert (tmp_path / "Tao bao cao - so-chi-bo-2027.cmd").is_file()
    before = target.read_bytes()
    bridge.make_next_year(fake, opener=opened.append)            # pressed again: never over it
    message, _, icon = fake.alerts[-1]
    assert icon == "warning" and "đã có" in message and "không ghi đè" in message
    assert target.read_bytes() == before and opened == [tmp_path]


def test_the_next_year_button_refuses_a_workbook_with_errors(tmp_path):
    path = faulty_book(tmp_path)
    fake = FakeExcel(path)
    bridge.make_next_year(fake, opener=lambda folder: pytest.fail("opened"))
    message, _, icon = fake.alerts[-1]
    assert icon == "error" and "chưa tạo sổ năm sau" in message
    assert not list(tmp_path.glob("*2027*"))
    assert fake.wb[schema.CHECK_SHEET].max_row > 1        # the findings are shown, as for a build


def test_macro_workbook_is_our_blank_workbook_with_its_settings(macro_book, tmp_path):
    wb = openpyxl.load_workbook(macro_book, keep_vba=True)
    blank = tmp_path / "blank.xlsx"
    write_workbook(blank)
    assert wb.sheetnames == openpyxl.load_workbook(blank).sheetnames + ["xlwings.conf"]
    assert wb.sheetnames[0] == schema.GUIDE_SHEET and wb.active.title == schema.GUIDE_SHEET
    assert wb.vba_archive is not None and wb.code_name == "ThisWorkbook"
    assert wb.worksheets[0].legacy_drawing == "xl/drawings/vmlDrawing1.vml"
    conf = wb["xlwings.conf"]
    assert (conf["A1"].value, conf["B1"].value) == ("Interpreter_Win", macro.interpreter())
    assert conf["A2"].value is None                      # xlwings reads keys down to a blank
    from chibo_xl.checks.pipeline import check_file
    assert check_file(macro_book)[1].codes() == check_file(blank)[1].codes()


def test_macro_workbook_comes_with_its_launcher(macro_book):
    launcher = (macro_book.parent / "Tao bao cao - so_chi_bo_2026.cmd").read_bytes()
    lines = launcher.decode("utf-8").split("\r\n")
    assert b"\n" not in launcher.replace(b"\r\n", b"")
    assert lines[0] == "@echo off" and "chcp 65001 >nul" in lines
    assert 'chibo-xl build "so_chi_bo_2026.xlsm"' in lines and "pause" in lines


@pytest.mark.libreoffice
def test_libreoffice_opens_the_macro_workbook_and_sees_the_button(macro_book, tmp_path):
    binary = soffice()
    if not binary:
        pytest.skip("soffice (LibreOffice) is not installed")
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    for fmt in ("pdf", "ods"):
        subprocess.run([binary, profile, "--headless", "--convert-to", fmt, "--outdir",
                        str(tmp_path), str(macro_book)], capture_output=True, timeout=120,
                       check=True)
    assert (tmp_path / "so_chi_bo_2026.pdf").stat().st_size > 1000
    with zipfile.ZipFile(tmp_path / "so_chi_bo_2026.ods") as zf:
        content = zf.read("content.xml").decode()
    assert 'form:label="Tạo báo cáo"' in content
    assert "VBAProject.Module1.SampleCall" in content  # LibreOffice resolved the macro in the VBA
    assert 'form:label="Tạo sổ năm sau"' in content and "VBAProject.Module1.NamSau" in content


def test_init_macro_takes_any_name_and_never_overwrites(tmp_path):
    run = CliRunner().invoke
    named = run(cli, ["init", "--macro", str(tmp_path / "sổ-chi-bộ 2026.xlsm")])
    assert named.exit_code == 0, named.output
    assert_button(tmp_path / "sổ-chi-bộ 2026.xlsm")
    (tmp_path / "so.xlsm").write_bytes(b"the user's own")
    taken = run(cli, ["init", "--macro", str(tmp_path / "so.xlsm")])
    assert taken.exit_code == 2 and "không ghi đè" in taken.output
    assert (tmp_path / "so.xlsm").read_bytes() == b"the user's own"


def test_an_xlsm_target_always_gets_its_macro(tmp_path):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "plain.xlsm")])   # no --macro
    assert result.exit_code == 0 and "nút «Tạo báo cáo»" in result.output
    assert_button(tmp_path / "plain.xlsm")


def test_new_year_of_an_xlsm_keeps_the_button(tmp_path):
    data = small_data()
    this_year = tmp_path / "so_2026.xlsm"
    macro.write_macro_workbook(this_year, data=data, python=r"C:\Python311\python.exe")
    result = CliRunner().invoke(cli, ["new-year", str(this_year)])
    assert result.exit_code == 0, result.output
    next_year = tmp_path / "so_2027.xlsm"
    assert_button(next_year)
    wb = openpyxl.load_workbook(next_year, keep_vba=True)
    assert wb[schema.INFO.name] is not None and wb["xlwings.conf"]["B1"].value == \
        r"C:\Python311\python.exe"                       # the user's Python setting kept
    from chibo_xl.checks.pipeline import check_file
    book, _ = check_file(next_year)
    assert book.info["year"] == 2027
    assert (tmp_path / "Tao bao cao - so_2027.cmd").exists()
    plain = tmp_path / "so-2026.xlsx"
    write_workbook(plain, data)
    out = CliRunner().invoke(cli, ["new-year", str(plain), "-o", str(tmp_path / "next.xlsm")])
    assert out.exit_code == 0, out.output
    assert_button(tmp_path / "next.xlsm")


def test_each_workbook_gets_its_own_launcher(tmp_path):
    run = CliRunner().invoke
    assert run(cli, ["init", str(tmp_path / "so-2026.xlsx")]).exit_code == 0
    assert run(cli, ["init", str(tmp_path / "so-2027.xlsx")]).exit_code == 0
    first = tmp_path / "Tao bao cao - so-2026.cmd"
    second = tmp_path / "Tao bao cao - so-2027.cmd"
    assert b'chibo-xl build "so-2026.xlsx"\r\n' in first.read_bytes()
    assert b'chibo-xl build "so-2027.xlsx"\r\n' in second.read_bytes()
    second.write_bytes(second.read_bytes() + b"rem edited\r\n")
    again = run(cli, ["init", "--force", str(tmp_path / "so-2027.xlsx")])
    assert again.exit_code == 0 and b"rem edited" not in second.read_bytes()


def test_vba_compression_agrees_with_olevba():
    import olefile
    import xlwings
    from oletools.olevba import decompress_stream

    from chibo_xl.workbook import vbaproject

    shipped = Path(xlwings.__file__).parent / "quickstart_standalone.xlsm"
    with zipfile.ZipFile(shipped) as zf:
        ole = olefile.OleFileIO(zf.read("xl/vbaProject.bin"))
    directory = ole.openstream("VBA/dir").read()
    assert vbaproject.decompress(directory) == bytes(decompress_stream(bytearray(directory)))
    for module in ("Module1", "xlwings", "Dictionary", "ThisWorkbook"):
        stream = ole.openstream(f"VBA/{module}").read()
        source = stream[vbaproject.module_offset(directory, module):]
        assert vbaproject.decompress(source) == bytes(decompress_stream(bytearray(source)))
    text = bytes(range(256)) * 3
    packed = vbaproject.compress_literal(text)
    assert bytes(decompress_stream(bytearray(packed))) == text == vbaproject.decompress(packed)
