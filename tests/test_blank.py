"""The blank workbook is generated from the schema and matches it exactly."""
import subprocess

import openpyxl
import pytest
from conftest import ROOT, soffice

from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook import schema
from chibo_xl.workbook.blank import header_text, write_workbook

BLANK = ROOT / "workbook_templates" / "so-chi-bo-trong.xlsx"


def describe(path):
    """What the user sees of a workbook: sheets, headers, dropdowns, date formats, guide rows."""
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames}
    for sheet in schema.SHEETS:
        ws = wb[sheet.name]
        if sheet.kind == "info":
            out[sheet.name] = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
            continue
        out[sheet.name] = [c.value for c in ws[1]]
        out[sheet.name + "/lists"] = sorted(
            (str(dv.sqref), dv.formula1, dv.errorStyle) for dv in ws.data_validations.dataValidation
            if dv.type == "list")
        out[sheet.name + "/dates"] = sorted(
            k for k, d in ws.column_dimensions.items() if d.number_format == "dd/mm/yyyy")
    out["guide"] = [tuple(c.value for c in row) for row in wb[schema.GUIDE_SHEET].iter_rows()]
    return out


def test_every_sheet_and_header_comes_from_the_schema(tmp_path):
    path = write_workbook(tmp_path / "b.xlsx", lists=workbook_lists())
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Hướng dẫn"
    assert wb.sheetnames[1:-1] == [s.name for s in schema.SHEETS]
    assert wb[schema.LISTS_SHEET].sheet_state == "hidden"
    for sheet in schema.SHEETS:
        ws = wb[sheet.name]
        if sheet.kind == "info":
            assert [ws.cell(r, 1).value for r in range(2, len(sheet.columns) + 2)] == \
                [header_text(c) for c in sheet.columns]
            continue
        assert [c.value for c in ws[1]] == [header_text(c) for c in sheet.columns]
        assert ws.freeze_panes in ("A2", "B2")


def test_every_closed_list_column_has_a_dropdown_and_dates_are_dd_mm_yyyy(tmp_path):
    wb = openpyxl.load_workbook(write_workbook(tmp_path / "b.xlsx", lists=workbook_lists()))
    lists = wb[schema.LISTS_SHEET]
    for sheet in schema.bind(schema.SHEETS, workbook_lists()):
        if sheet.kind != "table":
            continue
        ws = wb[sheet.name]
        dvs = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
        for i, column in enumerate(sheet.columns, start=1):
            letter = openpyxl.utils.get_column_letter(i)
            if column.choices:
                mine = [dv for dv in dvs if f"{letter}2:{letter}2000" in str(dv.sqref)]
                assert len(mine) == 1, (sheet.name, column.header)
                dv = mine[0]
                assert dv.errorStyle == ("warning" if column.open_list else None)
                ref = dv.formula1.split("!")[1].replace("$", "")
                values = [c.value for row in lists[ref] for c in row]
                assert values == list(column.choices)
            if column.type == schema.DATE:
                assert ws.column_dimensions[letter].number_format == "dd/mm/yyyy"
        prompts = {str(dv.sqref): dv.prompt for dv in ws.data_validations.dataValidation
                   if dv.showInputMessage}
        for i, column in enumerate(sheet.columns, start=1):
            if column.help:
                assert column.help[:40] in prompts[f"{openpyxl.utils.get_column_letter(i)}1"]


def test_guide_sheet_lists_every_column():
    wb = openpyxl.load_workbook(BLANK)
    rows = [(r[0].value, r[1].value) for r in wb["Hướng dẫn"].iter_rows(min_row=5)]
    for sheet in schema.SHEETS:
        for column in sheet.columns:
            assert (sheet.name, column.header) in rows


def test_bundled_blank_workbook_has_not_drifted_from_the_schema(tmp_path):
    fresh = write_workbook(tmp_path / "fresh.xlsx", lists=workbook_lists())
    assert describe(BLANK) == describe(fresh), (
        "workbook_templates/so-chi-bo-trong.xlsx is stale: run `chibo-xl init "
        "workbook_templates/so-chi-bo-trong.xlsx --force`")


@pytest.mark.libreoffice
@pytest.mark.skipif(not soffice(), reason="LibreOffice (soffice) is not installed")
def test_blank_workbook_converts_to_pdf_with_libreoffice(tmp_path):
    subprocess.run([soffice(), f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(BLANK)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "so-chi-bo-trong.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "HƯỚNG DẪN NHẬP SỔ CHI BỘ" in text
