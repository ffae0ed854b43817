"""Figures → the ready-to-print context of each template (docs/template-context.md).

Every value handed to a template is a finished Vietnamese string or a list of them: templates
never compute, so a secretary editing one in Word cannot break a figure.
"""
from __future__ import annotations

import datetime as dt
import re

from ..figures import tally
from ..rules import rulebook, terms
from ..rules.rating import (VOTE_FOR_LEVEL, VOTE_KEYS, exclusion, join, off_meetings,
                             review_meeting, voters)
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.memo import per_book, per_year
from ..workbook.tables import Book
from . import kinds
from .dates import documents_row
from .narrative import (narrative, plan_bases, punctuated,  # noqa: F401
                        report_bases, typed_bases)
from .sentences import (cap_sentence, cell_level_sentence, cell_tasks,  # noqa: F401  (given here too)
                        sentences,
                        superior_committee)

n2 = vn.count
TICKED, UNTICKED = "☒", "☐"
LEVEL_TICK_KEYS = dict(zip(schema.LEVELS, ("htxs", "htt", "ht", "kht")))


def ticks(level: str | None) -> dict:
    """{"htxs": "☒", "htt": "☐", …} for the four tick boxes of a form."""
    return {key: TICKED if level == lvl else UNTICKED for lvl, key in LEVEL_TICK_KEYS.items()}


def book_next_term(info) -> str:
    """The next term: typed in Thông tin chung, else by the Party's rule (`terms.next_term`)."""
    return info["next_term"] or terms.next_term(info["term"], info["five_year_term"] == schema.YES,
                                                info["cell_type"] == terms.BASIC_CELL)


def document_meta(book: Book, doc_key: str) -> dict:
    """Number, date, recipients and signer of one document kind, from the Văn bản sheet."""
    declared = kinds.kind(doc_key)
    row = documents_row(book, declared)
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


def leadership(book: Book) -> dict:
    """`lead`: the words a document uses for whoever leads the cell — its chi ủy where it has
    one, else its bí thư (and phó bí thư), so no sentence of a cell without a chi ủy speaks of
    one. Điều lệ Đảng Điều 24.4: a chi bộ with fewer than 9 official members elects a bí thư and,
    if needed, a phó bí thư, not a chi ủy; Hướng dẫn 43-HD/BTCTW §1: where there is no chi ủy
    the bí thư and phó bí thư are reviewed at the chi bộ."""
    if tally.has_committee(book):
        return {"body": "chi ủy", "Body": "Chi ủy", "TEAM": "TẬP THỂ CHI ỦY", "LEADER": "CHI ỦY",
                "members": "các đồng chí chi ủy viên", "Members": "Các đồng chí chi ủy viên",
                "on_behalf": " thay mặt chi ủy",
                "directs": "Chi ủy lãnh đạo, chỉ đạo, đôn đốc"}
    both = bool(book.info["deputy"])
    posts = "Bí thư, Phó Bí thư" if both else "Bí thư"
    who = f"các đồng chí {posts}" if both else f"đồng chí {posts}"
    return {"body": "chi bộ", "Body": "Chi bộ", "TEAM": vn.upper(f"{posts} chi bộ"),
            "LEADER": vn.upper(f"{posts} chi bộ"), "members": who,
            "Members": who[0].upper() + who[1:], "on_behalf": ", Bí thư chi bộ,",
            "directs": "Đồng chí Bí thư chi bộ chỉ đạo, đôn đốc"}


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
        "date_line": vn.date_line(info["place"] or "", day or meta["date"] or (
            None if kinds.kind(doc_key).date == kinds.OWN else info["sign_date"]), year),
        "sign_for": "T/M CHI ỦY" if tally.has_committee(book) else "T/M CHI BỘ",
        "has_committee": tally.has_committee(book), "lead": leadership(book),
        "sign_title": title, "sign_name": signer, "recipients": recipients,
        "year": str(year), "next_year": str(year + 1), "prev_year": str(year - 1),
        "cell_name": cell_name, "school": info["school"] or "", "superior": superior,
        "place": info["place"] or "", "term": info["term"] or "",
        "next_term": book_next_term(info),
        "basis": rulebook.period_for(year).basis, "review_basis": review_basis(year),
    }


