"""docxtpl rendering — the only module that imports docxtpl.

Templates always render in a sandboxed Jinja environment with autoescape on: a cell holding
`R&D <khối> {{ 7*7 }}` prints exactly that, and a hostile template cannot reach Python
internals. A user's template folder overrides the built-in one, file by file.
"""
from __future__ import annotations

import io
from pathlib import Path

BUILTIN = Path(__file__).resolve().parent.parent / "report_templates"


class RenderError(Exception):
    """A template could not be used; the message is for the user and names the template."""


def template_dirs(extra=None) -> list[Path]:
    """The folders searched for templates, the user's first."""
    dirs = [Path(d) for d in (extra or []) if d]
    return [d for d in dirs if d.is_dir()] + [_builtin()]


def _builtin() -> Path:
    if BUILTIN.is_dir():
        return BUILTIN
    # installed without the source tree: templates ship inside the package
    return Path(__file__).resolve().parent / "report_templates"


def find_template(name: str, dirs: list[Path]) -> Path:
    """The first `name`.docx in `dirs`."""
    for folder in dirs:
        path = folder / f"{name}.docx"
        if path.is_file():
            return path
    raise RenderError(f"Không tìm thấy mẫu «{name}.docx» trong: "
                      + ", ".join(str(d) for d in dirs) + ".")


def _environment():
    from jinja2.sandbox import SandboxedEnvironment
    return SandboxedEnvironment(autoescape=True)


def _load(path: Path):
    from docxtpl import DocxTemplate
    try:
        return DocxTemplate(str(path))
    except Exception as exc:  # a damaged .docx: zip or XML errors of many kinds
        raise RenderError(f"Mẫu «{path.name}» bị hỏng, không mở được ({exc}).") from None


def _template_xml(tpl) -> str:
    """The body, headers and footers as docxtpl patches them before Jinja sees them."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document(tpl.template_file)
    xml = tpl.patch_xml(tpl.xml_to_string(doc._element.body))
    for rel in doc._part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and rel.target_part.blob:
            xml += tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob)))
    return xml


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


_UNKNOWN = object()


def undeclared(path: Path, context: dict) -> list[str]:
    """Variables (`name` or `name.attr`) the template asks for that the context does not give."""
    from jinja2 import nodes

    tpl = _load(path)
    env = _environment()
    try:
        tree = env.parse(_template_xml(tpl))
    except Exception as exc:
        raise RenderError(f"Mẫu «{path.name}» có lỗi cú pháp: {exc}.") from None
    missing: list[str] = []

    def dotted(node):
        parts = []
        while isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        if isinstance(node, nodes.Name):
            return [node.name] + parts[::-1]
        return None

    def visit(node, loops):
        if isinstance(node, nodes.For):
            visit(node.iter, loops)
            items = _resolve(dotted(node.iter) or ["?"], context, loops)
            sample = items[0] if isinstance(items, list) and items else _UNKNOWN
            inner = dict(loops)
            for target in ([node.target] if isinstance(node.target, nodes.Name)
                           else getattr(node.target, "items", [])):
                inner[target.name] = sample if isinstance(node.target, nodes.Name) else _UNKNOWN
            inner["loop"] = _UNKNOWN
            for child in node.body + node.else_ + ([node.test] if node.test else []):
                visit(child, inner)
            return
        if isinstance(node, (nodes.Getattr, nodes.Name)):
            chain = dotted(node)
            if chain and _resolve(chain, context, loops) is None:
                name = ".".join(chain)
                if name not in missing:
                    missing.append(name)
            if chain:
                return
        for child in node.iter_child_nodes():
            visit(child, loops)

    visit(tree, {})
    return missing


def render(path: Path, context: dict) -> bytes:
    """The rendered document as .docx bytes (nothing is written to disk here)."""
    tpl = _load(path)
    try:
        tpl.render(context, jinja_env=_environment())
        buffer = io.BytesIO()
        tpl.save(buffer)
    except Exception as exc:  # Jinja syntax, sandbox SecurityError, undefined attribute…
        raise RenderError(f"Không tạo được văn bản từ mẫu «{path.name}»: "
                          f"{type(exc).__name__}: {exc}.") from None
    return buffer.getvalue()


def combine(documents: list[bytes]) -> bytes:
    """Several rendered documents in one file, each starting on a new page (for printing)."""
    from docx import Document
    from docxcompose.composer import Composer

    first = Document(io.BytesIO(documents[0]))
    composer = Composer(first)
    for data in documents[1:]:
        doc = Document(io.BytesIO(data))
        first.add_page_break()
        composer.append(doc)
    buffer = io.BytesIO()
    composer.save(buffer)
    return buffer.getvalue()
