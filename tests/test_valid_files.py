"""Every .docx, .xlsx and .xlsm chibo-xl writes passes the Open XML SDK's checks (openxml-audit),
and the same workbook and templates give byte-identical files."""
from __future__ import annotations

import datetime as dt
import re
import time
import zipfile

import docx
import openxml_audit
import pytest
from click.testing import CliRunner
from conftest import ROOT, digest, over_the_cap, small_data, write_workbook

from chibo_xl.cli import main

#: complaints that are not errors under ECMA-376, each with its reason
ALLOWED = [
    # openpyxl writes <font> children in another order than the SDK's schema; ECMA-376 Part 1
    # §18.8.22 declares CT_Font's children as an xsd:choice (any order), so this is valid
    ("/xl/styles.xml", "SCHEMA", "Unexpected element"),
    # openpyxl writes text as inline strings (t="inlineStr", ECMA-376 §18.3.1.4, valid); the
    # audit only notes that Excel moves them to a shared-strings table on its next save
    ("/xl/worksheets/", "SEMANTIC", "inline-string cell"),
]


def complaints(path) -> list[str]:
    """The validator's findings for `path` that the allow-list does not explain."""
    result = openxml_audit.OpenXmlValidator().validate(str(path))
    left = []
    for e in result.errors:
        place = f"{e.part_uri or ''}{e.path or ''}"
        if not any(place.startswith(p) and kind in str(e.error_type).upper() and text in
                   e.description for p, kind, text in ALLOWED):
            left.append(f"{path.name}: {e.error_type} {place}: {e.description}")
    return left


def full_book(path):
    data = over_the_cap(small_data())          # 2 HTXS for 4 HTT at 25%: the second ballot
    data["Đảng viên"][0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"   # the principal: a Mẫu 02A
    # proposed for commendation (the request to the đảng ủy)
    data["Xếp loại"][0]["Đề nghị khen thưởng"] = "Giấy khen của Đảng ủy xã Định An"
    data["Văn bản"].append({"Loại văn bản": "Báo cáo tổng kết nhiệm kỳ", "Số": 3,
                           "Ngày ký": dt.date(2026, 12, 20)})
    write_workbook(path, data)
    return path


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    """One of every kind of file chibo-xl writes, from the small cell."""
    root = tmp_path_factory.mktemp("valid")
    runner = CliRunner()
    book = full_book(root / "so-2026.xlsx")
    for args in (["build", book, "-o", root / "van-ban", "--meeting", "all"],
                 ["new-year", book, "-o", root / "so-2027.xlsx"],
                 ["term", book, "-o", root / "dai-hoi"],
                 ["init", root / "trong.xlsx"], ["init", "--macro", root / "nut.xlsm"]):
        result = runner.invoke(main, [str(a) for a in args])
        assert result.exit_code in (0, 1), result.output
    cells = root / "cac-chi-bo"
    cells.mkdir()
    write_workbook(cells / "a.xlsx", small_data())
    result = runner.invoke(main, ["aggregate", str(cells), "-o", str(root / "tong-hop.xlsx"),
                                  "-j", "1"])
    assert result.exit_code in (0, 1), result.output
    (root / "ds.csv").write_text("Họ và tên,Ngày sinh,Giới tính\nLê Thị Hoa,20/01/1988,Nữ\n",
                                 encoding="utf-8")
    result = runner.invoke(main, ["import", str(root / "ds.csv"), "-o", str(root / "nhap.xlsx")])
    assert result.exit_code in (0, 1, 2), result.output
    return root


def test_every_kind_of_file_is_produced(produced):
    names = {p.name for p in produced.rglob("*")}
    assert {"so-2027.xlsx", "trong.xlsx", "nut.xlsm", "tong-hop.xlsx", "tong-hop.docx"} <= names
    docs = {p.name for p in produced.rglob("*.docx")}
    for start in ("Mẫu 01", "Biên bản họp kiểm điểm", "Phiếu biểu quyết", "Biên bản kiểm phiếu",
                  "Báo cáo tổng kết năm", "Kế hoạch hoạt động", "Báo cáo tổng kết nhiệm kỳ",
                  "Biên bản sinh hoạt", "Nghị quyết chi bộ tháng", "02A - ", "02B - ",
                  "Phiếu biểu quyết xếp loại chất lượng chi bộ",
                  "Phiếu biểu quyết hoàn thành xuất sắc", "Tờ trình đề nghị khen thưởng",
                  "Danh mục hồ sơ"):
        assert any(n.startswith(start) for n in docs), start
    assert any("(để in)" in n for n in docs)


@pytest.mark.slow   # the validator reads every part of every file: CI runs it
def test_every_file_written_passes_the_open_xml_validator(produced):
    files = [p for p in produced.rglob("*") if p.suffix in (".docx", ".xlsx", ".xlsm")]
    assert len(files) > 25
    problems = [c for path in files for c in complaints(path)]
    assert problems == []


def test_every_template_sets_a_zoom_percent():
    for path in sorted((ROOT / "report_templates").glob("*.docx")):
        settings = zipfile.ZipFile(path).read("word/settings.xml").decode("utf-8")
        assert '<w:zoom w:val="bestFit" w:percent="100"/>' in settings, path.name


def test_two_builds_of_one_workbook_are_byte_identical(tmp_path):
    book = full_book(tmp_path / "so.xlsx")
    hashes = []
    for n in (1, 2):
        out = tmp_path / f"out{n}"
        result = CliRunner().invoke(main, ["build", str(book), "-o", str(out), "--meeting", "all"])
        assert result.exit_code in (0, 1), result.output
        hashes.append({p.relative_to(out).as_posix(): digest(p) for p in out.rglob("*.docx")})
        time.sleep(1.1)   # a zip timestamp has two-second steps: cross one
    assert hashes[0] == hashes[1] and len(hashes[0]) > 25
    again = tmp_path / "so-again.xlsx"
    full_book(again)
    assert digest(again) == digest(book)


def test_a_document_is_dated_with_its_own_date(tmp_path):
    book = full_book(tmp_path / "so.xlsx")
    CliRunner().invoke(main, ["build", str(book), "-o", str(tmp_path / "out")])
    path = next((tmp_path / "out").glob("Mẫu 01*.docx"))
    document = docx.Document(path)
    text = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    day, month, year = map(int, re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text).groups())
    props = document.core_properties
    assert props.created.replace(tzinfo=None) == props.modified.replace(tzinfo=None) == \
        dt.datetime(year, month, day)
    with zipfile.ZipFile(path) as z:
        assert {i.date_time for i in z.infolist()} == {(year, month, day, 0, 0, 0)}
