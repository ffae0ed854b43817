"""Huy hiệu Đảng: who is proposed in a year, early, posthumously, or deferred by discipline.

Sources (../notes/research-23.md §8). The guidance on the Charter in force, Hướng dẫn 06-HD/TW
(09/6/2025), replaced Hướng dẫn 01-HD/TW (2021) (text, tnt305/tai_lieu_noi_bo src/etl/dataset/
0a1e2260de436b1a.md), but its §18 could not be read; what follows is HD 01-HD/TW (2021) §18 and
Quy định 24-QĐ/TW (2021) as published secondary copies quote them (status: news):

- milestones: «Đảng viên có đủ 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi đảng được
  xét tặng»; party age from the admission decision (Điều lệ Đảng Điều 5 khoản 4).
- early award: «Đảng viên bị bệnh nặng được xét tặng Huy hiệu 30, 40, 45, 50, 55, 60, 65 năm tuổi
  đảng sớm, nhưng thời gian xét tặng sớm không được quá 12 tháng … 70, 75, 80, 85, 90 … không được
  quá 24 tháng» (thuvienphapluat.vn hỏi đáp).
- posthumous: «Đảng viên từ trần được xét truy tặng Huy hiệu Đảng sớm, nhưng thời gian xét truy
  tặng sớm không được quá 12 tháng» (tintuc.thuvienphapluat.com).
- deferral: «chưa xét tặng Huy hiệu đảng đối với đảng viên bị kỷ luật … sau 6 tháng (đối với kỷ
  luật khiển trách), 9 tháng (đối với kỷ luật cảnh cáo), 1 năm (đối với kỷ luật cách chức), nếu
  sửa chữa tốt khuyết điểm, được chi bộ công nhận sẽ được xét tặng» (luatminhkhue.vn on QĐ 24).
  Sources differ (a đảng ủy's handbook gives 6 months for cảnh cáo, 12 for cách chức, the older
  Quy định 29 rule), so the months are settings of Thông tin chung (`DEFERRAL_SETTINGS`), counted
  from «Ngày quyết định kỷ luật» (Xếp loại).

Hướng dẫn 12-HD/BTCTW (2022) §III.1, on the file sent up (as quoted, status: news): «Tờ trình
đề nghị xét tặng huy hiệu Đảng của cấp uỷ; đối với trường hợp đề nghị xét tặng huy hiệu Đảng sớm
phải nêu rõ lý do» — the request's note says it («Bệnh nặng: đề nghị tặng sớm», «Từ trần …: đề
nghị truy tặng»); «Đối với đảng viên đã từ trần thì người thân trong gia đình làm tờ khai».

Pure decisions over dates; `figures.badges` applies them to a book.
"""
from __future__ import annotations

import datetime as dt

from ..workbook import cells

#: the milestones of party age (years) a Huy hiệu Đảng is awarded for
ANNIVERSARIES = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
#: the discipline forms deferring the award → the Thông tin chung setting of its months
DEFERRAL_SETTINGS = {"Khiển trách": "badge_defer_reprimand", "Cảnh cáo": "badge_defer_warning",
                     "Cách chức": "badge_defer_dismissal"}
DEFERRAL_DEFAULTS = {"badge_defer_reprimand": 6, "badge_defer_warning": 9,
                     "badge_defer_dismissal": 12}
POSTHUMOUS_EARLY_MONTHS = 12


def early_months(years: int) -> int:
    """How long before the milestone a seriously ill member may be proposed: 12 months for 30
    to 65 years, 24 for 70 to 90 (HD 01-HD/TW 2021 §18, as quoted)."""
    return 12 if years <= 65 else 24


def early_allowed(milestone: dt.date, years: int, by: dt.date) -> bool:
    """A seriously ill member whose `years` milestone falls on `milestone` may be proposed by `by`."""
    return cells.add_months(milestone, -early_months(years)) <= by


def posthumous_allowed(milestone: dt.date, died: dt.date) -> bool:
    """A member who died on `died` may be awarded posthumously the milestone reached within 12
    months after (or before) the death."""
    return milestone <= cells.add_months(died, POSTHUMOUS_EARLY_MONTHS)


def deferred_until(discipline: str | None, decided: dt.date | None,
                   months: dict[str, int]) -> tuple[bool, dt.date | None]:
    """(deferred, the first day the award may be considered again) for a member disciplined in
    the year: (False, None) when the form defers nothing; (True, None) when it does but the day
    of the decision is not known. `months`: the setting key → months (DEFERRAL_SETTINGS)."""
    key = DEFERRAL_SETTINGS.get(discipline or "")
    if key is None:
        return False, None
    if decided is None:
        return True, None
    return True, cells.add_months(decided, int(months[key]))
