"""The bounded Jinja sandbox every template renders in (used by render.py only).

A `report_templates` folder beside a workbook is used automatically, so a template is input like
any cell. Jinja's sandbox blocks Python internals but bounds nothing: `'x' * 10**9` ran 32 s and
took 3,9 GB, `9**(9**10)` never finished (LIBRARY-FACTS.md). Here:

- the operators that build big values are intercepted (`intercepted_binops`, the sandbox's
  documented hook): `*` (repetition), `**`, `+`, `%` on text, and `~` (through a code generator
  that routes it to `concat_args`); so are the text methods and filters that take a width or
  multiply text (center, ljust, zfill, replace, join, format, indent, wordwrap…);
- each result is counted against a budget of characters for the whole render
  (`MAX_CHARS`), so no sequence of allowed steps adds up to more; a single result above
  `MAX_TEXT` is refused outright; `range` stops at `MAX_RANGE`; `lipsum` is gone;
- the environment is the immutable sandbox (no `append`, `update`…, which our templates never
  use); `render.py` adds the time limit and the cap on the size of the output.

A refusal raises `jinja2.sandbox.SecurityError` with a Vietnamese message; render.py names the
template.
"""
from __future__ import annotations

import contextlib
import functools
import operator
import os
import re
import threading
import time

from jinja2.compiler import CodeGenerator
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_TEXT = 200_000        # characters (or items) in one value made by a template
MAX_CHARS = 20_000_000    # characters made by intercepted steps in one render
MAX_RANGE = 10_000
MAX_POWER_BITS = 4_096
_OVERHEAD = 56            # bytes of a small str object: a million tiny pieces are not free
MAX_OUTPUT = 30_000_000   # characters of XML one template part may produce
#: the render time limit (a setting: environment variable CHIBO_XL_RENDER_SECONDS)
RENDER_SECONDS = 5.0
_WIDTH = re.compile(r"\d{6,}|\*")


class Budget(threading.local):
    """What the current render has made so far (one per thread)."""

    used = 0


BUDGET = Budget()


def _refuse(what: str):
    raise SecurityError(f"mẫu tạo giá trị quá lớn ({what}); giới hạn {MAX_TEXT:,} ký tự"
                        .replace(",", "."))


def _size(value) -> int:
    try:
        return len(value)
    except TypeError:
        return len(str(value)) if isinstance(value, (int, float)) else 0


