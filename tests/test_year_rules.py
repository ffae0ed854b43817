"""The rules of the cell's year (issue 13): fees, badges, probation, the chi ủy, meetings, the
superior committee — each on both sides of its boundary, from real workbook files."""
import datetime as dt

import pytest
from conftest import small_data

from chibo_xl.checks import yearly
from chibo_xl.checks.pipeline import check_file
from chibo_xl.documents import context as ctx
from chibo_xl.figures import badges, fees, tally
from chibo_xl.workbook import schema
from chibo_xl.workbook.findings import Report

D = dt.date
MEMBERS, FEES, INFO, MEETINGS = "Đảng viên", "Đảng phí", "Thông tin chung", "Sinh hoạt"


def read(make_book, data):
    book, report = check_file(make_book(data))
    return book, report


def codes(report, code):
    return [f for f in report.findings if f.code == code]


def fee_row(name, month, base=8_000_000, paid=None, kind="Hưởng lương (BHXH)", **extra):
    return {"Họ và tên": name, "Tháng": month, "Đối tượng": kind, "Căn cứ tính (đồng)": base,
            "Đã nộp (đồng)": paid, **extra}


# --- party fees ---------------------------------------------------------------------------------

def test_fifty_years_of_party_age_exempt_from_the_exact_day(make_book):
    data = small_data()
    # 50 years on 31/03/2026: March is exempt; one day later (49 years 364 days on 31/03): due
    data[MEMBERS][0]["Ngày vào Đảng"], data[MEMBERS][0]["Ngày chính thức"] = D(1976, 3, 31), None
    data[MEMBERS][1]["Ngày vào Đảng"], data[MEMBERS][1]["Ngày chính thức"] = D(1976, 4, 1), None
    for m in data[MEMBERS][:2]:
        m["Ngày sinh"] = D(1950, 1, 1)
        m["Ngày chính thức"] = cells_add_year(m["Ngày vào Đảng"])
    for r in data["Xếp loại"][:2]:
        r["Ngày sinh"] = D(1950, 1, 1)
    data[FEES] = [fee_row("Nguyễn Thị Hằng Nga", 3, paid=0), fee_row("Trần Văn Bình", 3,
                                                                          paid=80_000),
                  fee_row("Trần Văn Bình", 4, paid=0)]
    book, report = read(make_book, data)
    lines = fees.fees(book).lines
    assert [(x.due, x.reduction) for x in lines] == [(0, 100.0), (80_000, 0.0), (0, 100.0)]
    assert lines[0].exempt_since == D(2026, 3, 31) and lines[1].exempt_since is None
    assert lines[2].exempt_since == D(2026, 4, 1)


def cells_add_year(day):
    return D(day.year + 1, day.month, day.day)


def test_time_out_of_the_party_delays_the_exemption(make_book):
    data = small_data()
    data[MEMBERS][0]["Ngày vào Đảng"], data[MEMBERS][0]["Ngày chính thức"] = (D(1975, 3, 1),
                                                                            D(1976, 3, 1))
    data[MEMBERS][0]["Ngày sinh"] = data["Xếp loại"][0]["Ngày sinh"] = D(1950, 1, 1)
    data[MEMBERS][0]["Thời gian không tính tuổi đảng (tháng)"] = 12
    data[FEES] = [fee_row("Nguyễn Thị Hằng Nga", 2, paid=80_000),
                  fee_row("Nguyễn Thị Hằng Nga", 3, paid=0)]
    book, _ = read(make_book, data)
    assert [x.due for x in fees.fees(book).lines] == [80_000, 0]


def test_three_unpaid_months_name_the_member_two_do_not(make_book):
    data = small_data()
    data[FEES] = ([fee_row("Lê Thị Hoa", m, paid=None if m in (2, 5, 7) else 80_000)
                   for m in range(1, 9)]
                  + [fee_row("Phạm Văn Nam", m, paid=0 if m in (3, 4) else 80_000)
                     for m in range(1, 9)])
    book, report = read(make_book, data)
    found = codes(report, "FEE_UNPAID_3_MONTHS")
    assert [(f.sheet, f.cell, f.value) for f in found] == [(FEES, "F3", "Lê Thị Hoa")]
    assert "chưa nộp đảng phí 03 tháng trong năm (tháng 2, 5, 7)" in found[0].message
    assert found[0].severity == "warning"


