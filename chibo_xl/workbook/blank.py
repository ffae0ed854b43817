"""Schema → the blank workbook a secretary fills (and, in tests and tools, a filled one).

Every closed list becomes a dropdown that refers to a hidden "Danh mục" sheet (Excel limits an
inline list to 255 characters, and the 54 ethnic groups exceed it); open lists warn instead of
refusing. Headers are frozen, styled, carry the column's help as an input message, and the
required ones end in "(*)". The "Hướng dẫn" sheet is generated from the same schema. A list the
workbook does not own (the Văn bản sheet's kinds of document) comes in `lists`, from the layer
that knows the documents too (`sheettypes.bind`).
"""
from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from ..files.outputs import stable_package, write_bytes
from . import schema, xlsxsafe
from .utf8parts import utf8_package

DATA_ROWS = 2000
DATE_FORMAT = "dd/mm/yyyy"
TYPE_VI = {schema.TEXT: "chữ", schema.INT: "số nguyên", schema.NUMBER: "số",
           schema.DATE: "ngày (dd/mm/yyyy)", schema.CHOICE: "chọn trong danh sách",
           schema.PERCENT: "tỷ lệ % (95 hoặc 95%)", schema.RANGE: "số hoặc khoảng (99-100)"}
HEADER_FILL = PatternFill("solid", fgColor="C00000")
HEADER_FONT = Font(name="Times New Roman", bold=True, color="FFFFFF", size=12)
BODY_FONT = Font(name="Times New Roman", size=12)
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def header_text(column: schema.Column) -> str:
    """The header as printed: required columns end in "(*)"."""
    return column.printed_header


def _prompt(column: schema.Column) -> str:
    parts = [column.help] if column.help else []
    if column.choices and len(column.choices) <= 8:
        parts.append("Chọn: " + ", ".join(column.choices) + ".")
    if column.type == schema.DATE:
        parts.append("Nhập ngày dạng dd/mm/yyyy.")
    return " ".join(parts)[:250]


def _lists_sheet(wb: Workbook, sheets: tuple[schema.Sheet, ...]) -> dict:
    """Write every closed or open list into the hidden sheet; return list → range formula."""
    ws = wb.create_sheet(schema.LISTS_SHEET)
    ranges, col = {}, 0
    for sheet in sheets:
        for column in sheet.columns:
            if not column.choices or column.choices in ranges:
                continue
            col += 1
            letter = get_column_letter(col)
            ws.cell(1, col, column.header)
            for i, choice in enumerate(column.choices, start=2):
                ws.cell(i, col, choice)
            ranges[column.choices] = (f"{quote_sheetname(schema.LISTS_SHEET)}!${letter}$2:"
                                      f"${letter}${len(column.choices) + 1}")
    ws.sheet_state = "hidden"
    return ranges


def _validation(column: schema.Column, ranges: dict) -> DataValidation:
    dv = DataValidation(type="list", formula1=ranges[column.choices], allow_blank=True,
                        showErrorMessage=True, errorTitle="Giá trị không có trong danh sách",
                        error=f"«{column.header}»: hãy chọn trong danh sách.")
    if column.open_list:
        dv.errorStyle = "warning"
        dv.error = f"«{column.header}»: giá trị này không có trong danh sách. Vẫn giữ?"
    return dv


def _info_sheet(wb: Workbook, sheet: schema.Sheet, ranges: dict) -> None:
    ws = wb.create_sheet(sheet.name)
    for c, (title, width) in enumerate((("Mục", 38), ("Giá trị", 42), ("Hướng dẫn", 60)), 1):
        cell = ws.cell(1, c, title)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, WRAP, BORDER
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    for r, column in enumerate(sheet.columns, start=2):
        label = ws.cell(r, 1, header_text(column))
        label.font = Font(name="Times New Roman", size=12, bold=column.required)
        value = ws.cell(r, 2)
        value.font, value.border = BODY_FONT, BORDER
        value.alignment = Alignment(wrap_text=True, vertical="top")
        if column.type == schema.DATE:
            value.number_format = DATE_FORMAT
        ws.cell(r, 3, _prompt(column) or TYPE_VI[column.type]).font = Font(
            name="Times New Roman", size=11, italic=True, color="555555")
        if column.choices:
            dv = _validation(column, ranges)
            ws.add_data_validation(dv)
            dv.add(f"B{r}")


def _table_sheet(wb: Workbook, sheet: schema.Sheet, ranges: dict) -> None:
    ws = wb.create_sheet(sheet.name)
    ws.freeze_panes = "B2" if sheet.columns[0].key == "stt" else "A2"
    ws.row_dimensions[1].height = 45
    for c, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(c)
        cell = ws.cell(1, c, header_text(column))
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, WRAP, BORDER
        ws.column_dimensions[letter].width = column.width
        prompt = _prompt(column)
        if prompt:
            tip = DataValidation(showInputMessage=True, promptTitle=column.header[:32],
                                 prompt=prompt)
            ws.add_data_validation(tip)
            tip.add(f"{letter}1")
        data_range = f"{letter}2:{letter}{DATA_ROWS}"
        if column.choices:
            dv = _validation(column, ranges)
            ws.add_data_validation(dv)
            dv.add(data_range)
        if column.type == schema.DATE:
            ws.column_dimensions[letter].number_format = DATE_FORMAT
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}1"


