"""Issue 24, item 3: each monthly pair says what the month was — the reviewed month's planned
tasks with what was done, the members admitted, arrived, gone or recognized since the previous
meeting, every typed summary and conclusion, the presenter from Kế hoạch tháng; the resolution's
tasks with their person in charge, none its own meeting has just done; one resolution a month with
a meeting of any kind; the review meeting told once."""
import datetime as dt

import docfmt
import pytest
from conftest import ROOT, small_data

from chibo_xl.commands.build import build
from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook.blank import write_workbook

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
D = dt.date


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    result = build(EXAMPLE, tmp_path_factory.mktemp("vidu") / "out")
    assert result.ok
    return result.outdir


def text(folder, name):
    return docfmt.text_of(folder / name)


def between(body, start, end):
    return body.split(start, 1)[1].split(end, 1)[0]


def test_the_minutes_recall_the_month_behind_them(example):
    june = text(example, "Biên bản sinh hoạt chi bộ 04-06-2026.docx")
    assert between(june, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 5\n",
                   "2. Ý kiến thảo luận") == (
        "- Sinh hoạt chuyên đề quý II: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
        "Minh (đồng chí Nguyễn Thị Thu Hà phụ trách): đã tổ chức ngày 21/05/2026, 31/32 đảng viên "
        "dự;\n"
        "- Tổ chức lễ kết nạp đảng viên mới (Chi ủy phụ trách): Đã kết nạp đồng chí Đặng Quốc Bảo "
        "ngày 19/5;\n"
        "- Tổng kết năm học 2025-2026; xét thi đua, đánh giá, xếp loại viên chức (đồng chí Đinh "
        "Văn Thắng phụ trách): Đã tổng kết ngày 29/5.\n"
        "Công tác đảng viên (từ buổi sinh hoạt ngày 07/05/2026 đến nay):\n"
        "- Kết nạp đảng viên mới: đồng chí Đặng Quốc Bảo (ngày 19/05/2026).\n"
        "Đồng chí Bí thư trình bày dự thảo báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2026; các "
        "đồng chí đảng viên góp ý kiến bổ sung.\n")
    # a thường kỳ meeting's typed conclusion is printed too, and the meeting's own act is said
    assert ("4. Kết luận của đồng chí chủ trì\nChi bộ thống nhất thông qua báo cáo sơ kết 6 tháng "
            "đầu năm 2026 và lịch trực hè của cán bộ, giáo viên, nhân viên.\n") in june
    assert "Tại buổi sinh hoạt, chi bộ đã sơ kết công tác Đảng 6 tháng đầu năm 2026." in june
    april = text(example, "Biên bản sinh hoạt chi bộ 07-04-2026.docx")
    assert ("- Sinh hoạt chuyên đề quý I: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng "
            "(đồng chí Đinh Văn Thắng phụ trách): đã tổ chức ngày 26/03/2026, 30/31 đảng viên "
            "dự;") in april
    assert "Công tác đảng viên" not in april          # nobody came or went in March after the 5th


def test_members_who_came_or_went_since_the_previous_meeting(example):
    january = text(example, "Biên bản sinh hoạt chi bộ 08-01-2026.docx")
    assert ("Công tác đảng viên (từ đầu năm 2026 đến nay):\n- Kết nạp đảng viên mới: đồng chí Lý "
            "Thị Hồng Vân (ngày 06/01/2026).") in january
    # a January meeting reviews December of the year before: no row of this workbook, lines to fill
    assert ("1. Đánh giá kết quả thực hiện nhiệm vụ tháng 12/2025\nCông tác đảng viên") in january
    march = text(example, "Biên bản sinh hoạt chi bộ 05-03-2026.docx")
    assert ("- Tiếp nhận đảng viên chuyển đến: đồng chí Hồ Văn Sơn (ngày 02/03/2026).") in march
    october = text(example, "Biên bản sinh hoạt chi bộ 06-10-2026.docx")
    assert ("Công tác đảng viên (từ buổi sinh hoạt ngày 08/09/2026 đến nay):\n- Đảng viên chuyển "
            "sinh hoạt đảng đi: đồng chí Nguyễn Thị Phương Thảo (ngày 21/09/2026).") in october
    # a thematic meeting of a month that had its regular one carries no month's business
    assert "Công tác đảng viên" not in text(example, "Biên bản sinh hoạt chi bộ 21-05-2026.docx")


