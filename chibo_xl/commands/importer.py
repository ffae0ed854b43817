"""A member list made elsewhere → rows of the "Đảng viên" sheet (`chibo-xl import`). Pure.

The lists a secretary already has: the import file of the national party-member database
(title rows, a two-row merged header, Quê quán split into Quốc gia / Tỉnh / Chi tiết, codes),
the register "Sổ danh sách đảng viên" (Mẫu 7-HSĐV, Hướng dẫn 12-HD/BTCTW: combined cells
"Nam, nữ, dân tộc, tôn giáo", "Ngày vào Đảng, ngày chính thức" and a row of column numbers),
the đảng ủy's own spreadsheet, last year's workbook. This module finds the member table in the
grids the reader made, maps each header through the schema's synonyms (`Column.synonyms`) and
each value through its value table (`Column.values`), and says what it did: every column
mapped, every value converted with how many times, every row skipped. Writing the workbook is
`bookwriter`'s; checking it is `check`'s.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..workbook import cells, schema, tables
from ..workbook.reader import RawBook
from .conversions import Converter, dates_in, hometown_text

SCAN_ROWS = 25
MEMBERS = schema.MEMBERS

#: Mẫu 7-HSĐV's combined columns: one cell, several facts, in this order (None: not kept)
COMBINED = {
    "nam, nữ, dân tộc, tôn giáo": ("sex", "ethnicity", "religion"),
    "giới tính, dân tộc, tôn giáo": ("sex", "ethnicity", "religion"),
    "ngày vào đảng, ngày chính thức": ("admitted", "official_date"),
    "văn hóa, lý luận, cmnv, ngoại ngữ": (None, "theory", "education", "language"),
    "văn hóa, lý luận, chuyên môn, ngoại ngữ": (None, "theory", "education", "language"),
    "nghề nghiệp trước khi vào đảng, nghề nghiệp hiện nay": (None, "job"),
    "số thẻ đảng viên, số lý lịch đảng viên, số huy hiệu đảng": ("card", None, None),
    "số thẻ, số lý lịch, số huy hiệu": ("card", None, None),
    "họ và tên, ngày sinh": ("name", "dob"),
    "họ và tên, ngày tháng năm sinh": ("name", "dob"),
}
#: Mẫu 7's columns of a date and what happened on it
MOVEMENT_DATES = {
    "ngày chuyển đi, đến đảng bộ cơ sở": "Chuyển đi",
    "ngày chuyển đi": "Chuyển đi",
    "ngày chuyển đến, ở đảng bộ cơ sở nào đến": "Chuyển đến",
    "ngày chuyển đến, đảng bộ cơ sở nào đến": "Chuyển đến",
    "ngày chuyển đến": "Chuyển đến",
    "ngày từ trần, lý do": "Từ trần",
    "ngày từ trần": "Từ trần",
    "ngày ra khỏi đảng, hình thức ra đảng": "Ra khỏi Đảng",
    "ngày ra khỏi đảng": "Ra khỏi Đảng",
}
#: the national database splits Quê quán into parts under one merged group header
HOMETOWN_PARTS = {"chi tiết": 0, "địa chỉ chi tiết": 0, "thôn, xóm": 0, "xã": 1, "xã/phường": 1,
                  "phường/xã": 1, "xã, phường": 1, "huyện": 2, "quận/huyện": 2, "huyện/quận": 2,
                  "quận, huyện": 2, "tỉnh": 3, "tỉnh/thành phố": 3, "tỉnh/tp": 3,
                  "tỉnh, thành phố": 3, "quốc gia": 4}
HOMETOWN_GROUPS = ("quê quán", "nguyên quán")
#: not worth listing as "left to type" when blank
NOT_LISTED = ("stt", "note", "movement", "movement_date", "card", "language", "hometown")


def _key(text) -> str:
    """Header key for the combined and split columns: accentless, punctuation-light."""
    text = cells.strip_accents(text)
    return re.sub(r"\s*([,/])\s*", r"\1 ", re.sub(r"\s+", " ", text)).replace(" /", "/").strip()


_COMBINED = {_key(k): v for k, v in COMBINED.items()}
_MOVEMENT_DATES = {_key(k): v for k, v in MOVEMENT_DATES.items()}
_PARTS = {_key(k): v for k, v in HOMETOWN_PARTS.items()}
_GROUPS = {_key(k) for k in HOMETOWN_GROUPS}


@dataclass(frozen=True)
class Target:
    """Where one source column goes: one column, several (combined), a part, or a movement."""

    kind: str            # "column", "combined", "hometown", "movement"
    keys: tuple = ()
    part: int = 0
    movement: str = ""

    def describe(self) -> str:
        """The target as the user reads it ("Dân tộc", "Giới tính + Dân tộc + Tôn giáo")."""
        if self.kind == "hometown":
            return MEMBERS.column("hometown").header
        if self.kind == "movement":
            return (f"{MEMBERS.column('movement').header} «{self.movement}» + "
                    f"{MEMBERS.column('movement_date').header}")
        return " + ".join(MEMBERS.column(k).header for k in self.keys if k)


@dataclass
class Imported:
    """What an import found and did, for the user to read and for the writer to write."""

    sheet: str = ""
    header_rows: tuple = ()
    members: list = field(default_factory=list)        # dicts: column key → value
    source_rows: list = field(default_factory=list)    # the source row of each member
    mapped: list = field(default_factory=list)         # (source header, target description)
    unmapped: list = field(default_factory=list)       # source headers not taken
    converted: Counter = field(default_factory=Counter)  # (header, "from → to") → times
    skipped: list = field(default_factory=list)        # (row, reason)

    def left_to_type(self) -> list[tuple[str, int, bool]]:
        """(header, members with it blank, required) for each column still to fill."""
        out = []
        for column in MEMBERS.columns:
            if column.key in NOT_LISTED:
                continue
            blank = sum(1 for m in self.members if m.get(column.key) in (None, "")
                        and not (column.key == "official_date"
                                 and m.get("status") == schema.PROBATIONARY))
            if blank:
                out.append((column.header, blank, column.required))
        return out


class ImportError_(Exception):
    """Nothing in the file looks like a member list; the message is for the user."""


def _label(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() and \
        len(value) <= tables.MAX_HEADER_CHARS else None


def _match(text: str) -> Target | None:
    """The target of a header; a header of several lines ("HỌ VÀ TÊN\nHọ và tên khai sinh",
    as the register prints it) is tried whole, then line by line."""
    found = _match_one(text)
    if found is None and "\n" in text.strip():
        for line in text.strip().split("\n"):
            found = _match_one(line) if line.strip() else None
            if found:
                break
    return found


def _match_one(text: str) -> Target | None:
    key = _key(text)
    if key in _COMBINED:
        return Target("combined", _COMBINED[key])
    if key in _MOVEMENT_DATES:
        return Target("movement", ("movement", "movement_date"),
                      movement=_MOVEMENT_DATES[key])
    column, _ = tables.header_column(MEMBERS, text)
    return Target("column", (column.key,)) if column else None


def _filled(rows: list, merged: list, r: int) -> list:
    """Row `r` (1-based) with each horizontally merged cell's text over all its columns."""
    row = list(rows[r - 1]) if r - 1 < len(rows) else []
    for r1, c1, r2, c2 in merged:
        if r1 <= r <= r2 and c1 - 1 < len(row):
            top = rows[r1 - 1][c1 - 1] if c1 - 1 < len(rows[r1 - 1]) else None
            for c in range(c1, c2 + 1):
                while len(row) < c:
                    row.append(None)
                if cells.is_blank(row[c - 1]):
                    row[c - 1] = top
    return row


