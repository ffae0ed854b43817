"""The computed sentences of the year (`s` in the templates): membership, movements, ratings,
the cap, meetings, supervision, development, fees, probation and badges, each a finished
Vietnamese sentence or "" where the workbook has no data for it.

Taken from the book as the document sees it (`timeline.on`): a document dated within the year
says "từ đầu năm đến ngày …" and counts only what happened by then.
"""
from __future__ import annotations

import datetime as dt
import re

from ..figures import badges, fees, tally, timeline
from ..rules import cell_rating, rulebook
from ..rules.rating import cap_groups, cap_verdicts
from ..workbook import schema
from ..workbook import vnformat as vn
from ..workbook.memo import per_day
from ..workbook.tables import Book

n2 = vn.count


def _count_list(counter: dict, order) -> str:
    return ", ".join(f"{n2(counter[k])} {k.lower()}" for k in order if counter.get(k))


@per_day
def sentences(book: Book) -> dict:
    """Every computed sentence (`s` in the templates); "" where the data is absent."""
    year = book.info["year"]
    mem = tally.membership(book)
    rat = tally.ratings(book)
    mt = tally.meetings(book)
    seen = timeline.as_of_day(book)
    until = vn.date_short(seen) if seen and seen < dt.date(year, 12, 31) else ""
    s = dict.fromkeys(("members_profile", "movement", "residence", "ratings", "self_ratings",
                       "commend",
                       "manifest", "meetings", "supervision", "development", "fees",
                       "not_rated", "cap", "probation", "badges", "cell_level",
                       "unit_level", "unit_basis"), "")
    s["cell_level"] = cell_level_sentence(book)
    if mem.end:
        parts = [f"Chi bộ có {n2(mem.end)} đảng viên ({n2(mem.official)} chính thức, "
                 f"{n2(mem.probationary)} dự bị)"]
        if mem.women:
            parts.append(f"{n2(mem.women)} nữ")
        if mem.minority:
            parts.append(f"{n2(mem.minority)} dân tộc thiểu số")
        edu = _count_list(mem.education, schema.MEMBERS.column("education").choices)
        if edu:
            parts.append("trình độ chuyên môn: " + edu)
        theory = _count_list(mem.theory, schema.MEMBERS.column("theory").choices[:-1])
        if theory:
            parts.append("lý luận chính trị: " + theory)
        s["members_profile"] = "; ".join(parts) + "."
        moves = [f"chuyển đến {n2(len(mem.moved_in))}" if mem.moved_in else "",
                 f"kết nạp mới {n2(len(mem.admitted))}" if mem.admitted else ""]
        moves += [f"{k.lower()} {n2(len(v))}" for k, v in mem.left.items()]
        moves = [m for m in moves if m]
        if until:  # a document dated within the year says what was true on its date
            s["movement"] = (f"Đầu năm {year} chi bộ có {n2(mem.start)} đảng viên; "
                             + (f"từ đầu năm đến ngày {until}, {', '.join(moves)}; hiện có "
                                if moves else f"đến ngày {until} có ")
                             + f"{n2(mem.end)} đảng viên.")
        else:
            s["movement"] = (f"Đầu năm {year} chi bộ có {n2(mem.start)} đảng viên"
                             + (f"; trong năm {', '.join(moves)}" if moves else "")
                             + f"; cuối năm có {n2(mem.end)} đảng viên.")
    if rat.all_decided:   # results only where the chi bộ voted: never the members' own levels
        s["ratings"] = (f"{rat.good_or_better}/{rat.total} đảng viên xếp loại hoàn thành tốt "
                        f"nhiệm vụ trở lên (đạt {vn.percent(rat.good_or_better, rat.total)})"
                        + (f", trong đó {n2(rat.counts[rulebook.HTXS])} đồng chí hoàn thành xuất "
                           "sắc nhiệm vụ" if rat.counts[rulebook.HTXS] else "") + ".")
        s["cap"] = cap_sentence(book, rat)
    elif rat.rated and any(rat.self_counts.values()):
        s["self_ratings"] = ("Đảng viên tự đánh giá, xếp loại: " + ", ".join(
            f"{n2(n)} {level[0].lower()}{level[1:]}" for level, n in rat.self_counts.items() if n)
            + (" (chi bộ chưa biểu quyết)." if not rat.total else
               f" (chưa có kết quả biểu quyết của {n2(len(rat.undecided))} đồng chí)."))
    if rat.residence_total:
        s["residence"] = (f"Cuối năm {year}, có {rat.residence_good}/{rat.residence_total} đảng "
                          "viên được đánh giá nơi cư trú loại tốt.")
    if rat.commend:
        s["commend"] = f"{n2(len(rat.commend))} đảng viên được đề nghị khen thưởng."
    if rat.not_rated:
        s["not_rated"] = (f"{n2(len(rat.not_rated))} đảng viên không xếp loại: "
                          + "; ".join(f"đồng chí {n} ({w.lower()})" for n, w in rat.not_rated)
                          + ".")
    found, remedied, left = tally.manifestations(book)
    if found:
        s["manifest"] = (f"Qua tự phê bình và phê bình theo Nghị quyết Trung ương 4, chi bộ nhận "
                         f"diện {n2(found)} biểu hiện suy thoái, đã khắc phục {n2(remedied)}, "
                         f"còn {n2(len(left))} biểu hiện" + (":" if left else "."))
    if mt.rows:
        s["meetings"] = ((f"Từ đầu năm đến ngày {until}" if until else "Trong năm")
                         + f", chi bộ tổ chức {n2(mt.regular)} buổi sinh hoạt thường kỳ và "
                         f"{n2(mt.thematic)} chuyên đề; tỷ lệ đảng viên dự sinh hoạt bình quân "
                         f"đạt {vn.percent(mt.present, mt.summoned)}.")
    school, level = book.info["school"], book.info["unit_level"]
    if level:   # the unit is rated first; its level is a basis of the cell's (QĐ 366 Điều 3, 12)
        s["unit_level"] = f"{school or 'Nhà trường'} được xếp loại chất lượng năm {year}: {level}."
        s["unit_basis"] = (f"Căn cứ kết quả xếp loại chất lượng năm {year} của "
                           f"{school or 'nhà trường'}: {level}.")
    watched, inspected = tally.supervised(book), tally.inspected(book)
    parts = [f"kiểm tra {n2(len(inspected))} đảng viên"] if inspected else []
    if watched and mem.end:
        parts.append(f"giám sát {n2(len(watched))} đảng viên "
                     f"({vn.percent(len(watched), mem.end)})")
    if parts:
        s["supervision"] = "Chi bộ " + "; ".join(parts) + "."
    dev = [r for r in book.rows("development") if r["name"]]
    new = tally.admitted_in_year(book)
    trained = [r for r in dev if r["class_date"] and r["class_date"].year == year]
    if dev:
        parts = []
        if new:
            parts.append(f"kết nạp {n2(len(new))} đảng viên mới ("
                         + "; ".join(f"đồng chí {r['name']}, tháng {r['admitted'].month}/"
                                     f"{r['admitted'].year}" for r in new) + ")")
        if trained:
            parts.append(f"có {n2(len(trained))} quần chúng ưu tú được học lớp nhận thức về Đảng")
        s["development"] = ("Trong năm, chi bộ " + "; ".join(parts) + ".") if parts else ""
    if book.rows("fees"):
        fee = fees.fees(book)
        s["fees"] = (f"Thu đảng phí {vn.money(fee.paid)}"
                     + (f" (phải thu {vn.money(fee.due)})" if fee.due != fee.paid else "")
                     + f"; trích giữ lại tại chi bộ {vn.money(fee.kept)} "
                     f"({vn.decimal(fee.keep_rate)}%), nộp cấp trên {vn.money(fee.sent)}.")
        s["fees"] += fee_gaps(book, seen)
    due = tally.probation_ending_in_year(book)
    if due:
        s["probation"] = ("Đảng viên dự bị hết 12 tháng dự bị trong năm, chi bộ xét công nhận "
                          "đảng viên chính thức: " + "; ".join(
                              f"đồng chí {p.name} (hết dự bị ngày {vn.date_short(p.end)}; "
                              + (f"đã công nhận chính thức ngày "
                                 f"{vn.date_short(p.member['official_date'])})"
                                 if p.member["official_date"] else
                                 f"xét chậm nhất ngày {vn.date_short(p.deadline)})")
                              for p in due) + ".")
    s["badges"] = badge_sentence(book)
    return s


