"""Blank is never zero (issue 22, item 1): a count whose source cell is blank is `cells.BLANK`,
printed as the hand-fill blank «……»; a count a rule computes from cells that hold theirs is
printed; the review's attendance, when its own cell is blank, is the «Sinh hoạt» row of its day.
The documents are the sparse kindergarten book's (tests/sparsebook.py), opened with python-docx."""
from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest
from docx import Document

import sparsebook
from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.documents.context import review_context
from chibo_xl.figures import tally
from chibo_xl.workbook import cells, vnformat as vn
from chibo_xl.workbook.cells import BLANK, HAND_FILL
from chibo_xl.workbook.tables import Record


def test_blank_gives_itself_back_in_arithmetic_and_refuses_to_become_a_number():
    assert BLANK + 1 is BLANK and 1 + BLANK is BLANK and 8 - BLANK is BLANK
    assert BLANK * 2 is BLANK and 100 / BLANK is BLANK and sum([3, BLANK, 4]) is BLANK
    for turn_into_a_number in (lambda: bool(BLANK), lambda: BLANK or 0, lambda: max(BLANK, 0),
                               lambda: BLANK < 1, lambda: int(BLANK), lambda: f"{BLANK:02d}",
                               lambda: round(BLANK)):
        with pytest.raises(TypeError):
            turn_into_a_number()
    assert str(BLANK) == f"{BLANK}" == HAND_FILL == "……"
    assert BLANK != 0 and BLANK == BLANK and cells.Blank() is BLANK
    assert pickle.loads(pickle.dumps(BLANK)) is BLANK and copy.deepcopy(BLANK) is BLANK
    assert cells.figure(None) is BLANK and cells.figure(0) == 0
    assert cells.known(0, 3) and not cells.known(0, BLANK) and not cells.known(None)


def test_every_number_format_prints_a_blank_as_the_hand_fill_blank():
    assert vn.count(BLANK) == vn.thousands(BLANK) == vn.decimal(BLANK) == "……"
    assert vn.percent(BLANK, 8) == vn.percent(7, BLANK) == "……"
    assert vn.money(BLANK) == "…… đồng"
    assert (vn.count(0), vn.count(7), vn.percent(7, 8), vn.money(7_550_400)) == (
        "00", "07", "87,5%", "7.550.400 đồng")


def _meeting(**values) -> Record:
    keys = {"summoned": "Số triệu tập", "present": "Có mặt", "absent_excused": "Vắng có lý do",
            "absent_unexcused": "Vắng không lý do"}
    return Record("Sinh hoạt", 2, values={k: values.get(k) for k in keys})


@pytest.mark.parametrize("row, expected", [
    # summoned, present, excused, unexcused → summoned, present, absent, excused, unexcused
    ((8, 7, None, None), (8, 7, 1, BLANK, BLANK)),     # the reasons not typed: blank, never 0
    ((8, 8, None, None), (8, 8, 0, 0, 0)),             # nobody absent: no reason to type
    ((8, 6, 1, None), (8, 6, 2, 1, 1)),                # one reason typed: the other follows
    ((8, 6, None, 2), (8, 6, 2, 0, 2)),
    ((8, None, None, None), (8, BLANK, BLANK, BLANK, BLANK)),
    ((None, 7, 1, 0), (BLANK, 7, BLANK, 1, 0)),
])
def test_a_meetings_attendance_is_what_its_row_holds_or_what_follows_from_it(row, expected):
    came = tally.attendance(_meeting(summoned=row[0], present=row[1], absent_excused=row[2],
                                     absent_unexcused=row[3]))
    got = (came.summoned, came.present, came.absent, came.excused, came.unexcused)
    assert all(g is e if e is BLANK else g == e and g is not BLANK for g, e in zip(got, expected))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sparse")
    sparsebook.write(folder / "so.xlsx")
    result = build(folder / "so.xlsx", folder / "out", meetings="all")
    assert result.ok, result.report.to_text()
    return folder / "out"


def text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_monthly_minutes_leave_the_reasons_nobody_typed_to_fill_by_hand(built):
    march = text(built / "Biên bản sinh hoạt chi bộ 05-03-2026.docx")
    assert ("- Tổng số đảng viên được triệu tập: 08 đồng chí; có mặt: 07 đồng chí (đạt 87,5%); "
            "vắng mặt: 01 đồng chí (có lý do: ……; không có lý do: ……).") in march
    assert "00" not in march.split("vắng mặt:")[1].split("\n")[0]
    # the review day's meeting is told once, by the review minutes (issue 24); its resolution
    # gives the log's attendance of that day
    assert not (built / "Biên bản sinh hoạt chi bộ 03-12-2026.docx").exists()
    december = text(built / "Nghị quyết chi bộ tháng 12-2026.docx")
    assert "Chi bộ sinh hoạt thường kỳ với 08/08 đảng viên tham dự (đạt 100%)." in december
    resolution = text(built / "Nghị quyết chi bộ tháng 03-2026.docx")
    assert "Chi bộ sinh hoạt thường kỳ với 07/08 đảng viên tham dự (đạt 87,5%)." in resolution


