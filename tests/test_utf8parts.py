"""Every workbook chibo-xl writes stores its letters as UTF-8, not as openpyxl's `&#7909;`
(`chibo_xl.workbook.utf8parts`): the same values, half the bytes, read twice as fast."""
import copy
import io
import re
import zipfile

import openpyxl
import pytest
from conftest import ROOT

from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook import blank, bookwriter, macro, schema
from chibo_xl.workbook.reader import read_workbook
from chibo_xl.workbook.utf8parts import utf8_package, utf8_part

from example_data import EXAMPLE  # tools/ is on the path (conftest)

#: text XML must escape, a reference-looking text, an emoji and a letter above FFFF, a newline
TRICKY = ('Đảng <b> & "trích" \'dẫn\' 😀 𝔸\nxuống dòng &#60; &#7909; &#x1EE5; ]]> <!-- chú --> '
          '\u00a0ủy')
_REF = re.compile(rb"&#(x[0-9a-fA-F]+|[0-9]+);")
NOTE = schema.MEMBERS.column("note").header
CELL_NAME = schema.INFO.column("cell_name").header


def _data() -> dict:
    data = copy.deepcopy(EXAMPLE)
    data[schema.MEMBERS.name][0][NOTE] = TRICKY
    data[schema.INFO.name][CELL_NAME] = "Chi bộ Trường Mầm non Hoa Sen «Đảng» 😀"
    return data


def refs_above_127(path) -> list[bytes]:
    """The numeric character references above 127 in the XML parts of the package at `path`."""
    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                found += [m.group() for m in _REF.finditer(zf.read(name)) if _code(m) > 127]
    return found


def _code(m: re.Match) -> int:
    raw = m.group(1)
    return int(raw[1:], 16) if raw[:1] in (b"x", b"X") else int(raw)


def cells(path) -> dict:
    """Every cell's value and type of every sheet, and its dropdowns' and tips' texts (XML
    attributes), as openpyxl reads them."""
    wb = openpyxl.load_workbook(path, keep_vba=str(path).endswith(".xlsm"))
    return {ws.title: ([[(c.value, c.data_type) for c in row] for row in ws.iter_rows()],
                       [(str(dv.sqref), dv.formula1, dv.promptTitle, dv.prompt, dv.errorTitle,
                         dv.error) for dv in ws.data_validations.dataValidation])
            for ws in wb.worksheets}


def raw(path) -> dict:
    """What chibo-xl's reader makes of every sheet it reads."""
    book = read_workbook(path)
    return {"date1904": book.date1904,
            **{n: (s.rows, s.merged, s.stray, s.table_end) for n, s in book.items()}}


