"""docxtpl rendering — the only module that imports docxtpl.

Templates always render in a sandboxed Jinja environment with autoescape on: a cell holding
`R&D <khối> {{ 7*7 }}` prints exactly that, and a hostile template cannot reach Python
internals. A user's template folder overrides the built-in one, file by file.
"""
from __future__ import annotations

import datetime as dt
import io
import marshal
import re
import types
from pathlib import Path

from . import templatebody, templatecache
from .package import package_bytes, unchanged_blob

BUILTIN = Path(__file__).resolve().parents[2] / "report_templates"   # the source tree


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
    return Path(__file__).resolve().parents[1] / "report_templates"


def find_template(name: str, dirs: list[Path]) -> Path:
    """The first `name`.docx in `dirs`."""
    for folder in dirs:
        path = folder / f"{name}.docx"
        if path.is_file():
            return path
    raise RenderError(f"Không tìm thấy mẫu «{name}.docx» trong: "
                      + ", ".join(str(d) for d in dirs) + ".")


_ENV = None


def _environment():
    """One sandboxed, autoescaping environment that parses and compiles each source once.

    docxtpl hands Jinja the whole document XML through `from_string`; thirty member forms from
    one template would otherwise compile the same source thirty times. The unknown-field check
    (`variables`) parses the very sources docxtpl will compile (`tree`), and `from_string` then
    compiles that tree instead of parsing the source a second time. The compiled code, like
    docxtpl's clean-up of the XML (`patch_xml`), is also kept between runs (`templatecache`).
    """
    global _ENV
    if _ENV is None:
        from .sandbox import BoundedSandbox

        class CachingSandbox(BoundedSandbox):
            _compiled: dict = {}
            _trees: dict = {}

            def tree(self, source: str):
                """The parsed source, kept until `from_string` compiles it."""
                if source not in self._trees:
                    _admit(source)
                    self._trees[source] = self.parse(source)
                return self._trees[source]

            def from_string(self, source, globals=None, template_class=None):
                if globals or template_class or not isinstance(source, str):
                    _admit(source)
                    return super().from_string(source, globals, template_class)
                if source not in self._compiled:
                    _admit(source)
                    tree = self._trees.pop(source, None)
                    code = _cached_code(source)
                    if code is None:  # Environment.compile takes a parsed tree or a string
                        code = self.compile(source if tree is None else tree)
                        templatecache.put("code", source, marshal.dumps(code))
                    self._compiled[source] = self.template_class.from_code(
                        self, code, self.make_globals(None), None)
                return self._compiled[source]

        _ENV = CachingSandbox(autoescape=True)
    return _ENV


def _admit(source) -> None:
    """Refuse a Jinja source with more than `templatefile.MAX_TAGS` tags before it is parsed."""
    from jinja2.sandbox import SecurityError

    from .templatefile import MAX_TAGS

    if isinstance(source, str) and source.count("{{") + source.count("{%") > MAX_TAGS:
        raise SecurityError(f"mẫu có quá nhiều trường {{{{ … }}}} và khối {{% … %}} (hơn "
                            f"{MAX_TAGS:,})".replace(",", "."))


def _cached_code(source: str):
    """The code compiled from `source` in an earlier run (templatecache), or None."""
    kept = templatecache.get("code", source)
    if kept is not None:
        try:
            code = marshal.loads(kept)
        except (EOFError, ValueError, TypeError):   # another Python's format: compile again
            return None
        return code if isinstance(code, types.CodeType) else None
    return None


_TEMPLATE_CLASS = None


