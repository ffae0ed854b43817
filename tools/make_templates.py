"""Generate the Word report templates of chibo-xl into report_templates/.

Run from the repository root:  python tools/make_templates.py

The templates are docxtpl (Jinja inside .docx) files that school party secretaries open and edit in
Word, so they are built here with python-docx rather than drawn by hand: every document gets exactly
the Party's format (DESIGN §6) and the variable names of docs/template-context.md, and a format change
is one edit here followed by a re-run.

docxtpl rules this script respects (each one measured, breaking it corrupts or mis-renders a file):
- table rows repeat only through `{%tr for ... %}` / `{%tr endfor %}`, each alone in its own row;
- paragraph loops and conditions are `{%p ... %}`, each alone in its own paragraph;
- every Jinja tag is written inside one run (a tag split across runs is not recognised);
- two tables never touch: a paragraph always separates them, otherwise Word merges them.

The headings of the reports that may be absent, what makes them present (`show`) and how their
labels (`num`) are counted come from chibo_xl.documents.sections, the contract shared with the builder: the
reports print no dotted lines, an empty heading is left out and the remaining ones are renumbered.
The official forms and the minutes keep a fixed structure with dotted lines for handwriting.

Which templates exist comes from the registry of document kinds (chibo_xl.documents.kinds): every template a
kind names must have a builder, or this script stops. A builder is a function of BUILDERS below or,
for a new kind, a module tools/templates/<template>.py defining `build()` (it imports the helpers
with `from make_templates import ...` and ends with `return save(doc, "<template>")`), so two kinds
added at once never edit the same lines here.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from tools/
from chibo_xl.documents import kinds  # noqa: E402
from chibo_xl.documents.sections import SECTIONS  # noqa: E402
from chibo_xl.rules import rulebook  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "report_templates"

FONT = "Times New Roman"
TEXT_WIDTH_MM = 165          # A4 210 mm less the 30 mm left and 15 mm right margins
# Header columns: the left one as wide as the date line allows, so most cell names in bold 14
# ("CHI BỘ TRƯỜNG THCS HOÀ BÌNH", 82 mm) stay on one line; the right one holds the motto (73 mm)
# and date lines up to about 80 mm ("Giang Biên, ngày 03 tháng 12 năm 2020").
HEADER_COLS_MM = (84, 81)
SIGN_COLS_MM = (75, 90)
# Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman bold 15 pt (measured on the metric-compatible
# Liberation Serif): the rule under it is a paragraph border squeezed by indents to this width, which
# renders identically in Word and LibreOffice (an underline would cut through the dots under "Ệ").
PARTY_MOTTO_WIDTH_MM = 72.9
DOTS = "…" * 32              # one handwriting line: 32 × 14 pt fits the 165 mm line without wrapping

LEVELS = [  # the four quality levels, in the order of the official forms, with their `tick` keys
    ("htxs", "Hoàn thành xuất sắc nhiệm vụ"),
    ("htt", "Hoàn thành tốt nhiệm vụ"),
    ("ht", "Hoàn thành nhiệm vụ"),
    ("kht", "Không hoàn thành nhiệm vụ"),
]

# Paragraph styles (named, so a secretary can restyle every body paragraph at once in Word); the
# style ids stay ASCII, only the names Word shows are Vietnamese.
BODY, HEADING, CELL, SMALL = "CB Nội dung", "CB Đề mục", "CB Bảng", "CB Nơi nhận"
STYLE_IDS = {BODY: "CBNoiDung", HEADING: "CBDeMuc", CELL: "CBBang", SMALL: "CBNoiNhan"}

# ---------------------------------------------------------------------------------------------
# Low-level XML helpers (python-docx has no API for these)
# ---------------------------------------------------------------------------------------------
def _el(tag: str, **attrs) -> OxmlElement:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), str(value))
    return el


# Child order required by the OOXML schema: Word reports a file as damaged when it is not respected.
_ORDER = {
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
           "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
}


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _replace_child(parent, tag: str, new):
    """Put `new` in place of any `tag` child of `parent`, at the position the schema requires."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    order = _ORDER[_local(parent)].split()
    rank = order.index(_local(new))
    for child in parent:
        if _local(child) in order and order.index(_local(child)) > rank:
            child.addprevious(new)
            return new
    parent.append(new)
    return new


