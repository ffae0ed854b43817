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
import threading

from jinja2.compiler import CodeGenerator
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import (ImmutableSandboxedEnvironment, SandboxedEscapeFormatter,
                            SandboxedFormatter, SecurityError)
from markupsafe import Markup

from . import sizes, timelimit
from .sizes import MAX_TEXT
from .timelimit import RenderTimeout, render_seconds

__all__ = ["BoundedSandbox", "RenderTimeout", "limits", "render_seconds", "check_body"]

MAX_CHARS = 20_000_000    # characters made by intercepted steps in one render
MAX_RANGE = 10_000
MAX_POWER_BITS = 4_096
_OVERHEAD = 56            # bytes of a small str object: a million tiny pieces are not free
MAX_OUTPUT = 10_000_000   # characters of XML one template part may produce (× scale)
#: tags in one rendered part (× scale): parsed, each costs ≈ 120 bytes (600.000: 72 MB); a
#: 3.000-member vote count holds 571.000 at scale 6
MAX_ELEMENTS = 600_000


class Budget(threading.local):
    """What the current render has made so far (one per thread), and how much wider than the
    base its bounds are (`limits`)."""

    used = 0
    scale = 1.0


BUDGET = Budget()


_refuse = sizes.refuse


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
    if BUDGET.used > MAX_CHARS * BUDGET.scale:
        raise SecurityError(f"mẫu tạo quá nhiều nội dung (hơn {MAX_CHARS * BUDGET.scale // 1_000_000:.0f} triệu ký "
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


def _mod(left, right):
    if isinstance(left, str):
        sizes.check_percent(left)
        _charge(len(left) + sum(_size(x) for x in (right if isinstance(right, tuple)
                                                 else (right,))), "định dạng chuỗi")
    return operator.mod(left, right)


_WIDTH_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join",
                  "translate", "format", "format_map"}


def _guard(name: str, func, text: str | None = None):
    """`func` (a filter, or a method of `text`) with its result's size checked before it runs
    (`sizes.check`), a generator it gives bounded (`sizes.bounded_iterator`), and what it
    made counted against the render's budget."""
    @functools.wraps(func)             # keeps Jinja's pass_eval_context/pass_environment mark
    def bounded(*args, **kwargs):
        args, kwargs = sizes.check(name, func, args, kwargs, text)
        values = ([text] if text is not None else []) + list(args) + list(kwargs.values())
        if name == "format":
            for v in values:
                sizes.check_percent(v)
        for v in values:
            if isinstance(v, (list, tuple, dict, set)) and _estimate(v) > MAX_TEXT:
                _refuse(name)
        texts = [v for v in values if isinstance(v, str)]
        if name == "replace" and len(texts) >= 3:
            source, old, new = texts[:3]
            hits = source.count(old) if old else len(source) + 1
            _charge(len(source) + hits * len(new), name)
        result = func(*args, **kwargs)
        if hasattr(result, "__next__"):
            return sizes.bounded_iterator(result, name)
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


_FORMATTER = sizes.bounded_formatter(SandboxedFormatter)
_ESCAPE_FORMATTER = sizes.bounded_formatter(SandboxedEscapeFormatter)


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
            if total > MAX_OUTPUT * BUDGET.scale:
                _too_long()
            kept.append(part)
        return "".join(kept)

    def getattr(self, obj, attribute):
        value = super().getattr(obj, attribute)
        if isinstance(obj, str) and callable(value) and attribute in _WIDTH_METHODS:
            return _guard(attribute, value, obj)
        return value

    def wrap_str_format(self, value):
        """Jinja's sandboxed `str.format`, with every field's width and precision read before
        it is formatted (`sizes.bounded_formatter`): `'{:{}}'.format('x', 10**9)` is refused
        before it makes a gigabyte."""
        import types

        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) or \
                value.__name__ not in ("format", "format_map") or \
                not isinstance(value.__self__, str):
            return None
        text = value.__self__
        formatter = _ESCAPE_FORMATTER(self, escape=text.escape) if isinstance(text, Markup) \
            else _FORMATTER(self)

        def wrapper(*args, **kwargs):
            if value.__name__ == "format_map":
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                args, kwargs = (), args[0]
            return type(text)(formatter.vformat(text, args, kwargs))
        return functools.update_wrapper(wrapper, value)


def _too_long():
    raise SecurityError(f"mẫu tạo văn bản quá dài (hơn {MAX_OUTPUT * BUDGET.scale / 1e6:.0f} "
                        f"triệu ký tự hoặc {MAX_ELEMENTS * BUDGET.scale:,.0f} thẻ XML)"
                        .replace(",", "."))


def check_body(xml: str) -> None:
    """Refuse a rendered part too big to parse: more than MAX_OUTPUT characters or
    MAX_ELEMENTS tags (× the render's scale), before lxml builds a tree of it."""
    if len(xml) > MAX_OUTPUT * BUDGET.scale or xml.count("<") > MAX_ELEMENTS * BUDGET.scale:
        _too_long()


@contextlib.contextmanager
def limits(seconds: float | None = None, scale: float = 1.0):
    """A fresh budget, and `RenderTimeout` raised in this thread after `seconds` (the render
    time limit by default). `scale` (≥ 1) widens the budget, the output caps and the time for
    a big workbook's documents: a 3.000-member vote count is 7 MB of XML by right."""
    BUDGET.used, BUDGET.scale = 0, max(1.0, scale)
    with timelimit.deadline((seconds or timelimit.render_seconds()) * BUDGET.scale):
        yield