def test_rates_and_kept_share_are_settings(make_book):
    data = small_data()
    data[FEES] = [fee_row("Lê Thị Hoa", 1, base=6_000_000, kind="Hưu trí", paid=30_000),
                  fee_row("Phạm Văn Nam", 1, base=0, kind="Học sinh sinh viên", paid=5_000)]
    book, report = read(make_book, data)
    fee = fees.fees(book)
    assert [x.due for x in fee.lines] == [30_000, 5_000]   # 0,5% of the pension; 5.000 đ
    assert (fee.paid, fee.kept, fee.sent) == (35_000, 10_500, 24_500)   # 30% kept by default
    data[INFO].update({"Đảng phí: % lương hưu": "0,4", "Đảng phí: % chi bộ được giữ lại": 25,
                       "Đảng phí: học sinh, sinh viên (đồng/tháng)": 6000})
    book, report = read(make_book, data)
    fee = fees.fees(book)
    assert [x.due for x in fee.lines] == [24_000, 6_000]
    assert (fee.kept, fee.sent) == (8_750, 26_250)
    assert "trích giữ lại tại chi bộ 8.750 đồng (25%), nộp cấp trên 26.250 đồng" in \
        ctx.sentences(book)["fees"]


def test_reduction_columns_apply_for_their_months_only(make_book):
    data = small_data()
    data[MEMBERS][2].update({"Giảm đảng phí (%)": 50, "Giảm đảng phí từ tháng": D(2026, 3, 1),
                             "Số tháng giảm đảng phí": 2})
    data[FEES] = [fee_row("Lê Thị Hoa", m, paid=0) for m in (2, 3, 4, 5)]
    book, _ = read(make_book, data)
    assert [x.due for x in fees.fees(book).lines] == [80_000, 40_000, 40_000, 80_000]
    data[MEMBERS][2]["Giảm đảng phí (%)"] = 40
    _, report = read(make_book, data)
    assert [(f.sheet, f.severity) for f in codes(report, "FEE_REDUCTION")] == [(MEMBERS, "error")]


# --- Huy hiệu Đảng ------------------------------------------------------------------------------

def test_badge_milestones_counted_to_the_day_less_time_out(make_book):
    data = small_data()
    data[MEMBERS][1]["Ngày vào Đảng"], data[MEMBERS][1]["Ngày chính thức"] = (D(1996, 12, 31),
                                                                            D(1997, 12, 31))
    data[MEMBERS][1]["Ngày sinh"] = data["Xếp loại"][1]["Ngày sinh"] = D(1970, 1, 1)
    data[MEMBERS][2]["Ngày vào Đảng"], data[MEMBERS][2]["Ngày chính thức"] = (D(1986, 3, 3),
                                                                            D(1987, 3, 3))
    data[MEMBERS][2]["Ngày sinh"] = data["Xếp loại"][2]["Ngày sinh"] = D(1960, 1, 1)
    data[MEMBERS][2]["Thời gian không tính tuổi đảng (tháng)"] = 10   # 40 years on 03/01/2027
    book, report = read(make_book, data)
    assert [(x.name, x.years, x.day) for x in badges.milestones(book)] == [
        ("Trần Văn Bình", 30, D(2026, 12, 31))]
    assert ctx.sentences(book)["badges"] == (
        "Năm 2026, 01 đảng viên đủ tuổi đảng được đề nghị tặng Huy hiệu Đảng: đồng chí Trần Văn "
        "Bình (Huy hiệu 30 năm tuổi đảng, đủ ngày 31/12/2026).")
    data[MEMBERS][2]["Thời gian không tính tuổi đảng (tháng)"] = 9    # 40 years on 03/12/2026
    book, _ = read(make_book, data)
    assert [x.years for x in badges.milestones(book)] == [40, 30]


