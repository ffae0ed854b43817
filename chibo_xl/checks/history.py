"""Checks across years, on the «Lịch sử» sheet and this year's ratings (figures.history keeps the
sheet's figures): names the history holds, a member rated "Không hoàn thành nhiệm vụ" two years
running, members and the cell rated "Hoàn thành xuất sắc nhiệm vụ" several years running (the
cell's level read as the competent body decided it, else as the cell proposed it)."""
from __future__ import annotations

from ..figures import tally
from ..figures.history import EXCELLENT_YEARS_RUNNING, FAIL_YEARS_RUNNING, cell_levels
from ..rules import rulebook, texts
from ..rules.rating import final_level, join
from ..workbook import cells, schema
from ..workbook.findings import Report
from ..workbook.tables import Book, Record


# ---------------------------------------------------------------------------------------------
def _key(name, dob) -> tuple:
    return (cells.fold(name or ""), dob)


def _levels_by_member(book: Book) -> dict[tuple, dict[int, tuple[str, Record | None]]]:
    """(folded name, dob) → {year: (level, record)} from the history and this year's ratings."""
    out: dict = {}
    for r in book.rows("history"):
        if r["kind"] == schema.HISTORY_MEMBER and r["name"] and r["level"] and r["year"]:
            out.setdefault(_key(r["name"], r["dob"]), {})[r["year"]] = (r["level"], r)
    year = book.info["year"]
    joined = join(book)
    for r in book.rows("ratings"):
        level, member = final_level(r), joined.get(r.row)
        if member is not None and level and not r["not_rated"] and year:
            out.setdefault(_key(member["name"], member["dob"]), {})[year] = (level, r)
    return out


def _running(years_levels: dict, level: str, last: int) -> int:
    """How many years up to `last`, counting back without a gap, the level was `level`."""
    n = 0
    while years_levels.get(last - n, (None,))[0] == level:
        n += 1
    return n


def check_history(book: Book, report: Report, excellent_years: int | None = None) -> None:
    """Names in Lịch sử, KHTNV two years running, HTXSNV several years running."""
    excellent_years = (excellent_years or book.info["excellent_years"]
                       or EXCELLENT_YEARS_RUNNING)
    rows = book.rows("history")
    if not rows:
        return
    _cell_years(book, report, excellent_years)
    sheet = schema.HISTORY.name
    members = book.rows("members")
    names = {cells.fold(m["name"]) for m in members if m["name"]}
    gone = {cells.fold(r["name"]) for r in rows if r["name"] and r["movement"] in schema.LEAVING}
    for r in rows:
        if r["kind"] == schema.HISTORY_MEMBER and r["name"] and members \
                and cells.fold(r["name"]) not in names | gone:
            report.error("HISTORY_NAME_UNKNOWN", sheet, r.cell("name"), r["name"],
                         "Họ tên không có trong trang «Đảng viên» và không có dòng nào ghi đã "
                         "ra khỏi chi bộ (chuyển đi, từ trần, xóa tên…) ở cột «Biến động».")
    year = book.info["year"]
    current = {_key(m["name"], m["dob"]): m for m in tally.membership(book).current}
    last_past = max((r["year"] for r in rows if r["year"]), default=None)
    for key, levels in _levels_by_member(book).items():
        member = current.get(key)
        if member is None:
            continue
        last = year if year in levels else last_past
        if last is None:
            continue
        fails = _running(levels, rulebook.KHT, last)
        if fails >= FAIL_YEARS_RUNNING:
            span = ", ".join(str(y) for y in range(last - fails + 1, last + 1))
            report.warn("FAIL_YEARS_RUNNING", schema.MEMBERS.name, member.cell("name"),
                        member["name"],
                        f"Xếp loại «Không hoàn thành nhiệm vụ» {fails} năm liền ({span}): theo "
                        f"quy định thi hành Điều lệ Đảng ({texts.charter_rules(texts.year_end(last))}"
                        ") về xóa tên đảng viên, chi bộ xem xét, đề nghị cấp có thẩm quyền xóa "
                        "tên.")
        wins = _running(levels, rulebook.HTXS, last)
        if wins >= excellent_years:
            report.warn("EXCELLENT_YEARS_RUNNING", schema.MEMBERS.name, member.cell("name"),
                        member["name"],
                        f"Hoàn thành xuất sắc nhiệm vụ {wins} năm liền (đến năm {last}): có thể "
                        "đề nghị khen thưởng cấp trên (số năm theo quy định khen thưởng của "
                        "đảng bộ cấp trên).")


def _cell_years(book: Book, report: Report, excellent_years: int) -> None:
    """The cell «Hoàn thành xuất sắc nhiệm vụ» `excellent_years` years running, by the level the
    competent body decided, else the cell's own (`history.cell_levels`): a higher commendation
    may be proposed (Hướng dẫn 06-HD/TW §19; the number of years is the đảng bộ's setting)."""
    levels = {y: (level,) for y, level in cell_levels(book).items()}
    last = max(levels, default=None)
    if last is None:
        return
    wins = _running(levels, rulebook.HTXS, last)
    if wins >= excellent_years:
        info = book.info
        report.warn("CELL_EXCELLENT_YEARS_RUNNING", schema.INFO.name,
                    info.cell("cell_decided") if info["cell_decided"] else info.cell("cell_level"),
                    wins, f"Chi bộ hoàn thành xuất sắc nhiệm vụ {wins} năm liền (đến năm {last}, "
                    "theo mức cấp trên quyết định, năm chưa có thì theo mức chi bộ tự xếp loại): "
                    "có thể đề nghị khen thưởng cấp trên (số năm theo quy định khen thưởng của đảng "
                    "bộ cấp trên).")
