"""Checks of the Xếp loại sheet by the rules of the workbook's year (DESIGN §3): where a workbook
breaks a decision of `rules.rating` or a rule of `rules.rulebook`."""
from __future__ import annotations

import datetime as dt

from ..rules import article11, cell_rating, rulebook
from ..rules.rating import (
    VOTE_FOR_LEVEL,
    VOTE_KEYS,
    Voters,
    cap_groups,
    cap_verdicts,
    exclusion,
    final_level,
    join,
    voters,
)
from ..workbook import schema, vnformat
from ..workbook.findings import Report
from ..workbook.tables import Book, Record
from .cell_rating import check_cell_rating


def check_ratings(book: Book, report: Report, as_of: dt.date) -> None:
    """The cell's own rating (`check_cell_rating`); the members': exclusions, missing ratings,
    level against score and forcing cases, ballots and the cap."""
    ratings = book.rows("ratings")
    info, sheet = book.info, schema.RATINGS.name
    year = info["year"] or as_of.year
    period = rulebook.period_for(year)
    vote = voters(book)
    check_cell_rating(book, period, vote, report)
    if not ratings:
        return
    review = info["review_date"]
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
    _commendations(book, report)
    if period.scored and info["unit_level"] is None:
        report.warn("UNIT_LEVEL_MISSING", schema.INFO.name, info.cell("unit_level"), None,
                    "Chưa có «Xếp loại của nhà trường»: tập thể nhà trường được đánh giá, xếp "
                    "loại trước, làm cơ sở xếp loại chi bộ và đảng viên (Quy định 366-QĐ/TW, "
                    "Điều 12).")


def _level_rules(r: Record, member: Record | None, level: str, year: int,
                 period: rulebook.Period, report: Report) -> None:
    """Forcing cases, the sick-leave cap, the score and the conditions of Điều 11.

    Quy định 366-QĐ/TW Điều 11 (forcing, conditions; the leaders' cases from 2025 only) and
    Điều 3/12 (the civil-servant rating is a basis for the party rating).
    """
    sheet = schema.RATINGS.name
    where = r.cell("cell_level") or r.cell("self_level")
    leader = period.scored and member is not None and member["leader"] == schema.YES
    if level != rulebook.KHT and _forced(r, leader, level, period, where, report):
        return
    civil = r["civil_level"]
    if period.scored and civil and rulebook.better(level, civil):
        report.warn("LEVEL_ABOVE_CIVIL", sheet, where, level,
                    f"Mức xếp loại đảng viên cao hơn xếp loại viên chức «{civil}»: kết quả xếp "
                    "loại viên chức là cơ sở để xếp loại đảng viên (Quy định 366-QĐ/TW).")
    cap = rulebook.ceiling(year, r["sick_months"], r["maternity"] == schema.YES)
    if cap and rulebook.better(level, cap):
        report.error("LEVEL_SICK_CAP", sheet, r.cell("cell_level"), level,
                     f"Nghỉ ốm từ {rulebook.SICK_CAP_MONTHS} tháng trở lên: năm {year} chỉ xếp "
                     f"loại tối đa «{cap}» ({period.guidance}).")
    if not period.scored:
        return
    for column, need in article11.level_conditions(level, r, leader):
        report.error(CONDITION_CODES[column], sheet, r.cell(column), r[column],
                     f"«{level}» cần {need} ({period.regulation}, Điều 11).")
    common, task = r["score_common"], r["score_task"]
    if common is None or task is None:
        report.warn("SCORE_MISSING", sheet, r.cell("score_common"), None,
                    f"Từ năm 2025 cần điểm tiêu chí chung (/30) và kết quả nhiệm vụ (/70) "
                    f"({period.guidance}).")
        return
    expected = rulebook.level_for_score(common + task)
    total = vnformat.decimal(common + task)
    if rulebook.better(level, expected):
        report.error("LEVEL_ABOVE_SCORE", sheet, r.cell("cell_level") or r.cell("self_level"),
                     level, f"Tổng điểm {total}/100 chỉ ứng với mức «{expected}».")
    elif rulebook.better(expected, level):
        report.warn("LEVEL_BELOW_SCORE", sheet, r.cell("cell_level") or r.cell("self_level"),
                    level, f"Tổng điểm {total}/100 ứng với mức «{expected}»: kiểm tra lý do "
                    "xếp loại thấp hơn.")
    if r["self_level"] and rulebook.better(r["self_level"], expected):
        report.warn("SELF_LEVEL_ABOVE_SCORE", sheet, r.cell("self_level"), r["self_level"],
                    f"Đảng viên tự xếp loại cao hơn mức ứng với {total}/100 điểm.")


#: the finding of each condition of Điều 11 a level misses, by the column that shows it
CONDITION_CODES = {"fail_rate": "LEVEL_NEEDS_ALL_DONE", "unit_rate": "LEVEL_NEEDS_ALL_DONE",
                   "on_time_rate": "LEVEL_NEEDS_ON_TIME", "over_rate": "EXCELLENT_NEEDS_OVER_RATE",
                   "remedied": "EXCELLENT_NEEDS_REMEDIED"}


