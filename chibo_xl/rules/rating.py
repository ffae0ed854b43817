"""The review's decisions over a book, by the rules of its year: who is rated, which rating row
is whose, the level the cell proposes, who votes, and the groups of the cap.

A decision lives here once; `checks.ratings` reports where a workbook breaks one, and the figures
and documents count and print by the same functions. Sources in each docstring: Quy định
366-QĐ/TW (Điều 5, Điều 11), Điều lệ Đảng (probationary members do not vote).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..workbook import cells, schema
from ..workbook.memo import per_book
from ..workbook.tables import Book, Record
from . import party_dates, rulebook

VOTE_KEYS = ("votes_x", "votes_t", "votes_h", "votes_k")
VOTE_FOR_LEVEL = dict(zip(schema.LEVELS, VOTE_KEYS))
#: groups of comparable members for the cap: Quy định 366-QĐ/TW, Điều 11 §1.5 ("theo đối tượng
#: có vị trí, vai trò, chức năng, nhiệm vụ tương đồng"). `check` and `aggregate` both use them.
#: Before 2025 the texts at hand cap the cell as a whole ("whole": one group of every member).
CAP_GROUPS = {"leader": "Đảng viên giữ chức vụ lãnh đạo, quản lý",
              "other": "Đảng viên không giữ chức vụ lãnh đạo, quản lý",
              "whole": "Đảng viên của chi bộ",
              "unmatched": "Chưa đối chiếu được với trang «Đảng viên»"}


def exempt(member: Record) -> bool:
    """Exempt from the Party's work and meetings (Điều lệ Đảng Điều 7; Quy định 366-QĐ/TW
    Điều 5 khoản 2: «đảng viên được miễn công tác và sinh hoạt đảng»): not reviewed, not
    summoned. A reduction («giảm») or a temporary exemption from meetings is neither."""
    return member["exempt"] == schema.EXEMPT_FULL


def off_meetings(member: Record) -> bool:
    """Not summoned to the cell's meetings: exempt from work and meetings, or temporarily
    exempt from meetings (still reviewed)."""
    return member["exempt"] in (schema.EXEMPT_FULL, schema.EXEMPT_TEMPORARY)


def suspended(member: Record) -> bool:
    """Suspended from the Party's activities («bị đình chỉ sinh hoạt đảng», Quy định 366-QĐ/TW
    Điều 5 khoản 2): not reviewed. A committee member suspended from the committee only is
    still reviewed (Hướng dẫn 43-HD/BTCTW §7.7)."""
    return member["suspended"] == schema.YES


def exclusion(member: Record, review: dt.date | None) -> str | None:
    """Why a member of the list is not rated this year, or None when they must be rated.

    Quy định 366-QĐ/TW Điều 5 khoản 2: «Đảng viên trong toàn Đảng (trừ đảng viên được miễn
    công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp
    chưa đủ 6 tháng)» (tnt305/tai_lieu_noi_bo src/etl/dataset/5a2414dc5e910527.md); and those
    who left the cell before the review.
    """
    if member["movement"] in schema.LEAVING:
        left = member["movement_date"]
        if left is None or review is None or left <= review:
            return member["movement"]
    if exempt(member):
        return schema.NOT_EXEMPT
    if suspended(member):
        return schema.NOT_SUSPENDED
    if rulebook.too_new_to_rate(party_dates.probation_start(member), review):
        return schema.NOT_NEW
    return None


@per_book
def join(book: Book) -> dict[int, Record]:
    """Rating row number → its member row, joined by name and (when given) date of birth."""
    by_name: dict[str, list[Record]] = {}
    for m in book.rows("members"):
        if m["name"]:
            by_name.setdefault(cells.fold(m["name"]), []).append(m)
    joined = {}
    for r in book.rows("ratings"):
        candidates = by_name.get(cells.fold(r["name"] or ""), [])
        if r["dob"]:
            candidates = [m for m in candidates if m["dob"] == r["dob"]]
        if len(candidates) == 1:
            joined[r.row] = candidates[0]
    return joined


def final_level(r: Record) -> str | None:
    """The level the cell proposes, falling back to the member's own: what the checks judge
    (a proposal, before or after the vote). A document never prints it as the cell's result:
    that is `decided_level`."""
    return r["cell_level"] or r["self_level"]


def votes_counted(r: Record) -> bool:
    """True when any ballot count of the member is typed (the vote was held and counted)."""
    return any(r[key] is not None for key in VOTE_KEYS)


def voted_level(r: Record, official: int | None) -> str | None:
    """The level the member's counted ballots carry: more than half of the official members
    present (`rulebook.has_majority`; Điều lệ Đảng: probationary members do not vote). None when
    no ballot was counted, the official members present are not known, or no level has more
    than half (the cell votes again; `checks.ratings` warns NO_MAJORITY)."""
    if official is None or not votes_counted(r):
        return None
    carried = [level for level, key in VOTE_FOR_LEVEL.items()
               if r[key] is not None and rulebook.has_majority(r[key], official)]
    return carried[0] if len(carried) == 1 else None


def decided_level(r: Record, official: int | None) -> str | None:
    """The cell's result for one member: «Chi bộ đề nghị» when typed, else the level the counted
    votes carry (`voted_level`), else None — never the member's own level. A level is the cell's
    only where the chi bộ voted on it (Quy định 366-QĐ/TW Điều 12 and the rules before it: the
    chi bộ discusses and votes each member's level; the member's self-rating is a proposal)."""
    return r["cell_level"] or voted_level(r, official)


@dataclass(frozen=True)
class Voters:
    """Who may vote at the review meeting.

    Điều lệ Đảng: "Đảng viên dự bị có các quyền trên đây, trừ quyền biểu quyết, ứng cử và bầu
    cử cơ quan lãnh đạo của Đảng" — ballots, majorities and percentages are over the official
    members present. `official` is entered («Số đảng viên chính thức dự họp») or, when blank,
    the members present less the cell's probationary members on the review day.
    """

    present: int | None
    official: int | None
    probationary: int          # probationary members present (present − official)
    entered: bool


@per_book
def probationary_members(book: Book, review: dt.date | None) -> list[Record]:
    """Probationary members in the cell on the review day (not exempt, not gone)."""
    return [m for m in book.rows("members") if m["name"] and m["status"] == schema.PROBATIONARY
            and not off_meetings(m)
            and exclusion(m, review) not in schema.LEAVING]


def review_meeting(book: Book) -> Record | None:
    """The «Sinh hoạt» row of the review meeting's day (the first, when two share the day)."""
    review = book.info["review_date"]
    if review is None:
        return None
    return next((m for m in book.rows("meetings") if m["date"] == review), None)


