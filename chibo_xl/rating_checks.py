"""Checks of the Xếp loại sheet by the rules of the workbook's year (DESIGN §3, `rules`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import cells, rules, schema, vnformat
from .findings import Report
from .memo import per_book
from .tables import Book, Record

VOTE_KEYS = ("votes_x", "votes_t", "votes_h", "votes_k")
VOTE_FOR_LEVEL = dict(zip(schema.LEVELS, VOTE_KEYS))
#: groups of comparable members for the cap: Quy định 366-QĐ/TW, Điều 11 §1.5 ("theo đối tượng
#: có vị trí, vai trò, chức năng, nhiệm vụ tương đồng"). `check` and `aggregate` both use them.
#: Before 2025 the texts at hand cap the cell as a whole ("whole": one group of every member).
CAP_GROUPS = {"leader": "Đảng viên giữ chức vụ lãnh đạo, quản lý",
              "other": "Đảng viên không giữ chức vụ lãnh đạo, quản lý",
              "whole": "Đảng viên của chi bộ (trước năm 2025 không chia nhóm)",
              "unmatched": "Chưa đối chiếu được với trang «Đảng viên»"}


def exclusion(member: Record, review: dt.date | None) -> str | None:
    """Why a member of the list is not rated this year, or None when they must be rated."""
    if member["movement"] in schema.LEAVING:
        left = member["movement_date"]
        if left is None or review is None or left <= review:
            return member["movement"]
    if member["exempt"] == schema.YES:
        return "Miễn sinh hoạt"
    if rules.too_new_to_rate(member["admitted"], review):
        return "Mới kết nạp dưới 6 tháng"
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
    """The level the cell proposes, falling back to the member's own."""
    return r["cell_level"] or r["self_level"]


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
            and m["exempt"] != schema.YES
            and exclusion(m, review) not in schema.LEAVING]


@per_book
def voters(book: Book) -> Voters:
    """The official members present: entered, or computed from attendance and status."""
    info = book.info
    present, entered = info["review_present"], info["review_voters"]
    if entered is not None:
        return Voters(present, entered, max((present or entered) - entered, 0), True)
    if present is None:
        return Voters(None, None, 0, False)
    dubi = min(len(probationary_members(book, info["review_date"])), present)
    return Voters(present, present - dubi, dubi, False)


def cap_group(member: Record | None, grouped: bool = True) -> str:
    """The cap group of a rated member (None: the rating row matched no member).

    Quy định 366-QĐ/TW, Điều 11 §1.5: "theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ
    tương đồng" — leaders and the others; before 2025 one group, the whole cell.
    """
    if member is None:
        return "unmatched"
    if not grouped:
        return "whole"
    return "leader" if member["leader"] == schema.YES else "other"


@per_book
def cap_groups(book: Book) -> dict[str, dict[str, int]]:
    """Group → level → how many members the cell proposes at that level (not-rated excluded).

    The one grouping of the cap: the cell's check, its minutes and `aggregate` all read it.
    """
    grouped = rules.period_for(book.info["year"] or dt.date.today().year).cap_grouped
    groups = {g: dict.fromkeys(schema.LEVELS, 0) for g in CAP_GROUPS}
    joined = join(book)
    for r in book.rows("ratings"):
        level = final_level(r)
        if level and not r["not_rated"]:
            groups[cap_group(joined.get(r.row), grouped)][level] += 1
    return groups


def cap_verdicts(groups: dict[str, dict[str, int]], rate: float) -> list[dict]:
    """One row a judged group: HTXS, HTTNV, the limit, by how many it is over, exceeded."""
    rows = []
    for group, counts in groups.items():
        if group == "unmatched" or (group == "whole" and not any(counts.values())):
            continue
        x, t = counts[rules.HTXS], counts[rules.HTT]
        limit = rules.cap_limit(t, rate)
        rows.append({"group": group, "label": CAP_GROUPS[group], "htxs": x, "htt": t,
                     "limit": limit, "over": max(x - limit, 0),
                     "exceeded": rules.cap_exceeded(x, t, rate)})
    return rows