def _unmerged_groups(top: list, sub: list, r: int) -> list:
    """Group headers of a file that lost its merged ranges (.ods, .csv): a group label with
    blank cells to its right, and sub-labels under them in the next row, spans those cells."""
    filled = [c for c, v in enumerate(sub, start=1) if not cells.is_blank(v)]
    if not filled or not all(_label(sub[c - 1]) for c in filled):
        return []
    spans = []
    for c in filled:
        head = top[c - 1] if c - 1 < len(top) else None
        if _label(head) and _match(head) is not None and _key(head) not in _GROUPS:
            return []  # text under a column's own header: a member row, not a sub-header
    c = 1
    while c <= len(top):
        if _label(top[c - 1]) and c in filled:
            end = c
            while end < len(top) and cells.is_blank(top[end]) and end + 1 in filled:
                end += 1
            if end > c:
                spans.append((r, c, r, end))
            c = end + 1
        else:
            c += 1
    return spans


def _layout(rows: list, merged: list, r: int) -> tuple[dict, list, list, int]:
    """Mapping of columns for a header at row `r`, maybe with a sub-header row under it."""
    sub = rows[r] if r < len(rows) else []
    merged = merged + _unmerged_groups(rows[r - 1], sub, r)
    top = _filled(rows, merged, r)
    # a second header row: text under a group header merged across several columns
    groups = [m for m in merged if m[0] == r and m[2] == r and m[3] > m[1]]
    two_rows = any(c - 1 < len(sub) and _label(sub[c - 1]) for g in groups
                   for c in range(g[1], g[3] + 1))
    mapping, mapped, unmapped = {}, [], []
    for c in range(1, max(len(top), len(sub) if two_rows else 0) + 1):
        group = _label(top[c - 1]) if c - 1 < len(top) else None
        below = _label(sub[c - 1]) if two_rows and c - 1 < len(sub) else None
        target, shown = None, group or below
        if below and group and _key(group) in _GROUPS and _key(below) in _PARTS:
            target, shown = Target("hometown", ("hometown",), part=_PARTS[_key(below)]), \
                f"{group} / {below}"
        elif below and below != group:
            target = _match(below) or (_match(f"{group} {below}") if group else None)
            shown = f"{group} / {below}" if group else below
            if target is None and group and not any(
                    g[1] <= c <= g[3] for g in groups):
                target, shown = _match(group), group
        elif group:
            target = _match(group)
        if target is None:
            if shown:
                unmapped.append(shown)
            continue
        if target.kind == "column" and any(t.kind == "column" and t.keys == target.keys
                                           for t in mapping.values()):
            unmapped.append(shown)
            continue
        mapping[c] = target
        mapped.append((shown, target.describe()))
    parts = [src for src, dst in mapped if dst == MEMBERS.column("hometown").header and " / " in src]
    if len(parts) > 1:  # one line for the split Quê quán: "Quê quán / Quốc gia + Tỉnh + Chi tiết"
        first = mapped.index(next(m for m in mapped if m[0] == parts[0]))
        joined = parts[0].split(" / ")[0] + " / " + " + ".join(p.split(" / ", 1)[1] for p in parts)
        mapped = [m for m in mapped if m[0] not in parts]
        mapped.insert(first, (joined, MEMBERS.column("hometown").header))
    return mapping, mapped, unmapped, (r + 1 if two_rows else r)


