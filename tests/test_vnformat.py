import datetime as dt

from chibo_xl.workbook import vnformat as vn


def test_exact_strings_of_design_s4():
    assert vn.percent(9, 26) == "34,6%"
    assert vn.thousands(1157274000) == "1.157.274.000"
    assert vn.money(1157274000) == "1.157.274.000 đồng"
    assert vn.count(5) == "05" and vn.count(26) == "26" and vn.count(0) == "00"
    assert vn.date_words(dt.date(2021, 1, 5)) == "ngày 05 tháng 01 năm 2021"
    assert vn.date_words(dt.date(2018, 4, 3)) == "ngày 03 tháng 4 năm 2018"
    assert vn.date_words(dt.date(2020, 12, 3)) == "ngày 03 tháng 12 năm 2020"
    assert vn.date_line("Định An", dt.date(2021, 1, 5)) == "Định An, ngày 05 tháng 01 năm 2021"


def test_percent_rounding_is_half_up_and_drops_zero_decimal():
    assert vn.percent(26, 26) == "100%"
    assert vn.percent(1, 8) == "12,5%"
    assert vn.percent(1, 3) == "33,3%"
    assert vn.percent(2, 3) == "66,7%"
    assert vn.decimal(0.05) == "0,1"
    assert vn.percent(1, 0) == "0%"


def test_upper_keeps_vietnamese_letters():
    assert vn.upper("Đảng bộ xã Định An") == "ĐẢNG BỘ XÃ ĐỊNH AN"


def test_names_sort_by_given_name_then_family_in_vietnamese_order():
    names = ["Trần Văn Bình", "Nguyễn Thị Ánh", "Lê An", "Phạm Anh", "Đỗ Thị Ánh", "Hoàng Đức",
             "Lê Dũng", "Vũ Ân", "Lê Ăn"]
    assert vn.sort_names(names) == ["Lê An", "Phạm Anh", "Đỗ Thị Ánh", "Nguyễn Thị Ánh", "Lê Ăn",
                                    "Vũ Ân", "Trần Văn Bình", "Lê Dũng", "Hoàng Đức"]
