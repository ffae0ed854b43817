"""The Excel button: xlwings' RunPython calls `main()`, which checks the open workbook and builds.

The bridge is thin. `main` wraps the calling book in `XlwingsExcel`, the only code that touches
xlwings (imported lazily, so `import chibo_xl.excel` works without Excel). Everything else talks
to that small interface — `fullname`, `sheet_names`, `used_range` (values and top-left corner),
`merged`, `get_fill`/`set_fill`, `prepare_sheet`, `write`, `add_hyperlink`, `hide_column`,
`alert` (with an icon that matches the message: "error" when nothing was built, "warning" when
built with warnings, "info" when clean) — so the tests drive `run()` with a stand-in backed by a
real file. `run` reads the live
sheets (unsaved edits included) into the same `RawBook` the file reader makes, calls `check_raw`,
writes the findings into the "Kiểm tra" sheet with a link to each cell, colours the cells at
fault (and restores the colours it set last time, remembered in a hidden column of that sheet)
and, with no error, calls `build_book` and opens the output folder. It never saves the workbook,
and every failure ends in a Vietnamese message box, never a traceback.

The macro-enabled copy that calls `main` is assembled by `macro` (`chibo-xl init --macro`): its
button runs `from chibo_xl.excel import main; main()`, whatever the workbook is called.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import traceback
from decimal import Decimal
from pathlib import Path

from ..files.faults import IncompleteInstall, install_message
from ..workbook import cells, schema, xlsxsafe
from ..workbook.findings import ERROR, WARNING, Report
from ..workbook.reader import RawBook, RawSheet
from ..workbook.reader import _cell as file_cell
from ..workbook.tables import col_letter
from ..workbook.cells import Percent
from ..workbook.sheetscan import shows_percent

TITLE = "chibo-xl"
FILLS = {ERROR: "FFC7CE", WARNING: "FFEB9C"}   # Excel's light red / light yellow
WIDTHS = (10, 18, 10, 24, 70, 22)
MEMORY_COL = 8                                 # H, hidden: "sheet\tcell\tset\toriginal"
MAX_MARKS = 500                                # cells coloured and linked, at most
_TIME_EPOCH = dt.date(1899, 12, 30)            # serial 0: a time of day with no date
ERROR_ICON, WARNING_ICON, INFO_ICON = "error", "warning", "info"
_MB_ICONS = {ERROR_ICON: 0x10, WARNING_ICON: 0x30, INFO_ICON: 0x40}   # MB_OK | MB_ICON…


def normalise(value):
    """A value as xlwings returns it → the value the file reader (calamine) gives for the cell."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
        if value.date() == _TIME_EPOCH:
            return value.time()
        return value.date() if value.time() == dt.time(0) else value
    if isinstance(value, Decimal):                 # a currency-formatted cell through COM
        value = float(value)
    return file_cell(value)


def read_book(excel) -> RawBook:
    """Every sheet's used range, padded so row 1 is `rows[0]`, trailing blanks trimmed."""
    raw: RawBook = {}
    for name in excel.sheet_names():
        if name in schema.OWN_SHEETS:
            continue  # as the file reader: the guide, lists and findings are never read
        top, left, values = excel.used_range(name)
        rows = [[""] * (left - 1) + [normalise(v) for v in row] for row in values or []]
        rows = [[] for _ in range(top - 1)] + rows
        # a number the cell shows as a percentage (98,6% is held as 0,986), as the file reader
        for r, c in excel.percent_cells(name):
            if r <= len(rows) and c <= len(rows[r - 1]) and \
                    rows[r - 1][c - 1].__class__ in (int, float):
                rows[r - 1][c - 1] = Percent(rows[r - 1][c - 1])
        while rows and not any(v != "" for v in rows[-1]):
            rows.pop()
        width = max((i + 1 for row in rows for i, v in enumerate(row) if v != ""), default=0)
        rows = [(row + [""] * width)[:width] for row in rows]
        raw[name] = RawSheet(name, rows, list(excel.merged(name)))
    return raw


