"""The reader's fast paths give what the plain paths give, on real-looking workbooks.

aggregate reads a thousand workbooks, so the table reader looks its typing memo up inline, the
row scan stops at the first filled cells, the value checks read per-column facts once and an old
summary is told by its sheet names alone. Each is held here against the plain way on the
example, a book with only its required cells, one with hostile and odd cells, and the example as
LibreOffice saves it (shared strings, its own styles and number formats).
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from conftest import ROOT, runs_everything, small_data, soffice
from test_blank_cells import required_only

from chibo_xl.checks import pipeline
from chibo_xl.checks.pipeline import check_raw
from chibo_xl.commands import aggregate as agg
from chibo_xl.workbook import cells, rowkinds, schema, tables
from chibo_xl.workbook.blank import write_workbook
from chibo_xl.workbook.reader import read_workbook, sheet_names

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def odd_data() -> dict:
    """The small book with what real books hold: a numbering row, a units row, a totals row,
    whitespace-only and invisible characters, a bad date, a value outside its list."""
    data = small_data()
    members = data["Đảng viên"]
    members[0]["Họ và tên"] = "Nguyễn\u200b Văn An"
    members[1]["Ngày sinh"] = "31/02/1980"
    members[2]["Giới tính"] = "Khác lạ"
    members[3]["Dân tộc"] = "   "
    members.insert(0, {"STT": "(1)", "Họ và tên": "(2)", "Ngày sinh": "(3)", "Giới tính": "(4)"})
    members.insert(1, {"Họ và tên": "đồng", "Ngày sinh": "(dd/mm/yyyy)"})
    members.append({"STT": "Tổng cộng", "Họ và tên": "Tổng số: 6 đảng viên"})
    return data


@pytest.fixture(scope="module")
def books(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("books")
    paths = [EXAMPLE, root / "required.xlsx", root / "odd.xlsx"]
    write_workbook(paths[1], required_only())
    write_workbook(paths[2], odd_data())
    if soffice() and runs_everything(request.config):   # LibreOffice: the full run only
        out = root / "lo"
        subprocess.run([soffice(), f"-env:UserInstallation=file://{root}/profile", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                        str(EXAMPLE)], check=True, capture_output=True, timeout=180)
        saved = root / "libreoffice.xlsx"
        shutil.move(out / EXAMPLE.name, saved)
        paths.append(saved)
    return paths


def snapshot(raw):
    """Everything the checks and figures see of a workbook: records and findings."""
    book, report = check_raw(raw)
    tables_ = {key: [(r.row, r.values, r.cells, r.raw) for r in rows]
               for key, rows in book.tables.items()}
    return (book.info.values, book.info.cells, tables_, sorted(book.present),
            {k: sorted(v) for k, v in book.columns.items()}, report.to_rows())


def test_the_typing_memo_changes_nothing(books):
    for path in books:
        raw = read_workbook(path)
        tables._TYPED.clear()               # every cell typed by read_cell itself, in row
        tables._COLUMN_MEMO.clear()         # order (`typedcells.typed_columns`)
        cold = snapshot(raw)
        warm = snapshot(read_workbook(path))  # every cell found in a column's memo
        assert cold == warm, path.name
        assert cold[-1] or path.name != "odd.xlsx"



def test_findings_come_row_by_row(tmp_path):
    """The table reader types a column at a time (`typedcells.typed_columns`) but reports as a
    reading row by row does: a bad date in row 7 before an invisible character in row 8 of an
    earlier column, the skipped rows in their place."""
    data = odd_data()
    data["Đảng viên"][6]["Họ và tên"] = "Lê\u200b Văn Bình"
    data["Đảng viên"][5]["Ngày sinh"] = "30/02/1981"
    write_workbook(tmp_path / "order.xlsx", data)
    for memo in (tables._TYPED, tables._COLUMN_MEMO):
        memo.clear()
    for cold in (True, False):
        _, report = tables.load_book(read_workbook(tmp_path / "order.xlsx"))
        places = [(int(f.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
                   cells.col_index(f.cell.rstrip("0123456789")), f.code)
                  for f in report.findings if f.sheet == "Đảng viên"]
        codes = [code for *_, code in places]
        assert codes.count("CELL_TYPE") == 2 and codes.count("INVISIBLE_CHARS") == 2, places
        assert codes.count("ROW_SKIPPED") == 3, places
        assert places == sorted(places), (cold, places)


def plain_values(book, report) -> None:
    """The value checks as they were written first (every record, every checked column, one
    by one): the specification of `pipeline._values`."""
    pipeline._listed_values(book)
    listed = len(book.rows("members"))
    for key in [s.key for s in schema.SHEETS if s.key in book.present]:   # the workbook's order
        sheet = schema.BY_KEY[key]
        records = [book.info] if sheet.kind == "info" else book.rows(key)
        for record in records:
            for column in pipeline._checked_columns(key):
                pipeline._check_value(sheet, record, column, listed, report)


def test_the_value_checks_agree_with_their_specification(books, tmp_path):
    """`pipeline._values` finds the cells to check a column at a time: the same findings in the
    same order and the same values left, on books with errors in many rows and columns."""
    data = odd_data()
    members, meetings = data["Đảng viên"], data["Sinh hoạt"]
    members[4]["Giới tính"], members[5]["Họ và tên"] = "Nam giới", None
    members[6]["Loại đảng viên"], members[3]["Ngày sinh"] = "Tạm", dt.date(1899, 5, 1)
    meetings[0]["Có mặt"], meetings[1]["Số triệu tập"], meetings[2]["Loại"] = 99, -3, "Khác"
    write_workbook(tmp_path / "values.xlsx", data)
    for path in [*books, tmp_path / "values.xlsx"]:
        found = []
        for check in (plain_values, pipeline._values):
            book, report = tables.load_book(read_workbook(path))
            check(book, report)
            found.append((report.to_rows(), [(k, [r.values for r in book.rows(k)])
                                             for k in sorted(book.tables)]))
        assert found[0] == found[1], path.name
        if path.name == "values.xlsx":
            codes = [row[-1] for row in found[0][0]]
            assert {"NOT_IN_LIST", "REQUIRED", "OUT_OF_RANGE"} <= set(codes), codes
            assert len(codes) >= 8, codes


def test_addresses_made_once_are_the_addresses(books, monkeypatch):
    """A table's records take their cells' addresses from a bounded memo of rows
    (`typedcells.addresses`): the same addresses with it full, emptied on every row, or cold,
    and each record its own dict."""
    from chibo_xl.workbook import typedcells

    for path in books:
        warm = snapshot(read_workbook(path))
        monkeypatch.setattr(typedcells, "_ADDRESSES_MAX", 1)   # emptied before each new row
        typedcells._ADDRESSES.clear()
        assert snapshot(read_workbook(path)) == warm, path.name
        monkeypatch.undo()
    book, _ = tables.load_book(read_workbook(EXAMPLE))
    members = book.rows("members")
    assert members[0].cells["name"] == f"B{members[0].row}"
    assert members[0].cells is not tables.load_book(read_workbook(EXAMPLE))[0].rows(
        "members")[0].cells

def plain_row_kind(row: list) -> str | None:
    """The row scan as it was written first (every filled cell listed): the specification."""
    filled = [v for v in row if not cells.is_blank(v)]
    if not filled:
        return None
    numbers = []
    for v in filled:
        m = rowkinds._NUMBERING.match(str(v).strip()) if isinstance(v, (str, int)) and \
            not isinstance(v, bool) else None
        if not m:
            break
        numbers.append(int(m.group(1)))
    else:
        if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return "numbering"
    texts = [v for v in filled if isinstance(v, str)]
    if len(texts) == len(filled) and all(cells.strip_accents(v) in rowkinds._UNITS for v in texts):
        return "units"
    label = next((v for v in filled[:2] if isinstance(v, str)), None)
    if label and rowkinds._is_total(label):
        return "total"
    return None


ROWS = [[], [None, " ", ""], [1, 2, 3], ["(1)", "(2)", "(3)", None, "(4)"], [1, 2, 4],
        [True, 2, 3], ["1", 2, "3"], ["đồng", "%", None, "(dd/mm/yyyy)"], ["đồng", "Nam"],
        ["Tổng cộng", 5], [None, "Tổng số: 6"], ["Tống Văn A", "Tổng"], [3, "Tổng cộng"],
        [1, "Nguyễn Văn An", dt.date(1980, 1, 1), "Nam"], [" ", 7, " (8) ", 9], [1.5, 2, 3]]


def test_the_row_scan_agrees_with_its_specification(books):
    rows = list(ROWS)
    for path in books:
        for sheet in read_workbook(path).values():
            rows += sheet.rows
    assert len(rows) > 500
    kinds = [rowkinds.row_kind(row) for row in rows]
    assert kinds == [plain_row_kind(row) for row in rows]
    assert {"numbering", "units", "total", None} <= set(kinds)


def test_sheet_names_without_reading_sheets(books, tmp_path):
    import python_calamine

    for path in books:
        every = python_calamine.CalamineWorkbook.from_path(str(path)).sheet_names
        assert sheet_names(path) == every
        assert set(read_workbook(path)) <= set(every)   # the reader skips chibo-xl's own
        assert not agg.is_own_output(path)
    folder = tmp_path / "so"
    folder.mkdir()
    shutil.copy(books[1], folder / "a.xlsx")
    from chibo_xl.commands.summary import write_summary

    out = tmp_path / "tong-hop.xlsx"
    write_summary(agg.aggregate(folder, jobs=1), out, report=False)
    assert agg.is_own_output(out)
    assert sheet_names(out) == [agg.SHEET_CELLS, agg.SHEET_CAP, agg.SHEET_BROKEN, agg.SHEET_INFO]


def test_parts_inflated_from_the_bytes_equal_zipfiles(books, tmp_path):
    import io
    import zipfile

    from chibo_xl.workbook.filescan import formula_errors as _formula_errors
    from chibo_xl.workbook.filescan import inflate as _part
    from chibo_xl.workbook.filescan import scan as _scan

    stored = tmp_path / "stored.xlsx"        # the same package, every part stored (method 0)
    with zipfile.ZipFile(books[0]) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    for path in [*books, stored]:
        package = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(package)) as zf:
            for name in zf.namelist():
                assert _part(zf, package, name) == zf.read(name), (path.name, name)
    assert _formula_errors(_scan(stored.read_bytes())) == \
        _formula_errors(_scan(books[0].read_bytes()))
