"""Every typed line used, or said not to be (issue 22, item 4): the sections of «Nội dung» a
secretary typed that no document of the build prints.

A section is printed where a template uses `text.<key>` (the paragraphs of that section): the
templates a build renders — the user's own included, found as the build finds them — are read
for those fields. A section with rows that none of them prints gets a warning at its first row, naming the documents that would print
it (the term report prints the chi ủy's review of the term, made only in the term's last year).
`check` judges against every kind a build of the book would make (`build.would_make`);
`build` against the templates it renders.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..documents import kinds
from ..render.renderer import RenderError, find_template
from ..workbook import schema
from ..workbook import vnformat as vn
from ..workbook.findings import Report
from ..workbook.tables import Book

#: fields made from a section's rows (documents.context): printing one prints the section
CARRIERS = {"plan_bases": "can_cu", "report_bases": "can_cu", "term_bases": "can_cu"}
_TAGS = re.compile(r"<[^<>]*>")
#: a part larger than this is not read (a hostile template: the build's renderer bounds it)
MAX_PART = 16 * 1024 * 1024
_TEXT_FIELD = re.compile(r"\btext\.([a-z_]+)")
_CARRIER_FIELD = re.compile(r"\b(" + "|".join(CARRIERS) + r")\b")


def printed_sections(path: Path) -> set[str]:
    """The keys of «Nội dung» sections the template at `path` prints: its `text.<key>` fields and
    the fields made from a section (CARRIERS), read from the template's XML parts as text (no
    docxtpl: `check` stays light; a tag Word split across runs is joined by dropping the XML
    between its pieces)."""
    try:
        with zipfile.ZipFile(path) as package:
            xml = " ".join(package.read(info).decode("utf-8", "replace")
                           for info in package.infolist()
                           if info.filename.startswith("word/") and info.filename.endswith(".xml")
                           and info.file_size <= MAX_PART)
    except (OSError, zipfile.BadZipFile, KeyError):
        return set()
    plain = _TAGS.sub("", xml)
    keys = set(_TEXT_FIELD.findall(plain))
    keys |= {CARRIERS[name] for name in _CARRIER_FIELD.findall(plain)}
    return keys


def _paths(names, dirs: list[Path]) -> list[Path]:
    out = []
    for name in names:
        try:
            out.append(find_template(name, dirs))
        except RenderError:     # a template the build would name itself; not ours to judge
            continue
    return out


def printers(dirs: list[Path]) -> dict[str, list[str]]:
    """Section key → the kinds (their names) whose templates print it."""
    out: dict[str, list[str]] = {}
    for kind in kinds.all_kinds():
        for path in _paths(kind.template_names, dirs):
            for key in printed_sections(path):
                names = out.setdefault(key, [])
                if kind.display not in names:
                    names.append(kind.display)
    return out


def warn_unused_sections(book: Book, report: Report, templates, dirs: list[Path]) -> None:
    """A warning for each section of «Nội dung» with rows that none of `templates` (names)
    prints, at the section cell of its first row."""
    printed = set().union(*(printed_sections(p) for p in _paths(templates, dirs)))
    rows: dict[str, list] = {}
    for r in book.rows("narrative"):
        key = schema.NARRATIVE_SECTIONS.get(r["section"])
        if key and r["text"]:
            rows.setdefault(key, []).append(r)
    missing = [key for key in rows if key not in printed]
    if not missing:
        return
    where = printers(dirs)
    for label, key in schema.NARRATIVE_SECTIONS.items():
        if key not in missing:
            continue
        first = rows[key][0]
        names = where.get(key, [])
        report.warn("SECTION_UNUSED", schema.NARRATIVE.name, first.cell("section"), label,
                    f"Mục «{label}» có {vn.count(len(rows[key]))} dòng nhưng không văn bản nào "
                    "của lần tạo này in mục này" + (
                        ": mục này chỉ in trong " + ", ".join(f"«{n}»" for n in names) + "."
                        if names else ": không mẫu văn bản nào in mục này (mẫu riêng đã bỏ?)."))
