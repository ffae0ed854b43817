"""The workbook a secretary really has on the day (issue 22): a 9-member kindergarten cell
without a chi ủy, most optional cells blank, numbers typed the Excel way.

`kindergarten()` gives the sheets as plain data for `workbook.blank.write_workbook`: a bí thư and
a phó bí thư and no chi ủy («Có chi ủy: Không»), two probationary members (one admitted on
10/08, too new to be rated at the review of 03/12), one transferred out on 15/06, a retired member
outside the political system, a member reaching 30 years of party age on 19/05 (her card number
typed), ten meetings with the reasons of absence blank and a «Sinh hoạt» row on the review day
(08 present), ratings with only «Tự xếp loại» (no ballot, no «Chi bộ đề nghị»), a «Căn cứ» row,
one supervision with its content and result, the school's rating, one fee row. Every argument
changes one thing, so a test says what it varies.
"""
from __future__ import annotations

import datetime as dt

from chibo_xl.documents.kinds import all_kinds, workbook_lists
from chibo_xl.workbook.blank import write_workbook

D = dt.date
HTXS, HTT = "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"
REVIEW = D(2026, 12, 3)
CELL = "Chi bộ Trường Mầm non Hoa Sen"
MEETING_MONTHS = (1, 2, 3, 4, 5, 8, 9, 10, 11)


def _member(name, dob, sex="Nữ", admitted=D(2010, 3, 8), status="Chính thức", **extra):
    row = {"Họ và tên": name, "Ngày sinh": dob, "Giới tính": sex, "Dân tộc": "Kinh",
           "Trình độ chuyên môn": "Đại học", "Ngày vào Đảng": admitted, "Loại đảng viên": status}
    row.update(extra)
    return row


def members() -> list[dict]:
    """The ten rows of «Đảng viên» (nine in the cell at the end of the year)."""
    return [
        _member("Trần Thị Lan", D(1975, 4, 2), **{
            "Chức vụ Đảng": "Bí thư", "Chức vụ chính quyền": "Hiệu trưởng",
            "Giữ chức vụ lãnh đạo, quản lý": "Có"}),
        _member("Lê Thị Hoa", D(1980, 6, 9), **{
            "Chức vụ Đảng": "Phó Bí thư", "Chức vụ chính quyền": "Phó Hiệu trưởng",
            "Giữ chức vụ lãnh đạo, quản lý": "Có"}),
        _member("Phạm Thị Mai", D(1985, 1, 15)),
        _member("Nguyễn Thị Thu", D(1988, 9, 20)),
        _member("Vũ Thị Hằng", D(1990, 11, 3)),
        _member("Đỗ Thị Ngọc", D(1976, 2, 14), admitted=D(1996, 5, 19),
                **{"Số thẻ đảng viên": "01234567"}),
        _member("Hoàng Thị Yến", D(1995, 7, 7), admitted=D(2026, 3, 20), status="Dự bị"),
        _member("Bùi Thị Linh", D(1997, 8, 8), admitted=D(2026, 8, 10), status="Dự bị"),
        _member("Đặng Thị Vân", D(1983, 3, 3), **{
            "Biến động trong năm": "Chuyển đi", "Ngày biến động": D(2026, 6, 15)}),
        _member("Ngô Văn Tư", D(1960, 5, 5), sex="Nam", admitted=D(1985, 9, 2), **{
            "Chức vụ chính quyền": "Nghỉ hưu", "Làm việc trong hệ thống chính trị": "Không"}),
    ]


RATED = ("Trần Thị Lan", "Lê Thị Hoa", "Phạm Thị Mai", "Nguyễn Thị Thu", "Vũ Thị Hằng",
         "Đỗ Thị Ngọc", "Hoàng Thị Yến", "Ngô Văn Tư")


