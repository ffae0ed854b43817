"""Figures remembered during a build (chibo_xl.memo) stay those of each document's own date: a
member admitted between two documents' dates is counted in the later one only, whichever was
computed first, and nothing is remembered beyond the book it was computed from."""
from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest

import docfmt
from chibo_xl import figures, timeline
from chibo_xl.blank import write_workbook
from chibo_xl.build import build
from chibo_xl.check import check_file
from test_calendar import calendar_book

D = dt.date
PLAN_DAY = D(2026, 4, 15)   # after the admission of 10/03, before that of 12/08


def _book(folder):
    data = calendar_book()
    data["Văn bản"][0]["Ngày ký"] = PLAN_DAY
    write_workbook(folder / "so.xlsx", data)
    return folder / "so.xlsx"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figure-dates")
    result = build(_book(folder), folder / "out")
    assert result.ok, result.report.to_text()
    return folder / "out"


def test_each_document_counts_the_members_of_its_own_date(out):
    plan = docfmt.text_of(out / "Kế hoạch hoạt động chi bộ năm 2026.docx")
    review = docfmt.text_of(out / "Biên bản họp kiểm điểm, xếp loại năm 2026.docx")
    report = docfmt.text_of(out / "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx")
    # the plan (15/04): the member admitted in March, not the one of August
    assert "Chi bộ có 29 đảng viên (28 chính thức, 01 dự bị)" in plan
    assert ("Đầu năm 2026 chi bộ có 28 đảng viên; từ đầu năm đến ngày 15/04/2026, kết nạp mới "
            "01; hiện có 29 đảng viên.") in plan
    assert "30 đảng viên" not in plan
    # the review meeting (05/12) and the year's report: both
    assert "Chi bộ Trường Tiểu học 2 có 30 đảng viên (28 chính thức, 02 dự bị)" in review
    assert "Chi bộ có 30 đảng viên (28 chính thức, 02 dự bị)" in report
    assert "trong năm kết nạp mới 02; cuối năm có 30 đảng viên." in report


def test_a_figure_of_one_day_is_not_given_for_another(tmp_path):
    book, report = check_file(_book(tmp_path))
    assert not report.errors
    # the later day first, then the earlier, then the whole year: each its own figure
    late, early = timeline.on(book, D(2026, 9, 1)), timeline.on(book, PLAN_DAY)
    assert figures.membership(late).end == 30
    assert figures.membership(early).end == 29
    assert figures.membership(timeline.on(book, D(2026, 1, 12))).end == 28
    assert figures.membership(book).end == 30
    assert figures.membership(early) is figures.membership(early)   # remembered on that book
    # held by the book itself: gone with it (aggregate reads 1.000 books in one process)
    gone = weakref.ref(figures.membership(early))
    del early, late, book
    gc.collect()
    assert gone() is None
