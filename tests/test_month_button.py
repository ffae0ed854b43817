"""Issue 24, item 2: with no option a build (and so the button) makes every meeting's minutes and
each month's resolution; `--meeting` chooses a month and leaves the others alone; what a secretary
would otherwise type is a setting of «Thông tin chung» that the button and the command obey; a
meeting whose counts are not typed yet gets a draft."""
import copy
import json

import docfmt
import docx
import pytest
from click.testing import CliRunner
from conftest import small_data, soffice
from fake_excel import FakeExcel

from chibo_xl.cli import main
from chibo_xl.commands.build import build, default_outdir
from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.excel import bridge
from chibo_xl.files.outputs import MANIFEST
from chibo_xl.workbook.blank import write_workbook

JAN, FEB = "Biên bản sinh hoạt chi bộ 05-01-2026.docx", "Biên bản sinh hoạt chi bộ 05-02-2026.docx"
NQ_JAN, NQ_FEB = "Nghị quyết chi bộ tháng 01-2026.docx", "Nghị quyết chi bộ tháng 02-2026.docx"
PAIRS = "Lập biên bản, nghị quyết sinh hoạt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def book(tmp_path, data=None, name="so.xlsx"):
    write_workbook(tmp_path / name, data or small_data(), workbook_lists())
    return tmp_path / name


def monthly(folder):
    return sorted(p.name for p in folder.glob("*.docx")
                  if p.name.startswith(("Biên bản sinh hoạt", "Nghị quyết chi bộ tháng")))


def test_a_plain_build_makes_every_meetings_minutes_and_each_months_resolution(tmp_path):
    result = build(book(tmp_path), tmp_path / "out")
    names = monthly(tmp_path / "out")
    # small_data: a regular meeting on the 5th of every month, thematic ones on 20/3, 20/6,
    # 20/9 and 20/11
    assert len([n for n in names if n.startswith("Biên bản")]) == 16
    assert [n for n in names if n.startswith("Nghị quyết")] == \
        [f"Nghị quyết chi bộ tháng {m:02d}-2026.docx" for m in range(1, 13)]
    assert not any("chỉ lập khi yêu cầu" in reason for _title, reason in result.skipped)
    owners = json.loads((tmp_path / "out" / MANIFEST).read_text("utf-8"))["owners"]
    assert owners[JAN] == "bien_ban_sinh_hoat@2026-01-05" and owners[NQ_FEB] == \
        "nghi_quyet_thang@2026-02-05"
    assert owners["Kế hoạch hoạt động chi bộ năm 2026.docx"] == "ke_hoach_nam"


def test_meeting_chooses_a_month_and_takes_nothing_else_away(tmp_path):
    path, out = book(tmp_path), tmp_path / "out"
    first = run("build", path, "-o", out, "--meeting", "2026-01")
    assert first.exit_code == 0, first.output
    assert monthly(out) == [JAN, NQ_JAN]
    second = run("build", path, "-o", out, "--meeting", "2026-02")
    assert second.exit_code == 0, second.output
    assert monthly(out) == [JAN, FEB, NQ_JAN, NQ_FEB] and "Đã xóa" not in second.output
    # February's row changes: a build of February replaces February's pair only
    data = small_data()
    data["Sinh hoạt"][1]["Tự đánh giá chất lượng"] = "Khá"
    before = (out / JAN).read_bytes(), (out / NQ_JAN).stat().st_mtime_ns
    third = run("build", book(tmp_path, data, "so2.xlsx"), "-o", out, "--meeting", "2026-02")
    assert third.exit_code == 0, third.output
    assert ((out / JAN).read_bytes(), (out / NQ_JAN).stat().st_mtime_ns) == before
    assert "Chi bộ đánh giá chất lượng buổi sinh hoạt: Khá." in docfmt.text_of(out / FEB)
    # a build answering for everything that no longer finds February's row takes its pair away
    data["Sinh hoạt"].pop(1)
    last = run("build", book(tmp_path, data, "so3.xlsx"), "-o", out)
    assert last.exit_code == 0, last.output
    assert FEB not in monthly(out) and NQ_FEB not in monthly(out) and JAN in monthly(out)
    assert f"Đã xóa «{out / FEB}»" in last.output