def kindergarten(*, review_present_row: bool = True, decided: bool = False,
                 votes: bool = False, info: dict | None = None) -> dict:
    """The sheets of the sparse book. `review_present_row`: the «Sinh hoạt» row of the review day
    (08 present of 08 summoned); `decided`: «Chi bộ đề nghị» typed (each member's own level);
    `votes`: ballots counted (06 of 06 official members for the member's own level); `info`:
    Thông tin chung items added or replaced."""
    ratings = [{"Họ và tên": name, "Tự xếp loại": HTXS if i == 0 else HTT}
               for i, name in enumerate(RATED)]
    for r in ratings:
        if decided:
            r["Chi bộ đề nghị"] = r["Tự xếp loại"]
        if votes:
            r["Phiếu HTXSNV" if r["Tự xếp loại"] == HTXS else "Phiếu HTTNV"] = 6
    meetings = [{"Ngày họp": D(2026, m, 5), "Loại": "Thường kỳ", "Số triệu tập": 8, "Có mặt": 7}
                for m in MEETING_MONTHS]
    if review_present_row:
        meetings.append({"Ngày họp": REVIEW, "Loại": "Thường kỳ",
                         "Chủ đề": "Kiểm điểm, đánh giá, xếp loại chất lượng năm 2026",
                         "Số triệu tập": 8, "Có mặt": 8})
    general = {"Đảng bộ cấp trên": "Đảng bộ xã Tân Phú", "Tên chi bộ": CELL,
               "Tên đơn vị (trường)": "Trường Mầm non Hoa Sen", "Cấp học": "Mầm non",
               "Địa danh": "Tân Phú", "Năm đánh giá": 2026, "Bí thư": "Trần Thị Lan",
               "Phó Bí thư": "Lê Thị Hoa", "Có chi ủy": "Không", "Ngày họp kiểm điểm": REVIEW,
               "Xếp loại của nhà trường": HTT, "Nhiệm kỳ chi bộ": "2025-2027"}
    general.update(info or {})
    return {
        "Thông tin chung": general,
        "Văn bản": [{"Loại văn bản": k.label} for k in all_kinds() if k.label],
        "Đảng viên": members(),
        "Xếp loại": ratings,
        "Chỉ tiêu": [{"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Trẻ chuyên cần",
                      "Đơn vị": "%", "Chỉ tiêu đề ra": 98, "Kết quả đạt được": 98.6}],
        "Nội dung": [
            {"Mục": "Căn cứ", "Nội dung": "Căn cứ Kế hoạch số 15-KH/ĐU ngày 05/01/2026 của Đảng ủy "
                                         "xã Tân Phú về công tác xây dựng Đảng năm 2026"},
            {"Mục": "Thuận lợi", "Nội dung": "Chi bộ đoàn kết, thống nhất."}],
        "Kế hoạch tháng": [{"Tháng": m, "Nội dung hoạt động": f"Việc tháng {m}"}
                           for m in range(1, 13)],
        "Sinh hoạt": meetings,
        "Giám sát": [{"Họ và tên": "Phạm Thị Mai", "Nội dung": "Việc thực hiện nhiệm vụ chuyên môn",
                      "Kết quả": "Thực hiện tốt"}],
        "Đảng phí": [{"Họ và tên": "Phạm Thị Mai", "Tháng": 1, "Căn cứ tính (đồng)": 6_000_000,
                      "Đã nộp (đồng)": 60_000}],
    }


def write(path, data: dict | None = None) -> None:
    """Write `data` (default: `kindergarten()`) as a workbook at `path`."""
    write_workbook(path, data if data is not None else kindergarten(), workbook_lists())


def in_year(year: int, term: str, data: dict | None = None) -> dict:
    """The book of another evaluation year: every date of 2026 moved to `year` (admissions of
    long ago stay), the term `term`; the votes and levels as `data` (default: `kindergarten()`)
    has them."""
    data = data if data is not None else kindergarten()

    def moved(value):
        return value.replace(year=year) if isinstance(value, dt.date) and value.year == 2026 \
            else value

    out = {}
    for sheet, rows in data.items():
        if isinstance(rows, dict):
            out[sheet] = {k: moved(v) for k, v in rows.items()}
        else:
            out[sheet] = [{k: moved(v) if not isinstance(v, str) else
                           v.replace("2026", str(year)) for k, v in r.items()} for r in rows]
    out["Thông tin chung"].update({"Năm đánh giá": year, "Nhiệm kỳ chi bộ": term})
    return out
