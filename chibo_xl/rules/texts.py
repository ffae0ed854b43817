"""Which implementing rules of the Party's Charter were in force on a day, for the citations.

The Charter (Điều lệ Đảng, 2011) is implemented by a regulation of the Central Committee and a
guidance of the Secretariat, replaced several times; a message about a 2024 book must cite the
texts of 2024, not those of today:

- regulation: Quy định 29-QĐ/TW (25/7/2016) → Quy định 24-QĐ/TW (30/7/2021) → Quy định 232-QĐ/TW
  (20/01/2025) → Quy định 294-QĐ/TW (26/5/2025, in force 01/7/2025). Sources: news of QĐ 294
  («… cơ bản được giữ nguyên như trong Quy định 232 ngày 20/1/2025», «Quy định có hiệu lực từ
  ngày 1/7/2025», tnt305/tai_lieu_noi_bo src/etl/dataset/213491da256bbc58.md); QĐ 24 replacing
  QĐ 29 (luatminhkhue.vn). Status: news.
- guidance: Hướng dẫn 01-HD/TW (20/9/2016) → Hướng dẫn 01-HD/TW (28/9/2021) → Hướng dẫn 06-HD/TW
  (09/6/2025), «có hiệu lực thi hành kể từ ngày ký và thay thế Hướng dẫn 01-HD/TW năm 2021»
  (…/0a1e2260de436b1a.md). Status: text.

Pure data and a look-up; the checks and documents cite through `charter_rules` and
`charter_guidance`.
"""
from __future__ import annotations

import datetime as dt

D = dt.date

#: (first day in force, the regulation implementing the Charter)
REGULATIONS = (
    (D(2016, 7, 25), "Quy định 29-QĐ/TW"),
    (D(2021, 7, 30), "Quy định 24-QĐ/TW"),
    (D(2025, 1, 20), "Quy định 232-QĐ/TW"),
    (D(2025, 7, 1), "Quy định 294-QĐ/TW"),
)
#: (first day in force, the guidance on the Charter)
GUIDANCE = (
    (D(2016, 9, 20), "Hướng dẫn 01-HD/TW (2016)"),
    (D(2021, 9, 28), "Hướng dẫn 01-HD/TW (2021)"),
    (D(2025, 6, 9), "Hướng dẫn 06-HD/TW"),
)


def _in_force(table, day: dt.date | None) -> str:
    if day is None:
        return table[-1][1]
    found = table[0][1]
    for first, name in table:
        if first <= day:
            found = name
    return found


def charter_rules(day: dt.date | None) -> str:
    """The regulation implementing the Charter in force on `day` (the newest when None):
    31/12/2024 → "Quy định 24-QĐ/TW", 01/7/2025 → "Quy định 294-QĐ/TW"."""
    return _in_force(REGULATIONS, day)


def charter_guidance(day: dt.date | None) -> str:
    """The Secretariat's guidance on the Charter in force on `day` (the newest when None):
    08/6/2025 → "Hướng dẫn 01-HD/TW (2021)", 09/6/2025 → "Hướng dẫn 06-HD/TW"."""
    return _in_force(GUIDANCE, day)


def year_end(year: int | None) -> dt.date | None:
    """31/12 of `year` (the day a year's figures are cited by), None when unknown."""
    return D(year, 12, 31) if year else None
