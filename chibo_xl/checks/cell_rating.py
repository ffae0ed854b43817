"""Checks of the cell's own rating (Thông tin chung): its score, the conditions and forcing cases
of Quy định 366-QĐ/TW Điều 11 for a collective, the decision of the competent body, and how the
cell's proposal stands to the school's and its members' levels. The decisions and their sources
are `rules.cell_rating`'s."""
from __future__ import annotations

from ..rules import article11, cell_rating, rulebook
from ..rules.rating import Voters
from ..workbook import schema, vnformat
from ..workbook.findings import Report
from ..workbook.tables import Book

#: the finding of each condition of Điều 11 the cell's proposal misses, by the item showing it
CONDITION_CODES = {"cell_fail_rate": "CELL_NEEDS_ALL_DONE", "cell_on_time_rate": "CELL_NEEDS_ON_TIME",
                   "cell_over_rate": "CELL_NEEDS_OVER_RATE", "cell_remedied": "CELL_NEEDS_REMEDIED"}


def check_cell_rating(book: Book, period: rulebook.Period, vote: Voters, report: Report) -> None:
    """The cell's votes, score, conditions, forcing cases, decision and relations."""
    info, sheet = book.info, schema.INFO.name
    level, common, task = info["cell_level"], info["cell_score_common"], info["cell_score_task"]
    votes = info["cell_level_votes"]
    if votes is not None and vote.official is not None and votes > vote.official:
        report.error("BALLOT_OVER_PRESENT", sheet, info.cell("cell_level_votes"),
                     votes, f"Số phiếu ({votes}) lớn hơn số đảng viên chính thức dự họp "
                            f"({vote.official}).")
    _decision(book, report)
    if not (period.scored and level):
        return
    if common is not None and task is not None:
        expected = rulebook.level_for_score(common + task)
        if rulebook.better(level, expected):
            report.error("CELL_LEVEL_ABOVE_SCORE", sheet, info.cell("cell_level"), level,
                         f"Tổng điểm của chi bộ {vnformat.decimal(common + task)}/100 chỉ ứng với "
                         f"mức «{expected}».")
    if level != rulebook.KHT and _forced(book, level, period, report):
        return
    for key, need in cell_rating.conditions(level, info):
        report.error(CONDITION_CODES[key], sheet, info.cell(key), info[key],
                     f"Chi bộ tự xếp loại «{level}»: tập thể cần {need} ({period.regulation}, "
                     "Điều 11).")
    if level == rulebook.HTXS:
        for m, r in cell_rating.disciplined_leaders(book):
            earlier = r["earlier_violation"] == schema.YES
            (report.warn if earlier else report.error)(
                "CELL_EXCELLENT_LEADER_DISCIPLINED", schema.RATINGS.name, r.cell("discipline"),
                r["discipline"],
                f"Chi bộ tự xếp loại «{level}» nhưng đồng chí {m['name']} ({m['party_post']}) bị "
                f"kỷ luật {r['discipline'].lower()}: tập thể hoàn thành xuất sắc cần không có "
                f"thành viên của tập thể lãnh đạo bị kỷ luật ({period.regulation}, Điều 11)"
                + (f"; {article11.EARLIER_VIOLATION}." if earlier else "."))
    for code, said in cell_rating.relations(book):
        report.warn(code, sheet, info.cell("cell_level"), level,
                    f"{said}: kết quả xếp loại chi bộ dựa trên kết quả xếp loại của nhà trường, "
                    "tập thể lãnh đạo và toàn bộ đảng viên (Hướng dẫn 43-HD/BTCTW, mục 3); kiểm "
                    "tra lại mức đề xuất, cấp trên xem xét, quyết định.")


def _forced(book: Book, level: str, period: rulebook.Period, report: Report) -> bool:
    """The collective cases of Điều 11 forcing «Không hoàn thành nhiệm vụ»: an error each,
    unless the cell marks itself an exception (a warning: the competent body considers) or the
    case is a violation of an earlier year (decided above). True when an error was reported."""
    info, sheet, kht = book.info, schema.INFO.name, rulebook.KHT
    causes = cell_rating.forcing_causes(book)
    excused = info["cell_excused"] == schema.YES
    hard = [c for c in causes if not c.decided_above and not (c.excusable and excused)]
    if hard:
        report.error("CELL_LEVEL_FORCED", sheet, info.cell("cell_level"), level,
                     f"Chi bộ {'; '.join(c.cause for c in hard)}: tập thể phải xếp loại «{kht}» "
                     f"({period.regulation}, Điều 11), trừ trường hợp ngoại lệ (ghi «Có» ở mục "
                     f"«{schema.INFO.column('cell_excused').header}»).")
        return True
    for c in causes:
        why = (c.decided_above if c.decided_above else
               "chi bộ thuộc trường hợp ngoại lệ: cấp có thẩm quyền xem xét, quyết định mức xếp "
               f"loại; nếu không, phải xếp loại «{kht}»")
        report.warn("CELL_LEVEL_FORCED_EXCEPTION", sheet, info.cell("cell_level"), level,
                    f"Chi bộ {c.cause}: {why} ({period.regulation}, Điều 11).")
    return False


def _decision(book: Book, report: Report) -> None:
    """The competent body's decision follows the cell's own review (Quy định 366-QĐ/TW Điều 12:
    self-rating, appraisal, then the decision of the official level)."""
    info, sheet = book.info, schema.INFO.name
    day, review = info["cell_decided_date"], info["review_date"]
    if day is not None and review is not None and day < review:
        report.warn("CELL_DECIDED_BEFORE_REVIEW", sheet, info.cell("cell_decided_date"), day,
                    f"Ngày cấp trên quyết định xếp loại chi bộ ({vnformat.date_short(day)}) trước "
                    f"ngày họp kiểm điểm ({vnformat.date_short(review)}): cấp trên quyết định sau "
                    "khi chi bộ tự đánh giá, xếp loại (Quy định 366-QĐ/TW, Điều 12).")
    if day is not None and not info["cell_decided"]:
        report.warn("CELL_DECIDED_MISSING", sheet, info.cell("cell_decided"), None,
                    "Có ngày cấp trên quyết định nhưng chưa ghi «Mức xếp loại cấp trên quyết "
                    "định».")
