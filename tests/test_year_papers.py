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


# --- the member register (Mẫu 7-HSĐV) -----------------------------------------------------------
REGISTER = "Sổ danh sách đảng viên năm 2026.docx"


def test_the_register_lists_the_members_of_its_day_in_the_forms_columns(example):
    out, _ = example
    path = out / REGISTER
    table = rows(path, 1)
    assert table[0] == ["STT", "Họ và tên", "Nam, nữ; dân tộc; tôn giáo", "Quê quán",
                        "Văn hóa; lý luận; chuyên môn; ngoại ngữ", "Nghề nghiệp",
                        "Ngày vào Đảng; ngày chính thức", "Số thẻ đảng viên; số lý lịch",
                        "Ngày chuyển đi", "Ngày chuyển đến", "Ngày từ trần",
                        "Ngày ra khỏi Đảng, hình thức", "Ghi chú"]
    assert len(table) == 1 + 33             # every row of «Đảng viên» on the roll by 05/12/2026
    first = table[1]
    assert first[:3] == ["1", "Đinh Văn Thắng", "Nam\nKinh\nKhông"]
    assert first[4] == "12/12\nTrung cấp\nThạc sĩ\nTiếng Anh B1"
    assert first[6] == "19/05/1996\n19/05/1997" and first[7] == "23.004512"
    moved_in = next(r for r in table if r[1] == "Hồ Văn Sơn")
    moved_out = next(r for r in table if r[1] == "Nguyễn Thị Phương Thảo")
    assert moved_in[9] == "02/03/2026" and moved_out[8] == "21/09/2026"
    van = next(r for r in table if r[1] == "Lý Thị Hồng Vân")
    assert van[6] == "06/01/2026" and van[12].startswith("Dự bị")
    text = docfmt.text_of(path)
    assert ("Đến ngày 05/12/2026, chi bộ có 32 đảng viên đang sinh hoạt (29 chính thức, 03 dự "
            "bị); 01 đồng chí đã chuyển đi, từ trần hoặc ra khỏi Đảng (ghi ở các cột tương "
            "ứng).") in text
    doc = Document(str(path))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210


def test_the_register_of_a_sparse_book_on_its_own_day(tmp_path):
    data = sparse_data()
    data["Đảng viên"][3].update({"Biến động trong năm": "Chuyển đến",
                                 "Ngày biến động": D(2026, 10, 1)})
    data["Đảng viên"][0]["Giáo dục phổ thông"] = "12/12"
    data["Văn bản"].append({"Loại văn bản": "Sổ danh sách đảng viên", "Ngày ký": D(2026, 6, 30)})
    out, _ = built(tmp_path, data)
    table = rows(out / REGISTER, 1)
    # on 30/06 Phạm Văn Nam (arrives 01/10) is not yet in the cell
    assert [r[1] for r in table[1:]] == ["Nguyễn Thị Hằng Nga", "Trần Văn Bình", "Lê Thị Hoa",
                                          "Hoàng Thị Lan", "Vũ Minh Đức"]
    assert table[1][4] == "12/12\nSơ cấp\nĐại học"          # no foreign language typed
    assert table[2][4] == "\nSơ cấp\nĐại học"               # the first line left to fill
    assert table[1][3] == "" and table[1][7] == ""        # no hometown, no card
    text = docfmt.text_of(out / REGISTER)
    assert "Định An, ngày 30 tháng 6 năm 2026" in text
    assert ("Đến ngày 30/06/2026, chi bộ có 05 đảng viên đang sinh hoạt (04 chính thức, 01 dự "
            "bị).") in text


# --- the mid-year report (báo cáo sơ kết 6 tháng đầu năm) ---------------------------------------
MIDYEAR = "Báo cáo sơ kết 6 tháng đầu năm 2026.docx"


