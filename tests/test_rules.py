"""Rating rules by year, each on both sides of its boundary."""
import datetime as dt

import pytest

from chibo_xl import rules

HTXS, HTT, HT, KHT = rules.HTXS, rules.HTT, rules.HT, rules.KHT


@pytest.mark.parametrize("year, guidance, scored", [
    (2019, "Hướng dẫn 21-HD/BTCTW", False), (2020, "Hướng dẫn 21-HD/BTCTW", False),
    (2022, "Hướng dẫn 21-HD/BTCTW", False), (2023, "Hướng dẫn 25-HD/BTCTW", False),
    (2024, "Hướng dẫn 25-HD/BTCTW", False), (2025, "Hướng dẫn 43-HD/BTCTW", True),
    (2026, "Hướng dẫn 43-HD/BTCTW", True),
])
def test_one_table_of_rules_keyed_by_year(year, guidance, scored):
    period = rules.period_for(year)
    assert period.guidance == guidance and period.scored is scored


@pytest.mark.parametrize("total, level", [
    (100, HTXS), (90, HTXS), (89.9, HTT), (70, HTT), (69.9, HT), (50, HT), (49.9, KHT), (0, KHT),
])
def test_level_follows_the_score_from_2025(total, level):
    assert rules.level_for_score(total) == level


@pytest.mark.parametrize("discipline, fail_rate, forced", [
    ("Không", 0, None), (None, None, None), ("Khiển trách", 0, KHT), ("Cảnh cáo", 0, KHT),
    ("Cách chức", None, KHT), ("Không", 50, None), ("Không", 50.1, KHT),
])
def test_forcing_cases(discipline, fail_rate, forced):
    assert rules.forced_level(discipline, fail_rate) == forced


def test_six_months_before_the_review_boundary():
    review = dt.date(2026, 12, 3)
    assert rules.too_new_to_rate(dt.date(2026, 6, 4), review)        # 5 months 29 days
    assert not rules.too_new_to_rate(dt.date(2026, 6, 3), review)    # exactly 6 months
    assert not rules.too_new_to_rate(None, review)


@pytest.mark.parametrize("year, months, cap", [
    (2020, 3, HT), (2020, 2.9, None), (2022, 6, HT), (2023, 6, None), (2026, 3, None),
])
def test_sick_leave_caps_only_under_guidance_21(year, months, cap):
    assert rules.ceiling(year, months) == cap


def test_maternity_never_caps():
    assert rules.ceiling(2020, 0, maternity=True) is None


@pytest.mark.parametrize("excellent, good, rate, exceeded", [
    (4, 20, 20, False),   # exactly 20%
    (4, 19, 20, True), (4, 18, 20, True), (3, 19, 20, False), (5, 20, 25, False),
    (6, 20, 25, True), (0, 0, 20, False), (1, 0, 20, True),
])
def test_the_cap(excellent, good, rate, exceeded):
    assert rules.cap_exceeded(excellent, good, rate) is exceeded


@pytest.mark.parametrize("votes, present, ok", [(11, 22, False), (12, 22, True), (1, 0, False)])
def test_majority_is_more_than_half_of_those_present(votes, present, ok):
    assert rules.has_majority(votes, present) is ok


@pytest.mark.parametrize("year, leader, in_system, form", [
    (2026, True, True, "02A"), (2026, False, True, "02B"), (2026, False, False, "02C"),
    (2026, True, False, "02C"),
])
def test_form_follows_posts(year, leader, in_system, form):
    assert rules.form_for(year, leader, in_system) == form
