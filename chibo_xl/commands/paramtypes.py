"""The Vietnamese parameter types of the command line: paths and numbers checked with a message a
teacher can act on.

`WorkbookFile` (an existing workbook; a folder given instead lists its workbooks, a name nearly
right is suggested), `TargetFile` (a file to write, not a folder), `Folder` (an existing folder),
`TargetFolder` (a folder to write into, not a file) and `Number` (an integer or decimal within
bounds, a decimal comma accepted). Each has a Vietnamese metavar ("SỔ", "TỆP", "THƯ-MỤC", "SỐ")
and says what it wants (`what`), which `commandline` uses when the parameter is missing.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import click

from ..files.faults import device_name


class _Type(click.ParamType):
    """A type with a Vietnamese metavar and a Vietnamese description of what it wants."""

    metavar = "TỆP"
    what = "tệp"

    def get_metavar(self, param, ctx=None):  # click 8.1 passes no ctx
        return self.metavar


class WorkbookFile(_Type):
    """An existing file (a workbook to read). A folder given instead lists its workbooks."""

    name, metavar, what = "workbook", "SỔ", "tệp sổ Excel"

    def convert(self, value, param, ctx):
        path = Path(value)
        if path.is_dir():
            books = sorted(p.name for p in path.iterdir() if not p.name.startswith("~$")
                           and p.suffix.lower() in (".xlsx", ".xlsm"))
            hint = (f" Trong thư mục có: {', '.join(books[:5])}." if books else
                    " Thư mục này không có sổ .xlsx nào.")
            self.fail(f"«{value}» là một thư mục, không phải tệp sổ. Hãy ghi tên tệp sổ, ví dụ "
                      f"«{path / (books[0] if books else 'so-chi-bo-2026.xlsx')}».{hint}",
                      param, ctx)
        if path.exists() and not path.is_file():
            self.fail(f"«{value}» không phải một tệp bình thường (có thể là ống dẫn, thiết bị): "
                      "chibo-xl không mở nó. Hãy ghi tên tệp sổ Excel.", param, ctx)
        if not path.exists():
            near = _near_files(path)
            self.fail(f"Không có tệp «{value}». Kiểm tra tên tệp và thư mục (có thể kéo tệp từ "
                      "File Explorer thả vào cửa sổ lệnh để có đúng đường dẫn)."
                      + (f" Có phải tệp «{near}»?" if near else ""), param, ctx)
        return str(value)


def _near_files(path: Path) -> str | None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:
        return None
    found = difflib.get_close_matches(path.name, names, n=1, cutoff=0.6)
    return str(folder / found[0]) if found else None


class TargetFile(_Type):
    """A file to write: it may not exist yet, but it must not be a folder."""

    name, metavar, what = "target", "TỆP", "tên tệp sẽ tạo"

    def __init__(self, metavar: str = "TỆP", what: str = "tên tệp sẽ tạo"):
        self.metavar, self.what = metavar, what

    def convert(self, value, param, ctx):
        _no_device(value, param, ctx, self)
        if Path(value).is_dir():
            self.fail(f"«{value}» là một thư mục có sẵn: hãy ghi tên tệp sẽ tạo, ví dụ "
                      f"«{Path(value) / 'so-chi-bo-2026.xlsx'}».", param, ctx)
        return str(value)


def _no_device(value, param, ctx, kind: _Type) -> None:
    """A name Windows keeps for a device (CON, NUL, COM1 …, with any extension) is refused: on
    Windows "CON.xlsx" is the console, so it "exists" and nothing can be written there."""
    part = device_name(value)
    if part:
        kind.fail(f"«{part}» là tên Windows dành cho thiết bị (CON, PRN, AUX, NUL, COM1…COM9, "
                  "LPT1…LPT9), không dùng được làm tên tệp hay thư mục. Hãy đặt tên khác, ví dụ "
                  "«so-chi-bo-2026.xlsx» hoặc «van-ban».", param, ctx)


class Folder(_Type):
    """An existing folder (to read from)."""

    name, metavar, what = "folder", "THƯ-MỤC", "thư mục"

    def __init__(self, what: str = "thư mục"):
        self.what = what

    def convert(self, value, param, ctx):
        path = Path(value)
        if path.is_file():
            self.fail(f"«{value}» là một tệp, không phải thư mục: hãy ghi tên thư mục chứa các "
                      f"tệp (ví dụ «{path.parent}»).", param, ctx)
        if not path.is_dir():
            self.fail(f"Không có thư mục «{value}». Kiểm tra tên thư mục (có thể kéo thư mục từ "
                      "File Explorer thả vào cửa sổ lệnh).", param, ctx)
        return str(value)


class TargetFolder(_Type):
    """A folder to write into: made when missing, but not an existing file."""

    name, metavar, what = "outdir", "THƯ-MỤC", "thư mục"

    def convert(self, value, param, ctx):
        _no_device(value, param, ctx, self)
        if Path(value).is_file():
            self.fail(f"«{value}» là một tệp có sẵn, không phải thư mục: hãy ghi tên một thư "
                      "mục (chưa có thì chibo-xl tạo).", param, ctx)
        return str(value)


class Number(_Type):
    """An integer or decimal number within bounds; a decimal comma is accepted ("20,5")."""

    name, metavar, what = "number", "SỐ", "một số"

    def __init__(self, low=None, high=None, decimal: bool = False):
        self.low, self.high, self.decimal = low, high, decimal

    def convert(self, value, param, ctx):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip().replace(",", ".") if self.decimal else str(value).strip()
            try:
                number = float(text) if self.decimal else int(text)
            except ValueError:
                self.fail(f"«{value}» không phải " + ("một số" if self.decimal else
                                                       "một số nguyên") + ".", param, ctx)
        if number != number or number in (float("inf"), float("-inf")):   # nan, inf
            self.fail(f"«{value}» không phải một số.", param, ctx)
        if (self.low is not None and number < self.low) or \
                (self.high is not None and number > self.high):
            self.fail(f"{value} nằm ngoài khoảng cho phép (từ {self.low} đến {self.high}).",
                      param, ctx)
        return number