def _guide_sheet(wb: Workbook, sheets: tuple[schema.Sheet, ...]) -> None:
    ws = wb.create_sheet(schema.GUIDE_SHEET, 0)
    ws["A1"] = "HƯỚNG DẪN NHẬP SỔ CHI BỘ (chibo-xl)"
    ws["A1"].font = Font(name="Times New Roman", size=16, bold=True, color="C00000")
    ws["A2"] = ("Mỗi năm một sổ. Nhập dữ liệu vào các trang bên dưới; cột có dấu (*) là bắt buộc; "
                "ngày nhập dạng dd/mm/yyyy; không cần công thức: chibo-xl tự tính mọi số liệu. "
                "Kiểm tra: chibo-xl check <sổ>.xlsx — Tạo văn bản: chibo-xl build <sổ>.xlsx.")
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:G2")
    ws.row_dimensions[2].height = 48
    heads = ("Trang", "Cột / Mục", "Bắt buộc", "Kiểu", "Danh sách", "Hướng dẫn", "Ví dụ")
    widths = (18, 34, 10, 20, 40, 60, 26)
    for c, (title, width) in enumerate(zip(heads, widths), start=1):
        cell = ws.cell(4, c, title)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, WRAP, BORDER
        ws.column_dimensions[get_column_letter(c)].width = width
    r = 5
    for sheet in sheets:
        ws.cell(r, 1, sheet.name).font = Font(name="Times New Roman", bold=True, size=12)
        ws.cell(r, 6, sheet.help + ("" if not sheet.optional else " (Không bắt buộc có dữ liệu.)"))
        r += 1
        for column in sheet.columns:
            example = column.example
            row = (sheet.name, column.header, "Có" if column.required else "",
                   TYPE_VI[column.type], ", ".join(column.choices)[:300], column.help,
                   "" if example is None else str(example))
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c, value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.font = BODY_FONT
            r += 1
    ws.freeze_panes = "A5"
    ws.protection.sheet = True  # read-only guide, no password: the user may unprotect


def blank_workbook(lists: Mapping[str, Sequence[str]] | None = None) -> Workbook:
    """A new openpyxl workbook holding every sheet of the schema, empty; `lists`: the lists of
    columns another layer owns (`Column.listed_by` → values), for their dropdowns and guide."""
    sheets = schema.bind(schema.SHEETS, lists or {})
    wb = Workbook()
    wb.remove(wb.active)
    ranges = _lists_sheet(wb, sheets)
    for sheet in sheets:
        if sheet.kind == "info":
            _info_sheet(wb, sheet, ranges)
    for sheet in sheets:
        if sheet.kind == "table":
            _table_sheet(wb, sheet, ranges)
    _guide_sheet(wb, sheets)
    wb.move_sheet(schema.LISTS_SHEET, offset=len(wb.sheetnames))
    wb.active = 1
    return wb


def _fill(wb: Workbook, data: dict) -> None:
    for sheet in schema.SHEETS:
        content = data.get(sheet.name)
        if not content:
            continue
        ws = wb[sheet.name]
        if sheet.kind == "info":
            rows = {c.header: i for i, c in enumerate(sheet.columns, start=2)}
            for label, value in content.items():
                if label not in rows:
                    raise KeyError(f"unknown item {label!r} of {sheet.name}")
                _put(ws.cell(rows[label], 2), value)
            continue
        index = {c.header: i for i, c in enumerate(sheet.columns, start=1)}
        for r, row in enumerate(content, start=2):
            for header, value in row.items():
                if header not in index:
                    raise KeyError(f"unknown column {header!r} of {sheet.name}")
                _put(ws.cell(r, index[header]), value)


def _put(cell, value) -> None:
    if value is None:
        return
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
        cell.number_format = DATE_FORMAT
    xlsxsafe.put(cell, value)   # a cell's text never becomes a formula in the new workbook
    if isinstance(value, str) and "\n" in value:
        cell.alignment = Alignment(wrap_text=True, vertical="top")


#: the date a blank workbook carries in its properties (no year of its own)
BLANK_DATE = dt.datetime(2026, 1, 1)


def _dated(data) -> dt.datetime:
    """1 January of the workbook's year (or BLANK_DATE): the same data gives the same bytes."""
    year = ((data or {}).get(schema.INFO.name) or {}).get(schema.INFO.column("year").header)
    return dt.datetime(year, 1, 1) if isinstance(year, int) and 1980 <= year < 2100 \
        else BLANK_DATE


def write_workbook(path: str | os.PathLike, data: dict | None = None,
                   lists: Mapping[str, Sequence[str]] | None = None) -> str:
    """Write the blank workbook to `path`, filled with `data` ({sheet name: rows}) when given;
    `lists` as for `blank_workbook`."""
    wb = blank_workbook(lists)
    if data:
        _fill(wb, data)
    buffer = io.BytesIO()      # in memory first: a full disk fails in one clean write
    wb.save(buffer)
    # the text as UTF-8, not openpyxl's &#NNNN; (half the size, twice as fast to read)
    write_bytes(path, stable_package(utf8_package(buffer.getvalue()), _dated(data)))
    return os.fspath(path)