#: the dates of the review's texts, where a copy or a text citing them gives one: QĐ 132 by Hướng
#: dẫn 16-HD/BTCTW's opening (thuvienphapluat.vn), HD 21 by an đảng ủy's plan of 24/11/2020
#: citing it (123docz.net), HD 25 by rulebook.PERIODS' sources, QĐ 366 and HD 43 by RULES.md
#: (../notes/research-22.md); QĐ 124's date was not found and is not printed
TEXT_DATES = {"Quy định 132-QĐ/TW": "08/3/2018", "Hướng dẫn 21-HD/BTCTW": "18/10/2019",
              "Hướng dẫn 25-HD/BTCTW": "10/11/2023", "Quy định 366-QĐ/TW": "30/8/2025",
              "Hướng dẫn 43-HD/BTCTW": "31/10/2025"}


def review_basis(year: int) -> str:
    """The texts the year's review follows, as the review minutes cite them: «Quy định số
    132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị và Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 của Ban
    Tổ chức Trung ương» for 2019–2022, QĐ 124 and HD 25 for 2023–2024, QĐ 366 and HD 43 after."""
    period = rulebook.period_for(year)

    def cite(text: str, issuer: str) -> str:
        kind, number = text.rsplit(" ", 1)
        day = TEXT_DATES.get(text)
        return f"{kind} số {number}" + (f" ngày {day}" if day else "") + f" của {issuer}"

    return (cite(period.regulation, "Bộ Chính trị") + " và "
            + cite(period.guidance, "Ban Tổ chức Trung ương"))


def distribution(counts: dict | None) -> list[dict]:
    """`dist`: number and share of each level, then "Tổng cộng" (level → count in, rows out);
    with `counts` None (the chi bộ has not voted yet) the rows are blanks to fill by hand."""
    if counts is None:
        return [{"level": level, "count": cells.HAND_FILL, "pct": cells.HAND_FILL}
                for level in (*schema.LEVELS, "Tổng cộng")]
    total = sum(counts.values())
    rows = [{"level": level, "count": n2(n), "pct": vn.percent(n, total)}
            for level, n in counts.items()]
    rows.append({"level": "Tổng cộng", "count": n2(total), "pct": "100%" if total else "0%"})
    return rows


def _rows(records, **columns):
    return [{"stt": str(i), **{k: fn(r) for k, fn in columns.items()}}
            for i, r in enumerate(records, start=1)]


def year_context(book: Book, day: dt.date | None = None) -> dict:
    """Everything the annual report, the plan and the term report print; `day`: the document's
    date, when its figures are the whole year's but what was decided later must not show (the
    level the competent body decided for the cell, `cell_level_sentence`)."""
    tables = _year_tables(book)
    s = sentences(book)
    if day is not None:
        s = {**s, "cell_level": cell_level_sentence(book, day)}
    return {"text": tables["text"], "s": s, **tables}


@per_year
def _year_tables(book: Book) -> dict:
    """The parts of `year_context` from sheets no date changes (indicators, achievements, the
    monthly plan, narrative): one for every date's book."""
    text = narrative(book)

    def fmt(rng, unit=None):
        if rng is None:
            return ""
        low, high = rng
        suffix = "%" if unit == "%" else f" {unit}" if unit and unit != "khác" else ""
        body = vn.decimal(low, 2) if low == high else f"{vn.decimal(low, 2)}-{vn.decimal(high, 2)}"
        return body + suffix

    indicators = [{"stt": str(i), "area": r["area"] or "", "name": r["name"],
                   "target": fmt(r["target"], r["unit"]), "result": fmt(r["result"], r["unit"]),
                   "verdict": v} for i, (r, v) in enumerate(tally.indicators(book), start=1)]
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
    supervision = _rows([r for r in book.rows("supervision") if r["name"]],
                        name=lambda r: r["name"], form=lambda r: r["form"] or "",
                        content=lambda r: r["content"] or "", period=lambda r: r["period"] or "",
                        result=lambda r: r["result"] or "")
    return {"text": text, "indicators": indicators, "supervision": supervision,
            "report_bases": report_bases(book),
            "targets": targets, "next_targets": next_targets, "achievements": achievements,
            "months": months, "manifest_left": tally.manifestations(book)[2]}


