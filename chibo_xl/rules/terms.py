"""A chi bộ's term (nhiệm kỳ) as the Party sets it: the next term, the years a term spans.

A chi bộ under a grassroots committee (đảng ủy cơ sở) holds two congresses in five years, on the
cycle of the Party's national congresses (2020, 2025, 2030 …): terms 2020-2022, 2022-2025,
2025-2027, 2027-2030. Source: Điều lệ Đảng (Điều 24) and its implementing rules, Quy định
294-QĐ/TW (26/5/2025, replacing Quy định 24-QĐ/TW of 2021), which also pilots congresses of the
chi bộ "5 năm một lần"; news of the rule state "chi bộ trực thuộc Đảng ủy cơ sở đang thực hiện
đại hội 5 năm 2 lần" (shared/RULES.md, "The cell's year"). A cell on the pilot says so in
Thông tin chung ("Đại hội chi bộ 5 năm một lần" = Có), or writes a five-year term.
Standard library only.
"""
from __future__ import annotations

import re

#: the national cycle the two-in-five terms follow (congress years 2020, 2025, 2030, …)
CYCLE_YEARS = 5
#: the first of the two terms in a cycle lasts this many years (2025-2027), the second the rest
FIRST_TERM_YEARS = 2


def parse_term(term: str | None) -> tuple[int, int] | None:
    """"2025-2027" (or "2025 – 2027", "nhiệm kỳ 2025-2027") → (2025, 2027); None otherwise."""
    found = re.findall(r"\d{4}", term or "")
    if len(found) != 2:
        return None
    a, b = int(found[0]), int(found[1])
    return (a, b) if a < b else None


def next_term(term: str | None, five_years: bool = False) -> str:
    """The term after `term`: "2025-2027" → "2027-2030", "2027-2030" → "2030-2032".

    Two congresses in five years unless `five_years` (the pilot of Quy định 294-QĐ/TW) or the
    term itself already spans five years ("2025-2030" → "2030-2035"). A term off the national
    cycle keeps its own length. "" when `term` is not two years.
    """
    years = parse_term(term)
    if years is None:
        return ""
    a, b = years
    if five_years or b - a == CYCLE_YEARS:
        return f"{b}-{b + CYCLE_YEARS}"
    if b % CYCLE_YEARS == 0:
        return f"{b}-{b + FIRST_TERM_YEARS}"
    if b % CYCLE_YEARS == FIRST_TERM_YEARS:
        return f"{b}-{b + CYCLE_YEARS - FIRST_TERM_YEARS}"
    return f"{b}-{b + (b - a)}"


def term_years(term: str | None) -> list[int]:
    """The evaluation years whose workbooks make up `term`: 2025-2027 → [2025, 2026, 2027].

    The congress year is shared: its workbook may still carry the previous term (see `belongs`).
    """
    years = parse_term(term)
    return list(range(years[0], years[1] + 1)) if years else []


def belongs(term: str, year: int | None, book_term: str | None) -> bool:
    """Whether a workbook of `year` whose own term is `book_term` is part of `term`.

    Its term is `term`; or it is the congress year that opens `term` and still names the term
    that ended that year (the 2027 workbook on 2025-2027 opens 2027-2030).
    """
    years, own = parse_term(term), parse_term(book_term)
    if years is None or year is None or not years[0] <= year <= years[1]:
        return False
    if own == years:
        return True
    return own is not None and year == years[0] == own[1]


def is_last_year(term: str | None, year: int | None) -> bool:
    """True when `year` is the year the term ends (its congress year)."""
    years = parse_term(term)
    return bool(years) and year == years[1]


def not_last_year(term: str | None, year: int | None) -> str:
    """Why the yearly build of `year` makes no term report (its note)."""
    return (f"chỉ lập ở năm cuối nhiệm kỳ, từ sổ của mọi năm trong nhiệm kỳ; năm {year} "
            f"chưa phải năm cuối nhiệm kỳ {term or '(chưa ghi nhiệm kỳ)'}")