# --- probation ----------------------------------------------------------------------------------

def probation_book(make_book, admitted):
    data = small_data()
    del data[INFO]["Mốc nhắc hết thời gian dự bị (ngày)"]      # the default stages
    data[MEMBERS][5]["Ngày vào Đảng"] = admitted
    book, _ = read(make_book, data)
    return book


def probation_codes(book, as_of):
    report = Report()
    yearly.check_probation(book, report, as_of)
    return [(f.code, f.cell) for f in report.findings]


def probation_messages(book, as_of):
    report = Report()
    yearly.check_probation(book, report, as_of)
    return [f.message for f in report.findings]


def test_probation_reminders_come_in_stages_90_60_30_15_7(make_book):
    book = probation_book(make_book, D(2025, 12, 15))         # 12 months end on 15/12/2026
    end = D(2026, 12, 15)
    assert probation_codes(book, end - dt.timedelta(days=91)) == []
    for left, stage in ((90, 90), (61, 90), (60, 60), (31, 60), (30, 30), (16, 30), (15, 15),
                        (8, 15), (7, 7), (1, 7)):
        day = end - dt.timedelta(days=left)
        assert probation_codes(book, day) == [("PROBATION_SOON", "Q7")], left
        message = probation_messages(book, day)[0]
        assert message.startswith(f"Mốc nhắc {stage} ngày: còn {left} ngày đến ngày 15/12/2026 "
                                  "hết 12 tháng dự bị; chi bộ xét công nhận đảng viên chính thức "
                                  "chậm nhất ngày"), message
    # the papers of the recognition file, as Hướng dẫn 06-HD/TW (mục 8.3) lists them
    assert ("Hồ sơ cần có (Hướng dẫn 06-HD/TW, mục 8.3): giấy chứng nhận học lớp bồi dưỡng đảng "
            "viên mới; bản tự kiểm điểm của đảng viên dự bị; bản nhận xét của đảng viên được phân "
            "công giúp đỡ; tổng hợp ý kiến nhận xét của đoàn thể nơi làm việc và chi ủy (chi bộ) "
            "nơi cư trú.") in probation_messages(book, end - dt.timedelta(days=5))[0]
    assert probation_codes(book, end) == [("PROBATION_DUE", "Q7")]


def test_probation_stages_are_a_setting(make_book):
    data = small_data()
    data[MEMBERS][5]["Ngày vào Đảng"] = D(2025, 12, 15)
    data[INFO]["Mốc nhắc hết thời gian dự bị (ngày)"] = "45; 10"   # the small book has 30, 15, 7
    book, report = read(make_book, data)
    assert not codes(report, "STAGES_UNREAD")
    end = D(2026, 12, 15)
    assert probation_codes(book, end - dt.timedelta(days=46)) == []
    assert probation_messages(book, end - dt.timedelta(days=45))[0].startswith("Mốc nhắc 45 ngày")
    assert probation_messages(book, end - dt.timedelta(days=3))[0].startswith("Mốc nhắc 10 ngày")
    data[INFO]["Mốc nhắc hết thời gian dự bị (ngày)"] = "chín mươi"
    book, report = read(make_book, data)
    [bad] = codes(report, "STAGES_UNREAD")
    assert bad.sheet == INFO and "Tạm dùng mốc mặc định" in bad.message
    assert probation_messages(book, end - dt.timedelta(days=80))[-1].startswith("Mốc nhắc 90 ngày")


def test_recognition_warning_after_30_working_days(make_book):
    # 12 months end Thursday 01/10/2026; the 30th working day after it is Thursday 12/11/2026
    book = probation_book(make_book, D(2025, 10, 1))
    assert tally.probations(book)[0].deadline == D(2026, 11, 12)
    # ended 29 working days before the report date: still within the 30 days
    assert probation_codes(book, D(2026, 11, 11)) == [("PROBATION_DUE", "Q7")]
    assert probation_codes(book, D(2026, 11, 12)) == [("PROBATION_DUE", "Q7")]
    # ended 31 working days before: the 30 working days have passed
    assert probation_codes(book, D(2026, 11, 13)) == [("PROBATION_OVERDUE", "Q7")]
    report = Report()
    yearly.check_probation(book, report, D(2026, 11, 13))
    assert "hạn 12/11/2026" in report.findings[0].message
    assert "01/10/2026" in report.findings[0].message


