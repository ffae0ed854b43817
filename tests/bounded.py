"""Running a hostile reproducer so that a regression fails fast instead of eating the machine.

- `run_cli(args, seconds, megabytes)`: `chibo-xl ARGS` in a child process of its own session,
  its address space limited (RLIMIT_AS) and killed with its whole group after `seconds`; gives
  the exit code, the output, the wall time and the child's own peak resident memory (VmHWM).
- `in_child(function, *args)`: a library call in a forked child limited alike (the result comes
  back pickled), for a reproducer that would abort or swell the test process itself.
- `time_limit(seconds)`: SIGALRM inside the test process (Python code and regular expressions
  see it; a blocking open() of a FIFO is interrupted by it).
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

import pytest

#: room for Python, lxml, calamine and their libraries' mappings; a regression that allocates
#: gigabytes fails at this limit within a second instead of taking the shared machine
ADDRESS_SPACE_MB = 2048


@dataclass
class Run:
    code: int
    output: str
    seconds: float
    peak_mb: float


_WRAPPER = """
import atexit, os, runpy, sys
def _peak():
    try:
        with open("/proc/self/status") as status:
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
        with open(os.environ["CHIBO_TEST_PEAK"], "w") as out:
            out.write(peak)
    except (OSError, StopIteration):
        pass
atexit.register(_peak)
sys.argv = ["chibo-xl", *sys.argv[1:]]
runpy.run_module("chibo_xl.cli", run_name="__main__", alter_sys=True)
"""


def run_cli(args, seconds: float = 30, megabytes: int = ADDRESS_SPACE_MB, cwd=None,
            env=None, stdin=None) -> Run:
    """`chibo-xl ARGS` bounded in time and address space (see the docstring).

    The peak is the child's own (VmHWM of its address space, written at exit): wait4's
    ru_maxrss would count the test process's memory, which the child held until its exec."""
    import resource
    import tempfile

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))

    with tempfile.NamedTemporaryFile("r", suffix=".peak") as peak_file:
        full_env = dict(os.environ, **(env or {}), CHIBO_TEST_PEAK=peak_file.name)
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *map(str, args)], cwd=cwd,
                                env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL if stdin is None else stdin,
                                preexec_fn=limit, start_new_session=True)
        try:
            output, _ = proc.communicate(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            pytest.fail(f"chibo-xl {' '.join(map(str, args))} still running after {seconds} s")
        elapsed = time.monotonic() - started
        text = peak_file.read().strip()
    peak = int(text) / 1024 if text.isdigit() else float("nan")
    return Run(proc.returncode, output.decode("utf-8", "replace"), elapsed, peak)


def in_child(function, *args, seconds: float = 30, megabytes: int = ADDRESS_SPACE_MB):
    """`function(*args)` in a forked child limited like `run_cli`; its result (picklable), or
    the test fails — a regression that aborts (Rust's allocation failure) or eats memory takes
    the child, never the test process."""
    import multiprocessing
    import pickle
    import resource

    parent_end, child_end = multiprocessing.Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:                                          # the child
        code = 0
        try:
            resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))
            child_end.send_bytes(pickle.dumps(("ok", function(*args))))
        except BaseException as exc:  # noqa: BLE001 (carried back to the test)
            try:
                child_end.send_bytes(pickle.dumps(("raised", repr(exc))))
            except BaseException:  # noqa: BLE001
                code = 1
        finally:
            os._exit(code)
    child_end.close()
    started = time.monotonic()
    while not parent_end.poll(0.05):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            pytest.fail(f"the child ended without a result ({os.waitstatus_to_exitcode(status)})")
        if time.monotonic() - started > seconds:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail(f"still running after {seconds} s")
    kind, value = pickle.loads(parent_end.recv_bytes())
    os.waitpid(pid, 0)
    if kind == "raised":
        pytest.fail(f"raised {value}")
    return value


@contextlib.contextmanager
def time_limit(seconds: int):
    """Fail the test when the block runs longer than `seconds` (main thread, POSIX)."""
    def ring(_signum, _frame):
        raise TimeoutError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
