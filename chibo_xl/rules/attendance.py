"""Attendance at the cell's meetings, as the texts write it: the decisions and their sources.

- Hướng dẫn 12-HD/BTCTW (2018), Phần 2 mục 3, the frame of criteria of a meeting «đạt chất
  lượng»: «Đảng viên dự sinh hoạt đạt tỷ lệ trên 85% và không có đảng viên vắng mặt không có lý
  do hoặc đảng viên vắng mặt có lý do quá 03 lần liên tiếp trong năm (trừ trường hợp được miễn
  công tác, sinh hoạt đảng theo quy định …)» (tnt305/tai_lieu_noi_bo
  src/etl/dataset/01b33bf53f319a03.md). Three conditions: the rate is **above** the norm (85,0%
  does not pass), nobody absent without reason, nobody absent *with* reason more than 3 times
  running. Criteria of a meeting's quality: the checks warn, never refuse. Hướng dẫn
  42-HD/BTCTW (28/10/2025, on Chỉ thị 50-CT/TW) may have replaced them: its criteria could not be
  read, so the norm (85) and the run (3) are settings of Thông tin chung.
- Điều lệ Đảng Điều 8 khoản 1: «Đảng viên bỏ sinh hoạt chi bộ … ba tháng trong năm mà không có
  lý do chính đáng … thì chi bộ xem xét, đề nghị lên cấp có thẩm quyền xoá tên trong danh sách
  đảng viên» (…/b5766b5f7caa1268.md): a member absent without reason in three months of a year.

Pure functions; `figures.attendance` collects each member's absences from «Sinh hoạt», the
checks report (`checks.attendance`).
"""
from __future__ import annotations

import re

#: Điều lệ Đảng Điều 8 khoản 1: «ba tháng trong năm»
UNEXCUSED_MONTHS_LIMIT = 3
#: words a secretary writes before or after a name in the sổ biên bản
_TITLES = re.compile(r"^(?:đồng chí|đ/c|đc|ông|bà|anh|chị)\s+", re.IGNORECASE)


def rate_passes(present: int, summoned: int, norm: float) -> bool:
    """Hướng dẫn 12-HD/BTCTW: the members present are «trên» `norm`% of those summoned.

    29 of 34 (85,3%) passes 85; 17 of 20 (85,0%) does not. No one summoned: nothing to judge.
    """
    return summoned <= 0 or present * 100 > norm * summoned


def absent_names(text: str | None) -> list[str]:
    """The names of a «vắng» cell as the sổ biên bản lists them: separated by a comma, a
    semicolon or a new line; a reason in brackets and a title («đ/c», «đồng chí») dropped.

    "Lê Thị Hoa (ốm); đ/c Phạm Văn Nam" → ["Lê Thị Hoa", "Phạm Văn Nam"].
    """
    names = []
    if not text:
        return names     # most cells (aggregate reads two a meeting of a thousand books)
    for part in _SEPARATORS.split(text):
        part = _REASONS.sub(" ", part)
        part = _DASH_REASON.sub(" ", part)     # "Lê Thị Hoa - ốm"
        part = _TITLES.sub("", " ".join(part.split())).strip(" .:")
        if part:
            names.append(part)
    return names


_SEPARATORS = re.compile(r"[,;\n]")
_REASONS = re.compile(r"\(.*?\)|\[.*?\]")
_DASH_REASON = re.compile(r"[–-]\s.*$")


def longest_run(flags: list[bool]) -> int:
    """The longest run of True in `flags` (meetings in date order: absent with reason or not)."""
    best = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        best = max(best, run)
    return best


def excused_run_too_long(flags: list[bool], limit: int) -> bool:
    """Hướng dẫn 12-HD/BTCTW: absent with reason «quá 03 lần liên tiếp» — more than `limit`
    meetings running (4 running with the default 3)."""
    return longest_run(flags) > limit


def skipped_months(months: set[int]) -> bool:
    """Điều lệ Đảng Điều 8 khoản 1: absent without good reason in three months of the year."""
    return len(months) >= UNEXCUSED_MONTHS_LIMIT
