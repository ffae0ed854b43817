"""The cell's own rating as a collective (tập thể): the conditions of its level, the cases that
force «Không hoàn thành nhiệm vụ», who decides it, and how it stands to the school's and its
members' levels.

Sources (copies in tnt305/tai_lieu_noi_bo, src/etl/dataset; ../notes/research-23.md §1-2):

- Quy định 366-QĐ/TW (30/8/2025) Điều 11, for «tập thể» (798cd4156f607f4a.md, 0a1e2260de436b1a.md):
  HTXSNV «Hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong
  đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu. Không có đơn vị trực thuộc … hoặc
  thành viên của tập thể lãnh đạo, quản lý bị kỷ luật.» and «Đã khắc phục 100% các hạn chế,
  khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)»; HTTNV «Hoàn thành 100% các nhiệm
  vụ được giao, đúng hạn …»; HTNV «Hoàn thành 100% các nhiệm vụ được giao; số nhiệm vụ chưa bảo
  đảm tiến độ không vượt quá 20%» — the same conditions as a member's, so `article11.
  level_conditions` judges both. KHTNV, «Đối với tập thể lãnh đạo, quản lý»: «Bị cấp có thẩm
  quyền kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức,
  chạy quyền trong phạm vi phụ trách»; «Có thành viên trong tập thể lãnh đạo, quản lý vi phạm
  liên quan đến chức trách, nhiệm vụ … bị xử lý kỷ luật từ khiển trách trở lên (trừ trường hợp
  … vi phạm đó xảy ra từ thời điểm tại tổ chức … khác chuyển đến hoặc hành vi vi phạm đó không
  liên quan đến chức trách, thẩm quyền của tập thể …)»; «Có thành viên trong tập thể lãnh đạo,
  quản lý bị cấp có thẩm quyền kết luận có biểu hiện suy thoái …»; «… hoàn thành dưới 70% số
  nhiệm vụ theo chương trình, kế hoạch trong năm». Exception: «có lý do bất khả kháng hoặc … bị
  xử lý kỷ luật nhưng đã chủ động phát hiện vi phạm và khắc phục kịp thời thì cấp có thẩm quyền
  … xem xét» — Thông tin chung «Chi bộ thuộc trường hợp ngoại lệ (Điều 11)» turns the forced
  level into a warning, as a member's «Tự giác nhận lỗi …» does. A leader's discipline forces it
  only for a violation of the duties, not one from another unit or outside the collective's
  duties — facts no column holds: a warning for the cell to weigh. A violation of an earlier
  year disciplined only now («trường hợp cần lưu ý 1») is the committee above's call: a warning.
- The cell's leadership (tập thể lãnh đạo) is its chi ủy, or the secretary and deputy where it
  has none (Điều lệ Đảng Điều 24 khoản 4; Hướng dẫn 43-HD/BTCTW §1): the members whose «Chức vụ
  Đảng» is Bí thư, Phó Bí thư or Chi ủy viên. A chi bộ has no «đơn vị trực thuộc».
- Hướng dẫn 43-HD/BTCTW §3 (1728827cd11225bf.md): «Kết quả đánh giá, xếp loại tổ chức đảng dựa
  trên kết quả đánh giá, xếp loại chất lượng của: tập thể tổ chức, cơ quan, đơn vị; tập thể lãnh
  đạo, quản lý, tổ chức đảng trực thuộc (nếu có) và toàn bộ đảng viên»; the chi bộ rates itself,
  and «Đảng uỷ cơ sở … xem xét đánh giá, xếp loại chất lượng đối với chi bộ trực thuộc», «Ban
  Thường vụ đảng ủy cấp trên trực tiếp … xem xét, quyết định» for a chi bộ cơ sở. Quy định 366
  Điều 12: the unit is rated before the party organisation, which the competent body then
  decides («mức xếp loại chính thức»). No text ties the cell's level to the school's or its
  members' by a rule: those relations are warnings (`relations`), never errors.
"""
from __future__ import annotations

from ..workbook import schema
from ..workbook.tables import Book, Record
from . import article11, rulebook
from .rating import final_level, join

#: «Chức vụ Đảng» of the members of the cell's leadership (its chi ủy, or Bí thư and Phó Bí thư)
LEADERSHIP_POSTS = ("Bí thư", "Phó Bí thư", "Chi ủy viên")
#: Thông tin chung items that hold the cell's figures, under the keys `article11` reads
FIGURES = {"fail_rate": "cell_fail_rate", "on_time_rate": "cell_on_time_rate",
           "over_rate": "cell_over_rate", "remedied": "cell_remedied"}
#: the collective's own «hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch»
COLLECTIVE_MIN_DONE = 70.0
UNDER_GRASSROOTS, BASIC_CELL = schema.CELL_TYPES
#: a leader's discipline forces the collective only for a violation «liên quan đến chức trách,
#: nhiệm vụ trong thực thi công vụ», not one from another unit or outside the collective's duties:
#: facts the workbook does not hold, so never an error (blank is not judged)
UNRELATED = ("tập thể phải xếp loại «Không hoàn thành nhiệm vụ» nếu vi phạm liên quan đến chức "
             "trách, nhiệm vụ trong thực thi công vụ, trừ khi vi phạm xảy ra ở tổ chức, đơn vị khác "
             "trước khi chuyển đến hoặc không liên quan đến chức trách, thẩm quyền của tập thể lãnh "
             "đạo hiện tại: chi bộ đối chiếu, cấp có thẩm quyền xem xét, quyết định")


