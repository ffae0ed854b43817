"""Issue 12, item 5: the review's printed files — 02C's unit (issue 23), the ballot's length, the print
file."""
import shutil
import subprocess

import openpyxl
import pytest
from conftest import needs_libreoffice, small_data, soffice
from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.oxml.ns import qn
from test_check_ratings import _thirty_with_three_probationary

from chibo_xl.commands.build import build
from chibo_xl.workbook.blank import write_workbook

FORMS = "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026"
BALLOT = "Phiếu biểu quyết xếp loại đảng viên năm 2026.docx"


def built(folder, data):
    write_workbook(folder / "so.xlsx", data)
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out"


def lines(path):
    return [p.text for p in Document(str(path)).paragraphs]


UNIT_02C = "Đơn vị công tác (Mẫu 02C)"


def outside_the_system(data, unit):
    """Hoàng Thị Lan works for a private firm: outside the political system, her unit given or
    blank."""
    for m in data["Đảng viên"]:
        if m["Họ và tên"] == "Hoàng Thị Lan":
            m["Làm việc trong hệ thống chính trị"] = "Không"
    for r in data["Xếp loại"]:
        if r["Họ và tên"] == "Hoàng Thị Lan" and unit:
            r[UNIT_02C] = unit
    return data


def test_02c_gives_the_unit_as_every_published_copy_prints_it(tmp_path):
    # Hướng dẫn 43-HD/BTCTW, Mẫu 02C: «Đơn vị công tác» in all five copies, never «Nơi cư trú»
    out = built(tmp_path, outside_the_system(small_data(), "Công ty TNHH Định An"))
    text = lines(out / FORMS / "02C - Hoàng Thị Lan.docx")
    assert "Đơn vị công tác: Công ty TNHH Định An" in text
    assert not [t for t in text if t.startswith("Nơi cư trú")]
    # the members inside the system keep the school
    assert "Đơn vị công tác: Trường Tiểu học 1" in lines(out / FORMS / "02B - Lê Thị Hoa.docx")


def test_02c_leaves_dots_for_a_blank_unit_and_reads_the_old_header(tmp_path):
    out = built(tmp_path, outside_the_system(small_data(), None))
    assert "Đơn vị công tác: ………………………………………………" in lines(out / FORMS / "02C - Hoàng Thị Lan.docx")
    # a workbook made before: the column's header was «Nơi cư trú (Mẫu 02C)»
    folder = tmp_path / "old"
    folder.mkdir()
    write_workbook(folder / "so.xlsx", outside_the_system(small_data(), "Nghỉ hưu"))
    wb = openpyxl.load_workbook(folder / "so.xlsx")
    cell = next(c for c in wb["Xếp loại"][1] if c.value == UNIT_02C)
    cell.value = "Nơi cư trú (Mẫu 02C)"
    wb.save(folder / "so.xlsx")
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    assert "Đơn vị công tác: Nghỉ hưu" in lines(folder / "out" / FORMS / "02C - Hoàng Thị Lan.docx")


def pdf_of(docx, folder):
    subprocess.run([soffice(), f"-env:UserInstallation=file://{folder}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return folder / (docx.stem + ".pdf")


def pdf_pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.rstrip("\f").split("\f")


@needs_libreoffice
def test_a_ballot_for_30_members_fits_in_two_pages_and_repeats_its_header(tmp_path):
    out = built(tmp_path, _thirty_with_three_probationary(small_data()))
    pages = pdf_pages(pdf_of(out / BALLOT, tmp_path))
    assert len(pages) <= 2, len(pages)
    assert "Nguyễn Văn Thành X" in pages[-1] and "Ghi chú" in pages[-1]
    if len(pages) == 2:
        assert "Họ và tên" in pages[1] and "Đảng viên tự xếp loại" in pages[1]


def test_the_print_file_restarts_page_numbers_at_each_members_form(tmp_path):
    out = built(tmp_path, outside_the_system(small_data(), "Ấp 3, xã Định An"))
    forms = sorted((out / FORMS).iterdir())
    combined = Document(str(out / (FORMS + " - tất cả (để in).docx")))
    body = combined.element.body
    sections = body.findall(".//" + qn("w:sectPr"))
    assert len(sections) == len(forms) == 6
    restarts = [s for s in sections
                if (n := s.find(qn("w:pgNumType"))) is not None and n.get(qn("w:start")) == "1"]
    assert len(restarts) == len(forms)
    # each section is the base's: same page size, margins, headers, no number on its first page
    alone = Document(str(forms[0])).sections[0]
    for section in combined.sections:
        assert (section.page_width, section.top_margin, section.left_margin) == (
            alone.page_width, alone.top_margin, alone.left_margin)
        assert section.different_first_page_header_footer
        assert section.start_type == WD_SECTION_START.NEW_PAGE
    # every form begins its section: the paragraph after each section's end opens a form
    names = [p.text for p in combined.paragraphs if p.text.startswith("Họ và tên:")]
    assert len(names) == len(forms)
    assert not body.findall(".//" + qn("w:br") + "[@" + qn("w:type") + "='page']")


@needs_libreoffice
def test_the_second_form_of_the_print_file_is_numbered_from_1(tmp_path):
    out = built(tmp_path, small_data())
    pages = pdf_pages(pdf_of(out / (FORMS + " - tất cả (để in).docx"), tmp_path))
    alone = pdf_pages(pdf_of(out / FORMS / "02B - Lê Thị Hoa.docx", tmp_path))
    per_form = len(alone)
    assert len(pages) == 6 * per_form
    second = pages[per_form:2 * per_form]
    assert "Họ và tên:" in second[0]
    # the header prints the number from a form's second page on: 2, 3… again
    assert [p.strip().split()[0] for p in second[1:]] == [str(i) for i in range(2, per_form + 1)]


def test_the_print_file_grows_in_time_linear_in_its_forms():
    """Issue 25, item 8: each form added searched the whole print file for its section (1.000
    forms: 10 s of a 1.000-member build). Adding four times the forms takes about four times
    as long, not sixteen."""
    import time

    import docx

    from chibo_xl.render.printfile import Combined

    def form():
        document = docx.Document()
        for i in range(30):
            document.add_paragraph(f"Đoạn {i}")
        return document

    def cpu(n):
        forms = [form() for _ in range(n)]
        combined = Combined()
        started = time.process_time()
        for document in forms:
            combined.add(document)
        return time.process_time() - started
    small = min(cpu(300) for _ in range(2))
    large = min(cpu(1200) for _ in range(2))
    assert large < 8 * max(small, 0.01), (small, large)
