"""Issue 12: the review documents to the letter — who votes, the minutes, the vote-count record."""
import re
from decimal import Decimal

import docfmt
import pytest
from conftest import HTT, HTXS, small_data
from docx import Document
from seedbooks import SEED_004
from test_check_ratings import _thirty_with_three_probationary

from chibo_xl.commands.build import build
from chibo_xl.workbook.blank import write_workbook

MINUTES_2020 = "Biên bản họp kiểm điểm, xếp loại năm 2020.docx"
MINUTES = "Biên bản họp kiểm điểm, xếp loại năm 2026.docx"
COUNT = "Biên bản kiểm phiếu xếp loại đảng viên năm 2026.docx"


def built(tmp_path, data, name="so.xlsx"):
    write_workbook(tmp_path / name, data)
    result = build(tmp_path / name, tmp_path / "out")
    assert result.ok, result.report.to_text()
    return tmp_path / "out"


@pytest.fixture(scope="module")
def thirty(tmp_path_factory):
    """30 present, 3 of them probationary: 27 ballots."""
    return built(tmp_path_factory.mktemp("thirty"), _thirty_with_three_probationary(small_data()))


def test_seed_004_minutes_say_the_cells_own_vote(tmp_path):
    out = built(tmp_path, SEED_004)
    text = docfmt.text_of(out / MINUTES_2020)
    assert ("Chi bộ thống nhất tự đánh giá, đề xuất xếp loại chất lượng tập thể chi bộ năm 2020: Hoàn "
            "thành xuất sắc nhiệm vụ với số phiếu đạt 100% (22/22 đảng viên chính thức dự họp).") in text
    assert "Chi bộ kiểm điểm, đánh giá, xếp loại 22 đồng chí." in text
    # the commendation, by name, and a numbered conclusion
    assert "Chi bộ đề nghị cấp trên khen thưởng 03 đảng viên:" in text
    assert "- Đồng chí Nguyễn Thị Hằng Nga: Giấy khen của Đảng ủy phường Giang Biên;" in text
    assert "(1) Tập thể chi bộ tự đánh giá, đề xuất xếp loại chất lượng năm 2020: Hoàn thành xuất sắc" in text
    assert re.search(r"\(3\) Đề nghị khen thưởng: đồng chí Nguyễn Thị Hằng Nga, đồng chí Phạm Thị Thanh "
                     r"Hương, đồng chí Nguyễn Văn Cường\.", text)
    assert "Ý kiến thảo luận:" in text and "Ý kiến góp ý:" in text
    # 2020: one group for the whole cell, 3 of 19
    assert ("Số đảng viên hoàn thành xuất sắc nhiệm vụ là 03, bằng 15,8% số đảng viên hoàn thành tốt "
            "nhiệm vụ (không vượt quá 20% theo quy định).") in text


def test_thirty_present_three_probationary_the_documents_count_27(thirty):
    minutes = docfmt.text_of(thirty / MINUTES)
    assert ("Có mặt 30 đồng chí, trong đó 27 đảng viên chính thức có quyền biểu quyết và 03 đảng viên dự "
            "bị (không biểu quyết); vắng mặt 00 đồng chí.") in minutes
    assert "(27 đảng viên chính thức dự họp biểu quyết)" in minutes
    record = docfmt.text_of(thirty / COUNT)
    assert "- Số đảng viên chính thức dự họp có quyền biểu quyết: 27 đồng chí." in record
    assert "- Số phiếu phát ra: 27 phiếu; số phiếu thu về: 27 phiếu." in record
    rows = docfmt.table_rows(thirty / COUNT, "STT")
    nga = next(r for r in rows if r[1] == "Nguyễn Thị Hằng Nga")
    assert nga[2] == "25\n92,6%" and nga[3] == "02\n7,4%"          # 25/27 and 2/27, not /30
    other = next(r for r in rows if r[1] == "Trần Văn Bình")
    assert other[3] == "27\n100%"


def test_the_vote_count_record_names_roles_signatures_and_totals(thirty):
    record = docfmt.text_of(thirty / COUNT)
    assert "1. Đồng chí Lê Thị Hoa – Trưởng ban;" in record
    assert "2. Đồng chí Phạm Văn Nam – Thành viên." in record
    doc = Document(str(thirty / COUNT))
    sign = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Ký tên")
    assert [[c.text.strip() for c in row.cells][:3] for row in sign.rows[1:]] == [
        ["1", "Lê Thị Hoa", "Trưởng ban"], ["2", "Phạm Văn Nam", "Thành viên"]]
    dist = docfmt.table_rows(thirty / COUNT, "Mức xếp loại chất lượng")
    assert dist[1] == [HTXS, "01", "3,3%"] and dist[2] == [HTT, "29", "96,7%"]
    assert dist[-1] == ["Tổng cộng", "30", "100%"]


def test_every_members_percentages_add_up_to_exactly_100(thirty):
    rows = [r for r in docfmt.table_rows(thirty / COUNT, "STT") if r[0].isdigit()]
    assert len(rows) == 30
    for row in rows:
        shares = [Decimal(cell.split("\n")[1][:-1].replace(",", ".")) for cell in row[2:6]
                  if "\n" in cell]
        assert sum(shares) == 100, row
