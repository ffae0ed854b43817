"""Contexts of the membership documents: the fee list, the badge request, the resolution
proposing a probationary member's recognition. Finished Vietnamese strings, as in `context`.
"""
from __future__ import annotations

from ..figures import badges, fees, timeline
from ..rules import fee_regimes
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from . import consideration
from . import kinds
from .context import superior_committee
from .dates import document_date

n2 = vn.count
DOTS = "……"


def _rate(line: fees.FeeLine) -> str:
    if line.rate is None:
        return "–"  # a flat amount: the due column says it
    return vn.decimal(line.rate, 2) + "%"


def _cut(line: fees.FeeLine) -> str:
    if line.exempt_since:
        return f"Miễn (đủ tuổi đảng ngày {vn.date_short(line.exempt_since)})"
    if line.reduction >= 100:
        return "Miễn"
    return f"Giảm {vn.decimal(line.reduction)}%" if line.reduction else ""


def fee_list_context(book: Book) -> dict:
    """`fee`: the year's party fees month by month (sổ thu đảng phí), with the totals that the
    annual report prints (both from `fees.fees`), under the rules of its months (`basis`:
    Quyết định 342-QĐ/TW until 01/2026, Quy định 01-QĐ/TW from 02/2026)."""
    year = book.info["year"]
    fee = fees.fees(book)
    months = []
    for month in range(1, 13):
        lines = [x for x in fee.lines if x.record["month"] == month]
        if not lines:
            continue
        rows = [{"stt": str(i), "name": x.member["name"] if x.member else x.record["name"],
                 "kind": x.record["kind"] or "", "base": vn.thousands(round(x.record["base"] or 0))
                 if x.rate is not None else "", "rate": _rate(x), "cut": _cut(x),
                 "due": vn.thousands(x.due),
                 "paid": vn.thousands(x.paid) if x.paid else "Chưa nộp" if x.due else ""}
                for i, x in enumerate(sorted(lines, key=lambda x: vn.name_key(
                    x.record["name"])), start=1)]
        due, paid = sum(x.due for x in lines), sum(x.paid for x in lines)
        missing = fees.uncovered(book).get(month, [])
        months.append({"title": f"Tháng {month}/{year}", "month": f"Tháng {month}",
                       "num": str(month), "missing_count": n2(len(missing)),
                       "missing": ", ".join(f"đồng chí {name}" for name in missing),
                       "lines": rows, "due": vn.thousands(due), "paid": vn.thousands(paid),
                       "members": n2(len(rows))})
    return {"fee": {
        "basis": fee_regimes.basis(year) if year else "(Theo chế độ đảng phí hiện hành)",
        "months": months, "due": vn.money(fee.due), "paid": vn.money(fee.paid),
        "kept": vn.money(fee.kept), "sent": vn.money(fee.sent),
        "keep_rate": vn.decimal(fee.keep_rate) + "%",
        # months with no row at all: the year's total is only of the months listed
        "unlisted": fees.month_list(fees.unlisted_months(book, timeline.as_of_day(book))),
        "unpaid": [f"Đồng chí {name}: chưa nộp tháng "
                   + ", ".join(str(m) for m in sorted({x.record["month"] for x in lines}))
                   for name, lines in fee.unpaid.items()],
    }}


def _badge_note(x: badges.Milestone) -> str:
    """The request's note on a milestone: months out, early or posthumous, a discipline."""
    out = x.member["out_months"] or 0
    notes = [f"Trừ {out} tháng không tính tuổi đảng" if out else "",
             f"Từ trần ngày {vn.date_short(x.died)}: đề nghị truy tặng" if x.kind == badges.POSTHUMOUS
             and x.died else "Từ trần: đề nghị truy tặng" if x.kind == badges.POSTHUMOUS else "",
             "Bệnh nặng: đề nghị tặng sớm" if x.kind == badges.EARLY else "",
             f"Kỷ luật {x.discipline.lower()} ngày {vn.date_short(x.discipline_day)}: xét tặng từ "
             f"ngày {vn.date_short(x.resume)}" if x.discipline and x.resume else ""]
    return "; ".join(n for n in notes if n)


def badge_context(book: Book) -> dict | None:
    """`hh`: the members proposed for a Huy hiệu Đảng in the year (`figures.badges.proposed`:
    reaching a milestone, early for serious illness, posthumously; those a discipline defers
    past the year left out), for the tờ trình to the đảng ủy; None when nobody is."""
    found = badges.proposed(book)
    if not found:
        return None
    rows = []
    for i, x in enumerate(found, start=1):
        m = x.member
        rows.append({"stt": str(i), "name": m["name"], "dob": vn.date_short(m["dob"]),
                     "card": m["card"] or "",
                     "admitted": vn.date_short(m["admitted"]),
                     "official": vn.date_short(m["official_date"]),
                     "badge": f"{x.years} năm", "day": vn.date_short(x.day),
                     "note": _badge_note(x)})
    plain = all(not x.kind for x in found)
    year = book.info["year"]
    # dated no later than the day its members reach their milestone, or saying it is late
    late = badges.late(found, document_date(book, kinds.kind("to_trinh_huy_hieu")))
    return {"hh": {"rows": rows, "count": n2(len(rows)),
                   "late": ("Tờ trình lập sau ngày đủ tuổi đảng của " + "; ".join(
                       f"đồng chí {x.name} ({x.years} năm, ngày {vn.date_short(x.day)})"
                       for x in late) + ": chi bộ đề nghị muộn, kính mong cấp trên xem xét.")
                   if late else "",
                   "recipient": superior_committee(book.info["superior"] or "") or DOTS,
                   "years": ", ".join(dict.fromkeys(f"{x.years}" for x in found)),
                   "whom": (f"đảng viên đủ tuổi đảng trong năm {year}" if plain else
                            f"đảng viên đủ tuổi đảng, đề nghị tặng sớm hoặc truy tặng năm {year}"),
                   "verb": "tặng" if all(x.kind != badges.POSTHUMOUS for x in found)
                   else "tặng, truy tặng"}}


def recognition_contexts(book: Book) -> list[tuple[str, dict]]:
    """(member name, context) of each resolution proposing recognition (Mẫu 13-KNĐ): see
    `consideration.recognition_contexts`, which also gives the meeting's day."""
    return [(c.name, data) for c, data in consideration.recognition_contexts(book)]