def _all_fonts(rpr, size_pt: float | None = None):
    """Times New Roman for every script slot: Word picks the eastAsia or cs slot for some Vietnamese
    letters, and a theme font there would show them in Calibri/Cambria."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = _el("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]  # drop the theme attributes, they would win over the explicit names
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(qn(f"w:{slot}"), FONT)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            _replace_child(rpr, tag, _el(tag, val=int(size_pt * 2)))
    _replace_child(rpr, "w:lang", _el("w:lang", val="vi-VN", eastAsia="en-US", bidi="ar-SA"))


def _mm_to_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


# ---------------------------------------------------------------------------------------------
# Document, styles, page setup, page numbers
# ---------------------------------------------------------------------------------------------
def new_document(title: str) -> Document:
    doc = Document()
    _set_styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    _page_numbers(section)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "chibo-xl", "chibo-xl"
    props.subject, props.keywords, props.comments, props.category = "", "", "", ""
    props.revision = 1
    return doc


def _set_styles(doc: Document):
    styles = doc.styles
    # Document defaults: Times New Roman 14 everywhere, no space after, single line.
    defaults = styles.element.find(qn("w:docDefaults"))
    _all_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), 14)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _replace_child(ppr, "w:spacing", _el("w:spacing", after=0, line=240, lineRule="auto"))

    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    _all_fonts(normal.element.get_or_add_rPr(), 14)
    normal.paragraph_format.space_after = Pt(0)

    def para_style(name, size=14, bold=False, indent=True, justify=True, exact=True, after=6):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = STYLE_IDS[name]
        st.base_style, st.quick_style = normal, True
        st.font.size, st.font.bold = Pt(size), bold
        pf = st.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if justify else WD_ALIGN_PARAGRAPH.LEFT
        pf.first_line_indent = Mm(10) if indent else Mm(0)
        if exact:
            pf.line_spacing_rule, pf.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(18)
        pf.space_before, pf.space_after = Pt(0), Pt(after)
        pf.widow_control = True
        return st

    para_style(BODY)
    heading = para_style(HEADING, bold=True)
    heading.paragraph_format.keep_with_next = True
    cell = para_style(CELL, size=13, indent=False, justify=False, exact=False, after=0)
    cell.paragraph_format.space_before = Pt(2)
    cell.paragraph_format.space_after = Pt(2)
    para_style(SMALL, size=12, indent=False, justify=False, exact=False, after=0)


def _page_numbers(section):
    """Centred PAGE field at the top from page 2: a different (empty) first-page header."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    first = section.first_page_header.paragraphs[0]
    first.text = ""
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        run = p.add_run()
        run.font.size = Pt(14)
        if kind:
            run._r.append(_el("w:fldChar", fldCharType=kind))
        elif text.strip() == "PAGE":
            instr = _el("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


# ---------------------------------------------------------------------------------------------
# Paragraph helpers
# ---------------------------------------------------------------------------------------------
def para(container, text: str = "", style: str = BODY, *, bold=None, italic=None, underline=None,
         size=None, align=None, indent_mm=None, before=None, after=None, keep_next=None,
         page_break_before=None):
    """One paragraph holding one run, so any Jinja tag in `text` stays inside a single run."""
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        if size:
            run.font.size = Pt(size)
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if indent_mm is not None:
        pf.first_line_indent = Mm(indent_mm)
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if keep_next is not None:
        pf.keep_with_next = keep_next
    if page_break_before:
        pf.page_break_before = True
    return p


def centred(container, text, **kw):
    kw.setdefault("style", BODY)
    return para(container, text, align=WD_ALIGN_PARAGRAPH.CENTER, indent_mm=0, **kw)


def tag(container, jinja: str):
    """A `{%p ... %}` paragraph: docxtpl replaces the whole paragraph by the Jinja statement."""
    return para(container, "{%p " + jinja + " %}", style=BODY, after=0)


def heading(container, text: str):
    return para(container, text, style=HEADING)


def lead(container, text: str):
    """A lead-in line inside a section ("* Thuận lợi:"), italic bold as the seeds do."""
    return para(container, text, style=HEADING, italic=True)


def paragraphs(container, list_expr: str, prefix: str = ""):
    """Each item of a list of strings as one body paragraph."""
    tag(container, f"for p in {list_expr}")
    para(container, prefix + "{{ p }}")
    tag(container, "endfor")


def sentence(container, expr: str, keep_next=None):
    """A computed sentence, printed only when not empty (so no blank indented line is left)."""
    tag(container, f"if {expr}")
    para(container, "{{ " + expr + " }}", keep_next=keep_next)
    tag(container, "endif")


def dotted(container, lines: int = 3, keep_next=None):
    """Lines of dots where the official form leaves room for handwriting."""
    for _ in range(lines):
        para(container, DOTS, indent_mm=0, align=WD_ALIGN_PARAGRAPH.LEFT, keep_next=keep_next)


def dotted_unless(container, exprs: list[str], lines: int = 3, keep_next=None):
    """Dots only when none of `exprs` has anything to print."""
    tag(container, "if not (" + " or ".join(exprs) + ")")
    dotted(container, lines, keep_next=keep_next)
    tag(container, "endif")


def title_block(doc, kind: str, subject_lines: list[str], subtitle: str | None = None):
    """Document type (bold capitals 16), subject (bold 14), optional italic subtitle, short rule."""
    centred(doc, kind, bold=True, size=16, before=12, after=0, keep_next=True)
    for line in subject_lines:
        centred(doc, line, bold=True, after=0, keep_next=True)
    if subtitle:
        centred(doc, subtitle, italic=True, after=0, keep_next=True)
    centred(doc, "-----", after=12)


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------
def _table(container, rows: int, widths_mm, borders: bool, cell_margin_mm: float):
    table = container.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # fixed layout: Word and LibreOffice both keep the widths given here
    tbl_pr = table._tbl.tblPr
    _replace_child(tbl_pr, "w:tblW", _el("w:tblW", w=_mm_to_twips(sum(widths_mm)), type="dxa"))
    value = "single" if borders else "nil"
    edges = _el("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edges.append(_el(f"w:{edge}", val=value, sz=4, space=0, color="auto") if borders
                     else _el(f"w:{edge}", val=value))
    _replace_child(tbl_pr, "w:tblBorders", edges)
    margins = _el("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_el(f"w:{side}", w=_mm_to_twips(cell_margin_mm), type="dxa"))
    _replace_child(tbl_pr, "w:tblCellMar", margins)
    for i, width in enumerate(widths_mm):
        table.columns[i].width = Mm(width)
        for cell in table.columns[i].cells:
            cell.width = Mm(width)
    return table


def layout_table(container, widths_mm, rows: int = 1):
    """Borderless table for the header and the signature block."""
    table = _table(container, rows, widths_mm, borders=False, cell_margin_mm=0)
    for row in table.rows:
        _row_props(row, cant_split=True)
    return table


def _row_props(row, header=False, cant_split=True):
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(_el("w:cantSplit"))
    if header:
        tr_pr.append(_el("w:tblHeader"))  # repeated at the top of each page


def _fill(cell, text: str, *, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """Put `text` in the cell's first paragraph; a "\\n" in `text` starts a new paragraph."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    first.style = cell.part.document.styles[CELL]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph(style=CELL)
        p.alignment = align
        if line:
            p.add_run(line).bold = bold
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


C, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


def data_table(doc, loop: str, columns: list[tuple[str, float, object, str]]):
    """A bordered table: bold centred header row repeated on each page, then one row per item.

    loop: "i in indicators" ; columns: (header, width mm, alignment, cell template).
    The `{%tr %}` tag rows are whole rows of their own, as docxtpl requires.
    """
    widths = [c[1] for c in columns]
    assert abs(sum(widths) - TEXT_WIDTH_MM) < 0.01, (loop, sum(widths))
    table = _table(doc, 4, widths, borders=True, cell_margin_mm=1)
    header, start, body, end = table.rows
    _row_props(header, header=True)
    for cell, (title, _w, _a, _t) in zip(header.cells, columns):
        _fill(cell, title, bold=True, align=C)
    _fill(start.cells[0], "{%tr for " + loop + " %}")
    _row_props(body)
    for cell, (_h, _w, align, template) in zip(body.cells, columns):
        _fill(cell, template, align=align)
    _fill(end.cells[0], "{%tr endfor %}")
    # The paragraph after a table keeps the next table apart and gives breathing space.
    para(doc, "", after=0)
    return table


def _tighten(table, size: float, header_size: float, row_mm: float):
    """Smaller text and 1 pt of space around each cell's lines, paragraph marks included (an
    empty cell's height is its mark's); body rows at least `row_mm` high, room to tick."""
    for i, row in enumerate(table.rows):
        points = Pt(header_size if i == 0 else size)
        if i:
            row._tr.get_or_add_trPr().append(_el("w:trHeight", val=_mm_to_twips(row_mm),
                                                 hRule="atLeast"))
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(1)
                mark = p._p.get_or_add_pPr()
                r_pr = mark.find(qn("w:rPr"))
                if r_pr is None:
                    r_pr = _el("w:rPr")
                    mark.append(r_pr)
                r_pr.append(_el("w:sz", val=int(points.pt * 2)))
                for run in p.runs:
                    run.font.size = points


def indicators_table(doc):
    data_table(doc, "i in indicators", [
        ("STT", 12, C, "{{ i.stt }}"),
        ("Lĩnh vực", 25, L, "{{ i.area }}"),
        ("Chỉ tiêu đề ra", 54, L, "{{ i.name }}: {{ i.target }}"),
        ("Kết quả đạt được", 40, L, "{{ i.result }}"),
        ("Đánh giá", 34, C, "{{ i.verdict }}"),
    ])


def targets_table(doc, list_name: str):
    data_table(doc, f"t in {list_name}", [
        ("STT", 12, C, "{{ t.stt }}"),
        ("Lĩnh vực", 38, L, "{{ t.area }}"),
        ("Chỉ tiêu", 80, L, "{{ t.name }}"),
        ("Mức phấn đấu", 35, C, "{{ t.target }}"),
    ])


def achievements_table(doc):
    data_table(doc, "a in achievements", [
        ("STT", 12, C, "{{ a.stt }}"),
        ("Đối tượng", 22, C, "{{ a.subject }}"),
        ("Tập thể, cá nhân", 38, L, "{{ a.name }}"),
        ("Danh hiệu, hình thức khen thưởng", 45, L, "{{ a.title }}"),
        ("Cấp", 26, C, "{{ a.level }}"),
        ("Số lượng", 22, C, "{{ a.count }}"),
    ])


def dist_table(doc):
    data_table(doc, "d in dist", [
        ("Mức xếp loại chất lượng", 95, L, "{{ d.level }}"),
        ("Số lượng", 35, C, "{{ d.count }}"),
        ("Tỷ lệ", 35, C, "{{ d.pct }}"),
    ])


def months_table(doc):
    data_table(doc, "m in months", [
        ("Tháng", 22, C, "{{ m.month }}"),
        ("Nội dung hoạt động", 103, L, "{{ m.activities }}"),
        ("Người phụ trách", 40, L, "{{ m.owner }}"),
    ])


def term_tables() -> dict:
    """The term report's tables (seed 001): year by year, targets of the term, the chi ủy."""
    def years_members(doc):
        data_table(doc, "y in years_members", [
            ("Năm", 25, C, "{{ y.year }}"), ("Đầu năm", 20, C, "{{ y.start }}"),
            ("Kết nạp", 20, C, "{{ y.admitted }}"), ("Chuyển đến", 20, C, "{{ y.moved_in }}"),
            ("Ra khỏi chi bộ", 20, C, "{{ y.left }}"), ("Cuối năm", 20, C, "{{ y.end }}"),
            ("Chính thức", 20, C, "{{ y.official }}"), ("Dự bị", 20, C, "{{ y.probationary }}")])

    def years_ratings(doc):
        data_table(doc, "y in years_ratings", [
            ("Năm", 20, C, "{{ y.year }}"), ("Được xếp loại", 20, C, "{{ y.rated }}"),
            ("HTXSNV", 24, C, "{{ y.htxsnv }}"), ("HTTNV", 22, C, "{{ y.httnv }}"),
            ("HTNV", 18, C, "{{ y.htnv }}"), ("KHTNV", 22, C, "{{ y.khtnv }}"),
            ("Chi bộ tự xếp loại", 39, C, "{{ y.cell_level }}")])

    def years_activity(doc):
        data_table(doc, "y in years_activity", [
            ("Năm", 25, C, "{{ y.year }}"), ("Sinh hoạt thường kỳ", 24, C, "{{ y.regular }}"),
            ("Sinh hoạt chuyên đề", 24, C, "{{ y.thematic }}"),
            ("Tỷ lệ dự sinh hoạt", 24, C, "{{ y.attendance }}"),
            ("Đảng viên được giám sát", 24, C, "{{ y.supervised }}"),
            ("Biểu hiện phát hiện", 22, C, "{{ y.found }}"),
            ("Đã khắc phục", 22, C, "{{ y.remedied }}")])

    def term_targets(doc):
        # seed 001: «Chỉ tiêu đề ra» beside «Kết quả đạt được», the verdict in the result
        data_table(doc, "i in term_targets", [
            ("STT", 12, C, "{{ i.stt }}"), ("Chỉ tiêu đề ra", 70, L, "{{ i.goal }}"),
            ("Kết quả đạt được", 83, L, "{{ i.achieved }}")])

    def achievements_by_year(doc):
        data_table(doc, "a in achievements_by_year", [
            ("Năm học", 25, C, "{{ a.school_year }}"), ("Tập thể, cá nhân", 40, L, "{{ a.name }}"),
            ("Danh hiệu, giải thưởng", 50, L, "{{ a.title }}"), ("Cấp", 28, C, "{{ a.level }}"),
            ("Số lượng", 22, C, "{{ a.count }}")])

    def committee(doc):
        data_table(doc, "c in committee", [
            ("STT", 12, C, "{{ c.stt }}"), ("Họ và tên", 50, L, "{{ c.name }}"),
            ("Chức vụ", 33, C, "{{ c.post }}"), ("Xếp loại các năm", 70, L, "{{ c.levels }}")])

    def next_term_targets(doc):
        targets_table(doc, "next_term_targets")

    return {f.__name__: f for f in (years_members, years_ratings, years_activity, term_targets,
                                    achievements_by_year, committee, next_term_targets)}


def supervision_table(doc):
    data_table(doc, "g in supervision", [
        ("STT", 11, C, "{{ g.stt }}"),
        ("Đảng viên được giám sát", 34, L, "{{ g.name }}"),
        ("Hình thức", 22, C, "{{ g.form }}"),
        ("Nội dung", 44, L, "{{ g.content }}"),
        ("Thời gian", 20, C, "{{ g.period }}"),
        ("Kết quả", 34, L, "{{ g.result }}"),
    ])


TABLES = {  # the list contents of chibo_xl.documents.sections and the table printing each
    **term_tables(),
    "supervision": supervision_table,
    "indicators": indicators_table,
    "achievements": achievements_table,
    "targets": lambda doc: targets_table(doc, "targets"),
    "next_targets": lambda doc: targets_table(doc, "next_targets"),
    "months": months_table,
}


# ---------------------------------------------------------------------------------------------
# Blocks shared by the documents
# ---------------------------------------------------------------------------------------------
def party_header(doc, number: bool = True):
    """Two borderless columns: issuing committee left, party motto and date right.

    Two rows, so that the number line and the date line stand on the same line as in the official
    layout, however many lines the committee names take.
    """
    table = layout_table(doc, HEADER_COLS_MM, rows=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].style = doc.styles["Normal"]
    left.paragraphs[0].alignment = C
    left.paragraphs[0].add_run("{{ hdr_superior }}")
    centred(left, "{{ hdr_cell }}", style="Normal", bold=True)
    centred(left, "*", style="Normal")

    motto = right.paragraphs[0]
    motto.style, motto.alignment = doc.styles["Normal"], C
    run = motto.add_run("ĐẢNG CỘNG SẢN VIỆT NAM")
    run.bold, run.font.size = True, Pt(15)
    inset = (HEADER_COLS_MM[1] - PARTY_MOTTO_WIDTH_MM) / 2 - 1  # 1 mm slack: exact fit wraps the line
    motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = Mm(inset)
    borders = _el("w:pBdr")
    borders.append(_el("w:bottom", val="single", sz=6, space=1, color="auto"))
    _replace_child(motto._p.get_or_add_pPr(), "w:pBdr", borders)

    num_cell, date_cell = table.cell(1, 0), table.cell(1, 1)
    for cell in (num_cell, date_cell):
        cell.paragraphs[0].style = doc.styles["Normal"]
        cell.paragraphs[0].alignment = C
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)
    if number:
        num_cell.paragraphs[0].add_run("{{ doc_number }}")
    date_cell.paragraphs[0].add_run("{{ date_line }}").italic = True


def _keep_with_signature(doc):
    """The signature never stands alone on a page: the paragraph before it travels with it."""
    last = doc.paragraphs[-1]
    assert "{%p" not in last.text, "a tag paragraph disappears at rendering: it cannot hold the block"
    last.paragraph_format.keep_with_next = True


def signature(doc, signing_lines: int = 4):
    """"Nơi nhận:" with the recipients on the left; the signer on the right, `signing_lines`
    empty lines above the name for the signature and seal."""
    _keep_with_signature(doc)
    table = layout_table(doc, SIGN_COLS_MM)
    left, right = table.cell(0, 0), table.cell(0, 1)
    p = left.paragraphs[0]
    p.style = doc.styles["Normal"]
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Nơi nhận:").underline = True
    para(left, "{%p for r in recipients %}", style=SMALL)
    para(left, "{{ r }}", style=SMALL)
    para(left, "{%p endfor %}", style=SMALL)
    _signer(right, "{{ sign_for }}", "{{ sign_title }}", "{{ sign_name }}", lines=signing_lines)


def _signer(cell, role: str, post: str | None, name: str, note: str | None = None, lines: int = 4):
    """Centred signer: role in bold capitals, post, `lines` of room to sign, full name in bold."""
    first = cell.paragraphs[0]
    first.style, first.alignment = cell.part.document.styles["Normal"], C
    first.paragraph_format.space_before = Pt(6)
    first.add_run(role).bold = True
    if post:
        centred(cell, post, style="Normal")
    if note:
        centred(cell, note, style="Normal", italic=True)
    for _ in range(lines):
        centred(cell, "", style="Normal")
    centred(cell, name, style="Normal", bold=True)


def two_signers(doc, left: tuple[str, str], right: tuple[str, str]):
    """Minutes are signed side by side by the clerk (left) and the chair (right)."""
    _keep_with_signature(doc)
    table = layout_table(doc, (82.5, 82.5))
    _signer(table.cell(0, 0), left[0], None, left[1])
    _signer(table.cell(0, 1), right[0], None, right[1])


def content(doc, item, doc_name: str | None = None):
    """Print one content of a section (see chibo_xl.documents.sections); `doc_name` resolves "group.NAME"."""
    if isinstance(item, tuple):
        lead_text, inner = item
        tag(doc, f"if {_cond(inner)}")
        if inner in TABLES and inner not in ("indicators", "achievements"):
            para(doc, lead_text, keep_next=True)  # "Chi bộ phấn đấu …:" reads as a sentence
        else:
            lead(doc, lead_text)
        content(doc, inner, doc_name)
        tag(doc, "endif")
    elif item.startswith("group."):
        numbered_sections(doc, doc_name, item[len("group."):])
    elif item.startswith("text."):
        paragraphs(doc, item)
    elif item.startswith("s."):
        sentence(doc, item)
    elif item == "manifest":
        tag(doc, "if s.manifest")
        para(doc, "{{ s.manifest }}")
        paragraphs(doc, "manifest_left", prefix="- ")
        tag(doc, "endif")
    elif item in TABLES:
        TABLES[item](doc)
    else:
        raise ValueError(item)


def _cond(item) -> str:
    if isinstance(item, tuple):
        item = item[1]
    return "s.manifest" if item == "manifest" else item


def numbered_sections(doc, doc_name: str, group: str):
    """The headings of one group: `{%p if show.KEY %}` `{{ num.KEY }} title`, contents, `endif`.

    Tables are always inside a condition on their list (a section may hold other contents), so an
    empty list never leaves a bare header row.
    """
    _style, items = SECTIONS[doc_name][group]
    _emitted.setdefault(doc_name, set()).add(group)
    for key, title, contents in items:
        tag(doc, f"if show.{key}")
        heading(doc, "{{ num." + key + " }} " + title)
        for item in contents:
            if item in TABLES:
                tag(doc, f"if {item}")
                content(doc, item, doc_name)
                tag(doc, "endif")
            else:
                content(doc, item, doc_name)
        tag(doc, "endif")


_emitted: dict[str, set] = {}  # groups written per document, to check that none of SECTIONS is forgotten


def tick_lines(doc, keep_next=None):
    for key, label in LEVELS:
        para(doc, "{{ tick." + key + " }} " + label, keep_next=keep_next)


_STYLE_REFS = ("pStyle", "rStyle", "tblStyle")


def slim(doc) -> None:
    """Drop what python-docx's default template carries and no document of ours uses.

    That template holds ~800 KB of XML (styles.xml with every latent style, a Word 2010
    stylesWithEffects.xml copy, a thumbnail) that every build parses and writes back for each
    of its ~40 documents; without it a document loads and saves several times faster.
    """
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rid)
    package_rels = doc.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rid]
    styles = doc.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    xml = [doc.element.xml] + [rel.target_part.blob.decode("utf-8") if rel.target_part.blob
                               else "" for rel in doc.part.rels.values()
                               if rel.reltype.endswith(("/header", "/footer", "/numbering"))]
    used = set()
    for text in xml:
        for tag in _STYLE_REFS:
            used.update(re.findall(rf'<w:{tag} w:val="([^"]+)"', text))
    by_id = {el.get(qn("w:styleId")): el for el in styles.findall(qn("w:style"))}
    used.update(i for i, el in by_id.items() if el.get(qn("w:default")) == "1")
    used.update(STYLE_IDS.values())            # our named styles stay, for the secretary to use
    pending = list(used)
    while pending:                             # keep what the kept styles are based on
        el = by_id.get(pending.pop())
        if el is None:
            continue
        for tag in ("basedOn", "next", "link"):
            ref = el.find(qn(f"w:{tag}"))
            if ref is not None and ref.get(qn("w:val")) not in used:
                used.add(ref.get(qn("w:val")))
                pending.append(ref.get(qn("w:val")))
    for style_id, el in by_id.items():
        if style_id not in used:
            styles.remove(el)


