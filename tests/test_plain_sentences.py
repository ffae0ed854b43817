"""Every «lỗi bất ngờ» of issue 25 becomes a plain Vietnamese sentence, exit 2 (item 6), and an
.xls renamed .xlsx is read as what it is.

Before, each of these ended in «Có lỗi bất ngờ (…): chưa làm xong việc»: a CSV with one 200 kB
field (csv.Error), `--cap-rate nan` (ValueError), an `-o` path 2.000 folders deep
(RecursionError), `new-year` of a file whose name is not valid UTF-8 (it wrote the workbook,
then failed on the launcher: UnicodeEncodeError), `LC_ALL=C PYTHONUTF8=0 build`
(UnicodeEncodeError); a deeply nested manifest is in test_manifest.
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

from bounded import run_cli
from chibo_xl.cli import main
from chibo_xl.workbook import sheetscan
from conftest import ROOT, needs_libreoffice, soffice

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
UNEXPECTED = "lỗi bất ngờ"


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert UNEXPECTED not in result.output and "Traceback" not in result.output, result.output
    return result


def test_a_csv_with_one_200_kb_field_is_read(tmp_path):
    source = tmp_path / "ds.csv"
    source.write_text("Họ và tên,Ngày sinh,Ghi chú\nNguyễn Văn An,01/01/1980," + "x" * 200_000
                      + "\n", encoding="utf-8")
    result = invoke("import", source, "-o", tmp_path / "so.xlsx")
    assert result.exit_code in (0, 1, 2) and "lấy 1 đảng viên" in result.output, result.output


def test_cap_rate_nan_is_refused_as_not_a_number(tmp_path, make_book):
    folder = tmp_path / "so"
    folder.mkdir()
    make_book(name="so/a.xlsx")
    for value in ("nan", "inf", "-inf"):
        result = invoke("aggregate", folder, "-o", tmp_path / "t.xlsx", "--cap-rate", value)
        assert result.exit_code == 2 and f"«{value}» không phải một số." in result.output


def test_an_output_path_2000_folders_deep_is_one_sentence_and_makes_no_folder(tmp_path):
    deep = tmp_path.joinpath(*["d"] * 2000)
    result = invoke("build", EXAMPLE, "-o", deep)
    assert result.exit_code == 2
    assert "Tên hoặc đường dẫn quá dài" in result.output
    assert not (tmp_path / "d").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="a file name that is not UTF-8 needs Linux")
def test_new_year_of_a_name_that_is_not_utf8_writes_its_launcher(tmp_path):
    source = os.fsdecode(os.fsencode(str(tmp_path)) + b"/so-\xff.xlsx")
    with open(source, "wb") as fh:
        fh.write(EXAMPLE.read_bytes())
    target = os.fsdecode(os.fsencode(str(tmp_path)) + b"/nam-sau-\xff.xlsx")
    result = invoke("new-year", source, "-o", target)
    assert result.exit_code == 0, result.output
    launcher = os.fsencode(str(tmp_path)) + b"/Tao bao cao - nam-sau-\xff.cmd"
    assert os.path.exists(target) and os.path.exists(launcher)
    with open(launcher, "rb") as fh:
        assert b"nam-sau-\xff.xlsx" in fh.read()   # the launcher names the very bytes


@pytest.mark.skipif(os.name == "nt", reason="POSIX locales")
def test_a_c_locale_without_utf8_mode_builds_vietnamese_names(tmp_path):
    env = {"LC_ALL": "C", "PYTHONUTF8": "0", "LANG": "C"}
    run = run_cli(["build", EXAMPLE, "-o", tmp_path / "out"], seconds=120, env=env)
    assert run.code == 0, run.output
    assert (tmp_path / "out" / "Kế hoạch hoạt động chi bộ năm 2026.docx").is_file()
    # where Python cannot be restarted in UTF-8 mode, one sentence says what to do
    stuck = run_cli(["build", EXAMPLE, "-o", tmp_path / "out2"], seconds=120,
                    env=dict(env, CHIBO_XL_UTF8_RESTART="1"))
    assert stuck.code == 2 and UNEXPECTED not in stuck.output
    assert "Hãy chạy lại với PYTHONUTF8=1 hoặc LANG=C.UTF-8." in stuck.output


def _bomb_ods(path, rows: int, cols: int):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="A"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
        f'</table:table-row><table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{cols}" office:value-type="float" '
        'office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body>'
        "</office:document-content>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return path


def test_an_ods_of_repeated_cells_asking_for_millions_is_refused(tmp_path):
    """1,4 KB asking for 50.000 rows × 1.000 columns of one value took 6,5 s and 3,5 GB."""
    run = run_cli(["import", _bomb_ods(tmp_path / "ds.ods", 50_000, 1000), "-o",
                   tmp_path / "so.xlsx"], seconds=30, megabytes=1500)
    assert run.code == 2 and UNEXPECTED not in run.output
    assert "Trang «A» của tệp «ds.ods» có vùng dữ liệu quá lớn (50.001 dòng × 1000 cột)" \
        in run.output
    assert run.peak_mb < 100, run.peak_mb


def test_biff_records_give_each_sheet_its_extent():
    def record(kind, body=b""):
        return struct.pack("<HH", kind, len(body)) + body

    def sheet(name):
        raw = name.encode("utf-16-le")
        return record(0x0085, b"\0" * 6 + bytes([len(name), 1]) + raw)
    stream = (record(0x0809, b"\x00\x06\x05\x00") + sheet("Đảng viên") + sheet("Xa")
              + record(0x0809, b"\x00\x06\x10\x00")
              + record(0x0203, struct.pack("<HHH", 33, 25, 0) + b"\0" * 8)      # Z34
              + record(0x0201, struct.pack("<HHH", 60000, 200, 0))              # a blank: no
              + record(0x0809, b"\x00\x06\x10\x00")
              + record(0x00BD, struct.pack("<HH", 65535, 3) + b"\0" * 12 + struct.pack("<H", 255)))
    assert sheetscan.biff_extents(stream) == [("Đảng viên", 34, 26), ("Xa", 65536, 256)]


@pytest.fixture(scope="module")
def renamed_xls(tmp_path_factory):
    """The small book saved by LibreOffice as .xls, then renamed .xlsx."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot make an .xls file")
    from chibo_xl.documents.kinds import workbook_lists
    from chibo_xl.workbook.blank import write_workbook
    from conftest import small_data

    folder = tmp_path_factory.mktemp("xls")
    write_workbook(folder / "so.xlsx", small_data(), workbook_lists())
    subprocess.run([soffice(), f"-env:UserInstallation=file://{folder}/lo", "--headless",
                    "--convert-to", "xls", "--outdir", str(folder / "x"), str(folder / "so.xlsx")],
                   check=True, capture_output=True, timeout=120)
    renamed = folder / "so-cu.xlsx"
    (folder / "x" / "so.xls").rename(renamed)
    return renamed


@needs_libreoffice
@pytest.mark.parametrize("args", [["check"], ["build", "-o", "out"], ["new-year", "-o", "ny.xlsx"],
                                  ["import", "-o", "imp.xlsx"], ["term", "-o", "nk"]],
                         ids=lambda a: a[0])
def test_an_xls_renamed_xlsx_is_read_as_what_it_is(renamed_xls, tmp_path, args):
    result = invoke(args[0], renamed_xls, *[tmp_path / a if i else a
                                            for i, a in enumerate(args[1:])])
    assert result.exit_code in (0, 1), result.output     # before: refused as an old format
    assert "định dạng Excel cũ" not in result.output and "ZipError" not in result.output
    if args[0] == "build":
        assert (tmp_path / "out" / "Kế hoạch hoạt động chi bộ năm 2026.docx").is_file()