def test_working_days_skip_weekends_and_fixed_holidays():
    assert tally.add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)   # 30/4, 1/5, weekend
    assert tally.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)  # 1/1 Fri, weekend


# --- the chi ủy ---------------------------------------------------------------------------------

def committee_data(official):
    data = small_data()
    extra = [dict(data[MEMBERS][4], STT=7 + i, **{"Họ và tên": f"Đinh Văn Tư {chr(65 + i)}",
                                                   "Ngày sinh": D(1980, 1, 1 + i)})
             for i in range(official - 5)]
    data[MEMBERS] += extra
    data[INFO]["Có chi ủy"] = "Có"
    return data


@pytest.mark.parametrize("official, warned", [(8, True), (9, False)])
def test_chi_uy_needs_nine_official_members(make_book, official, warned):
    data = committee_data(official)
    book, report = read(make_book, data)
    assert tally.membership(book).official == official
    found = codes(report, "COMMITTEE_TOO_SMALL")
    row = next(i for i, c in enumerate(schema.INFO.columns, 2) if c.key == "has_committee")
    assert [(f.sheet, f.cell) for f in found] == ([(INFO, f"B{row}")] if warned else [])
    if warned:
        assert "08 đảng viên chính thức, dưới 09" in found[0].message
    assert ctx.common(book, "bao_cao_nam")["sign_for"] == "T/M CHI ỦY"   # the answer wins
    data[INFO]["Có chi ủy"] = None                                        # blank: the count
    book, report = read(make_book, data)
    assert ctx.common(book, "bao_cao_nam")["sign_for"] == ("T/M CHI BỘ" if warned
                                                           else "T/M CHI ỦY")
    assert codes(report, "COMMITTEE_TOO_SMALL") == []


def test_chi_uy_threshold_is_a_setting(make_book):
    data = committee_data(8)
    data[INFO]["Số đảng viên chính thức tối thiểu để có chi ủy"] = 7
    _, report = read(make_book, data)
    assert codes(report, "COMMITTEE_TOO_SMALL") == []


# --- meetings -----------------------------------------------------------------------------------

def meeting_codes(book, as_of):
    report = Report()
    yearly.check_meetings(book, report, as_of)
    return [(f.code, f.value) for f in report.findings]


def test_thematic_meeting_warning_only_once_the_quarter_is_over(make_book):
    data = small_data()
    data[MEETINGS] = [m for m in data[MEETINGS] if m["Chủ đề"] != "Chuyên đề quý 1"]
    book, _ = read(make_book, data)
    assert meeting_codes(book, D(2026, 3, 31)) == []             # the quarter's last day
    assert meeting_codes(book, D(2026, 4, 1)) == [("QUARTER_NO_THEMATIC", "Quý 1")]


def test_each_month_without_a_regular_meeting_up_to_the_report_date(make_book):
    data = small_data()
    data[MEETINGS] = [m for m in data[MEETINGS]
                      if m["Loại"] != "Thường kỳ" or m["Ngày họp"].month not in (4, 12)]
    book, report = read(make_book, data)
    assert [(f.code, f.value) for f in codes(report, "MONTH_NO_REGULAR_MEETING")] == [
        ("MONTH_NO_REGULAR_MEETING", "Tháng 4/2026")]               # December not over on 05/12
    assert meeting_codes(book, D(2026, 4, 30)) == []
    assert meeting_codes(book, D(2026, 5, 1)) == [("MONTH_NO_REGULAR_MEETING", "Tháng 4/2026")]