#: the date a template carries (core properties, zip entries): fixed, so regenerating the
#: templates from unchanged sources gives byte-identical files
TEMPLATE_DATE = dt.datetime(2026, 1, 1)


def _settings(doc) -> None:
    """ECMA-376 §17.15.1.94: CT_Zoom requires w:percent; python-docx's default omits it."""
    zoom = doc.settings.element.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")


def save(doc, name: str):
    from chibo_xl.files.outputs import stable_package

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.docx"
    slim(doc)
    _settings(doc)
    props = doc.core_properties
    props.created = props.modified = TEMPLATE_DATE
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(stable_package(buffer.getvalue(), TEMPLATE_DATE))
    return path


# ---------------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------------
# The review forms, one edition per period of chibo_xl.rules.PERIODS (its `Forms`: which code
# each member gets, the edition that names the templates).
#
# Sources. Hướng dẫn 43-HD/BTCTW (31/10/2025), edition 2025: the forms as quoted in the public
# repository tnt305/tai_lieu_noi_bo, src/etl/dataset (copies of thuvienphapluat pages): Mẫu 01
# def39ec53f5254b0.md, Mẫu 02B 2268db57654c8d23.md, Mẫu 02C e1e9d8b1f2ec7c8b.md; the leaders' items
# of Quy định 366-QĐ/TW Điều 6 66efb764f9867500.md. No published text of Mẫu 02A-HD KĐ.ĐG 2025 was
# found (searched again for issue 12: "Mẫu 02A-HD KĐ.ĐG", "Mẫu 2A" in that repository and the
# pages/code corpora): it is Mẫu 02B's text with the leaders' items of Điều 6 and the leaders'
# subtitle, without 02B's lead-in of part B.I (which names Phụ lục 4, the framework of members who
# are not leaders).
#
# Hướng dẫn 25-HD/BTCTW (10/11/2023), edition 2023, and Hướng dẫn 21-HD/BTCTW (18/10/2019),
# edition 2019: their forms are built by tools/older_forms.py, from a faithful copy of their
# outline and wording (its docstring and ../notes/research-22.md say what was found and where);
# mau_01 and mau_02 below are the 2025 edition's.
NEWEST = rulebook.PERIODS[-1].forms.edition


def _forms(edition: str) -> rulebook.Forms:
    return next(p.forms for p in rulebook.PERIODS if p.forms.edition == edition)


