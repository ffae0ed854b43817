"""renderer.py's shortcuts through docxtpl give exactly what docxtpl itself gives.

The caching template parses each rendered body inside its document's root (no move of the
tree), serializes a template's body once and shares the pristine main part until the render
replaces it. These tests render real templates both ways, with the same sandbox, and compare
the saved XML byte for byte; a user's template with a {%tc %} column loop and merged cells
checks the table-grid fix, and a broken one the fall-back to docxtpl's own recovery.
"""
from __future__ import annotations

import io
import zipfile

import pytest
from conftest import ROOT
from docx import Document
from docx.shared import Cm
from docxtpl import DocxTemplate
from lxml import etree

from chibo_xl.checks.pipeline import check_raw
from chibo_xl.commands.build import plan_jobs
from chibo_xl.render import renderer, templatebody
from chibo_xl.workbook.reader import read_workbook

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def docxtpl_own(path, context) -> dict[str, bytes]:
    """The XML parts docxtpl's unmodified DocxTemplate saves for `context`."""
    tpl = DocxTemplate(str(path))
    tpl.render(context, jinja_env=renderer._environment())
    out = io.BytesIO()
    tpl.save(out)
    return parts_of(out.getvalue())


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()
                if name.startswith("word/") and name.endswith(".xml")}


def test_every_document_of_the_example_is_the_xml_docxtpl_itself_renders():
    book, report = check_raw(read_workbook(EXAMPLE))
    assert not report.errors
    jobs, _skipped = plan_jobs(book, "all")
    dirs = renderer.template_dirs()
    seen = set()
    for job in jobs:
        if job.template in seen and job.key != "mau_02":
            continue                # one of each template, and every member form
        seen.add(job.template)
        path = renderer.find_template(job.template, dirs)
        ours = parts_of(renderer.render(path, job.context))
        theirs = docxtpl_own(path, job.context)
        assert ours.keys() == theirs.keys(), job.filename
        for name in ours:
            assert ours[name] == theirs[name], (job.filename, name)
    assert len(seen) >= 14


def test_rendering_one_template_twice_leaves_the_first_document_and_the_template_alone():
    book, _ = check_raw(read_workbook(EXAMPLE))
    jobs = [j for j in plan_jobs(book)[0] if j.key == "mau_02"][:2]
    path = renderer.find_template(jobs[0].template, renderer.template_dirs())
    first = parts_of(renderer.render(path, jobs[0].context))["word/document.xml"]
    second = parts_of(renderer.render(path, jobs[1].context))["word/document.xml"]
    again = parts_of(renderer.render(path, jobs[0].context))["word/document.xml"]
    assert first != second and first == again


def column_loop_template(path):
    """A user's template: a table whose columns come from a {%tc for %} loop, a merged
    heading cell, and a header — every path of the table-grid fix."""
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Chi bộ {{ cell }}"
    doc.add_paragraph("Bảng điểm của {{ cell }}")
    table = doc.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "Tiêu đề gộp"
    for row, first, each in ((1, "Tên", "Tháng {{ m }}"), (2, "{{ who }}", "x")):
        table.cell(row, 0).text = first
        table.cell(row, 1).text = "{%tc for m in months %}"
        table.cell(row, 2).text = each
        table.cell(row, 3).text = "{%tc endfor %}"
    for column in table.columns:
        column.width = Cm(3)
    wide = doc.add_table(rows=1, cols=2)
    wide.cell(0, 0).text = "{%tc for m in months %}"
    wide.cell(0, 1).text = "{%tc endfor %}"
    doc.save(path)
    return path


@pytest.mark.parametrize("months", [[], [1], [1, 2], list(range(1, 13))])
def test_a_column_loop_template_renders_as_docxtpl_renders_it(tmp_path, months):
    path = column_loop_template(tmp_path / "cot.docx")
    context = {"cell": "Trường THCS A", "who": "Nguyễn Văn A", "months": months}
    ours = parts_of(renderer.render(path, context))
    assert ours == docxtpl_own(path, context)
    grid = etree.fromstring(ours["word/document.xml"]).findall(
        ".//{*}tbl")[0].find("{*}tblGrid")
    assert len(grid) == max(4, 1 + len(months))     # the merged heading spans four


def test_table_grid_fix_is_docxtpl_fix_tables_on_added_and_removed_columns():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def table(grid, rows):
        cols = "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
        body = "".join("<w:tr>" + "".join(
            f'<w:tc><w:tcPr><w:gridSpan w:val="{c}"/></w:tcPr><w:p/></w:tc>' if c > 1
            else "<w:tc><w:p/></w:tc>" for c in row) + "</w:tr>" for row in rows)
        return f"<w:tbl><w:tblGrid>{cols}</w:tblGrid>{body}</w:tbl>"

    cases = [([3000, 3000], [[1, 1, 1, 1]]), ([3000, 3000, 3000], [[1]]),
             ([2000, 2000, 2000, 2000], [[2, 1], [1, 1]]), ([5000], [[1, 1], [3]]),
             ([1000, 1000], [[1, 1]]), ([2500, 2500, 2500], [[1, 1], [1]])]
    for grid, rows in cases:
        xml = f'<w:body xmlns:w="{w}">{table(grid, rows)}<w:p/></w:body>'
        expected = etree.tostring(DocxTemplate.fix_tables(None, xml))
        body = etree.fromstring(xml)
        templatebody.fix_table_grids(body)
        assert etree.tostring(body) == expected, (grid, rows)


def test_a_template_rendering_to_broken_xml_is_recovered_as_docxtpl_recovers_it(tmp_path):
    doc = Document()
    doc.add_paragraph("Trước {{ raw|safe }} sau")
    doc.add_paragraph("cuối")
    doc.save(tmp_path / "hong.docx")
    for raw in ("<w:r><w:t>mở mà không đóng",                      # closed at the end
                "</w:t></w:r></w:p></w:body><w:p><w:r><w:t>"):      # the body ends early
        context = {"raw": raw}
        ours = parts_of(renderer.render(tmp_path / "hong.docx", context))
        assert ours == docxtpl_own(tmp_path / "hong.docx", context), raw


def test_each_rendering_module_imports_on_its_own_first():
    """templatefields imports render; render must not import it back (a fresh interpreter
    importing either one first must work: `chibo-xl fields` imports templatefields first)."""
    import subprocess
    import sys

    for module in ("templatefields", "render", "templatebody", "printfile", "package"):
        done = subprocess.run([sys.executable, "-c", f"import chibo_xl.{module}"],
                              capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, (module, done.stderr[-500:])
