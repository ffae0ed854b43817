"""cai-dat.cmd, the Windows installer, checked on Linux: its bytes, its batch syntax (labels,
parentheses, quoting of every path), and the very command lines it runs, expanded with a
Documents folder whose name has spaces and Vietnamese letters, run here."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT

SCRIPT = ROOT / "cai-dat.cmd"
PATH_VARS = ("HERE", "DOCS", "FOLDER", "BOOK", "USERPROFILE", "~dp0")


def lines() -> list[str]:
    return SCRIPT.read_bytes().decode("utf-8").split("\r\n")


def outside_quotes(line: str) -> str:
    """The line with every double-quoted part removed (cmd quotes have no escapes)."""
    return re.sub(r'"[^"]*("|$)', "", line)


def test_bytes_are_crlf_utf8_without_bom_and_ascii_until_the_code_page_switch():
    data = SCRIPT.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")            # a BOM would break "@echo off"
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    assert data.endswith(b"\r\n")
    text = lines()
    switch = text.index("chcp 65001 >nul")
    assert all(line.isascii() for line in text[:switch + 1])
    assert text[0] == "@echo off" and "pause" in text


def test_labels_gotos_and_parentheses_are_sound():
    text = lines()
    labels = [line[1:] for line in text if line.startswith(":")]
    assert len(labels) == len(set(labels))
    gotos = re.findall(r"\bgoto (\w+)", "\n".join(text))
    assert gotos and set(gotos) <= set(labels)
    for line in text:
        bare = outside_quotes(line)
        depth = 0
        for char in bare.replace("`", ""):
            depth += (char == "(") - (char == ")")
            assert depth >= 0, line
        assert depth == 0, line                              # no multi-line blocks at all
        if line.startswith("echo"):
            assert not re.search(r"[&|<>]", bare), line      # would be run, not printed


def test_every_path_is_quoted_and_every_variable_set_whole():
    for line in lines():
        if line.startswith(("rem", "::")):
            continue
        bare = outside_quotes(line)
        for var in PATH_VARS:
            token = f"%{var}" if var.startswith("~") else f"%{var}%"
            assert token not in bare, f"unquoted {token}: {line}"
        if re.match(r"(if .* )?set ", line):
            assert re.search(r'set "\w+=[^"]*"$', line), line


def expand(line: str, env: dict) -> list[str]:
    """A command line of the script with its variables expanded, split as cmd would."""
    text = re.sub(r"%(\w+)%", lambda m: env[m[1]], line.replace("%~dp0", env["~dp0"]))
    return shlex.split(text)


def test_the_commands_it_runs_work_with_spaces_and_vietnamese_letters(tmp_path):
    docs = tmp_path / "Tài liệu của Hằng (OneDrive)"
    docs.mkdir()
    env = {"PY": shlex.quote(sys.executable), "HERE": str(ROOT) + "/", "~dp0": str(ROOT) + "/",
           "USERPROFILE": str(tmp_path), "YEAR": "2026"}
    text = lines()
    pip = next(line for line in text if " -m pip install " in line)
    target = expand(pip, env)[-1]
    assert (ROOT / target.removeprefix(str(ROOT) + "/")).resolve() == ROOT
    assert '"xlwings==0.37.8"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    year = next(line for line in text if "datetime.date.today().year" in line)
    command = re.search(r"\(`(.*)`\)", year)[1]
    out = subprocess.run(expand(command, env), capture_output=True, text=True, check=True)
    assert out.stdout.strip().isdigit()
    where = next(line for line in text if "documents_dir" in line)
    command = re.search(r"\(`(.*)`\)", where)[1]
    out = subprocess.run(expand(command, env), capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "USERPROFILE": str(docs.parent),
                              "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)})
    assert out.stdout.strip() == str(tmp_path)              # no Documents folder there: home
    env["DOCS"] = str(docs)
    for name in ("FOLDER", "BOOK"):
        assignment = next(line for line in text if line.startswith(f'set "{name}='))
        env[name] = expand(assignment[4:], env)[0].split("=", 1)[1].replace("\\", "/")
    assert env["BOOK"] == f"{docs}/chi-bo/so-chi-bo-2026.xlsm"
    (docs / "chi-bo").mkdir()
    init = next(line for line in text if "-m chibo_xl.cli init" in line)
    made = subprocess.run(expand(init, env), capture_output=True, text=True, cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                               "HOME": str(tmp_path)})
    assert made.returncode == 0, made.stderr
    book = docs / "chi-bo" / "so-chi-bo-2026.xlsm"
    with zipfile.ZipFile(book) as zf:
        assert "xl/vbaProject.bin" in zf.namelist()
    assert (docs / "chi-bo" / "Tao bao cao - so-chi-bo-2026.cmd").exists()


@pytest.mark.parametrize("needle", ["py -3 -c", "python -c", "sys.version_info < (3, 10)",
                                    'start "" explorer "%FOLDER%"', "exit /b 1"])
def test_it_finds_python_both_ways_and_ends_by_opening_the_folder(needle):
    assert any(needle in line for line in lines())