def _scored(edition: str) -> bool:
    return next(p.scored for p in rulebook.PERIODS if p.forms.edition == edition)


def form_code(doc, label: str):
    """The form's code above its header, right-aligned, as the annexed forms print it."""
    para(doc, label, style="Normal", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)


#: Mẫu 01 (Hướng dẫn 43-HD/BTCTW), items of A.I word for word (…/def39ec53f5254b0.md), the same
#: wording as Quy định 366-QĐ/TW Điều 6 §1 (…/66efb764f9867500.md).
M01_ITEMS = (
    "1. Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện "
    "quy chế làm việc.",
    "2. Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội nhiệm kỳ, kế "
    "hoạch, chương trình công tác năm, được cấp có thẩm quyền giao, phê duyệt và các nhiệm vụ phát sinh, "
    "đột xuất được cấp có thẩm quyền giao.",
    "3. Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; xây dựng tổ chức bộ máy tinh gọn, hoạt "
    "động hiệu năng, hiệu lực, hiệu quả; tinh giản biên chế gắn với cải cách hành chính và chuyển đổi số; "
    "năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; "
    "công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện "
    "suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ "
    "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm soát quyền "
    "lực, phòng, chống chạy chức, chạy quyền, lợi ích nhóm; xây dựng và thực hiện cơ chế công khai, minh "
    "bạch trong công tác cán bộ; công tác kiểm tra, giám sát, kỷ luật đảng và công tác tiếp công dân, giải "
    "quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.",
    "4. Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện các chủ trương, đường lối, "
    "nghị quyết, văn bản chỉ đạo của Đảng, của cấp trên; thực hiện nhiệm vụ chính trị của địa phương, tổ "
    "chức, cơ quan, đơn vị.",
)
M01_CRITERIA_LEAD = ("Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với tập thể được quy định tại Phụ lục "
                     "1, Quy định số 366-QĐ/TW, các tập thể tự đánh giá, chấm điểm theo các tiêu chí được cụ "
                     "thể hóa như sau:")
#: Mẫu 01's opening (…/def39ec53f5254b0.md), its blanks filled: the unit, the collective
M01_OPENING = ("Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại {% if school %}{{ school }}"
               "{% else %}địa phương (cơ quan, đơn vị){% endif %}; tập thể {{ cell_name }} kiểm điểm, tự đánh "
               "giá, xếp loại chất lượng với các nội dung chủ yếu sau:")
#: Mẫu 01's own guidance lines under A.III, A.IV and A.V (…/def39ec53f5254b0.md).
M01_GUIDE = {
    "III": "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa "
           "được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của tập thể, cá nhân có liên quan.",
    "IV": "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của tập thể, cá "
          "nhân đối với từng vấn đề được gợi ý kiểm điểm.",
    "V": "Về hạn chế, khuyết điểm trong thực hiện nhiệm vụ hoặc khi có dấu hiệu vi phạm; để xảy ra những vấn "
         "đề bức xúc, phức tạp, dư luận quan tâm; có đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội "
         "bộ; vi phạm nguyên tắc, quy định của Đảng; biểu hiện \"lợi ích nhóm\", tham nhũng, lãng phí, tiêu "
         "cực, suy thoái, \"tự diễn biến\", \"tự chuyển hoá\"; để tập thể, cá nhân thuộc quyền quản lý bị kỷ "
         "luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.",
}
#: The attachment line closing Mẫu 01 (with its full stop) and Mẫu 02B (without one).
ATTACHMENT = ("(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất "
              "lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng).")
ATTACHMENT_02 = ATTACHMENT[:-1]


