"""A chi bộ's term (nhiệm kỳ) as the Party sets it: the next term, the years a term spans, and
whether a term fits the cell's type.

The length depends on what the cell is (Thông tin chung «Loại chi bộ»):
- a chi bộ under a grassroots committee (chi bộ trực thuộc đảng ủy cơ sở): «Đại hội chi bộ do
  chi uỷ triệu tập năm năm hai lần … có thể triệu tập sớm hoặc muộn hơn, nhưng không quá sáu
  tháng» (Điều lệ Đảng Điều 24 khoản 3), on the cycle of the national congresses (2020, 2025,
  2030 …): terms 2020-2022, 2022-2025, 2025-2027, 2027-2030;
- a chi bộ cơ sở, itself a grassroots organisation: «Đại hội … của tổ chức cơ sở đảng do cấp
  uỷ cơ sở triệu tập năm năm một lần; có thể triệu tập sớm hoặc muộn hơn nhưng không quá một
  năm» (Điều 22 khoản 1) — both in tnt305/tai_lieu_noi_bo src/etl/dataset/b5766b5f7caa1268.md;
- Quy định 294-QĐ/TW (26/5/2025) pilots congresses of chi bộ «5 năm một lần»; «đối với chi bộ
  trực thuộc Đảng ủy cơ sở đang thực hiện đại hội 5 năm 2 lần» (news, …/213491da256bbc58.md);
  school cells held 2025-2027, 2025-2028 and 2025-2030 congresses in 2025. A cell on the pilot
  says so («Đại hội chi bộ 5 năm một lần» = Có).
The term is printed as the workbook writes it; `term_problem` only warns.
"""
from __future__ import annotations

import re

from ..workbook import schema

#: the national cycle the two-in-five terms follow (congress years 2020, 2025, 2030, …)
CYCLE_YEARS = 5
#: the first of the two terms in a cycle lasts this many years (2025-2027), the second the rest
FIRST_TERM_YEARS = 2
#: «Loại chi bộ» (Thông tin chung)
CELL_TYPES = schema.CELL_TYPES
UNDER_GRASSROOTS, BASIC_CELL = CELL_TYPES


def parse_term(term: str | None) -> tuple[int, int] | None:
    """"2025-2027" (or "2025 – 2027", "nhiệm kỳ 2025-2027") → (2025, 2027); None otherwise."""
    found = re.findall(r"\d{4}", term or "")
    if len(found) != 2:
        return None
    a, b = int(found[0]), int(found[1])
    return (a, b) if a < b else None


def next_term(term: str | None, five_years: bool = False, basic: bool = False) -> str:
    """The term after `term`: "2025-2027" → "2027-2030", "2027-2030" → "2030-2032".

    Two congresses in five years unless `five_years` (the pilot of Quy định 294-QĐ/TW), `basic`
    (a chi bộ cơ sở: five years, Điều lệ Đảng Điều 22) or the term itself already spans five
    years ("2025-2030" → "2030-2035"). A term off the national cycle keeps its own length. ""
    when `term` is not two years.
    """
    years = parse_term(term)
    if years is None:
        return ""
    a, b = years
    if five_years or basic or b - a == CYCLE_YEARS:
        return f"{b}-{b + CYCLE_YEARS}"
    if b % CYCLE_YEARS == 0:
        return f"{b}-{b + FIRST_TERM_YEARS}"
    if b % CYCLE_YEARS == FIRST_TERM_YEARS:
        return f"{b}-{b + CYCLE_YEARS - FIRST_TERM_YEARS}"
    return f"{b}-{b + (b - a)}"


def term_problem(term: str | None, cell_type: str | None, five_years: bool) -> str | None:
    """What is wrong with the length of `term` for a cell of `cell_type`, or None.

    Chi bộ cơ sở: five years, a congress early or late by at most a year (4 to 6 years, Điều lệ
    Đảng Điều 22 khoản 1). Chi bộ trực thuộc đảng ủy cơ sở: two congresses in five years (2 or 3
    years, Điều 24 khoản 3), or five under the pilot of Quy định 294-QĐ/TW when the cell says
    so. No type, or no readable term: nothing is judged.
    """
    years = parse_term(term)
    if years is None or cell_type not in CELL_TYPES:
        return None
    span = years[1] - years[0]
    if cell_type == BASIC_CELL:
        if not CYCLE_YEARS - 1 <= span <= CYCLE_YEARS + 1:
            return ("chi bộ cơ sở đại hội năm năm một lần, sớm hoặc muộn không quá một năm "
                    "(Điều lệ Đảng, Điều 22 khoản 1)")
        return None
    if five_years:
        if span != CYCLE_YEARS:
            return ("chi bộ thí điểm đại hội 5 năm một lần (Quy định 294-QĐ/TW, mục «Đại hội chi "
                    "bộ 5 năm một lần» = Có) có nhiệm kỳ 5 năm")
        return None
    if span not in (FIRST_TERM_YEARS, CYCLE_YEARS - FIRST_TERM_YEARS):
        return ("chi bộ trực thuộc đảng ủy cơ sở đại hội năm năm hai lần (Điều lệ Đảng, Điều 24 "
                "khoản 3)" + ("; nếu chi bộ thí điểm đại hội 5 năm một lần (Quy định 294-QĐ/TW), "
                              "ghi «Có» ở mục «Đại hội chi bộ 5 năm một lần»"
                              if span == CYCLE_YEARS else ""))
    return None


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
