"""Admission and recognition: the two-thirds vote of the chi bộ and the stages of the reminders
before probation ends. Pure decisions, each with its source.

Sources, as quoted in the public repository tnt305/tai_lieu_noi_bo, src/etl/dataset/ (the
Charter in b5766b5f7caa1268.md, Hướng dẫn 06-HD/TW in 4d25bcf400b5f7fc.md):
- Điều lệ Đảng, Điều 4 khoản 3: «Chi bộ xét và đề nghị kết nạp từng người một, khi được ít nhất
  hai phần ba số đảng viên chính thức trong chi bộ tán thành thì đề nghị lên cấp uỷ cấp trên».
- Điều lệ Đảng, Điều 5 khoản 2: «Khi hết thời kỳ dự bị, chi bộ xét công nhận đảng viên chính
  thức từng người một và biểu quyết như khi xét kết nạp».
- Điều lệ Đảng, Điều 3: đảng viên dự bị có các quyền của đảng viên «trừ quyền biểu quyết».
  The base of the two thirds is therefore the official members of the cell (present or not).
  Whether members exempt from work and meetings count in that base no text at hand says
  (Hướng dẫn 01-HD/TW 2016, 13.2, counts them at a congress only when they attend): the base
  here is every official member, and the check names the exempt ones for the cell to ask.
- Điều lệ Đảng, Điều 5 khoản 1: probation lasts «mười hai tháng, tính từ ngày chi bộ tổ chức lễ
  kết nạp».
- Hướng dẫn 06-HD/TW (09/6/2025) mục 8.3: the recognition file holds the certificate of the new
  members' class, the probationary member's self-review, the report of the member assigned to
  help, the summary of the opinions of the organisations where the member works and of the chi
  ủy (chi bộ) where the member lives, and the chi bộ's resolution (`RECOGNITION_PAPERS`).
- The reminder stages (90, 60, 30, 15 and 7 days before probation ends) are no text's: they are
  what party-cell management tools use (chibokhcb/quan-ly-dang-vien-khcb), so they are a setting
  of Thông tin chung (`parse_stages`), said so in its help.
"""
from __future__ import annotations

import re

ADMISSION_SOURCE = "Điều lệ Đảng, Điều 4 khoản 3"
RECOGNITION_SOURCE = "Điều lệ Đảng, Điều 5 khoản 2"
#: default reminder stages, in days before the 12 months of probation end (a setting)
REMINDER_STAGES = (90, 60, 30, 15, 7)
#: what the recognition file holds besides the resolution (Hướng dẫn 06-HD/TW, mục 8.3)
RECOGNITION_PAPERS = (
    "giấy chứng nhận học lớp bồi dưỡng đảng viên mới",
    "bản tự kiểm điểm của đảng viên dự bị",
    "bản nhận xét của đảng viên được phân công giúp đỡ",
    "tổng hợp ý kiến nhận xét của đoàn thể nơi làm việc và chi ủy (chi bộ) nơi cư trú",
)


def votes_needed(official: int) -> int:
    """The fewest votes in favour that carry an admission or a recognition: two thirds of the
    cell's official members, rounded up (9 → 6, 10 → 7, 3 → 2). Điều lệ Đảng Đ.4.3, Đ.5.2."""
    return -(-2 * official // 3)


def carried(votes: int, official: int) -> bool:
    """True when `votes` in favour are at least two thirds of the cell's `official` members
    (Điều lệ Đảng Đ.4.3; the recognition vote «như khi xét kết nạp», Đ.5.2)."""
    return official > 0 and 3 * votes >= 2 * official


def parse_stages(text) -> tuple[int, ...] | None:
    """The setting «Mốc nhắc hết thời gian dự bị (ngày)» as days, largest first: "90, 60, 30"
    → (90, 60, 30); a number alone is one stage; None when it holds anything but positive whole
    numbers (the caller keeps the default and says so)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return REMINDER_STAGES
    if isinstance(text, (int, float)):
        return (int(text),) if float(text).is_integer() and text > 0 else None
    parts = [p for p in re.split(r"[,;/\s]+", str(text).strip()) if p]
    if not parts or not all(p.isdigit() and int(p) > 0 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}, reverse=True))


def reminder_stage(days_left: int, stages: tuple[int, ...] = REMINDER_STAGES) -> int | None:
    """The stage a reminder `days_left` days before the end of probation belongs to: the
    smallest stage not below it (85 days → 90, 30 → 30, 3 → 7); None before the first stage or
    once the day has come (days_left ≤ 0: then the 30 working days run)."""
    if days_left <= 0:
        return None
    reached = [s for s in stages if days_left <= s]
    return min(reached) if reached else None
