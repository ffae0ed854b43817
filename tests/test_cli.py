"""The CLI driven in-process (CliRunner), results checked through the library."""
import json

from click.testing import CliRunner

from chibo_xl.check import check_file
from chibo_xl.cli import main
from conftest import digest, small_data


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_init_writes_a_blank_workbook_and_never_overwrites(tmp_path):
    path = tmp_path / "so.xlsx"
    result = run("init", path)
    assert result.exit_code == 0 and path.exists()
    _, report = check_file(path)
    assert "REQUIRED" in report.codes()       # blank: the required info is still to fill
    before = digest(path)
    again = run("init", path)
    assert again.exit_code == 2 and "không ghi đè" in again.output
    assert digest(path) == before


def test_check_exit_codes_clean_warning_error(make_book):
    assert run("check", make_book()).exit_code == 0
    data = small_data()
    data["Sinh hoạt"][0]["Có mặt"] = 4          # 4/6 present: a warning
    data["Sinh hoạt"][0]["Vắng có lý do"] = 2
    warn = run("check", make_book(data, "w.xlsx"))
    assert warn.exit_code == 1 and "[cảnh báo] Sinh hoạt!E2" in warn.output
    data["Đảng viên"][0]["Giới tính"] = "X"
    err = run("check", make_book(data, "e.xlsx"))
    assert err.exit_code == 2 and "[lỗi] Đảng viên!D2" in err.output
    assert "1 lỗi, 1 cảnh báo." in err.output


def test_check_json_is_the_same_findings(make_book):
    data = small_data()
    data["Đảng viên"][0]["Giới tính"] = "X"
    path = make_book(data)
    result = run("check", path, "--json")
    doc = json.loads(result.output)
    _, report = check_file(path)
    assert doc["errors"] == 1 and doc["findings"] == report.to_dicts()
    assert doc["findings"][0] == {
        "code": "NOT_IN_LIST", "severity": "error", "severity_vi": "lỗi", "sheet": "Đảng viên",
        "cell": "D2", "value": "X", "message": "«Giới tính» phải là một trong: Nam, Nữ."}


def test_unreadable_file_is_a_message_and_exit_2(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    result = run("check", bad)
    assert result.exit_code == 2 and "Tệp rỗng" in result.output
    assert bad.read_bytes() == b""


def test_every_command_help_ends_with_an_example():
    for command in main.commands.values():
        help_text = CliRunner().invoke(main, [command.name, "--help"]).output
        assert help_text.rstrip().splitlines()[-1].strip().startswith("Ví dụ: chibo-xl")