def _forced(r: Record, leader: bool, level: str, period: rulebook.Period, where: str,
            report: Report) -> bool:
    """The cases of Điều 11 forcing «Không hoàn thành nhiệm vụ» (`rules.article11`): an error
    for each that applies outright; a warning where the text leaves it to the competent body
    (the member reported and remedied the violation; a violation of an earlier year; a case
    the leaders' list does not name). True when an error was reported."""
    sheet, kht = schema.RATINGS.name, rulebook.KHT
    causes = article11.forcing_causes(r, leader, period.scored)
    reported = r["self_reported"] == schema.YES
    hard = [c for c in causes if not c.decided_above and not (c.excusable and reported)]
    if hard:
        report.error("LEVEL_FORCED", sheet, where, level,
                     f"Đảng viên {'; '.join(c.cause for c in hard)} phải xếp loại «{kht}» "
                     f"({period.regulation}, Điều 11).")
        return True
    for c in causes:
        if c.decided_above:
            report.warn("LEVEL_FORCED_DECIDED_ABOVE", sheet, r.cell(c.column) or where, level,
                        f"Đảng viên {c.cause}: {c.decided_above} ({period.regulation}, Điều 11).")
        else:
            report.warn("LEVEL_FORCED_EXCEPTION", sheet, where, level,
                        f"Đảng viên {c.cause} nhưng đã tự giác nhận lỗi, khắc phục xong hậu quả: "
                        f"cấp có thẩm quyền xem xét, quyết định mức xếp loại ({period.regulation}, "
                        f"Điều 11); nếu không, phải xếp loại «{kht}».")
    return False


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
    if not rulebook.has_majority(carried, voters_n):
        report.warn("NO_MAJORITY", sheet, r.cell(VOTE_FOR_LEVEL[level]), carried,
                    f"Mức «{level}» chỉ có {carried}/{voters_n} phiếu, chưa quá nửa số đảng viên "
                    "chính thức dự họp.")


def _cap(book: Book, report: Report) -> None:
    """The cap within the cell's groups (`cap_groups`, the setting «Nhóm tính tỷ lệ hoàn thành
    xuất sắc»): warnings only, the committee above applies it across its scope (Quy định
    366-QĐ/TW Điều 11). A group too small for the rate to allow anyone is said to be decided
    above, never «tối đa 0»."""
    rate = book.info["cap_rate"] or rulebook.DEFAULT_CAP_RATE
    for row in cap_verdicts(cap_groups(book), rate):
        x, t = row["htxs"], row["htt"]
        if row["exceeded"]:
            report.warn("CAP_EXCEEDED", schema.RATINGS.name, "", f"{x}/{t}",
                        f"{row['label']}: {x} «{rulebook.HTXS}» vượt {vnformat.decimal(rate)}% số "
                        f"«{rulebook.HTT}» ({t}): tối đa {row['limit']}, vượt {row['over']}. Cấp có "
                        "thẩm quyền xem xét, quyết định (Quy định 366-QĐ/TW, Điều 11).")
        elif row["small"]:
            report.warn("CAP_SMALL_GROUP", schema.RATINGS.name, "", f"{x}/{t}",
                        f"{row['label']}: {x} «{rulebook.HTXS}», {t} «{rulebook.HTT}» — nhóm quá "
                        f"nhỏ để tính tỷ lệ {vnformat.decimal(rate)}% riêng ở chi bộ. Tỷ lệ tính "
                        "«theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp "
                        "có thẩm quyền xem xét, quyết định» trong phạm vi đảng bộ (Quy định "
                        "366-QĐ/TW, Điều 11): chi bộ giữ mức đề nghị, đảng ủy quyết định.")


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
        elif judged and level != rulebook.HTXS:
            report.warn("COMMEND_NOT_EXCELLENT", sheet, r.cell("commendation"), wish,
                        f"Chi bộ đề nghị xếp loại «{level}»: khen thưởng đảng viên hằng năm dành "
                        f"cho đảng viên «{rulebook.HTXS}» (Hướng dẫn 06-HD/TW, mục 19.2); khen "
                        "thưởng không theo định kỳ cần thành tích đặc biệt xuất sắc.")
    wish = info["cell_commendation"]
    level, decided = cell_rating.official_or_proposed(info)   # the decided level first
    if wish and judged and level != rulebook.HTXS:
        said = "Cấp trên quyết định xếp loại chi bộ" if decided else "Chi bộ tự xếp loại"
        report.warn("CELL_COMMEND_NOT_EXCELLENT", schema.INFO.name, info.cell("cell_commendation"),
                    wish, f"{said} «{level or 'chưa ghi'}»: khen thưởng chi bộ hằng năm dành cho "
                          f"chi bộ «{rulebook.HTXS}» tiêu biểu (Hướng dẫn 06-HD/TW, mục 19).")
