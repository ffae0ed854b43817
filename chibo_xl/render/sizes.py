"""How big a template step's result will be, known before the step runs (for `sandbox`).

A cap checked on a result comes too late: `[1, 2, 3]|batch(5*10**8, 'x')` built a list of half
a billion items (41,7 s, 7,67 GB) before anything could look at it, `('a\n' * 100000)|indent(
199999)` two billion characters. Each step that can make a big value from small arguments is
measured here from its arguments alone:

- widths: `center`, `ljust`, `rjust`, `zfill` (the width), `indent` (width × lines), `wordwrap`
  (the wrap string × the lines it makes), `expandtabs` (tab size × tabs), `truncate` (length),
  `translate` (the longest replacement × the text);
- counts: `batch` (items per batch: the fill), `slice` (slices);
- `join` (filter and method) and `list` take their items one by one, counting characters and
  items, so a generator joined with a 200.000-character separator stops at the cap, not after;
- `str.format` and `%`: every width and precision, nested ones included (`'{:{}}'.format('x',
  10**9)`), is read before formatting (`check_spec`, `check_percent`).

Every limit raises `jinja2.sandbox.SecurityError` with a Vietnamese message.
"""
from __future__ import annotations

import inspect
import re
from itertools import islice

from jinja2.sandbox import SecurityError

MAX_TEXT = 200_000        # characters (or items) in one value made by a template
MAX_ITEMS = 100_000       # items a template may take from one generator (3.000 members × 12 …)
MAX_COUNT = 10_000        # batch size, number of slices


def refuse(what: str):
    """Raise the sandbox's refusal for a value too large."""
    raise SecurityError(f"mẫu tạo giá trị quá lớn ({what}); giới hạn {MAX_TEXT:,} ký tự"
                        .replace(",", "."))


_SIGNATURES: dict = {}
_PASSED = ("eval_ctx", "environment", "env", "context", "ctx")   # what Jinja hands first


def _arguments(func, args, kwargs) -> tuple[dict, tuple] | None:
    """The call's arguments by parameter name, and the leading arguments Jinja adds that the
    signature does not name (the eval context it hands an async-variant filter); None when the
    signature cannot be read or does not fit."""
    key = getattr(func, "__func__", func)
    if key not in _SIGNATURES:
        try:
            _SIGNATURES[key] = inspect.signature(func)
        except (TypeError, ValueError):
            _SIGNATURES[key] = None
    signature = _SIGNATURES[key]
    if signature is None:
        return None
    first = next(iter(signature.parameters), "")
    skip = 1 if hasattr(func, "jinja_pass_arg") and first not in _PASSED else 0
    try:
        bound = signature.bind(*args[skip:], **kwargs)
    except TypeError:
        return None                      # the call itself will fail with Python's message
    bound.apply_defaults()
    return bound.arguments, args[:skip]


def _int(value, default=0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _len(value) -> int:
    return len(value) if isinstance(value, str) else 0


def _width(a: dict, text: str) -> int:
    """center, ljust, rjust (filter or method), zfill."""
    return max(_len(text), _int(a.get("width")))


def _indent(a: dict, text: str) -> int:
    width = a.get("width", 4)
    width = len(width) if isinstance(width, str) else _int(width)
    return _len(text) + width * (_len(text) and text.count("\n") + 1)


def _wordwrap(a: dict, text: str) -> int:
    wrap = a.get("wrapstring")
    lines = _len(text) // max(_int(a.get("width"), 79), 1) + (text.count("\n") if
                                                                isinstance(text, str) else 0) + 1
    return _len(text) + max(_len(wrap), 1) * lines


def _expandtabs(a: dict, text: str) -> int:
    return _len(text) + (text.count("\t") if isinstance(text, str) else 0) * \
        max(_int(a.get("tabsize"), 8), 0)


def _translate(a: dict, text: str) -> int:
    table = a.get("table")
    longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1) \
        if isinstance(table, dict) else 1
    return _len(text) * max(longest, 1)


def _truncate(a: dict, text: str) -> int:
    return _int(a.get("length"), 255) + _len(a.get("end"))


