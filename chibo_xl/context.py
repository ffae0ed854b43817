"""Figures → the ready-to-print context of each template (docs/template-context.md).

Every value handed to a template is a finished Vietnamese string or a list of them: templates
never compute, so a secretary editing one in Word cannot break a figure.
"""
from __future__ import annotations

import datetime as dt
import re

from . import fees, figures, kinds, rules, schema, terms, timeline
from . import vnformat as vn
from .memo import per_book
from .rating_checks import (VOTE_FOR_LEVEL, cap_groups, cap_verdicts, exclusion, final_level, join,
                            voters)
from .tables import Book

n2 = vn.count
TICKED, UNTICKED = "☒", "☐"
LEVEL_TICK_KEYS = dict(zip(schema.LEVELS, ("htxs", "htt", "ht", "kht")))


def ticks(level: str | None) -> dict:
    """{"htxs": "☒", "htt": "☐", …} for the four tick boxes of a form."""
    return {key: TICKED if level == lvl else UNTICKED for lvl, key in LEVEL_TICK_KEYS.items()}


def book_next_term(info) -> str:
    """The next term: typed in Thông tin chung, else by the Party's rule (`terms.next_term`)."""
    return info["next_term"] or terms.next_term(info["term"], info["five_year_term"] == schema.YES)


def superior_committee(superior: str) -> str:
    """"Đảng bộ xã Định An" → "Đảng ủy xã Định An" (the body a report is sent to)."""
    return re.sub(r"^Đảng bộ", "Đảng ủy", superior or "", flags=re.IGNORECASE)


def document_meta(book: Book, doc_key: str) -> dict:
    """Number, date, recipients and signer of one document kind, from the Văn bản sheet."""
    declared = kinds.kind(doc_key)
    row = next((r for r in book.rows("documents") if declared.label
                and r["doc_type"] == declared.label), None)
    return {"abbr": declared.abbr, "number": row["number"] if row else None,
            "date": row["date"] if row else None,
            "recipients": row["recipients"] if row else None,
            "signer": row["signer"] if row else None}


def number_text(doc_key: str, number: int) -> str:
    """"Số 05-NQ/CB": a document's number and type abbreviation (Hướng dẫn 36-HD/VPTW)."""
    return f"Số {n2(number)}-{kinds.kind(doc_key).abbr}/CB"


def blank_number(doc_key: str) -> str:
    """"Số      -BB/CB": the number left for hand filling."""
    return f"Số      -{kinds.kind(doc_key).abbr}/CB"


def common(book: Book, doc_key: str, day: dt.date | None = None) -> dict:
    """The header, date line, signature block, recipients and names shared by every document."""
    info = book.info
    meta = document_meta(book, doc_key)
    year = info["year"]
    superior, cell_name = info["superior"] or "", info["cell_name"] or ""
    number = meta["number"]
    doc_number = number_text(doc_key, number) if number else blank_number(doc_key)
    signer = meta["signer"] or info["secretary"] or ""
    title = "PHÓ BÍ THƯ" if signer and signer == info["deputy"] else "BÍ THƯ"
    lines = [line.strip(" -;.") for line in (meta["recipients"] or "").split("\n") if line.strip()]
    if not lines:
        lines = [superior_committee(superior)] if superior else []
    if not any(line.casefold().startswith("lưu") for line in lines):
        lines.append("Lưu Chi bộ")
    recipients = [f"- {line};" for line in lines[:-1]] + [f"- {lines[-1]}."]
    return {
        "hdr_superior": vn.upper(superior), "hdr_cell": vn.upper(cell_name),
        "doc_number": doc_number,
        "date_line": vn.date_line(info["place"] or "", day or meta["date"] or info["sign_date"]),
        "sign_for": "T/M CHI ỦY" if figures.has_committee(book) else "T/M CHI BỘ",
        "sign_title": title, "sign_name": signer, "recipients": recipients,
        "year": str(year), "next_year": str(year + 1), "prev_year": str(year - 1),
        "cell_name": cell_name, "school": info["school"] or "", "superior": superior,
        "place": info["place"] or "", "term": info["term"] or "",
        "next_term": book_next_term(info),
        "basis": rules.period_for(year).basis,
    }


