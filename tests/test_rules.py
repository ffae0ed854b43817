"""Rating rules by year, each on both sides of its boundary."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chibo_xl.rules import article11, rulebook

HTXS, HTT, HT, KHT = rulebook.HTXS, rulebook.HTT, rulebook.HT, rulebook.KHT


@pytest.mark.parametrize("year, guidance, scored", [
    (2019, "Hướng dẫn 21-HD/BTCTW", False), (2020, "Hướng dẫn 21-HD/BTCTW", False),
    (2022, "Hướng dẫn 21-HD/BTCTW", False), (2023, "Hướng dẫn 25-HD/BTCTW", False),
    (2024, "Hướng dẫn 25-HD/BTCTW", False), (2025, "Hướng dẫn 43-HD/BTCTW", True),
    (2026, "Hướng dẫn 43-HD/BTCTW", True),
])
def test_one_table_of_rules_keyed_by_year(year, guidance, scored):
    period = rulebook.period_for(year)
    assert period.guidance == guidance and period.scored is scored


@pytest.mark.parametrize("total, level", [
    (100, HTXS), (90, HTXS), (89.9, HTT), (70, HTT), (69.9, HT), (50, HT), (49.9, KHT), (0, KHT),
])
def test_level_follows_the_score_from_2025(total, level):
    assert rulebook.level_for_score(total) == level


@pytest.mark.parametrize("discipline, fail_rate, forced", [
    ("Không", 0, None), (None, None, None), ("Khiển trách", 0, KHT), ("Cảnh cáo", 0, KHT),
    ("Cách chức", None, KHT), ("Không", 50, None), ("Không", 50.1, KHT),
])
def test_forcing_cases(discipline, fail_rate, forced):
    row = {"discipline": discipline, "fail_rate": fail_rate}
    assert article11.forced_level(row) == forced
    assert article11.forced_level(row, scored=False) == forced     # the two cases before 2025


@pytest.mark.parametrize("conclusion, leader, forced", [
    # Quy định 366 Điều 11, members who are not leaders: decline, breaching what members may
    # not do, breaching the duty to set an example — each forced, even without discipline
    ("Suy thoái tư tưởng chính trị, đạo đức, lối sống", False, KHT),
    ("Vi phạm những điều đảng viên không được làm", False, KHT),
    ("Vi phạm trách nhiệm nêu gương", False, KHT),
    ("Không", False, None),
    # the leaders' list names decline only: the two others are the competent body's call
    ("Suy thoái tư tưởng chính trị, đạo đức, lối sống", True, KHT),
    ("Vi phạm những điều đảng viên không được làm", True, None),
    ("Vi phạm trách nhiệm nêu gương", True, None),
])
def test_decline_and_violations_force_not_completed(conclusion, leader, forced):
    row = {"conclusion": conclusion}
    assert article11.forced_level(row, leader) == forced
    assert article11.forced_level(row, leader, scored=False) is None     # not before 2025


def test_six_months_before_the_review_boundary():
    review = dt.date(2026, 12, 3)
    assert rulebook.too_new_to_rate(dt.date(2026, 6, 4), review)        # 5 months 29 days
    assert not rulebook.too_new_to_rate(dt.date(2026, 6, 3), review)    # exactly 6 months
    assert not rulebook.too_new_to_rate(None, review)


@pytest.mark.parametrize("year, months, cap", [
    (2020, 3, HT), (2020, 2.9, None), (2022, 6, HT), (2023, 6, None), (2026, 3, None),
])
def test_sick_leave_caps_only_under_guidance_21(year, months, cap):
    assert rulebook.ceiling(year, months) == cap


def test_maternity_never_caps():
    assert rulebook.ceiling(2020, 0, maternity=True) is None


@pytest.mark.parametrize("excellent, good, rate, exceeded", [
    (4, 20, 20, False),   # exactly 20%
    (4, 19, 20, True), (4, 18, 20, True), (3, 19, 20, False), (5, 20, 25, False),
    (6, 20, 25, True), (0, 0, 20, False), (1, 0, 20, True),
])
def test_the_cap(excellent, good, rate, exceeded):
    assert rulebook.cap_exceeded(excellent, good, rate) is exceeded


@pytest.mark.parametrize("votes, present, ok", [(11, 22, False), (12, 22, True), (1, 0, False)])
def test_majority_is_more_than_half_of_those_present(votes, present, ok):
    assert rulebook.has_majority(votes, present) is ok


@pytest.mark.parametrize("year, leader, in_system, form", [
    (2026, True, True, "02A"), (2026, False, True, "02B"), (2026, False, False, "02C"),
    (2026, True, False, "02C"), (2025, True, True, "02A"),
    # Hướng dẫn 25 (2023-2024): the reverse, 02B for leaders, 02A for the others; no 02C
    (2024, True, True, "02B"), (2023, False, True, "02A"), (2024, False, False, "02A"),
    # Hướng dẫn 21 (2019-2022): one Mẫu 02 for every member
    (2022, True, True, "02"), (2019, False, True, "02"), (2020, False, False, "02"),
])
def test_form_follows_posts(year, leader, in_system, form):
    assert rulebook.form_for(year, leader, in_system) == form


@pytest.mark.parametrize("level, on_time, over, remedied, missing", [
    (HTXS, 100, 30, "Đã khắc phục hết", []),
    (HTXS, 99, 30, None, ["on_time_rate"]),
    (HTXS, 100, 29.9, None, ["over_rate"]),
    (HTXS, 100, 30, "Chưa khắc phục hết", ["remedied"]),
    (HTT, 100, 0, "Chưa khắc phục hết", []),
    (HTT, 99, None, None, ["on_time_rate"]),
    (HT, 80, None, None, []),
    (HT, 79.9, None, None, ["on_time_rate"]),
    (KHT, 0, 0, "Chưa khắc phục hết", []),
    (HTXS, None, None, None, []),          # blank figures are not judged
])
def test_conditions_of_article_11(level, on_time, over, remedied, missing):
    row = {"on_time_rate": on_time, "over_rate": over, "remedied": remedied}
    assert [c for c, _ in article11.level_conditions(level, row)] == missing


@pytest.mark.parametrize("level, fail, unit, leader, missing", [
    # «Hoàn thành 100% các nhiệm vụ được giao» at every level from HTNV up
    (HTXS, 0, None, False, []), (HT, 0.1, None, False, ["fail_rate"]),
    (HTT, 5, None, False, ["fail_rate"]), (KHT, 40, None, False, []),
    (HTT, None, None, False, []),          # blank: not judged
    # a leader's tasks are those of the unit led
    (HTT, 5, 100, True, []), (HT, 0, 99, True, ["unit_rate"]), (HT, None, None, True, []),
])
def test_every_level_from_htnv_needs_all_tasks_done(level, fail, unit, leader, missing):
    row = {"fail_rate": fail, "unit_rate": unit}
    assert [c for c, _ in article11.level_conditions(level, row, leader)] == missing


@pytest.mark.parametrize("leader, row, columns", [
    (True, {"unit_rate": 69.9}, ["unit_rate"]), (True, {"unit_rate": 70}, []),
    (True, {"low_confidence": 50.1}, ["low_confidence"]), (True, {"low_confidence": 50}, []),
    (True, {"units_failed": 50.1}, ["units_failed"]), (True, {"units_failed": 50}, []),
    (True, {"scope_corruption": "Có"}, ["scope_corruption"]),
    (True, {"scope_corruption": "Không"}, []),
    # the leaders' cases are for leaders only
    (False, {"unit_rate": 10, "low_confidence": 90, "units_failed": 90,
             "scope_corruption": "Có"}, []),
])
def test_leaders_forcing_cases(leader, row, columns):
    assert [f.column for f in article11.forcing_causes(row, leader)] == columns


def test_which_cases_are_excusable_and_which_are_decided_above():
    row = {"discipline": "Cảnh cáo", "fail_rate": 60, "unit_rate": 60, "low_confidence": 60,
           "conclusion": "Vi phạm trách nhiệm nêu gương"}
    causes = article11.forcing_causes(row, True)
    assert [(f.column, f.excusable, bool(f.decided_above)) for f in causes] == [
        ("unit_rate", False, False), ("low_confidence", False, False),
        ("discipline", True, False), ("conclusion", True, True), ("fail_rate", False, True)]
    # not a leader: more than half of the tasks not done is forced, not excusable
    causes = article11.forcing_causes(row, False)
    assert [(f.column, f.excusable, bool(f.decided_above)) for f in causes] == [
        ("conclusion", True, False), ("discipline", True, False), ("fail_rate", False, False)]
    # a violation of an earlier year, disciplined now: the committee above decides
    earlier = article11.forcing_causes({"discipline": "Khiển trách", "earlier_violation": "Có"},
                                       False)
    assert [bool(f.decided_above) for f in earlier] == [True]
    assert article11.forced_level({"discipline": "Khiển trách", "earlier_violation": "Có"}) is None


@pytest.mark.parametrize("good, limit", [(20, 4), (19, 3), (4, 0), (0, 0), (5, 1)])
def test_cap_limit(good, limit):
    assert rulebook.cap_limit(good, 20) == limit


def test_shares_by_largest_remainder():
    assert [str(s) for s in rulebook.shares([1, 1, 1], 3)] == ["33.4", "33.3", "33.3"]
    assert [str(s) for s in rulebook.shares([2, 1], 32)] == ["6.3", "3.1"]   # 9,4% of the room
    assert rulebook.shares([0, 0], 0) == [0, 0]


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=4))
def test_shares_of_counts_that_fill_the_room_add_up_to_100(counts):
    whole = sum(counts)
    if whole:
        shares = rulebook.shares(counts, whole)
        assert sum(shares) == 100
        exact = [c * 100 / whole for c in counts]
        assert all(abs(float(s) - e) < 0.1 for s, e in zip(shares, exact))


@pytest.mark.parametrize("year, code, template, label", [
    (2026, "02A", "mau_02a", "Mẫu 02A-HD KĐ.ĐG 2025"), (2024, "02B", "mau_02b_2023", "Mẫu 02B-HD KĐ.ĐG 2023"),
    (2021, "02", "mau_02_2019", "Mẫu 02-HD KĐ.ĐG 2019"), (2022, "01", "mau_01_2019", "Mẫu 01-HD KĐ.ĐG 2019"),
])
def test_each_period_names_its_edition_of_the_forms(year, code, template, label):
    forms = rulebook.period_for(year).forms
    assert (forms.template(code), forms.label(code)) == (template, label)


# --- the texts implementing the Charter, by date (issue 23) ----------------------------------

def test_charter_rules_and_guidance_in_force_on_a_day():
    from chibo_xl.rules import texts
    D = dt.date
    assert texts.charter_rules(D(2021, 7, 29)) == "Quy định 29-QĐ/TW"
    assert texts.charter_rules(D(2024, 12, 31)) == "Quy định 24-QĐ/TW"
    assert texts.charter_rules(D(2025, 6, 30)) == "Quy định 232-QĐ/TW"
    assert texts.charter_rules(D(2025, 7, 1)) == "Quy định 294-QĐ/TW"
    assert texts.charter_guidance(D(2025, 6, 8)) == "Hướng dẫn 01-HD/TW (2021)"
    assert texts.charter_guidance(D(2025, 6, 9)) == "Hướng dẫn 06-HD/TW"
    assert texts.charter_rules(None) == "Quy định 294-QĐ/TW"


def test_absent_names_as_the_minutes_book_writes_them():
    from chibo_xl.rules import attendance
    assert attendance.absent_names("Lê Thị Hoa (ốm); đ/c Phạm Văn Nam\nĐồng chí Vũ Minh Đức - "
                                   "đi công tác, ") == ["Lê Thị Hoa", "Phạm Văn Nam",
                                                        "Vũ Minh Đức"]
    assert attendance.absent_names(None) == attendance.absent_names("  ") == []
    assert attendance.rate_passes(29, 34, 85) and not attendance.rate_passes(17, 20, 85)
    assert attendance.rate_passes(0, 0, 85)
    assert not attendance.excused_run_too_long([True, True, True, False, True], 3)
    assert attendance.excused_run_too_long([False, True, True, True, True], 3)
    assert attendance.skipped_months({2, 9, 11}) and not attendance.skipped_months({2, 9})