def test_who_was_absent_is_named(example):
    february = text(example, "Biên bản sinh hoạt chi bộ 05-02-2026.docx")
    assert ("vắng mặt: 02 đồng chí (có lý do: 02; không có lý do: 00).\n- Vắng có lý do: đồng chí "
            "Bùi Thị Xuân (ốm), đồng chí Khuất Thị Hạnh (nghỉ thai sản).\n") in february


def test_the_presenter_comes_from_the_plan_when_the_row_leaves_it_blank(example):
    thematic = text(example, "Biên bản sinh hoạt chi bộ 26-03-2026.docx")
    assert "Đồng chí Đinh Văn Thắng trình bày chuyên đề." in thematic
    assert "Người trình bày: đồng chí …" not in thematic


def test_the_resolution_assigns_tasks_with_their_person_in_charge(example):
    june = text(example, "Nghị quyết chi bộ tháng 06-2026.docx")
    assert between(june, "II. NHIỆM VỤ THÁNG 6\n", "III. TỔ CHỨC THỰC HIỆN") == (
        "- Phân công cán bộ, giáo viên trực hè; chỉ đạo hoạt động hè cho học sinh (đồng chí "
        "Nguyễn Thị Thu Hà phụ trách).\n")
    assert "Tại buổi sinh hoạt, chi bộ đã sơ kết công tác Đảng 6 tháng đầu năm 2026." in june
    january = text(example, "Nghị quyết chi bộ tháng 01-2026.docx")
    assert "Tại buổi sinh hoạt, chi bộ đã thông qua kế hoạch hoạt động của chi bộ năm 2026." in \
        january
    assert "Thông qua" not in between(january, "II. NHIỆM VỤ THÁNG 01", "III.")
    assert ("- Sơ kết học kỳ I năm học 2025-2026; chỉ đạo xây dựng kế hoạch học kỳ II (đồng chí "
            "Đinh Văn Thắng phụ trách);") in january
    march = text(example, "Nghị quyết chi bộ tháng 03-2026.docx")
    # held on the 5th, the resolution still assigns the thematic meeting of the 26th
    assert ("- Sinh hoạt chuyên đề quý I: Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng "
            "(đồng chí Đinh Văn Thắng phụ trách);") in march


