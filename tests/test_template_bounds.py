"""Templates are bounded in memory as well as time (issue 25, item 3), `fields` included.

Before: `[1, 2, 3]|batch(5*10**8, 'x')` took 41,7 s and 7,67 GB before the 5 s limit spoke;
nested widths in `format`, `join` over a generator, `indent` 1,6–3,1 GB; a template whose
document.xml inflates to 1,5 GB 30 s and 8,2 GB in `build` and in `fields`. Each reproducer runs
as the user would (`chibo-xl build --templates`, `chibo-xl fields`) in a child process bounded
in time and address space, and must stop within 5 s and 200 MB with one Vietnamese sentence.
"""
from __future__ import annotations

import os

import pytest

import hostile
from bounded import run_cli, time_limit
from conftest import ROOT

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
REFUSED = "Không tạo được văn bản"


def bounded_build(tmp_path, templates):
    run = run_cli(["build", EXAMPLE, "-o", tmp_path / "out", "--templates", templates],
                  seconds=60, megabytes=1500)
    assert run.code == 2, run.output
    assert "lỗi bất ngờ" not in run.output and "Traceback" not in run.output
    assert run.seconds < 5 + 3 and run.peak_mb < 200, (run.seconds, run.peak_mb)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.docx"))
    return run.output


def bounded_fields(templates):
    run = run_cli(["fields", "--templates", templates, "ke_hoach_nam"], seconds=60,
                  megabytes=1500)
    assert run.code == 2, run.output
    assert "lỗi bất ngờ" not in run.output and "Traceback" not in run.output
    assert run.seconds < 5 + 3 and run.peak_mb < 200, (run.seconds, run.peak_mb)
    return run.output


@pytest.mark.parametrize("text", [
    "{% for b in recipients|batch(5*10**8, 'x') %}{{ b|length }}{% endfor %}",
    "{{ '{:{}}'.format('x', 10**9) }}",
    "{{ (recipients * 5000)|map('string')|join('x' * 199999) }}",
    "{{ ('a\\n' * 100000)|indent(199999) }}",
], ids=["batch", "format", "join", "indent"])
def test_a_hostile_template_stops_within_5_s_and_200_mb(tmp_path, text):
    folder = tmp_path / "mau"
    hostile.template_with(folder, text)
    output = bounded_build(tmp_path, folder)
    assert output.startswith("Không tạo được văn bản từ mẫu «ke_hoach_nam.docx»: mẫu tạo giá "
                             "trị quá lớn (")


def test_a_template_inflating_to_300_mb_is_refused_before_it_is_parsed(tmp_path):
    folder = tmp_path / "mau"
    hostile.inflating_template(folder, 300)
    sentence = ("Mẫu «ke_hoach_nam.docx» có cấu trúc bất thường (giải nén ra quá lớn): từ chối đọc "
                "để bảo vệ máy.")
    assert sentence in bounded_build(tmp_path, folder)
    assert sentence in bounded_fields(folder)


def test_a_template_with_too_many_fields_is_refused_before_it_is_parsed(tmp_path):
    folder = tmp_path / "mau"
    hostile.template_with(folder, "{{ year }}" * 25_000)
    assert "mẫu có quá nhiều trường {{ … }} và khối {% … %} (hơn 20.000)" in \
        bounded_build(tmp_path, folder)
    assert "mẫu có quá nhiều trường" in bounded_fields(folder)


def test_a_template_nested_without_end_is_one_sentence(tmp_path):
    folder = tmp_path / "mau"
    hostile.template_with(folder, "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}")
    assert "lồng các khối {% … %} hoặc dấu ngoặc quá sâu" in bounded_build(tmp_path, folder)
    assert "lồng các khối {% … %} hoặc dấu ngoặc quá sâu" in bounded_fields(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_named_like_a_template_is_no_template(tmp_path):
    from click.testing import CliRunner

    from chibo_xl.cli import main

    folder = tmp_path / "mau"
    folder.mkdir()
    os.mkfifo(folder / "ke_hoach_nam.docx")
    with time_limit(60):
        result = CliRunner().invoke(main, ["fields", "--templates", str(folder), "ke_hoach_nam"])
    assert result.exit_code == 0, result.output       # the built-in plan's fields
    assert "year" in result.output


def test_a_workbook_too_big_for_a_built_in_template_is_not_blamed_on_the_template():
    """Before, a value too long for the sandbox said «Hãy sửa mẫu» of a template the user never
    touched. A cell holds at most 32.767 characters (Excel's own limit, which the writers keep),
    so the value is given to the renderer directly, as a sheet of such cells adds up."""
    from tools_context import full_context

    from chibo_xl.render.renderer import RenderError, render

    context = dict(full_context(), cell_name="Chi bộ " * 40_000)
    with pytest.raises(RenderError) as caught:
        render(ROOT / "report_templates" / "ke_hoach_nam.docx", context)
    message = str(caught.value)
    assert message.startswith("Không tạo được văn bản từ mẫu có sẵn «ke_hoach_nam.docx» (mẫu tạo "
                              "giá trị quá lớn")
    assert message.endswith("nội dung lấy từ sổ quá lớn cho một văn bản. Hãy xem lại các ô có "
                            "nội dung rất dài và các trang có quá nhiều dòng.")
    assert "Hãy sửa mẫu" not in message
