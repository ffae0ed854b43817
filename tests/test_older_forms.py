"""The older years to the letter (issue 22, item 7): a 2019–2022 book gets Hướng dẫn 21-HD/BTCTW's
forms — one «Mẫu 02-HD KĐ.ĐG 2019», «VII. Tự nhận mức xếp loại chất lượng», the unit head's and the
chi bộ's assessment with «Chi bộ đề xuất xếp loại mức chất lượng», the đảng ủy's level — and a
2023–2024 book Hướng dẫn 25-HD/BTCTW's 02A/02B; none prints the 2025 parts or wording, and the
review minutes cite the year's texts (sources: tools/older_forms.py, ../notes/research-22.md)."""
from __future__ import annotations

import pytest
from docx import Document

import sparsebook
from chibo_xl.commands.build import build

#: what only the 2025 forms (Hướng dẫn 43) print
NEWER = ("Đánh giá theo các nhóm tiêu chí", "NỘI DUNG TỰ ĐÁNH GIÁ", "Gửi kèm Phụ lục", "/100",
         "chuyển đổi số", "tinh gọn", "kinh tế tư nhân", "Quy định 366", "Phụ lục 4")


def text(path) -> str:
    doc = Document(str(path))
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for row in t.rows for c in row.cells])


def _built(folder, year, term):
    sparsebook.write(folder / "so.xlsx", sparsebook.in_year(year, term))
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out"


@pytest.fixture(scope="module")
def y2022(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("y2022"), 2022, "2020-2022")


def test_a_2022_member_form_is_hd21s_mau_02(y2022):
    forms = y2022 / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2022"
    assert sorted(p.name[:3] for p in forms.glob("*.docx")) == ["02 "] * 8
    leader = text(forms / "02 - Trần Thị Lan.docx")
    member = text(forms / "02 - Phạm Thị Mai.docx")
    retired = text(forms / "02 - Ngô Văn Tư.docx")
    for form in (leader, member, retired):
        assert form.startswith("Mẫu 02-HD KĐ.ĐG 2019\n")
        assert "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2022\n" in form
        assert "Chức vụ Đảng: " in form and "Chức vụ đoàn thể: " in form
        assert ("Tự đánh giá về cấp độ thực hiện:    ☐ Xuất sắc    ☐ Tốt    ☐ Trung bình    ☐ Kém"
                in form)
        assert "VII. Tự nhận mức xếp loại chất lượng" in form
        assert "- Nhận xét, đánh giá của chi bộ:" in form          # no chi ủy in this cell
        assert "- Chi bộ đề xuất xếp loại mức chất lượng: ……" in form   # before the vote
        assert "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:" in form and "T/M ĐẢNG ỦY" in form
        assert not [w for w in NEWER if w in form]
    # what the book types is printed; a post nobody typed is a line to fill, never an empty «:»
    assert "Chức vụ Đảng: Bí thư\nChức vụ chính quyền: Hiệu trưởng\n" in leader
    assert "Chức vụ Đảng: ………………………………\nChức vụ chính quyền: ………………………………\n" in member
    assert "5. Trách nhiệm nêu gương của bản thân và gia đình" in leader
    assert "6. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:" in leader
    assert "3. Việc thực hiện cam kết tu dưỡng" in member and "5. Trách nhiệm nêu gương" not in member
    assert "1. Xếp loại cán bộ, công chức, viên chức:" in leader
    assert "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ" in leader
    # a retired member is no civil servant: no such part on the form
    assert "công chức, viên chức" not in retired and "Xếp loại đảng viên:\n☐" in retired


def test_a_2022_collective_report_and_minutes_follow_hd21(y2022):
    m01 = text(y2022 / "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm 2022.docx")
    assert ("Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, "
            "đơn vị); tập thể Chi bộ Trường Mầm non Hoa Sen kiểm điểm với các nội dung chủ yếu sau:"
            in m01)
    assert "VII. Đề nghị mức xếp loại chất lượng" in m01
    assert "(kèm theo phiếu phân tích chất lượng)." in m01
    assert not [w for w in NEWER if w in m01]
    minutes = text(y2022 / "Biên bản họp kiểm điểm, xếp loại năm 2022.docx")
    assert ("Thực hiện Quy định số 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị và Hướng dẫn số "
            "21-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương về kiểm điểm") in minutes


def test_2023_and_2024_books_get_hd25s_02a_and_02b(tmp_path):
    out = _built(tmp_path, 2024, "2022-2025")
    forms = out / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2024"
    leader = text(forms / "02B - Trần Thị Lan.docx")
    member = text(forms / "02A - Phạm Thị Mai.docx")
    assert leader.startswith("Mẫu 02B-HD KĐ.ĐG 2023\n")
    assert "(Cá nhân giữ chức lãnh đạo, quản lý)" in leader and "5. Trách nhiệm nêu gương" in leader
    assert member.startswith("Mẫu 02A-HD KĐ.ĐG 2023\n")
    assert "(Cá nhân không giữ chức lãnh đạo, quản lý)" in member
    for form in (leader, member):
        assert "VII. Tự nhận mức xếp loại chất lượng" in form and not [w for w in NEWER if w in form]
    minutes = text(out / "Biên bản họp kiểm điểm, xếp loại năm 2024.docx")
    assert ("Thực hiện Quy định số 124-QĐ/TW của Bộ Chính trị và Hướng dẫn số 25-HD/BTCTW ngày "
            "10/11/2023 của Ban Tổ chức Trung ương") in minutes
