"""Issue 27: the papers of the year that were typed by hand, each built from the example and from
a sparse workbook, read back with python-docx: the vote-count record of the cell's own level, the
member register, the programme and the report of inspection and supervision, the mid-year report
and the chi ủy's minutes."""
import copy
import datetime as dt

import pytest
from conftest import small_data
from docx import Document

import docfmt
from chibo_xl.commands.build import build
from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook.blank import write_workbook
from example_data import EXAMPLE

D = dt.date
CELL_COUNT = "Biên bản kiểm phiếu xếp loại chất lượng chi bộ năm 2026.docx"


def built(folder, data):
    write_workbook(folder / "so.xlsx", data, workbook_lists())
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out", result


def rows(path, table: int) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in Document(str(path)).tables[table].rows]


def sparse_data() -> dict:
    """The small cell, no chi ủy, with most optional cells blank: no ballots counted, no
    counting committee, no votes for the cell's level."""
    data = small_data()
    info = data["Thông tin chung"]
    for key in ("Ban kiểm phiếu", "Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ",
                "Thư ký họp kiểm điểm"):
        info.pop(key, None)
    for r in data["Xếp loại"]:
        for key in ("Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV", "Phiếu KHTNV"):
            r.pop(key, None)
    return data


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    return built(tmp_path_factory.mktemp("example"), copy.deepcopy(EXAMPLE))


@pytest.fixture(scope="module")
def sparse(tmp_path_factory):
    return built(tmp_path_factory.mktemp("sparse"), sparse_data())


# --- the vote-count record of the cell's own level ----------------------------------------------
def test_the_cell_count_of_the_example(example):
    out, _ = example
    path = out / CELL_COUNT
    text = docfmt.text_of(path)
    assert "Hoà Bình, ngày 03 tháng 12 năm 2026" in text
    assert ("Hôm nay, ngày 03 tháng 12 năm 2026, tại Trường THCS Hoà Bình, Chi bộ Trường THCS Hoà "
            "Bình tổ chức biểu quyết bằng phiếu kín mức xếp loại chất lượng Chi bộ Trường THCS Hoà "
            "Bình năm 2026.") in text
    assert "1. Đồng chí Phạm Văn Hùng – Trưởng ban;" in text
    assert "- Số đảng viên chính thức dự họp có quyền biểu quyết: 29 đồng chí." in text
    # 29 of 29 for the proposal: every ballot valid, the other levels 0
    assert "- Số phiếu phát ra: 29 phiếu; số phiếu thu về: 29 phiếu." in text
    assert "- Số phiếu hợp lệ: 29 phiếu; số phiếu không hợp lệ: 00 phiếu." in text
    assert rows(path, 1) == [
        ["STT", "Mức xếp loại chất lượng", "Số phiếu", "Tỷ lệ"],
        ["1", "Hoàn thành xuất sắc nhiệm vụ (đề xuất)", "29", "100%"],
        ["2", "Hoàn thành tốt nhiệm vụ", "00", "0%"],
        ["3", "Hoàn thành nhiệm vụ", "00", "0%"],
        ["4", "Không hoàn thành nhiệm vụ", "00", "0%"]]
    assert ("Mức «Hoàn thành xuất sắc nhiệm vụ» do chi ủy đề xuất được 29/29 đảng viên chính thức "
            "dự họp tán thành, đạt 100%.") in text
    assert [r[1] for r in rows(path, 2)[1:]] == ["Phạm Văn Hùng", "Đỗ Thị Mai Phương",
                                                  "Đào Minh Khôi"]
    assert docfmt.problems(path, superior="Đảng bộ xã Hoà Bình", cell="Chi bộ Trường THCS Hoà Bình",
                           date_line="Hoà Bình, ngày 03 tháng 12 năm 2026", doc_type="BIÊN BẢN",
                           number="Số      -BB/CB", sign_for=None, sign_name=None,
                           recipients=False) == []


def test_the_cell_count_of_a_sparse_book_is_a_form(sparse):
    out, _ = sparse
    path = out / CELL_COUNT
    text = docfmt.text_of(path)
    # five official members present (six, one probationary); nothing counted yet
    assert "- Số phiếu phát ra: 05 phiếu; số phiếu thu về: …… phiếu." in text
    assert "- Số phiếu hợp lệ: …… phiếu; số phiếu không hợp lệ: …… phiếu." in text
    assert rows(path, 1)[2] == ["2", "Hoàn thành tốt nhiệm vụ (đề xuất)", "……", "……"]
    assert rows(path, 1)[1] == ["1", "Hoàn thành xuất sắc nhiệm vụ", "……", "……"]
    assert "Mức «Hoàn thành tốt nhiệm vụ» do chi bộ đề xuất được …… phiếu tán thành." in text
    assert "00 phiếu" not in text
