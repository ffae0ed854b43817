"""What every render of one template shares: its main part's XML, read once.

docxtpl serializes a template's body for Jinja, parses the rendered body on its own, then moves
that tree into the document's root — a move that visits every node again (≈ 0,5 ms a form).
Here the body's XML and the root's XML around it are kept per pristine template, and the
rendered body is parsed inside that root, so the render gets a whole new root and the pristine
one is never changed (render.CachingTemplate). docxtpl's table-grid fix then runs on it.
"""
from __future__ import annotations

import functools
from typing import NamedTuple


class _Kept(NamedTuple):
    """What renders of one pristine template read of its main part."""

    root: object        # the pristine root (held, so its id is never reused)
    body: str           # the body as docxtpl's get_xml serializes it (own namespace declarations)
    before: str         # the root's XML before the body
    after: str          # the root's XML after the body
    index: int          # the body's place among the root's children
    tag_alone: str      # the body's start tag in `body`
    tag_inside: str     # the body's start tag within the root (declarations inherited)


_KEPT: dict = {}        # id(root) → _Kept of each pristine template


def remember(document) -> None:
    """Keep what each render of the pristine `document` needs of its main part: the body's XML,
    and the root's XML around it, in which the rendered body is parsed (`parse_rendered`).
    A template whose root cannot be cut there renders the way docxtpl does it."""
    from lxml import etree

    root = document._element
    body = root.find(f"{{{root.nsmap.get('w', '')}}}body")
    if body is None or len(body) == 0:
        return
    text = etree.tostring(root, encoding="unicode")
    start, end = text.find("<w:body"), text.rfind("</w:body>")
    if start < 0 or end < 0 or text.count("<w:body") != 1:
        return
    alone = etree.tostring(body, encoding="unicode")
    inside = text[start:text.index(">", start) + 1]
    if inside.endswith("/>"):
        return
    _KEPT[id(root)] = _Kept(root, alone, text[:start], text[end + len("</w:body>"):],
                            root.index(body), alone[:alone.index(">") + 1], inside)


def _kept(root) -> _Kept | None:
    kept = _KEPT.get(id(root))
    return kept if kept is not None and kept.root is root else None


def shared(root) -> bool:
    """Whether `root` is a pristine template's, read by renders until they replace it."""
    return _kept(root) is not None


def body_xml(root) -> str | None:
    """The body of pristine `root` as docxtpl's get_xml serializes it, or None."""
    kept = _kept(root)
    return kept.body if kept is not None else None


def parse_rendered(root, xml: str):
    """The rendered body `xml` of pristine `root`, parsed inside a new root and its table grids
    fixed as docxtpl's fix_tables does; None where docxtpl's own way must run (a template not
    remembered, a body tag Jinja changed, XML that only parses by recovery)."""
    from lxml import etree

    kept = _kept(root)
    if kept is None or not xml.startswith(kept.tag_alone):
        return None
    # the body's namespace declarations, those of the root, are dropped as the move into the
    # root drops them (lxml strips redundant declarations)
    parser = _parser()
    new = etree.fromstring(kept.before + kept.tag_inside + xml[len(kept.tag_alone):] +
                           kept.after, parser=parser)
    if len(parser.error_log):           # broken XML: recovered the way docxtpl recovers it
        return None
    body = new[kept.index]
    fix_table_grids(body)
    return body


@functools.cache
def _parser():
    """docxtpl's parser of a rendered body (it recovers from broken XML), giving python-docx's
    element classes, as the root it replaces had."""
    from docx.oxml.parser import element_class_lookup
    from lxml import etree

    parser = etree.XMLParser(recover=True)
    parser.set_element_class_lookup(element_class_lookup)
    return parser


@functools.cache
def _docpr():
    """The XPath of docxtpl's fix_docpr_ids, compiled once."""
    from docx.oxml.ns import nsmap
    from lxml import etree

    return etree.XPath("//wp:docPr", namespaces=nsmap)


def drawing_ids(tree) -> list:
    """The wp:docPr elements of `tree`, which docxtpl's fix_docpr_ids renumbers (through an
    XPath object: python-docx's elements take no `namespaces` in their own xpath())."""
    return _docpr()(tree)


def fix_table_grids(body) -> None:
    """docxtpl's `fix_tables` (0.20) on a parsed body: a table whose rows have more cells than
    grid columns (a {%tc %} loop) gets columns added, shared out of the table's width; one with
    fewer gets the surplus removed and its width given to the rest. Same arithmetic, in place."""
    from lxml import etree

    ns = "{" + body.nsmap["w"] + "}"
    tc, tc_pr, span, grid_col, width = ns + "tc", ns + "tcPr", ns + "gridSpan", \
        ns + "gridCol", ns + "w"
    for table in body.iter(ns + "tbl"):
        grid = table.find(ns + "tblGrid")
        columns = grid.findall(grid_col)
        rows = [row.findall(tc) for row in table.iter(ns + "tr")]
        to_add = max([len(cells) - len(columns) for cells in rows] + [0])
        if to_add > 0:
            total = sum(float(c.get(width)) for c in columns if c.get(width) is not None)
            if total > 0:
                old_average = total / len(columns)
                new_average = total / (len(columns) + to_add)
                for c in columns:
                    c.set(width, str(int(float(c.get(width)) * new_average / old_average)))
                for _ in range(to_add):
                    etree.SubElement(grid, grid_col, {width: str(int(new_average))})
            columns = grid.findall(grid_col)
        widest = 0
        for cells in rows:
            count = 0
            for cell in cells:
                props = cell.find(tc_pr)
                spans = None if props is None else props.find(span)
                count += 1 if spans is None else int(spans.get(ns + "val"))
            widest = max(widest, count)
        to_remove = len(columns) - widest
        if to_remove > 0:
            removed = 0.0
            for c in columns[-to_remove:]:
                removed += float(c.get(width))
                grid.remove(c)
            left = grid.findall(grid_col)
            extra = int(removed / len(left)) if left else 0
            for c in left:
                c.set(width, str(int(float(c.get(width)) + extra)))
