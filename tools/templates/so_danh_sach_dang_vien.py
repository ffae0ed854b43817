"""Sổ danh sách đảng viên (after Mẫu 7-HSĐV): A4 landscape, the register's thirteen columns
(documents.register names where they were read), the count of the day, and the signature.

The register is wider than a portrait page: the page turns, the header and the signature tables
widen to the line (the motto's rule keeps the motto's width), and the table is set in 10 pt."""
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from make_templates import (C, L, PARTY_MOTTO_WIDTH_MM, _fill, _mm_to_twips, _replace_child,
                            _row_props, _table, _tighten, _el, new_document, para, party_header,
                            save, signature, title_block)

WIDTH_MM = 297 - 30 - 15     # A4 landscape less the left and right margins
HEADER_MM = (120, 132)
SIGN_MM = (140, 112)
COLUMNS = [  # (header, width mm, alignment, cell)
    ("STT", 9, C, "{{ r.stt }}"),
    ("Họ và tên", 29, L, "{{ r.name }}"),
    ("Nam, nữ; dân tộc; tôn giáo", 18, C, "{{ r.person }}"),
    ("Quê quán", 22, L, "{{ r.hometown }}"),
    ("Văn hóa; lý luận; chuyên môn; ngoại ngữ", 24, C, "{{ r.levels }}"),
    ("Nghề nghiệp", 18, C, "{{ r.job }}"),
    ("Ngày vào Đảng; ngày chính thức", 20, C, "{{ r.dates }}"),
    ("Số thẻ đảng viên; số lý lịch", 20, C, "{{ r.card }}"),
    ("Ngày chuyển đi", 18, C, "{{ r.moved_out }}"),
    ("Ngày chuyển đến", 18, C, "{{ r.moved_in }}"),
    ("Ngày từ trần", 18, C, "{{ r.died }}"),
    ("Ngày ra khỏi Đảng, hình thức", 18, C, "{{ r.left }}"),
    ("Ghi chú", 20, L, "{{ r.note }}"),
]


def _widen(table, widths_mm):
    """A layout table (header, signature) set to new column widths."""
    _replace_child(table._tbl.tblPr, "w:tblW",
                   _el("w:tblW", w=_mm_to_twips(sum(widths_mm)), type="dxa"))
    for i, width in enumerate(widths_mm):
        table.columns[i].width = Mm(width)
        for cell in table.columns[i].cells:
            cell.width = Mm(width)


def _register_table(doc):
    widths = [c[1] for c in COLUMNS]
    assert sum(widths) == WIDTH_MM, sum(widths)
    table = _table(doc, 4, widths, borders=True, cell_margin_mm=0.8)
    header, start, body, end = table.rows
    _row_props(header, header=True)
    for cell, (title, _w, _a, _t) in zip(header.cells, COLUMNS):
        _fill(cell, title, bold=True, align=C)
    _fill(start.cells[0], "{%tr for r in ds.rows %}")
    _row_props(body)
    for cell, (_h, _w, align, template) in zip(body.cells, COLUMNS):
        _fill(cell, template, align=align)
    _fill(end.cells[0], "{%tr endfor %}")
    _tighten(table, size=10, header_size=9, row_mm=6)
    para(doc, "", after=0)
    return table


def build():
    doc = new_document("Sổ danh sách đảng viên")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    party_header(doc, number=False)
    head = doc.tables[-1]
    _widen(head, HEADER_MM)
    motto = head.cell(0, 1).paragraphs[0]
    inset = (HEADER_MM[1] - PARTY_MOTTO_WIDTH_MM) / 2 - 1
    motto.paragraph_format.left_indent = motto.paragraph_format.right_indent = Mm(inset)
    title_block(doc, "SỔ DANH SÁCH ĐẢNG VIÊN", ["{{ cell_name }}"],
                subtitle="(Theo Mẫu 7-HSĐV; đảng viên chính thức và dự bị sinh hoạt tại chi bộ)")
    _register_table(doc)
    para(doc, "{{ ds.count }}")
    signature(doc)
    _widen(doc.tables[-1], SIGN_MM)
    return save(doc, "so_danh_sach_dang_vien")
