"""The rows of «Giám sát» on the calendar: which are inspections (kiểm tra) and which supervisions
(giám sát), when each runs, and which had begun or ended by a document's day.

«Thời gian» is free text, as a secretary writes it in the programme: «Tháng 3/2026», «Tháng
4-5/2026», «Quý II/2026», «6 tháng đầu năm», «Năm 2026». `period` reads these as the first and
last day they cover; a text it cannot read is no period (None), and a document dated within the
year then neither counts the row as done nor leaves it out silently (`Watch.start` is None).

The chi bộ's duty to inspect and supervise: Điều lệ Đảng Đ.30.1 («Tổ chức đảng phải tiến hành
công tác kiểm tra, giám sát»), Đ.24.2 (the chi bộ «kiểm tra, giám sát thi hành kỷ luật đảng
viên»). Pure functions over a `Book`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..workbook import cells
from ..workbook.tables import Book, Record

#: «Kiểm tra / giám sát»: a blank cell is a supervision (the sheet's rows before the column)
INSPECTION, SUPERVISION = "Kiểm tra", "Giám sát"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Watch:
    """One row of «Giám sát»: its kind (INSPECTION or SUPERVISION) and the days it covers."""

    row: Record
    kind: str
    start: dt.date | None
    end: dt.date | None

    @property
    def name(self) -> str:
        return self.row["name"] or ""

    def begun(self, day: dt.date) -> bool:
        """Begun by `day` (a row whose time cannot be read: not known to have begun)."""
        return self.start is not None and self.start <= day

    def ended(self, day: dt.date) -> bool:
        """Over by `day`: its last day is `day` or earlier."""
        return self.end is not None and self.end <= day


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period(text, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day «Thời gian» covers (`year` when the text names none), None when it
    cannot be read: «Tháng 3/2026» → 01/03–31/03; «Tháng 4-5/2026», «Tháng 4 đến tháng 5» →
    01/04–31/05; «Quý II/2026», «Quý 2» → 01/04–30/06; «6 tháng đầu năm» → 01/01–30/06, «6
    tháng cuối năm» → 01/07–31/12; «Năm 2026», «Cả năm», «Thường xuyên» → the whole year; a date
    → that day."""
    if isinstance(text, dt.datetime):
        text = text.date()
    if isinstance(text, dt.date):
        return text, text
    if not text or not str(text).strip():
        return None
    plain = cells.strip_accents(str(text))
    found = re.search(r"\b(20\d\d)\b", plain)
    y = int(found.group(1)) if found else year
    if not y:
        return None
    if "dau nam" in plain or "nua dau" in plain:
        return dt.date(y, 1, 1), _month_end(y, 6)
    if "cuoi nam" in plain or "nua cuoi" in plain:
        return dt.date(y, 7, 1), _month_end(y, 12)
    quarter = re.search(r"quy\s*(iv|iii|ii|i|[1-4])\b", plain)
    if quarter:
        q = _ROMAN.get(quarter.group(1)) or int(quarter.group(1))
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    day = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", plain.strip())
    if day:
        try:
            d = dt.date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        except ValueError:
            return None
        return d, d
    numbers = re.findall(r"\d{1,2}", re.sub(r"\b(19|20)\d\d\b", " ", plain))
    months = [int(m) for m in numbers if 1 <= int(m) <= 12]
    if "thang" in plain and months:
        return dt.date(y, min(months), 1), _month_end(y, max(months))
    if re.fullmatch(r"(ca |trong )?nam( \d{4})?|thuong xuyen|ca nam hoc", plain.strip()):
        return dt.date(y, 1, 1), _month_end(y, 12)
    return None


def kind_of(row: Record) -> str:
    """INSPECTION when «Kiểm tra / giám sát» says so, else SUPERVISION (blank included)."""
    typed = cells.strip_accents(row["check"] or "")
    return INSPECTION if typed.startswith("kiem tra") else SUPERVISION


def watches(book: Book) -> list[Watch]:
    """Every named row of «Giám sát», in sheet order, with its kind and period."""
    year = book.info["year"] or 0
    out = []
    for r in book.rows("supervision"):
        if not r["name"]:
            continue
        span = period(r["period"], year)
        out.append(Watch(r, kind_of(r), *(span or (None, None))))
    return out


def distinct(items: list[Watch]) -> list[str]:
    """The distinct members named by `items`, in order (one member watched twice counts once)."""
    seen, names = set(), []
    for w in items:
        key = cells.fold(w.name)
        if key and key not in seen:
            seen.add(key)
            names.append(w.name)
    return names
