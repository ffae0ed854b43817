"""The fields a template uses, and the check that a context gives every one of them.

Before anything is rendered, each template is checked for fields its context does not give, so
a user's template asking for an unknown field stops the job with nothing half-made. Finding the
fields means parsing the template's Jinja sources (≈ 0,05 s for the bundled templates, every
build). What the parse yields is reduced to its *shape* — each field reference as a dotted
chain and each `for` loop with the references inside it — which depends on the template's bytes
alone; the shape is kept between runs (`templatecache`, keyed by SHA-256 of the .docx) and
judged against each build's context afresh.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import templatecache
from .renderer import RenderError, _environment, _load, _sources


def _shape(tree) -> list:
    """The references of a parsed template: ["r", chain] for `a.b.c`, ["f", iter, chain,
    targets, body] for a loop (`iter`: the references in its iterable; `body`: its body, else
    branch and filter), in the order the tree holds them."""
    from jinja2 import nodes

    def dotted(node):
        parts = []
        while isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        return [node.name] + parts[::-1] if isinstance(node, nodes.Name) else None

    def walk(node) -> list:
        if isinstance(node, nodes.For):
            targets = [node.target] if isinstance(node.target, nodes.Name) else \
                getattr(node.target, "items", [])
            body = [item for child in node.body + node.else_ + ([node.test] if node.test else [])
                    for item in walk(child)]
            return [["f", walk(node.iter), dotted(node.iter) or ["?"],
                     [target.name for target in targets], body]]
        if isinstance(node, (nodes.Getattr, nodes.Name)):
            chain = dotted(node)
            if chain:
                # `loop` is Jinja's own loop variable, never a field
                return [] if chain[0] == "loop" else [["r", chain]]
        return [item for child in node.iter_child_nodes() for item in walk(child)]

    return walk(tree)


def _template_shape(path: Path) -> list:
    """The shape of every source of the template at `path` (body, headers, footers)."""
    from .templatefile import TemplateRefused, read

    try:
        data = read(path)
    except TemplateRefused as exc:
        raise RenderError(str(exc)) from None
    except OSError as exc:
        raise RenderError(f"Mẫu «{path.name}» bị hỏng, không mở được ({exc}).") from None
    key = hashlib.sha256(data).hexdigest()
    kept = templatecache.get("fields", key)
    if kept is not None:
        try:
            return json.loads(kept)
        except ValueError:
            pass
    from jinja2.sandbox import SecurityError

    from .sandbox import RenderTimeout, limits, render_seconds
    from .renderer import vn_seconds

    tpl = _load(path, copy_document=False)
    try:
        with limits():            # reading a hostile template's fields is bounded like a render
            trees = [_environment().tree(source) for source in _sources(tpl)]
    except RenderTimeout:
        raise RenderError(f"Mẫu «{path.name}» quá phức tạp: đọc các trường của nó quá "
                          f"{vn_seconds(render_seconds())} giây nên đã dừng. Hãy sửa mẫu.") \
            from None
    except SecurityError as exc:
        raise RenderError(f"Không dùng được mẫu «{path.name}»: {exc}.") from None
    except RecursionError:
        raise RenderError(f"Mẫu «{path.name}» lồng các khối {{% … %}} hoặc dấu ngoặc quá sâu. "
                          "Hãy sửa mẫu.") from None
    except Exception as exc:
        raise RenderError(f"Mẫu «{path.name}» có lỗi cú pháp: {exc}.") from None
    shape = [item for tree in trees for item in _shape(tree)]
    templatecache.put("fields", key, json.dumps(shape, ensure_ascii=False).encode("utf-8"))
    return shape


_UNKNOWN = object()


def _resolve(path: list[str], context: dict, loops: dict):
    """Follow `a.b.c` through the context (loop names through a sample item); None if absent."""
    head, *rest = path
    if head in loops:
        value = loops[head]
        if value is _UNKNOWN:
            return _UNKNOWN
    elif head in context:
        value = context[head]
    else:
        return None
    for key in rest:
        if isinstance(value, dict):
            if key not in value:
                return None
            value = value[key]
        else:
            return _UNKNOWN  # a string's or list's own attribute: not ours to judge
    return value


def variables(path: Path, context: dict | None = None) -> list[str]:
    """Every variable the template uses, as `name`, `name.attr` or `list[].attr` for loop items.

    With `context`, only those the context does not give (the unknown fields).
    """
    context = context if context is not None else {}
    check = bool(context)
    found: list[str] = []

    def judge(items, loops, names):
        for item in items:
            if item[0] == "f":
                _, inside, chain, targets, body = item
                judge(inside, loops, names)
                items_ = _resolve([names.get(chain[0], chain[0])] + chain[1:], context, loops) \
                    if check else None
                sample = items_[0] if isinstance(items_, list) and items_ else _UNKNOWN
                inner, inner_names = dict(loops), dict(names)
                for target in targets:
                    inner[target] = sample if len(targets) == 1 else _UNKNOWN
                    inner_names[target] = ".".join(chain) + "[]"
                inner["loop"] = _UNKNOWN
                judge(body, inner, inner_names)
                continue
            chain = item[1]
            shown = ".".join([names.get(chain[0], chain[0])] + chain[1:])
            missing = check and _resolve(chain, context, loops) is None
            if (missing or not check) and shown not in found:
                found.append(shown)

    judge(_template_shape(path), {}, {})
    return found


def undeclared(path: Path, context: dict) -> list[str]:
    """Variables the template asks for that `context` does not give."""
    return variables(path, context)


def require_fields(pairs) -> None:
    """Raise one RenderError naming every (template, field) a context does not give.

    Called before anything is rendered, so a user's template asking for an unknown field stops
    the job with nothing half-made.
    """
    problems = [f"Mẫu «{path}» dùng trường không có: «{name}» (xem: chibo-xl fields)."
                for path, context in pairs for name in undeclared(path, context)]
    if problems:
        raise RenderError("\n".join(problems))
