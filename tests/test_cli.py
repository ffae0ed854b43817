"""The CLI driven in-process (CliRunner), results checked through the library."""
import json

import click
from click.testing import CliRunner
from conftest import digest, small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.cli import main


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


# ---- the command line in Vietnamese: every command, every kind of mistake ------------------

ENGLISH = ("Usage:", "Error:", "Try", "Aborted!", "Options:", "Commands:", "Show this message",
           "Missing argument", "No such", "Invalid value", "[default", "does not exist")


def assert_vietnamese(result, code=2):
    assert result.exit_code == code, result.output
    assert not [w for w in ENGLISH if w in result.output], result.output
    assert result.output.startswith("Lỗi: ") and "Cách dùng: chibo-xl" in result.output


def mistakes(command, tmp_path):
    """(args, words the message must hold) for each kind of mistake this command can meet."""
    from chibo_xl.commands.commandline import Folder, WorkbookFile

    name = command.name
    yield [name, "--pfd"], "Không có tùy chọn «--pfd»"
    required = [p for p in command.params if isinstance(p, click.Argument) and p.required]
    if required:
        yield [name], "Thiếu"
    first = required[0] if required else None
    if first is not None and isinstance(first.type, WorkbookFile):
        yield [name, tmp_path], "là một thư mục"
        yield [name, tmp_path / "khong-co.xlsx"], "Không có tệp"
    if first is not None and isinstance(first.type, Folder):
        yield [name, tmp_path / "so.xlsx"], "là một tệp"
        yield [name, tmp_path / "khong-co"], "Không có thư mục"


def test_every_command_says_each_kind_of_mistake_in_vietnamese(tmp_path):
    (tmp_path / "so.xlsx").write_bytes(b"")
    seen = 0
    for command in main.commands.values():
        for args, words in mistakes(command, tmp_path):
            result = CliRunner().invoke(main, [str(a) for a in args])
            assert_vietnamese(result)
            assert words in result.output, result.output
            assert f"Xem hướng dẫn đầy đủ: chibo-xl {command.name} --help" in result.output
            seen += 1
    assert seen >= 18


def test_mistakes_get_advice_that_fits_them(tmp_path, make_book):
    book = make_book()
    typo = CliRunner().invoke(main, ["build", "--pfd", str(book)])
    assert_vietnamese(typo)
    assert "Có phải ý bạn là «--pdf»?" in typo.output
    missing = CliRunner().invoke(main, ["build"])
    assert_vietnamese(missing)
    assert "Thiếu tệp sổ Excel (SỔ)." in missing.output
    assert "Ví dụ: chibo-xl build so-chi-bo-2026.xlsx" in missing.output
    spaced = CliRunner().invoke(main, ["check", "Sổ", "chi", "bộ.xlsx"])
    assert_vietnamese(spaced)
    assert 'ngoặc kép: "Sổ chi bộ.xlsx"' in spaced.output
    folder = CliRunner().invoke(main, ["build", str(book.parent)])
    assert_vietnamese(folder)
    assert f"Trong thư mục có: {book.name}" in folder.output
    command = CliRunner().invoke(main, ["buil", str(book)])
    assert_vietnamese(command)
    assert "Không có lệnh «buil». Có phải ý bạn là «build»?" in command.output
    number = CliRunner().invoke(main, ["aggregate", "-j", "hai", str(tmp_path)])
    assert_vietnamese(number)
    assert "«-j/--jobs»: «hai» không phải một số nguyên." in number.output
    value = CliRunner().invoke(main, ["build", str(book), "-o"])
    assert_vietnamese(value)
    assert "Tùy chọn «-o» cần một giá trị" in value.output


def test_an_unreadable_file_is_not_told_to_fix_cells(tmp_path):
    bad = tmp_path / "so.xlsx"
    bad.write_text("STT,Họ và tên\n", encoding="utf-8")
    result = run("build", bad)
    assert result.exit_code == 2 and "không phải sổ Excel" in result.output
    assert "Sửa các ô" not in result.output and "sửa tệp" in result.output


def test_help_is_vietnamese_and_the_top_level_one_ends_with_an_example():
    top = CliRunner().invoke(main, ["--help"])
    assert top.exit_code == 0 and top.output.rstrip().splitlines()[-1].strip() == \
        "Ví dụ: chibo-xl build so-chi-bo-2026.xlsx"
    for args in (["--help"], ["build", "--help"], ["aggregate", "--help"], []):
        text = CliRunner().invoke(main, args).output
        assert text.startswith("Cách dùng: chibo-xl") and "Tùy chọn:" in text
        assert "Xem hướng dẫn này rồi thoát." in text
        assert not [w for w in ENGLISH if w in text], text
    assert "Lệnh:" in top.output and "[mặc định: 2]" in CliRunner().invoke(
        main, ["aggregate", "--help"]).output
    assert CliRunner().invoke(main, ["--version"]).output.startswith("chibo-xl, phiên bản ")


def test_interruption_is_said_in_vietnamese(monkeypatch, make_book):
    import chibo_xl.checks.pipeline

    def interrupted(path):
        raise KeyboardInterrupt
    monkeypatch.setattr(chibo_xl.checks.pipeline, "check_file", interrupted)
    result = CliRunner().invoke(main, ["check", str(make_book())])
    assert result.exit_code == 130 and result.output.strip() == "Đã dừng."
