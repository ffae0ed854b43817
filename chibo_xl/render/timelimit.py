"""The time limit of a render: one watchdog thread for the whole process (used by sandbox).

A Python thread cannot be stopped from outside except by an asynchronous exception
(PyThreadState_SetAsyncExc), raised at the next bytecode: enough here, because every single
operation a template can start is bounded in size (`sandbox`, `sizes`), so none runs long in C.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time

#: the render time limit (a setting: environment variable CHIBO_XL_RENDER_SECONDS)
RENDER_SECONDS = 5.0


class RenderTimeout(Exception):
    """Raised inside the rendering thread when the time limit passes."""


def render_seconds() -> float:
    """The time limit of one render, in seconds."""
    try:
        return max(0.1, float(os.environ.get("CHIBO_XL_RENDER_SECONDS", RENDER_SECONDS)))
    except ValueError:
        return RENDER_SECONDS


def raise_in(thread_id: int, exc_type) -> None:
    import ctypes  # only when a render runs out of time: not on every start-up

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc_type) if exc_type else None)


class _Watchdog:
    """One thread for the whole process that fires at the earliest deadline of the renders
    under way. A build renders forty documents: a timer thread started and ended for each
    cost more than some of the renders (a thread start waits for the new thread to run)."""

    def __init__(self):
        self.wake = threading.Condition()
        self.jobs: dict = {}      # id → [thread id, deadline (monotonic), done, fired]
        self.thread = None
        self.until = None         # when the thread wakes next by itself (None: never)

    def watch(self, job: list) -> None:
        with self.wake:
            self.jobs[id(job)] = job
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, daemon=True,
                                               name="chibo-xl render limit")
                self.thread.start()
            elif self.until is None or job[1] < self.until:
                self.wake.notify()     # else it wakes in time anyway: no thread switch

    def end(self, job: list) -> bool:
        """Stop watching `job`; True when its time ran out (the exception may be pending)."""
        with self.wake:
            job[2] = True
            self.jobs.pop(id(job), None)
            return job[3]

    def _run(self) -> None:
        with self.wake:
            while True:
                now = time.monotonic()
                for job in list(self.jobs.values()):
                    if job[1] <= now and not job[2]:
                        job[3] = True
                        del self.jobs[id(job)]
                        raise_in(job[0], RenderTimeout)
                self.until = min((job[1] for job in self.jobs.values()), default=None)
                self.wake.wait(None if self.until is None else max(self.until - now, 0.001))


WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):   # POSIX only; Windows starts processes afresh
    # a forked child (aggregate's workers) has no watchdog thread: it starts its own when needed
    os.register_at_fork(after_in_child=WATCHDOG.__init__)


@contextlib.contextmanager
def deadline(seconds: float):
    """`RenderTimeout` raised in this thread once `seconds` have passed inside the block."""
    job = [threading.get_ident(), time.monotonic() + seconds, False, False]
    WATCHDOG.watch(job)
    try:
        yield
    finally:
        if WATCHDOG.end(job):
            raise_in(job[0], None)       # not raised yet: withdraw it
            raise RenderTimeout()
