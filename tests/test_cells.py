import datetime as dt

import pytest

from chibo_xl.workbook import cells

D = dt.date


@pytest.mark.parametrize("raw, expected", [
    ("05/01/2021", D(2021, 1, 5)), ("5/1/2021", D(2021, 1, 5)), ("05-01-2021", D(2021, 1, 5)),
    ("2021-01-05", D(2021, 1, 5)), (" 5.1.2021 ", D(2021, 1, 5)), (44201, D(2021, 1, 5)),
    (44201.0, D(2021, 1, 5)), (dt.datetime(2021, 1, 5, 8, 30), D(2021, 1, 5)),
    (D(2021, 1, 5), D(2021, 1, 5)), ("2021-01-05 00:00:00", D(2021, 1, 5)),
])
def test_dates_in_every_form_a_secretary_types(raw, expected):
    assert cells.parse_date(raw) == expected


@pytest.mark.parametrize("raw, reason", [
    ("31/02/2020", "không có thật"), ("hôm qua", "dd/mm/yyyy"), (True, "không phải"),
    (-5, "ngoài khoảng"),
])
def test_unreadable_dates_say_why(raw, reason):
    with pytest.raises(cells.Unreadable, match=reason):
        cells.parse_date(raw)


@pytest.mark.parametrize("raw, expected", [
    ("27,5", 27.5), ("1.157.274.000", 1157274000), ("8.500", 8500), ("1,5", 1.5), (" 7 ", 7),
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), (12, 12), ("-3", -3),
])
def test_numbers_with_vietnamese_marks(raw, expected):
    assert cells.parse_number(raw) == expected


def test_text_is_not_a_number():
    with pytest.raises(cells.Unreadable):
        cells.parse_number("hai mươi")


@pytest.mark.parametrize("raw", [0.95, "0,95", 95, "95%", "95 %", "95,0%"])
def test_percent_forms_all_mean_95(raw):
    assert cells.parse_percent(raw) == pytest.approx(95)


def test_percent_one_hundred_and_zero_stay():
    assert cells.parse_percent(100) == 100 and cells.parse_percent(0) == 0


@pytest.mark.parametrize("raw, expected", [
    (100, (100, 100)), ("99-100", (99, 100)), ("95% - 100%", (95, 100)), ("99,5", (99.5, 99.5)),
    ("100-99", (99, 100)),
])
def test_ranges(raw, expected):
    assert cells.parse_range(raw) == expected


def test_int_refuses_fractions():
    assert cells.parse_int("05") == 5
    with pytest.raises(cells.Unreadable, match="nguyên"):
        cells.parse_int(5.5)


def test_fold_ignores_case_spacing_marker_and_unicode_form():
    import unicodedata
    nfd = unicodedata.normalize("NFD", "Họ  và TÊN (*)")
    assert cells.fold(nfd) == cells.fold("họ và tên")
    assert cells.strip_accents("Ngày sinh") == "ngay sinh"


def test_clean_text_keeps_line_breaks_and_drops_padding_and_control_characters():
    assert cells.clean_text("  Lê  Thị Hoa \r\n\n Hà Nội\x0b ") == "Lê Thị Hoa\nHà Nội"


@pytest.mark.parametrize("day, months, expected", [
    (D(2026, 1, 31), 1, D(2026, 2, 28)), (D(2025, 6, 4), 6, D(2025, 12, 4)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
])
def test_add_months(day, months, expected):
    assert cells.add_months(day, months) == expected
