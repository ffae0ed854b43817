"""Issue 25's «Weaker» cases, end to end in real subprocesses: two builds into one folder at
once, a signal while lxml (or the commands themselves) are still loading, and a workbook sheet
too big for a built-in template. (The lost or damaged manifest: tests/test_manifest.py; the
newer copy in aggregate: tests/test_aggregate.py; members in linear time: bench/bench.py.)"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import docx
import pytest

from conftest import ROOT, digest, small_data, write_workbook
from chibo_xl.files.outputs import MANIFEST, STAGING_PREFIX

PLAN = "Kế hoạch hoạt động chi bộ năm 2026.docx"

#: run chibo-xl as its console script does, with a signal sent to itself the moment the module
#: named in argv[1] starts to import: the signal lands inside that import, every time
KICK = """
import os, runpy, sys
target, signum = sys.argv[1], int(sys.argv[2])
class Kick:
    def find_spec(self, name, path=None, target_=None):
        if name == target:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signum)
        return None
sys.meta_path.insert(0, Kick())
sys.argv = ["chibo-xl", *sys.argv[3:]]
runpy.run_module("chibo_xl.cli", run_name="__main__", alter_sys=True)
"""


def chibo(*args, prefix=()):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, *prefix, *map(str, args)], capture_output=True,
                          env=env, timeout=300)


def text_of(done) -> str:
    return (done.stdout + done.stderr).decode("utf-8")


def test_two_builds_into_one_folder_at_once_both_finish(tmp_path):
    """Before (a6a7aaa): now and then one of two builds failed «Không tìm thấy
    «out/.~chibo-…/new/Kế hoạch ….docx»»: the other had removed its staging folder. Now the
    second waits for the folder (ownership.folder_lock) and both write the whole set."""
    book = tmp_path / "so.xlsx"
    write_workbook(book, small_data())
    out = tmp_path / "out"
    command = ("-m", "chibo_xl.cli", "build", book, "-o", out)
    for _ in range(3):
        with ThreadPoolExecutor(2) as pool:
            runs = list(pool.map(lambda _: chibo(*command), range(2)))
        for done in runs:
            said = text_of(done)
            assert done.returncode == 0, said
            assert "Không tìm thấy" not in said and "bản mới" not in said
            assert "Traceback" not in said
    assert not list(out.glob(STAGING_PREFIX + "*"))
    assert not list(out.glob("*(bản mới)*"))
    assert (out / MANIFEST).is_file()
    plan = docx.Document(out / PLAN)
    assert any("Chi bộ" in p.text for p in plan.paragraphs)


@pytest.mark.parametrize("module", ["lxml.etree", "docxtpl", "click", "chibo_xl.files.faults"])
@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_while_a_library_imports_stops_the_build(tmp_path, module, signum, code):
    """A stop that lands while lxml (docxtpl) is importing is a stop: «Đã dừng.», 128 + the
    signal, nothing written; as early as while click and the commands load, where before it was
    Python's KeyboardInterrupt traceback and exit 1."""
    book = tmp_path / "so.xlsx"
    write_workbook(book, small_data())
    out = tmp_path / "out"
    done = chibo(module, signum, "build", book, "-o", out, prefix=("-c", KICK))
    said = text_of(done)
    assert done.returncode == code, said
    assert said.strip().endswith("Đã dừng."), said
    assert "Traceback" not in said
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]


def test_a_sheet_too_big_for_a_built_in_template_is_told_as_the_workbooks(tmp_path):
    """Eight activities of 30.000 characters in one month make the plan's value too big: before,
    «Hãy sửa mẫu hoặc xóa nó khỏi thư mục report_templates» of a template nobody had touched;
    now the workbook's content is named, exit 2, nothing written, the workbook unchanged."""
    data = small_data()
    data["Kế hoạch tháng"] += [
        {"Tháng": 1, "Nội dung hoạt động": f"Việc {k} " + "nội dung rất dài " * 1900,
         "Người phụ trách": "Bí thư", "Sinh hoạt chuyên đề": "Không"} for k in range(8)]
    book = tmp_path / "so.xlsx"
    write_workbook(book, data)
    before = digest(book)
    out = tmp_path / "out"
    done = chibo("-m", "chibo_xl.cli", "build", book, "-o", out)
    said = text_of(done)
    assert done.returncode == 2, said
    assert "Không tạo được văn bản từ mẫu có sẵn «ke_hoach_nam.docx»" in said
    assert "nội dung lấy từ sổ quá lớn cho một văn bản" in said
    assert "Hãy sửa mẫu" not in said and "Traceback" not in said
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]
    assert digest(book) == before
