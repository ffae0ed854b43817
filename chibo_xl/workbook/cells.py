"""Turning what a cell holds into a typed value, the way a Vietnamese secretary types it.

Pure functions: each returns the value or raises `Unreadable` with a Vietnamese reason.
Both the file reader and the Excel bridge hand these functions the same raw values.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

EXCEL_ERRORS = {"#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#SPILL!",
                "#CALC!", "#GETTING_DATA"}
_EPOCH = dt.date(1899, 12, 30)


class Unreadable(ValueError):
    """The cell holds something that cannot be read as the column's type."""


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: characters that show as nothing but make two identical-looking names differ
INVISIBLE = {
    "\u200b": "khoảng trắng độ rộng 0 (U+200B)", "\u200c": "ký tự không nối (U+200C)",
    "\u200d": "ký tự nối (U+200D)", "\u2060": "ký tự nối từ (U+2060)",
    "\ufeff": "dấu BOM (U+FEFF)", "\xad": "gạch nối mềm (U+00AD)",
    "\u200e": "dấu hướng chữ (U+200E)", "\u200f": "dấu hướng chữ (U+200F)",
    "\u202a": "dấu hướng chữ (U+202A)", "\u202b": "dấu hướng chữ (U+202B)",
    "\u202c": "dấu hướng chữ (U+202C)", "\u202d": "dấu hướng chữ (U+202D)",
    "\u202e": "dấu hướng chữ (U+202E)", "\u180e": "ký tự ẩn (U+180E)",
}
_INVISIBLE = re.compile("[" + "".join(INVISIBLE) + "]")
_MESSY = re.compile("[\n\r\t\xa0\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
                    + "".join(INVISIBLE) + "]")


class Uncomputed(str):
    """A formula cell whose file holds no saved result (a program wrote it, Excel never opened it).

    The reader puts one in the grid instead of the '' calamine gives, so a sum that was never
    computed is an error at its cell and not a silent blank. The text is the formula.
    """


#: what a document prints for a figure nobody typed: the secretary fills it by hand
HAND_FILL = "……"


class Blank:
    """A figure whose source cell is blank: not zero, and not a number (`BLANK`, its one value).

    A real workbook leaves the optional cells blank until the day (the reasons of an absence, the
    ballots, the review's attendance); a count taken from such a cell is `BLANK`, and
    `vnformat` prints it as the hand-fill blank «……», so no document can print «00» for what
    the secretary has not typed. Arithmetic with it gives it back (the absent of a meeting whose
    «Có mặt» is blank are blank too); what would make a number or a truth value of it —
    comparing it, `bool`, `int`, `float`, a numeric format spec — raises TypeError, so `x or 0`,
    `max(x, 0)` and `f"{x:02d}"` fail loudly instead of printing 00. `str(BLANK)` and
    `f"{BLANK}"` give the hand-fill blank. Test it with `is BLANK`.
    """

    __slots__ = ()
    _one = None

    def __new__(cls):
        if cls._one is None:
            cls._one = super().__new__(cls)
        return cls._one

    def __repr__(self) -> str:
        return "BLANK"

    def __str__(self) -> str:
        return HAND_FILL

    def __format__(self, spec: str) -> str:
        if spec:
            raise TypeError(f"a blank cell's figure has no number to format with {spec!r}")
        return HAND_FILL

    def __reduce__(self):
        return Blank, ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _same(self, *_other):
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __neg__ = _same

    def _refuse(self, *_other):
        raise TypeError("a blank cell's figure is not a number: test `is BLANK` first")

    __bool__ = __int__ = __float__ = __index__ = __round__ = _refuse
    __lt__ = __le__ = __gt__ = __ge__ = _refuse

    def __eq__(self, other) -> bool:
        return other is self

    def __hash__(self) -> int:
        return hash(Blank)


BLANK = Blank()


def figure(value):
    """A cell's number as a figure: the number, or `BLANK` when the cell is blank (None)."""
    return BLANK if value is None else value


def known(*values) -> bool:
    """True when no value is `BLANK` (nor None)."""
    return all(v is not None and v is not BLANK for v in values)


def clean_text(value) -> str:
    """NFC text as typed, less what no document can hold.

    Runs of spaces are folded, line ends trimmed and blank lines dropped (Alt+Enter leftovers);
    characters that XML forbids (control characters Excel lets through) are removed, since one
    of them would make Word refuse the whole document. Everything else is kept as typed.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value))
    if "  " not in text and not _MESSY.search(text):
        return text.strip()  # one line, single spaces, nothing to remove: the common case
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _NOT_XML.sub("", text.replace("\xa0", " ")))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def invisible_in(value) -> list[str]:
    """The Vietnamese names of the invisible characters in `value` (empty for most cells)."""
    if not isinstance(value, str) or not _INVISIBLE.search(value):
        return []
    return sorted({INVISIBLE[ch] for ch in _INVISIBLE.findall(value)})


def is_blank(value) -> bool:
    """True for None, '' and whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def formula_error(value) -> str | None:
    """The Excel error code a cell shows (#REF!, #DIV/0!…), or None."""
    if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
        return value.strip().upper()
    return None


