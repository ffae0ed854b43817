"""No process outlives chibo-xl (issue 25, item 5).

Before: after SIGKILL of `build --pdf` the two LibreOffice processes started ahead stayed (idle,
for ever); after SIGKILL of `aggregate` both workers stayed alive indefinitely. Each test kills
the chibo-xl process outright (SIGKILL: nothing of it runs any more) and asserts that everything
it started is gone within seconds, each mechanism on its own too: the reaper alone (no
PR_SET_PDEATHSIG) and the parent watch alone.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, needs_libreoffice

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals (Windows: job objects)")

SPAWNER = r"""
import subprocess, sys, time
from chibo_xl.files import lifeline
if sys.argv[1] == "no-pdeathsig":
    lifeline._prctl = lambda: None
proc = lifeline.popen(["sh", "-c", "sleep 120 & echo $!; wait"], stdout=subprocess.PIPE)
print(proc.pid, proc.stdout.readline().decode().strip(), flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a reaper that is not ours counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
            return True
        except ProcessLookupError:
            return False


def gone_within(pids, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


def kill_all(pids) -> None:
    for pid in pids:                 # what a failing test left: ours, by id
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


@pytest.mark.parametrize("how", ["all", "no-pdeathsig"])
def test_a_program_and_what_it_started_end_when_chibo_xl_is_killed(how):
    parent = subprocess.Popen([sys.executable, "-c", SPAWNER, how], stdout=subprocess.PIPE,
                              cwd=ROOT)
    child, grandchild = map(int, parent.stdout.readline().split())
    try:
        assert alive(child) and alive(grandchild)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert gone_within([child, grandchild], 10)
    finally:
        kill_all([child, grandchild])


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                         text=True).stdout
    return [int(p) for p in out.split()]


@pytest.mark.parametrize("how", ["all", "no-pdeathsig"])
def test_aggregate_workers_end_when_aggregate_is_killed(tmp_path, make_book, how):
    folder = tmp_path / "so"
    folder.mkdir()
    book = make_book()
    for i in range(300):
        shutil.copy(book, folder / f"so-{i:03d}.xlsx")
    code = ("import sys, runpy\n"
            "from chibo_xl.files import lifeline\n"
            + ("lifeline._prctl = lambda: None\n" if how == "no-pdeathsig" else "")
            + "sys.argv = ['chibo-xl', 'aggregate', sys.argv[1], '-j', '2', '-o', sys.argv[2]]\n"
            "runpy.run_module('chibo_xl.cli', run_name='__main__', alter_sys=True)\n")
    main = subprocess.Popen([sys.executable, "-c", code, str(folder),
                             str(tmp_path / "tong-hop.xlsx")], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline and main.poll() is None:
            workers = _children(main.pid)
            time.sleep(0.05)
        assert len(workers) == 2, "the pool never started"
        main.send_signal(signal.SIGKILL)
        main.wait()
        assert gone_within(workers, 10), [p for p in workers if alive(p)]
    finally:
        kill_all(workers)


@needs_libreoffice
def test_libreoffice_ends_when_build_pdf_is_killed(tmp_path, make_book):
    cache = tmp_path / "cache"
    env = dict(os.environ, CHIBO_XL_CACHE=str(cache))
    build = subprocess.Popen([sys.executable, "-m", "chibo_xl.cli", "build", str(make_book()),
                              "-o", str(tmp_path / "out"), "--pdf"], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and build.poll() is None:
            started = [int(line.split()[0]) for line in subprocess.run(
                ["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True).stdout.splitlines()
                if str(cache) in line and "soffice.bin" in line]
            if len(started) >= 2:
                break
            time.sleep(0.05)
        assert started, "LibreOffice never started"
        build.send_signal(signal.SIGKILL)
        build.wait()
        # every LibreOffice process of that build (its profile folder names it) ends
        time.sleep(0.5)
        left = [int(line.split()[0]) for line in subprocess.run(
            ["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True).stdout.splitlines()
            if str(cache) in line]
        assert gone_within(left + started, 10)
    finally:
        kill_all(started)