def test_the_review_meeting_is_told_once_and_its_resolution_assigns_no_review(example):
    minutes = sorted(p.name for p in example.glob("Biên bản sinh hoạt chi bộ *.docx"))
    assert len(minutes) == 16 and "Biên bản sinh hoạt chi bộ 03-12-2026.docx" not in minutes
    assert "Số 16-BB/CB" in text(example, "Biên bản sinh hoạt chi bộ 19-11-2026.docx")
    review = text(example, "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    assert "Số 17-BB/CB" in review
    assert ("5. Đánh giá kết quả thực hiện nhiệm vụ tháng 11, nhiệm vụ tháng 12\n- Tổ chức các hoạt "
            "động chào mừng Ngày Nhà giáo Việt Nam 20/11 (đồng chí Phạm Văn Hùng phụ trách): Hoàn "
            "thành;") in review
    assert ("Nhiệm vụ tháng 12:\n- Tổng kết công tác xây dựng Đảng năm 2026, xây dựng phương hướng "
            "năm 2027 (đồng chí Đinh Văn Thắng phụ trách);") in review
    assert "6. Kết luận hội nghị" in review
    december = text(example, "Nghị quyết chi bộ tháng 12-2026.docx")
    assert "Số 12-NQ/CB" in december
    assert "Kiểm điểm" not in between(december, "II. NHIỆM VỤ THÁNG 12", "III.")
    assert ("Tại buổi sinh hoạt, chi bộ đã kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ "
            "và đảng viên năm 2026.") in december


# --- books of our own -------------------------------------------------------------------------

def built(tmp_path, data):
    write_workbook(tmp_path / "so.xlsx", data, workbook_lists())
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok, result.report.to_text()
    return result.outdir


def test_a_month_whose_only_meeting_was_thematic_has_its_resolution(tmp_path):
    data = small_data()
    data["Sinh hoạt"] = [m for m in data["Sinh hoạt"] if m["Ngày họp"] != D(2026, 6, 5)]
    out = built(tmp_path, data)
    resolution = text(out, "Nghị quyết chi bộ tháng 06-2026.docx")
    assert "Căn cứ kết quả sinh hoạt chi bộ chuyên đề ngày 20 tháng 6 năm 2026," in resolution
    # held after the 15th, it reviews June and sets July's tasks
    assert "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 6" in resolution
    assert "- Sinh hoạt chi bộ tháng 7 (Bí thư phụ trách)." in resolution
    minutes = text(out, "Biên bản sinh hoạt chi bộ 20-06-2026.docx")
    assert "5. Đánh giá kết quả thực hiện nhiệm vụ tháng 6, nhiệm vụ tháng 7" in minutes
    assert len(list(out.glob("Nghị quyết chi bộ tháng *.docx"))) == 12


def test_what_nobody_typed_is_left_to_fill_and_what_was_typed_is_printed(tmp_path):
    data = small_data()
    data["Sinh hoạt"][2].update({"Tóm tắt nội dung": "Chi ủy báo cáo kết quả tháng 02.",
                                 "Kết luận": "Chi bộ thống nhất các nhiệm vụ tháng 3."})
    data["Kế hoạch tháng"][1]["Kết quả thực hiện"] = "Hoàn thành"
    data["Đảng viên"][4].update({"Biến động trong năm": "Chuyển chính thức",
                                 "Ngày biến động": D(2026, 2, 20)})
    out = built(tmp_path, data)
    march = text(out, "Biên bản sinh hoạt chi bộ 05-03-2026.docx")
    assert between(march, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 02\n",
                   "2. Ý kiến thảo luận") == (
        "- Sinh hoạt chi bộ tháng 2 (Bí thư phụ trách): Hoàn thành.\n"
        "Công tác đảng viên (từ buổi sinh hoạt ngày 05/02/2026 đến nay):\n"
        "- Kết nạp đảng viên mới: đồng chí Vũ Minh Đức (ngày 01/03/2026).\n"
        f"- Công nhận đảng viên chính thức: đồng chí {data['Đảng viên'][4]['Họ và tên']} (ngày "
        "20/02/2026).\n"
        "Chi ủy báo cáo kết quả tháng 02.\n")
    assert "4. Kết luận của đồng chí chủ trì\nChi bộ thống nhất các nhiệm vụ tháng 3.\n" in march
    april = text(out, "Biên bản sinh hoạt chi bộ 05-04-2026.docx")
    # March's row has no result typed and its thematic meeting (20/03) says what was done
    assert ("- Sinh hoạt chi bộ tháng 3 (Bí thư phụ trách): đã tổ chức ngày 20/03/2026, 6/6 đảng "
            "viên dự.") in april
    may = text(out, "Biên bản sinh hoạt chi bộ 05-05-2026.docx")
    assert "- Sinh hoạt chi bộ tháng 4 (Bí thư phụ trách): …………….\n" in may


def test_every_series_kind_says_which_meetings_take_its_numbers():
    """`Kind.numbered(book, meeting)`: the Văn bản check counts a series through it (a kind
    declaring it with one argument stopped `check` with a TypeError)."""
    from chibo_xl.checks.pipeline import check_file
    from chibo_xl.documents import kinds

    book, _ = check_file(EXAMPLE)
    meeting = book.rows("meetings")[0]
    for kind in kinds.all_kinds():
        if kind.series:
            assert kind.numbered(book, meeting) in (True, False), kind.key
