"""Checks of the Xếp loại sheet by the rules of the workbook's year (DESIGN §3, `rules`)."""
from __future__ import annotations

import datetime as dt

from . import cells, rules, schema, vnformat
from .findings import Report
from .tables import Book, Record

VOTE_KEYS = ("votes_x", "votes_t", "votes_h", "votes_k")
VOTE_FOR_LEVEL = dict(zip(schema.LEVELS, VOTE_KEYS))


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


def check_ratings(book: Book, report: Report, as_of: dt.date) -> None:
    """Exclusions, missing ratings, level against score and forcing cases, ballots and the cap."""
    ratings = book.rows("ratings")
    if not ratings:
        return
    info, sheet = book.info, schema.RATINGS.name
    year = info["year"] or as_of.year
    period = rules.period_for(year)
    review = info["review_date"]
    present = info["review_present"]
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
        _level_rules(r, level, year, period, report)
        _ballot(r, level, present, report)
    for m in book.rows("members"):
        if id(m) not in rated_members and m["name"] and not exclusion(m, review):
            report.error("NOT_RATED", schema.MEMBERS.name, m.cell("name"), m["name"],
                         "Đảng viên phải được xếp loại năm nay nhưng chưa có dòng ở trang "
                         "«Xếp loại».")
    _cap(book, report)
    _cell_level(book, period, report)


def _level_rules(r: Record, level: str, year: int, period: rules.Period, report: Report) -> None:
    sheet = schema.RATINGS.name
    forced = rules.forced_level(r["discipline"], r["fail_rate"])
    if forced and level != forced:
        cause = (f"bị kỷ luật {r['discipline'].lower()} trong năm" if r["discipline"]
                 in rules.DISCIPLINE_FORCING else "quá nửa nhiệm vụ không hoàn thành")
        report.error("LEVEL_FORCED", sheet, r.cell("cell_level") or r.cell("self_level"), level,
                     f"Đảng viên {cause} phải xếp loại «{forced}».")
        return
    cap = rules.ceiling(year, r["sick_months"], r["maternity"] == schema.YES)
    if cap and rules.better(level, cap):
        report.error("LEVEL_SICK_CAP", sheet, r.cell("cell_level"), level,
                     f"Nghỉ ốm từ {rules.SICK_CAP_MONTHS} tháng trở lên: năm {year} chỉ xếp "
                     f"loại tối đa «{cap}» ({period.guidance}).")
    if not period.scored:
        return
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
    over = r["over_rate"]
    if level == rules.HTXS and over is not None and over < rules.EXCELLENT_MIN_OVER_RATE:
        report.error("EXCELLENT_NEEDS_OVER_RATE", sheet, r.cell("over_rate"), over,
                     f"«{rules.HTXS}» cần từ {rules.EXCELLENT_MIN_OVER_RATE:.0f}% nhiệm vụ "
                     "vượt mức trở lên.")


def _ballot(r: Record, level: str, present: int | None, report: Report) -> None:
    sheet = schema.RATINGS.name
    votes = {k: r[k] for k in VOTE_KEYS if r[k] is not None}
    if not votes:
        return
    if not present:
        report.warn("PRESENT_MISSING", schema.INFO.name, "", None,
                    "Có số phiếu biểu quyết nhưng thiếu «Số đảng viên dự họp kiểm điểm».")
        return
    if sum(votes.values()) > present:
        report.error("BALLOT_OVER_PRESENT", sheet, r.cell("votes_x"), sum(votes.values()),
                     f"Tổng số phiếu ({sum(votes.values())}) lớn hơn số đảng viên dự họp "
                     f"({present}).")
        return
    carried = votes.get(VOTE_FOR_LEVEL[level], 0)
    if not rules.has_majority(carried, present):
        report.warn("NO_MAJORITY", sheet, r.cell(VOTE_FOR_LEVEL[level]), carried,
                    f"Mức «{level}» chỉ có {carried}/{present} phiếu, chưa quá nửa số đảng viên "
                    "dự họp.")


def level_counts(book: Book) -> dict[str, int]:
    """How many members the cell proposes at each level (not-rated rows excluded)."""
    counts = dict.fromkeys(schema.LEVELS, 0)
    for r in book.rows("ratings"):
        level = final_level(r)
        if level and not r["not_rated"]:
            counts[level] += 1
    return counts


def _cap(book: Book, report: Report) -> None:
    counts = level_counts(book)
    rate = book.info["cap_rate"] or rules.DEFAULT_CAP_RATE
    x, t = counts[rules.HTXS], counts[rules.HTT]
    if rules.cap_exceeded(x, t, rate):
        report.warn("CAP_EXCEEDED", schema.RATINGS.name, "", f"{x}/{t}",
                    f"{x} đảng viên «{rules.HTXS}» vượt {vnformat.decimal(rate)}% số «{rules.HTT}» "
                    f"({t}): tối đa {int(rate * t // 100)}. Đảng ủy cấp trên sẽ xem xét.")


def _cell_level(book: Book, period: rules.Period, report: Report) -> None:
    info = book.info
    level, common, task = info["cell_level"], info["cell_score_common"], info["cell_score_task"]
    if not (period.scored and level and common is not None and task is not None):
        return
    expected = rules.level_for_score(common + task)
    if rules.better(level, expected):
        report.error("CELL_LEVEL_ABOVE_SCORE", schema.INFO.name, info.cell("cell_level"), level,
                     f"Tổng điểm của chi bộ {vnformat.decimal(common + task)}/100 chỉ ứng với mức "
                     f"«{expected}».")
