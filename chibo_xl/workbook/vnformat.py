"""Vietnamese administrative conventions for numbers, dates and names (DESIGN §4).

Every number a document prints is made here, and each of these functions prints a figure whose
source cell is blank (`cells.BLANK`) as the hand-fill blank «……»: no template can print 00 for
what the secretary has not typed.
"""
from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from .cells import BLANK, HAND_FILL


def count(n: int) -> str:
    """Counts under 10 take two digits in administrative prose: 5 → "05", 12 → "12"; «……» for
    `BLANK`."""
    if n is BLANK:
        return HAND_FILL
    return f"{n:02d}" if 0 <= n < 10 else thousands(n)


def thousands(number) -> str:
    """Dot between thousands: 1157274000 → "1.157.274.000"; a fraction keeps a decimal comma."""
    return HAND_FILL if number is BLANK else _thousands(number)


@functools.lru_cache(maxsize=8192, typed=True)
def _thousands(number) -> str:
    value = Decimal(str(number))
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    frac = value - whole
    if frac:
        digits = format(frac.normalize(), "f").split(".")[1]
        text += "," + digits
    return sign + text


def decimal(number, places: int = 1) -> str:
    """Rounded half up with a decimal comma, trailing zeros dropped: 34.615 → "34,6", 100.0 → "100"."""
    return HAND_FILL if number is BLANK else _decimal(number, places)


@functools.lru_cache(maxsize=8192, typed=True)
def _decimal(number, places: int = 1) -> str:
    value = Decimal(str(number)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = format(value, "f").partition(".")
    frac = frac.rstrip("0")
    whole = thousands(int(whole)) if whole.lstrip("-") else whole
    if value < 0 and not whole.startswith("-"):
        whole = "-" + whole
    return f"{whole},{frac}" if frac else whole


def percent(part: float, whole: float, places: int = 1) -> str:
    """part of whole as "34,6%"; "0%" when whole is 0; «……» when either is `BLANK`."""
    if part is BLANK or whole is BLANK:
        return HAND_FILL
    if not whole:
        return "0%"
    return decimal(Decimal(str(part)) * 100 / Decimal(str(whole)), places) + "%"


def money(amount) -> str:
    """"1.157.274.000 đồng"; "…… đồng" for `BLANK`."""
    if amount is BLANK:
        return f"{HAND_FILL} đồng"
    return f"{thousands(round(amount))} đồng"


def date_words(day: dt.date) -> str:
    """"ngày 05 tháng 01 năm 2021": days under 10 and months 1–2 padded, as official documents do."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_short(day: dt.date | None) -> str:
    """"05/01/2021", or "" for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def date_line(place: str, day: dt.date | None, year: int | None = None) -> str:
    """"Định An, ngày 05 tháng 01 năm 2021"; with no date, room for hand filling and the year
    when it is known ("Định An, ngày      tháng      năm 2026": every date line has its year)."""
    if day is None:
        return f"{place}, ngày      tháng      năm" + (f" {year}" if year else "")
    return f"{place}, {date_words(day)}"


def upper(text: str) -> str:
    """Capitals that keep Vietnamese letters composed ("đảng bộ" → "ĐẢNG BỘ")."""
    return unicodedata.normalize("NFC", text.upper())


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


@functools.lru_cache(maxsize=8192)
def _word_key(word: str) -> tuple:
    """Letters by the Vietnamese alphabet (a ă â … đ …), then tones as the tie-breaker."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFC", word.casefold()):
        parts = unicodedata.normalize("NFD", ch)
        tone = [m for m in parts if m in _TONES]
        letter = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
        if not letter.isalpha():
            continue
        letters.append(_ORDER.get(letter, 100 + ord(letter[0])))
        tones.append(_TONES[tone[0]] if tone else 0)
    return tuple(letters), tuple(tones)


def name_key(full_name: str) -> tuple:
    """Vietnamese sort key: given name first, then family and middle names, letter by letter."""
    words = full_name.split()
    if not words:
        return ((), ())
    return (_word_key(words[-1]),) + tuple(_word_key(w) for w in words[:-1])


def sort_names(names) -> list:
    """Names in Vietnamese order (by given name: An, Anh, Ánh, Bình, …)."""
    return sorted(names, key=name_key)
