"""The chi bộ's resolutions on one person: proposing a candidate's admission (Mẫu 6-KNĐ) and
a probationary member's recognition (Mẫu 13-KNĐ). Finished Vietnamese strings (`hn`: the
meeting; `kn`: the candidate), as in `context`.

Both forms open alike (the recognition form read in full on luatvietnam.vn, «áp dụng theo Hướng
dẫn 38-HD/BTCTW»; the admission form's full text was not found, and its twin's outline is kept):
the day the chi bộ met, its members that day (official, probationary), those present and absent
with the reasons, the chair and the clerk, then the vote: «Số đảng viên chính thức tán thành …
đạt …% so với tổng số đảng viên chính thức». The two-thirds rule is `rules.admission`; a
consideration whose votes fall short makes no resolution (the check says so).

What the workbook does not hold stays a hand-fill blank («……»): the split of those present into
official and probationary when the absent members are not named on the «Sinh hoạt» row, the
votes against, the meeting's day when neither typed nor found in the meetings log.
"""
from __future__ import annotations

from ..figures import development, tally, timeline
from ..figures.attendance import NAME_COLUMNS
from ..rules import admission
from ..rules import attendance as absent_rules
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from .context import superior_committee

DOTS = cells.HAND_FILL
n2 = vn.count
#: the party posts as the forms name the chair's «Chức vụ»
POSTS = {"Bí thư": "Bí thư chi bộ", "Phó Bí thư": "Phó Bí thư chi bộ",
         "Chi ủy viên": "Chi ủy viên"}


def _count(n) -> str:
    return DOTS if n is None else n2(n)


def _members_by_name(book: Book) -> dict:
    return {cells.fold(m["name"]): m for m in book.rows("members") if m["name"]}


def meeting_facts(book: Book, c: development.Consideration) -> dict:
    """`hn`: the meeting of consideration `c` — its day, the cell's members that day, who was
    present and absent (the «Sinh hoạt» row of that day), the chair and clerk, the votes."""
    if c.day is None:
        return {"date_words": "ngày …… tháng …… năm ……", "date_cap": "Ngày …… tháng …… năm ……",
                "total": DOTS, "official": DOTS,
                "probationary": DOTS, **_attendance(None, None, None),
                "chair": DOTS, "chair_post": DOTS, "clerk": DOTS, **_votes(c.votes, None)}
    base = development.officials_on(book, c.day)
    seen = timeline.on(getattr(book, "whole", None) or book, c.day)
    meeting = c.meeting
    chair = (meeting["chair"] if meeting else None) or book.info["secretary"] or ""
    member = _members_by_name(seen).get(cells.fold(chair)) if chair else None
    words = vn.date_words(c.day)
    return {"date_words": words, "date_cap": words[0].upper() + words[1:],
            "total": n2(base.total),
            "official": n2(base.official), "probationary": n2(base.total - base.official),
            **_attendance(seen, meeting, base),
            "chair": chair or DOTS,
            "chair_post": (POSTS.get(member["party_post"], "") if member else "") or DOTS,
            "clerk": (meeting["clerk"] if meeting else None) or DOTS,
            **_votes(c.votes, base.official)}


def _attendance(seen, meeting, base) -> dict:
    """Present and absent, split into official and probationary when every absent member is
    named on the meeting's row (issue 23's name columns), with the reasons as written."""
    out = dict.fromkeys(("present", "present_official", "present_probationary", "absent",
                         "absent_official", "absent_probationary"), DOTS)
    out["reasons"] = DOTS
    if meeting is None or meeting["present"] is None:
        return out
    present = meeting["present"]
    out["present"] = n2(present)
    absent = base.total - present
    if absent < 0:
        return out
    out["absent"] = n2(absent)
    names = [name for column, _ in NAME_COLUMNS
             for name in absent_rules.absent_names(meeting[column])]
    written = "; ".join(str(meeting[column]).replace("\n", "; ").strip()
                        for column, _ in NAME_COLUMNS if meeting[column])
    out["reasons"] = written or (DOTS if absent else "không")
    members = _members_by_name(seen)
    found = [members.get(cells.fold(n)) for n in names]
    if len(names) == absent and all(found):
        off = sum(m["status"] == schema.OFFICIAL for m in found)
        out.update(absent_official=n2(off), absent_probationary=n2(absent - off),
                   present_official=n2(base.official - off),
                   present_probationary=n2(base.total - base.official - (absent - off)))
    elif absent == 0:
        out.update(absent_official=n2(0), absent_probationary=n2(0),
                   present_official=n2(base.official),
                   present_probationary=n2(base.total - base.official))
    return out


