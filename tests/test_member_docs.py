"""The membership documents (issue 13): the fee list, the badge request, the recognition
resolution — built from real workbooks and read back with python-docx."""
import datetime as dt
import re

import docfmt
from click.testing import CliRunner
from conftest import small_data
from docx import Document

from chibo_xl.cli import main
from chibo_xl.workbook.blank import write_workbook

D = dt.date
FEE_LIST = "Danh sách thu đảng phí năm 2026.docx"
BADGES = "Tờ trình đề nghị tặng Huy hiệu Đảng năm 2026.docx"
REPORT = "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"


def built(tmp_path, data, name="so"):
    write_workbook(tmp_path / f"{name}.xlsx", data)
    result = CliRunner().invoke(main, ["build", str(tmp_path / f"{name}.xlsx"), "-o",
                                       str(tmp_path / name)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return tmp_path / name, result.output


def fee_data():
    data = small_data()
    payers = [("Nguyễn Thị Hằng Nga", "Hưởng lương (BHXH)", 12_345_678),
              ("Trần Văn Bình", "Hưởng lương (BHXH)", 9_876_543),
              ("Lê Thị Hoa", "Hưu trí", 7_000_001), ("Phạm Văn Nam", "Học sinh sinh viên", None)]
    data["Đảng phí"] = [
        {"Họ và tên": n, "Tháng": m, "Đối tượng": k, "Căn cứ tính (đồng)": b,
         "Đã nộp (đồng)": None if (n, m) in (("Trần Văn Bình", 2), ("Trần Văn Bình", 3),
                                            ("Trần Văn Bình", 4)) else
         (5000 if b is None else round(b * (0.005 if k == "Hưu trí" else 0.01)))}
        for m in range(1, 12) for n, k, b in payers]
    return data


def money(text):
    return int(text.replace(".", ""))


def test_fee_list_totals_equal_the_annual_report(tmp_path):
    out, _ = built(tmp_path, fee_data())
    text = docfmt.text_of(out / FEE_LIST)
    year = re.search(r"Cộng cả năm: phải thu ([\d.]+) đồng; đã thu ([\d.]+) đồng; trích giữ lại "
                     r"tại chi bộ ([\d.]+) đồng \(30%\), nộp cấp trên ([\d.]+) đồng\.", text)
    assert year, text
    due, paid, kept, sent = (money(g) for g in year.groups())
    report = docfmt.text_of(out / REPORT)
    assert (f"Thu đảng phí {year[2]} đồng (phải thu {year[1]} đồng); trích giữ lại tại chi bộ "
            f"{year[3]} đồng (30%), nộp cấp trên {year[4]} đồng.") in report
    # the month tables add up to the year's totals, and the year's table to the same
    doc = Document(str(out / FEE_LIST))
    months = [t for t in doc.tables if t.rows[0].cells[0].text == "STT"]
    assert len(months) == 11
    rows = [[c.text for c in r.cells] for t in months for r in t.rows[1:]]
    assert len(rows) == 44
    assert sum(money(r[6]) for r in rows) == due
    assert sum(money(r[7]) for r in rows if r[7] != "Chưa nộp") == paid
    assert paid == due - 3 * 98_765 and kept == round(paid * 0.3) and sent == paid - kept
    summary = docfmt.table_rows(out / FEE_LIST, "Tháng")
    assert sum(money(r[3]) for r in summary[1:]) == paid
    student = next(r for r in rows if r[1] == "Phạm Văn Nam")
    assert student[3:8] == ["", "–", "", "5.000", "5.000"]
    first = next(r for r in rows if r[1] == "Lê Thị Hoa")
    assert first[2:8] == ["Hưu trí", "7.000.001", "0,5%", "", "35.000", "35.000"]
    assert "- Đồng chí Trần Văn Bình: chưa nộp tháng 2, 3, 4." in text
    assert docfmt.problems(out / FEE_LIST, superior="Đảng bộ xã Định An",
                           cell="Chi bộ Trường Tiểu học 1",
                           date_line="Định An, ngày 05 tháng 12 năm 2026", doc_type=None,
                           number=None, sign_for="T/M CHI BỘ",
                           sign_name="Nguyễn Thị Hằng Nga") == []


def test_badge_request_only_when_someone_reaches_a_milestone(tmp_path):
    data = small_data()
    out, output = built(tmp_path, data, "none")
    assert not (out / BADGES).exists()
    assert "Bỏ qua: Tờ trình đề nghị tặng Huy hiệu Đảng năm 2026 — không có đảng viên đủ" in output
    data["Đảng viên"][1].update({"Ngày vào Đảng": D(1986, 9, 2), "Ngày chính thức": D(1987, 9, 2),
                                 "Ngày sinh": D(1960, 7, 1)})
    data["Xếp loại"][1]["Ngày sinh"] = D(1960, 7, 1)
    data["Đảng viên"][2].update({"Ngày vào Đảng": D(1991, 3, 3), "Ngày chính thức": D(1992, 3, 3),
                                 "Ngày sinh": D(1970, 1, 20),
                                 "Thời gian không tính tuổi đảng (tháng)": 60})
    data["Xếp loại"][2]["Ngày sinh"] = D(1970, 1, 20)
    out, _ = built(tmp_path, data, "some")
    text = docfmt.text_of(out / BADGES)
    assert "Kính gửi: Đảng ủy xã Định An." in text
    assert ("Chi bộ Trường Tiểu học 1 kính đề nghị Đảng ủy xã Định An xem xét, đề nghị cấp có thẩm "
            "quyền tặng Huy hiệu Đảng cho 02 đảng viên đủ tuổi đảng trong năm 2026") in text
    rows = docfmt.table_rows(out / BADGES, "STT")
    assert rows[0][3] == "Số thẻ đảng viên"      # blank here: the secretary writes it
    assert [r[1:3] + r[4:7] for r in rows[1:]] == [
        ["Lê Thị Hoa", "20/01/1970", "03/03/1991", "03/03/1992", "30 năm"],
        ["Trần Văn Bình", "01/07/1960", "02/09/1986", "02/09/1987", "40 năm"]]
    assert rows[1][7].split("\n") == ["03/03/2026", "Trừ 60 tháng không tính tuổi đảng"]
    assert rows[2][7] == "02/09/2026"
    assert docfmt.problems(out / BADGES, superior="Đảng bộ xã Định An",
                           cell="Chi bộ Trường Tiểu học 1",
                           # no Văn bản date: written by hand, never year-end's signing day
                           date_line="Định An, ngày      tháng      năm 2026", doc_type="TỜ TRÌNH",
                           number="Số      -TTr/CB", sign_for="T/M CHI BỘ",
                           sign_name="Nguyễn Thị Hằng Nga") == []
    report = docfmt.text_of(out / REPORT)
    assert ("Năm 2026, 02 đảng viên đủ tuổi đảng được đề nghị tặng Huy hiệu Đảng: đồng chí Lê Thị "
            "Hoa (Huy hiệu 30 năm tuổi đảng, đủ ngày 03/03/2026); đồng chí Trần Văn Bình (Huy hiệu "
            "40 năm tuổi đảng, đủ ngày 02/09/2026).") in report


def test_recognition_resolution_for_each_probation_ending_in_the_year(tmp_path):
    data = small_data()
    out, output = built(tmp_path, data, "none")
    assert "không có đảng viên hết 12 tháng dự bị trong năm" in output
    data["Đảng viên"][5]["Ngày vào Đảng"] = D(2025, 10, 1)
    data["Phát triển Đảng"] = [{"Họ và tên quần chúng": "Vũ Minh Đức", "Ngày sinh": D(1995, 4, 30),
                                "Đảng viên giúp đỡ": "Lê Thị Hoa", "Ngày kết nạp": D(2025, 10, 1)}]
    out, output = built(tmp_path, data, "one")
    path = out / "Nghị quyết đề nghị công nhận đảng viên chính thức - Vũ Minh Đức.docx"
    text = docfmt.text_of(path)
    assert ("Chi bộ Trường Tiểu học 1 đã họp để xét, đề nghị công nhận đảng viên dự bị Vũ Minh Đức "
            "được kết nạp vào Đảng ngày 01 tháng 10 năm 2025, trở thành đảng viên chính "
            "thức.") in text
    assert ("Tổng số đảng viên của chi bộ: 06 đảng viên, trong đó chính thức 05 đồng chí, dự bị 01 "
            "đồng chí.") in text
    assert "(đồng chí Lê Thị Hoa)" in text
    assert ("Đảng viên dự bị hết 12 tháng dự bị trong năm, chi bộ xét công nhận đảng viên chính "
            "thức: đồng chí Vũ Minh Đức (hết dự bị ngày 01/10/2026; xét chậm nhất ngày "
            "12/11/2026).") in docfmt.text_of(out / REPORT)
    assert "đề nghị Đảng ủy xã Định An xem xét, quyết định công nhận đồng chí Vũ Minh Đức" in text
    assert docfmt.problems(path, superior="Đảng bộ xã Định An", cell="Chi bộ Trường Tiểu học 1",
                           date_line="Định An, ngày      tháng      năm 2026", doc_type="NGHỊ QUYẾT",
                           number="Số      -NQ/CB", sign_for="T/M CHI BỘ",
                           sign_name="Nguyễn Thị Hằng Nga") == []
    # a member leaving within the 30 working days: the counts are left for hand filling
    data["Đảng viên"][4].update({"Biến động trong năm": "Chuyển đi",
                                 "Ngày biến động": D(2026, 10, 20)})
    data["Xếp loại"][4].update({"Chi bộ đề nghị": None, "Tự xếp loại": None,
                                "Không xếp loại (lý do)": "Khác"})
    out, _ = built(tmp_path, data, "moved")
    text = docfmt.text_of(out / path.name)
    assert "Tổng số đảng viên của chi bộ: …… đảng viên, trong đó chính thức …… đồng chí" in text
