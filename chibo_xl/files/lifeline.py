"""Child processes end with chibo-xl, however chibo-xl ends (a crash, SIGKILL, a closed window).

Before, after SIGKILL of `build --pdf` the LibreOffice processes stayed, and after SIGKILL of
`aggregate` both workers stayed alive for ever (blocked on a queue whose other end was gone).

- `popen(command)` starts a program that may start programs of its own (LibreOffice):
  - POSIX: in a session (process group) of its own, so one signal reaches all of it; that group
    is registered with a *reaper*, a tiny process in a session of its own that reads a pipe
    from chibo-xl and kills every group still registered when the pipe closes — which the
    kernel does whenever chibo-xl ends, by any signal. On Linux the child also gets
    PR_SET_PDEATHSIG (SIGKILL when chibo-xl dies: kept across exec, so soffice.bin has it);
  - Windows: in a job object that kills every process in it when its last handle closes (the
    one chibo-xl holds, closed by Windows whenever chibo-xl ends). The child starts suspended,
    joins the job, then runs, so whatever it starts is in the job too.
- `watch_parent()`, run first in each worker of a process pool (`aggregate`): the worker ends
  when its parent does (Linux: PR_SET_PDEATHSIG; Windows: a thread waiting on the parent's
  process handle; other POSIX: a thread watching the parent id). It also closes the reaper's
  pipe the worker inherited by fork, so that pipe closes with chibo-xl.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

PR_SET_PDEATHSIG = 1
_REAPER_CODE = r"""
import os, signal, sys
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)
groups = set()
for line in sys.stdin.buffer:            # until chibo-xl's end of the pipe closes
    sign, pgid = line[:1], int(line[1:] or 0)
    if sign == b"+":
        groups.add(pgid)
    else:
        groups.discard(pgid)
for pgid in groups:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass
"""


class _Reaper:
    """The POSIX reaper of this process (started with the first `popen`)."""

    def __init__(self):
        self.proc: subprocess.Popen | None = None
        self.lock = threading.Lock()

    def _send(self, line: bytes) -> None:
        with self.lock:
            if self.proc is None:
                try:
                    self.proc = subprocess.Popen(
                        [sys.executable, "-I", "-S", "-c", _REAPER_CODE], stdin=subprocess.PIPE,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        start_new_session=True)
                except OSError:
                    return                      # the process group and PDEATHSIG remain
            try:
                self.proc.stdin.write(line)
                self.proc.stdin.flush()
            except (OSError, ValueError):
                pass

    def watch(self, pgid: int) -> None:
        self._send(b"+%d\n" % pgid)

    def forget(self, pgid: int) -> None:
        if self.proc is not None:
            self._send(b"-%d\n" % pgid)

    def pipe_fd(self) -> int | None:
        return self.proc.stdin.fileno() if self.proc is not None and self.proc.stdin else None


_REAPER = _Reaper()


def _prctl():
    """libc's prctl on Linux (resolved before any fork), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                          ctypes.c_ulong]
        return prctl
    except (OSError, AttributeError):
        return None


def _die_with(parent: int, prctl) -> None:
    """In a child: SIGKILL when `parent` dies; at once if it already has."""
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)


def popen(command: list[str], **kwargs) -> subprocess.Popen:
    """`subprocess.Popen(command, **kwargs)` ending, with all it starts, when chibo-xl ends
    (see the module docstring). `stop(proc)` ends it earlier."""
    if os.name == "nt":
        return _windows_popen(command, **kwargs)
    prctl, parent = _prctl(), os.getpid()
    if prctl is not None:
        # only a call and a comparison run between fork and exec (set up beforehand)
        kwargs["preexec_fn"] = lambda: _die_with(parent, prctl)
    proc = subprocess.Popen(command, start_new_session=True, **kwargs)
    _REAPER.watch(proc.pid)
    return proc


def stop(proc: subprocess.Popen) -> None:
    """End `proc` and everything it started, if still running, and wait for it."""
    try:
        if proc.poll() is None:
            if os.name == "nt":
                subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
            else:
                os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    if os.name != "nt":
        try:
            os.killpg(proc.pid, signal.SIGKILL)    # what the group leader left behind
        except OSError:
            pass
        _REAPER.forget(proc.pid)


# ---------------------------------------------------------------------------------------------
# Workers of a process pool
# ---------------------------------------------------------------------------------------------
def watch_parent(parent: int | None = None) -> None:
    """Run first in a worker process: it ends when `parent` (the process that made the pool,
    by default the worker's parent) ends. Pass it as the pool's initializer."""
    parent = parent or os.getppid()
    fd = _REAPER.pipe_fd()
    if fd is not None:            # inherited by fork: chibo-xl's end must close with chibo-xl
        try:
            os.close(fd)
        except OSError:
            pass
        _REAPER.proc = None
    if os.name == "nt":
        _watch_windows_parent(parent)
        return
    prctl = _prctl()
    if prctl is not None:
        _die_with(parent, prctl)
        return

    def poll():
        import time

        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=poll, daemon=True, name="chibo-xl parent watch").start()


# ---------------------------------------------------------------------------------------------
# Windows: a job object that kills its processes when chibo-xl's handle to it closes
# ---------------------------------------------------------------------------------------------
_JOB = None
CREATE_SUSPENDED = 0x00000004
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
TH32CS_SNAPTHREAD = 0x00000004
THREAD_SUSPEND_RESUME = 0x0002
SYNCHRONIZE = 0x00100000
INFINITE = 0xFFFFFFFF


