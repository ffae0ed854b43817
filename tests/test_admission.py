"""Issue 27: the two-thirds vote of the chi bộ on admission and on recognition (Điều lệ Đảng
Đ.4.3, Đ.5.2), judged against the cell's official members on the meeting's day."""
import datetime as dt

import pytest
from conftest import small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.figures import development
from chibo_xl.rules import admission

D = dt.date
DEV = "Phát triển Đảng"


@pytest.mark.parametrize("official, needed", [(3, 2), (5, 4), (6, 4), (9, 6), (10, 7), (30, 20),
                                              (31, 21)])
def test_two_thirds_of_the_official_members_rounded_up(official, needed):
    assert admission.votes_needed(official) == needed
    assert admission.carried(needed, official)
    assert not admission.carried(needed - 1, official)


def test_no_official_member_carries_nothing():
    assert not admission.carried(0, 0)


@pytest.mark.parametrize("text, stages", [(None, (90, 60, 30, 15, 7)), ("  ", (90, 60, 30, 15, 7)),
                                          ("30, 90,60", (90, 60, 30)), (45, (45,)),
                                          ("7;15/30", (30, 15, 7)), ("x", None), ("0, 30", None),
                                          (12.5, None)])
def test_stages_setting(text, stages):
    assert admission.parse_stages(text) == stages


@pytest.mark.parametrize("left, stage", [(91, None), (90, 90), (85, 90), (60, 60), (1, 7),
                                         (0, None), (-3, None)])
def test_reminder_stage(left, stage):
    assert admission.reminder_stage(left) == stage


def _book(make_book, **dev):
    """The small cell (5 official members, Vũ Minh Đức probationary from 01/03/2026) with a
    candidate considered on 07/05/2026."""
    data = small_data()
    data[DEV][0].update({"Ngày học lớp nhận thức về Đảng": D(2025, 10, 15),
                         "Đảng viên giúp đỡ": "Lê Thị Hoa", **dev})
    return check_file(make_book(data))


def _codes(report):
    return [(f.code, f.sheet, f.cell) for f in report.findings
            if f.code in ("VOTES_SHORT", "VOTES_OVER_OFFICIAL", "VOTE_DAY_MISSING")]


def test_four_of_five_official_members_carry_an_admission(make_book):
    book, report = _book(make_book, **{"Ngày chi bộ xét kết nạp": D(2026, 5, 7),
                                       "Số phiếu tán thành kết nạp": 4})
    assert _codes(report) == []
    [c] = development.admissions(book)
    assert (c.name, c.day, c.votes, c.typed_day) == ("Đỗ Thị Mai", D(2026, 5, 7), 4, True)
    base = development.officials_on(book, c.day)
    assert (base.total, base.official) == (6, 5)     # the probationary member does not vote


def test_three_of_five_is_short_of_two_thirds(make_book):
    book, report = _book(make_book, **{"Ngày chi bộ xét kết nạp": D(2026, 5, 7),
                                       "Số phiếu tán thành kết nạp": 3})
    [(code, sheet, cell)] = _codes(report)
    assert (code, sheet) == ("VOTES_SHORT", DEV)
    [f] = [f for f in report.findings if f.code == code]
    assert f.severity_vi == "cảnh báo"
    assert ("Xét kết nạp đồng chí Đỗ Thị Mai ngày 07/05/2026: 3/5 đảng viên chính thức tán thành "
            "(60%), chưa đủ hai phần ba (cần ít nhất 4) theo Điều lệ Đảng, Điều 4 khoản 3: chi bộ "
            "không đề nghị kết nạp; nghị quyết không được lập.") in f.message


def test_the_base_is_the_official_members_of_that_day(make_book):
    # on 20/02/2026 Vũ Minh Đức is not yet admitted; on 07/05 he is, but probationary: the base
    # is 5 either way. Hoàng Thị Lan moves out on 01/04/2026: before it the base is 5, after it 4
    data = small_data()
    data["Đảng viên"][4].update({"Biến động trong năm": "Chuyển đi",
                                  "Ngày biến động": D(2026, 4, 1)})
    data[DEV][0].update({"Ngày chi bộ xét kết nạp": D(2026, 5, 7),
                         "Số phiếu tán thành kết nạp": 3})
    book, report = check_file(make_book(data))
    assert _codes(report) == []                      # 3 of 4: carried
    assert development.officials_on(book, D(2026, 3, 31)).official == 5
    assert development.officials_on(book, D(2026, 5, 7)).official == 4