def figures(info) -> dict:
    """The cell's task figures as `article11` reads a rating row (blank stays None)."""
    return {key: info[item] for key, item in FIGURES.items()}


def conditions(level: str | None, info) -> list[tuple[str, str]]:
    """(Thông tin chung key, what `level` needs) for each condition of Điều 11 (tập thể) the
    cell's own figures miss; a blank figure is not judged."""
    if not level:
        return []
    return [(FIGURES[column], need)
            for column, need in article11.level_conditions(level, figures(info))]


def leadership(book: Book) -> list[tuple[Record, Record]]:
    """(member, rating row) of each member of the cell's leadership with a rating row."""
    joined = join(book)
    return [(joined[r.row], r) for r in book.rows("ratings")
            if r.row in joined and joined[r.row]["party_post"] in LEADERSHIP_POSTS]


def disciplined_leaders(book: Book) -> list[tuple[Record, Record]]:
    """Members of the leadership disciplined in the year (any form): HTXSNV needs none."""
    return [(m, r) for m, r in leadership(book)
            if r["discipline"] and r["discipline"] != schema.DISCIPLINE[0]]


def forcing_causes(book: Book) -> list[article11.Forcing]:
    """Every case of Điều 11 «Đối với tập thể lãnh đạo, quản lý» forcing the cell to «Không
    hoàn thành nhiệm vụ», in the text's order. All are excusable (bất khả kháng, self-found and
    remedied: the competent body considers); a leader's discipline is always left to the
    competent body (`UNRELATED`; an earlier year's violation: lưu ý 1)."""
    info, Forcing = book.info, article11.Forcing
    found = []
    if info["cell_concluded"] == schema.YES:
        found.append(Forcing("cell_concluded", "bị cấp có thẩm quyền kết luận có sai phạm trong "
                             "công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền "
                             "trong phạm vi phụ trách", True))
    for m, r in leadership(book):
        if r["discipline"] in article11.DISCIPLINE_FORCING:
            earlier = article11.EARLIER_VIOLATION if r["earlier_violation"] == schema.YES else ""
            found.append(Forcing("discipline", f"có thành viên tập thể lãnh đạo (đồng chí "
                                 f"{m['name']}, {m['party_post']}) bị kỷ luật "
                                 f"{r['discipline'].lower()}", True, earlier or UNRELATED))
        if r["conclusion"] == article11.DECLINE:
            found.append(Forcing("conclusion", f"có thành viên tập thể lãnh đạo (đồng chí "
                                 f"{m['name']}) bị cấp có thẩm quyền kết luận có biểu hiện suy "
                                 "thoái", True))
    fail = info["cell_fail_rate"]
    if isinstance(fail, (int, float)) and 100 - fail < COLLECTIVE_MIN_DONE:
        found.append(Forcing("cell_fail_rate", f"hoàn thành dưới {COLLECTIVE_MIN_DONE:.0f}% số "
                             "nhiệm vụ theo chương trình, kế hoạch trong năm", True))
    return found


def decided(info) -> str | None:
    """The cell's official level: the one the competent body decided when typed (Quy định 366
    Điều 12), else None — the cell's own «Chi bộ tự xếp loại» is a proposal."""
    return info["cell_decided"]


def official_or_proposed(info) -> tuple[str | None, bool]:
    """(level, decided): the decided level when typed, else the cell's proposal."""
    if info["cell_decided"]:
        return info["cell_decided"], True
    return info["cell_level"], False


def decider(cell_type: str | None, superior_committee: str) -> str:
    """Who decides the cell's level (Hướng dẫn 43-HD/BTCTW §3): the đảng ủy cơ sở for a chi bộ
    under it, the standing committee of the đảng ủy above for a chi bộ cơ sở; «cấp có thẩm
    quyền» when the type is not given. `superior_committee`: "Đảng ủy xã Định An" or ""."""
    if cell_type == UNDER_GRASSROOTS:
        return superior_committee or "Đảng ủy cơ sở"
    if cell_type == BASIC_CELL:
        return "Ban Thường vụ " + (superior_committee or "đảng ủy cấp trên")
    return "cấp có thẩm quyền"


def relations(book: Book) -> list[tuple[str, str]]:
    """(code, sentence) of each way the cell's proposal stands above what it rests on (Hướng
    dẫn 43-HD/BTCTW §3: «dựa trên» the unit's, the leadership's and all members' levels): above
    the school's level; «Hoàn thành xuất sắc» with a member «Không hoàn thành nhiệm vụ». No text
    sets a rule here, so these are for the cell and the đảng ủy to weigh."""
    info = book.info
    level, school = info["cell_level"], info["unit_level"]
    out = []
    if level and school and rulebook.better(level, school):
        out.append(("CELL_ABOVE_UNIT", f"Chi bộ tự xếp loại «{level}», cao hơn xếp loại của nhà "
                    f"trường «{school}»"))
    if level == rulebook.HTXS:
        failed = [r["name"] for r in book.rows("ratings")
                  if final_level(r) == rulebook.KHT and not r["not_rated"]]
        if failed:
            out.append(("CELL_EXCELLENT_MEMBER_FAILED", f"Chi bộ tự xếp loại «{level}» nhưng có "
                        f"đảng viên «{rulebook.KHT}» ({', '.join(failed)})"))
    return out