def _badge_of(x: badges.Milestone) -> str:
    why = ("đề nghị truy tặng" if x.kind == badges.POSTHUMOUS else
           "bệnh nặng, đề nghị tặng sớm" if x.kind == badges.EARLY else "")
    died = f"từ trần ngày {vn.date_short(x.died)}, " if x.died else ""
    return (f"đồng chí {x.name} (Huy hiệu {x.years} năm tuổi đảng, đủ ngày {vn.date_short(x.day)}"
            + (f"; {died}{why}" if why else "")
            + (f"; kỷ luật {x.discipline.lower()}, xét tặng từ ngày {vn.date_short(x.resume)}"
               if x.discipline and x.resume else "") + ")")


def badge_sentence(book: Book) -> str:
    """The year's Huy hiệu Đảng as the annual report tells it (`figures.badges`): those proposed
    (reaching the milestone, early for serious illness, posthumously), then those deferred by a
    discipline (the guidance on the Charter: «chưa xét tặng» until the months after the
    decision, `rules.badges`); "" when nobody is considered."""
    year = book.info["year"]
    found = badges.milestones(book)
    given = [x for x in found if not x.deferred]
    text = ""
    if given:
        plain = all(not x.kind for x in given)
        text = (f"Năm {year}, {n2(len(given))} đảng viên "
                + ("đủ tuổi đảng được đề nghị tặng" if plain else "được đề nghị tặng, truy tặng")
                + " Huy hiệu Đảng: " + "; ".join(_badge_of(x) for x in given) + ".")
    held = [x for x in found if x.deferred]
    if held:
        text += (" " if text else "") + "Chưa xét tặng Huy hiệu Đảng do bị kỷ luật: " + "; ".join(
            f"đồng chí {x.name} (Huy hiệu {x.years} năm tuổi đảng, kỷ luật {x.discipline.lower()}"
            + (f" ngày {vn.date_short(x.discipline_day)}, xét lại từ ngày "
               f"{vn.date_short(x.resume)})" if x.resume else ")") for x in held) + "."
    return text