def test_attendance_norm_is_a_setting(make_book):
    data = small_data()
    for m in data[MEETINGS]:
        m.update({"Số triệu tập": 20, "Có mặt": 18, "Vắng có lý do": 2, "Vắng không lý do": 0})
    _, report = read(make_book, data)
    assert codes(report, "ATTENDANCE_LOW") == []                 # 90% ≥ 85% by default
    data[INFO]["Tỷ lệ dự sinh hoạt tối thiểu (%)"] = 95
    _, report = read(make_book, data)
    low = codes(report, "ATTENDANCE_LOW")
    assert len(low) == len(data[MEETINGS]) and "90% chưa trên 95%" in low[0].message


def test_attendance_must_be_above_85_so_85_0_does_not_pass(make_book):
    """Hướng dẫn 12-HD/BTCTW: «đạt tỷ lệ trên 85%» — 17 of 20 (85,0%) is not above it."""
    data = small_data()
    for m, present in zip(data[MEETINGS], (17, 18)):
        m.update({"Số triệu tập": 20, "Có mặt": present, "Vắng có lý do": 20 - present,
                  "Vắng không lý do": 0})
    _, report = read(make_book, data)
    low = codes(report, "ATTENDANCE_LOW")
    assert [(f.cell, f.value) for f in low] == [("E2", "17")]
    assert "Tỷ lệ dự họp 85% chưa trên 85%" in low[0].message


def absent(data, month, excused=None, unexcused=None):
    """Names the absent members of the regular meeting of `month` (counts left as typed)."""
    row = next(m for m in data[MEETINGS]
               if m["Loại"] == "Thường kỳ" and m["Ngày họp"].month == month)
    if excused:
        row["Đảng viên vắng có lý do (họ tên)"] = excused
    if unexcused:
        row["Đảng viên vắng không lý do (họ tên)"] = unexcused
    return row


def test_an_absence_without_reason_fails_the_meeting_criterion(make_book):
    data = small_data()
    absent(data, 2, unexcused="đ/c Phạm Văn Nam")
    absent(data, 5)["Vắng không lý do"] = 1             # counted, not named
    _, report = read(make_book, data)
    found = codes(report, "ATTENDANCE_UNEXCUSED")
    assert [(f.cell, f.value) for f in found] == [("P3", "1"), ("G6", "1")]
    assert "vắng không có lý do (Phạm Văn Nam)" in found[0].message
    assert "Hướng dẫn 12-HD/BTCTW" in found[0].message


def test_absent_with_reason_more_than_three_meetings_running(make_book):
    """HD 12: «vắng mặt có lý do quá 03 lần liên tiếp trong năm»: three running pass, four do
    not; a meeting attended in between breaks the run; the run is a setting."""
    data = small_data()
    for month in (1, 2, 3):
        absent(data, month, excused="Lê Thị Hoa (ốm)")
    # the thematic meeting of 20/06 comes between the regular meetings of June and July
    for month in (5, 6):
        absent(data, month, excused="Hoàng Thị Lan – con ốm; Trần Văn Bình")
    absent(data, 7, excused="Hoàng Thị Lan")
    _, report = read(make_book, data)
    assert codes(report, "ABSENT_EXCUSED_RUN") == []     # runs of 3 (Hoa), 2 + 1 (Lan), 2 (Bình)
    thematic = next(m for m in data[MEETINGS] if m["Chủ đề"] == "Chuyên đề quý 2")
    thematic["Đảng viên vắng có lý do (họ tên)"] = "Hoàng Thị Lan"
    _, report = read(make_book, data)
    found = codes(report, "ABSENT_EXCUSED_RUN")
    assert [(f.sheet, f.cell, f.value) for f in found] == [(MEMBERS, "B6", "Hoàng Thị Lan")]
    assert "Vắng có lý do 04 buổi sinh hoạt liên tiếp trong năm, quá 03 lần" in found[0].message
    data[INFO]["Số buổi vắng có lý do liên tiếp tối đa"] = 4
    _, report = read(make_book, data)
    assert codes(report, "ABSENT_EXCUSED_RUN") == []


