"""Issue 27: the chi bộ's resolutions on one person — proposing admission (Mẫu 6-KNĐ) and
recognition (Mẫu 13-KNĐ) — dated the meeting that voted, with that day's members, from the
example and from a sparse workbook."""
import copy
import datetime as dt

import pytest
from conftest import small_data

import docfmt
from chibo_xl.commands.build import build
from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook.blank import write_workbook
from example_data import EXAMPLE

D = dt.date
ADMIT = "Nghị quyết đề nghị kết nạp đảng viên - {}.docx"
RECOGNIZE = "Nghị quyết đề nghị công nhận đảng viên chính thức - {}.docx"


def built(folder, data):
    write_workbook(folder / "so.xlsx", data, workbook_lists())
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out", result


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    return built(tmp_path_factory.mktemp("example"), copy.deepcopy(EXAMPLE))


def test_the_example_proposes_both_candidates_on_their_meeting_days(example):
    out, _ = example
    bao = docfmt.text_of(out / ADMIT.format("Đặng Quốc Bảo"))
    assert "Hoà Bình, ngày 07 tháng 5 năm 2026" in bao
    assert ("Ngày 07 tháng 5 năm 2026, Chi bộ Trường THCS Hoà Bình đã họp để xét, đề nghị kết nạp "
            "quần chúng Đặng Quốc Bảo (sinh ngày 10/10/1999) vào Đảng Cộng sản Việt Nam.") in bao
    # on 07/05: 31 members (Vân admitted 06/01, probationary), 30 present of the Sinh hoạt row
    assert ("Tổng số đảng viên của chi bộ: 31 đảng viên, trong đó chính thức 30 đồng chí, dự bị 01 "
            "đồng chí.") in bao
    assert "Có mặt: 30 đảng viên, trong đó chính thức …… đồng chí, dự bị …… đồng chí." in bao
    assert "Vắng mặt: 01 đảng viên" in bao
    assert "Chủ trì hội nghị: đồng chí Đinh Văn Thắng; chức vụ: Bí thư chi bộ." in bao
    assert "Thư ký hội nghị: đồng chí Lê Thị Minh Nguyệt." in bao
    assert "(đồng chí Phạm Văn Hùng)" in bao and "(ngày 15/10/2025)" in bao
    assert ("Số đảng viên chính thức tán thành việc kết nạp quần chúng Đặng Quốc Bảo vào Đảng: 28 đồng "
            "chí, đạt 93,3% so với tổng số 30 đảng viên chính thức; không tán thành: …… đồng chí, "
            "chiếm ……%.") in bao
    assert ("Chi bộ Trường THCS Hoà Bình đề nghị Đảng ủy xã Hoà Bình xem xét, quyết định kết nạp quần "
            "chúng Đặng Quốc Bảo vào Đảng Cộng sản Việt Nam./.") in bao
    # Linh's day is read from the «Sinh hoạt» row «Xét đề nghị kết nạp quần chúng Trần Thị Khánh
    # Linh» of 06/08, when the cell had 32 members, 30 of them official
    linh = docfmt.text_of(out / ADMIT.format("Trần Thị Khánh Linh"))
    assert "Hoà Bình, ngày 06 tháng 8 năm 2026" in linh
    assert "32 đảng viên, trong đó chính thức 30 đồng chí, dự bị 02 đồng chí." in linh
    assert "29 đồng chí, đạt 96,7% so với tổng số 30 đảng viên chính thức" in linh


def test_the_resolution_is_in_the_partys_format_and_signed_for_the_chi_bo(example):
    out, _ = example
    assert docfmt.problems(out / ADMIT.format("Đặng Quốc Bảo"), superior="Đảng bộ xã Hoà Bình",
                           cell="Chi bộ Trường THCS Hoà Bình",
                           date_line="Hoà Bình, ngày 07 tháng 5 năm 2026", doc_type="NGHỊ QUYẾT",
                           number="Số      -NQ/CB", sign_for="T/M CHI BỘ",
                           sign_name="Đinh Văn Thắng") == []


def _sparse(**dev):
    """The small cell: one candidate, the meeting of 07/05 naming its one absent member."""
    data = small_data()
    data["Phát triển Đảng"] = [{"Họ và tên quần chúng": "Đỗ Thị Mai", **dev}]
    data["Sinh hoạt"].append({"Ngày họp": D(2026, 5, 7), "Loại": "Thường kỳ",
                              "Chủ đề": "Xét đề nghị kết nạp quần chúng Đỗ Thị Mai",
                              "Số triệu tập": 6, "Có mặt": 5, "Vắng có lý do": 1,
                              "Đảng viên vắng có lý do (họ tên)": "Vũ Minh Đức (đi học)"})
    return data