def _template_class():
    """DocxTemplate whose tag clean-up (`patch_xml`, a dozen regex passes) runs once per source."""
    global _TEMPLATE_CLASS
    if _TEMPLATE_CLASS is None:
        from docxtpl import DocxTemplate

        class CachingTemplate(DocxTemplate):
            _patched: dict = {}

            def patch_xml(self, src_xml):
                if src_xml not in self._patched:
                    kept = templatecache.get("xml", src_xml)
                    if kept is None:
                        patched = super().patch_xml(src_xml)
                        templatecache.put("xml", src_xml, patched.encode("utf-8", "surrogatepass"))
                    else:
                        patched = kept.decode("utf-8", "surrogatepass")
                    self._patched[src_xml] = patched
                return self._patched[src_xml]

            def render_xml_part(self, src_xml, part, context, jinja_env=None):
                # docxtpl's own, but its two regex passes putting each paragraph on a line
                # of its own and back ("\1" in the replacement: a Python call per paragraph)
                # are plain replaces: "<w:p " and "<w:p>" never overlap, the text is the same
                if jinja_env is None:
                    return super().render_xml_part(src_xml, part, context, jinja_env)
                from jinja2 import TemplateError

                src_xml = src_xml.replace("<w:p ", "\n<w:p ").replace("<w:p>", "\n<w:p>")
                try:
                    self.current_rendering_part = part
                    dst_xml = jinja_env.from_string(src_xml).render(context)
                except TemplateError as exc:
                    if getattr(exc, "lineno", None) is not None:   # as docxtpl reports it
                        first = max(exc.lineno - 4, 0)
                        exc.docx_context = [re.sub(r"<[^>]+>", "", line)
                                            for line in src_xml.splitlines()[first:first + 7]]
                    raise
                from .sandbox import check_body

                check_body(dst_xml)
                dst_xml = dst_xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
                dst_xml = (dst_xml.replace("{_{", "{{").replace("}_}", "}}")
                           .replace("{_%", "{%").replace("%_}", "%}"))
                return self.resolve_listing(dst_xml)

            def render_properties(self, context, jinja_env=None):
                # a property holding no "{" and no line break renders to itself (Jinja only
                # strips a last newline and rewrites line breaks), so only the others are
                # rendered; each is still set, as docxtpl does (that writes its element)
                if jinja_env is None:
                    return super().render_properties(context, jinja_env)
                props = self.docx.core_properties
                for name in ("author", "comments", "identifier", "language", "subject",
                             "title"):
                    value = getattr(props, name)
                    if "{" in value or "\n" in value or "\r" in value:
                        value = jinja_env.from_string(value).render(context)
                    setattr(props, name, value)

            def render_footnotes(self, context, jinja_env=None):
                # docxtpl walks every part once per section looking for footnotes; most
                # templates have none
                kind = "application/vnd.openxmlformats-officedocument.wordprocessingml." \
                       "footnotes+xml"
                if any(part.content_type == kind
                       for part in self.docx.part.package.iter_parts()):
                    super().render_footnotes(context, jinja_env)

            def get_xml(self):
                # the body of a pristine template (every render shares it until `map_tree`)
                # is serialized once
                kept = templatebody.body_xml(self.docx._element)
                return super().get_xml() if kept is None else kept

            def fix_tables(self, xml):
                # docxtpl parses the rendered body alone, and `map_tree` then moves it into
                # the document's tree, which visits every node again; parsed inside a root
                # of its own, the body needs no move
                body = templatebody.parse_rendered(self.docx._element, xml)
                return super().fix_tables(xml) if body is None else body

            def fix_docpr_ids(self, tree):
                # docxtpl's, on python-docx's element classes (templatebody.drawing_ids)
                for element in templatebody.drawing_ids(tree):
                    self.docx_ids_index += 1
                    element.attrib["id"] = str(self.docx_ids_index)

            def get_part_xml(self, part):
                # a header or footer shared by every render of its template (`_copy`) is
                # parsed and serialized once
                blob = unchanged_blob(part)
                if blob is None:
                    return super().get_part_xml(part)
                if blob not in _PART_XML:
                    _PART_XML[blob] = super().get_part_xml(part)
                return _PART_XML[blob]

            def map_tree(self, tree):
                root = tree.getparent()
                if root is None:
                    return super().map_tree(tree)
                # the new root replaces the pristine one this copy shared (`_copy`)
                self.docx._element = self.docx._part._element = root
                self.docx._Document__body = None

            def resolve_listing(self, xml):
                # the rewrite only touches tabs, bells, newlines and form feeds in the text
                # (a paragraph's regex pass each): without any, its result is `xml` itself
                if not any(c in xml for c in "\t\a\n\f"):
                    return xml
                return super().resolve_listing(xml)

        _TEMPLATE_CLASS = CachingTemplate
    return _TEMPLATE_CLASS


