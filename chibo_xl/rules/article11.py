"""Quy định 366-QĐ/TW (30/8/2025), Điều 11: the conditions of each level and every case that
forces «Không hoàn thành nhiệm vụ», for members, leaders and the cell itself.

Wording (quoted whole in tnt305/tai_lieu_noi_bo src/etl/dataset/798cd4156f607f4a.md; the same
in 1b533b099f4ea315.md and 0a1e2260de436b1a.md; ../shared/RULES.md, «Corrections and additions»):

- every level from «Hoàn thành nhiệm vụ» up needs «Hoàn thành 100% các nhiệm vụ được giao»
  («… đúng hạn …» for the two best; HTNV: «số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%»);
  HTXSNV also «ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu» and «Đã khắc phục 100% các
  hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)». For a leader, the tasks
  are those of «các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp lãnh đạo,
  quản lý»; for the collective, «Không có đơn vị trực thuộc … hoặc thành viên của tập thể lãnh
  đạo, quản lý bị kỷ luật» besides.
- «Không hoàn thành nhiệm vụ» — **members who are not leaders** (and those outside the political
  system): «Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái …, vi phạm liên quan đến hoạt
  động công vụ bị xử lý kỷ luật từ khiển trách trở lên, vi phạm những điều đảng viên không được
  làm, vi phạm quy định về trách nhiệm nêu gương …»; «Có trên 50% số nhiệm vụ trong năm bị đánh
  giá không hoàn thành»; exception «tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu
  quả» → the competent body decides. **Leaders**: the unit led «hoàn thành dưới 70% số nhiệm vụ
  … hoặc có trên 50% tổng số … đơn vị, bộ phận mà cá nhân phụ trách … bị xếp loại "Không hoàn
  thành nhiệm vụ"»; «trên 50% số phiếu tín nhiệm thấp»; discipline from khiển trách for a
  violation of one's duties; decline concluded; «Có tổ chức hoặc cá nhân trong phạm vi quản lý
  trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật»; exception «đã chủ động
  phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả». The leaders' list does
  not name the breach of «những điều đảng viên không được làm» or of the duty to set an example,
  nor «trên 50% số nhiệm vụ»: for a leader those are the competent body's call, said so.
- «Một số trường hợp cần lưu ý (1)»: a violation of an earlier year disciplined only now — «cấp
  uỷ cấp trên có thẩm quyền căn cứ vào hình thức kỷ luật … để đánh giá, xếp loại»: the committee
  above decides, a warning, not an error.

Before 2025 (Quy định 132, 124) only the two cases confirmed for those years apply: discipline
from khiển trách up, and more than half of the tasks not done. Pure functions over a rating row
(anything with `.get`); `checks.ratings` reports, the cell's own rating reuses `level_conditions`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..workbook import schema

HTXS, HTT, HT, KHT = schema.LEVELS
EXCELLENT_MIN_OVER_RATE = 30.0
ON_TIME_FULL = 100.0          # HTXSNV and HTTNV: every task on time
LATE_LIMIT = 20.0             # HTNV: at most 20% of tasks late
FAIL_RATE_LIMIT = 50.0        # members: more than half of the tasks not done
UNIT_MIN_RATE = 70.0          # leaders: the unit they lead completes at least 70% of its tasks
UNITS_FAILED_LIMIT = 50.0     # leaders: more than half of the units they lead rated KHTNV
LOW_CONFIDENCE_LIMIT = 50.0   # leaders: more than half of the confidence votes low
DISCIPLINE_FORCING = ("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")
NOT_ALL_REMEDIED = "Chưa khắc phục hết"
#: «Bị kết luận suy thoái, vi phạm» (Xếp loại): what the competent body concluded
DECLINE, FORBIDDEN, EXAMPLE = schema.CONCLUSIONS
CONCLUSION_CAUSE = {
    DECLINE: "bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo "
             "đức, lối sống, «tự diễn biến», «tự chuyển hoá»",
    FORBIDDEN: "vi phạm những điều đảng viên không được làm",
    EXAMPLE: "vi phạm quy định về trách nhiệm nêu gương",
}
UNLISTED_FOR_LEADERS = ("danh sách các trường hợp «Không hoàn thành nhiệm vụ» của người giữ "
                        "chức vụ lãnh đạo, quản lý không nêu trường hợp này: cấp có thẩm quyền "
                        "xem xét, quyết định")
EARLIER_VIOLATION = ("vi phạm xảy ra từ năm trước, đến nay mới bị kỷ luật: cấp ủy cấp trên có "
                     "thẩm quyền căn cứ hình thức kỷ luật, nội dung, tính chất, mức độ, hậu quả "
                     "vi phạm để đánh giá, xếp loại (trường hợp cần lưu ý 1)")


@dataclass(frozen=True)
class Forcing:
    """One case of Điều 11 that forces «Không hoàn thành nhiệm vụ»."""

    column: str            # the Xếp loại column that shows it
    cause: str             # "bị kỷ luật khiển trách trong năm"
    excusable: bool        # the self-reported-and-remedied exception applies
    #: why the competent body decides instead (a warning, not an error); "" when forced
    decided_above: str = ""


def _number(value) -> float | None:
    return value if isinstance(value, (int, float)) else None


def forcing_causes(r, leader: bool, scored: bool = True) -> list[Forcing]:
    """Every case of the rating row `r` forcing «Không hoàn thành nhiệm vụ», in the text's order.

    `leader`: the member holds a leadership post (Mẫu 02A); `scored`: the year is judged by
    Quy định 366 (2025 on) — before, only discipline and more than half of the tasks not done.
    """
    discipline, fail = r.get("discipline"), _number(r.get("fail_rate"))
    conclusion = r.get("conclusion")
    earlier = EARLIER_VIOLATION if r.get("earlier_violation") == schema.YES else ""
    disciplined = (Forcing("discipline", f"bị kỷ luật {discipline.lower()} trong năm", True,
                           earlier) if discipline in DISCIPLINE_FORCING else None)
    failed = (Forcing("fail_rate", f"có trên {FAIL_RATE_LIMIT:.0f}% số nhiệm vụ trong năm bị đánh "
                      "giá không hoàn thành", False) if fail is not None and
              fail > FAIL_RATE_LIMIT else None)
    if not scored:
        return [c for c in (disciplined, failed) if c]
    concluded = (Forcing("conclusion", CONCLUSION_CAUSE[conclusion], True)
                 if conclusion in CONCLUSION_CAUSE else None)
    if not leader:
        return [c for c in (concluded, disciplined, failed) if c]
    found = []
    unit, units_failed = _number(r.get("unit_rate")), _number(r.get("units_failed"))
    low = _number(r.get("low_confidence"))
    if unit is not None and unit < UNIT_MIN_RATE:
        found.append(Forcing("unit_rate", f"có đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn "
                             f"thành dưới {UNIT_MIN_RATE:.0f}% số nhiệm vụ", False))
    if units_failed is not None and units_failed > UNITS_FAILED_LIMIT:
        found.append(Forcing("units_failed", f"có trên {UNITS_FAILED_LIMIT:.0f}% số đơn vị, bộ "
                             "phận mình phụ trách bị xếp loại «Không hoàn thành nhiệm vụ»",
                             False))
    if low is not None and low > LOW_CONFIDENCE_LIMIT:
        found.append(Forcing("low_confidence", f"có trên {LOW_CONFIDENCE_LIMIT:.0f}% số phiếu tín "
                             "nhiệm thấp", False))
    if disciplined:
        found.append(disciplined)
    if concluded:
        found.append(concluded if conclusion == DECLINE else
                     Forcing("conclusion", concluded.cause, True, UNLISTED_FOR_LEADERS))
    if r.get("scope_corruption") == schema.YES:
        found.append(Forcing("scope_corruption", "có tổ chức hoặc cá nhân trong phạm vi quản lý "
                             "trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật",
                             True))
    if failed:
        found.append(Forcing("fail_rate", failed.cause, False, UNLISTED_FOR_LEADERS))
    return found


def forced_level(r, leader: bool = False, scored: bool = True) -> str | None:
    """«Không hoàn thành nhiệm vụ» when a case forces it outright (no exception, nobody above
    to decide), else None."""
    forced = [c for c in forcing_causes(r, leader, scored) if not c.decided_above]
    return KHT if forced else None


def level_conditions(level: str, r, leader: bool = False) -> list[tuple[str, str]]:
    """(column, what the level needs) for each condition of `level` the row `r` misses.

    Every level from HTNV up: all tasks done (`fail_rate` > 0 misses; a leader's are the unit's:
    `unit_rate` < 100 misses); HTXS/HTT: 100% on time; HTNV: at most 20% late; HTXS: at least
    30% exceeded and every earlier shortcoming remedied. A blank figure is not judged (blank is
    never a result). For a leader `on_time_rate` and `over_rate` are the unit's (their help says
    so); the cell's own rating passes the Thông tin chung figures under these same keys.
    """
    if level not in (HTXS, HTT, HT):
        return []
    missing = []
    done_column, done_need = (("unit_rate", "đơn vị do mình trực tiếp lãnh đạo, quản lý hoàn "
                               "thành 100% các nhiệm vụ được giao") if leader else
                              ("fail_rate", "hoàn thành 100% các nhiệm vụ được giao"))
    done = _number(r.get(done_column))
    if done is not None and (done < 100 if leader else done > 0):
        missing.append((done_column, done_need))
    on_time = _number(r.get("on_time_rate"))
    if on_time is not None:
        if level in (HTXS, HTT) and on_time < ON_TIME_FULL:
            missing.append(("on_time_rate", "100% nhiệm vụ hoàn thành đúng hạn"))
        elif level == HT and on_time < ON_TIME_FULL - LATE_LIMIT:
            missing.append(("on_time_rate", f"số nhiệm vụ chưa bảo đảm tiến độ không vượt quá "
                                            f"{LATE_LIMIT:.0f}%"))
    over = _number(r.get("over_rate"))
    if level == HTXS and over is not None and over < EXCELLENT_MIN_OVER_RATE:
        missing.append(("over_rate", f"từ {EXCELLENT_MIN_OVER_RATE:.0f}% nhiệm vụ vượt mức trở "
                                     "lên"))
    if level == HTXS and r.get("remedied") == NOT_ALL_REMEDIED:
        missing.append(("remedied", "khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ "
                                    "kiểm điểm trước"))
    return missing
