"""Issue 23: party fees by the rules of each month — Quyết định 342-QĐ/TW (2010) until January
2026, Quy định 01-QĐ/TW (03/02/2026, in force from 01/02/2026) after it. Only what a text is known
to have changed differs: the exemption from đủ 50 năm tuổi đảng and the 30/50/70% steps of
reduction are Quy định 01's."""
import datetime as dt

import docfmt
from conftest import small_data

from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.documents.member_docs import fee_list_context
from chibo_xl.figures import fees
from chibo_xl.rules import fee_regimes

D = dt.date
MEMBERS, FEES, INFO = "Đảng viên", "Đảng phí", "Thông tin chung"
FEE_LIST = "Danh sách thu đảng phí năm {}.docx"


def fee_row(name, month, base=8_000_000, paid=0):
    return {"Họ và tên": name, "Tháng": month, "Đối tượng": "Hưởng lương (BHXH)",
            "Căn cứ tính (đồng)": base, "Đã nộp (đồng)": paid}


def veteran(year: int) -> dict:
    """The small book of `year` whose secretary has 56 years of party age, a fee row a month
    for January to March."""
    data = small_data()
    data[INFO]["Năm đánh giá"] = year
    m = data[MEMBERS][0]
    m.update({"Ngày vào Đảng": D(1970, 5, 19), "Ngày chính thức": D(1971, 5, 19),
              "Ngày sinh": D(1950, 3, 12)})
    data["Xếp loại"][0]["Ngày sinh"] = D(1950, 3, 12)
    data[FEES] = [fee_row("Nguyễn Thị Hằng Nga", month) for month in (1, 2, 3)]
    return data


def test_the_month_decides_the_rules():
    assert fee_regimes.regime(2026, 1).name == "Quyết định 342-QĐ/TW"
    assert fee_regimes.regime(2026, 2).name == "Quy định 01-QĐ/TW"
    assert fee_regimes.regime(2025, 12).name == "Quyết định 342-QĐ/TW"


def test_fifty_years_exempt_only_from_february_2026(make_book):
    book, _ = check_file(make_book(veteran(2026)))
    lines = fees.fees(book).lines
    assert [(x.due, x.regime.name) for x in lines] == [
        (80_000, "Quyết định 342-QĐ/TW"), (0, "Quy định 01-QĐ/TW"), (0, "Quy định 01-QĐ/TW")]
    assert lines[0].exempt_since is None and lines[1].exempt_since == D(2020, 5, 19)
    book, _ = check_file(make_book(veteran(2025), "2025.xlsx"))
    assert [x.due for x in fees.fees(book).lines] == [80_000, 80_000, 80_000]   # QĐ 342: no


def test_the_steps_of_reduction_hold_only_for_months_of_quy_dinh_01(make_book):
    data = small_data()
    data[MEMBERS][2].update({"Giảm đảng phí (%)": 40, "Giảm đảng phí từ tháng": D(2026, 1, 1),
                             "Số tháng giảm đảng phí": 1})            # January: QĐ 342
    data[FEES] = [fee_row("Lê Thị Hoa", 1)]
    _, report = check_file(make_book(data))
    assert not [f for f in report.findings if f.code == "FEE_REDUCTION"]
    data[MEMBERS][2]["Số tháng giảm đảng phí"] = 2                   # into February: QĐ 01
    _, report = check_file(make_book(data, "b.xlsx"))
    (f,) = [f for f in report.findings if f.code == "FEE_REDUCTION"]
    assert f.severity == "error" and "Quy định 01-QĐ/TW, từ tháng 2/2026" in f.message


def test_unpaid_months_cite_the_charter_and_the_rules_of_their_months(make_book):
    data = veteran(2025)
    data[FEES] = [fee_row("Lê Thị Hoa", month) for month in (3, 4, 5)]
    _, report = check_file(make_book(data))
    (f,) = [f for f in report.findings if f.code == "FEE_UNPAID_3_MONTHS"]
    assert "Điều lệ Đảng, Điều 8 khoản 1 (Quyết định 342-QĐ/TW)" in f.message
    assert "Quy định 01" not in f.message


def test_the_fee_list_names_the_rules_of_its_months(make_book, tmp_path):
    assert build(make_book(veteran(2026)), tmp_path / "a").ok
    text = docfmt.text_of(tmp_path / "a" / FEE_LIST.format(2026))
    assert ("(Theo Quyết định số 342-QĐ/TW ngày 28/12/2010 (tháng 1) và Quy định số 01-QĐ/TW ngày "
            "03/02/2026 (từ tháng 2) về chế độ đảng phí)") in text
    book, _ = check_file(make_book(veteran(2025), "2025.xlsx"))    # a 2025 book: QĐ 342 only
    assert fee_list_context(book)["fee"]["basis"] == ("(Theo Quyết định số 342-QĐ/TW ngày "
                                                      "28/12/2010 về chế độ đảng phí)")
