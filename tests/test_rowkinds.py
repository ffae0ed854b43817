"""row_kind's fast path (the first two filled cells) answers as the whole test does, row by row."""
import datetime as dt

import pytest

from chibo_xl.workbook import rowkinds
from chibo_xl.workbook.reader import read_workbook

ROWS = [
    (["(1)", "(2)", "(3)"], "numbering"), ([None, 1, 2, 3, 4], "numbering"),
    ([1, " (2) ", "3"], "numbering"), ([1, 2], None), ([1, 2, 4], None), ([True, 2, 3], None),
    ([2, 3, 4, None, "x"], None), (["đồng"], "units"), (["Đồng", "%"], "units"),
    (["%", "(%)", "ngày"], "units"), (["%", "x"], None), (["đồng", 5], None),
    (["Tổng cộng", 5], "total"), ([None, "Tổng số: 3"], "total"), ([3, "Tổng"], "total"),
    ([dt.date(2026, 1, 1), "Cộng"], "total"), (["  ", "Tổng cộng"], "total"),
    ([1.5, "cộng:"], "total"), (["Tống Văn A", 1, "Tổng"], None), ([1, "Nguyễn Văn A", 3], None),
    ([], None), ([None, "  "], None),
]


@pytest.mark.parametrize("row, kind", ROWS)
def test_the_fast_path_and_the_whole_test_agree(row, kind):
    assert rowkinds.row_kind(row) == kind
    assert rowkinds._row_kind(row) == kind


def test_every_row_of_the_example_is_told_alike():
    raw = read_workbook("workbook_templates/vi-du-chi-bo-2026.xlsx")
    rows = [row for sheet in raw.values() for row in sheet.rows]
    assert len(rows) > 500
    assert [rowkinds.row_kind(r) for r in rows] == [rowkinds._row_kind(r) for r in rows]
