"""Faults the user's machine causes, told in one Vietnamese sentence: never a traceback.

- `os_error_message`: an operating-system error (full disk, no permission, read-only disk,
  name too long, a file open in Word) → one sentence naming the file or folder and what to do.
- Signals: `handle_signals` turns SIGINT (Ctrl+C) and SIGTERM into `Interrupted`, a
  BaseException that is not KeyboardInterrupt, so click's own "Aborted!" never sees it and every
  `finally` cleans up; the command then prints "Đã dừng." and exits 130 (SIGINT) or 143
  (SIGTERM), the shell's convention of 128 + the signal number. `deferred_signals` holds a
  signal back while a set of files is being moved into place, so a set is never half-moved.
- Console: `setup_console` makes printing safe on any code page: output redirected to a file
  or pipe is written in UTF-8; a terminal that cannot show a letter gets it without its accents
  ("Đã dừng" → "Da dung") rather than a crash; a file name that is not valid UTF-8 (kept by
  Python as lone surrogates) prints with a replacement character.
- Installation: a library that fails to import or load (`ImportError`, `IncompleteInstall`, a
  Windows DLL error) is told as chibo-xl not being fully installed on this PC, with what to do
  (`install_message`), never as a fault of the user's workbook.
- `guarded(command)`: wraps a click command's `main` with all of the above; used by cli.main.
"""
from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import signal
import sys
import tempfile
import threading
import traceback
import unicodedata

EXIT_ERROR = 2
#: names Windows keeps for devices, with any extension ("CON.xlsx" is the console)
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                             *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))})


def device_name(path) -> str | None:
    """The part of `path` that Windows takes for a device (CON, NUL, COM1 …), if one is."""
    for part in str(path).replace("\\", "/").split("/"):
        if part.split(".")[0].rstrip(" ").upper() in WINDOWS_DEVICES:
            return part
    return None
LOG_NAME = "chibo-xl-loi.txt"
_WIN_SHARING = {32, 33}          # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class IncompleteInstall(Exception):
    """A library chibo-xl needs is missing or cannot load on this PC (`library` names it): the
    PC's installation is at fault, never the user's file."""

    def __init__(self, library: str, reason: str = ""):
        super().__init__(library, reason)
        self.library, self.reason = library, reason


#: Windows' codes for a library that cannot load: module or procedure not found, not a valid
#: Win32 program (a 32-bit DLL, a file cut short), its initialisation failed
_WIN_DLL = {126, 127, 193, 1114}