def plan_bases(book: Book) -> list[str]:
    """The "Căn cứ" lines of the year's plan: the Party's Charter, the resolution of the cell's
    congress for its term (when the term is given) and the superior committee's plan (when
    given) — what a plan rests on (seed 003), never the plan itself nor the review's rules."""
    info = book.info
    lines = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam"]
    if info["term"]:
        lines.append(f"Căn cứ Nghị quyết Đại hội {info['cell_name'] or 'chi bộ'} nhiệm kỳ "
                     f"{info['term']}")
    if info["superior_plan"]:
        lines.append(f"Căn cứ {info['superior_plan'].strip().rstrip(';,.')}")
    return [line + (";" if i < len(lines) - 1 else ",") for i, line in enumerate(lines)]


@per_book
def narrative(book: Book) -> dict:
    """Narrative section key → its paragraphs, in sheet order (every key present)."""
    text = {key: [] for key in schema.NARRATIVE_SECTIONS.values()}
    for r in book.rows("narrative"):
        if r["section"] in schema.NARRATIVE_SECTIONS and r["text"]:
            text[schema.NARRATIVE_SECTIONS[r["section"]]].append(r["text"])
    return text


def _count_list(counter: dict, order) -> str:
    return ", ".join(f"{n2(counter[k])} {k.lower()}" for k in order if counter.get(k))


@per_book
def sentences(book: Book) -> dict:
    """Every computed sentence (`s` in the templates); "" where the data is absent."""
    year = book.info["year"]
    mem = figures.membership(book)
    rat = figures.ratings(book)
    mt = figures.meetings(book)
    seen = timeline.as_of_day(book)
    until = vn.date_short(seen) if seen and seen < dt.date(year, 12, 31) else ""
    s = dict.fromkeys(("members_profile", "movement", "residence", "ratings", "commend",
                       "manifest", "meetings", "supervision", "development", "fees",
                       "not_rated", "cap", "probation", "badges"), "")
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
    if rat.total:
        s["ratings"] = (f"{rat.good_or_better}/{rat.total} đảng viên xếp loại hoàn thành tốt "
                        f"nhiệm vụ trở lên (đạt {vn.percent(rat.good_or_better, rat.total)})"
                        + (f", trong đó {n2(rat.counts[rules.HTXS])} đồng chí hoàn thành xuất "
                           "sắc nhiệm vụ" if rat.counts[rules.HTXS] else "") + ".")
        s["cap"] = cap_sentence(book, rat)
    if rat.residence_total:
        s["residence"] = (f"Cuối năm {year}, có {rat.residence_good}/{rat.residence_total} đảng "
                          "viên được đánh giá nơi cư trú loại tốt.")
    if rat.commend:
        s["commend"] = f"{n2(len(rat.commend))} đảng viên được đề nghị khen thưởng."
    if rat.not_rated:
        s["not_rated"] = (f"{n2(len(rat.not_rated))} đảng viên không xếp loại: "
                          + "; ".join(f"đồng chí {n} ({w.lower()})" for n, w in rat.not_rated)
                          + ".")
    found, remedied, left = figures.manifestations(book)
    if found:
        s["manifest"] = (f"Qua tự phê bình và phê bình theo Nghị quyết Trung ương 4, chi bộ nhận "
                         f"diện {n2(found)} biểu hiện suy thoái, đã khắc phục {n2(remedied)}, "
                         f"còn {n2(len(left))} biểu hiện" + (":" if left else "."))
    if mt.rows:
        s["meetings"] = ((f"Từ đầu năm đến ngày {until}" if until else "Trong năm")
                         + f", chi bộ tổ chức {n2(mt.regular)} buổi sinh hoạt thường kỳ và "
                         f"{n2(mt.thematic)} chuyên đề; tỷ lệ đảng viên dự sinh hoạt bình quân "
                         f"đạt {vn.percent(mt.present, mt.summoned)}.")
    watched = figures.supervised(book)
    if watched and mem.end:
        s["supervision"] = (f"Chi bộ giám sát {n2(len(watched))} đảng viên "
                            f"({vn.percent(len(watched), mem.end)}).")
    dev = [r for r in book.rows("development") if r["name"]]
    new = figures.admitted_in_year(book)
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
    due = figures.probation_ending_in_year(book)
    if due:
        s["probation"] = ("Đảng viên dự bị hết 12 tháng dự bị trong năm, chi bộ xét công nhận "
                          "đảng viên chính thức: " + "; ".join(
                              f"đồng chí {p.name} (hết dự bị ngày {vn.date_short(p.end)}; "
                              + (f"đã công nhận chính thức ngày "
                                 f"{vn.date_short(p.member['official_date'])})"
                                 if p.member["official_date"] else
                                 f"xét chậm nhất ngày {vn.date_short(p.deadline)})")
                              for p in due) + ".")
    badges = figures.milestones(book)
    if badges:
        s["badges"] = (f"Năm {year}, {n2(len(badges))} đảng viên đủ tuổi đảng được đề nghị tặng "
                       "Huy hiệu Đảng: " + "; ".join(
                           f"đồng chí {x.name} (Huy hiệu {x.years} năm tuổi đảng, đủ ngày "
                           f"{vn.date_short(x.day)})" for x in badges) + ".")
    return s