_PART_XML: dict = {}  # bytes of a shared header or footer → its XML as docxtpl reads it
_LOADED: dict = {}   # sha256 of a template's bytes → its document, loaded and never rendered


def _load(path: Path, copy_document: bool = True):
    """A DocxTemplate of `path` ready to render, holding its own copy of the document.

    Thirty Mẫu 02 forms come from one template: the file is parsed once (per content, so an
    edited template is read afresh) and each render starts from a copy of that pristine
    document (`_copy`), since docxtpl's render replaces the body, headers and footers it holds.
    The unknown-field check only reads the document, so it takes the pristine one
    (`copy_document=False`).
    """
    import hashlib

    from .templatefile import TemplateRefused, read

    try:
        data = read(path)
    except TemplateRefused as exc:
        raise RenderError(str(exc)) from None
    try:
        key = hashlib.sha256(data).digest()
        if key not in _LOADED:
            document = _template_class()(io.BytesIO(data)).get_docx()
            _LOADED[key] = document, _unchanged_parts(document)
            templatebody.remember(document)
        tpl = _template_class()(io.BytesIO(data))
        document, shared = _LOADED[key]
        tpl.docx = _copy(document, shared) if copy_document else document
        return tpl
    except Exception as exc:  # a damaged .docx: zip or XML errors of many kinds
        raise RenderError(f"Mẫu «{path.name}» bị hỏng, không mở được ({exc}).") from None


def _unchanged_parts(document) -> dict:
    """{id: part} of the parts of `document` that rendering leaves as they are.

    docxtpl's render changes the main part (its body, and its links to the headers and footers
    it replaces by new parts), the core properties and the footnotes; nothing else. A part
    linking to other parts is not counted in, so every part reached through a shared one is
    shared too and the copy never reaches back into the pristine document.
    """
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.parts.coreprops import CorePropertiesPart

    from .package import keep_unchanged

    shared = {id(part): part for part in document.part.package.iter_parts()
              if part is not document.part and not isinstance(part, CorePropertiesPart)
              and part.content_type != CT.WML_FOOTNOTES and not len(part.rels)}
    for part in shared.values():
        keep_unchanged(part)
    return shared


def _copy(document, shared: dict):
    """A deep copy of `document` holding the very `shared` parts of the pristine one.

    Styles, theme, numbering, fonts and settings are the same objects in every render of a
    template: copying them was most of the copy's cost (≈ 1 ms a document), and the .docx
    writer then finds their bytes already compressed. The main part's XML is shared too: docxtpl
    only reads it (`get_xml`) before the render gives the copy a root of its own (`map_tree`).
    """
    import copy

    memo = dict(shared)
    if templatebody.shared(document._element):
        memo[id(document._element)] = document._element
    return copy.deepcopy(document, memo)


_PARAGRAPH = re.compile(r"<w:p([ >])")


def _sources(tpl) -> list[str]:
    """The body, headers and footers exactly as docxtpl hands them to Jinja's `from_string`
    (patched, one paragraph a line: DocxTemplate.render_xml_part), so each is parsed once."""
    tpl.init_docx()
    parts = [tpl.get_xml()]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        parts += [tpl.get_part_xml(part) for _key, part in tpl.get_headers_footers(uri)]
    return [_PARAGRAPH.sub(r"\n<w:p\1", tpl.patch_xml(xml)) for xml in parts]


