"""A format inspector for produced documents (DESIGN §6), reading them with python-docx.

`problems(path, ...)` returns a list of what is wrong, in words; tests assert it is empty.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Length

MM_TOLERANCE = 0.6


def _size(run, paragraph, document) -> float | None:
    for candidate in (run.font.size, paragraph.style.font.size if paragraph.style else None,
                      document.styles["Normal"].font.size):
        if candidate is not None:
            return Length(candidate).pt
    return None


def _bold(run, paragraph) -> bool:
    if run.bold is not None:
        return run.bold
    return bool(paragraph.style and paragraph.style.font.bold)


def _runs(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def cell_paragraphs(table):
    """(row, column, paragraph) of a table, every non-empty paragraph."""
    for ri, row in enumerate(table.rows):
        for ci, cell in enumerate(row.cells):
            for p in cell.paragraphs:
                if p.text.strip():
                    yield ri, ci, p


def header_lines(document) -> dict:
    """{"left": [paragraphs], "right": [paragraphs]} of the header table."""
    table = document.tables[0]
    out = {"left": [], "right": []}
    for _, ci, p in cell_paragraphs(table):
        out["left" if ci == 0 else "right"].append(p)
    return out


def problems(path, *, superior: str, cell: str, date_line: str, doc_type: str | None,
             number: str | None, sign_for: str | None, sign_name: str | None,
             recipients: bool = True) -> list[str]:
    """Everything in `path` that departs from the Party's format of DESIGN §6."""
    doc = Document(str(path))
    found = []
    section = doc.sections[0]
    # A4, portrait; a register wider than a portrait page (Mẫu 7-HSĐV) turns it
    wide = section.orientation == WD_ORIENT.LANDSCAPE
    for name, value, want in (("page width", section.page_width, 297 if wide else 210),
                              ("page height", section.page_height, 210 if wide else 297),
                              ("top margin", section.top_margin, 20),
                              ("bottom margin", section.bottom_margin, 20),
                              ("left margin", section.left_margin, 30),
                              ("right margin", section.right_margin, 15)):
        if abs(Length(value).mm - want) > MM_TOLERANCE:
            found.append(f"{name} {Length(value).mm:.1f} mm, want {want}")
    normal = doc.styles["Normal"].font
    if normal.name != "Times New Roman" or normal.size is None or normal.size.pt != 14:
        found.append(f"Normal style {normal.name} {normal.size.pt if normal.size else None}")
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.name not in (None, "Times New Roman"):
                found.append(f"run font {r.font.name}: {r.text[:30]!r}")
    head = header_lines(doc)
    left = [p.text.strip() for p in head["left"]]
    right = [p.text.strip() for p in head["right"]]
    if left[:3] != [superior.upper(), cell.upper(), "*"]:
        found.append(f"header left {left[:3]}")
    else:
        sizes = [_size(_runs(p)[0], p, doc) for p in head["left"][:2]]
        if sizes != [14, 14]:
            found.append(f"header left sizes {sizes}")
        if _bold(_runs(head["left"][0])[0], head["left"][0]):
            found.append("superior committee must not be bold")
        if not _bold(_runs(head["left"][1])[0], head["left"][1]):
            found.append("cell name must be bold")
    if number is not None and number not in left:
        found.append(f"number {number!r} not in {left}")
    if not right or right[0] != "ĐẢNG CỘNG SẢN VIỆT NAM":
        found.append(f"header right {right}")
    else:
        title = head["right"][0]
        run = _runs(title)[0]
        if not _bold(run, title) or _size(run, title, doc) != 15:
            found.append("ĐẢNG CỘNG SẢN VIỆT NAM must be bold 15")
        pPr = title._p.pPr
        border = pPr is not None and pPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr") is not None
        underline = any(r.underline for r in title.runs)
        if not (border or underline):
            found.append("no rule under ĐẢNG CỘNG SẢN VIỆT NAM")
    dates = [p for p in head["right"] if p.text.strip() == date_line]
    if not dates:
        found.append(f"date line {date_line!r} not in {right}")
    elif not all(r.italic for r in _runs(dates[0])) or _size(_runs(dates[0])[0], dates[0],
                                                              doc) != 14:
        found.append("date line must be italic 14")
    if doc_type:
        titles = [p for p in doc.paragraphs if p.text.strip() == doc_type]
        if not titles:
            found.append(f"no title {doc_type!r}")
        else:
            run = _runs(titles[0])[0]
            size = _size(run, titles[0], doc)
            if not _bold(run, titles[0]) or not 15 <= size <= 16:
                found.append(f"title {doc_type} must be bold 15–16 (size {size})")
    if sign_for:
        blocks = [t for t in doc.tables if any(p.text.strip() == sign_for
                                               for _, _, p in cell_paragraphs(t))]
        if not blocks:
            found.append(f"no signature block {sign_for!r}")
        else:
            paras = {p.text.strip(): p for _, _, p in cell_paragraphs(blocks[-1])}
            if not _bold(_runs(paras[sign_for])[0], paras[sign_for]):
                found.append("T/M line must be bold")
            if sign_name and (sign_name not in paras or not _bold(_runs(paras[sign_name])[0],
                                                                  paras[sign_name])):
                found.append(f"signer {sign_name!r} missing or not bold")
            if recipients:
                nn = paras.get("Nơi nhận:")
                if nn is None or not any(r.underline for r in nn.runs) or \
                        _bold(_runs(nn)[0], nn):
                    found.append("'Nơi nhận:' must be underlined, not bold")
                lines = [p for t, p in paras.items() if t.startswith("- ")]
                if not lines or not lines[-1].text.strip().startswith("- Lưu") or \
                        _size(_runs(lines[0])[0], lines[0], doc) != 12:
                    found.append("recipient lines must be size 12, the last '- Lưu …'")
    return found


def text_of(path) -> str:
    """All the text of a document, body and tables, one paragraph a line."""
    doc = Document(str(path))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def table_rows(path, first_header: str) -> list[list[str]]:
    """The rows (cell texts) of the first table whose first row starts with `first_header`."""
    doc = Document(str(path))
    for table in doc.tables:
        if table.rows and table.rows[0].cells[0].text.strip() == first_header:
            return [[c.text.strip() for c in row.cells] for row in table.rows]
    raise AssertionError(f"no table starting with {first_header!r}")
