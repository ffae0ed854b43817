"""Figures remembered during a build (chibo_xl.workbook.memo) stay those of each document's own date: a
member admitted between two documents' dates is counted in the later one only, whichever was
computed first, and nothing is remembered beyond the book it was computed from."""
from __future__ import annotations

import datetime as dt
import gc
import weakref

import docfmt
import pytest
from test_calendar import calendar_book

from chibo_xl.checks.pipeline import check_file
from chibo_xl.commands.build import build
from chibo_xl.figures import tally, timeline
from chibo_xl.workbook.blank import write_workbook

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
    assert tally.membership(late).end == 30
    assert tally.membership(early).end == 29
    assert tally.membership(timeline.on(book, D(2026, 1, 12))).end == 28
    assert tally.membership(book).end == 30
    assert tally.membership(early) is tally.membership(early)   # remembered on that book
    # held by the book itself: gone with it (aggregate reads 1.000 books in one process)
    gone = weakref.ref(tally.membership(early))
    del early, late, book
    gc.collect()
    assert gone() is None


def test_days_seeing_the_same_records_share_figures_but_not_their_day(tmp_path):
    from chibo_xl.documents.sentences import sentences

    book, _ = check_file(_book(tmp_path))
    # nothing happens after the review meeting of 05/12: that day and the signing day 10/12
    # see the whole book's own records, so their figures are the whole book's
    review, signed = timeline.on(book, D(2026, 12, 5)), timeline.on(book, D(2026, 12, 10))
    assert review.seen == () and signed.seen == ()
    assert tally.membership(review) is tally.membership(book)
    assert tally.ratings(signed) is tally.ratings(review)
    # … but a sentence naming the day is each day's own
    assert sentences(review)["meetings"].startswith("Từ đầu năm đến ngày 05/12/2026, chi bộ tổ "
                                                    "chức 12 buổi sinh hoạt thường kỳ")
    assert sentences(signed)["meetings"].startswith("Từ đầu năm đến ngày 10/12/2026,")
    # a day before a meeting sees fewer meetings: its own figures
    before = timeline.on(book, D(2026, 12, 2))
    assert before.seen is not None and before.seen != ()
    assert tally.meetings(before).regular == 11 and tally.meetings(review).regular == 12
    # the plan's day holds the 28 members of January, by their rows in the whole book
    assert timeline.on(book, D(2026, 1, 12)).seen[0] == tuple(range(28))


def test_a_remembered_figure_that_reads_the_day_is_kept_per_day():
    """A figure naming the document's day (`timeline.as_of_day`) held by `per_book` would be
    shared by two days seeing the same records: every such function must be `per_day`."""
    import importlib
    import inspect
    import pkgutil

    import chibo_xl
    from chibo_xl.workbook import memo

    shared = {memo.per_book(len).__code__, memo.per_year(len).__code__}
    found, wrong = [], []
    for info in pkgutil.walk_packages(chibo_xl.__path__, "chibo_xl."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            inner = getattr(fn, "__wrapped__", None)
            if inner is None or getattr(fn, "__module__", None) != module.__name__ or \
                    not hasattr(fn, "__code__"):
                continue
            if "as_of_day(" in inspect.getsource(inner):
                found.append(name)
                if fn.__code__ in shared:
                    wrong.append(f"{info.name}.{name}")
    assert "sentences" in found      # documents.sentences: it names the document's day
    assert wrong == []