def check_ratings(book: Book, report: Report, as_of: dt.date) -> None:
    """Exclusions, missing ratings, level against score and forcing cases, ballots and the cap."""
    ratings = book.rows("ratings")
    if not ratings:
        return
    info, sheet = book.info, schema.RATINGS.name
    year = info["year"] or as_of.year
    period = rules.period_for(year)
    review = info["review_date"]
    vote = voters(book)
    _voters(book, vote, report)
    joined = join(book)
    rated_members = set()
    for r in ratings:
        member = joined.get(r.row)
        level = final_level(r)
        if member is not None:
            rated_members.add(id(member))
            why = exclusion(member, review)
            if why and level:
                report.error("NOT_TO_BE_RATED", sheet, r.cell("cell_level") or r.cell("name"),
                             level, f"Đảng viên không xếp loại năm nay ({why.lower()}) nhưng có "
                             "mức xếp loại: hãy xóa mức và ghi lý do ở cột «Không xếp loại».")
                continue
        if r["not_rated"]:
            if level:
                report.error("NOT_TO_BE_RATED", sheet, r.cell("not_rated"), r["not_rated"],
                             "Đã ghi lý do không xếp loại nhưng vẫn có mức xếp loại.")
            continue
        if not level:
            report.error("LEVEL_MISSING", sheet, r.cell("cell_level") or r.cell("name"), None,
                         "Chưa có mức xếp loại (Chi bộ đề nghị) và cũng không ghi lý do không "
                         "xếp loại.")
            continue
        _level_rules(r, member, level, year, period, report)
        _ballot(r, level, vote, report)
    for m in book.rows("members"):
        if id(m) not in rated_members and m["name"] and not exclusion(m, review):
            report.error("NOT_RATED", schema.MEMBERS.name, m.cell("name"), m["name"],
                         "Đảng viên phải được xếp loại năm nay nhưng chưa có dòng ở trang "
                         "«Xếp loại».")
    _cap(book, report)
    _cell_level(book, period, vote, report)
    _commendations(book, report)
    if period.scored and info["unit_level"] is None:
        report.warn("UNIT_LEVEL_MISSING", schema.INFO.name, info.cell("unit_level"), None,
                    "Chưa có «Xếp loại của nhà trường»: tập thể nhà trường được đánh giá, xếp "
                    "loại trước, làm cơ sở xếp loại chi bộ và đảng viên (Quy định 366-QĐ/TW, "
                    "Điều 12).")


def _level_rules(r: Record, member: Record | None, level: str, year: int,
                 period: rules.Period, report: Report) -> None:
    """Forcing cases, the sick-leave cap, the score and the conditions of Điều 11.

    Quy định 366-QĐ/TW Điều 11 (forcing, conditions; the leaders' cases from 2025 only) and
    Điều 3/12 (the civil-servant rating is a basis for the party rating).
    """
    sheet = schema.RATINGS.name
    where = r.cell("cell_level") or r.cell("self_level")
    leader = period.scored and member is not None and member["leader"] == schema.YES
    causes = rules.forcing_causes(r["discipline"], r["fail_rate"], leader, r["unit_rate"],
                                  r["low_confidence"])
    if causes and level != rules.KHT:
        hard = [c for c in causes if not (c.excusable and r["self_reported"] == schema.YES)]
        if hard:
            report.error("LEVEL_FORCED", sheet, where, level,
                         f"Đảng viên {'; '.join(c.cause for c in hard)} phải xếp loại "
                         f"«{rules.KHT}» ({period.regulation}, Điều 11).")
            return
        report.warn("LEVEL_FORCED_EXCEPTION", sheet, where, level,
                    f"Đảng viên {causes[0].cause} nhưng đã tự giác nhận lỗi, khắc phục xong hậu "
                    f"quả: cấp có thẩm quyền xem xét, quyết định mức xếp loại ({period.regulation}, "
                    "Điều 11); nếu không, phải xếp loại "
                    f"«{rules.KHT}».")
    civil = r["civil_level"]
    if period.scored and civil and rules.better(level, civil):
        report.warn("LEVEL_ABOVE_CIVIL", sheet, where, level,
                    f"Mức xếp loại đảng viên cao hơn xếp loại viên chức «{civil}»: kết quả xếp "
                    "loại viên chức là cơ sở để xếp loại đảng viên (Quy định 366-QĐ/TW).")
    cap = rules.ceiling(year, r["sick_months"], r["maternity"] == schema.YES)
    if cap and rules.better(level, cap):
        report.error("LEVEL_SICK_CAP", sheet, r.cell("cell_level"), level,
                     f"Nghỉ ốm từ {rules.SICK_CAP_MONTHS} tháng trở lên: năm {year} chỉ xếp "
                     f"loại tối đa «{cap}» ({period.guidance}).")
    if not period.scored:
        return
    codes = {"on_time_rate": "LEVEL_NEEDS_ON_TIME", "over_rate": "EXCELLENT_NEEDS_OVER_RATE",
             "remedied": "EXCELLENT_NEEDS_REMEDIED"}
    for column, need in rules.level_conditions(level, r["on_time_rate"], r["over_rate"],
                                               r["remedied"]):
        report.error(codes[column], sheet, r.cell(column), r[column],
                     f"«{level}» cần {need} ({period.regulation}, Điều 11).")
    common, task = r["score_common"], r["score_task"]
    if common is None or task is None:
        report.warn("SCORE_MISSING", sheet, r.cell("score_common"), None,
                    f"Từ năm 2025 cần điểm tiêu chí chung (/30) và kết quả nhiệm vụ (/70) "
                    f"({period.guidance}).")
        return
    expected = rules.level_for_score(common + task)
    total = vnformat.decimal(common + task)
    if rules.better(level, expected):
        report.error("LEVEL_ABOVE_SCORE", sheet, r.cell("cell_level") or r.cell("self_level"),
                     level, f"Tổng điểm {total}/100 chỉ ứng với mức «{expected}».")
    elif rules.better(expected, level):
        report.warn("LEVEL_BELOW_SCORE", sheet, r.cell("cell_level") or r.cell("self_level"),
                    level, f"Tổng điểm {total}/100 ứng với mức «{expected}»: kiểm tra lý do "
                    "xếp loại thấp hơn.")
    if r["self_level"] and rules.better(r["self_level"], expected):
        report.warn("SELF_LEVEL_ABOVE_SCORE", sheet, r.cell("self_level"), r["self_level"],
                    f"Đảng viên tự xếp loại cao hơn mức ứng với {total}/100 điểm.")


