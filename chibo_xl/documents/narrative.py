"""The «Nội dung» sheet as documents print it: its sections' paragraphs (`narrative`, `text` in
the templates) and its «Căn cứ» rows as the bases heading the plan and the reports."""
from __future__ import annotations

import datetime as dt
import re

from ..figures import timeline
from ..workbook import cells, schema
from ..workbook.memo import per_year
from ..workbook.tables import Book


@per_year
def narrative(book: Book) -> dict:
    """Narrative section key → its paragraphs, in sheet order (every key present)."""
    text = {key: [] for key in schema.NARRATIVE_SECTIONS.values()}
    for r in book.rows("narrative"):
        if r["section"] in schema.NARRATIVE_SECTIONS and r["text"]:
            text[schema.NARRATIVE_SECTIONS[r["section"]]].append(r["text"])
    return text


def typed_bases(book: Book) -> list[str]:
    """The «Căn cứ» rows of «Nội dung», each a base as the seeds write it (003: «Căn cứ …»; 001
    and 004: «Thực hiện Kế hoạch số … của Đảng ủy …»): a row not beginning so is given «Căn cứ»;
    closing punctuation is the document's to add.

    A document seen on its day (`timeline.on`) leaves out a row citing a text of a later day
    («… ngày 20/11/2026 …» is no base of a plan of 08/01/2026): nothing dated before an event
    reports it (issue 22). A row naming no date goes into every document that prints bases."""
    day = timeline.as_of_day(book)
    out = []
    for text in narrative(book)["can_cu"]:
        cited = cited_day(text)
        if day is not None and cited is not None and cited > day:
            continue
        line = text.strip().rstrip(";,.").strip()
        if line and not line.casefold().startswith(("căn cứ", "thực hiện")):
            line = f"Căn cứ {line[0].lower()}{line[1:]}"
        if line:
            out.append(line)
    return out


#: «ngày 05/01/2026», «ngày 5-1-2026», «ngày 05.01.2026»: the day a cited text was issued
_CITED = re.compile(r"\bngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b", re.IGNORECASE)


def cited_day(text: str) -> dt.date | None:
    """The first «ngày dd/mm/yyyy» of a «Căn cứ» row: the day of the text it cites (None when it
    names none, or names an impossible day)."""
    found = _CITED.search(text or "")
    if not found:
        return None
    d, m, y = (int(g) for g in found.groups())
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def punctuated(lines: list[str], last: str = ",") -> list[str]:
    """Lines of bases as a document prints them: «;» after each, `last` after the last."""
    return [line + (";" if i < len(lines) - 1 else last) for i, line in enumerate(lines)]


def plan_bases(book: Book) -> list[str]:
    """The "Căn cứ" lines of the year's plan: the Party's Charter, the resolution of the cell's
    congress for its term (when the term is given), the superior committee's plan (when given)
    and every «Căn cứ» row of «Nội dung» citing no text later than the plan's day — what a plan
    rests on (seed 003), never the plan itself nor the review's rules."""
    info = book.info
    typed = typed_bases(book)
    said = " ".join(line.casefold() for line in typed)
    lines = []
    # a base the secretary typed in her own words stands instead of ours (seed 003 types all three)
    if "điều lệ đảng" not in said:
        lines.append("Căn cứ Điều lệ Đảng Cộng sản Việt Nam")
    if info["term"] and "nghị quyết đại hội" not in said:
        lines.append(f"Căn cứ Nghị quyết Đại hội {info['cell_name'] or 'chi bộ'} nhiệm kỳ "
                     f"{info['term']}")
    if info["superior_plan"]:
        lines.append(f"Căn cứ {info['superior_plan'].strip().rstrip(';,.')}")
    for line in typed:
        if cells.fold(line) not in {cells.fold(x) for x in lines}:
            lines.append(line)
    return punctuated(lines)


def report_bases(book: Book) -> list[str]:
    """The bases heading the annual report: the «Căn cứ» rows of «Nội dung», each ending «;»
    (the report's own opening «Căn cứ kết quả lãnh đạo …» follows them)."""
    return [line + ";" for line in typed_bases(book)]