def mau_01(edition: str = NEWEST):
    """Mẫu 01: the collective self-review of the cell, with appendix, in `edition` (see above).

    Headings, items and guidance lines word for word from the Mẫu 01 annexed to Hướng dẫn
    43-HD/BTCTW (31/10/2025); the editions before 2025 keep that text without the score lines.
    """
    scored = _scored(edition)
    doc = new_document("Mẫu 01 - Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể")
    if edition == NEWEST:
        form_code(doc, _forms(edition).label("01"))
    party_header(doc)
    # the form's title «Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể năm …»
    # (…/275610809ee1e911.md; HD 43 §7.12's list, …/010a456b98ee223c.md), the collective named
    title_block(doc, "BÁO CÁO", ["Kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể",
                                 "{{ cell_name }} năm {{ year }}"])
    # the form's opening word for word (…/def39ec53f5254b0.md, …/275610809ee1e911.md): «… tại địa
    # phương (cơ quan, đơn vị); tập thể...... kiểm điểm …» — its two blanks filled as a secretary
    # fills them, with the unit (the school) and the collective; the form's words stay where the
    # workbook has no school
    para(doc, M01_OPENING)

    heading(doc, "A. NỘI DUNG KIỂM ĐIỂM")
    heading(doc, "I. Ưu điểm, kết quả đạt được")
    heading(doc, M01_ITEMS[0])
    sentence(doc, "s.meetings")
    dotted_unless(doc, ["s.meetings"])
    heading(doc, M01_ITEMS[1])
    paragraphs(doc, "text.nhiem_vu_chinh_tri")
    tag(doc, "if indicators")   # the table itself is the appendix's: the results of tasks
    para(doc, "Kết quả thực hiện các chỉ tiêu năm {{ year }}: chi tiết tại Phụ lục.")
    tag(doc, "endif")
    dotted_unless(doc, ["text.nhiem_vu_chinh_tri", "indicators"])
    heading(doc, M01_ITEMS[2])
    built = ["text.chinh_tri_tu_tuong", "text.xay_dung_dang", "text.chinh_quyen_doan_the",
             "text.kiem_tra_giam_sat", "text.hoc_tap_lam_theo_bac", "s.development", "s.supervision",
             ("Kết quả giám sát đảng viên:", "supervision")]
    for item in built:
        content(doc, item)
    dotted_unless(doc, [_cond(item) for item in built])
    heading(doc, M01_ITEMS[3])
    paragraphs(doc, "text.uu_diem")
    dotted_unless(doc, ["text.uu_diem"])

    heading(doc, "II. Hạn chế, khuyết điểm và nguyên nhân")
    para(doc, "- Hạn chế, khuyết điểm.", keep_next=True)
    paragraphs(doc, "text.han_che")
    dotted_unless(doc, ["text.han_che"], 2)
    para(doc, "- Nguyên nhân của hạn chế, khuyết điểm.", keep_next=True)
    paragraphs(doc, "text.nguyen_nhan")
    dotted_unless(doc, ["text.nguyen_nhan"], 2)
    heading(doc, "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận "
                 "hoặc được chỉ ra ở các kỳ kiểm điểm trước")
    para(doc, M01_GUIDE["III"], italic=True)
    content(doc, "manifest")
    dotted_unless(doc, ["s.manifest"])
    heading(doc, "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
    para(doc, M01_GUIDE["IV"], italic=True)
    dotted(doc, 2)
    heading(doc, "V. Trách nhiệm của tập thể, cá nhân")
    para(doc, M01_GUIDE["V"], italic=True)
    dotted(doc, 2)
    heading(doc, "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
    paragraphs(doc, "text.giai_phap")
    dotted_unless(doc, ["text.giai_phap"])

    # Part B is kept with the signature, so the page before the appendix never holds the
    # attachment line and the signature alone (see mau_02).
    heading(doc, "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI")
    heading(doc, "I. Đánh giá theo các nhóm tiêu chí")
    if scored:
        para(doc, M01_CRITERIA_LEAD, keep_next=True)
        para(doc, "1. Nhóm tiêu chí chung: {{ cell_score.common }}/30 điểm.", keep_next=True)
        para(doc, "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: {{ cell_score.task }}/70 điểm.",
             keep_next=True)
        para(doc, "Tổng điểm: {{ cell_score.total }}/100 điểm.", bold=True, keep_next=True)
    else:
        dotted(doc, 2, keep_next=True)  # no 100-point score before Quy định 366
    sentence(doc, "s.unit_basis")   # the unit is rated first (QĐ 366 Điều 3): the cell's basis
    heading(doc, "II. Đề xuất xếp loại mức chất lượng")
    tick_lines(doc, keep_next=True)
    para(doc, ATTACHMENT, italic=True)
    signature(doc)

    # The appendix the form's closing line names: «Phụ lục về kết quả thực hiện nhiệm vụ trong đó
    # thể hiện sản phẩm tiến độ, chất lượng cụ thể» — the results of the cell's tasks (the
    # indicators with their verdict, its own task rates, the titles won), not the members' ratings
    # (those are the review minutes' and the vote count's).
    centred(doc, "PHỤ LỤC", bold=True, page_break_before=True, after=0)
    centred(doc, "Kết quả thực hiện nhiệm vụ năm {{ year }}", bold=True, after=0)
    centred(doc, "(Kèm theo Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể "
                 "{{ cell_name }} năm {{ year }})", italic=True, after=12)
    heading(doc, "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ")
    tag(doc, "if indicators")
    indicators_table(doc)
    tag(doc, "endif")
    dotted_unless(doc, ["indicators"])
    heading(doc, "2. Tiến độ, chất lượng thực hiện nhiệm vụ")
    paragraphs(doc, "cell_tasks")
    dotted_unless(doc, ["cell_tasks"], 2)
    tag(doc, "if achievements")
    heading(doc, "3. Sản phẩm, thành tích của tập thể và cá nhân")
    achievements_table(doc)
    tag(doc, "endif")
    return save(doc, _forms(edition).template("01"))


#: Whom each 2025 form is for, as its subtitle (Mẫu 02B …/2268db57654c8d23.md, 02C
#: …/e1e9d8b1f2ec7c8b.md, 02A by Hướng dẫn 43 §2.1 b, …/36b730574106d715.md).
FORM_02 = {
    "a": "(Dùng cho cán bộ, đảng viên giữ chức vụ lãnh đạo, quản lý)",
    "b": "(Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý)",
    "c": "(Đảng viên không làm việc trong hệ thống chính trị)",
}
#: The 2023 forms (Hướng dẫn 25): 02B's subtitle as acchcm.vn quotes it; 02A's after it, with the
#: "không" of thuvienphapluat.vn's description of 02A (no copy of 02A's own line was found).
FORM_02_2023 = {
    "a": "(Cá nhân không giữ chức lãnh đạo, quản lý)",
    "b": "(Cá nhân giữ chức lãnh đạo, quản lý)",
}


#: The items a leader reviews besides items 1-3 (Quy định 366-QĐ/TW Điều 6 §2 (ii), quoted in
#: tnt305/tai_lieu_noi_bo src/etl/dataset/66efb764f9867500.md), numbered on after item 3.
LEADER_ITEMS = (
    "4. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ "
    "hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc "
    "quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.",
    "5. Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói "
    "đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh "
    "lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, "
    "phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ "
    "đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về "
    "mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư "
    "nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
    "6. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, "
    "tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát "
    "dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.",
)
#: Lead-in of part B.I, as printed in Mẫu 02B (…/2268db57654c8d23.md) and 02C (…/e1e9d8b1f2ec7c8b.md).
FORM_02_LEAD = {
    "b": "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý "
         "được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí "
         "được cụ thể hóa như sau:",
    "c": "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với đảng viên không làm việc trong hệ thống chính "
         "trị được quy định tại Phụ lục 5, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu "
         "chí được cụ thể hóa như sau:",
}


def mau_02(variant: str, edition: str = NEWEST):
    """Mẫu 02A/02B/02C (one Mẫu 02 in edition 2019): a member's own review form, pre-filled; prose
    left for handwriting. `variant` is the code's letter ("" for the single 2019 form).

    Headings and items word for word from the Mẫu 02B/02C annexed to Hướng dẫn 43-HD/BTCTW; 02A
    adds the leaders' items of Quy định 366-QĐ/TW Điều 6 (LEADER_ITEMS). The editions before 2025
    (see the sources above) print their own code, title and personal lines and keep that text
    without the score lines; their leaders' form (02B-2023, and Mẫu 02-2019 for a leader) keeps
    the leaders' items.
    """
    code = f"02{variant.upper()}"
    newest = edition == NEWEST
    # the form of leaders in this edition: 02A from 2025, 02B in 2023, the one Mẫu 02 when leading
    leaders_form = {"2025": "a", "2023": "b"}.get(edition)
    leading = variant == leaders_form or edition == "2019"
    doc = new_document(f"Mẫu {code} - Bản kiểm điểm, tự đánh giá, xếp loại cá nhân" if newest
                       else f"Mẫu {code} - Bản kiểm điểm cá nhân")
    form_code(doc, _forms(edition).label(code))
    party_header(doc, number=False)
    if newest:
        title_block(doc, "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN", ["Năm {{ year }}"],
                    subtitle=FORM_02[variant])
    else:
        title_block(doc, "BẢN KIỂM ĐIỂM CÁ NHÂN", ["Năm {{ year }}"], subtitle=FORM_02_2023.get(variant))
    para(doc, "Họ và tên: {{ mb.name }}          Ngày sinh: {{ mb.dob }}", indent_mm=0)
    if not newest:
        # 02B-2023 as acchcm.vn and lawnet.vn copy it; the 2019 form has no published head
        para(doc, "Chức vụ Đảng: {{ mb.party_post }}", indent_mm=0)
        para(doc, "Chức vụ chính quyền: {{ mb.post }}", indent_mm=0)
        para(doc, "Chức vụ đoàn thể: ……………………………………", indent_mm=0)
    elif variant == "a":
        # 02A: no published copy; the leaders' form keeps its «Chức vụ» line. 02B (…/2268db57654c8d23.md,
        # …/22391ac028e0764d.md) has none: «Họ và tên … Ngày sinh … Đơn vị công tác … Chi bộ …»
        para(doc, "Chức vụ: {{ mb.post }}", indent_mm=0)
    # every published copy of Mẫu 02C prints «Đơn vị công tác», as 02B does (…/08d18a481c470b2e.md,
    # …/4757b5a9030d86a6.md, …/d821647f55075e98.md, …/e1e9d8b1f2ec7c8b.md), never «Nơi cư trú»
    para(doc, "Đơn vị công tác: {{ mb.unit }}", indent_mm=0)
    para(doc, "Chi bộ: {{ mb.cell }}", indent_mm=0, after=12)

    heading(doc, "A. NỘI DUNG KIỂM ĐIỂM")
    heading(doc, "I. Ưu điểm, kết quả đạt được")
    heading(doc, "1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, "
                 "trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối "
                 "làm việc. Liên hệ các biểu hiện về suy thoái, “tự diễn biến”, “tự chuyển hoá”.")
    dotted(doc)
    if variant == "c":
        heading(doc, "2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp "
                     "uỷ, chi bộ phân công.")
    else:
        heading(doc, "2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được "
                     "giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.")
    dotted(doc)
    heading(doc, "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.")
    dotted(doc)
    if leading:
        if edition == "2019":
            tag(doc, "if mb.leader")  # the one form of 2019: the leaders' items for leaders only
        for item in LEADER_ITEMS:
            heading(doc, item)
            dotted(doc)
        if edition == "2019":
            tag(doc, "endif")
    heading(doc, "II. Hạn chế, khuyết điểm và nguyên nhân")
    para(doc, "1. Hạn chế, khuyết điểm.", keep_next=True)  # never alone at a page's foot
    dotted(doc, 2)
    para(doc, "2. Nguyên nhân của hạn chế, khuyết điểm.", keep_next=True)
    dotted(doc, 2)
    heading(doc, "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận "
                 "hoặc được chỉ ra ở các kỳ kiểm điểm trước")
    para(doc, "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; "
              "chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.", italic=True)
    dotted(doc)
    heading(doc, "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
    para(doc, "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân "
              "đối với từng vấn đề được gợi ý kiểm điểm.", italic=True)
    dotted(doc, 2)
    heading(doc, "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)")
    dotted(doc, 2)
    heading(doc, "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
    dotted(doc)

    # Part B is kept with the signature: where it does not fit under part A (the leaders' form,
    # with its three long items) Word moves all of it to the last page; LibreOffice may still
    # split it between its score lines, but the level and the signature never stand alone.
    heading(doc, "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI")
    heading(doc, "I. Đánh giá theo các nhóm tiêu chí")
    if _scored(edition):
        if variant in FORM_02_LEAD:
            para(doc, FORM_02_LEAD[variant], keep_next=True)
        para(doc, "1. Nhóm tiêu chí chung: {{ mb.score_common }}/30 điểm.", keep_next=True)
        para(doc, "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: {{ mb.score_task }}/70 điểm.", keep_next=True)
        para(doc, "Tổng điểm: {{ mb.score_total }}/100 điểm.", bold=True, keep_next=True)
    else:
        dotted(doc, 2, keep_next=True)  # no 100-point score before Quy định 366
    heading(doc, "II. Đề xuất xếp loại mức chất lượng")
    tick_lines(doc, keep_next=True)  # the proposed level and the member's signature stay together
    if variant != "c":
        # Mẫu 02B's closing line (…/2268db57654c8d23.md); 02A follows 02B, 02C has none
        para(doc, ATTACHMENT_02, italic=True, keep_next=True)
    para(doc, "", after=6)
    _keep_with_signature(doc)
    table = layout_table(doc, SIGN_COLS_MM)
    _signer(table.cell(0, 1), "NGƯỜI TỰ KIỂM ĐIỂM", None, "{{ mb.name }}", note="(Ký, ghi rõ họ tên)")
    return save(doc, _forms(edition).template(code))


def phieu_bieu_quyet():
    """Secret ballot: one line a member, four empty tick columns; no signature (it is secret)."""
    doc = new_document("Phiếu biểu quyết đánh giá, xếp loại chất lượng đảng viên")
    party_header(doc, number=False)
    title_block(doc, "PHIẾU BIỂU QUYẾT", ["Đánh giá, xếp loại chất lượng đảng viên năm {{ year }}"])
    centred(doc, "(Đánh dấu X vào ô tương ứng)", italic=True, after=6)
    # 12 pt, tight rows and a self-level column wide enough for one line: 30 members fit in two
    # pages (the header row repeats on the second), where 13 pt with two-line cells took three.
    table = data_table(doc, "b in ballot", [
        ("STT", 10, C, "{{ b.stt }}"),
        ("Họ và tên", 47, L, "{{ b.name }}"),
        ("Đảng viên tự xếp loại", 52, C, "{{ b.self_level }}"),
    ] + [(label, 14, C, "") for _key, label in LEVELS])
    _tighten(table, size=12, header_size=11, row_mm=7)
    para(doc, "Ghi chú: Với mỗi đảng viên, chỉ đánh dấu X vào một trong bốn mức xếp loại; phiếu đánh dấu "
              "nhiều hơn một mức cho cùng một đảng viên thì không tính cho đảng viên đó.", italic=True)
    return save(doc, "phieu_bieu_quyet")


def bien_ban_kiem_phieu():
    """Vote-count record: committee with roles, attendance, ballots, votes per member and level,
    totals per level, and a signature line for each member of the committee.

    Percentages are over the official members present (probationary members do not vote, Điều lệ
    Đảng) and the four of a member add up to exactly 100% (largest remainder, chibo_xl.rules).
    """
    doc = new_document("Biên bản kiểm phiếu đánh giá, xếp loại chất lượng đảng viên")
    party_header(doc)
    title_block(doc, "BIÊN BẢN", ["Kiểm phiếu biểu quyết đánh giá, xếp loại chất lượng đảng viên",
                                  "năm {{ year }}"])
    para(doc, "Hôm nay, {{ meeting_date }}, {% if school %}tại {{ school }}, {% endif %}{{ cell_name }} tổ chức biểu quyết bằng phiếu "
              "kín đánh giá, xếp loại chất lượng đảng viên năm {{ year }}.")
    counting_open(doc)
    para(doc, "- Kết quả biểu quyết đối với từng đảng viên (mỗi ô ghi số phiếu và tỷ lệ so với số đảng viên "
              "chính thức dự họp):", keep_next=True)
    # Number above percentage in one cell: two sub-columns per level would not fit 165 mm at 13 pt.
    data_table(doc, "v in votes", [
        ("STT", 11, C, "{{ v.stt }}"),
        ("Họ và tên", 44, L, "{{ v.name }}"),
        ("Hoàn thành xuất sắc nhiệm vụ", 18, C, "{{ v.x_n }}\n{{ v.x_pct }}"),
        ("Hoàn thành tốt nhiệm vụ", 18, C, "{{ v.t_n }}\n{{ v.t_pct }}"),
        ("Hoàn thành nhiệm vụ", 18, C, "{{ v.h_n }}\n{{ v.h_pct }}"),
        ("Không hoàn thành nhiệm vụ", 18, C, "{{ v.k_n }}\n{{ v.k_pct }}"),
        ("Kết quả", 38, C, "{{ v.result }}"),
    ])
    heading(doc, "III. TỔNG HỢP KẾT QUẢ THEO TỪNG MỨC XẾP LOẠI")
    dist_table(doc)
    counting_close(doc)
    return save(doc, "bien_ban_kiem_phieu")


def counting_open(doc, ballots: str = "kp"):
    """The start of a vote-count record (the members' and the cell's): the counting committee, who
    was called, present and voting, and the ballots of `ballots` (the context's name for them)."""
    heading(doc, "I. BAN KIỂM PHIẾU")
    para(doc, "Ban kiểm phiếu do chi bộ bầu gồm các đồng chí:")
    paragraphs(doc, "kp.committee")
    heading(doc, "II. KẾT QUẢ KIỂM PHIẾU")
    para(doc, "- Tổng số đảng viên được triệu tập: {{ kp.called }} đồng chí.")
    para(doc, "- Số đảng viên có mặt: {{ kp.present }} đồng chí{{ kp.present_detail }}; vắng mặt: "
              "{{ kp.absent }} đồng chí.")
    para(doc, "- Số đảng viên chính thức dự họp có quyền biểu quyết: {{ kp.official }} đồng chí.")
    para(doc, f"- Số phiếu phát ra: {{{{ {ballots}.issued }}}} phiếu; số phiếu thu về: "
              f"{{{{ {ballots}.returned }}}} phiếu.")
    para(doc, f"- Số phiếu hợp lệ: {{{{ {ballots}.valid }}}} phiếu; số phiếu không hợp lệ: "
              f"{{{{ {ballots}.invalid }}}} phiếu.")


def counting_close(doc):
    """The end of a vote-count record (the members' and the cell's): the result announced, the
    closing hour to fill, and the counting committee's signature table."""
    para(doc, "Ban kiểm phiếu đã công bố kết quả kiểm phiếu trước chi bộ. Biên bản kết thúc vào hồi … giờ … "
              "cùng ngày.", keep_next=True)
    centred(doc, "BAN KIỂM PHIẾU", bold=True, keep_next=True, after=6)
    data_table(doc, "c in kp.members", [
        ("STT", 12, C, "{{ c.stt }}"),
        ("Họ và tên", 65, L, "{{ c.name }}"),
        ("Nhiệm vụ", 38, C, "{{ c.role }}"),
        ("Ký tên", 50, C, "\n"),
    ])


def bien_ban_hop_kiem_diem():
    """Account of the annual review meeting (seed 004), with the computed figures.

    It states who is present and who votes, why the members rated are fewer than those present,
    the cell's own level with its vote, the names proposed for commendation, room for the
    discussion, and a numbered conclusion.
    """
    doc = new_document("Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng")
    party_header(doc)
    title_block(doc, "BIÊN BẢN", ["Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng",
                                  "chi bộ và đảng viên năm {{ year }}"])
    # the year's texts: HD 21 for 2019–2022, HD 25 for 2023–2024, HD 43 after (issue 22)
    para(doc, "Thực hiện {{ review_basis }} về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm "
              "đối với tập thể, cá nhân trong hệ thống chính trị.")
    para(doc, "Thời gian: vào hồi … giờ …, {{ meeting_date }}.")
    para(doc, "Địa điểm: {% if school %}{{ school }}{% else %}……………………………………………………{% endif %}.")
    para(doc, "Chủ trì hội nghị: đồng chí {{ chair }}.")
    para(doc, "Thư ký hội nghị: đồng chí {% if clerk %}{{ clerk }}{% else %}………………………………………{% endif %}.")
    para(doc, "Thành phần: {{ cell_name }} có {{ m.total }} đảng viên ({{ m.official }} chính thức, "
              "{{ m.probationary }} dự bị){% if has_committee %}; chi ủy có {{ m.committee }} đồng chí"
              "{% endif %}. Có mặt {{ kp.present }} "
              "đồng chí{{ kp.present_detail }}; vắng mặt {{ kp.absent }} đồng chí.")
    tag(doc, "if guests")
    para(doc, "Về dự và chỉ đạo hội nghị: {{ guests }}.")
    tag(doc, "endif")

    heading(doc, "NỘI DUNG HỘI NGHỊ")
    heading(doc, "1. Quán triệt mục đích, yêu cầu")
    para(doc, "Đồng chí chủ trì quán triệt mục đích, yêu cầu, nội dung, quy trình kiểm điểm, đánh giá, xếp "
              "loại chất lượng tập thể và đảng viên năm {{ year }}. Việc kiểm điểm, đánh giá, xếp loại hằng "
              "năm để mỗi đảng viên tự soi, tự sửa; đánh giá trung thực, công bằng, khách quan, góp phần nâng "
              "cao năng lực lãnh đạo, sức chiến đấu của chi bộ và chất lượng đội ngũ đảng viên.")
    heading(doc, "2. Kiểm điểm tập thể chi bộ")
    para(doc, "Đồng chí {{ chair }}{{ lead.on_behalf }} trình bày dự thảo Báo cáo kiểm điểm, tự đánh giá, xếp loại "
              "chất lượng tập thể chi bộ năm {{ year }}. Các đồng chí đảng viên thẳng thắn đóng góp ý kiến, "
              "làm rõ thêm ưu điểm, hạn chế và trách nhiệm của tập thể, nhất là vai trò của người đứng đầu.")
    para(doc, "Ý kiến thảo luận:", italic=True, keep_next=True)
    dotted(doc, 4)
    sentence(doc, "s.unit_basis")
    para(doc, "Chi bộ thống nhất tự đánh giá, đề xuất xếp loại chất lượng tập thể chi bộ năm {{ year }}: "
              "{% if cell_level %}{{ cell_level }}{% else %}………………………………………{% endif %}{{ cell_vote }}.")
    heading(doc, "3. Kiểm điểm, đánh giá, xếp loại đảng viên")
    para(doc, "{{ lead.Members }} và từng đảng viên trình bày bản kiểm điểm trước chi bộ; chi bộ góp ý "
              "kiến cho từng đồng chí. Chi bộ kiểm điểm, đánh giá, xếp loại {{ rated }} đồng chí.")
    sentence(doc, "s.not_rated")
    para(doc, "Ý kiến góp ý:", italic=True, keep_next=True)
    dotted(doc, 4)
    para(doc, "Chi bộ biểu quyết bằng phiếu kín mức xếp loại chất lượng đối với từng đảng viên ({{ kp.official }} "
              "đảng viên chính thức dự họp biểu quyết); Ban kiểm phiếu công bố kết quả (có biên bản kiểm phiếu "
              "kèm theo). Kết quả:", keep_next=True)
    dist_table(doc)
    sentence(doc, "s.ratings")
    sentence(doc, "s.self_ratings")   # before the vote: the members' own levels, called so
    sentence(doc, "s.cap")
    heading(doc, "4. Đề nghị khen thưởng")
    tag(doc, "if commend")
    para(doc, "Chi bộ đề nghị cấp trên khen thưởng {{ commend_count }} đảng viên:", keep_next=True)
    tag(doc, "for c in commend")
    para(doc, "- Đồng chí {{ c.name }}: {{ c.proposal }};")
    tag(doc, "endfor")
    tag(doc, "else")
    dotted(doc, 1)
    tag(doc, "endif")
    _monthly_part(doc, done=False)
    heading(doc, "{{ '6' if mt.monthly else '5' }}. Kết luận hội nghị")
    para(doc, "Đồng chí chủ trì kết luận:", keep_next=True)
    para(doc, "(1) Tập thể chi bộ tự đánh giá, đề xuất xếp loại chất lượng năm {{ year }}: "
              "{% if cell_level %}{{ cell_level }}{% else %}………………………………………{% endif %}{{ cell_vote }}.")
    para(doc, "(2) {{ s.ratings or 'Kết quả xếp loại chất lượng đảng viên: theo biên bản kiểm phiếu.' }}")
    para(doc, "(3) Đề nghị khen thưởng: {{ commend_line }}.")
    para(doc, "(4) Tập thể chi bộ và từng đảng viên phát huy ưu điểm, khắc phục hạn chế, khuyết điểm đã được "
              "chỉ ra, hoàn thành tốt nhiệm vụ năm {{ next_year }}.", keep_next=True)
    dotted(doc, 2, keep_next=True)   # the end of the conclusion goes with the close and signatures
    # the minutes' own approval is voted at the end of the meeting: no cell holds it
    para(doc, "Biên bản kết thúc vào hồi … giờ … cùng ngày, đã thông qua cho toàn thể đảng viên dự họp và "
              "nhất trí ……%.")
    two_signers(doc, ("THƯ KÝ", "{{ clerk }}"), ("CHỦ TRÌ", "{{ chair }}"))
    return save(doc, "bien_ban_hop_kiem_diem")


def _check_sections(doc_name: str):
    """Every group of SECTIONS[doc_name] is in the template (or its show/num keys would be unused)."""
    missing = set(SECTIONS[doc_name]) - _emitted.get(doc_name, set())
    assert not missing, (doc_name, missing)


def bao_cao_nam():
    """Annual report and directions for next year (seeds 000 and 002)."""
    name = "bao_cao_nam"
    doc = new_document("Báo cáo tổng kết năm, phương hướng năm sau")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Tổng kết hoạt động chi bộ năm {{ year }},",
                                 "phương hướng, nhiệm vụ năm {{ next_year }}"])
    paragraphs(doc, "report_bases")   # the «Căn cứ» rows of «Nội dung»
    para(doc, "Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm {{ year }}, {{ cell_name }} báo cáo "
              "tổng kết hoạt động năm {{ year }} và phương hướng, nhiệm vụ năm {{ next_year }} như sau:")
    numbered_sections(doc, name, "phan")
    _check_sections(name)
    para(doc, "Trên đây là báo cáo tổng kết hoạt động năm {{ year }} và phương hướng, nhiệm vụ năm "
              "{{ next_year }} của {{ cell_name }}./.")
    signature(doc)
    return save(doc, name)


def ke_hoach_nam():
    """Annual activity plan with the month-by-month table (seed 003)."""
    name = "ke_hoach_nam"
    doc = new_document("Kế hoạch hoạt động chi bộ năm")
    party_header(doc)
    title_block(doc, "KẾ HOẠCH", ["Hoạt động của chi bộ năm {{ year }}"])
    paragraphs(doc, "plan_bases")
    para(doc, "{{ cell_name }} xây dựng kế hoạch hoạt động năm {{ year }} cụ thể như sau:")
    numbered_sections(doc, name, "muc")
    _check_sections(name)
    para(doc, "Trên đây là kế hoạch hoạt động năm {{ year }} của {{ cell_name }}. Trong quá trình thực hiện, "
              "nếu có vấn đề phát sinh, {{ lead.body }} sẽ điều chỉnh, bổ sung cho phù hợp./.")
    signature(doc)
    return save(doc, name)


def bao_cao_nhiem_ky():
    """Term report for the cell congress (seed 001), built by `chibo-xl term` from the workbooks of
    every year of the term: PHẦN THỨ NHẤT results year by year and the term's targets with their
    verdicts, PHẦN THỨ HAI the chi ủy's self-review, PHẦN THỨ BA the next term's targets.

    Header and number as the cell's other reports (Hướng dẫn 36-HD/VPTW): the report is issued by the
    outgoing chi ủy and presented to the congress; no separate congress header could be confirmed.
    """
    name = "bao_cao_nhiem_ky"
    doc = new_document("Báo cáo tổng kết nhiệm kỳ")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Tổng kết thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ {{ term }};",
                                 "phương hướng, nhiệm vụ, giải pháp nhiệm kỳ {{ next_term }}"])
    paragraphs(doc, "term_bases")   # the đảng ủy's plan for the congress first (seed 001)
    para(doc, "{{ cell_name }} báo cáo kết quả thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ {{ term }}; "
              "phương hướng, nhiệm vụ, giải pháp nhiệm kỳ {{ next_term }} như sau:")
    sentence(doc, "s.missing_years")
    numbered_sections(doc, name, "phan")
    _check_sections(name)
    para(doc, "Nhiệm kỳ {{ next_term }} có ý nghĩa hết sức quan trọng. Với tinh thần đoàn kết, chủ động, sáng "
              "tạo, {{ cell_name }} quyết tâm phát huy những kết quả đã đạt được, khắc phục hạn chế, lãnh đạo "
              "thực hiện thắng lợi Nghị quyết Đại hội chi bộ nhiệm kỳ {{ next_term }}./.")
    signature(doc)
    return save(doc, name)