def test_the_workbook_can_say_its_minutes_are_kept_by_hand(tmp_path):
    out = tmp_path / "out"
    build(book(tmp_path), out)
    document = docx.Document(out / JAN)
    document.add_paragraph("Ý kiến của đồng chí Hoa.")
    document.save(out / JAN)
    data = small_data()
    data["Thông tin chung"][PAIRS] = "Không"
    result = run("build", book(tmp_path, data, "tay.xlsx"), "-o", out)
    assert result.exit_code == 0, result.output
    assert monthly(out) == [JAN]          # the edited one is kept, the others (unedited) go
    assert "Bỏ qua: Biên bản sinh hoạt chi bộ — trang «Thông tin chung» ghi «Lập biên bản, nghị " \
           "quyết sinh hoạt: Không» (chi bộ ghi biên bản bằng tay)." in result.output
    assert f"Giữ lại «{out / JAN}»" in result.output
    # --meeting still makes the month asked for
    asked = run("build", book(tmp_path, data, "tay2.xlsx"), "-o", out, "--meeting", "2026-03")
    assert "Biên bản sinh hoạt chi bộ 05-03-2026.docx" in monthly(out), asked.output


def test_a_meeting_whose_counts_are_not_typed_is_a_draft(tmp_path):
    data = small_data()
    data["Sinh hoạt"][11].update({"Số triệu tập": None, "Có mặt": None, "Vắng có lý do": None,
                                  "Vắng không lý do": None, "Tự đánh giá chất lượng": None})
    for key in [k for k, v in data["Sinh hoạt"][11].items() if v is None]:
        del data["Sinh hoạt"][11][key]
    result = run("build", book(tmp_path, data), "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output                  # a warning, not an error
    assert "[cảnh báo] Sinh hoạt!D13: Buổi họp ngày 05/12/2026 chưa ghi số triệu tập, có mặt: biên " \
           "bản và nghị quyết của buổi này là bản nháp" in result.output
    minutes = docfmt.text_of(tmp_path / "out" / "Biên bản sinh hoạt chi bộ 05-12-2026.docx")
    assert "- Tổng số đảng viên được triệu tập: …… đồng chí; có mặt: …… đồng chí" in minutes
    assert "00 đồng chí" not in minutes
    assert "Chi bộ đánh giá chất lượng buổi sinh hoạt: ……………." in minutes
    resolution = docfmt.text_of(tmp_path / "out" / "Nghị quyết chi bộ tháng 12-2026.docx")
    assert "với ……/…… đảng viên tham dự" in resolution


def test_the_button_makes_the_month_as_the_command_does(tmp_path):
    path = book(tmp_path)
    fake = FakeExcel(path)
    bridge.run(fake, opener=lambda folder: None)
    outdir = default_outdir(path.resolve(), 2026)
    assert monthly(outdir) == monthly(build(path, tmp_path / "cli").outdir)
    message, _, icon = fake.alerts[-1]
    assert message.startswith("Đã tạo 48 văn bản trong thư mục") and icon in ("info", "warning")


@pytest.mark.libreoffice
def test_the_pdf_setting_is_obeyed_by_the_button_and_the_command(tmp_path):
    if not soffice():
        pytest.skip("LibreOffice (soffice) is not installed")
    data = small_data()
    data["Thông tin chung"]["Tạo thêm bản PDF"] = "Có"
    data["Thông tin chung"][PAIRS] = "Không"      # fewer files to convert
    path = book(tmp_path, data)
    fake = FakeExcel(path)
    bridge.run(fake, opener=lambda folder: None)
    outdir = default_outdir(path.resolve(), 2026)
    docs = sorted(outdir.rglob("*.docx"))
    assert docs and all(p.with_suffix(".pdf").is_file() for p in docs)
    assert "(kèm 20 bản PDF)" in fake.alerts[-1][0]
    command = run("build", path, "-o", tmp_path / "cli")          # no --pdf: the workbook asks
    assert command.exit_code == 0 and "Đã tạo 20 tệp PDF" in command.output
    # a build of an unchanged workbook converts nothing again: every PDF stays as it was
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "cli").rglob("*.pdf")}
    again = run("build", path, "-o", tmp_path / "cli")
    assert again.exit_code == 0
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "cli").rglob("*.pdf")} == before