def cells_of(address: str) -> list[str]:
    """"C7" → ["C7"]; "A1:C1" → ["A1", "B1", "C1"]; anything else → []."""
    found = re.fullmatch(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?", address or "")
    if not found:
        return []
    c1, r1 = cells.col_index(found[1]), int(found[2])
    c2, r2 = (cells.col_index(found[3]), int(found[4])) if found[3] else (c1, r1)
    return [f"{col_letter(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)][:100]


def _actual(names, sheet: str) -> str | None:
    """The workbook's own name for a sheet the report names (matched as the reader matches)."""
    for match in (cells.fold, cells.strip_accents):
        found = [n for n in names if match(n) == match(sheet)]
        if found:
            return found[0]
    return None


def _unmark(excel, names) -> None:
    """Restore the cells the previous run coloured, unless the user has recoloured them since."""
    if schema.CHECK_SHEET not in names:
        return
    _, left, values = excel.used_range(schema.CHECK_SHEET)
    for row in values or []:
        entry = row[MEMORY_COL - left] if 0 <= MEMORY_COL - left < len(row) else None
        parts = str(entry or "").split("\t")
        if len(parts) == 4 and parts[0] in names and excel.get_fill(parts[0], parts[1]) == parts[2]:
            excel.set_fill(parts[0], parts[1], parts[3] or None)


def show_report(excel, report: Report) -> None:
    """Colour the cells at fault and (re)write the "Kiểm tra" sheet: findings, links, memory."""
    names = excel.sheet_names()
    _unmark(excel, names)
    wanted: dict = {}
    for f in report.findings:
        sheet = _actual(names, f.sheet)
        for cell in cells_of(f.cell) if sheet and sheet != schema.CHECK_SHEET else []:
            if wanted.get((sheet, cell)) != FILLS[ERROR]:
                wanted[(sheet, cell)] = FILLS[f.severity]
    memory = []
    for (sheet, cell), colour in list(wanted.items())[:MAX_MARKS]:
        memory.append([f"{sheet}\t{cell}\t{colour}\t{excel.get_fill(sheet, cell) or ''}"])
        excel.set_fill(sheet, cell, colour)
    excel.prepare_sheet(schema.CHECK_SHEET, WIDTHS)
    excel.write(schema.CHECK_SHEET, 1, 1, [list(Report.ROW_HEADERS)]
                + [list(r) for r in report.to_rows()])
    excel.write(schema.CHECK_SHEET, 1, MEMORY_COL, [["chibo-xl: ô đã tô màu (đừng sửa)"]] + memory)
    excel.hide_column(schema.CHECK_SHEET, MEMORY_COL)
    for i, f in enumerate(report.findings[:MAX_MARKS], start=2):
        sheet = _actual(names, f.sheet)
        if sheet and cells_of(f.cell):
            target = "#'{}'!{}".format(sheet.replace("'", "''"), f.cell)
            excel.add_hyperlink(schema.CHECK_SHEET, f"C{i}", target, f.cell)


def documents_dir() -> Path:
    """The user's Documents folder (where it really is, OneDrive included, on Windows); where an
    unsaved workbook's documents go, and where cai-dat.cmd makes the first workbook."""
    if sys.platform.startswith("win"):
        try:
            import ctypes

            buffer = ctypes.create_unicode_buffer(260)
            if ctypes.windll.shell32.SHGetFolderPathW(None, 5, None, 0, buffer) == 0 and \
                    os.path.isdir(buffer.value):      # 5: CSIDL_PERSONAL ("Documents")
                return Path(buffer.value)
        except Exception:  # noqa: BLE001 (fall back to the usual place)
            pass
    home = Path(os.environ.get("USERPROFILE") or Path.home())
    return home / "Documents" if (home / "Documents").is_dir() else home


def open_folder(path) -> None:
    """Show the folder in Explorer (Finder, or the desktop's file manager)."""
    if sys.platform.startswith("win"):
        os.startfile(str(path))  # noqa: S606 (a folder we made)
    else:
        subprocess.Popen(["open" if sys.platform == "darwin" else "xdg-open", str(path)])


def run(excel, opener=open_folder) -> None:
    """Check the live workbook, show the findings in it, build when clean; always ends in a box."""
    from ..checks.pipeline import check_raw
    from ..commands.build import BuildError, default_outdir, failure_message
    from ..files.outputs import OutputError
    from ..render.renderer import RenderError

    try:
        book, report = check_raw(read_book(excel))
        show_report(excel, report)
        if report.errors:
            first = "\n".join(f"• {f.place}: {f.message}" for f in report.errors[:3])
            excel.alert(f"Sổ còn {len(report.errors)} lỗi, {len(report.warnings)} cảnh báo: chưa "
                        f"tạo văn bản nào.\n\n{first}\n\nXem đủ ở trang «Kiểm tra»: bấm vào địa "
                        "chỉ ô để tới chỗ cần sửa (ô tô đỏ là lỗi, tô vàng là cảnh báo). Sửa xong "
                        "bấm lại nút «Tạo báo cáo».", TITLE, icon=ERROR_ICON)
            return
        path = Path(excel.fullname())
        saved = path.is_absolute()
        workbook = path if saved else documents_dir() / path.name
        outdir = default_outdir(workbook, book.info["year"] or dt.date.today().year)
        templates = [workbook.parent / "report_templates"] if saved else None
        pdf_failure = None
        try:
            result = _build_live(book, report, outdir, templates)
        except Exception as exc:  # noqa: BLE001 (a PdfError after the .docx were written)
            if getattr(exc, "result", None) is None:
                raise
            result, pdf_failure = exc.result, exc
        try:
            opener(result.outdir)
        except Exception:  # noqa: BLE001 (the box names the folder anyway)
            pass
        notes = [f"Chưa tạo được bản PDF: {pdf_failure}"] if pdf_failure else []
        notes += [f"Có {len(report.warnings)} cảnh báo: xem trang «Kiểm tra»."] \
            if report.warnings else []
        notes += [f"Bỏ qua: {title} — {reason}." for title, reason in result.skipped]
        notes += result.notes
        pdfs = f" (kèm {len(result.pdfs)} bản PDF)" if result.pdfs else ""
        excel.alert(f"Đã tạo {len(result.made)} văn bản{pdfs} trong thư mục:\n{result.outdir}"
                    + ("\n\n" + "\n".join(notes) if notes else ""), TITLE,
                    icon=WARNING_ICON if report.warnings or pdf_failure else INFO_ICON)
    except (BuildError, OutputError, RenderError) as exc:
        _alert(excel, failure_message(exc))
    except (ImportError, IncompleteInstall) as exc:   # the PC's install, not the workbook
        _alert(excel, install_message(exc))
    except Exception as exc:  # noqa: BLE001 (never a traceback in front of the user)
        log = Path(tempfile.gettempdir()) / "chibo-xl-loi.txt"
        try:
            log.write_text(traceback.format_exc(), encoding="utf-8")
        except OSError:
            pass
        _alert(excel, f"Có lỗi bất ngờ, chưa tạo văn bản: {type(exc).__name__}: {exc}\n\n"
                      f"Chi tiết ghi trong tệp {log}. Có thể lưu sổ rồi bấm đúp tệp «Tao bao "
                      "cao - <tên sổ>.cmd» cạnh sổ (chibo-xl build) để xem thông báo đầy đủ.")


def _build_live(book, report, outdir, templates):
    """`build_book` as the command does it: every meeting's pair, PDFs when the workbook's
    «Tạo thêm bản PDF» says Có (LibreOffice started while the documents render)."""
    from ..commands.build import build_book, wants_pdf

    if not wants_pdf(book):
        return build_book(book, report, outdir, templates)
    from ..render.pdf import Office

    with Office() as office:
        return build_book(book, report, outdir, templates, pdf=office)


def make_next_year(excel, opener=open_folder) -> None:
    """The second button: next year's workbook from the live one (unsaved edits included),
    written beside it (as `chibo-xl new-year`), never over an existing file; says where."""
    from ..checks.pipeline import check_raw
    from ..commands.newyear import default_target, write_book_next_year
    from ..files.outputs import OutputError
    from ..workbook.macro import MacroError, conf_interpreter, write_launcher

    try:
        raw = read_book(excel)
        book, report = check_raw(raw)
        show_report(excel, report)
        if report.errors:
            first = "\n".join(f"• {f.place}: {f.message}" for f in report.errors[:3])
            excel.alert(f"Sổ còn {len(report.errors)} lỗi: chưa tạo sổ năm sau.\n\n{first}\n\n"
                        "Xem đủ ở trang «Kiểm tra», sửa xong bấm lại nút «Tạo sổ năm sau».", TITLE,
                        icon=ERROR_ICON)
            return
        path = Path(excel.fullname())
        workbook = path if path.is_absolute() else documents_dir() / path.name
        year = book.info["year"]
        target = default_target(workbook, year)
        if target.exists():
            excel.alert(f"Sổ năm {year + 1} đã có:\n{target}\n\nchibo-xl không ghi đè sổ đó. Muốn "
                        "tạo lại thì đổi tên hoặc chuyển sổ cũ đi chỗ khác rồi bấm lại nút.", TITLE,
                        icon=WARNING_ICON)
            return
        made = write_book_next_year(book, workbook, target, conf_interpreter(raw))
        write_launcher(made)
        try:
            opener(made.parent)
        except Exception:  # noqa: BLE001 (the box names the file anyway)
            pass
        excel.alert(f"Đã tạo sổ năm {year + 1}:\n{made}\n\nSổ mới giữ đảng viên (trừ người đã "
                    "chuyển đi), kế hoạch, chỉ tiêu năm sau và trang «Lịch sử»; xếp loại, sinh hoạt "
                    "để trống. Sổ năm nay giữ nguyên. Mở sổ mới để nhập tiếp.", TITLE,
                    icon=INFO_ICON)
    except (FileExistsError, MacroError, OutputError) as exc:
        _alert(excel, f"Chưa tạo được sổ năm sau: {exc}")
    except (ImportError, IncompleteInstall) as exc:   # the PC's install, not the workbook
        _alert(excel, install_message(exc))
    except Exception as exc:  # noqa: BLE001 (never a traceback in front of the user)
        _unexpected(excel, exc, "chưa tạo sổ năm sau", "new-year")


def _unexpected(excel, exc: Exception, what: str, command: str) -> None:
    log = Path(tempfile.gettempdir()) / "chibo-xl-loi.txt"
    try:
        log.write_text(traceback.format_exc(), encoding="utf-8")
    except OSError:
        pass
    _alert(excel, f"Có lỗi bất ngờ, {what}: {type(exc).__name__}: {exc}\n\n"
                  f"Chi tiết ghi trong tệp {log}. Có thể lưu sổ rồi gõ chibo-xl {command} <tên sổ> "
                  "trong cửa sổ lệnh để xem thông báo đầy đủ.")


def _alert(excel, message: str) -> None:
    try:
        excel.alert(message, TITLE, icon=ERROR_ICON)
    except Exception:  # noqa: BLE001 (Excel itself is gone: say it on the console)
        print(message, file=sys.stderr)


def message_box(message: str, title: str = TITLE, icon: str = ERROR_ICON, hwnd: int = 0) -> None:
    """A Windows message box with the icon that fits (MB_ICONERROR/WARNING/INFORMATION), or the
    console elsewhere. Used when there is no workbook to show the message through."""
    if sys.platform.startswith("win"):
        try:
            import ctypes

            ctypes.windll.user32.MessageBoxW(hwnd, message, title, _MB_ICONS[icon])
            return
        except Exception:  # noqa: BLE001 (no desktop: fall back to the console)
            pass
    print(message, file=sys.stderr)


def _caller(book, notify):
    """The workbook whose button was pressed, or None after saying why it is not known."""
    try:
        if book is None:
            import xlwings as xw
            book = xw.Book.caller()
        return book
    except Exception as exc:  # noqa: BLE001
        notify("chibo-xl không nhận ra sổ Excel đã bấm nút, nên chưa kiểm tra gì "
               f"({type(exc).__name__}: {exc}).\n\nHãy lưu sổ (Ctrl+S), đóng hết cửa sổ Excel, "
               "mở lại sổ rồi bấm nút lần nữa. Nếu vẫn vậy: bấm đúp tệp «Tao bao cao - <tên "
               "sổ>.cmd» cạnh sổ (hoặc gõ chibo-xl build <tên sổ>) để xem thông báo đầy đủ.",
               TITLE, ERROR_ICON)
        return None


def main(book=None, opener=open_folder, notify=message_box) -> None:
    """The entry point the button «Tạo báo cáo» calls: `from chibo_xl.excel import main; main()`."""
    book = _caller(book, notify)
    if book is not None:
        run(XlwingsExcel(book), opener)


def next_year(book=None, opener=open_folder, notify=message_box) -> None:
    """The entry point of the button «Tạo sổ năm sau»:
    `from chibo_xl.excel import next_year; next_year()`."""
    book = _caller(book, notify)
    if book is not None:
        make_next_year(XlwingsExcel(book), opener)


class XlwingsExcel:
    """The live workbook through xlwings: the only code that touches Excel. It never saves."""

    def __init__(self, book):
        self.book = book

    def fullname(self) -> str:
        try:
            return self.book.fullname
        except Exception:  # noqa: BLE001 (OneDrive/SharePoint path xlwings cannot map)
            return self.book.name

    def sheet_names(self) -> list[str]:
        return [s.name for s in self.book.sheets]

    def used_range(self, sheet):
        rng = self.book.sheets[sheet].used_range
        return rng.row, rng.column, rng.options(ndim=2, err_to_str=True).value  # "#DIV/0!"

    def percent_cells(self, sheet) -> list[tuple[int, int]]:
        """(row, column), 1-based, of the used range's cells whose number format shows a
        percentage: a column of one format is one call, a mixed column one call a cell."""
        rng, found = self.book.sheets[sheet].used_range, []
        for j, column in enumerate(rng.columns):
            fmt = column.number_format
            if fmt is not None:               # one format for the whole column
                if shows_percent(fmt):
                    found += [(rng.row + i, rng.column + j) for i in range(column.count)]
                continue
            found += [(rng.row + i, rng.column + j) for i, cell in enumerate(column)
                      if shows_percent(cell.number_format or "")]
        return found

    def merged(self, sheet) -> list[tuple]:
        rng, found = self.book.sheets[sheet].used_range, []
        if rng.merge_cells is False:           # one call when nothing is merged (the usual case)
            return found
        for row in rng.rows:
            for cell in (row if row.merge_cells is not False else []):
                area = cell.merge_area if cell.merge_cells else None
                box = area and (area.row, area.column, area.last_cell.row, area.last_cell.column)
                if box and box not in found:
                    found.append(box)
        return found

    def get_fill(self, sheet, cell) -> str | None:
        rgb = self.book.sheets[sheet].range(cell).color
        return None if rgb is None else "{:02X}{:02X}{:02X}".format(*rgb)

    def set_fill(self, sheet, cell, colour) -> None:
        self.book.sheets[sheet].range(cell).color = None if colour is None else "#" + colour

    def prepare_sheet(self, name, widths) -> None:
        if name in self.sheet_names():
            ws = self.book.sheets[name]
            ws.clear()
        else:
            ws = self.book.sheets.add(name, after=self.book.sheets[-1])
        for i, width in enumerate(widths, start=1):
            ws.range((1, i)).column_width = width
        ws.range((1, 1), (1, len(widths))).font.bold = True
        ws.activate()

    def write(self, sheet, row, col, rows) -> None:
        rows = [[xlsxsafe.excel_text(v) for v in r] for r in rows]
        self.book.sheets[sheet].range((row, col)).value = rows

    def add_hyperlink(self, sheet, cell, target, text) -> None:
        rng = self.book.sheets[sheet].range(cell)
        try:                                   # Windows: a link inside the workbook (SubAddress)
            link = rng.api.Hyperlinks.Add(Anchor=rng.api, Address="", SubAddress=target[1:])
            link.TextToDisplay = text
        except Exception:  # noqa: BLE001
            rng.add_hyperlink(target, text)

    def hide_column(self, sheet, col) -> None:
        self.book.sheets[sheet].range((1, col)).api.EntireColumn.Hidden = True

    def alert(self, message, title, icon=INFO_ICON) -> None:
        # xlwings' mode="critical" shows the warning triangle (MB_ICONWARNING in 0.37.8's
        # _xlwindows.App.alert): call MessageBox ourselves, over Excel's window, for the
        # right icon; xlwings' alert where that is not possible
        app = self.book.app
        try:
            import win32api

            win32api.MessageBox(app.hwnd, message, title, _MB_ICONS[icon])
        except Exception:  # noqa: BLE001 (not Windows, or no pywin32)
            app.alert(message, title=title, mode="info" if icon == INFO_ICON else "critical")