def _meeting_opening(doc, what: str):
    """Title, opening sentence and attendance of the minutes of one meeting (`mt`)."""
    party_header(doc)
    title_block(doc, "BIÊN BẢN", [f"Sinh hoạt chi bộ {what} tháng {{{{ mt.month }}}}"])
    para(doc, "Hôm nay, vào hồi … giờ …, {{ mt.date_words }}, {% if mt.place %}tại {{ mt.place }}, "
              "{% endif %}{{ cell_name }} tiến hành sinh hoạt chi bộ " + what + " tháng {{ mt.month }}.")
    heading(doc, "I. THÀNH PHẦN")
    para(doc, "- Chủ trì: đồng chí {{ mt.chair }}{% if mt.clerk %}; thư ký: đồng chí {{ mt.clerk }}"
              "{% endif %}.")
    para(doc, "- Tổng số đảng viên được triệu tập: {{ mt.summoned }} đồng chí; có mặt: {{ mt.present }} đồng "
              "chí (đạt {{ mt.rate }}); vắng mặt: {{ mt.absent }} đồng chí{{ mt.absent_reasons }}.")
    tag(doc, "if mt.absent_names")
    para(doc, "- {{ mt.absent_names }}")
    tag(doc, "endif")


END = "{{ '.' if loop.last else ';' }}"   # a list's items end with «;», its last with «.»
REVIEWED = "- {{ p.task }}: {{ p.result }}" + END