def test_the_midyear_report_of_the_example_is_true_on_the_day_it_is_adopted(example):
    out, _ = example
    path = out / MIDYEAR
    text = docfmt.text_of(path)
    # dated the June meeting whose theme says «sơ kết» (04/06): nothing later is counted
    assert "Hoà Bình, ngày 04 tháng 6 năm 2026" in text
    assert ("Đầu năm 2026 chi bộ có 29 đảng viên; từ đầu năm đến ngày 04/06/2026, chuyển đến 01, "
            "kết nạp mới 02; hiện có 32 đảng viên.") in text
    assert ("Từ đầu năm đến ngày 04/06/2026, chi bộ tổ chức 06 buổi sinh hoạt thường kỳ và 02 "
            "chuyên đề; tỷ lệ đảng viên dự sinh hoạt bình quân đạt 96%.") in text
    assert ("Từ đầu năm đến ngày 04/06/2026, chi bộ kết nạp 02 đảng viên mới (đồng chí Lý Thị "
            "Hồng Vân, ngày 06/01/2026; đồng chí Đặng Quốc Bảo, ngày 19/05/2026).") in text
    # the fees of the months over by 04/06: January to May, every member of each month (issue 22)
    assert ("Thu đảng phí tháng 01 đến tháng 05/2026: 11.688.200 đồng; trích giữ lại tại chi bộ "
            "3.506.460 đồng, nộp cấp trên 8.181.740 đồng.") in text
    # supervisions over by then (Tháng 3, 4, 3-5, 4-5), one under way (Tháng 5-10)
    assert ("Từ đầu năm đến ngày 04/06/2026, chi bộ đã giám sát 04 đảng viên (Bạch Công Minh, "
            "Phạm Văn Hùng, Hoàng Thị Thanh Huyền, Vũ Đức Anh); đang giám sát 01 đảng viên "
            "(Trịnh Văn Long).") in text
    assert "- Việc theo dõi, đôn đốc thực hiện nghị quyết hằng tháng có lúc chưa thường" in text
    done = rows(path, 1)
    assert done[0] == ["STT", "Tháng", "Nội dung hoạt động", "Người phụ trách", "Kết quả thực hiện"]
    assert len(done) == 1 + 15                          # the Kế hoạch tháng rows of months 1-6
    assert done[1][1:] == ["1", "Sơ kết học kỳ I năm học 2025-2026; chỉ đạo xây dựng kế hoạch "
                           "học kỳ II", "Đinh Văn Thắng", "Đã sơ kết ngày 16/01; kế hoạch học kỳ "
                           "II ban hành ngày 19/01"]
    assert done[6][4] == "Đã tổ chức ngày 26/03/2026, 30/31 đảng viên dự"   # a thematic month
    # June: the meeting of 04/06 did the sơ kết; the rest is under way, whatever is typed later
    assert done[14][4] == "Đã thực hiện tại buổi sinh hoạt ngày 04/06/2026"
    assert done[15][2].startswith("Phân công cán bộ") and done[15][4] == "Đang thực hiện"
    later = rows(path, 2)
    assert len(later) == 1 + 17 and later[1][1:] == [
        "7", "Chỉ đạo bồi dưỡng chính trị hè và bồi dưỡng chuyên môn cho giáo viên",
        "Đinh Văn Thắng"]


def test_the_midyear_report_of_a_sparse_book(tmp_path):
    data = small_data()
    out, result = built(tmp_path / "none", copy.deepcopy(data))
    assert not (out / MIDYEAR).exists()          # no «sơ kết» meeting, no Văn bản row
    assert any(title.startswith("Báo cáo sơ kết 6 tháng đầu năm") and "«sơ kết»" in reason
               for title, reason in result.skipped)
    data["Văn bản"].append({"Loại văn bản": "Báo cáo sơ kết 6 tháng", "Ngày ký": D(2026, 6, 30)})
    (tmp_path / "dated").mkdir()
    out, _ = built(tmp_path / "dated", data)
    text = docfmt.text_of(out / MIDYEAR)
    assert "Định An, ngày 30 tháng 6 năm 2026" in text
    assert ("Đầu năm 2026 chi bộ có 05 đảng viên; từ đầu năm đến ngày 30/06/2026, kết nạp mới 01; "
            "hiện có 06 đảng viên.") in text
    # January's list only (the whole cell, issue 22): the fees of January only, never «January to
    # June»
    assert "Thu đảng phí tháng 01/2026: 484.000 đồng;" in text
    # the one supervision has no «Thời gian»: not counted as done, and said so
    assert ("Đến ngày 30/06/2026, chi bộ chưa có cuộc kiểm tra, giám sát nào đến thời gian thực "
            "hiện theo chương trình. Chưa tính 01 nội dung chưa ghi rõ «Thời gian» ở trang «Giám "
            "sát».") in text
    assert "kết nạp 00" not in text and " 00 đảng viên" not in text
    done = rows(out / MIDYEAR, 1)
    assert [r[4] for r in done[1:]] == ["……", "……", "Đã tổ chức ngày 20/03/2026, 6/6 đảng viên dự",
                                        "……", "……", "Đã tổ chức ngày 20/06/2026, 6/6 đảng viên dự"]
    # no words of its own: the assessment is left to write by hand
    assert text.count("…" * 32) >= 4


# --- the programme of inspection and supervision, and its result report -------------------------
PROGRAMME = "Chương trình kiểm tra, giám sát năm 2026.docx"
RESULTS = "Báo cáo kết quả kiểm tra, giám sát năm 2026.docx"