def _kernel32():
    import ctypes
    from ctypes import wintypes

    k = ctypes.WinDLL("kernel32", use_last_error=True)
    k.CreateJobObjectW.restype = wintypes.HANDLE
    k.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    k.SetInformationJobObject.restype = wintypes.BOOL
    k.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                          wintypes.DWORD]
    k.AssignProcessToJobObject.restype = wintypes.BOOL
    k.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    k.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    k.CreateToolhelp32Snapshot.argtypes = [wintypes.DWORD, wintypes.DWORD]
    k.OpenThread.restype = wintypes.HANDLE
    k.OpenThread.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    k.ResumeThread.restype = wintypes.DWORD
    k.ResumeThread.argtypes = [wintypes.HANDLE]
    k.OpenProcess.restype = wintypes.HANDLE
    k.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    k.WaitForSingleObject.restype = wintypes.DWORD
    k.WaitForSingleObject.argtypes = [wintypes.HANDLE, wintypes.DWORD]
    k.CloseHandle.argtypes = [wintypes.HANDLE]
    return k


def _job():
    """The job of this process's children, made once; its handle is never closed by us, so
    Windows closes it — killing every process in the job — exactly when chibo-xl ends."""
    global _JOB
    if _JOB is None:
        import ctypes

        class BASIC(ctypes.Structure):
            _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),
                        ("PerJobUserTimeLimit", ctypes.c_int64),
                        ("LimitFlags", ctypes.c_uint32),
                        ("MinimumWorkingSetSize", ctypes.c_size_t),
                        ("MaximumWorkingSetSize", ctypes.c_size_t),
                        ("ActiveProcessLimit", ctypes.c_uint32),
                        ("Affinity", ctypes.c_size_t),
                        ("PriorityClass", ctypes.c_uint32),
                        ("SchedulingClass", ctypes.c_uint32)]

        class IO(ctypes.Structure):
            _fields_ = [(name, ctypes.c_uint64) for name in (
                "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
                "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

        class EXTENDED(ctypes.Structure):
            _fields_ = [("BasicLimitInformation", BASIC), ("IoInfo", IO),
                        ("ProcessMemoryLimit", ctypes.c_size_t),
                        ("JobMemoryLimit", ctypes.c_size_t),
                        ("PeakProcessMemoryUsed", ctypes.c_size_t),
                        ("PeakJobMemoryUsed", ctypes.c_size_t)]

        k = _kernel32()
        job = k.CreateJobObjectW(None, None)
        if not job:
            return None
        info = EXTENDED()
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        if not k.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
                                         ctypes.byref(info), ctypes.sizeof(info)):
            k.CloseHandle(job)
            return None
        _JOB = job
    return _JOB


def _resume(pid: int) -> None:
    """Resume every thread of the process `pid` (started suspended: Popen keeps no thread
    handle, so its threads are found with a Toolhelp snapshot)."""
    import ctypes
    from ctypes import wintypes

    class THREADENTRY32(ctypes.Structure):
        _fields_ = [("dwSize", wintypes.DWORD), ("cntUsage", wintypes.DWORD),
                    ("th32ThreadID", wintypes.DWORD), ("th32OwnerProcessID", wintypes.DWORD),
                    ("tpBasePri", wintypes.LONG), ("tpDeltaPri", wintypes.LONG),
                    ("dwFlags", wintypes.DWORD)]

    k = _kernel32()
    k.Thread32First.argtypes = k.Thread32Next.argtypes = [wintypes.HANDLE,
                                                           ctypes.POINTER(THREADENTRY32)]
    snapshot = k.CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0)
    if snapshot in (None, wintypes.HANDLE(-1).value):
        return
    try:
        entry = THREADENTRY32()
        entry.dwSize = ctypes.sizeof(entry)
        more = k.Thread32First(snapshot, ctypes.byref(entry))
        while more:
            if entry.th32OwnerProcessID == pid:
                thread = k.OpenThread(THREAD_SUSPEND_RESUME, False, entry.th32ThreadID)
                if thread:
                    k.ResumeThread(thread)
                    k.CloseHandle(thread)
            more = k.Thread32Next(snapshot, ctypes.byref(entry))
    finally:
        k.CloseHandle(snapshot)


def _windows_popen(command: list[str], **kwargs) -> subprocess.Popen:
    flags = kwargs.pop("creationflags", 0) | subprocess.CREATE_NEW_PROCESS_GROUP
    job = _job()
    if job is None:
        return subprocess.Popen(command, creationflags=flags, **kwargs)
    proc = subprocess.Popen(command, creationflags=flags | CREATE_SUSPENDED, **kwargs)
    try:
        _kernel32().AssignProcessToJobObject(job, int(proc._handle))
    finally:
        _resume(proc.pid)                   # whether or not it joined: never left suspended
    return proc


def _watch_windows_parent(parent: int) -> None:
    k = _kernel32()
    handle = k.OpenProcess(SYNCHRONIZE, False, parent)
    if not handle:
        return

    def wait():
        k.WaitForSingleObject(handle, INFINITE)
        os._exit(1)
    threading.Thread(target=wait, daemon=True, name="chibo-xl parent watch").start()