def portable_root() -> str | None:
    """The folder of the offline bundle this Python belongs to (`Bat dau.cmd` beside its
    `python` folder), else None."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(sys.executable or "")))
    return root if os.path.isfile(os.path.join(root, "Bat dau.cmd")) else None


def install_message(exc: BaseException) -> str:
    """One Vietnamese sentence for a library that failed to import or load, with what to do:
    run cai-dat.cmd again (or unzip the offline bundle again)."""
    if isinstance(exc, IncompleteInstall):
        what = f"không nạp được thư viện {exc.library}" + (f": {exc.reason}" if exc.reason else "")
    elif isinstance(exc, ImportError):
        name = exc.name or "?"
        detail = shown(str(exc))[:200]
        what = f"không nạp được thư viện {name.split('.')[0]}" + (f": {detail}" if detail else "")
    else:
        what = f"không nạp được một thư viện: {shown(str(exc))[:200]}"
    if portable_root():
        todo = ("hãy giải nén lại tệp chibo-xl-windows-x64.zip vào một thư mục mới (phần mềm "
                "diệt virus có thể đã xóa tệp: cho phép thư mục đó) rồi bấm đúp «Bat dau.cmd»")
    else:
        todo = "bấm đúp lại cai-dat.cmd"
    return (f"chibo-xl chưa được cài đầy đủ trên máy này ({what}): {todo}. "
            "Sổ Excel của bạn không bị sao. Xem mục «Khi có trục trặc» của README.")


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; `signum` says which."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def shown(name) -> str:
    """A path or name as text that can always be printed (undecodable bytes become "\ufffd")."""
    text = os.fspath(name) if not isinstance(name, str) else name
    if isinstance(text, bytes):
        return text.decode("utf-8", "replace")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def os_error_message(exc: OSError, path=None) -> str:
    """One Vietnamese sentence for `exc`, naming the file or folder and what to do."""
    name = shown(exc.filename if exc.filename is not None else (path or ""))
    where = f"«{name}»" if name else "tệp"
    code = exc.errno
    if getattr(exc, "winerror", None) in _WIN_SHARING or held_open(exc):
        return (f"Không ghi được {where}: tệp đang mở trong Word hoặc Excel. "
                "Hãy đóng tệp rồi chạy lại.")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (f"Ổ đĩa đã đầy, không ghi được {where}. Hãy xóa bớt tệp hoặc chọn thư mục "
                "trên ổ khác (tùy chọn -o) rồi chạy lại.")
    if code == errno.EROFS:
        return (f"Ổ đĩa chứa {where} chỉ cho đọc (USB khóa ghi, đĩa CD, thư mục mạng chỉ đọc). "
                "Hãy chọn thư mục khác (tùy chọn -o) rồi chạy lại.")
    if code in (errno.EACCES, errno.EPERM):
        return (f"Không có quyền ghi {where}: thư mục chỉ cho đọc, hoặc tệp đang mở trong Word/"
                "Excel. Hãy đóng tệp hoặc chọn thư mục khác (tùy chọn -o) rồi chạy lại.")
    if code == errno.ENAMETOOLONG:
        return (f"Tên hoặc đường dẫn quá dài: {where}. Hãy đặt sổ trong thư mục có đường dẫn "
                "ngắn hơn (ví dụ C:\\ChiBo) hoặc đặt tên sổ ngắn hơn rồi chạy lại.")
    if code == errno.ENOENT:
        return f"Không tìm thấy {where}. Hãy kiểm tra lại tên tệp, thư mục rồi chạy lại."
    if code == errno.ENOTDIR:
        return f"{where[0].upper() + where[1:]} không phải là thư mục. Hãy chọn thư mục khác."
    if code == errno.EISDIR:
        return f"{where[0].upper() + where[1:]} là một thư mục, không phải tệp."
    if code == errno.EEXIST:
        return f"{where[0].upper() + where[1:]} đã có: chibo-xl không ghi đè."
    reason = exc.strerror or type(exc).__name__
    return (f"Lỗi của hệ thống khi đọc hoặc ghi {where} ({reason}). Hãy kiểm tra ổ đĩa và "
            "thư mục rồi chạy lại.")


def held_open(exc: OSError) -> bool:
    """Whether a refused write on Windows is a file another program holds open.

    Python's own `open` says only "permission denied" (EACCES, no Windows code) for a file Word
    or Excel holds open, as for a read-only folder; moving such a file is "access denied" under
    Wine. Asking Windows to open that file for writing, every sharing allowed, tells them apart:
    a file held open answers with a sharing violation. Nothing is written (OPEN_EXISTING).
    """
    if os.name != "nt" or exc.errno not in (errno.EACCES, errno.EPERM):
        return False
    try:
        import ctypes
        from ctypes import wintypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel.CreateFileW.restype = wintypes.HANDLE
        kernel.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                       wintypes.LPVOID, wintypes.DWORD, wintypes.DWORD,
                                       wintypes.HANDLE]
        for name in (exc.filename, getattr(exc, "filename2", None)):
            if not name or not os.path.isfile(name):
                continue
            handle = kernel.CreateFileW(os.fspath(name), 0x40000000, 7, None, 3, 0x80, None)
            if handle in (None, wintypes.HANDLE(-1).value):   # GENERIC_WRITE, share all
                if ctypes.get_last_error() in _WIN_SHARING:
                    return True
            else:
                kernel.CloseHandle(handle)
    except Exception:  # noqa: BLE001 (no answer: the general message)
        return False
    return False


# ---------------------------------------------------------------------------------------------
# Signals
# ---------------------------------------------------------------------------------------------
_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None))
                 if s is not None)
_deferred: list[int] = []
_depth = 0


def _on_signal(signum, _frame):
    if _depth:
        _deferred.append(signum)
        return
    raise Interrupted(signum)


@contextlib.contextmanager
def handle_signals():
    """SIGINT and SIGTERM raise `Interrupted` inside the block (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _SIGNALS:
        try:
            previous[signum] = signal.signal(signum, _on_signal)
        except (ValueError, OSError):
            pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def deferred_signals(after_block: bool = True, drop: bool = False):
    """Hold SIGINT/SIGTERM back inside the block; raise `Interrupted` when it ends.

    `after_block` marks that stop as coming after what the block did (a set moved into place,
    whole); False when the block only prepared work (a staging folder made and named, so that
    a stop can never leave it behind unnamed). `drop` forgets a signal held back instead: for
    clean-up on the way out of a stop or fault already under way.
    """
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if not _depth and _deferred:
            signum = _deferred[0]
            _deferred.clear()
            if not drop:
                stop = Interrupted(signum)
                stop.after_block = after_block
                raise stop


# ---------------------------------------------------------------------------------------------
# Console
# ---------------------------------------------------------------------------------------------
_LETTERS = {"đ": "d", "Đ": "D", "«": '"', "»": '"', "—": "-", "–": "-", "…": "...",
            "•": "*", "“": '"', "”": '"', "‘": "'", "’": "'"}


def _plain_letters(exc: UnicodeEncodeError):
    """Codec error handler: a letter the console cannot show, without accents, else "?"."""
    out = []   # bytes: a UTF-8 encoder takes only ASCII text back from a handler
    for ch in exc.object[exc.start:exc.end]:
        if 0xDC80 <= ord(ch) <= 0xDCFF:          # an undecodable byte of a file name
            candidates = ["\ufffd", "?"]
        else:
            base = "".join(c for c in unicodedata.normalize("NFD", ch)
                           if not unicodedata.combining(c))
            candidates = [_LETTERS.get(ch, base), "?"]
        for text in candidates:
            try:
                out.append(text.encode(exc.encoding))
                break
            except (UnicodeEncodeError, LookupError):
                continue
        else:
            out.append(b"?")
    return b"".join(out), exc.end


codecs.register_error("chibo-plain", _plain_letters)


def _is_utf8(stream) -> bool:
    try:
        return codecs.lookup(stream.encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def setup_console() -> None:
    """Make stdout and stderr print anything without crashing (see the module docstring)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            if _is_utf8(stream) or stream.isatty():
                stream.reconfigure(errors="chibo-plain")
            else:
                stream.reconfigure(encoding="utf-8", errors="chibo-plain")
        except (ValueError, OSError, io.UnsupportedOperation):
            pass


def say(message: str) -> None:
    """Print `message` on stderr, whatever the console."""
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _log(exc: BaseException) -> str:
    path = os.path.join(tempfile.gettempdir(), LOG_NAME)
    try:
        with open(path, "w", encoding="utf-8", errors="replace") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return path


def run_guarded(call):
    """Run `call()` with signals handled and every fault turned into a message and exit code."""
    setup_console()
    with handle_signals():
        try:
            return call()
        except Interrupted as exc:
            notes = getattr(exc, "__notes__", [])
            say("Đã dừng." + ("".join(" " + n for n in notes)))
            raise SystemExit(exc.exit_code) from None
        except (ImportError, IncompleteInstall) as exc:
            say(install_message(exc))
            raise SystemExit(EXIT_ERROR) from None
        except OSError as exc:
            if getattr(exc, "winerror", None) in _WIN_DLL and exc.filename is None:
                say(install_message(exc))
            else:
                say(os_error_message(exc))
            raise SystemExit(EXIT_ERROR) from None
        except UnicodeEncodeError as exc:
            if _utf8_file_names():
                raise                                  # a real fault: told as such below
            say("Máy đang đặt bảng mã ký tự không có chữ Việt (ví dụ LC_ALL=C) nên không ghi được "
                f"tên tệp có dấu ({shown(exc.object[exc.start:exc.end])}…). Hãy chạy lại với "
                "PYTHONUTF8=1 hoặc LANG=C.UTF-8.")
            raise SystemExit(EXIT_ERROR) from None
        except MemoryError:
            say("Máy không đủ bộ nhớ để làm xong việc này: chưa ghi văn bản nào. Hãy đóng bớt "
                "chương trình rồi chạy lại.")
            raise SystemExit(EXIT_ERROR) from None
        except Exception as exc:  # noqa: BLE001 (never a traceback in front of the user)
            log = _log(exc)
            say(f"Có lỗi bất ngờ ({type(exc).__name__}): chưa làm xong việc. Chi tiết ghi trong "
                f"tệp {shown(log)}; hãy gửi tệp này cho người hỗ trợ.")
            raise SystemExit(EXIT_ERROR) from None


def _utf8_file_names() -> bool:
    try:
        return codecs.lookup(sys.getfilesystemencoding()).name == "utf-8"
    except LookupError:
        return False


def utf8_restart() -> None:
    """Run this very command again in Python's UTF-8 mode when file names would be encoded in
    ASCII (a C or POSIX locale without UTF-8 mode: `LC_ALL=C PYTHONUTF8=0`), where every name
    with a Vietnamese letter («Kế hoạch …docx») failed to encode. The arguments keep their bytes
    (Python decoded them with surrogateescape). Tried once; Windows names are always Unicode."""
    if os.name == "nt" or _utf8_file_names() or os.environ.get("CHIBO_XL_UTF8_RESTART"):
        return
    env = dict(os.environ, PYTHONUTF8="1", CHIBO_XL_UTF8_RESTART="1")
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], env)
    except OSError:
        pass                           # go on: a name that cannot be written is told as such


def exit_now(code) -> None:
    """End the process with `code` as `SystemExit(code)` would, without Python's teardown.

    Tearing the interpreter down — every module, template and document freed object by object —
    took ≈ 60 ms of CPU and wall time after a ≈ 0,6 s build, for memory the operating system
    takes back at once. Every file chibo-xl writes is closed (and synced) before this; the exit
    handlers still run and the output is flushed. With a thread still running that Python would
    wait for, the process ends the ordinary way.
    """
    if code is None:
        code = 0
    elif not isinstance(code, int):
        say(str(code))
        code = 1
    if any(t.is_alive() and not t.daemon for t in threading.enumerate()
           if t is not threading.main_thread()):
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


def guarded(command):
    """Wrap a click command's `main` (what the console script and CliRunner call).

    As the program's own entry — the console script or `python -m chibo_xl.cli`, whose main
    module holds this very command as `main` — called without arguments, it ends the process
    (`exit_now`). Otherwise (CliRunner, Python code calling it) it returns or raises as click's
    `main` does.
    """
    inner = command.main

    def main(*args, **kwargs):
        if args or kwargs or getattr(sys.modules.get("__main__"), "main", None) is not command:
            return run_guarded(lambda: inner(*args, **kwargs))
        utf8_restart()
        try:
            run_guarded(inner)
        except SystemExit as exc:
            exit_now(exc.code)
        exit_now(0)

    main.__doc__ = inner.__doc__
    command.main = main
    return command
