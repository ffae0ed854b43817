"""The cell as it is (issue 22, item 3): without a chi ủy no sentence of the cell's own papers
speaks of one — the bí thư (and phó bí thư) and the chi bộ instead; with one, its members as
given. The sparse kindergarten book (tests/sparsebook.py), its documents opened with python-docx."""
from __future__ import annotations

import re

import pytest
from docx import Document

import sparsebook
from chibo_xl.commands.build import build

#: the one place a cell's paper may name a chi ủy it does not have: the member's residence
#: (another cell's chi ủy, in the recognition resolution)
ELSEWHERE = re.compile(r"chi [uủ][yỷ] \(chi bộ\) nơi cư trú", re.I)


def texts(folder) -> dict[str, str]:
    out = {}
    for path in sorted(folder.rglob("*.docx")):
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        for section in doc.sections:
            parts += [p.text for p in section.header.paragraphs]
        out[str(path.relative_to(folder))] = "\n".join(parts)
    return out


def _build(tmp_path, **info) -> dict[str, str]:
    sparsebook.write(tmp_path / "so.xlsx", sparsebook.kindergarten(decided=True, info=info))
    result = build(tmp_path / "so.xlsx", tmp_path / "out", meetings="2026-03")
    assert result.ok, result.report.to_text()
    return texts(tmp_path / "out")


@pytest.fixture(scope="module")
def without(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("nochiuy"))


def test_a_cell_without_a_chi_uy_never_speaks_of_one(without):
    assert len(without) > 15
    for name, content in without.items():
        found = re.findall(r".{0,40}chi [uủ][yỷ].{0,20}", ELSEWHERE.sub("", content), re.I)
        assert not found, (name, found)
    minutes = without["Biên bản họp kiểm điểm, xếp loại năm 2026.docx"]
    assert "có 09 đảng viên (07 chính thức, 02 dự bị). Có mặt 08 đồng chí" in minutes
    assert "Đồng chí Trần Thị Lan, Bí thư chi bộ, trình bày dự thảo Báo cáo kiểm điểm" in minutes
    assert ("Các đồng chí Bí thư, Phó Bí thư và từng đảng viên trình bày bản kiểm điểm trước chi "
            "bộ") in minutes
    assert ("Bí thư chi bộ lãnh đạo, đôn đốc; các đồng chí đảng viên căn cứ nhiệm vụ"
            in without["Nghị quyết chi bộ tháng 03-2026.docx"])
    assert ("nếu có vấn đề phát sinh, chi bộ sẽ điều chỉnh, bổ sung cho phù hợp./."
            in without["Kế hoạch hoạt động chi bộ năm 2026.docx"])
    assert "T/M CHI BỘ" in without["Kế hoạch hoạt động chi bộ năm 2026.docx"]


def test_a_bi_thu_alone_reviews_alone(tmp_path):
    docs = _build(tmp_path, **{"Phó Bí thư": None})
    minutes = docs["Biên bản họp kiểm điểm, xếp loại năm 2026.docx"]
    assert "Đồng chí Bí thư và từng đảng viên trình bày bản kiểm điểm" in minutes


def test_a_cell_with_a_chi_uy_names_it_with_its_members(tmp_path):
    docs = _build(tmp_path, **{"Có chi ủy": "Có"})
    minutes = docs["Biên bản họp kiểm điểm, xếp loại năm 2026.docx"]
    assert "có 09 đảng viên (07 chính thức, 02 dự bị); chi ủy có 02 đồng chí. Có mặt" in minutes
    assert "Đồng chí Trần Thị Lan thay mặt chi ủy trình bày dự thảo" in minutes
    assert "Các đồng chí chi ủy viên và từng đảng viên trình bày bản kiểm điểm" in minutes
    assert ("Chi ủy lãnh đạo, đôn đốc; các đồng chí đảng viên căn cứ nhiệm vụ"
            in docs["Nghị quyết chi bộ tháng 03-2026.docx"])
    assert "chi ủy sẽ điều chỉnh" in docs["Kế hoạch hoạt động chi bộ năm 2026.docx"]
    assert "T/M CHI ỦY" in docs["Kế hoạch hoạt động chi bộ năm 2026.docx"]