def superior_committee(superior: str) -> str:
    """"Đảng bộ xã Định An" → "Đảng ủy xã Định An" (the body a report is sent to)."""
    return re.sub(r"^Đảng bộ", "Đảng ủy", superior or "", flags=re.IGNORECASE)


def cell_level_sentence(book: Book, day: dt.date | None = None) -> str:
    """The cell's level as the annual report tells it: the level the competent body decided
    (the official one, Quy định 366-QĐ/TW Điều 12; who decides: Hướng dẫn 43-HD/BTCTW §3,
    `cell_rating.decider`) when it is known on `day` (the report's date; the book's own day
    when None: `timeline.on` already hides it), else the cell's own proposal said as a
    proposal; "" when neither is typed."""
    info = book.info
    year = info["year"]
    decided, proposed = info["cell_decided"], info["cell_level"]
    when = info["cell_decided_date"] or info["review_date"]
    if day is not None and when is not None and day < when:
        decided = None
    if decided:
        who = cell_rating.decider(info["cell_type"], superior_committee(info["superior"]))
        return (f"Năm {year}, chi bộ được {who} xếp loại «{decided}»"
                + (f" (chi bộ tự xếp loại «{proposed}»)" if proposed and proposed != decided
                   else "") + ".")
    if proposed:
        return (f"Năm {year}, chi bộ tự đánh giá, đề xuất xếp loại «{proposed}», đề nghị cấp có "
                "thẩm quyền xem xét, quyết định.")
    return ""


