"""The PC's installation is never blamed on the workbook (issue 26): a library that cannot load
is told as chibo-xl not being fully installed, exit 2; without python-calamine the workbook is
read through openpyxl, with the very same findings.

Each case runs chibo-xl in a real subprocess whose import of one library fails the way Windows
fails it ("DLL load failed while importing …"): a `sitecustomize` on PYTHONPATH puts a finder in
front of `sys.meta_path`. Nothing of openpyxl, docxtpl or the file system is replaced.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
INSTALL = "chibo-xl chưa được cài đầy đủ trên máy này"

BLOCKER = '''
import importlib.abc, os, sys

BLOCKED = set(os.environ["CHIBO_TEST_BLOCK"].split(","))


class _Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"DLL load failed while importing _{name}: Module not found.",
                              name=name)
        return None


sys.meta_path.insert(0, _Blocked())
'''


@pytest.fixture(scope="module")
def blocker(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blocker")
    (folder / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    return folder


def run(blocker, blocked, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(blocker), str(ROOT)]),
               CHIBO_TEST_BLOCK=blocked, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "chibo_xl.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=300)


def test_the_blocker_blocks(blocker):
    proc = subprocess.run([sys.executable, "-c", "import python_calamine"], capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(blocker),
                                              CHIBO_TEST_BLOCK="python_calamine"))
    assert "DLL load failed while importing" in proc.stderr


def test_without_calamine_check_reads_through_openpyxl_with_the_same_findings(blocker):
    plain = run(blocker, "nothing_blocked", "check", EXAMPLE)
    without = run(blocker, "python_calamine", "check", EXAMPLE)
    assert plain.returncode == without.returncode
    assert without.stdout == plain.stdout and without.stdout.strip()
    assert "hỏng" not in without.stdout + without.stderr


def test_without_calamine_a_broken_file_is_still_called_broken(blocker, tmp_path):
    book = tmp_path / "so.xlsx"
    with zipfile.ZipFile(book, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='A' r:id=")
    proc = run(blocker, "python_calamine", "check", book)
    assert proc.returncode == 2
    assert "Không đọc được nội dung sổ Excel: tệp bị hỏng" in proc.stderr + proc.stdout
    assert INSTALL not in proc.stderr


def test_an_xls_to_import_without_calamine_is_an_incomplete_install_not_a_bad_file(blocker,
                                                                                   tmp_path):
    xls = tmp_path / "danh-sach.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    proc = run(blocker, "python_calamine", "import", xls, "-o", tmp_path / "so.xlsx")
    assert proc.returncode == 2, proc.stderr
    assert (f"{INSTALL} (không nạp được thư viện python-calamine): bấm đúp lại cai-dat.cmd."
            in proc.stderr)
    assert "hỏng" not in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "so.xlsx").exists()


@pytest.mark.parametrize("library", ["docxtpl", "lxml"])
def test_a_library_that_does_not_load_is_told_as_an_incomplete_install(blocker, tmp_path,
                                                                       library):
    proc = run(blocker, library, "build", EXAMPLE, "-o", tmp_path / "out")
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{INSTALL} (không nạp được thư viện {library}: DLL load "
                                  f"failed while importing _{library}")
    assert "bấm đúp lại cai-dat.cmd" in proc.stderr and "Khi có trục trặc" in proc.stderr
    assert "Traceback" not in proc.stderr and "hỏng" not in proc.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_in_the_offline_bundle_the_message_says_to_unzip_it_again(blocker, tmp_path):
    """`Bat dau.cmd` beside the Python's folder marks the bundle (`faults.portable_root`)."""
    bundle = tmp_path / "chibo-xl"
    (bundle / "python").mkdir(parents=True)
    (bundle / "Bat dau.cmd").write_bytes(b"@echo off\r\n")
    link = bundle / "python" / "python"
    link.symlink_to(sys.executable)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(blocker), str(ROOT)]),
               CHIBO_TEST_BLOCK="docxtpl", PYTHONIOENCODING="utf-8")
    proc = subprocess.run([str(link), "-m", "chibo_xl.cli", "build", str(EXAMPLE), "-o",
                           str(tmp_path / "out")], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.returncode == 2
    assert "hãy giải nén lại tệp chibo-xl-windows-x64.zip" in proc.stderr
    assert "cai-dat.cmd" not in proc.stderr


@pytest.mark.parametrize("args, name", [(["init", "CON.xlsx"], "CON.xlsx"),
                                        (["init", "so/aux.xlsm"], "aux.xlsm"),
                                        (["build", str(EXAMPLE), "-o", "van-ban/NUL"], "NUL")])
def test_a_name_windows_keeps_for_a_device_is_told_before_anything_is_written(tmp_path, args,
                                                                             name):
    """On Windows "CON.xlsx" is the console: it "exists", and nothing can be written there."""
    proc = subprocess.run([sys.executable, "-m", "chibo_xl.cli", *args], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8",
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert proc.returncode == 2
    assert f"«{name}» là tên Windows dành cho thiết bị (CON, PRN, AUX, NUL, COM1…COM9, " \
           "LPT1…LPT9), không dùng được làm tên tệp hay thư mục." in proc.stderr
    assert list(tmp_path.iterdir()) == []
