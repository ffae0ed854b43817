"""Random sparse workbooks (issue 22, item 9): whatever a secretary leaves blank, the build
succeeds, no document prints a count whose cell was blank, none speaks of a chi ủy the cell lacks,
every date line has its year.

Each example is the kindergarten cell of tests/sparsebook.py with a random part of it blank or
absent: the year (2026, 2024 or 2022: three editions of the forms), «Có chi ủy» (Có, Không or
blank — 7 official members, so no chi ủy by the count), whether the vote was held (levels or
ballots typed), whether the review day has its «Sinh hoạt» row, optional Thông tin chung items,
which meetings were held and how many came, the reasons of absence, the optional sheets. The
quick profile (every run) builds 12 examples (≈ 5 s here); the long one (marked slow: CI, a
landing, or CHIBO_XL_ALL_TESTS=1) 200 (≈ 2 min); `HYPOTHESIS_PROFILE` changes neither. Broken
once on purpose to see them fail: a T/M CHI ỦY for every cell, a date line without its year.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings, strategies as st

import sparsebook
from chibo_xl.commands.build import build
from chibo_xl.workbook import vnformat as vn

TERMS = {2026: "2025-2027", 2024: "2022-2025", 2022: "2020-2022"}
OPTIONAL_INFO = ("Xếp loại của nhà trường", "Phó Bí thư", "Tên đơn vị (trường)", "Cấp học",
                 "Nhiệm kỳ chi bộ")
OPTIONAL_SHEETS = ("Giám sát", "Đảng phí", "Chỉ tiêu", "Nội dung", "Kế hoạch tháng")
DATE_LINE = re.compile(r", ngày( \d\d | +)tháng( \d{1,2} | +)năm \d{4}$")
#: a chi ủy a cell's paper may name though the cell has none: the residence's (another cell's),
#: and the đảng ủy or grassroots chi ủy that rates (the pre-2025 member form)
ELSEWHERE = re.compile(r"chi [uủ][yỷ] \(chi bộ\) nơi cư trú|Đảng ủy, chi ủy cơ sở", re.I)
QUICK, LONG = 12, 200


@st.composite
def sparse_books(draw) -> dict:
    """A valid sparse book and what was left blank in it (`_blank`)."""
    year = draw(st.sampled_from(sorted(TERMS)))
    committee = draw(st.sampled_from(["Không", "Có", None]))
    decided, votes = draw(st.booleans()), draw(st.booleans())
    data = sparsebook.kindergarten(review_present_row=draw(st.booleans()), decided=decided,
                                   votes=votes, info={"Có chi ủy": committee})
    info = data["Thông tin chung"]
    for item in OPTIONAL_INFO:
        if draw(st.booleans()):
            info[item] = None
    review = [m for m in data["Sinh hoạt"] if m["Ngày họp"] == sparsebook.REVIEW]
    monthly = [m for m in data["Sinh hoạt"] if m not in review]
    kept = draw(st.lists(st.sampled_from(range(len(monthly))), min_size=1, unique=True))
    data["Sinh hoạt"] = [monthly[i] for i in sorted(kept)] + review
    for m in data["Sinh hoạt"][:len(kept)]:
        m["Có mặt"] = draw(st.integers(min_value=5, max_value=8))
        absent = 8 - m["Có mặt"]
        reasons = draw(st.sampled_from(["blank", "excused", "split"]))
        if reasons == "excused" and absent:
            m["Vắng có lý do"] = absent
        elif reasons == "split" and absent:
            m["Vắng có lý do"], m["Vắng không lý do"] = absent - 1, 1
    for sheet in OPTIONAL_SHEETS:
        if draw(st.booleans()):
            data[sheet] = []
    if year != 2026:
        data = sparsebook.in_year(year, TERMS[year], data)
        if info["Nhiệm kỳ chi bộ"] is None:
            data["Thông tin chung"]["Nhiệm kỳ chi bộ"] = None
    data["_case"] = {"year": year, "committee": committee == "Có", "voted": decided or votes,
                     "review_row": bool(review)}
    return data


def _texts(folder: Path) -> dict[str, tuple[str, str]]:
    """File name → (its header's date line, its whole text)."""
    out = {}
    for path in sorted(folder.rglob("*.docx")):
        doc = Document(str(path))
        body = [p.text for p in doc.paragraphs]
        body += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        out[path.name] = (doc.tables[0].rows[1].cells[1].text, "\n".join(body))
    return out


def check_book(data: dict) -> None:
    case = data.pop("_case")
    year = case["year"]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        sparsebook.write(folder / "so.xlsx", data)
        result = build(folder / "so.xlsx", folder / "out", meetings="all")
        assert result.ok, result.report.to_text()                   # builds, whatever is blank
        docs = _texts(folder / "out")
    assert docs
    for name, (date_line, text) in docs.items():
        assert DATE_LINE.search(date_line), (name, date_line)        # every date line, its year
        if not case["committee"]:                                    # no chi ủy it lacks
            found = re.findall(r".{0,30}chi [uủ][yỷ].{0,20}", ELSEWHERE.sub("", text), re.I)
            assert not found, (name, found)
        assert "00 phiếu" not in text, name                          # ballots were never typed
    # a meeting's reasons of absence nobody typed are blanks, never 00
    for m in data["Sinh hoạt"]:
        absent = m["Số triệu tập"] - m["Có mặt"]
        name = f"Biên bản sinh hoạt chi bộ {m['Ngày họp']:%d-%m-%Y}.docx"
        if m["Ngày họp"].replace(year=2026) == sparsebook.REVIEW or name not in docs:
            continue
        line = next(t for t in docs[name][1].split("\n") if "vắng mặt:" in t)
        if absent and "Vắng có lý do" not in m:
            assert f"vắng mặt: {vn.count(absent)} đồng chí (có lý do: ……; không có lý do: ……)" \
                in line, line
        elif not absent:
            assert line.endswith("vắng mặt: 00 đồng chí."), line
    record = docs[f"Biên bản kiểm phiếu xếp loại đảng viên năm {year}.docx"][1]
    assert "- Số phiếu phát ra: " in record
    if not case["voted"]:
        assert "- Số phiếu phát ra: …… phiếu; số phiếu thu về: …… phiếu." in record
        minutes = docs[f"Biên bản họp kiểm điểm, xếp loại năm {year}.docx"][1]
        assert "đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên" not in minutes
    present = data["Thông tin chung"].get("Số đảng viên dự họp kiểm điểm")
    if not case["review_row"] and present is None:
        assert "- Số đảng viên có mặt: …… đồng chí; vắng mặt: …… đồng chí." in record


_SETTINGS = dict(deadline=None, derandomize=False, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(max_examples=QUICK, **_SETTINGS)
@given(sparse_books())
def test_random_sparse_workbooks_quick(data):
    check_book(data)


@pytest.mark.slow
@settings(max_examples=LONG, **_SETTINGS)
@given(sparse_books())
def test_random_sparse_workbooks_long(data):
    check_book(data)