#: a name left to write by hand
FORM_NAME = "………………………………"


def committee_lines(text: str | None) -> list[dict]:
    """The counting committee, one member a line: the first is its head (Trưởng ban); three
    lines to fill by hand when «Ban kiểm phiếu» is blank (the committee is elected at the
    meeting: a record prepared before it has no names).

    A line may already carry the post ("Lê Thị Hoa – Chi ủy viên"): the name is what precedes
    the dash or comma. Each member signs the vote-count record.
    """
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if not lines:   # not elected yet: the form's three lines, filled in at the meeting
        return [{"stt": str(i), "name": "", "line": "", "role": role,
                 "text": f"{i}. Đồng chí {FORM_NAME} – {role}" + (";" if i < 3 else ".")}
                for i, role in enumerate(("Trưởng ban", "Thành viên", "Thành viên"), start=1)]
    out = []
    for i, line in enumerate(lines):
        name = re.split(r"\s[–-]\s|,", line)[0].strip()
        role = "Trưởng ban" if i == 0 else "Thành viên"
        out.append({"stt": str(i + 1), "name": name, "line": line, "role": role,
                    "text": f"{i + 1}. Đồng chí {line} – {role}" + (";" if i + 1 < len(lines)
                                                                    else ".")})
    return out


def vote_row(counts: list[int | None], whole) -> dict:
    """Counts and shares of the four levels over `whole`, shares by the largest remainder; no
    share where `whole` is blank (`cells.BLANK`: the official members present not known)."""
    if whole is cells.BLANK:
        whole = 0
    known = [c or 0 for c in counts]
    shares = rulebook.shares(known, whole)
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
    return {**_review_figures(book), "s": sentences(book), "cell_tasks": cell_tasks(book.info)}


@per_book
def _review_figures(book: Book) -> dict:
    """`review_context` but its sentences (which name the document's day)."""
    info = book.info
    rat = tally.ratings(book)
    mem = tally.membership(book)
    s = None    # its place in the context: `review_context` gives it
    joined = join(book)
    vote = voters(book)
    # blank where neither a cell nor a rule gives it: printed «……», never 00
    present, official = cells.figure(vote.present), cells.figure(vote.official)

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
                        "self_level": r["self_level"] or "", "cell_level": rat.result(r) or "",
                        "note": r["note"] or ""})
    # the results of the vote, or a form to fill at the meeting: never the members' own levels
    dist = distribution(rat.counts if rat.all_decided else None)
    votes = []
    for i, r in enumerate(rat.rated, start=1):
        votes.append({"stt": str(i), "name": r["name"], "result": rat.result(r) or "",
                      **vote_row([r[key] for key in VOTE_FOR_LEVEL.values()], official)})
    committee = committee_lines(info["counting_committee"])
    # Ballots: as typed. When votes were counted and «Số phiếu phát ra» is blank, one ballot went
    # to each official member present (Điều lệ Đảng: probationary members do not vote); the
    # ballots returned and valid are facts of the count that no rule gives.
    counted = any(r[key] is not None for r in rat.rated for key in VOTE_KEYS)
    issued = cells.figure(info["ballots_issued"])
    if issued is cells.BLANK and counted:
        issued = official
    returned, valid = cells.figure(info["ballots_returned"]), cells.figure(info["ballots_valid"])
    invalid = returned - valid
    # Summoned: the «Sinh hoạt» row of the review day, else the members then in the cell who
    # are not exempt from meetings.
    row = review_meeting(book)
    called = (row["summoned"] if row is not None and row["summoned"] is not None
              else len([m for m in mem.current if not off_meetings(m)]))
    absent = called - present
    common_score, task_score = info["cell_score_common"], info["cell_score_task"]
    cell_votes = info["cell_level_votes"]
    cell_vote = (f" với số phiếu đạt {vn.percent(cell_votes, official)} ({n2(cell_votes)}/"
                 f"{n2(official)} đảng viên chính thức dự họp)"
                 if cell_votes is not None and cells.known(official) and official else "")
    probationary = (f", trong đó {n2(official)} đảng viên chính thức có quyền biểu quyết và "
                    f"{n2(vote.probationary)} đảng viên dự bị (không biểu quyết)"
                    if vote.probationary and cells.known(official) else "")
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
        # «không có» only once the meeting has voted: before, nobody knows
        "commend_line": (", ".join(f"đồng chí {c['name']}" for c in commend) if commend else
                         "không có" if rat.all_decided else cells.HAND_FILL),
        "ballot": [{"stt": str(i), "name": r["name"], "self_level": r["self_level"] or ""}
                   for i, r in enumerate(rat.rated, start=1)],
        "votes": votes,
        "kp": {"called": n2(called), "present": n2(present),
               "absent": n2(absent if absent is cells.BLANK else max(absent, 0)),
               "official": n2(official),
               "probationary": n2(vote.probationary), "present_detail": probationary,
               "issued": n2(issued), "returned": n2(returned), "valid": n2(valid),
               "invalid": n2(invalid if invalid is cells.BLANK else max(invalid, 0)),
               "committee": [c["text"] for c in committee], "members": committee,
               "head": committee[0]["name"] if committee else ""},
        "rated": n2(len(rat.rated)),
        "meeting_date": vn.date_words(info["review_date"]) if info["review_date"] else
        f"ngày …… tháng …… năm {info['year']}",
        "m": {"total": n2(mem.end), "official": n2(mem.official),
              "probationary": n2(mem.probationary), "committee": n2(mem.committee)},
        "chair": info["secretary"] or "", "clerk": info["review_clerk"] or "",
        "guests": info["review_guests"] or "",
    }