def _items(doc, list_expr: str, line: str = "- {{ p }}" + END):
    """One paragraph per item of a list (`p`), each written by `line`."""
    tag(doc, f"for p in {list_expr}")
    para(doc, line)
    tag(doc, "endfor")


def _month_review(doc, dots: int = 2):
    """What the reviewed month was: its planned tasks with what was done, the members admitted,
    arrived, gone or recognized since the previous monthly meeting, the summary typed."""
    _items(doc, "mt.reviewed", REVIEWED)
    tag(doc, "if mt.movement")
    para(doc, "Công tác đảng viên (từ {{ mt.movement_since }} đến nay):", keep_next=True)
    _items(doc, "mt.movement", "- {{ p }}")
    tag(doc, "endif")
    sentence(doc, "mt.summary")
    dotted_unless(doc, ["mt.reviewed", "mt.summary"], lines=dots)


def _month_tasks(doc, dots: int = 2, done: bool = True):
    """The planned month's tasks with their person in charge, and (`done`) what the meeting itself
    did."""
    _items(doc, "mt.next_activities")
    dotted_unless(doc, ["mt.next_activities"], lines=dots)
    if done:
        tag(doc, "if mt.done_text")
        para(doc, "Tại buổi sinh hoạt, chi bộ đã {{ mt.done_text }}.")
        tag(doc, "endif")


def _monthly_part(doc, done: bool = True):
    """Part 5 of a thematic or review meeting that is also the month's regular one (issue 24): the
    reviewed month's tasks and what was done, the members' movements since, the next month's tasks
    (and, `done`, what the meeting itself did: the review minutes record that themselves)."""
    tag(doc, "if mt.monthly")
    heading(doc, "5. Đánh giá kết quả thực hiện nhiệm vụ tháng {{ mt.review_month }}, nhiệm vụ tháng "
                 "{{ mt.next_month }}")
    _items(doc, "mt.reviewed", REVIEWED)
    tag(doc, "if mt.movement")
    para(doc, "Công tác đảng viên (từ {{ mt.movement_since }} đến nay):", keep_next=True)
    _items(doc, "mt.movement", "- {{ p }}")
    tag(doc, "endif")
    para(doc, "Nhiệm vụ tháng {{ mt.next_month }}:", keep_next=True)
    _month_tasks(doc, done=done)
    tag(doc, "endif")


def _meeting_closing(doc):
    """The meeting's self-assessed quality (dots when not given), the close and the signatures:
    the heading, the quality, the closing sentence and the signatures keep together, so the
    signatures never stand alone on a page and no heading ends one."""
    heading(doc, "III. ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT")
    para(doc, "Chi bộ đánh giá chất lượng buổi sinh hoạt: {% if mt.quality %}{{ mt.quality }}{% else %}"
              "……………{% endif %}.", keep_next=True)
    para(doc, "Buổi sinh hoạt kết thúc vào hồi … giờ … cùng ngày; biên bản đã được thông qua trước chi bộ và "
              "được toàn thể đảng viên dự họp nhất trí.")
    two_signers(doc, ("THƯ KÝ", "{{ mt.clerk }}"), ("CHỦ TRÌ", "{{ mt.chair }}"))