def _voters(book: Book, vote: Voters, report: Report) -> None:
    """The official members present and the ballots of the info sheet, against each other."""
    info, sheet = book.info, schema.INFO.name
    if vote.entered and vote.present is not None and vote.official > vote.present:
        report.error("VOTERS_OVER_PRESENT", sheet, info.cell("review_voters"), vote.official,
                     f"Số đảng viên chính thức dự họp ({vote.official}) lớn hơn số đảng viên dự "
                     f"họp ({vote.present}).")
        return
    if vote.official is None:
        return
    for key in ("ballots_issued", "ballots_returned", "ballots_valid"):
        if info[key] is not None and info[key] > vote.official:
            report.error("BALLOTS_OVER_VOTERS", sheet, info.cell(key), info[key],
                         f"Số phiếu ({info[key]}) lớn hơn số đảng viên chính thức dự họp "
                         f"({vote.official}): đảng viên dự bị không biểu quyết (Điều lệ Đảng).")


def _ballot(r: Record, level: str, vote: Voters, report: Report) -> None:
    """Votes of one member over the official members present (Điều lệ Đảng)."""
    sheet = schema.RATINGS.name
    votes = {k: r[k] for k in VOTE_KEYS if r[k] is not None}
    if not votes:
        return
    if not vote.present:
        report.warn("PRESENT_MISSING", schema.INFO.name, "", None,
                    "Có số phiếu biểu quyết nhưng thiếu «Số đảng viên dự họp kiểm điểm».")
        return
    voters_n = vote.official
    if sum(votes.values()) > voters_n:
        dubi = (f" ({vote.present} dự họp, trong đó {vote.probationary} đảng viên dự bị không "
                "biểu quyết)" if vote.probationary else "")
        report.error("BALLOT_OVER_PRESENT", sheet, r.cell("votes_x"), sum(votes.values()),
                     f"Tổng số phiếu ({sum(votes.values())}) lớn hơn số đảng viên chính thức dự "
                     f"họp ({voters_n}){dubi}.")
        return
    carried = votes.get(VOTE_FOR_LEVEL[level], 0)
    if not rules.has_majority(carried, voters_n):
        report.warn("NO_MAJORITY", sheet, r.cell(VOTE_FOR_LEVEL[level]), carried,
                    f"Mức «{level}» chỉ có {carried}/{voters_n} phiếu, chưa quá nửa số đảng viên "
                    "chính thức dự họp.")


