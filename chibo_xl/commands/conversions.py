"""Values of an imported list → the workbook's values, each conversion counted for the user.

Used by `importer`: names in capitals → proper case, codes and spellings → the canonical list
value through the column's value table (`Column.values`), "0000-00-00" → blank, card numbers
kept as text, Mẫu 7-HSĐV's combined cells split into their columns, its dates of moving into
this year's movement, and the national database's split Quê quán joined again.
"""
from __future__ import annotations

import datetime as dt
import re

from ..workbook import cells, schema, tables

MEMBERS = schema.MEMBERS
HOME_COUNTRY = "viet nam"
_DATE_TEXT = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{4}-\d{2}-\d{2}")


def _proper(name: str) -> str:
    """"NGUYỄN THỊ HẰNG NGA" → "Nguyễn Thị Hằng Nga"; a name in mixed case is kept as typed."""
    if not any(ch.isalpha() for ch in name) or name != name.upper():
        return name
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split(" "))


def _parts(value) -> list:
    """The facts of a combined cell: one a line, or separated by ";" or ","."""
    if not isinstance(value, str):
        return [value]
    text = cells.clean_text(value)
    pieces = re.split(r"\n|;" if ("\n" in text or ";" in text) else r",|/", text)
    return [p.strip() for p in pieces if p.strip()]


def dates_in(value) -> list:
    """The dates a cell holds: the value itself, or every dd/mm/yyyy in its text."""
    if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return [value]
    return _DATE_TEXT.findall(cells.clean_text(value)) if isinstance(value, str) else []


class Converter:
    """Typed values for the workbook, counting every conversion by column and spelling."""

    def __init__(self, result, year: int | None):
        self.result, self.year = result, year

    def note(self, key: str, before, after) -> None:
        header = MEMBERS.column(key).header
        self.result.converted[(header, f"{cells.clean_text(before)} → {after}")] += 1

    def value(self, key: str, raw):
        """The value to write into column `key` for what the source cell holds."""
        column = MEMBERS.column(key)
        if cells.is_blank(raw):
            return None
        if column.type == schema.DATE:
            if cells.is_zero_date(raw):
                self.note(key, raw, "(để trống)")
                return None
            try:
                return cells.parse_date(raw)
            except cells.Unreadable:
                return raw  # written as found: the check names the cell and why
        if key == "card":
            if isinstance(raw, float) and raw.is_integer():
                raw = int(raw)
            return cells.clean_text(raw)
        if column.type != schema.TEXT or column.choices:
            text = cells.clean_text(raw)
            if column.type in (schema.INT, schema.NUMBER):
                return raw
            value = tables.canonical(column, text)
            if value != text and cells.fold(value) != cells.fold(text):
                self.note(key, text, value)
            return value
        text = cells.clean_text(raw)
        hidden = cells.invisible_in(raw)
        if hidden:
            self.result.converted[(column.header, "bỏ ký tự ẩn: " + ", ".join(hidden))] += 1
        if key == "name":
            text = text.split("\n")[0]  # Mẫu 7 writes the birth name on a second line
            proper = _proper(text)
            if proper != text:
                self.result.converted[(column.header, "chữ in hoa → chữ thường, hoa đầu từ")] += 1
            return proper
        return text

    def combined(self, keys: tuple, raw, member: dict) -> None:
        """Split one Mẫu 7 cell into its columns, each part to the column whose list it fits."""
        if set(keys) >= {"admitted", "official_date"}:
            for key, day in zip(("admitted", "official_date"), dates_in(raw)):
                member.setdefault(key, self.value(key, day))
            return
        parts = _parts(raw)
        if keys[:2] == ("name", "dob"):
            lines = [p for p in re.split(r"\n", cells.clean_text(raw))] if isinstance(raw, str) \
                else [raw]
            member.setdefault("name", self.value("name", lines[0]))
            dates = dates_in(" ".join(lines[1:]))
            if dates:
                member.setdefault("dob", self.value("dob", dates[0]))
            return
        free = [k for k in keys if k]
        placed = {}
        if len(parts) == len(keys):  # every fact present: the register's fixed order
            for key, part in zip(keys, parts):
                if key:
                    member.setdefault(key, self.value(key, part))
            return
        for part in parts:
            fit = next((k for k in free if k not in placed and MEMBERS.column(k).choices and
                        tables.canonical(MEMBERS.column(k), part) in MEMBERS.column(k).choices),
                       None)
            if fit is None:
                # by position among the columns still empty, skipping the ones not kept
                index = parts.index(part)
                fit = keys[index] if index < len(keys) and keys[index] not in placed else None
            if fit:
                placed[fit] = part
        for key, part in placed.items():
            member.setdefault(key, self.value(key, part))

    def movement(self, kind: str, raw, member: dict) -> None:
        """A Mẫu 7 date of moving, dying or leaving: a movement when it is in the year, else a
        note (the register keeps every year's; the workbook's movement is the year's)."""
        dates = dates_in(raw)
        if not dates:
            return
        try:
            day = cells.parse_date(dates[0])
        except cells.Unreadable:
            return
        if self.year and day.year == self.year and "movement" not in member:
            member["movement"], member["movement_date"] = kind, day
            self.result.converted[(MEMBERS.column("movement").header, f"ngày → «{kind}»")] += 1
        else:
            text = f"{kind} ngày {day:%d/%m/%Y}"
            member["note"] = f"{member['note']}; {text}" if member.get("note") else text


def hometown_text(parts: dict) -> str | None:
    """Quê quán from its parts (0 detail … 3 province, 4 country; the home country left out)."""
    country = parts.pop(4, None)
    pieces = [cells.clean_text(parts[i]) for i in sorted(parts) if not cells.is_blank(parts[i])]
    if country and not cells.is_blank(country) and cells.strip_accents(country) != HOME_COUNTRY:
        pieces.append(cells.clean_text(country))
    return ", ".join(pieces) or None