def test_a_sparse_book_prints_blanks_for_what_it_does_not_hold(tmp_path):
    out, result = built(tmp_path, _sparse())
    text = docfmt.text_of(out / ADMIT.format("Đỗ Thị Mai"))
    assert "Định An, ngày 07 tháng 5 năm 2026" in text
    assert "(sinh ngày ……)" in text and "(ngày ……)" in text and "(đồng chí ……)" in text
    # the absent member is named: the split of present and absent is known
    assert "Có mặt: 05 đảng viên, trong đó chính thức 05 đồng chí, dự bị 00 đồng chí." in text
    assert "Vắng mặt: 01 đảng viên, trong đó chính thức 00 đồng chí, dự bị 01 đồng chí." in text
    assert "Lý do vắng mặt: Vũ Minh Đức (đi học)." in text
    # no vote typed: blanks, never 00
    assert ("tán thành việc kết nạp quần chúng Đỗ Thị Mai vào Đảng: …… đồng chí, đạt …… so với "
            "tổng số 05 đảng viên chính thức") in text
    # the chair's row is blank: the secretary chairs
    assert "Chủ trì hội nghị: đồng chí Nguyễn Thị Hằng Nga; chức vụ: Bí thư chi bộ." in text
    assert "Thư ký hội nghị: đồng chí ……." in text


def test_a_vote_short_of_two_thirds_makes_no_resolution(tmp_path):
    out, result = built(tmp_path, _sparse(**{"Số phiếu tán thành kết nạp": 3}))
    assert not (out / ADMIT.format("Đỗ Thị Mai")).exists()
    assert "VOTES_SHORT" in [f.code for f in result.report.findings]
    reason = dict(result.skipped)["Nghị quyết đề nghị kết nạp đảng viên"]
    assert "không có quần chúng được chi bộ xét đề nghị kết nạp" in reason
    out, _ = built(tmp_path / "b", _sparse(**{"Số phiếu tán thành kết nạp": 4}))
    assert "04 đồng chí, đạt 80% so với tổng số 05 đảng viên chính thức" in docfmt.text_of(
        out / ADMIT.format("Đỗ Thị Mai"))


def test_no_candidate_considered_is_skipped_with_its_reason(tmp_path):
    data = small_data()
    _, result = built(tmp_path, data)
    assert "cột «Ngày chi bộ xét kết nạp» trang «Phát triển Đảng»" in dict(
        result.skipped)["Nghị quyết đề nghị kết nạp đảng viên"]


def test_a_recognition_with_its_meeting_day_is_dated_and_counted_that_day(tmp_path):
    # Vũ Minh Đức: admitted 01/10/2025, probation ends 01/10/2026; the chi bộ met 06/10/2026
    data = small_data()
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2025, 10, 1)
    data["Phát triển Đảng"] = [{"Họ và tên quần chúng": "Vũ Minh Đức", "Ngày kết nạp": D(2025, 10, 1),
                                "Đảng viên giúp đỡ": "Lê Thị Hoa",
                                "Ngày chi bộ xét công nhận chính thức": D(2026, 10, 5),
                                "Số phiếu tán thành công nhận chính thức": 5}]
    out, result = built(tmp_path, data)
    text = docfmt.text_of(out / RECOGNIZE.format("Vũ Minh Đức"))
    assert "Định An, ngày 05 tháng 10 năm 2026" in text
    assert ("Ngày 05 tháng 10 năm 2026, Chi bộ Trường Tiểu học 1 đã họp để xét, đề nghị công nhận "
            "đảng viên dự bị Vũ Minh Đức được kết nạp vào Đảng ngày 01 tháng 10 năm 2025, trở thành "
            "đảng viên chính thức.") in text
    assert "Có mặt: 06 đảng viên, trong đó chính thức 05 đồng chí, dự bị 01 đồng chí." in text
    assert ("tán thành việc công nhận đồng chí Vũ Minh Đức là đảng viên chính thức: 05 đồng chí, "
            "đạt 100% so với tổng số 05 đảng viên chính thức") in text
    assert docfmt.problems(out / RECOGNIZE.format("Vũ Minh Đức"), superior="Đảng bộ xã Định An",
                           cell="Chi bộ Trường Tiểu học 1",
                           date_line="Định An, ngày 05 tháng 10 năm 2026", doc_type="NGHỊ QUYẾT",
                           number="Số      -NQ/CB", sign_for="T/M CHI BỘ",
                           sign_name="Nguyễn Thị Hằng Nga") == []
