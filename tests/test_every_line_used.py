"""Every typed line is used, or `check` says it is not (issue 22, item 4): «Căn cứ» rows head the
plan's and the annual report's bases; supervision's names, content and results, the school's
rating and the card number reach the documents that call for them; a section of «Nội dung» no
document of the build prints gets a warning naming it. The sparse kindergarten book."""
from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from docx import Document

import sparsebook
from chibo_xl.cli import main
from chibo_xl.commands.build import build
from chibo_xl.documents.narrative import cited_day

BASE = ("Căn cứ Kế hoạch số 15-KH/ĐU ngày 05/01/2026 của Đảng ủy xã Tân Phú về công tác xây dựng "
        "Đảng năm 2026")
SCHOOL = "Hoàn thành tốt nhiệm vụ"


def text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lines")
    sparsebook.write(folder / "so.xlsx")
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    assert "SECTION_UNUSED" not in result.report.to_text()
    return folder / "out"


def test_the_bases_typed_in_noi_dung_head_the_plan_and_the_annual_report(built):
    plan = text(built / "Kế hoạch hoạt động chi bộ năm 2026.docx")
    assert ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\nCăn cứ Nghị quyết Đại hội Chi bộ Trường Mầm "
            f"non Hoa Sen nhiệm kỳ 2025-2027;\n{BASE},\nChi bộ Trường Mầm non Hoa Sen xây dựng "
            "kế hoạch") in plan
    report = text(built / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    assert (f"-----\n{BASE};\nCăn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2026, Chi "
            "bộ Trường Mầm non Hoa Sen báo cáo") in report


def test_supervision_the_schools_rating_and_the_card_reach_their_documents(built):
    report = text(built / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    assert ("1 | Phạm Thị Mai |  | Việc thực hiện nhiệm vụ chuyên môn |  | Thực hiện tốt"
            in report)
    assert f"Trường Mầm non Hoa Sen được xếp loại chất lượng năm 2026: {SCHOOL}." in report
    basis = f"Căn cứ kết quả xếp loại chất lượng năm 2026 của Trường Mầm non Hoa Sen: {SCHOOL}."
    assert basis in text(built / "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm 2026.docx")
    assert basis in text(built / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    m01 = text(built / "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm 2026.docx")
    assert "Kết quả giám sát đảng viên:" in m01
    assert "1 | Phạm Thị Mai |  | Việc thực hiện nhiệm vụ chuyên môn |  | Thực hiện tốt" in m01
    badge = text(built / "Tờ trình đề nghị tặng Huy hiệu Đảng năm 2026.docx")
    assert "Số thẻ đảng viên" in badge and "| Đỗ Thị Ngọc | 14/02/1976 | 01234567 |" in badge


def test_a_section_no_document_prints_is_named_by_build_and_by_check(tmp_path):
    data = sparsebook.kindergarten()
    data["Nội dung"].append({"Mục": "Kiểm điểm chi ủy: Hạn chế",
                             "Nội dung": "Có lúc chỉ đạo chưa kiên quyết."})
    sparsebook.write(tmp_path / "so.xlsx", data)
    warning = ("Nội dung!A4: Mục «Kiểm điểm chi ủy: Hạn chế» có 01 dòng nhưng không văn bản nào "
               "của lần tạo này in mục này: mục này chỉ in trong «Báo cáo tổng kết nhiệm kỳ».")
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok and warning in result.report.to_text()
    checked = CliRunner().invoke(main, ["check", str(tmp_path / "so.xlsx")])
    assert checked.exit_code == 1 and warning in checked.output


def test_a_base_issued_after_the_plan_is_not_a_base_of_the_plan(tmp_path):
    """The plan is dated 05/01/2026 (its first meeting): a «Căn cứ» row citing a text of
    20/11/2026 heads the annual report, not the plan (before: the plan of 05/01 rested on a
    guidance of November); a row citing no day goes into both."""
    data = sparsebook.kindergarten()
    later = ("Căn cứ Hướng dẫn số 12-HD/ĐU ngày 20/11/2026 của Đảng ủy xã Tân Phú về tổng kết "
             "công tác năm 2026")
    undated = "Căn cứ Quy chế làm việc của Chi bộ Trường Mầm non Hoa Sen"
    data["Nội dung"][1:1] = [{"Mục": "Căn cứ", "Nội dung": later},
                             {"Mục": "Căn cứ", "Nội dung": undated}]
    sparsebook.write(tmp_path / "so.xlsx", data)
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok, result.report.to_text()
    plan = text(tmp_path / "out" / "Kế hoạch hoạt động chi bộ năm 2026.docx")
    assert "Tân Phú, ngày 05 tháng 01 năm 2026" in plan
    assert f"{BASE};\n{undated},\nChi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch" in plan
    assert "12-HD/ĐU" not in plan
    report = text(tmp_path / "out" / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    assert f"-----\n{BASE};\n{later};\n{undated};\nCăn cứ kết quả lãnh đạo" in report


def test_the_day_a_base_cites():
    assert cited_day(BASE) == dt.date(2026, 1, 5)
    assert cited_day("Căn cứ Hướng dẫn số 12-HD/ĐU ngày 5-11-2026 của Đảng ủy") == dt.date(2026, 11, 5)
    assert cited_day("Căn cứ Điều lệ Đảng") is None
    assert cited_day("Căn cứ … ngày 31/02/2026") is None