def bien_ban_sinh_hoat():
    """Minutes of a regular monthly meeting (one row of sheet Sinh hoạt): the month it reviews and
    the month it plans follow its date (chibo_xl.figures.timeline.months_of); what the reviewed
    month was and the planned month's tasks come from Kế hoạch tháng and Đảng viên
    (chibo_xl.documents.minutes)."""
    doc = new_document("Biên bản sinh hoạt chi bộ")
    _meeting_opening(doc, "thường kỳ")
    heading(doc, "II. NỘI DUNG")
    tag(doc, "if mt.theme")
    para(doc, "Chủ đề sinh hoạt: {{ mt.theme }}.")
    tag(doc, "endif")
    heading(doc, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng {{ mt.review_month }}")
    _month_review(doc, dots=3)
    heading(doc, "2. Ý kiến thảo luận của đảng viên")
    dotted(doc, 3)
    heading(doc, "3. Nhiệm vụ tháng {{ mt.next_month }}")
    _month_tasks(doc)
    heading(doc, "4. Kết luận của đồng chí chủ trì")
    # the conclusion goes with the close and the signatures: a page 2 never holds them alone
    sentence(doc, "mt.conclusion", keep_next=True)
    dotted_unless(doc, ["mt.conclusion"], lines=2, keep_next=True)
    _meeting_closing(doc)
    return save(doc, "bien_ban_sinh_hoat")


def bien_ban_chuyen_de():
    """Minutes of a thematic meeting: theme, presenter (the row's, else the person in charge of
    the month's thematic row of Kế hoạch tháng), content, discussion, conclusion (dots for hand
    filling where the Sinh hoạt row gives nothing). When it is its month's only meeting it also
    reviews the month and sets the next one's tasks, as its resolution does (chibo_xl.documents.monthly)."""
    doc = new_document("Biên bản sinh hoạt chi bộ chuyên đề")
    _meeting_opening(doc, "chuyên đề")
    heading(doc, "II. NỘI DUNG")
    heading(doc, "1. Chuyên đề")
    tag(doc, "if mt.theme")
    para(doc, "{{ mt.theme }}.")
    tag(doc, "endif")
    dotted_unless(doc, ["mt.theme"], lines=1)
    tag(doc, "if mt.presenter")
    para(doc, "Đồng chí {{ mt.presenter }} trình bày chuyên đề.")
    tag(doc, "else")
    para(doc, "Người trình bày: đồng chí " + DOTS[:20])
    tag(doc, "endif")
    heading(doc, "2. Tóm tắt nội dung chuyên đề")
    sentence(doc, "mt.summary")
    dotted_unless(doc, ["mt.summary"])
    heading(doc, "3. Ý kiến thảo luận của đảng viên")
    dotted(doc)
    heading(doc, "4. Kết luận của đồng chí chủ trì")
    sentence(doc, "mt.conclusion", keep_next=True)
    dotted_unless(doc, ["mt.conclusion"], keep_next=True)
    _monthly_part(doc)
    _meeting_closing(doc)
    return save(doc, "bien_ban_chuyen_de")


def nghi_quyet_thang():
    """Monthly resolution: the month reviewed, then the planned month's tasks with the person in
    charge of each, except what its own meeting has just done (chibo_xl.documents.monthly.done_at)."""
    doc = new_document("Nghị quyết chi bộ tháng")
    party_header(doc)
    title_block(doc, "NGHỊ QUYẾT", ["Về kết quả thực hiện nhiệm vụ tháng {{ mt.review_month }}",
                                    "và nhiệm vụ tháng {{ mt.next_month }}"])
    para(doc, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
    para(doc, "Căn cứ Quy chế làm việc của chi bộ{% if term %} nhiệm kỳ {{ term }}{% endif %};")
    para(doc, "Căn cứ kết quả sinh hoạt chi bộ {{ mt.kind }} {{ mt.date_words }},")
    centred(doc, "{{ hdr_cell }} QUYẾT NGHỊ:", bold=True, before=6, keep_next=True)
    heading(doc, "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG {{ mt.review_month }}")
    para(doc, "Chi bộ sinh hoạt {{ mt.kind }} với {{ mt.present }}/{{ mt.summoned }} đảng viên tham dự (đạt "
              "{{ mt.rate }}){% if mt.quality %}; chất lượng sinh hoạt: {{ mt.quality }}{% endif %}.")
    tag(doc, "if mt.done_text")
    para(doc, "Tại buổi sinh hoạt, chi bộ đã {{ mt.done_text }}.")
    tag(doc, "endif")
    dotted(doc, 2)
    heading(doc, "II. NHIỆM VỤ THÁNG {{ mt.next_month }}")
    _items(doc, "mt.next_activities")
    dotted_unless(doc, ["mt.next_activities"])
    heading(doc, "III. TỔ CHỨC THỰC HIỆN")
    para(doc, "{{ mt.leads }} lãnh đạo, đôn đốc; các đồng chí đảng viên căn cứ nhiệm vụ được phân công tổ "
              "chức thực hiện Nghị quyết./.")
    signature(doc, signing_lines=3)
    return save(doc, "nghi_quyet_thang")


BUILDERS = {
    "mau_01": mau_01,
    "mau_02a": lambda: mau_02("a"),
    "mau_02b": lambda: mau_02("b"),
    "mau_02c": lambda: mau_02("c"),
    # the forms before 2025, as found (tools/older_forms.py: sources and what was not found)
    "mau_01_2023": lambda: _older().mau_01("2023"),
    "mau_02a_2023": lambda: _older().mau_02("a", "2023"),
    "mau_02b_2023": lambda: _older().mau_02("b", "2023"),
    "mau_01_2019": lambda: _older().mau_01("2019"),
    "mau_02_2019": lambda: _older().mau_02("", "2019"),
    "phieu_bieu_quyet": phieu_bieu_quyet,
    "bien_ban_kiem_phieu": bien_ban_kiem_phieu,
    "bien_ban_hop_kiem_diem": bien_ban_hop_kiem_diem,
    "bao_cao_nam": bao_cao_nam,
    "ke_hoach_nam": ke_hoach_nam,
    "bao_cao_nhiem_ky": bao_cao_nhiem_ky,
    "bien_ban_sinh_hoat": bien_ban_sinh_hoat,
    "bien_ban_chuyen_de": bien_ban_chuyen_de,
    "nghi_quyet_thang": nghi_quyet_thang,
}


def tong_hop():
    """Summary report of the đảng ủy over its cells' workbooks (chibo-xl aggregate): members,
    ratings, the cap on «Hoàn thành xuất sắc» by group across the đảng bộ, one row a cell."""
    doc = new_document("Báo cáo tổng hợp kết quả xếp loại chất lượng đảng viên")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Tổng hợp kết quả kiểm điểm, đánh giá, xếp loại",
                                 "chất lượng đảng viên năm {{ year }}"])
    para(doc, "Căn cứ {{ basis }}; căn cứ sổ chi bộ của {{ t.cells }} chi bộ trực thuộc, {{ issuer }} "
              "tổng hợp kết quả năm {{ year }} như sau:")
    heading(doc, "I. TÌNH HÌNH ĐẢNG VIÊN")
    sentence(doc, "s.members")
    sentence(doc, "s.development")
    heading(doc, "II. KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN")
    sentence(doc, "s.ratings")
    dist_table(doc)
    heading(doc, "III. TỶ LỆ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (TRẦN {{ cap_rate }}%)")
    sentence(doc, "s.cap")
    data_table(doc, "c in cap", [
        ("Nhóm đảng viên", 55, L, "{{ c.group }}"),
        ("HTXSNV", 20, C, "{{ c.htxs }}"),
        ("HTTNV", 20, C, "{{ c.htt }}"),
        ("Tỷ lệ", 22, C, "{{ c.ratio }}"),
        ("Tối đa", 20, C, "{{ c.limit }}"),
        ("Đánh giá", 28, C, "{{ c.verdict }}"),
    ])
    heading(doc, "IV. SINH HOẠT CHI BỘ")
    sentence(doc, "s.meetings")
    heading(doc, "V. TỔNG HỢP THEO CHI BỘ")
    sentence(doc, "s.notes")
    data_table(doc, "r in cells", [
        ("STT", 10, C, "{{ r.stt }}"),
        ("Chi bộ", 55, L, "{{ r.name }}"),
        ("Đảng viên", 18, C, "{{ r.members }}"),
        ("HTXS", 16, C, "{{ r.htxs }}"),
        ("HTT", 16, C, "{{ r.htt }}"),
        ("HT", 16, C, "{{ r.ht }}"),
        ("KHT", 16, C, "{{ r.kht }}"),
        ("Dự họp", 18, C, "{{ r.attendance }}"),
    ])
    para(doc, "Cộng: {{ t.members }} đảng viên; {{ t.htxs }} hoàn thành xuất sắc, {{ t.htt }} hoàn thành "
              "tốt, {{ t.ht }} hoàn thành, {{ t.kht }} không hoàn thành nhiệm vụ.", bold=True)
    tag(doc, "if broken")
    heading(doc, "VI. SỔ CHI BỘ CÒN LỖI")
    sentence(doc, "s.broken")
    data_table(doc, "b in broken", [
        ("STT", 10, C, "{{ b.stt }}"),
        ("Tệp", 60, L, "{{ b.file }}"),
        ("Chi bộ", 55, L, "{{ b.name }}"),
        ("Tình trạng", 40, C, "{{ b.status }} ({{ b.errors }} lỗi)"),
    ])
    tag(doc, "endif")
    para(doc, "Trên đây là báo cáo tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm "
              "{{ year }} của {{ issuer }}./.")
    signature(doc)
    return save(doc, "tong_hop")


BUILDERS["tong_hop"] = tong_hop


def _older():
    """tools/older_forms.py (imports this module's helpers, so it is imported when used)."""
    sys.modules.setdefault("make_templates", sys.modules[__name__])
    import older_forms

    return older_forms


def all_builders() -> dict:
    """BUILDERS and the builders of tools/templates/<name>.py, by template name."""
    import importlib.util

    sys.modules.setdefault("make_templates", sys.modules[__name__])  # run as a script: one copy
    builders = dict(BUILDERS)
    for path in sorted((Path(__file__).resolve().parent / "templates").glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(f"kind_templates.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        builders[path.stem] = module.build
    return builders


def registry_templates() -> list[str]:
    """Every template the registry's kinds name, in the registry's order."""
    return [name for declared in kinds.all_kinds() for name in declared.template_names]


def main(argv: list[str]) -> int:
    builders = all_builders()
    wanted = registry_templates()
    missing = [name for name in wanted if name not in builders]
    if missing:
        raise SystemExit(f"no builder for the template(s) {missing} that chibo_xl.documents.kinds names: "
                         "add tools/templates/<name>.py")
    names = argv or wanted + [name for name in builders if name not in wanted]
    for name in names:
        path = builders[name]()
        print(f"{path.relative_to(OUT.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