def cap_sentence(book: Book, rat: figures.Ratings) -> str:
    """The cap as the cell's check and the đảng ủy's summary judge it: by group (`cap_groups`)."""
    x, t = rat.counts[rules.HTXS], rat.counts[rules.HTT]
    if not (x or t):
        return ""
    rate = vn.decimal(rat.cap_rate)
    over = [row for row in cap_verdicts(cap_groups(book), rat.cap_rate) if row["exceeded"]]
    text = (f"Số đảng viên hoàn thành xuất sắc nhiệm vụ là {n2(x)}, bằng {vn.percent(x, t)} số "
            "đảng viên hoàn thành tốt nhiệm vụ")
    if not over:
        grouped = any(g in ("leader", "other") for g in _judged_groups(book))
        return text + (f" (không vượt quá {rate}% theo quy định"
                       + (", trong từng nhóm đối tượng tương đồng" if grouped else "") + ").")
    parts = [f"{row['label'][0].lower()}{row['label'][1:]} có {n2(row['htxs'])} hoàn thành xuất "
             f"sắc so với {n2(row['htt'])} hoàn thành tốt (tối đa {n2(row['limit'])}, vượt "
             f"{n2(row['over'])})" for row in over]
    return (text + f"; vượt tỷ lệ {rate}% trong nhóm: " + "; ".join(parts)
            + ". Đề nghị cấp có thẩm quyền xem xét, quyết định.")


def _judged_groups(book: Book) -> list[str]:
    return [g for g, counts in cap_groups(book).items() if any(counts.values())]


def distribution(counts: dict) -> list[dict]:
    """`dist`: number and share of each level, then "Tổng cộng" (level → count in, rows out)."""
    total = sum(counts.values())
    rows = [{"level": level, "count": n2(n), "pct": vn.percent(n, total)}
            for level, n in counts.items()]
    rows.append({"level": "Tổng cộng", "count": n2(total), "pct": "100%" if total else "0%"})
    return rows


def _rows(records, **columns):
    return [{"stt": str(i), **{k: fn(r) for k, fn in columns.items()}}
            for i, r in enumerate(records, start=1)]


def year_context(book: Book) -> dict:
    """Everything the annual report, the plan and the term report print."""
    text, s = narrative(book), sentences(book)

    def fmt(rng, unit=None):
        if rng is None:
            return ""
        low, high = rng
        suffix = "%" if unit == "%" else f" {unit}" if unit and unit != "khác" else ""
        body = vn.decimal(low, 2) if low == high else f"{vn.decimal(low, 2)}-{vn.decimal(high, 2)}"
        return body + suffix

    indicators = [{"stt": str(i), "area": r["area"] or "", "name": r["name"],
                   "target": fmt(r["target"], r["unit"]), "result": fmt(r["result"], r["unit"]),
                   "verdict": v} for i, (r, v) in enumerate(figures.indicators(book), start=1)]
    targets = _rows([r for r in book.rows("indicators") if r["target"]],
                    area=lambda r: r["area"] or "", name=lambda r: r["name"],
                    target=lambda r: fmt(r["target"], r["unit"]))
    next_targets = _rows([r for r in book.rows("indicators") if r["next_target"]],
                         area=lambda r: r["area"] or "", name=lambda r: r["name"],
                         target=lambda r: fmt(r["next_target"], r["unit"]))
    achievements = _rows(book.rows("achievements"), subject=lambda r: r["subject"] or "",
                         name=lambda r: r["name"] or "", title=lambda r: r["title"] or "",
                         level=lambda r: r["level"] or "", count=lambda r: n2(r["count"] or 1))
    months = []
    for month in range(1, 13):
        rows = [r for r in book.rows("plan") if r["month"] == month]
        if rows:
            months.append({"month": f"Tháng {month}",
                           "activities": "\n".join(f"- {r['activity']}" for r in rows),
                           "owner": "\n".join(dict.fromkeys(r["owner"] for r in rows
                                                            if r["owner"]))})
    return {"text": text, "s": s, "indicators": indicators,
            "targets": targets, "next_targets": next_targets, "achievements": achievements,
            "months": months, "manifest_left": figures.manifestations(book)[2]}