def _sheet_part(path, sheet: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        names = re.findall(r'<sheet\b[^>]*name="([^"]+)"[^>]*r:id="(\w+)"',
                           zf.read("xl/workbook.xml").decode())
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
        rid = dict(names)[sheet]
        target = re.search(r'Id="' + rid + r'"[^>]*Target="([^"]+)"', rels) or \
            re.search(r'Target="([^"]+)"[^>]*Id="' + rid + '"', rels)
        target = target.group(1).lstrip("/")
        return zf.read(target if target.startswith("xl/") else "xl/" + target)


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """openpyxl's own save of a filled workbook (references), and what chibo-xl writes of it."""
    tmp = tmp_path_factory.mktemp("utf8")
    data, lists = _data(), workbook_lists()
    wb = blank.blank_workbook(lists)
    blank._fill(wb, data)
    before = tmp / "openpyxl.xlsx"
    wb.save(before)
    after = blank.write_workbook(tmp / "chibo.xlsx", data, lists)
    return before, after, tmp


def test_openpyxl_alone_writes_references(books):
    before, _, _ = books
    assert refs_above_127(before)           # what this module is for (openpyxl 3.1's xmlfile)


def test_the_written_workbook_holds_the_same_values(books):
    before, after, _ = books
    assert cells(after) == cells(before)
    assert raw(after) == raw(before)
    members = openpyxl.load_workbook(after)[schema.MEMBERS.name]
    notes = [c.column for c in members[1] if c.value == NOTE]
    assert members.cell(2, notes[0]).value == TRICKY


def test_the_sheets_hold_utf8_letters_and_no_reference_above_127(books):
    _, after, _ = books
    assert refs_above_127(after) == []
    members = _sheet_part(after, schema.MEMBERS.name)
    assert "Đảng".encode("utf-8") in members and "😀".encode("utf-8") in members
    assert "<b> &amp; ".encode() in members.replace(b"&lt;b&gt;", b"<b>")  # escapes kept
    assert b"&amp;#60; &amp;#7909;" in members         # text that looks like a reference: text


def test_only_references_above_127_of_characters_xml_allows_change():
    part = (b'<t a="&#7909;">&#60;&#x3C;&#38;&#127;&#128;&#7909;&#x1ee5;&#X1EE5;&#x0001F600;'
            b'&#xD800;&#xFFFE;&#xFFFF;&#1114112;&#x110000;&#00000007909;'
            b'<!-- &#7909; --><![CDATA[&#7909;]]>&amp;#7909;</t>')
    assert utf8_part("xl/worksheets/sheet1.xml", part) == (
        '<t a="ụ">&#60;&#x3C;&#38;&#127;\x80ụụ&#X1EE5;😀'
        '&#xD800;&#xFFFE;&#xFFFF;&#1114112;&#x110000;ụ'
        '<!-- &#7909; --><![CDATA[&#7909;]]>&amp;#7909;</t>').encode("utf-8")
    for declared in (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
                     b"<?xml version='1.0' encoding='utf-8'?>", b'<?xml version="1.0"?>',
                     b"\xef\xbb\xbf"):
        assert utf8_part("a.rels", declared + b"<t>&#7909;</t>") == \
            declared + "<t>ụ</t>".encode()
    for other in (b'<?xml version="1.0" encoding="windows-1258"?><t>&#7909;</t>',
                  b'<?xml version="1.0" encoding="ISO-8859-1"?><t>&#7909;</t>',
                  "\ufeff<t>&#7909;</t>".encode("utf-16-le")):
        assert utf8_part("xl/a.xml", other) == other
    assert utf8_part("xl/vbaProject.bin", b"&#7909;") == b"&#7909;"
    assert utf8_part("xl/drawings/vmlDrawing1.vml", b"<v>&#7909;</v>") == b"<v>&#7909;</v>"


def test_a_package_keeps_its_parts_and_their_order(books):
    before, _, _ = books
    data = before.read_bytes()
    out = utf8_package(data)
    with zipfile.ZipFile(io.BytesIO(data)) as a, zipfile.ZipFile(io.BytesIO(out)) as b:
        assert [(i.filename, i.date_time) for i in a.infolist()] == \
            [(i.filename, i.date_time) for i in b.infolist()]
        for name in a.namelist():
            assert utf8_part(name, a.read(name)) == b.read(name)
    assert len(out) < len(data)


def test_the_import_writers_write_utf8(books, monkeypatch):
    before, after, tmp = books
    rows = [{"stt": 1, "name": "Nguyễn Thị Ánh Tuyết", "sex": "Nữ", "note": TRICKY}]
    made = [bookwriter.write_new(tmp / "nhanh.xlsx", rows)]          # the shipped blank, patched
    monkeypatch.setattr(bookwriter, "BLANK", tmp / "khong-co.xlsx")
    made.append(bookwriter.write_new(tmp / "cham.xlsx", rows, workbook_lists()))  # openpyxl
    monkeypatch.undo()
    for path in made:
        assert refs_above_127(path) == []
        sheet = openpyxl.load_workbook(path)[schema.MEMBERS.name]
        assert sheet["B2"].value == "Nguyễn Thị Ánh Tuyết"
        assert TRICKY in [c.value for c in sheet[2]]
    assert raw(made[0]) == raw(made[1])
    merged = tmp / "gop.xlsx"
    counts = bookwriter.merge_into(before, merged, [], [])   # nothing to merge: the same book
    assert counts["added"] == 0 and refs_above_127(merged) == []
    assert cells(merged) == cells(before) and raw(merged) == raw(before)
    bookwriter.merge_into(before, merged, rows, [None])
    assert refs_above_127(merged) == []
    grid, old = raw(merged)[schema.MEMBERS.name][0], raw(before)[schema.MEMBERS.name][0]
    assert grid[:-1] == old and TRICKY in grid[-1]   # the old rows the same, the new one added


def test_the_macro_workbook_writes_utf8(books):
    _, after, tmp = books
    path = tmp / "so.xlsm"
    macro.write_macro_workbook(path, data=_data(), python="python", lists=workbook_lists())
    assert refs_above_127(path) == []
    assert "Đảng".encode() in _sheet_part(path, schema.MEMBERS.name)
    mine, plain = raw(path), raw(after)
    assert {n: v for n, v in mine.items() if n in plain} == plain
