"""A stand-in for `chibo_xl.excel.XlwingsExcel`: exactly the calls the bridge makes, no Excel.

It is backed by an openpyxl workbook loaded from a real file, and hands values over the way
xlwings does on Windows: every number a float, dates as datetime (a time of day as a datetime
on 30/12/1899), empty cells as None, error values as their text ("#DIV/0!", what
`options(err_to_str=True)` gives), the used range starting at the first used cell (formatted
empty cells included, as Excel's UsedRange does). It has no save: neither has
the bridge's interface. Tests edit `fake.wb` to play the user typing into the open workbook.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from chibo_xl.workbook.xlsxsafe import put


def as_xlwings(cell):
    """The value xlwings would return for this openpyxl cell."""
    value = cell.value
    if value is None or value == "":
        return None
    if isinstance(value, bool) or isinstance(value, str):  # error values are text here too
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, dt.time):
        return dt.datetime.combine(dt.date(1899, 12, 30), value)
    return value


class FakeExcel:
    """One open workbook; records alerts (message, title, icon); `fullname` is the file path (or "Book1": unsaved)."""

    def __init__(self, path, fullname: str | None = None):
        self.wb = openpyxl.load_workbook(path, data_only=True)
        self._fullname = str(Path(path).resolve()) if fullname is None else fullname
        self.alerts: list[tuple[str, str, bool]] = []
        self.calls: list[str] = []

    # -- reading
    def fullname(self) -> str:
        return self._fullname

    def sheet_names(self) -> list[str]:
        return list(self.wb.sheetnames)

    def used_range(self, sheet):
        self.calls.append("used_range")
        ws = self.wb[sheet]
        top, left, bottom, right = ws.min_row, ws.min_column, ws.max_row, ws.max_column
        values = [[as_xlwings(c) for c in row]
                  for row in ws.iter_rows(min_row=top, max_row=bottom, min_col=left, max_col=right)]
        return top, left, values

    def percent_cells(self, sheet) -> list[tuple[int, int]]:
        self.calls.append("percent_cells")
        return [(c.row, c.column) for row in self.wb[sheet].iter_rows() for c in row
                if c.value is not None and "%" in (c.number_format or "")]

    def merged(self, sheet) -> list[tuple]:
        return [(r.min_row, r.min_col, r.max_row, r.max_col)
                for r in self.wb[sheet].merged_cells.ranges]

    # -- marking
    def get_fill(self, sheet, cell) -> str | None:
        fill = self.wb[sheet][cell].fill
        if fill is None or fill.fill_type != "solid":
            return None
        return str(fill.fgColor.rgb)[-6:].upper()

    def set_fill(self, sheet, cell, colour) -> None:
        self.calls.append("set_fill")
        self.wb[sheet][cell].fill = (PatternFill(fill_type=None) if colour is None
                                     else PatternFill("solid", fgColor=colour))

    # -- the "Kiểm tra" sheet
    def prepare_sheet(self, name, widths) -> None:
        if name in self.wb.sheetnames:
            index = self.wb.sheetnames.index(name)
            self.wb.remove(self.wb[name])
            ws = self.wb.create_sheet(name, index)
        else:
            ws = self.wb.create_sheet(name)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
            ws.cell(1, i).font = Font(bold=True)

    def write(self, sheet, row, col, rows) -> None:
        ws = self.wb[sheet]
        for r, values in enumerate(rows, start=row):
            for c, value in enumerate(values, start=col):
                # XlwingsExcel.write prefixes text with an apostrophe: Excel keeps it text
                put(ws.cell(r, c), value)

    def add_hyperlink(self, sheet, cell, target, text) -> None:
        ws = self.wb[sheet]
        ws[cell].value = text
        ws[cell].hyperlink = Hyperlink(ref=cell, location=target[1:], display=text)

    def hide_column(self, sheet, col) -> None:
        self.wb[sheet].column_dimensions[get_column_letter(col)].hidden = True

    def alert(self, message, title, icon="info") -> None:
        self.alerts.append((message, title, icon))