def committee_lines(text: str | None) -> list[dict]:
    """The counting committee, one member a line: the first is its head (Trưởng ban).

    A line may already carry the post ("Lê Thị Hoa – Chi ủy viên"): the name is what precedes
    the dash or comma. Each member signs the vote-count record.
    """
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    out = []
    for i, line in enumerate(lines):
        name = re.split(r"\s[–-]\s|,", line)[0].strip()
        role = "Trưởng ban" if i == 0 else "Thành viên"
        out.append({"stt": str(i + 1), "name": name, "line": line, "role": role,
                    "text": f"{i + 1}. Đồng chí {line} – {role}" + (";" if i + 1 < len(lines)
                                                                    else ".")})
    return out


def vote_row(counts: list[int | None], whole: int) -> dict:
    """Counts and shares of the four levels over `whole`, shares by the largest remainder."""
    known = [c or 0 for c in counts]
    shares = rules.shares(known, whole)
    row = {}
    for short, count, share in zip("xthk", counts, shares):
        row[f"{short}_n"] = n2(count) if count is not None else ""
        row[f"{short}_pct"] = (vn.decimal(share) + "%") if count is not None and whole else ""
    return row


def review_context(book: Book) -> dict:
    """What Mẫu 01, the ballot, the vote count and the meeting account print.

    Ballots, majorities and percentages are over the official members present (`voters`):
    probationary members attend and speak but do not vote (Điều lệ Đảng).
    """
    info = book.info
    rat = figures.ratings(book)
    mem = figures.membership(book)
    s = sentences(book)
    joined = join(book)
    vote = voters(book)
    present = vote.present or 0
    official = vote.official if vote.official is not None else present

    def score(v):
        return vn.decimal(v) if v is not None else "……"

    ratings = []
    for i, r in enumerate(rat.rated, start=1):
        member = joined.get(r.row)
        post = (member["party_post"] if member and member["party_post"] not in (None, "Đảng viên")
                else member["job"] if member else "") or ""
        total_score = (r["score_common"] + r["score_task"]
                       if r["score_common"] is not None and r["score_task"] is not None else None)
        ratings.append({"stt": str(i), "name": r["name"], "post": post,
                        "score": vn.decimal(total_score) if total_score is not None else "",
                        "self_level": r["self_level"] or "", "cell_level": final_level(r) or "",
                        "note": r["note"] or ""})
    dist = distribution(rat.counts)
    votes = []
    for i, r in enumerate(rat.rated, start=1):
        votes.append({"stt": str(i), "name": r["name"], "result": final_level(r) or "",
                      **vote_row([r[key] for key in VOTE_FOR_LEVEL.values()], official)})
    committee = committee_lines(info["counting_committee"])
    issued = info["ballots_issued"] if info["ballots_issued"] is not None else official
    returned = info["ballots_returned"] if info["ballots_returned"] is not None else issued
    valid = info["ballots_valid"] if info["ballots_valid"] is not None else returned
    called = len([m for m in mem.current if m["exempt"] != schema.YES])
    common_score, task_score = info["cell_score_common"], info["cell_score_task"]
    cell_votes = info["cell_level_votes"]
    cell_vote = (f" với số phiếu đạt {vn.percent(cell_votes, official)} ({n2(cell_votes)}/"
                 f"{n2(official)} đảng viên chính thức dự họp)"
                 if cell_votes is not None and official else "")
    probationary = (f", trong đó {n2(official)} đảng viên chính thức có quyền biểu quyết và "
                    f"{n2(vote.probationary)} đảng viên dự bị (không biểu quyết)"
                    if vote.probationary else "")
    commend = [{"stt": str(i), "name": n, "proposal": p}
               for i, (n, p) in enumerate(rat.commend, start=1)]
    return {
        "cell_score": {"common": score(common_score), "task": score(task_score),
                       "total": score(common_score + task_score) if common_score is not None
                       and task_score is not None else "……"},
        "cell_level": info["cell_level"] or "", "tick": ticks(info["cell_level"]),
        "cell_vote": cell_vote,
        "ratings": ratings, "dist": dist, "s": s,
        "commend": commend, "commend_count": n2(len(commend)),
        "commend_names": ", ".join(f"đồng chí {c['name']}" for c in commend),
        "ballot": [{"stt": str(i), "name": r["name"], "self_level": r["self_level"] or ""}
                   for i, r in enumerate(rat.rated, start=1)],
        "votes": votes,
        "kp": {"called": n2(called), "present": n2(present),
               "absent": n2(max(called - present, 0)), "official": n2(official),
               "probationary": n2(vote.probationary), "present_detail": probationary,
               "issued": n2(issued), "returned": n2(returned), "valid": n2(valid),
               "invalid": n2(max(returned - valid, 0)),
               "committee": [c["text"] for c in committee], "members": committee,
               "head": committee[0]["name"] if committee else ""},
        "rated": n2(len(rat.rated)),
        "meeting_date": vn.date_words(info["review_date"]) if info["review_date"] else
        "ngày …… tháng …… năm ……",
        "m": {"total": n2(mem.end), "official": n2(mem.official),
              "probationary": n2(mem.probationary), "committee": n2(mem.committee)},
        "chair": info["secretary"] or "", "clerk": info["review_clerk"] or "",
        "guests": info["review_guests"] or "",
    }