def render(path: Path, context: dict, combined=None, scale: float = 1.0) -> bytes:
    """The rendered document as .docx bytes (nothing is written to disk here).

    With `combined`, the rendered document is also appended to that print file. `scale` (≥ 1)
    widens the sandbox's bounds and time for a big workbook (`sandbox.limits`).
    """
    from jinja2.sandbox import SecurityError

    from .sandbox import RenderTimeout, limits, render_seconds

    tpl = _load(path)
    try:
        with limits(scale=scale):
            tpl.render(context, jinja_env=_environment())
        day = document_date(context)
        _date_properties(tpl.docx, day)
        data = package_bytes(tpl.docx, day)
        if combined is not None:
            combined.add(tpl.docx, day)
    except RenderTimeout:
        seconds = vn_seconds(render_seconds() * max(scale, 1.0))
        if is_builtin(path):
            raise RenderError(f"Văn bản từ mẫu có sẵn «{path.name}» cần quá {seconds} giây nên "
                              f"đã dừng: {_TOO_MUCH_DATA}") from None
        raise RenderError(f"Mẫu «{path.name}» chạy quá {seconds} giây nên "
                          "đã dừng: mẫu có vòng lặp quá lớn. Hãy sửa mẫu hoặc xóa nó khỏi thư "
                          "mục report_templates để dùng mẫu có sẵn.") from None
    except SecurityError as exc:  # the sandbox's bounds (chibo_xl.render.sandbox) or Python internals
        if is_builtin(path):
            raise RenderError(f"Không tạo được văn bản từ mẫu có sẵn «{path.name}» ({exc}): "
                              f"{_TOO_MUCH_DATA}") from None
        raise RenderError(f"Không tạo được văn bản từ mẫu «{path.name}»: {exc}. Hãy sửa mẫu "
                          "hoặc xóa nó khỏi thư mục report_templates để dùng mẫu có sẵn.") from None
    except RecursionError:
        raise RenderError(f"Không tạo được văn bản từ mẫu «{path.name}»: mẫu lồng các khối "
                          "{% … %} hoặc dấu ngoặc quá sâu. Hãy sửa mẫu.") from None
    except Exception as exc:  # Jinja syntax, undefined attribute…
        raise RenderError(f"Không tạo được văn bản từ mẫu «{path.name}»: "
                          f"{type(exc).__name__}: {exc}.") from None
    return data


#: what a built-in template refused says: the workbook's content, not the template, is at fault
_TOO_MUCH_DATA = ("nội dung lấy từ sổ quá lớn cho một văn bản. Hãy xem lại các ô có nội dung "
                  "rất dài và các trang có quá nhiều dòng.")


def is_builtin(path: Path) -> bool:
    """Whether `path` is one of chibo-xl's own templates (never a user's)."""
    try:
        return Path(path).resolve().parent == _builtin().resolve()
    except OSError:
        return False


def vn_seconds(seconds: float) -> str:
    return f"{seconds:g}".replace(".", ",")


_DATE_LINE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def document_date(context: dict) -> dt.datetime:
    """The document's own date, read from its date line; else 1 January of its year.

    Document properties and the zip's timestamps carry this date, not the time of the build,
    so the same workbook and templates give byte-identical files.
    """
    found = _DATE_LINE.search(str(context.get("date_line", "")))
    if found:
        try:
            return dt.datetime(int(found[3]), int(found[2]), int(found[1]))
        except ValueError:
            pass
    year = str(context.get("year", ""))
    return dt.datetime(int(year), 1, 1) if year.isdigit() and 1980 <= int(year) < 2100 \
        else dt.datetime(2000, 1, 1)


def _date_properties(document, day: dt.datetime) -> None:
    props = document.core_properties
    props.created = props.modified = day
    props.revision = 1