def test_the_programme_of_the_example(example):
    out, _ = example
    path = out / PROGRAMME
    text = docfmt.text_of(path)
    # dated as the year's plan: its Văn bản row (08/01), numbered as a programme (CTr)
    assert "Hoà Bình, ngày 08 tháng 01 năm 2026" in text and "-CTr/CB" in text
    assert "Căn cứ Quy chế làm việc của Chi bộ Trường THCS Hoà Bình nhiệm kỳ 2025-2030," in text
    inspect, regular, thematic = rows(path, 1), rows(path, 2), rows(path, 3)
    assert inspect[0] == ["STT", "Đảng viên", "Nội dung", "Thời gian", "Người thực hiện"]
    assert inspect[1:] == [["1", "Đào Minh Khôi\n(Giáo viên)", "Việc chấp hành nghị quyết của chi "
                            "bộ và những điều đảng viên không được làm", "Tháng 8/2026",
                            "Nguyễn Thị Thu Hà"]]
    assert [r[1].split("\n")[0] for r in regular[1:]] == [
        "Hoàng Thị Thanh Huyền", "Vũ Đức Anh", "Ngô Thị Bích Ngọc", "Tạ Thị Hải Yến",
        "Trịnh Văn Long", "Kiều Thị Lệ Quyên"]
    assert thematic[1][1] == "Bạch Công Minh\n(Chi ủy viên)" and thematic[1][4] == "Đinh Văn Thắng"
    assert len(thematic) == 1 + 3
    assert "Chi ủy phân công, theo dõi, đôn đốc thực hiện chương trình" in text