def member_forms(book: Book) -> list[tuple[str, str, dict]]:
    """(template, member name, `mb`+`tick`+`form` context) for every member to be rated.

    The form is the year's (rules.PERIODS): its code ("02A") names the file ("02A - Tên"); the
    template is that period's edition of it, which prints the code ("Mẫu 02A-HD KĐ.ĐG 2025")."""
    info = book.info
    year = info["year"]
    forms = rules.period_for(year).forms
    joined = join(book)
    by_member = {id(joined[r.row]): r for r in book.rows("ratings") if r.row in joined}
    out = []
    for m in figures.membership(book).current:
        if not m["name"] or exclusion(m, info["review_date"]):
            continue
        r = by_member.get(id(m))
        leader, in_system = m["leader"] == schema.YES, m["in_system"] != schema.NO
        form = rules.form_for(year, leader, in_system)
        common_score = r["score_common"] if r else None
        task_score = r["score_task"] if r else None
        both = common_score is not None and task_score is not None
        level = (r["self_level"] if r else None)
        # a member outside the political system (retired, student, private firm) works in no
        # unit of the school: the forms before 2025, which have no 02C, leave the line to fill
        unit = (info["school"] or "") if in_system else "………………………………………………"
        mb = {"name": m["name"], "dob": vn.date_short(m["dob"]), "unit": unit,
              "cell": info["cell_name"] or "", "post": m["job"] or "",
              "party_post": m["party_post"] or "",
              "score_common": vn.decimal(common_score) if common_score is not None else "……",
              "score_task": vn.decimal(task_score) if task_score is not None else "……",
              "score_total": vn.decimal(common_score + task_score) if both else "……",
              "self_level": level or "", "leader": leader,
              # Mẫu 02C (Hướng dẫn 43-HD/BTCTW) asks for the place of residence, not a workplace.
              "residence": (r["residence_place"] if r else None) or "………………………………………………"}
        out.append((forms.template(form), m["name"], {"mb": mb, "tick": ticks(level), "form": form}))
    return out


from .minutes import meeting_context  # noqa: E402  (moved; the name stays importable here)