@per_book
def level_counts(book: Book) -> dict[str, int]:
    """How many members the cell proposes at each level (not-rated rows excluded)."""
    counts = dict.fromkeys(schema.LEVELS, 0)
    for r in book.rows("ratings"):
        level = final_level(r)
        if level and not r["not_rated"]:
            counts[level] += 1
    return counts


def _cap(book: Book, report: Report) -> None:
    """The cap within each group of comparable members (`cap_groups`), as `aggregate` judges it."""
    rate = book.info["cap_rate"] or rules.DEFAULT_CAP_RATE
    for row in cap_verdicts(cap_groups(book), rate):
        if row["exceeded"]:
            x, t = row["htxs"], row["htt"]
            report.warn("CAP_EXCEEDED", schema.RATINGS.name, "", f"{x}/{t}",
                        f"{row['label']}: {x} «{rules.HTXS}» vượt {vnformat.decimal(rate)}% số "
                        f"«{rules.HTT}» ({t}): tối đa {row['limit']}, vượt {row['over']}. Cấp có "
                        "thẩm quyền xem xét, quyết định (Quy định 366-QĐ/TW, Điều 11).")


def _cell_level(book: Book, period: rules.Period, vote: Voters, report: Report) -> None:
    info = book.info
    level, common, task = info["cell_level"], info["cell_score_common"], info["cell_score_task"]
    votes = info["cell_level_votes"]
    if votes is not None and vote.official is not None and votes > vote.official:
        report.error("BALLOT_OVER_PRESENT", schema.INFO.name, info.cell("cell_level_votes"),
                     votes, f"Số phiếu ({votes}) lớn hơn số đảng viên chính thức dự họp "
                            f"({vote.official}).")
    if not (period.scored and level and common is not None and task is not None):
        return
    expected = rules.level_for_score(common + task)
    if rules.better(level, expected):
        report.error("CELL_LEVEL_ABOVE_SCORE", schema.INFO.name, info.cell("cell_level"), level,
                     f"Tổng điểm của chi bộ {vnformat.decimal(common + task)}/100 chỉ ứng với mức "
                     f"«{expected}».")


#: the first evaluation year judged by Hướng dẫn 06-HD/TW (09/6/2025), §19
COMMENDATION_RULES_FROM = 2025


def _commendations(book: Book, report: Report) -> None:
    """Proposals for commendation against the levels they rest on.

    Hướng dẫn 06-HD/TW (09/6/2025) §19.2: "Đảng ủy cơ sở, chi bộ cơ sở xét tặng giấy khen cho
    đảng viên đạt tiêu chuẩn «Hoàn thành xuất sắc nhiệm vụ» trong năm"; a commendation out of
    that cycle needs an outstanding achievement. §19.1: the đảng ủy above a chi bộ gives a giấy
    khen to a chi bộ "Hoàn thành xuất sắc nhiệm vụ" tiêu biểu. Warnings only: the committee
    decides. A proposal on a row not rated is not printed in the request: said too.
    """
    info, sheet = book.info, schema.RATINGS.name
    judged = (info["year"] or 0) >= COMMENDATION_RULES_FROM
    for r in book.rows("ratings"):
        wish = r["commendation"]
        if not wish:
            continue
        level = final_level(r)
        if r["not_rated"] or not level:
            report.warn("COMMEND_NOT_RATED", sheet, r.cell("commendation"), wish,
                        "Đảng viên không xếp loại năm nay nhưng có đề nghị khen thưởng: tờ trình "
                        "đề nghị khen thưởng không ghi đồng chí này.")
        elif judged and level != rules.HTXS:
            report.warn("COMMEND_NOT_EXCELLENT", sheet, r.cell("commendation"), wish,
                        f"Chi bộ đề nghị xếp loại «{level}»: khen thưởng đảng viên hằng năm dành "
                        f"cho đảng viên «{rules.HTXS}» (Hướng dẫn 06-HD/TW, mục 19.2); khen "
                        "thưởng không theo định kỳ cần thành tích đặc biệt xuất sắc.")
    wish = info["cell_commendation"]
    if wish and judged and info["cell_level"] != rules.HTXS:
        report.warn("CELL_COMMEND_NOT_EXCELLENT", schema.INFO.name, info.cell("cell_commendation"),
                    wish, f"Chi bộ tự xếp loại «{info['cell_level'] or 'chưa ghi'}»: khen thưởng chi "
                          f"bộ hằng năm dành cho chi bộ «{rules.HTXS}» tiêu biểu (Hướng dẫn "
                          "06-HD/TW, mục 19).")