_EPOCH_1904 = dt.date(1904, 1, 1)
#: an Excel serial below this is a date before 1910: no member, meeting or document has one,
#: so such a number is a year or a count typed into a date column, never a date
_FIRST_PLAUSIBLE_SERIAL = 3654
_ZERO_DATE = re.compile(r"^0{1,4}[-/.]0{1,2}[-/.]0{1,4}$")
_YEAR_ONLY = re.compile(r"^(?:năm\s*)?(\d{4})$", re.I)
_MONTH_YEAR = re.compile(r"^(?:tháng\s*)?(\d{1,2})\s*[/\-.]\s*(\d{4})$", re.I)


def is_zero_date(value) -> bool:
    """"0000-00-00", "00/00/0000": the national database's way of writing no date."""
    return isinstance(value, str) and bool(_ZERO_DATE.match(value.strip()))


_DMY = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def parse_date(value, date1904: bool = False) -> dt.date:
    """A date from a date, datetime, Excel serial number or text (dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd).

    A serial number (a date in a cell formatted "General") counts from the workbook's own date
    system: 1900, or 1904 for books saved with that option (Mac Excel), which would otherwise
    come out 4 years and 1 day early. A number that is a year (1985), or any serial before
    1910, is refused: Excel would show 1985 as 07/06/1905, a date nobody meant.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if value.year >= 1910:
            return value
        # a number in a date-formatted cell: the reader already made it a date of 1900–1909
        value = (value - _EPOCH_1904).days if date1904 else \
            (value - _EPOCH).days - (1 if value < dt.date(1900, 3, 1) else 0)
    if isinstance(value, bool):
        raise Unreadable("không phải ngày tháng")
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 1000 <= value <= 2200:
            raise Unreadable(f"chỉ có năm ({int(value)}), cần đủ ngày/tháng/năm (dd/mm/yyyy)")
        if date1904:
            if not 0 <= value < 2957003:
                raise Unreadable("số ngày Excel ngoài khoảng cho phép")
            day = _EPOCH_1904 + dt.timedelta(days=int(value))
        else:
            # Excel's 1900 date system; serial 60 is the phantom 29/02/1900.
            if not 1 <= value < 2958466:
                raise Unreadable("số ngày Excel ngoài khoảng cho phép")
            day = _EPOCH + dt.timedelta(days=int(value) + (1 if value < 61 else 0))
        if day.year < 1910:
            raise Unreadable("là một con số, không phải ngày tháng: cần dạng ngày/tháng/năm "
                             "(dd/mm/yyyy)")
        return day
    text = clean_text(value)
    if _YEAR_ONLY.match(text):
        raise Unreadable(f"chỉ có năm ({_YEAR_ONLY.match(text).group(1)}), cần đủ ngày/tháng/năm "
                         "(dd/mm/yyyy)")
    if _MONTH_YEAR.match(text):
        raise Unreadable("chỉ có tháng và năm, cần đủ ngày/tháng/năm (dd/mm/yyyy)")
    m = _DMY.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        m = _YMD.match(text)
        if not m:
            raise Unreadable("không đọc được ngày tháng, cần dạng ngày/tháng/năm (dd/mm/yyyy)")
        year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Unreadable(f"ngày {day:02d}/{month:02d}/{year} không có thật") from None


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)*$")


def parse_number(value, *, grouped_ok: bool = True) -> float:
    """A number from a number or text: "1.157.274.000", "34,6", "1,5", " 7 ".

    Vietnamese uses the comma as the decimal mark and the dot between thousands; a lone dot
    before exactly three digits ("8.500") is read as thousands when `grouped_ok`.
    """
    if isinstance(value, bool):
        raise Unreadable("không phải số")
    if isinstance(value, (int, float)):
        return float(value)
    text = clean_text(value).replace(" ", "")
    if not _NUMBER.match(text):
        raise Unreadable("không phải số")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        text = text.replace(group, "").replace(decimal, ".")
    elif commas > 1:
        text = text.replace(",", "")
    elif commas == 1:
        text = text.replace(",", ".")
    elif dots > 1 or (dots == 1 and grouped_ok and re.match(r"^[+-]?\d{1,3}\.\d{3}$", text)):
        text = text.replace(".", "")
    return float(text)


def parse_int(value) -> int:
    """A whole number; "05" and 5.0 are fine, 5.5 is not."""
    number = parse_number(value)
    if not number.is_integer():
        raise Unreadable("cần số nguyên")
    return int(number)


class Percent(float):
    """A number its cell shows as a percentage: Excel stores «98,6%» typed in a cell (or a cell
    formatted «%») as 0,986. The readers put one in the grid for such a cell (the file reader
    from the cell's number format in xl/styles.xml, the Excel bridge from the live cell's), so a
    percentage column reads what the secretary sees: `shown` is 98,6."""

    @property
    def shown(self) -> float:
        """The number as the cell shows it, in percent (0,986 → 98,6)."""
        return float(Decimal(repr(float(self))) * 100)


def ambiguous_fraction(value) -> bool:
    """A plain number between 0 and 1 typed where a percentage goes: 0,986 may be 98,6% typed
    the Excel way in a cell not formatted «%», or 0,986% itself."""
    return (value.__class__ in (int, float) and not isinstance(value, bool)
            and 0 < value < 1)


def parse_percent(value) -> float:
    """A percentage as a number of percent: 95, "95%", "95 %", a cell showing 95% (`Percent`,
    stored 0,95) all give 95; a plain 0,95 gives 95 too (`ambiguous_fraction`: the check says
    how it was read)."""
    if isinstance(value, Percent):
        return value.shown
    text = clean_text(value) if isinstance(value, str) else None
    if text is not None and text.endswith("%"):
        return parse_number(text[:-1].strip(), grouped_ok=False)
    number = parse_number(value, grouped_ok=False)
    # Excel stores a cell formatted as 95% as 0.95.
    return number * 100 if 0 < number < 1 else number


def parse_range(value) -> tuple[float, float]:
    """A target as (low, high): 100 → (100, 100); "99-100" or "95% - 100%" → (99, 100); a cell
    showing 98,6% (`Percent`, stored 0,986) → (98,6, 98,6)."""
    if isinstance(value, Percent):
        return value.shown, value.shown
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), float(value)
    text = clean_text(value).replace("%", "").replace("–", "-").replace(" ", "")
    parts = re.split(r"(?<=\d)-(?=\d)", text)
    if len(parts) > 2:
        raise Unreadable("cần một số hoặc một khoảng như «99-100»")
    try:
        low, high = (parse_number(p, grouped_ok=False) for p in (parts * 2)[:2])
    except Unreadable:
        raise Unreadable("cần một số hoặc một khoảng như «99-100»") from None
    return (low, high) if low <= high else (high, low)


def fold(text: str) -> str:
    """Key for matching names, headers and list values.

    NFC, case-folded, single spaces, no "(*)", no invisible characters, and the same key for
    both placements of a tone mark ("Thuý" and "Thúy", "Hoà" and "Hòa": the old and the new
    rule of Vietnamese spelling, both in use).
    """
    return _fold(text if isinstance(text, str) else str(text))


_TONES = {"\u0300": "1", "\u0301": "2", "\u0303": "3", "\u0309": "4", "\u0323": "5"}
_TONE_MARK = re.compile("[" + "".join(_TONES) + "]")


@functools.lru_cache(maxsize=8192)
def _tone_word(word: str) -> str:
    # the words of headers, names and list values repeat ("Nguyễn", "Thị", "ngày", "đảng")
    decomposed = unicodedata.normalize("NFD", word)
    tones = _TONE_MARK.findall(decomposed)
    if not tones:
        return word
    bare = unicodedata.normalize("NFC", _TONE_MARK.sub("", decomposed))
    return bare + "\x01" + "".join(_TONES[t] for t in tones)


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    plain = _fold_plain(text)
    if plain.isascii():
        return plain
    return " ".join(_tone_word(w) for w in plain.split(" "))


@functools.lru_cache(maxsize=4096)
def _fold_plain(text: str) -> str:
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = text.replace("\xa0", " ").replace("\n", " ")
    text = text.replace("(*)", "").rstrip("*")
    return re.sub(r"\s+", " ", text).strip().casefold()


def strip_accents(text: str) -> str:
    """"Ngày sinh" → "ngay sinh": for spotting a header typed without diacritics."""
    return _strip_accents(text if isinstance(text, str) else str(text))


@functools.lru_cache(maxsize=4096)
def _strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFD", _fold_plain(text)).replace("đ", "d")
    # no character below U+0300 (the first combining mark) is a nonspacing mark
    return "".join(ch for ch in text if ch < "\u0300" or unicodedata.category(ch) != "Mn")


@functools.lru_cache(maxsize=1024)
def choice_map(choices: tuple) -> dict:
    """Folded choice → the choice as listed (first wins), to match a typed list value at once."""
    out = {}
    for choice in choices:
        out.setdefault(fold(choice), choice)
    return out


@functools.lru_cache(maxsize=512)
def col_letter(index: int) -> str:
    """1 → "A", 27 → "AA"."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: str) -> int:
    """"A" → 1, "AA" → 27."""
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (31/01 + 1 → 28/02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
