"""Blank optional cells never break a sentence (issue 10, item 4): a workbook with only the
required cells filled builds every document kind, and no paragraph holds whitespace before
"," ";" ":" or "." (dotted leaders for hand filling aside)."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from docx import Document

from chibo_xl.commands.build import build
from chibo_xl.documents import kinds
from chibo_xl.workbook.blank import write_workbook

D = dt.date
BROKEN = re.compile(r"\s[,;:.]")
LEADERS = re.compile(r"[…]+|\.{3,}")


def required_only() -> dict:
    """Every sheet with rows holding only its required cells; a Văn bản row for every kind."""
    members = [{"Họ và tên": f"Nguyễn Văn {c}", "Ngày sinh": D(1980, 1, 1 + i), "Giới tính": "Nam",
                "Dân tộc": "Kinh", "Trình độ chuyên môn": "Đại học", "Ngày vào Đảng": D(2005, 5, 19),
                "Loại đảng viên": "Chính thức"} for i, c in enumerate("ABCDEFG")]
    # one member reaching 30 years of party age, one whose probation ends: their documents too
    members[4].update({"Ngày vào Đảng": D(1996, 5, 19), "Ngày sinh": D(1970, 1, 5)})
    members[5].update({"Ngày vào Đảng": D(2025, 11, 20), "Loại đảng viên": "Dự bị"})
    ratings = [{"Họ và tên": m["Họ và tên"], "Chi bộ đề nghị": "Hoàn thành xuất sắc nhiệm vụ"
                if i < 2 else "Hoàn thành tốt nhiệm vụ"} for i, m in enumerate(members)]
    ratings[0]["Đề nghị khen thưởng"] = "Giấy khen"
    meetings = [{"Ngày họp": D(2026, m, 5), "Loại": "Thường kỳ", "Số triệu tập": 6, "Có mặt": 6}
                for m in range(1, 12)]
    meetings[5]["Chủ đề"] = "Sơ kết 6 tháng đầu năm"   # the mid-year report's day (issue 27)
    return {
        "Thông tin chung": {"Đảng bộ cấp trên": "Đảng bộ xã Định An",
                            "Tên chi bộ": "Chi bộ Trường Tiểu học 3", "Địa danh": "Định An",
                            "Năm đánh giá": 2026, "Bí thư": "Nguyễn Văn A"},
        "Văn bản": [{"Loại văn bản": k.label} for k in kinds.all_kinds() if k.label],
        "Đảng viên": members,
        # a rating row needs its level (LEVEL_MISSING is an error); nothing else. Two proposed
        # "Hoàn thành xuất sắc" for five "Hoàn thành tốt" exceed the cap (its own ballot), one
        # proposed for commendation (the request to the đảng ủy)
        "Xếp loại": ratings,
        "Chỉ tiêu": [{"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Học sinh lên lớp",
                      "Chỉ tiêu đề ra": 98}],
        "Thành tích": [{"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": "Trường Tiểu học 3",
                        "Danh hiệu, giải thưởng": "Tập thể lao động tiên tiến"}],
        "Nội dung": [{"Mục": "Thuận lợi", "Nội dung": "Chi bộ đoàn kết."}],
        "Kế hoạch tháng": [{"Tháng": m, "Nội dung hoạt động": f"Việc tháng {m}"}
                           for m in range(1, 13)],
        "Sinh hoạt": meetings
                     + [{"Ngày họp": D(2026, 3 * q, 20), "Loại": "Chuyên đề", "Số triệu tập": 6,
                         "Có mặt": 6} for q in range(1, 4)],
        "Giám sát": [{"Họ và tên": "Nguyễn Văn B"}],
        # the day the chi bộ considered her admission: its resolution too (issue 27)
        "Phát triển Đảng": [{"Họ và tên quần chúng": "Lê Thị Mai",
                             "Ngày chi bộ xét kết nạp": D(2026, 9, 5)}],
        "Biểu hiện": [{"Biểu hiện": "Ngại va chạm"}],
        "Đảng phí": [{"Họ và tên": "Nguyễn Văn C", "Tháng": 1}],
    }


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Every document of the required-only book (the term report is `chibo-xl term`'s job)."""
    folder = tmp_path_factory.mktemp("required")
    write_workbook(folder / "so.xlsx", required_only())
    result = build(folder / "so.xlsx", folder / "out", meetings="all")
    assert result.ok, result.report.to_text()
    return result


def paragraphs(path):
    doc = Document(str(path))
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def test_every_kind_is_built_from_required_cells_only(made):
    stems = {p.name for p in made.made}
    for declared in kinds.all_kinds():
        if declared.key == "bao_cao_nhiem_ky":  # made by `chibo-xl term` over the term's books
            continue
        if declared.key == "bien_ban_hop_chi_uy":   # seven members: no chi ủy, none of its minutes
            assert not any(name.startswith(declared.display) for name in stems)
            continue
        if declared.key == "mau_02":
            assert any("Mẫu 02" in str(p) for p in made.made)
            continue
        assert any(name.startswith(declared.display) for name in stems), declared.key
    assert any(p.name.startswith("Biên bản sinh hoạt chi bộ 20-03") for p in made.made)


def test_no_sentence_is_broken_by_a_blank_cell(made):
    broken = []
    for path in made.made:
        for p in paragraphs(path):
            text = LEADERS.sub("…", p.text)
            for found in BROKEN.finditer(text):
                start = max(found.start() - 30, 0)
                broken.append(f"{path.name}: «{text[start:found.end() + 10]}»")
    assert broken == [], "\n".join(dict.fromkeys(broken))
