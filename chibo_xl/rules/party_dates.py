"""The two dates of an admission, and which clock each one starts.

Điều lệ Đảng (tnt305/tai_lieu_noi_bo src/etl/dataset/b5766b5f7caa1268.md):
- Điều 4 khoản 3: «khi có quyết định của cấp uỷ cấp trên, chi bộ tổ chức lễ kết nạp từng người
  một» — the ceremony comes after the decision;
- Điều 5 khoản 1: «Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai tháng, tính từ
  ngày chi bộ tổ chức lễ kết nạp» — probation (and so recognition, and «mới kết nạp chưa đủ 6
  tháng» of Quy định 366-QĐ/TW Điều 5, the admission the chi bộ carries out) runs from the
  ceremony;
- Điều 5 khoản 4: «tuổi đảng của đảng viên tính từ ngày ghi trong quyết định kết nạp» — party age
  (badges, the fee exemption at 50 years) runs from the decision.

The workbook: «Ngày vào Đảng» is the date of the admission decision (as the card and the register
Mẫu 7-HSĐV print it); «Ngày lễ kết nạp» the ceremony. A workbook without the ceremony (older ones,
or a secretary who left it blank) has one date for both clocks: `ceremony_assumed` says so, and
the checks warn where it matters. Pure functions over a member record.
"""
from __future__ import annotations

import datetime as dt


def party_age_start(member) -> dt.date | None:
    """The day party age counts from: the date of the admission decision («Ngày vào Đảng»)."""
    day = member.get("admitted")
    return day if isinstance(day, dt.date) else None


def probation_start(member) -> dt.date | None:
    """The day probation counts from: the ceremony («Ngày lễ kết nạp»), else — one date for
    both clocks, with a warning — «Ngày vào Đảng»."""
    day = member.get("ceremony")
    return day if isinstance(day, dt.date) else party_age_start(member)


def ceremony_assumed(member) -> bool:
    """True when the ceremony is blank and «Ngày vào Đảng» stands in for it."""
    return not isinstance(member.get("ceremony"), dt.date) and party_age_start(member) is not None


def ceremony_before_decision(member) -> bool:
    """The ceremony dated before the decision it carries out (Điều lệ Đảng Điều 4 khoản 3)."""
    ceremony, decision = member.get("ceremony"), party_age_start(member)
    return isinstance(ceremony, dt.date) and decision is not None and ceremony < decision
