"""Issue 12, item 6: the review's further documents, each from the same workbook — the ballot on
the cell's own level, the ballot among the "Hoàn thành xuất sắc" proposals when the cap binds,
the request for commendation and the list of the review file sent up."""
import copy
import datetime as dt

import docfmt
import pytest
from conftest import HTT, HTXS, small_data
from docx import Document
from example_data import EXAMPLE
from test_check_ratings import _thirty_with_three_probationary

from chibo_xl.commands.build import build
from chibo_xl.workbook.blank import write_workbook

D = dt.date
CELL_BALLOT = "Phiếu biểu quyết xếp loại chất lượng chi bộ năm 2026.docx"
SPLIT = "Tách người giữ chức vụ lãnh đạo, quản lý"
XS_BALLOT = "Phiếu biểu quyết hoàn thành xuất sắc nhiệm vụ năm 2026.docx"
REQUEST = "Tờ trình đề nghị khen thưởng năm 2026.docx"
FILE_LIST = "Danh mục hồ sơ đánh giá, xếp loại năm 2026.docx"
LEVELS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
          "Không hoàn thành nhiệm vụ"]


def built(folder, data):
    write_workbook(folder / "so.xlsx", data)
    result = build(folder / "so.xlsx", folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out", result


def rows(path, table: int) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in Document(str(path)).tables[table].rows]


def skipped(result, start: str) -> str:
    return next(reason for title, reason in result.skipped if title.startswith(start))


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    return built(tmp_path_factory.mktemp("example"), copy.deepcopy(EXAMPLE))


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The small cell: no commendation, no cap binding, the cell's score and level given."""
    return built(tmp_path_factory.mktemp("small"), small_data())


# --- the ballot on the cell's own level --------------------------------------------------------
def test_the_cell_ballot_states_the_proposal_and_the_four_levels(example):
    out, _ = example
    path = out / CELL_BALLOT
    text = docfmt.text_of(path)
    assert ("Chi ủy tự đánh giá, đề xuất xếp loại chất lượng Chi bộ Trường THCS Hoà Bình năm 2026: "
            "«Hoàn thành xuất sắc nhiệm vụ» (tổng điểm tự đánh giá 90/100).") in text
    assert "Hoà Bình, ngày 03 tháng 12 năm 2026" in text  # the review meeting's day
    assert rows(path, 1) == [["STT", "Mức xếp loại chất lượng", "Đồng ý (X)"],
                             ["1", LEVELS[0] + " (đề xuất)", ""],
                             *[[str(i), level, ""] for i, level in enumerate(LEVELS[1:], start=2)]]
    assert "đảng viên dự bị không biểu quyết" in text


def test_the_cell_ballot_of_a_cell_without_committee_or_level(tmp_path):
    data = small_data()
    for key in ("Chi bộ tự xếp loại", "Điểm tiêu chí chung của chi bộ (/30)",
                "Điểm kết quả nhiệm vụ của chi bộ (/70)"):
        del data["Thông tin chung"][key]
    out, _ = built(tmp_path, data)
    text = docfmt.text_of(out / CELL_BALLOT)
    assert ("Chi bộ tự đánh giá, đề xuất xếp loại chất lượng Chi bộ Trường Tiểu học 1 năm 2026: "
            "……." in text)
    assert "(đề xuất)" not in text and "tổng điểm" not in text


# --- the ballot among the HTXS proposals when the cap binds ------------------------------------
def _cell_with_excellent(extra: int):
    """30 present (27 official): Nga and `extra` more proposed HTXS, the others HTTNV, all in
    the group of members without a leadership post."""
    data = _thirty_with_three_probationary(small_data())
    for r in data["Xếp loại"][6:6 + extra]:
        r.update({"Tự xếp loại": HTXS, "Chi bộ đề nghị": HTXS, "Điểm tiêu chí chung (/30)": 28,
                  "Điểm kết quả nhiệm vụ (/70)": 63, "Phiếu HTXSNV": 25, "Phiếu HTTNV": 2})
    names = [data["Xếp loại"][0]["Họ và tên"]] + [r["Họ và tên"]
                                                   for r in data["Xếp loại"][6:6 + extra]]
    return data, names