def member_forms(book: Book) -> list[tuple[str, str, dict]]:
    """(template, member name, `mb`+`tick`+`form` context) for every member to be rated.

    The form is the year's (rulebook.PERIODS): its code ("02A") names the file ("02A - Tên"); the
    template is that period's edition of it, which prints the code ("Mẫu 02A-HD KĐ.ĐG 2025")."""
    info = book.info
    year = info["year"]
    forms = rulebook.period_for(year).forms
    joined = join(book)
    by_member = {id(joined[r.row]): r for r in book.rows("ratings") if r.row in joined}
    rat = tally.ratings(book)
    out = []
    for m in tally.membership(book).current:
        if not m["name"] or exclusion(m, info["review_date"]):
            continue
        r = by_member.get(id(m))
        leader, in_system = m["leader"] == schema.YES, m["in_system"] != schema.NO
        form = rulebook.form_for(year, leader, in_system)
        common_score = r["score_common"] if r else None
        task_score = r["score_task"] if r else None
        both = common_score is not None and task_score is not None
        level = (r["self_level"] if r else None)
        # a member outside the political system (retired, student, private firm) works in no
        # unit of the school: Mẫu 02C's «Đơn vị công tác» is the Xếp loại column's, else a line
        # to fill (the forms before 2025, which have no 02C, too)
        unit = ((info["school"] or "") if in_system else
                (r["work_unit"] if r else None) or "………………………………………………")
        # a line the member's form prints with nothing typed is a line to fill by hand
        mb = {"name": m["name"], "dob": vn.date_short(m["dob"]) or FORM_NAME, "unit": unit,
              "cell": info["cell_name"] or FORM_NAME, "post": m["job"] or FORM_NAME,
              "party_post": m["party_post"] or FORM_NAME,
              "score_common": vn.decimal(common_score) if common_score is not None else "……",
              "score_task": vn.decimal(task_score) if task_score is not None else "……",
              "score_total": vn.decimal(common_score + task_score) if both else "……",
              "self_level": level or "", "leader": leader, "in_system": in_system,
              # the forms before 2025 carry the cell's proposal: only once it has voted
              "cell_level": (rat.result(r) if r else None) or ""}
        out.append((forms.template(form), m["name"], {
            "mb": mb, "tick": ticks(level), "form": form,
            # the forms before 2025 also ask the member's own level as a civil servant
            "tick_cv": ticks(r["civil_level"] if r and in_system else None)}))
    return out


from .minutes import meeting_context  # noqa: E402  (moved; the name stays importable here)