def test_the_result_report_of_the_example(example):
    out, _ = example
    path = out / RESULTS
    text = docfmt.text_of(path)
    assert "Hoà Bình, ngày 05 tháng 12 năm 2026" in text
    assert ("Từ đầu năm đến ngày 05/12/2026, chi bộ kiểm tra 01 đảng viên chấp hành nhiệm vụ đảng "
            "viên, nghị quyết của chi bộ.") in text
    # the inspection is not counted as a supervision: nine members supervised, of 32
    assert ("Từ đầu năm đến ngày 05/12/2026, chi bộ giám sát 09 đảng viên, bằng 28,1% tổng số 32 "
            "đảng viên của chi bộ.") in text
    assert "Trong năm, chi bộ không có đảng viên vi phạm phải xem xét, xử lý kỷ luật." in text
    watch = rows(path, 2)
    assert watch[0] == ["STT", "Đảng viên", "Nội dung", "Thời gian", "Kết quả"]
    assert watch[1][1:] == ["Bạch Công Minh", "Trách nhiệm nêu gương của chi ủy viên trong chỉ đạo "
                            "chuyên môn", "Tháng 3/2026", "Thực hiện tốt"]
    # the annual report says the inspection apart from the supervisions
    year = docfmt.text_of(out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    assert "Chi bộ kiểm tra 01 đảng viên; giám sát 09 đảng viên (28,1%)." in year


def test_the_programme_and_report_of_a_sparse_book_are_true_on_their_days(tmp_path):
    data = sparse_data()
    data["Giám sát"] += [
        # the probationary member admitted 01/03: not in January's programme
        {"Họ và tên": "Vũ Minh Đức", "Nội dung": "Việc học tập nghị quyết", "Thời gian": "Tháng 9"},
        {"Họ và tên": "Trần Văn Bình", "Kiểm tra / giám sát": "Kiểm tra",
         "Nội dung": "Việc thực hiện nhiệm vụ phó bí thư", "Thời gian": "Tháng 12/2026"},
        {"Họ và tên": "Phạm Văn Nam", "Nội dung": "Việc giữ mối liên hệ nơi cư trú",
         "Thời gian": "Quý 1/2027"}]
    out, _ = built(tmp_path, data)
    programme = docfmt.text_of(out / PROGRAMME)
    assert "Định An, ngày 05 tháng 01 năm 2026" in programme
    assert "Vũ Minh Đức" not in programme
    assert rows(out / PROGRAMME, 1)[1][:2] == ["1", "Trần Văn Bình\n(Phó Bí thư)"]
    # a cell without a chi ủy: its bí thư leads, no chi ủy is named
    assert "Chi bộ phân công, theo dõi" in programme and "Chi ủy" not in programme
    report = docfmt.text_of(out / RESULTS)
    assert "Định An, ngày 05 tháng 12 năm 2026" in report
    inspect, watch = rows(out / RESULTS, 1), rows(out / RESULTS, 2)
    assert inspect[1][1] == "Trần Văn Bình" and inspect[1][4] == "Đang thực hiện"   # till 31/12
    # no result typed: September is over (a blank to fill), the undated row likewise
    assert [(r[1], r[4]) for r in watch[1:]] == [("Lê Thị Hoa", "……"), ("Vũ Minh Đức", "……")]
    assert ("Còn 01 nội dung theo chương trình chưa đến thời gian thực hiện (Phạm Văn Nam). 01 "
            "nội dung chưa ghi rõ «Thời gian» ở trang «Giám sát» được ghi như đã triển khai.") \
        in report
    assert "chi bộ giám sát 02 đảng viên, bằng 33,3% tổng số 06 đảng viên" in report


def test_no_programme_without_supervision_rows(tmp_path):
    data = sparse_data()
    data["Giám sát"] = []
    out, result = built(tmp_path, data)
    assert not (out / PROGRAMME).exists() and not (out / RESULTS).exists()
    reasons = dict(result.skipped)
    assert reasons["Chương trình kiểm tra, giám sát năm 2026"] == "trang «Giám sát» chưa có dữ liệu"


# --- the chi ủy's own meetings (biên bản họp chi ủy) --------------------------------------------
def committee_minutes(out):
    return sorted(p.name for p in out.glob("Biên bản họp chi ủy*.docx"))


def test_the_chi_uy_minutes_of_the_example(example):
    out, _ = example
    # one before each of the twelve regular meetings, none before a thematic one
    made = committee_minutes(out)
    assert len(made) == 12 and "Biên bản họp chi ủy chuẩn bị sinh hoạt 26-03-2026.docx" not in made
    path = out / "Biên bản họp chi ủy chuẩn bị sinh hoạt 07-05-2026.docx"
    text = docfmt.text_of(path)
    # dated «Ngày họp chi ủy» (04/05), preparing the meeting of 07/05, which reviews April
    assert "Hoà Bình, ngày 04 tháng 5 năm 2026" in text
    # the place is the chi ủy's, not the chi bộ meeting's: written by hand
    assert ("Hôm nay, vào hồi … giờ …, ngày 04 tháng 5 năm 2026, tại ……………, chi ủy Chi bộ "
            "Trường THCS Hoà Bình họp để chuẩn bị nội dung buổi sinh hoạt chi bộ thường kỳ ngày 07/05/2026.") in text
    assert "Chi ủy có 05 đồng chí:" in text
    assert "1. Đồng chí Đinh Văn Thắng – Bí thư;" in text and "– Chi ủy viên." in text
    assert "1. Đánh giá kết quả công tác lãnh đạo của chi bộ tháng 4" in text
    assert ("- Chỉ đạo kiểm tra nội bộ trường học (đồng chí Nguyễn Thị Thu Hà phụ trách): Kiểm "
            "tra 12 giáo viên, 04 tổ chuyên môn;") in text
    assert ("- Xét, đề nghị kết nạp quần chúng Đặng Quốc Bảo vào Đảng (biểu quyết của đảng viên "
            "chính thức).") in text
    # no «Ngày họp chi ủy» on 08/01: the day and month are left to write
    first = docfmt.text_of(out / "Biên bản họp chi ủy chuẩn bị sinh hoạt 08-01-2026.docx")
    assert "Hoà Bình, ngày      tháng      năm 2026" in first
    assert "Hôm nay, vào hồi … giờ …, ngày …… tháng …… năm 2026," in first


def test_no_chi_uy_minutes_in_a_cell_without_one(sparse):
    out, result = sparse
    assert committee_minutes(out) == []
    reasons = dict(result.skipped)
    assert reasons["Biên bản họp chi ủy"].startswith("chi bộ không có chi ủy (Điều lệ Đảng")


def test_a_chi_uy_day_after_its_meeting_is_told(tmp_path):
    from chibo_xl.checks.pipeline import check_file

    data = small_data()
    data["Thông tin chung"]["Có chi ủy"] = "Có"
    data["Sinh hoạt"][1]["Ngày họp chi ủy"] = D(2026, 2, 9)     # the meeting is on 05/02
    write_workbook(tmp_path / "so.xlsx", data, workbook_lists())
    _, report = check_file(tmp_path / "so.xlsx")
    found = [f for f in report.findings if f.code == "COMMITTEE_DAY_AFTER"]
    assert [(f.sheet, f.cell) for f in found] == [("Sinh hoạt", found[0].cell)]
    assert found[0].message.startswith("Ngày họp chi ủy 09/02/2026 sau buổi sinh hoạt ngày "
                                       "05/02/2026")
    data["Thông tin chung"]["Có chi ủy"] = "Không"
    write_workbook(tmp_path / "so.xlsx", data, workbook_lists())
    _, report = check_file(tmp_path / "so.xlsx")
    assert [f.code for f in report.findings if f.code.startswith("COMMITTEE_DAY")] == [
        "COMMITTEE_DAY_NO_COMMITTEE"]