def _votes(votes, official) -> dict:
    """The votes in favour and their share of the cell's official members (the base of the two
    thirds, Điều lệ Đảng Đ.4.3); blanks where not typed."""
    if votes is None or official is None:
        return {"votes": _count(votes), "pct": DOTS, "needed": _count(
            admission.votes_needed(official) if official is not None else None)}
    return {"votes": n2(votes), "pct": vn.percent(votes, official),
            "needed": n2(admission.votes_needed(official))}


def admission_contexts(book: Book) -> list[tuple[development.Consideration, dict]]:
    """(consideration, context) for each candidate the chi bộ considered for admission in the
    year, whose votes (when typed) reach two thirds of its official members."""
    year = book.info["year"]
    out = []
    for c in development.admissions(book):
        if c.day is None or c.day.year != year:
            continue
        hn = meeting_facts(book, c)
        if c.votes is not None and not admission.carried(
                c.votes, development.officials_on(book, c.day).official):
            continue
        r = c.row
        out.append((c, {"sign_for": "T/M CHI BỘ", "hn": hn, "kn": {
            "name": c.name, "dob": vn.date_short(r["dob"]) or DOTS,
            "class_date": vn.date_short(r["class_date"]) or DOTS,
            "helper": r["helper"] or DOTS,
            "recipient": superior_committee(book.info["superior"] or "") or DOTS}}))
    return out


def recognition_contexts(book: Book) -> list[tuple[development.Consideration, dict]]:
    """(consideration, context) for each member whose probation ends in the year: the chi bộ's
    resolution proposing recognition (Mẫu 13-KNĐ), voted «như khi xét kết nạp» (Điều lệ Đảng
    Đ.5.2). With the day of the meeting (typed, or a «Sinh hoạt» row naming the member and
    «chính thức»), the resolution is dated it and counts that day's members; without it the day,
    attendance and votes are hand-fill blanks, and the cell's counts print only when no admission,
    movement or recognition changes them between the end of probation and the 30-working-day
    deadline. A vote short of two thirds makes no resolution."""
    out = []
    for c in development.recognitions(book):
        p = next(x for x in tally.probation_ending_in_year(book) if x.member is c.member)
        m = c.member
        hn = meeting_facts(book, c)
        if c.day is not None:
            if c.votes is not None and not admission.carried(
                    c.votes, development.officials_on(book, c.day).official):
                continue
            counts = {k: hn[k] for k in ("total", "official", "probationary")}
        else:
            first, last = _counts_on(book, p.end), _counts_on(book, p.deadline)
            counts = {"total": n2(first[0]), "official": n2(first[1]),
                      "probationary": n2(first[0] - first[1])} if first == last else \
                dict.fromkeys(("total", "official", "probationary"), DOTS)
            hn.update(counts)
        helper = (c.row["helper"] if c.row else None) or DOTS
        data = {"sign_for": "T/M CHI BỘ", "hn": hn, "cn": {
            "name": m["name"], "dob": vn.date_short(m["dob"]),
            "admitted": vn.date_words(m["admitted"]), "end": vn.date_short(p.end),
            "deadline": vn.date_short(p.deadline), **counts, "helper": helper,
            "recipient": superior_committee(book.info["superior"] or "") or DOTS}}
        if c.day is None:
            data["date_line"] = vn.date_line(book.info["place"] or "", None, book.info["year"])
        out.append((c, data))
    return out


def _counts_on(book: Book, day) -> tuple[int, int]:
    """(members, official) of the cell on `day` (the calendar: `development.officials_on`)."""
    base = development.officials_on(book, day)
    return base.total, base.official