def _score(mapping: dict) -> int:
    keys = {k for t in mapping.values() for k in t.keys if k}
    return len(keys) + 3 * ("name" in keys)


def find_table(raw: RawBook) -> tuple:
    """(sheet, mapping, mapped, unmapped, header rows) of the best member table in `raw`."""
    best = None
    for name, sheet in raw.items():
        for r in range(1, min(SCAN_ROWS, len(sheet.rows)) + 1):
            if not any(_label(v) for v in sheet.rows[r - 1]):
                continue
            mapping, mapped, unmapped, last = _layout(sheet.rows, sheet.merged, r)
            score = _score(mapping)
            if best is None or score > best[0]:
                best = (score, sheet, mapping, mapped, unmapped, tuple(range(r, last + 1)))
    if best is None or best[0] < 5 or "name" not in {k for t in best[2].values() for k in t.keys}:
        raise ImportError_("Không tìm thấy bảng danh sách đảng viên trong tệp: cần ít nhất cột "
                           "«Họ và tên» và vài cột như «Ngày sinh», «Giới tính», «Dân tộc», "
                           "«Ngày vào Đảng» trong 25 dòng đầu.")
    return best[1:]


def import_members(raw: RawBook, year: int | None = None) -> Imported:
    """Find the member table in `raw` and read its rows into workbook values (column key → value).

    `year` is the evaluation year of the target workbook, if known: a Mẫu 7 date of moving in
    that year becomes the member's movement. Raises `ImportError_` when no member table is found.
    """
    sheet, mapping, mapped, unmapped, header_rows = find_table(raw)
    result = Imported(sheet.name, header_rows, mapped=mapped, unmapped=unmapped)
    convert = Converter(result, year)
    for r in range(header_rows[-1] + 1, len(sheet.rows) + 1):
        row = sheet.rows[r - 1]
        if all(cells.is_blank(v) for v in row):
            continue
        kind = tables.row_kind(row)
        if kind:
            result.skipped.append((r, tables.ROW_KIND_VI[kind]))
            continue
        member, hometown = {}, {}
        for c, target in mapping.items():
            value = row[c - 1] if c - 1 < len(row) else None
            if cells.is_blank(value):
                continue
            if target.kind == "column":
                key = target.keys[0]
                if key == "name" and "dob" not in member and isinstance(value, str) and \
                        "\n" in value.strip() and dates_in(value.split("\n", 1)[1]):
                    convert.combined(("name", "dob"), value, member)
                    continue
                member.setdefault(key, convert.value(key, value))
            elif target.kind == "combined":
                convert.combined(target.keys, value, member)
            elif target.kind == "hometown":
                hometown[target.part] = value
            else:
                convert.movement(target.movement, value, member)
        if hometown and not member.get("hometown"):
            member["hometown"] = hometown_text(hometown)
        member = {k: v for k, v in member.items() if v not in (None, "")}
        if not member.get("name"):
            result.skipped.append((r, "dòng không có họ tên"))
            continue
        if not member.get("status") and (member.get("admitted") or member.get("official_date")):
            member["status"] = schema.OFFICIAL if member.get("official_date") else \
                schema.PROBATIONARY
            why = "có" if member.get("official_date") else "chưa có"
            result.converted[(MEMBERS.column("status").header,
                              f"{why} ngày chính thức → {member['status']}")] += 1
        result.members.append(member)
        result.source_rows.append(r)
    for i, member in enumerate(result.members, start=1):
        member["stt"] = i
    return result