def test_skipping_meetings_three_months_without_reason(make_book):
    """Điều lệ Đảng Điều 8 khoản 1: «bỏ sinh hoạt chi bộ … ba tháng trong năm mà không có lý do
    chính đáng» → the chi bộ considers removal; two months do not."""
    data = small_data()
    absent(data, 2, unexcused="Phạm Văn Nam")
    absent(data, 9, unexcused="Phạm Văn Nam, Lê Thị Hoa")
    _, report = read(make_book, data)
    assert codes(report, "ABSENT_THREE_MONTHS") == []
    absent(data, 11, unexcused="Phạm  văn  Nam")                  # spelled loosely, same member
    _, report = read(make_book, data)
    found = codes(report, "ABSENT_THREE_MONTHS")
    assert [(f.cell, f.value) for f in found] == [("B5", "Phạm Văn Nam")]
    assert ("Bỏ sinh hoạt chi bộ không có lý do 03 tháng trong năm (tháng 2, 9, 11): theo Điều "
            "lệ Đảng, Điều 8 khoản 1, chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên") \
        in found[0].message


def test_absent_names_unknown_or_not_matching_the_count(make_book):
    data = small_data()
    row = absent(data, 4, excused="Lê Thị Hoa; Nguyễn Văn Khách")
    row["Vắng có lý do"] = 1
    _, report = read(make_book, data)
    unknown = codes(report, "ABSENT_NAME_UNKNOWN")
    assert [(f.cell, f.value) for f in unknown] == [("O5", "Nguyễn Văn Khách")]
    mismatch = codes(report, "ABSENT_NAMES_COUNT")
    assert [(f.cell, f.value) for f in mismatch] == [("O5", "2")]
    assert "Ghi 02 họ tên nhưng cột «Vắng có lý do» là 1." in mismatch[0].message


# --- the superior committee ---------------------------------------------------------------------

@pytest.mark.parametrize("superior, year, word", [
    ("Đảng bộ huyện Gò Công Tây", 2026, "huyện"), ("Huyện ủy Gò Công Tây", 2025, "Huyện ủy"),
    ("Đảng bộ thành phố Thủ Dầu Một", 2026, "thành phố"),
    ("Đảng bộ thị xã Sơn Tây", 2026, "thị xã"),
    ("Thành uỷ Thủ Dầu Một", 2026, "Thành uỷ"), ("Thành ủy Hà Nội", 2026, None),
    ("Đảng bộ huyện Gò Công Tây", 2024, None), ("Đảng bộ xã Định An", 2026, None),
    ("Đảng bộ phường Hoàn Kiếm, thành phố Hà Nội", 2026, None)])
def test_district_words_from_2025(make_book, superior, year, word):
    data = small_data()
    data[INFO].update({"Đảng bộ cấp trên": superior, "Năm đánh giá": year})
    book, _ = read(make_book, data)
    report = Report()
    yearly.check_superior(book, report)
    found = [(f.sheet, f.cell) for f in report.findings if f.code == "SUPERIOR_DISTRICT"]
    assert found == ([(INFO, "B2")] if word else [])
    if word:
        assert f"chữ «{word}»" in report.findings[0].message
        assert "01/7/2025" in report.findings[0].message


# --- two dates: the admission decision and the ceremony (issue 23) ------------------------------

CEREMONY = "Ngày lễ kết nạp"


def member_cell(header, index):
    from chibo_xl.workbook.tables import col_letter
    column = next(i for i, c in enumerate(schema.MEMBERS.columns, 1) if c.header == header)
    return f"{col_letter(column)}{index + 2}"