def test_five_of_twenty_five_is_the_cap_itself_no_second_ballot(tmp_path):
    data, _ = _cell_with_excellent(4)                 # 5 HTXS, 25 HTTNV: exactly 20%
    out, result = built(tmp_path, data)
    assert not (out / XS_BALLOT).exists()
    assert skipped(result, "Phiếu biểu quyết hoàn thành xuất sắc") == (
        "số đảng viên đề nghị «Hoàn thành xuất sắc nhiệm vụ» không vượt tỷ lệ tối đa trong nhóm "
        "nào: không cần phiếu riêng")


def test_six_of_twenty_four_binds_the_ballot_lists_the_six_choose_at_most_four(tmp_path):
    data, names = _cell_with_excellent(5)             # 6 HTXS, 24 HTTNV: at most 04
    data["Thông tin chung"]["Nhóm tính tỷ lệ hoàn thành xuất sắc"] = SPLIT
    out, result = built(tmp_path, data)
    path = out / XS_BALLOT
    text = docfmt.text_of(path)
    assert ("Số đảng viên được đề nghị xếp loại «Hoàn thành xuất sắc nhiệm vụ» vượt quá 20% số "
            "đảng viên xếp loại «Hoàn thành tốt nhiệm vụ» trong nhóm đối tượng tương đồng (Quy "
            "định 366-QĐ/TW, Điều 11).") in text
    assert "Đảng viên không giữ chức vụ lãnh đạo, quản lý" in text
    assert ("Được đề nghị «Hoàn thành xuất sắc nhiệm vụ»: 06 đồng chí; «Hoàn thành tốt nhiệm vụ»: "
            "24 đồng chí; tối đa 20%: 04 đồng chí.") in text
    assert "Đánh dấu X vào cột «Đồng ý», chọn không quá 04 đồng chí." in text
    table = rows(path, 1)
    assert table[0] == ["STT", "Họ và tên", "Chức vụ", "Tổng điểm", "Đồng ý"]
    assert [r[1] for r in table[1:]] == names and [r[0] for r in table[1:]] == list("123456")
    assert table[1][3] == "91" and all(r[4] == "" for r in table[1:])
    assert "Định An, ngày 03 tháng 12 năm 2026" in text  # the review meeting's day
    # the same rule as the check's warning and the minutes' sentence
    assert any(f.code == "CAP_EXCEEDED" and "tối đa 4, vượt 2" in f.message
               for f in result.report.warnings)
    assert "tối đa 04, vượt 02" in docfmt.text_of(out / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")


def test_a_leader_alone_in_her_group_gets_no_ballot_to_choose_nobody(tmp_path):
    """1 HTXS for 0 HTTNV in the leaders' group: the rate allows nobody there, which the cell
    is never told (the rate is the đảng ủy's, across its scope): no second ballot, the minutes
    say the committee above decides."""
    data = small_data()
    data["Đảng viên"][0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"
    data["Thông tin chung"]["Nhóm tính tỷ lệ hoàn thành xuất sắc"] = SPLIT
    out, result = built(tmp_path, data)
    assert not (out / XS_BALLOT).exists()
    assert [f.code for f in result.report.warnings] == ["CAP_SMALL_GROUP"]
    minutes = docfmt.text_of(out / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    assert ("đảng viên giữ chức vụ lãnh đạo, quản lý có 01 hoàn thành xuất sắc so với 00 hoàn "
            "thành tốt, nhóm quá nhỏ để tính tỷ lệ 20% riêng ở chi bộ. Đề nghị cấp có thẩm quyền "
            "xem xét, quyết định.") in minutes
    assert "tối đa 00" not in minutes


# --- the request for commendation -------------------------------------------------------------
def test_the_request_names_the_cell_and_the_four_members_the_minutes_name(example):
    out, _ = example
    path = out / REQUEST
    text = docfmt.text_of(path)
    assert "Số 02-TTr/CB" in text and "Hoà Bình, ngày 05 tháng 12 năm 2026" in text
    assert "Kính gửi: Đảng ủy xã Hoà Bình." in text
    assert ("Căn cứ Hướng dẫn số 06-HD/TW ngày 09/6/2025 hướng dẫn một số vấn đề cụ thể thi hành "
            "Điều lệ Đảng (mục 19, khen thưởng tổ chức đảng và đảng viên);") in text
    assert ("Căn cứ kết quả kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng viên năm 2026 "
            "tại hội nghị chi bộ ngày 03/12/2026,") in text
    assert ("Chi bộ Trường THCS Hoà Bình, tự đánh giá, xếp loại «Hoàn thành xuất sắc nhiệm vụ» năm "
            "2026: đề nghị Giấy khen của Đảng ủy xã Hoà Bình.") in text
    assert "1. Tập thể" in text and "2. Cá nhân: 04 đảng viên có tên sau:" in text
    names = ["Đinh Văn Thắng", "Trần Thị Hồng Nhung", "Vũ Đức Anh", "Ngô Thị Bích Ngọc"]
    table = rows(path, 1)
    assert [r[1] for r in table[1:]] == names
    assert {r[3] for r in table[1:]} == {HTXS} and table[1][2] == "Bí thư"
    assert {r[4] for r in table[1:]} == {"Giấy khen của Đảng ủy xã Hoà Bình"}
    assert ("Các đồng chí có tên trên được chi bộ đánh giá, xếp loại «Hoàn thành xuất sắc nhiệm vụ» "
            "năm 2026.") in text
    minutes = docfmt.text_of(out / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    assert all(f"Đồng chí {n}: Giấy khen" in minutes for n in names)


def test_no_one_proposed_no_request_and_the_reason(small):
    out, result = small
    assert not (out / REQUEST).exists()
    assert skipped(result, "Tờ trình đề nghị khen thưởng").startswith(
        "không có đảng viên, tập thể được đề nghị khen thưởng")


def test_one_member_proposed_who_is_not_excellent(tmp_path):
    data = small_data()
    data["Xếp loại"][1]["Đề nghị khen thưởng"] = "Giấy khen của Đảng ủy xã"
    out, _ = built(tmp_path, data)
    text = docfmt.text_of(out / REQUEST)
    assert "Cá nhân: 01 đảng viên có tên sau:" in text and "Tập thể" not in text
    assert "Số      -TTr/CB" in text and "ngày 05 tháng 12 năm 2026" in text  # signing day
    assert rows(out / REQUEST, 1)[1] == ["1", "Trần Văn Bình", "Phó Bí thư", HTT,
                                         "Giấy khen của Đảng ủy xã"]
    assert "Các đồng chí có tên trên" not in text
    assert "cấp có thẩm quyền xem xét, quyết định." in text


# --- the list of the review file --------------------------------------------------------------
def test_the_file_list_of_the_example(example):
    out, _ = example
    path = out / FILE_LIST
    text = docfmt.text_of(path)
    assert ("Chi bộ Trường THCS Hoà Bình gửi Đảng ủy xã Hoà Bình hồ sơ kiểm điểm, đánh giá, xếp "
            "loại chất lượng chi bộ và đảng viên năm 2026 (Quy định 366-QĐ/TW, Điều 17), gồm:") in text
    table = rows(path, 1)
    assert table[0] == ["STT", "Tên tài liệu", "Số, ngày văn bản", "Số lượng", "Ghi chú"]
    by_name = {r[1].split(" (")[0]: r for r in table[1:]}
    mau01 = by_name["Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể chi bộ"]
    assert mau01[2:4] == ["Số 05-BC/CB, ngày 25/11/2026", "01 bản"]
    assert by_name["Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng "
                   "viên"][2] == "Số 17-BB/CB, ngày 03/12/2026"   # the 17th meeting's minutes
    forms = by_name["Bản kiểm điểm, tự đánh giá, xếp loại cá nhân của đảng viên"]
    assert forms[3:] == ["31 bản", "Mẫu 02A: 07; Mẫu 02B: 23; Mẫu 02C: 01"]
    assert by_name["Tờ trình đề nghị khen thưởng"][2] == "Số 02-TTr/CB, ngày 05/12/2026"
    assert [r[0] for r in table[1:]] == [str(i) for i in range(1, len(table))]


def test_the_file_list_of_the_small_cell_has_no_request(small):
    out, _ = small
    table = rows(out / FILE_LIST, 1)
    names = [r[1] for r in table[1:]]
    assert "Tờ trình đề nghị khen thưởng" not in names
    forms = next(r for r in table if r[1].startswith("Bản kiểm điểm"))
    assert forms[3:] == ["06 bản", "Mẫu 02B: 06"]
    assert next(r for r in table if r[1].startswith("Bản nhận xét"))[3] == "06 bản"
    assert next(r for r in table if r[1].startswith("Báo cáo kiểm điểm"))[2] == (
        "Số 12-BC/CB, ngày 27/11/2026")


def test_a_2020_book_cites_its_own_years_rules_and_its_one_mau_02(tmp_path):
    """Seed 004 (2020): Hướng dẫn 21's one Mẫu 02; no Hướng dẫn 06-HD/TW before 09/6/2025."""
    from seedbooks import SEED_004

    out, _ = built(tmp_path, copy.deepcopy(SEED_004))
    listing = docfmt.text_of(out / "Danh mục hồ sơ đánh giá, xếp loại năm 2020.docx")
    assert "năm 2020 (Quy định 132-QĐ/TW), gồm:" in listing and "Mẫu 02: 22" in listing
    request = docfmt.text_of(out / "Tờ trình đề nghị khen thưởng năm 2020.docx")
    assert "06-HD/TW" not in request
    assert ("Căn cứ Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW về kiểm điểm, đánh giá, xếp loại "
            "chất lượng tập thể, cá nhân;") in request
    assert "Cá nhân: 03 đảng viên có tên sau:" in request


# --- the check: proposals for commendation against the levels they rest on ----------------------
def _findings(make_book, data):
    from chibo_xl.checks.pipeline import check_file

    _, report = check_file(make_book(data))
    return {(f.code, f.cell) for f in report.findings}


def test_a_commendation_needs_excellent_from_2025_on(make_book):
    from test_check_ratings import at, info_at

    data = small_data()
    data["Xếp loại"][0]["Đề nghị khen thưởng"] = "Giấy khen"        # Nga: HTXS
    data["Xếp loại"][1]["Đề nghị khen thưởng"] = "Giấy khen"        # Bình: HTTNV
    found = _findings(make_book, data)
    assert ("COMMEND_NOT_EXCELLENT", at("Đề nghị khen thưởng", 1)) in found
    assert ("COMMEND_NOT_EXCELLENT", at("Đề nghị khen thưởng", 0)) not in found
    data["Thông tin chung"]["Đề nghị khen thưởng chi bộ"] = "Giấy khen"  # the cell: HTTNV
    found = _findings(make_book, data)
    assert ("CELL_COMMEND_NOT_EXCELLENT", info_at("Đề nghị khen thưởng chi bộ")) in found
    data["Thông tin chung"]["Chi bộ tự xếp loại"] = HTXS
    data["Thông tin chung"]["Điểm kết quả nhiệm vụ của chi bộ (/70)"] = 63
    assert "CELL_COMMEND_NOT_EXCELLENT" not in {c for c, _ in _findings(make_book, data)}
    data["Thông tin chung"]["Năm đánh giá"] = 2024     # before Hướng dẫn 06-HD/TW: not judged
    assert "COMMEND_NOT_EXCELLENT" not in {c for c, _ in _findings(make_book, data)}


def test_a_proposal_on_a_row_not_rated_is_said_not_to_be_printed(make_book):
    from test_check_ratings import at

    data = small_data()
    row = data["Xếp loại"][5]
    for key in ("Tự xếp loại", "Chi bộ đề nghị"):
        row.pop(key)
    row.update({"Không xếp loại (lý do)": "Khác", "Đề nghị khen thưởng": "Giấy khen"})
    assert ("COMMEND_NOT_RATED", at("Đề nghị khen thưởng", 5)) in _findings(make_book, data)