def cell_tasks(info) -> list[str]:
    """The cell's own task figures as Mẫu 01's appendix prints them («Phụ lục về kết quả thực
    hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể», Hướng dẫn 43-HD/BTCTW,
    Mẫu 01): the share of tasks done, on time and exceeded (Quy định 366-QĐ/TW Điều 11's terms
    for a collective) and the shortcomings of the last review remedied; [] when none is typed."""
    def pct(value) -> str:
        return f"{vn.decimal(value)}%"

    done = [f"hoàn thành {pct(100 - info['cell_fail_rate'])} nhiệm vụ được giao"
            if info["cell_fail_rate"] is not None else "",
            f"{pct(info['cell_on_time_rate'])} nhiệm vụ hoàn thành đúng hạn"
            if info["cell_on_time_rate"] is not None else "",
            f"{pct(info['cell_over_rate'])} nhiệm vụ hoàn thành vượt mức yêu cầu"
            if info["cell_over_rate"] is not None else ""]
    done = [d for d in done if d]
    out = ["Chi bộ " + "; ".join(done) + "."] if done else []
    remedied = {schema.REMEDIED[0]: "Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước: đã "
                                    "khắc phục hết.",
                schema.REMEDIED[1]: "Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước: chưa "
                                    "khắc phục hết.",
                schema.REMEDIED[2]: "Kỳ kiểm điểm trước không chỉ ra hạn chế, khuyết điểm cần "
                                    "khắc phục."}.get(info["cell_remedied"])
    return out + ([remedied] if remedied else [])


def fee_gaps(book: Book, day: dt.date | None) -> str:
    """The sentence «Danh sách thu đảng phí chưa ghi …: số tiền trên chỉ tính …» naming the
    members of a month and the months (through `day`'s) the list leaves out, so its total is not
    taken for the cell's year; "" when it leaves out nobody."""
    people, months = fees.uncovered(book), fees.unlisted_months(book, day)
    if not people and not months:
        return ""
    parts = []
    if people:
        parts.append("chưa ghi đủ đảng viên của chi bộ (" + "; ".join(
            f"tháng {m}: chưa ghi {n2(len(names))} đồng chí" for m, names in people.items()) + ")")
    if months:
        parts.append(f"chưa ghi {fees.month_list(months)}")
    what = {(True, False): "những người đã ghi", (False, True): "các tháng đã ghi",
            (True, True): "những người, những tháng đã ghi"}[bool(people), bool(months)]
    return f" Danh sách thu đảng phí {' và '.join(parts)}: số tiền trên chỉ tính {what}."


def cap_sentence(book: Book, rat: tally.Ratings) -> str:
    """The cap as the cell's check and the đảng ủy's summary judge it: by group (`cap_groups`)."""
    x, t = rat.counts[rulebook.HTXS], rat.counts[rulebook.HTT]
    if not (x or t):
        return ""
    rate = vn.decimal(rat.cap_rate)
    verdicts = cap_verdicts(cap_groups(book), rat.cap_rate)
    over = [row for row in verdicts if row["exceeded"]]
    small = [row for row in verdicts if row["small"]]
    text = (f"Số đảng viên hoàn thành xuất sắc nhiệm vụ là {n2(x)}, bằng {vn.percent(x, t)} số "
            "đảng viên hoàn thành tốt nhiệm vụ")
    if not (over or small):
        grouped = any(g in ("leader", "other") for g in _judged_groups(book))
        return text + (f" (không vượt quá {rate}% theo quy định"
                       + (", trong từng nhóm đối tượng tương đồng" if grouped else "") + ").")

    def lower(label: str) -> str:
        return label[0].lower() + label[1:]

    if over:
        text += f"; vượt tỷ lệ {rate}% trong nhóm: " + "; ".join(
            f"{lower(row['label'])} có {n2(row['htxs'])} hoàn thành xuất sắc so với "
            f"{n2(row['htt'])} hoàn thành tốt (tối đa {n2(row['limit'])}, vượt {n2(row['over'])})"
            for row in over)
    if small:
        # Quy định 366 Điều 11: the rate is applied across the deciding committee's scope
        text += "; " + "; ".join(
            f"{lower(row['label'])} có {n2(row['htxs'])} hoàn thành xuất sắc so với "
            f"{n2(row['htt'])} hoàn thành tốt" for row in small) + (
            f", nhóm quá nhỏ để tính tỷ lệ {rate}% riêng ở chi bộ")
    return text + ". Đề nghị cấp có thẩm quyền xem xét, quyết định."


def _judged_groups(book: Book) -> list[str]:
    return [g for g, counts in cap_groups(book).items() if any(counts.values())]
