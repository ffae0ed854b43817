"""Shared fixtures: workbooks built in code from plain data, through the real blank generator."""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("slow", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))

from chibo_xl.workbook.blank import write_workbook  # noqa: E402

D = dt.date
HTXS, HTT, HT, KHT = ("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                      "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ")


def _member(stt, name, dob, sex, admitted, official, **extra):
    row = {"STT": stt, "Họ và tên": name, "Ngày sinh": dob, "Giới tính": sex, "Dân tộc": "Kinh",
           "Trình độ chuyên môn": "Đại học", "Lý luận chính trị": "Sơ cấp",
           "Chức vụ chính quyền": "Giáo viên", "Giữ chức vụ lãnh đạo, quản lý": "Không",
           "Làm việc trong hệ thống chính trị": "Có", "Chức vụ Đảng": "Đảng viên",
           "Ngày vào Đảng": admitted, "Ngày chính thức": official,
           "Loại đảng viên": "Chính thức" if official else "Dự bị", "Miễn sinh hoạt": "Không"}
    row.update(extra)
    return row


def _rating(stt, name, dob, common, task, level, votes):
    return {"STT": stt, "Họ và tên": name, "Ngày sinh": dob, "Điểm tiêu chí chung (/30)": common,
            "Điểm kết quả nhiệm vụ (/70)": task, "Tỷ lệ nhiệm vụ vượt mức (%)": 35 if
            level == HTXS else 10, "Tỷ lệ nhiệm vụ không hoàn thành (%)": 0,
            "Nhận xét nơi cư trú": "Tốt", "Kỷ luật trong năm": "Không", "Tự xếp loại": level,
            "Chi bộ đề nghị": level, "Phiếu HTXSNV": votes[0], "Phiếu HTTNV": votes[1],
            "Phiếu HTNV": votes[2], "Phiếu KHTNV": votes[3]}


#: a small, clean 2026 cell: six members, every sheet with a few rows; checks with exit 0
SMALL = {
    "Thông tin chung": {
        "Đảng bộ cấp trên": "Đảng bộ xã Định An", "Tên chi bộ": "Chi bộ Trường Tiểu học 1",
        "Tên đơn vị (trường)": "Trường Tiểu học 1", "Cấp học": "Tiểu học", "Địa danh": "Định An",
        "Năm đánh giá": 2026, "Nhiệm kỳ chi bộ": "2025-2030", "Ngày họp kiểm điểm": D(2026, 12, 3),
        "Số đảng viên dự họp kiểm điểm": 6, "Ngày ký mặc định": D(2026, 12, 5),
        "Bí thư": "Nguyễn Thị Hằng Nga", "Phó Bí thư": "Trần Văn Bình", "Có chi ủy": "Không",
        "Xếp loại của nhà trường": HTT, "Điểm tiêu chí chung của chi bộ (/30)": 27,
        "Điểm kết quả nhiệm vụ của chi bộ (/70)": 60, "Chi bộ tự xếp loại": HTT,
        "Tỷ lệ trần hoàn thành xuất sắc (%)": 20, "Ban kiểm phiếu": "Lê Thị Hoa\nPhạm Văn Nam",
        "Thư ký họp kiểm điểm": "Lê Thị Hoa", "Số phiếu phát ra": 5, "Số phiếu thu về": 5,
        "Số phiếu hợp lệ": 5,
        # reminded 30, 15, 7 days ahead (the default adds 90 and 60): Vũ Minh Đức's probation
        # ends 01/03/2027, 86 days after the book's last date, and the small book stays clean
        "Mốc nhắc hết thời gian dự bị (ngày)": "30, 15, 7"},
    "Văn bản": [{"Loại văn bản": "Báo cáo kiểm điểm tập thể", "Số": 12, "Ngày ký": D(2026, 11, 27),
                 "Nơi nhận": "Đảng ủy xã Định An;\nLưu Chi bộ."}],
    "Đảng viên": [
        # Not marked a leader: alone in the cap's group of leaders, her HTXS would exceed 20%
        # of that group's HTTNV (0) and the clean book would carry a warning.
        _member(1, "Nguyễn Thị Hằng Nga", D(1975, 3, 12), "Nữ", D(2000, 5, 19), D(2001, 5, 19),
                **{"Chức vụ Đảng": "Bí thư", "Chức vụ chính quyền": "Hiệu trưởng"}),
        _member(2, "Trần Văn Bình", D(1980, 7, 1), "Nam", D(2006, 9, 2), D(2007, 9, 2),
                **{"Chức vụ Đảng": "Phó Bí thư"}),
        _member(3, "Lê Thị Hoa", D(1988, 1, 20), "Nữ", D(2012, 3, 3), D(2013, 3, 3)),
        _member(4, "Phạm Văn Nam", D(1990, 11, 5), "Nam", D(2015, 6, 10), D(2016, 6, 10),
                **{"Dân tộc": "Tày"}),
        _member(5, "Hoàng Thị Lan", D(1985, 2, 14), "Nữ", D(2010, 12, 1), D(2011, 12, 1)),
        _member(6, "Vũ Minh Đức", D(1995, 4, 30), "Nam", D(2026, 3, 1), None),
    ],
    "Xếp loại": [
        # six present, one of them probationary (Vũ Minh Đức): five ballots
        _rating(1, "Nguyễn Thị Hằng Nga", D(1975, 3, 12), 29, 62, HTXS, (4, 1, 0, 0)),
        _rating(2, "Trần Văn Bình", D(1980, 7, 1), 27, 58, HTT, (0, 5, 0, 0)),
        _rating(3, "Lê Thị Hoa", D(1988, 1, 20), 26, 55, HTT, (0, 5, 0, 0)),
        _rating(4, "Phạm Văn Nam", D(1990, 11, 5), 25, 50, HTT, (0, 5, 0, 0)),
        _rating(5, "Hoàng Thị Lan", D(1985, 2, 14), 27, 56, HTT, (0, 5, 0, 0)),
        _rating(6, "Vũ Minh Đức", D(1995, 4, 30), 26, 54, HTT, (0, 5, 0, 0)),
    ],
    "Chỉ tiêu": [
        {"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Học sinh hoàn thành chương trình lớp học",
         "Đơn vị": "%", "Chỉ tiêu đề ra": "99-100", "Kết quả đạt được": 99.3,
         "Chỉ tiêu năm sau": 100},
        {"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Học sinh bỏ học", "Đơn vị": "%",
         "Chiều đánh giá": "Thấp hơn là tốt", "Chỉ tiêu đề ra": 1, "Kết quả đạt được": 0.5},
    ],
    "Thành tích": [{"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": "Trường Tiểu học 1",
                    "Danh hiệu, giải thưởng": "Tập thể lao động tiên tiến", "Cấp": "Huyện/Quận",
                    "Số lượng": 1}],
    "Nội dung": [{"Mục": "Thuận lợi", "Nội dung": "Chi bộ đoàn kết, thống nhất cao."},
                 {"Mục": "Hạn chế", "Nội dung": "Sinh hoạt chuyên đề có lúc chưa sâu."}],
    "Kế hoạch tháng": [{"Tháng": m, "Nội dung hoạt động": f"Sinh hoạt chi bộ tháng {m}",
                        "Người phụ trách": "Bí thư",
                        "Sinh hoạt chuyên đề": "Có" if m % 3 == 0 else "Không"}
                       for m in range(1, 13)],
    "Sinh hoạt": [{"Ngày họp": D(2026, m, 5), "Loại": "Thường kỳ", "Chủ đề": f"Tháng {m}",
                   "Số triệu tập": 6, "Có mặt": 6, "Vắng có lý do": 0, "Vắng không lý do": 0,
                   "Chủ trì": "Nguyễn Thị Hằng Nga", "Thư ký": "Lê Thị Hoa",
                   "Tự đánh giá chất lượng": "Tốt"} for m in range(1, 13)]
                 + [{"Ngày họp": D(2026, 3 * q, 20), "Loại": "Chuyên đề",
                     "Chủ đề": f"Chuyên đề quý {q}", "Số triệu tập": 6, "Có mặt": 6}
                    for q in range(1, 4)]
                 + [{"Ngày họp": D(2026, 11, 20), "Loại": "Chuyên đề", "Chủ đề": "Quý 4",
                     "Số triệu tập": 6, "Có mặt": 6}],
    "Giám sát": [{"Họ và tên": "Lê Thị Hoa", "Hình thức": "Chuyên đề", "Nội dung": "Giảng dạy"}],
    "Phát triển Đảng": [{"Họ và tên quần chúng": "Đỗ Thị Mai", "Ngày sinh": D(1998, 9, 2)}],
    "Biểu hiện": [{"Biểu hiện": "Ngại va chạm", "Năm phát hiện": 2026, "Đã khắc phục": "Có"}],
    # January's list of the whole cell (Vũ Minh Đức joins in March): a fee list of part of the
    # cell is a warning (issue 22)
    "Đảng phí": [{"Họ và tên": name, "Tháng": 1, "Đối tượng": "Hưởng lương (BHXH)",
                  "Căn cứ tính (đồng)": base, "Miễn, giảm (%)": 0, "Đã nộp (đồng)": base // 100}
                 for name, base in (("Lê Thị Hoa", 8500000), ("Nguyễn Thị Hằng Nga", 12600000),
                                    ("Trần Văn Bình", 10400000), ("Phạm Văn Nam", 7800000),
                                    ("Hoàng Thị Lan", 9100000))],
}


def small_data() -> dict:
    """A deep copy of SMALL, free to change."""
    return copy.deepcopy(SMALL)


def over_the_cap(data: dict) -> dict:
    """`data` with the vice-secretary proposed HTXS too and the rate at 25%: 2 HTXS for 4 HTT,
    at most 1 — the cap exceeded by one, so the second ballot is made."""
    data["Thông tin chung"]["Tỷ lệ trần hoàn thành xuất sắc (%)"] = 25
    data["Xếp loại"][1].update({"Điểm tiêu chí chung (/30)": 29, "Điểm kết quả nhiệm vụ (/70)": 63,
                                "Tỷ lệ nhiệm vụ vượt mức (%)": 40, "Tự xếp loại": HTXS,
                                "Chi bộ đề nghị": HTXS, "Phiếu HTXSNV": 4, "Phiếu HTTNV": 1})
    return data


@pytest.fixture
def make_book(tmp_path):
    """make_book(data, name) → path of an .xlsx written by the real generator."""
    def make(data=None, name="so.xlsx"):
        path = tmp_path / name
        write_workbook(path, small_data() if data is None else data)
        return path
    return make


def digest(path) -> str:
    """SHA-256 of a file, to prove it was not changed."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def soffice() -> str | None:
    """The LibreOffice binary, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


# The quick run and the full run (issue 21): tests marked `libreoffice` (they start LibreOffice)
# or `slow` (long profiles, 10.000-row workbooks, the Open XML validator over every file) or `wine`
# (Windows programs under Wine, test_windows: minutes) are left
# out of a plain `python -m pytest` on a developer's machine, and run in CI (.ci/run sets CI=true),
# with CHIBO_XL_ALL_TESTS=1, with an explicit `-m`, or when the tests are named on the command line.
LONG_MARKS = ("libreoffice", "slow", "wine")


def needs_libreoffice(test):
    """Mark `test` as starting LibreOffice, skipped with the reason where it is not installed."""
    test = pytest.mark.skipif(not soffice() or not shutil.which("pdftotext"),
                              reason="LibreOffice (soffice) and poppler-utils are not installed")(test)
    return pytest.mark.libreoffice(test)


def runs_everything(config) -> bool:
    """True when the long tests run too (see LONG_MARKS)."""
    return bool(os.environ.get("CI") or os.environ.get("CHIBO_XL_ALL_TESTS")
                or config.option.markexpr or config.option.file_or_dir)


def pytest_collection_modifyitems(config, items):
    if runs_everything(config):
        return
    left = [i for i in items if any(i.get_closest_marker(m) for m in LONG_MARKS)]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = [i for i in items if not any(i.get_closest_marker(m) for m in LONG_MARKS)]


def pytest_terminal_summary(terminalreporter, config):
    # what the Wine tests ran (test_windows records it as the property "wine"; a property
    # reaches this process from pytest-xdist's workers too)
    notes = dict.fromkeys(value for kind in ("passed", "failed")
                          for report in terminalreporter.stats.get(kind, [])
                          if getattr(report, "when", "") == "call"
                          for name, value in getattr(report, "user_properties", ())
                          if name == "wine")
    if notes:
        terminalreporter.section("Windows under Wine (issue 26)")
        for line in notes:
            terminalreporter.write_line(line)
    if not runs_everything(config):
        terminalreporter.write_line(
            "Lần chạy nhanh: bỏ qua các kiểm thử cần LibreOffice, chạy chương trình Windows qua "
            "Wine hay chạy dài (đánh dấu libreoffice, wine, slow); CI chạy đủ. Chạy đủ: "
            "CHIBO_XL_ALL_TESTS=1 python -m pytest")