def _estimate(value, depth: int = 0) -> int:
    """About how many characters `value` prints as (its items' too), without printing it."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (int, float)):
        return len(str(value)) if not isinstance(value, int) or value.bit_length() < 4000 \
            else MAX_CHARS
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        if depth > 4 or len(value) > MAX_RANGE * 10:
            return MAX_CHARS
        total = 2 * len(value)
        for item in value:
            total += _estimate(item, depth + 1)
            if total > MAX_CHARS:
                break
        return total
    return 64


def _charge(n: int, what: str) -> None:
    if n > MAX_TEXT:
        _refuse(what)
    BUDGET.used += n
    if BUDGET.used > MAX_CHARS:
        raise SecurityError(f"mẫu tạo quá nhiều nội dung (hơn {MAX_CHARS // 1_000_000} triệu ký "
                            "tự)")


def _repeat_size(left, right) -> int | None:
    for seq, n in ((left, right), (right, left)):
        if isinstance(n, int) and not isinstance(seq, (int, float)) and hasattr(seq, "__len__"):
            return max(_estimate(seq), _size(seq)) * max(n, 0)
    return None


def _mul(left, right):
    size = _repeat_size(left, right)
    if size is not None:
        _charge(size, "phép nhân lặp chuỗi")
    elif isinstance(left, int) and isinstance(right, int) and \
            left.bit_length() + right.bit_length() > MAX_POWER_BITS:
        _refuse("phép nhân số")
    return operator.mul(left, right)


def _pow(left, right):
    if isinstance(right, int) and isinstance(left, (int, float)) and abs(left) > 1 and \
            (right > MAX_POWER_BITS or right * max(abs(left), 2).bit_length() > MAX_POWER_BITS):
        _refuse("lũy thừa")
    return operator.pow(left, right)


def _add(left, right):
    if hasattr(left, "__len__") and hasattr(right, "__len__"):
        _charge(_estimate(left) + _estimate(right), "phép cộng chuỗi")
    return operator.add(left, right)


def _check_format(fmt) -> None:
    if isinstance(fmt, str) and _WIDTH.search(fmt.replace("%%", "")):
        if re.search(r"[%{][^a-zA-Z}]*(\d{6,}|\*)", fmt):
            _refuse("độ rộng định dạng")


def _mod(left, right):
    if isinstance(left, str):
        _check_format(left)
        _charge(len(left) + sum(_size(x) for x in (right if isinstance(right, tuple)
                                                 else (right,))), "định dạng chuỗi")
    return operator.mod(left, right)


_WIDTHS = {"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap", "truncate"}
_WIDTH_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap",
                  "truncate", "format", "replace", "join"}


def _guard(name: str, func, text: str | None = None):
    """`func` (a filter, or a method of `text`) with its size checked before it runs."""
    @functools.wraps(func)             # keeps Jinja's pass_eval_context/pass_environment mark
    def bounded(*args, **kwargs):
        values = ([text] if text is not None else []) + list(args) + list(kwargs.values())
        if name in _WIDTHS and any(isinstance(v, int) and not isinstance(v, bool)
                                   and v > MAX_TEXT for v in values):
            _refuse(name)
        if name in ("format", "format_map"):
            for v in values:
                _check_format(v)
        for v in values:
            if isinstance(v, (list, tuple, dict, set)) and _estimate(v) > MAX_TEXT:
                _refuse(name)
        texts = [v for v in values if isinstance(v, str)]
        if name == "replace" and len(texts) >= 3:
            source, old, new = texts[:3]
            hits = source.count(old) if old else len(source) + 1
            _charge(len(source) + hits * len(new), name)
        result = func(*args, **kwargs)
        _charge(_size(result) if isinstance(result, (str, list, tuple)) else 0, name)
        return result
    return bounded


def _range(*args):
    bounds = range(*args)
    if len(bounds) > MAX_RANGE:
        raise SecurityError(f"vòng lặp quá dài (range hơn {MAX_RANGE:,} bước)".replace(",", "."))
    return bounds


class _BoundedCode(CodeGenerator):
    """Compiles `a ~ b` to a call the environment can bound (Jinja has no hook for it)."""

    def _output_child_pre(self, node, frame, finalize):
        self.write("environment.count_out(")   # every piece of output, in blocks too
        super()._output_child_pre(node, frame, finalize)
        self.write("environment.sized(")       # a list is sized before it is printed

    def _output_child_post(self, node, frame, finalize):
        self.write(")")
        super()._output_child_post(node, frame, finalize)
        self.write(")")

    def visit_Concat(self, node, frame):
        self.write("environment.concat_args(context, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with every known way to build a huge value bounded."""

    code_generator_class = _BoundedCode
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    _OPS = {"*": _mul, "**": _pow, "+": _add, "%": _mod}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.globals["range"] = _range
        self.globals.pop("lipsum", None)
        for name in list(self.filters):
            self.filters[name] = _guard(name, self.filters[name])

    def call_binop(self, context, operator_, left, right):
        op = self._OPS.get(operator_)
        return op(left, right) if op else super().call_binop(context, operator_, left, right)

    def concat_args(self, context, args):
        """`a ~ b ~ …`, refused before joining when the result would be too big."""
        _charge(sum(_estimate(a) for a in args), "phép nối ~")
        join = markup_join if context.eval_ctx.autoescape else str_join
        return join(args)

    @staticmethod
    def sized(value):
        """`value`, refused when printing it would make too long a text."""
        if not isinstance(value, str) and _estimate(value) > MAX_TEXT:
            _refuse("in ra danh sách")
        return value

    @staticmethod
    def count_out(piece):
        """A piece of output, counted (with its object's overhead) against the budget."""
        _charge(len(piece) + _OVERHEAD, "nội dung in ra")
        return piece

    def concat(self, parts):
        """Every `concat` of a render (the output, `{% set %}` blocks), refused when too big."""
        kept, total = [], 0
        for part in parts:
            total += len(part) + _OVERHEAD
            if total > MAX_OUTPUT:
                raise SecurityError(f"mẫu tạo văn bản quá dài (hơn {MAX_OUTPUT // 1_000_000} "
                                    "triệu ký tự)")
            kept.append(part)
        return "".join(kept)

    def getattr(self, obj, attribute):
        value = super().getattr(obj, attribute)
        if isinstance(obj, str) and callable(value) and attribute in _WIDTH_METHODS | {
                "format_map"}:
            return _guard(attribute, value, obj)
        return value


class RenderTimeout(Exception):
    """Raised inside the rendering thread when the time limit passes."""


def render_seconds() -> float:
    """The time limit of one render, in seconds."""
    try:
        return max(0.1, float(os.environ.get("CHIBO_XL_RENDER_SECONDS", RENDER_SECONDS)))
    except ValueError:
        return RENDER_SECONDS


def _raise_in(thread_id: int, exc_type) -> None:
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
                        _raise_in(job[0], RenderTimeout)
                self.until = min((job[1] for job in self.jobs.values()), default=None)
                self.wake.wait(None if self.until is None else max(self.until - now, 0.001))


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):   # POSIX only; Windows starts processes afresh
    # a forked child (aggregate's workers) has no watchdog thread: it starts its own when needed
    os.register_at_fork(after_in_child=_WATCHDOG.__init__)


@contextlib.contextmanager
def limits(seconds: float | None = None):
    """A fresh budget, and `RenderTimeout` raised in this thread after `seconds`.

    A Python thread cannot be stopped from outside except by an asynchronous exception
    (PyThreadState_SetAsyncExc), raised at the next bytecode: enough here, because every
    single operation a template can start is bounded above, so none runs long in C.
    """
    BUDGET.used = 0
    job = [threading.get_ident(), time.monotonic() + (seconds or render_seconds()), False,
           False]
    _WATCHDOG.watch(job)
    try:
        yield
    finally:
        if _WATCHDOG.end(job):
            _raise_in(job[0], None)       # not raised yet: withdraw it
            raise RenderTimeout()
