"""Running Windows programs under Wine for the tests: a prefix of the tests' own, a console.

Windows console programs need a console: Wine makes one when its standard handles are a
terminal, so each run gets a pseudo-terminal of its own (400 columns), with Enter pressed every
second (for `pause`). What the console shows is read back from the terminal.

Wine 8's cmd.exe reads a batch file's bytes in the OEM code page (437) whatever `chcp` says,
where Windows' cmd.exe reads them in the console's code page (65001 after `chcp 65001`): the
installer's own Vietnamese lines come out as UTF-8 bytes read as cp437. `console_text` undoes
exactly that, line by line (a line that is not such a misreading is left as it is), so the tests
assert the sentences a Windows console shows. Python's own output (WriteConsoleW) is not
affected.
"""
from __future__ import annotations

import codecs
import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import termios
import time
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath


def wine_binary() -> str | None:
    """Wine's 64-bit loader: `wine` where the wrapper is installed, else Debian's wine64."""
    for name in ("wine", "wine64", "/usr/lib/wine/wine64"):
        found = shutil.which(name)
        if found:
            return found
    return None


def wineserver_binary(wine: str) -> str | None:
    for name in ("wineserver", str(Path(wine).parent / "wineserver64"),
                 "/usr/lib/wine/wineserver64", "/usr/lib/wine/wineserver"):
        found = shutil.which(name)
        if found:
            return found
    return None


def win(path: Path | str) -> str:
    """A Linux path as Windows programs under Wine see it (drive Z: is /)."""
    return str(PureWindowsPath("Z:" + str(path).replace("/", "\\")))


def console_text(raw: bytes) -> str:
    """The text a Windows console would show (see the module docstring)."""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"\x1b\][^\x07]*\x07|\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")
    return "\n".join(_MISREAD.sub(_undo, line).rstrip() for line in text.split("\n"))


#: runs of characters cp437 has: where a misread batch line can be (a path the batch got from
#: Windows, in the same line, is real text and stays as it is)
_MISREAD = re.compile("[" + re.escape(bytes(range(128, 256)).decode("cp437")) + "\\x00-\\x7f]+")


def _undo(match: re.Match) -> str:
    # the run's cp437 bytes read as UTF-8; a byte that is no part of a UTF-8 letter was a real
    # letter of the run (Python's own output, a path: "à" in "Tài") and is given back as such
    return match.group(0).encode("cp437").decode("utf-8", "chibo-cp437")


def _back_to_cp437(exc: UnicodeDecodeError):
    return exc.object[exc.start:exc.end].decode("cp437"), exc.end


codecs.register_error("chibo-cp437", _back_to_cp437)


@dataclass
class Run:
    code: int
    text: str
    seconds: float


@dataclass
class Wine:
    """One Wine prefix (booted once) and how to run programs in it."""

    binary: str
    env: dict
    home: Path

    def console(self, *args: str, cwd: Path | None = None, env: dict | None = None,
                timeout: float = 900) -> Run:
        """`wine ARGS` in a console; its exit code and what the console showed."""
        master, slave = os.openpty()
        # a wide console: Wine's console wraps its lines at the terminal's width
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 400, 0, 0))
        start = time.monotonic()
        proc = subprocess.Popen([self.binary, *args], cwd=cwd, env=dict(self.env, **(env or {})),
                                stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
        os.close(slave)
        chunks: list[bytes] = []
        last_key = quiet_since = 0.0
        while True:
            ready, _, _ = select.select([master], [], [], 0.2)
            now = time.monotonic()
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:           # EIO: every holder of the terminal has closed it
                    break
                chunks.append(data)
                quiet_since = now
            done = proc.poll() is not None
            if done and not ready and now - quiet_since > 0.5:
                break                      # drained (helpers Wine started may keep it open)
            if not done and now - last_key > 1:
                os.write(master, b"\r")   # any key, for `pause`
                last_key = now
            if not done and now - start > timeout:
                proc.kill()
        os.close(master)
        return Run(proc.wait(), console_text(b"".join(chunks)), time.monotonic() - start)

    def cmd(self, script: Path, *args: str, **kw) -> Run:
        """A batch file run as a double-click runs it: `cmd /c "file"` in its folder."""
        return self.console("cmd", "/c", script.name, *args, cwd=script.parent, **kw)

    def background(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        """`wine ARGS` with pipes (for a helper that holds a file open)."""
        return subprocess.Popen([self.binary, *args], env=dict(self.env, **(env or {})),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)

    def documents(self) -> Path:
        """The Windows user's Documents folder, as a Linux path."""
        users = Path(self.env["WINEPREFIX"]) / "drive_c" / "users"
        return (users / self.env.get("USER", "root") / "Documents").resolve()


def boot(base: Path, binary: str) -> Wine:
    """A fresh prefix under `base`, booted once (≈ 10-30 s), with a home of its own."""
    home = base / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "USER": os.environ.get("USER") or "root", "SHELL": "/bin/sh",
           "WINEPREFIX": str(base / "prefix"), "WINEDEBUG": "-all", "LANG": "C.UTF-8",
           "WINEDLLOVERRIDES": "mscoree,mshtml=", "TERM": "dumb"}
    subprocess.run([binary, "wineboot", "-i"], env=env, capture_output=True, timeout=600,
                   check=True)
    return Wine(binary, env, home)