def test_more_votes_than_official_members_is_an_error(make_book):
    _book_, report = _book(make_book, **{"Ngày chi bộ xét kết nạp": D(2026, 5, 7),
                                         "Số phiếu tán thành kết nạp": 6})
    [(code, sheet, _cell)] = _codes(report)
    assert code == "VOTES_OVER_OFFICIAL"
    assert report.errors


def test_the_day_comes_from_the_meetings_log_when_not_typed(make_book):
    data = small_data()
    data[DEV][0].update({"Ngày kết nạp": D(2026, 5, 19), "Số phiếu tán thành kết nạp": 5})
    data["Sinh hoạt"][4]["Chủ đề"] = "Xét đề nghị kết nạp quần chúng Đỗ Thị Mai"   # 05/05/2026
    book, report = check_file(make_book(data))
    [c] = development.admissions(book)
    assert (c.day, c.typed_day, c.meeting["date"]) == (D(2026, 5, 5), False, D(2026, 5, 5))
    assert _codes(report) == []


def test_votes_without_a_day_are_named(make_book):
    _b, report = _book(make_book, **{"Số phiếu tán thành kết nạp": 4})
    assert [c[0] for c in _codes(report)] == ["VOTE_DAY_MISSING"]


def test_recognition_votes_judged_the_same_way(make_book):
    # Vũ Minh Đức: admitted 01/03/2025, 12 months end 01/03/2026; considered 05/03/2026
    data = small_data()
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2025, 3, 1)
    data[DEV].append({"Họ và tên quần chúng": "Vũ Minh Đức", "Ngày kết nạp": D(2025, 3, 1),
                      "Ngày chi bộ xét công nhận chính thức": D(2026, 3, 5),
                      "Số phiếu tán thành công nhận chính thức": 3})
    book, report = check_file(make_book(data))
    [f] = [f for f in report.findings if f.code == "VOTES_SHORT"]
    assert "Xét công nhận chính thức đồng chí Vũ Minh Đức ngày 05/03/2026: 3/5" in f.message
    assert "Điều lệ Đảng, Điều 5 khoản 2" in f.message
    [c] = development.recognitions(book)
    assert (c.day, c.votes, c.member["name"]) == (D(2026, 3, 5), 3, "Vũ Minh Đức")


def test_new_year_carries_members_on_probation_for_their_recognition(make_book):
    from chibo_xl.commands.newyear import next_year_data
    data = small_data()
    data[DEV] = [
        {"Họ và tên quần chúng": "Đỗ Thị Mai", "Ngày chi bộ xét kết nạp": D(2026, 5, 7),
         "Số phiếu tán thành kết nạp": 5, "Ngày kết nạp": D(2026, 5, 19),
         "Đảng viên giúp đỡ": "Lê Thị Hoa"},                   # probation ends 19/05/2027
        {"Họ và tên quần chúng": "Trần Văn Cũ", "Ngày kết nạp": D(2025, 6, 1)},   # ended 2026
        {"Họ và tên quần chúng": "Lò Văn Mới", "Ngày học lớp nhận thức về Đảng": D(2026, 10, 1)},
    ]
    book, _ = check_file(make_book(data))
    rows = next_year_data(book)[DEV]
    assert [r["Họ và tên quần chúng"] for r in rows] == ["Đỗ Thị Mai", "Lò Văn Mới"]
    mai = rows[0]
    assert mai["Ngày kết nạp"] == D(2026, 5, 19) and mai["Đảng viên giúp đỡ"] == "Lê Thị Hoa"
    assert mai.get("Ngày chi bộ xét kết nạp") is None and mai.get("Số phiếu tán thành kết nạp") is None
