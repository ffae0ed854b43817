"""The command line's entry, kept at this path for the field: the console script `chibo-xl` and
the launchers beside secretaries' workbooks (`python -m chibo_xl.cli build …`) call it. The
commands themselves are chibo_xl.commands.cli."""
import signal as _signal
import threading as _threading


class _Stopped(BaseException):
    pass


def _stop(signum, _frame):
    raise _Stopped(signum)


# A Ctrl+C or SIGTERM while the commands load (click and the layers: a tenth of a second, more on
# a busy PC) is a stop like any later one: «Đã dừng.» and 128 + the signal (files.faults). Before,
# it was Python's KeyboardInterrupt: a traceback on the secretary's screen and exit 1 (issue 25).
# The handler is set before anything else is imported; only the interpreter's own start-up
# (site, the console script) is left to Python.
_signals = [s for s in (getattr(_signal, "SIGINT", None), getattr(_signal, "SIGTERM", None)) if s]
_previous = {}
if _threading.current_thread() is _threading.main_thread():
    for _signum in _signals:
        try:
            _previous[_signum] = _signal.signal(_signum, _stop)
        except (ValueError, OSError):
            pass
try:
    from .commands.cli import main
except _Stopped as stopped:
    from .files import faults

    faults.setup_console()
    faults.say("Đã dừng.")
    raise SystemExit(128 + stopped.args[0]) from None
finally:
    for _signum, _handler in _previous.items():
        _signal.signal(_signum, _handler)

if __name__ == "__main__":  # pragma: no cover
    main()