def test_probation_runs_from_the_ceremony_party_age_from_the_decision(make_book):
    """Điều lệ Đảng Điều 5: probation «tính từ ngày chi bộ tổ chức lễ kết nạp» (khoản 1), party
    age «tính từ ngày ghi trong quyết định kết nạp» (khoản 4)."""
    data = small_data()
    data[MEMBERS][5].update({"Ngày vào Đảng": D(2025, 11, 20), CEREMONY: D(2025, 12, 10)})
    # decision 01/12/1996, ceremony 05/01/1997: 30 years of party age on 01/12/2026
    data[MEMBERS][1].update({"Ngày vào Đảng": D(1996, 12, 1), CEREMONY: D(1997, 1, 5),
                             "Ngày chính thức": D(1998, 1, 5)})
    book, report = read(make_book, data)
    assert [(p.name, p.end) for p in tally.probations(book)] == [("Vũ Minh Đức", D(2026, 12, 10))]
    assert [(x.name, x.years, x.day) for x in badges.milestones(book)] == [
        ("Trần Văn Bình", 30, D(2026, 12, 1))]
    assert not codes(report, "CEREMONY_MISSING")
    # the same with the ceremony blank: both clocks from «Ngày vào Đảng», and a warning
    data[MEMBERS][5].pop(CEREMONY)
    book, report = read(make_book, data)
    assert [p.end for p in tally.probations(book)] == [D(2026, 11, 20)]
    missing = codes(report, "CEREMONY_MISSING")
    assert [(f.cell, f.value) for f in missing] == [(member_cell(CEREMONY, 5), "")]
    assert ("thời kỳ dự bị tính từ ngày chi bộ tổ chức lễ kết nạp (Điều lệ Đảng, Điều 5 khoản 1), "
            "chibo-xl tạm tính từ «Ngày vào Đảng» 20/11/2025 (hết 12 tháng ngày 20/11/2026)") \
        in missing[0].message


def test_no_ceremony_warning_where_probation_is_told_nothing_this_year(make_book):
    """The small book's probationary member (decision 01/03/2026) ends probation in 2027, with
    no reminder yet: one date for both clocks is not worth a warning."""
    _, report = read(make_book, small_data())
    assert not codes(report, "CEREMONY_MISSING")


def test_six_months_before_the_review_counted_from_the_ceremony(make_book):
    data = small_data()
    data[MEMBERS][5].update({"Ngày vào Đảng": D(2026, 5, 20), CEREMONY: D(2026, 6, 10)})
    book, report = read(make_book, data)       # review 03/12/2026: 5 months 23 days after
    assert codes(report, "NOT_TO_BE_RATED")
    data[MEMBERS][5][CEREMONY] = D(2026, 6, 3)
    _, report = read(make_book, data)
    assert not codes(report, "NOT_TO_BE_RATED")


def test_a_ceremony_before_the_decision_is_an_error(make_book):
    data = small_data()
    data[MEMBERS][5][CEREMONY] = D(2026, 2, 28)          # decision 01/03/2026
    _, report = read(make_book, data)
    found = codes(report, "CEREMONY_BEFORE_DECISION")
    assert [(f.severity, f.cell) for f in found] == [("error", member_cell(CEREMONY, 5))]
    assert "(Điều lệ Đảng, Điều 4 khoản 3)" in found[0].message


def test_official_twelve_months_after_the_ceremony(make_book):
    data = small_data()
    data[MEMBERS][4].update({"Ngày vào Đảng": D(2010, 12, 1), CEREMONY: D(2010, 12, 20),
                             "Ngày chính thức": D(2011, 12, 1)})
    _, report = read(make_book, data)
    found = codes(report, "OFFICIAL_TOO_EARLY")
    assert [f.cell for f in found] == [member_cell("Ngày chính thức", 4)]
    assert "Ngày chính thức phải sau ngày lễ kết nạp (20/12/2010) đủ 12 tháng" in found[0].message
    data[MEMBERS][4]["Ngày chính thức"] = D(2011, 12, 20)
    _, report = read(make_book, data)
    assert not codes(report, "OFFICIAL_TOO_EARLY")


def test_new_year_carries_the_ceremony_and_flags_probation_from_it(make_book):
    from chibo_xl.commands.newyear import next_year_data
    data = small_data()
    data[MEMBERS][5].update({"Ngày vào Đảng": D(2026, 2, 20), CEREMONY: D(2026, 3, 10)})
    book, _ = read(make_book, data)
    row = next(r for r in next_year_data(book)[MEMBERS] if r["Họ và tên"] == "Vũ Minh Đức")
    assert row[CEREMONY] == D(2026, 3, 10) and row["Ngày vào Đảng"] == D(2026, 2, 20)
    assert row["Ghi chú"] == "Hết 12 tháng dự bị ngày 10/03/2027: xét chuyển chính thức."