def test_the_review_takes_its_attendance_from_the_log_of_meetings_and_leaves_ballots_blank(built):
    record = text(built / "Biên bản kiểm phiếu xếp loại đảng viên năm 2026.docx")
    assert ("- Số đảng viên có mặt: 08 đồng chí, trong đó 06 đảng viên chính thức có quyền biểu "
            "quyết và 02 đảng viên dự bị (không biểu quyết); vắng mặt: 00 đồng chí.") in record
    assert "- Số phiếu phát ra: …… phiếu; số phiếu thu về: …… phiếu." in record
    assert "- Số phiếu hợp lệ: …… phiếu; số phiếu không hợp lệ: …… phiếu." in record
    minutes = text(built / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    assert "Có mặt 08 đồng chí, trong đó 06 đảng viên chính thức" in minutes
    assert "(06 đảng viên chính thức dự họp biểu quyết)" in minutes


def _review(tmp_path, data) -> dict:
    sparsebook.write(tmp_path / "so.xlsx", data)
    book, report = check_file(tmp_path / "so.xlsx")
    assert not report.errors, report.to_text()
    return review_context(book)


def test_with_no_attendance_anywhere_the_review_prints_blanks_not_zero(tmp_path):
    kp = _review(tmp_path, sparsebook.kindergarten(review_present_row=False))["kp"]
    assert (kp["present"], kp["absent"], kp["official"], kp["issued"], kp["invalid"]) == (
        "……", "……", "……", "……", "……")
    assert kp["called"] == "09"     # the members in the cell on the day, none exempt: a rule


def test_counted_votes_give_one_ballot_to_each_official_member_present(tmp_path):
    kp = _review(tmp_path, sparsebook.kindergarten(votes=True))["kp"]
    assert (kp["issued"], kp["returned"], kp["valid"]) == ("06", "……", "……")
    kp = _review(tmp_path, sparsebook.kindergarten(votes=True, info={
        "Số phiếu phát ra": 6, "Số phiếu thu về": 6, "Số phiếu hợp lệ": 5}))["kp"]
    assert (kp["issued"], kp["returned"], kp["valid"], kp["invalid"]) == ("06", "06", "05", "01")


def test_the_review_cell_wins_over_the_log_of_meetings(tmp_path):
    kp = _review(tmp_path, sparsebook.kindergarten(info={"Số đảng viên dự họp kiểm điểm": 7}))["kp"]
    assert (kp["present"], kp["absent"], kp["official"]) == ("07", "01", "05")


# No result without a vote (issue 22, item 2): a level is the cell's only where «Chi bộ đề nghị» is
# typed or the counted ballots carry it; nothing dated before the review meeting reports it.

def _rating(**values) -> Record:
    return Record("Xếp loại", 2, values=values)


def test_a_level_is_the_cells_only_where_it_was_voted():
    from chibo_xl.rules.rating import decided_level, voted_level

    own = {"self_level": sparsebook.HTXS}
    assert decided_level(_rating(**own), 6) is None                 # the member's own: no result
    assert decided_level(_rating(**own, cell_level=sparsebook.HTT), None) == sparsebook.HTT
    assert voted_level(_rating(**own, votes_x=2, votes_t=4), 6) == sparsebook.HTT    # 4 of 6
    assert voted_level(_rating(**own, votes_x=3, votes_t=3), 6) is None   # nobody over half
    assert voted_level(_rating(**own, votes_t=4), None) is None     # the voters not known


def test_before_the_vote_the_review_papers_are_forms_and_self_ratings_are_called_so(built):
    record = built / "Biên bản kiểm phiếu xếp loại đảng viên năm 2026.docx"
    rows = [[c.text for c in row.cells] for row in Document(str(record)).tables[1].rows]
    assert rows[0][-1] == "Kết quả" and len(rows) == 9 and all(r[-1] == "" for r in rows[1:])
    content = text(record)
    assert "1. Đồng chí ……………………………… – Trưởng ban;" in content
    assert "Hoàn thành tốt nhiệm vụ\n……\n……" in content          # table III: a form
    minutes = text(built / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    assert ("Đảng viên tự đánh giá, xếp loại: 01 hoàn thành xuất sắc nhiệm vụ, 07 hoàn thành tốt "
            "nhiệm vụ (chi bộ chưa biểu quyết).") in minutes
    assert "nhất trí ……%." in minutes and "100%" not in minutes
    for name in ("Biên bản họp kiểm điểm, xếp loại năm 2026.docx",
                 "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm 2026.docx",
                 "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"):
        assert "đảng viên xếp loại hoàn thành" not in text(built / name), name
        assert "Số đảng viên hoàn thành xuất sắc nhiệm vụ là" not in text(built / name), name


def _documents(tmp_path, data) -> dict:
    sparsebook.write(tmp_path / "so.xlsx", data)
    result = build(tmp_path / "so.xlsx", tmp_path / "out")
    assert result.ok, result.report.to_text()
    out = tmp_path / "out"
    return {key: text(out / name) for key, name in (
        ("m01", "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm 2026.docx"),
        ("minutes", "Biên bản họp kiểm điểm, xếp loại năm 2026.docx"),
        ("record", "Biên bản kiểm phiếu xếp loại đảng viên năm 2026.docx"),
        ("report", "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"))}


RESULT = ("8/8 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 100%), trong đó 01 đồng chí "
          "hoàn thành xuất sắc nhiệm vụ.")


@pytest.mark.parametrize("how", ["decided", "votes"])
def test_after_the_vote_the_results_are_printed_but_not_in_the_draft_dated_before(tmp_path, how):
    docs = _documents(tmp_path, sparsebook.kindergarten(**{how: True}, info={
        "Ngày ký mặc định": dt.date(2026, 12, 5)}))
    assert RESULT in docs["minutes"] and RESULT in docs["report"]
    assert "Đảng viên tự đánh giá, xếp loại" not in docs["minutes"]
    assert "Trần Thị Lan\n" in docs["record"] and f"{sparsebook.HTXS}" in docs["record"]
    # Mẫu 01 goes to the members before the meeting of 03/12: none of its outcome
    assert "30 tháng 11 năm 2026" in docs["m01"] and RESULT not in docs["m01"]