def review_present(book: Book) -> int | None:
    """How many members attended the review meeting: «Số đảng viên dự họp kiểm điểm», else the
    «Có mặt» of the «Sinh hoạt» row of that day (the secretary records the meeting once, in the
    log of meetings), else None — never 0 for a count nobody typed."""
    present = book.info["review_present"]
    if present is None:
        row = review_meeting(book)
        present = row["present"] if row is not None else None
    return present


@per_book
def voters(book: Book) -> Voters:
    """The official members present: entered, or computed from attendance and status."""
    info = book.info
    present, entered = review_present(book), info["review_voters"]
    if entered is not None:
        return Voters(present, entered, max((present or entered) - entered, 0), True)
    if present is None:
        return Voters(None, None, 0, False)
    dubi = min(len(probationary_members(book, info["review_date"])), present)
    return Voters(present, present - dubi, dubi, False)


#: «Nhóm tính tỷ lệ hoàn thành xuất sắc» (Thông tin chung): the cell's own reading of the cap
WHOLE_CELL, SPLIT_BY_POSTS = schema.CAP_GROUPINGS


def cap_split(book: Book) -> bool:
    """Whether the cell's own check of the cap splits leaders from the others.

    Quy định 366-QĐ/TW Điều 11: «không vượt quá 20% … theo đối tượng có vị trí, vai trò, chức
    năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định» — groups of comparable
    posts across the deciding committee's scope, not inside one cell. Splitting a cell's leaders
    from its other members is an inference: a setting (default: the whole cell, as one group),
    honoured only in the years judged by Quy định 366 (`Period.cap_grouped`).
    """
    year = book.info["year"] or dt.date.today().year
    return rulebook.period_for(year).cap_grouped and book.info["cap_grouping"] == SPLIT_BY_POSTS


def cap_group(member: Record | None, grouped: bool = True) -> str:
    """The cap group of a rated member (None: the rating row matched no member): leaders and
    the others when `grouped`, else "whole" (the whole cell)."""
    if member is None:
        return "unmatched"
    if not grouped:
        return "whole"
    return "leader" if member["leader"] == schema.YES else "other"


@per_book
def cap_groups(book: Book, by_posts: bool | None = None) -> dict[str, dict[str, int]]:
    """Group → level → how many members the cell proposes at that level (not-rated excluded).

    The one grouping of the cap: the cell's check, its minutes and ballot read it with the
    cell's setting (`cap_split`); `aggregate`, judging across the đảng bộ (the deciding
    committee's scope), asks `by_posts=True`: leaders and the others, in the years that group.
    """
    year = book.info["year"] or dt.date.today().year
    grouped = (cap_split(book) if by_posts is None
               else by_posts and rulebook.period_for(year).cap_grouped)
    groups = {g: dict.fromkeys(schema.LEVELS, 0) for g in CAP_GROUPS}
    joined = join(book)
    for r in book.rows("ratings"):
        level = final_level(r)
        if level and not r["not_rated"]:
            groups[cap_group(joined.get(r.row), grouped)][level] += 1
    return groups


def cap_verdicts(groups: dict[str, dict[str, int]], rate: float) -> list[dict]:
    """One row a judged group: HTXS, HTTNV, the limit, by how many it is over, exceeded.

    `small`: over the rate in a group too small for the rate to allow anyone (limit 0: fewer
    than 5 «Hoàn thành tốt» at 20%) — not `exceeded` here: the rate is applied «theo đối tượng
    … tương đồng» across the deciding committee's scope (Quy định 366 Điều 11), so a cell is
    never told that none of its members may be chosen, nor balloted to choose none.
    """
    rows = []
    for group, counts in groups.items():
        if group == "unmatched" or (group == "whole" and not any(counts.values())):
            continue
        x, t = counts[rulebook.HTXS], counts[rulebook.HTT]
        limit = rulebook.cap_limit(t, rate)
        over_rate = rulebook.cap_exceeded(x, t, rate)
        rows.append({"group": group, "label": CAP_GROUPS[group], "htxs": x, "htt": t,
                     "limit": limit, "over": max(x - limit, 0),
                     "exceeded": over_rate and limit > 0, "small": over_rate and limit == 0})
    return rows


@per_book
def level_counts(book: Book) -> dict[str, int]:
    """How many members the cell proposes at each level (not-rated rows excluded)."""
    counts = dict.fromkeys(schema.LEVELS, 0)
    for r in book.rows("ratings"):
        level = final_level(r)
        if level and not r["not_rated"]:
            counts[level] += 1
    return counts