def _counted(key: str):
    """batch (items per batch, filled up to it) and slice (slices): refused past MAX_COUNT."""
    def size(a: dict, _text) -> int:
        return MAX_TEXT + 1 if _int(a.get(key)) > MAX_COUNT else 0
    return size


#: step name → its result's size in characters (or items), from its arguments alone
PREDICT = {
    "center": _width, "ljust": _width, "rjust": _width, "zfill": _width, "indent": _indent,
    "wordwrap": _wordwrap, "expandtabs": _expandtabs, "translate": _translate,
    "truncate": _truncate, "batch": _counted("linecount"), "slice": _counted("slices"),
}
_TEXT_PARAMS = ("s", "value", "text")


def check(name: str, func, args, kwargs, text: str | None) -> tuple[tuple, dict]:
    """Refuse the call `func(*args, **kwargs)` (a filter, or a method of `text`) when its
    result would be too large; the arguments to call it with (a generator to join or list
    is handed over as a list, taken within the bounds)."""
    if name not in PREDICT and name not in ("join", "list"):
        return args, kwargs
    found = _arguments(func, args, kwargs)
    if found is None:
        return args, kwargs
    a, leading = found
    if name in PREDICT:
        subject = text if text is not None else next((a[p] for p in _TEXT_PARAMS if p in a),
                                                     None)
        if PREDICT[name](a, subject) > MAX_TEXT:
            refuse(name)
        return args, kwargs
    key = "iterable" if text is not None else "value"
    if key not in a or isinstance(a[key], (str, dict)):
        return args, kwargs
    separator = text if text is not None else a.get("d", "")
    a[key] = take(a[key], name, _len(separator))
    bound = _SIGNATURES[getattr(func, "__func__", func)].bind_partial()
    bound.arguments.update(a)
    return leading + bound.args, bound.kwargs


def take(items, what: str, separator: int = 0) -> list:
    """`items` as a list, refused past MAX_ITEMS items or MAX_TEXT characters of text (each
    item's, and the separator's between them)."""
    kept = list(islice(iter(items), MAX_ITEMS + 1))
    if len(kept) > MAX_ITEMS:
        raise SecurityError(f"mẫu lấy quá nhiều phần tử ({what}: hơn {MAX_ITEMS:,})"
                            .replace(",", "."))
    if separator * max(len(kept) - 1, 0) > MAX_TEXT or \
            sum(len(x) for x in kept if isinstance(x, str)) > MAX_TEXT:
        refuse(what)
    return kept


def bounded_iterator(items, what: str):
    """`items` (a generator a filter gave) yielding at most MAX_ITEMS items."""
    for n, item in enumerate(items):
        if n >= MAX_ITEMS:
            raise SecurityError(f"mẫu lấy quá nhiều phần tử ({what}: hơn {MAX_ITEMS:,})"
                                .replace(",", "."))
        yield item


# ---------------------------------------------------------------------------------------------
# Widths and precisions of formatting
# ---------------------------------------------------------------------------------------------
_NUMBER = re.compile(r"\d+")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.S)


def check_spec(spec: str) -> None:
    """Refuse a `str.format` field spec (after its nested fields were filled) whose width or
    precision — any number in it — is past MAX_TEXT."""
    if any(len(n) > 6 or int(n) > MAX_TEXT for n in _NUMBER.findall(spec)):
        refuse("độ rộng định dạng")


def check_percent(fmt) -> None:
    """Refuse a `%` format string with a width or precision past MAX_TEXT, or taken from the
    arguments (`*`)."""
    if not isinstance(fmt, str) or "%" not in fmt:
        return
    for width, precision, _kind in _PERCENT.findall(fmt):
        for n in (width, precision):
            if n == "*" or n and (len(n) > 6 or int(n) > MAX_TEXT):
                refuse("độ rộng định dạng")


def bounded_formatter(base: type) -> type:
    """`base` (Jinja's SandboxedFormatter or SandboxedEscapeFormatter) with every field's spec
    checked once its nested fields are filled in."""
    class Bounded(base):
        def format_field(self, value, format_spec):
            check_spec(format_spec)
            return super().format_field(value, format_spec)
    Bounded.__name__ = "Bounded" + base.__name__
    return Bounded

