"""Dates (issue 22, item 6): every date line has its year; a badge request is dated no later than
the milestone it asks for, or says it is late; nothing dated before an event reports it (the
review's outcome: tests/test_blank_not_zero.py). The sparse kindergarten book."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from docx import Document

import sparsebook
from chibo_xl.commands.build import build

DATE_LINE = re.compile(r"^Tân Phú, ngày( \d\d | {6})tháng( \d{1,2} | {6})năm \d{4}$")
BADGE = "Tờ trình đề nghị tặng Huy hiệu Đảng năm 2026.docx"


def header_date(path) -> str:
    """The date line of a document: the right cell of its header's second row."""
    doc = Document(str(path))
    return doc.tables[0].rows[1].cells[1].text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dates")
    sparsebook.write(folder / "so.xlsx")
    result = build(folder / "so.xlsx", folder / "out", meetings="all")
    assert result.ok, result.report.to_text()
    return folder / "out", result.report.to_text()


def test_every_date_line_has_its_year(built):
    out, _ = built
    lines = {p.name: header_date(p) for p in out.rglob("*.docx")}
    assert len(lines) > 30
    bad = {name: line for name, line in lines.items() if not DATE_LINE.match(line)}
    assert not bad, bad
    # those no cell dates are left to write by hand, with the year
    assert lines[BADGE] == "Tân Phú, ngày      tháng      năm 2026"
    assert lines["Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"] == \
        "Tân Phú, ngày      tháng      năm 2026"


def _badge(tmp_path, day) -> tuple[str, str, str]:
    data = sparsebook.kindergarten(info={"Ngày ký mặc định": dt.date(2026, 12, 5)})
    data["Văn bản"] = [r for r in data["Văn bản"]
                       if r["Loại văn bản"] != "Tờ trình đề nghị tặng Huy hiệu Đảng"]
    data["Văn bản"].append({"Loại văn bản": "Tờ trình đề nghị tặng Huy hiệu Đảng", "Số": 3,
                            "Ngày ký": day})
    sparsebook.write(tmp_path / "so.xlsx", data)
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok
    path = tmp_path / "out" / BADGE
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    return header_date(path), text, result.report.to_text()


def test_a_badge_request_is_dated_before_its_milestone_or_says_it_is_late(tmp_path):
    line, text, report = _badge(tmp_path, dt.date(2026, 12, 5))
    assert line == "Tân Phú, ngày 05 tháng 12 năm 2026"
    late = ("Tờ trình lập sau ngày đủ tuổi đảng của đồng chí Đỗ Thị Ngọc (30 năm, ngày 19/05/2026): "
            "chi bộ đề nghị muộn, kính mong cấp trên xem xét.")
    assert late in text
    assert ("Tờ trình đề nghị tặng Huy hiệu Đảng ngày 05/12/2026 sau ngày đủ tuổi đảng của đồng "
            "chí Đỗ Thị Ngọc (19/05/2026)") in report
    line, text, report = _badge(tmp_path, dt.date(2026, 5, 4))
    assert line == "Tân Phú, ngày 04 tháng 5 năm 2026"
    assert "đề nghị muộn" not in text and "BADGE_REQUEST_LATE" not in report


def test_without_its_own_date_the_badge_request_never_takes_the_year_ends_signing_day(tmp_path):
    data = sparsebook.kindergarten(info={"Ngày ký mặc định": dt.date(2026, 12, 5)})
    sparsebook.write(tmp_path / "so.xlsx", data)
    assert build(tmp_path / "so.xlsx", tmp_path / "out").ok
    assert header_date(tmp_path / "out" / BADGE) == "Tân Phú, ngày      tháng      năm 2026"
