"""The summary's own .xlsx writer (`xlsxfile`): what openpyxl and calamine read back from it."""
import datetime as dt

import openpyxl

from chibo_xl.workbook.reader import read_workbook
from chibo_xl.workbook.xlsxfile import BOLD, BOLD_RED, Sheet, workbook_bytes

ROWS = [
    [1, "Chi bộ Trường Tiểu học Định An", 2.5, None, True, "", "  lề  "],
    [2, "=HYPERLINK(\"http://x\",\"y\")", -3, float("nan"), False, "dòng 1\r\ndòng 2",
     "a & <b>"],
    [3, "\x07chuông", dt.date(2026, 12, 20), dt.datetime(2026, 12, 20, 8, 30), 10 ** 15,
     "@x", "Nguyễn Thị Hoà"],
]


def written(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_bytes(workbook_bytes(
        [Sheet("Tổng hợp chi bộ", ["STT", "Chi bộ", "A", "B", "C", "D", "E"], ROWS,
               [6, 36, 8, 8, 8, 8, 8], {0: BOLD, 2: BOLD_RED}),
         Sheet("Trống & <rỗng>", ["Mục"], [])],
        title="Tổng hợp sổ chi bộ"))
    return path


def test_values_read_back_as_written(tmp_path):
    wb = openpyxl.load_workbook(written(tmp_path))
    assert wb.sheetnames == ["Tổng hợp chi bộ", "Trống & <rỗng>"]
    assert wb.properties.creator == "chibo-xl" and wb.properties.title == "Tổng hợp sổ chi bộ"
    ws = wb["Tổng hợp chi bộ"]
    got = [[c.value for c in row] for row in ws.iter_rows()]
    assert got[0] == ["STT", "Chi bộ", "A", "B", "C", "D", "E"]
    assert got[1] == [1, "Chi bộ Trường Tiểu học Định An", 2.5, None, True, None, "  lề  "]
    # text stays text (quote prefix), NaN is an empty cell, \r survives, & < > escaped
    assert got[2] == [2, "=HYPERLINK(\"http://x\",\"y\")", -3, None, False, "dòng 1\r\ndòng 2",
                      "a & <b>"]
    assert ws["B3"].data_type == "s" and ws["B3"].quotePrefix and ws["F4"].quotePrefix
    assert got[3][0] == 3 and got[3][1] == " chuông"            # a control character replaced
    assert got[3][2] == dt.datetime(2026, 12, 20) and got[3][3] == dt.datetime(2026, 12, 20, 8, 30)
    assert got[3][4] == 10 ** 15 and got[3][6] == "Nguyễn Thị Hoà"
    assert [[c.value for c in row] for row in wb["Trống & <rỗng>"].iter_rows()] == [["Mục"]]


def test_layout_header_widths_and_row_styles(tmp_path):
    ws = openpyxl.load_workbook(written(tmp_path))["Tổng hợp chi bộ"]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 36
    head = ws["A1"]
    assert head.alignment.wrap_text and head.alignment.horizontal == "center"
    assert all(c.font.b for c in ws[2]) and not any(c.font.b for c in ws[3])
    # (a date keeps its date format instead: the summary has none)
    assert all(ws[f"{c}4"].font.b and ws[f"{c}4"].font.color.rgb == "FFC00000" for c in "ABEG")


def test_calamine_reads_it_as_the_reader_does(tmp_path):
    raw = read_workbook(written(tmp_path))
    rows = raw["Tổng hợp chi bộ"].rows
    assert rows[1][:3] == [1, "Chi bộ Trường Tiểu học Định An", 2.5]
    assert rows[2][1] == "=HYPERLINK(\"http://x\",\"y\")"
