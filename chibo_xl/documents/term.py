"""The term in figures: several yearly Books → the context of the term report (seed 001).

`assemble` decides what the report rests on: the workbooks must be of one cell, on the same term
(the congress year may still name the term that ended that year: `terms.belongs`), one a year; a
year without its workbook is taken from the "Lịch sử" sheet of a later one, or named as missing.
`term_context` then prints, for every year, the figures the yearly build computes for that year
(`history.from_book`, the same functions), the term's targets against the result at its end,
and the targets of the next term. Pure: Books in, findings and plain dicts out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..figures import history, tally
from ..figures.history import YearFigures, admitted_on, from_book, from_history
from ..rules import terms
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.findings import Report
from ..workbook.tables import Book
from . import context as ctx

n2 = vn.count
SHORT = schema.LEVEL_SHORT


@dataclass
class Term:
    """What a term report rests on: the term, its years' figures, and where each came from."""

    term: str
    books: dict = field(default_factory=dict)     # year → (Book, label of its file)
    years: dict = field(default_factory=dict)     # year → YearFigures, in order
    from_history: dict = field(default_factory=dict)  # year → label of the file whose history
    missing: list = field(default_factory=list)   # years with neither workbook nor history

    @property
    def last(self) -> Book:
        return self.books[max(self.books)][0]


def assemble(books: list[tuple[Book, str]]) -> tuple[Term | None, Report]:
    """Check that `books` (each with its file's name) belong together; gather the term's years."""
    report = Report()
    if not books:
        report.error("TERM_NO_BOOK", "", "", None, "Chưa có sổ nào để lập báo cáo nhiệm kỳ.")
        return None, report
    books = sorted(books, key=lambda b: b[0].info["year"] or 0)
    last, last_name = books[-1]
    term = last.info["term"]
    if terms.parse_term(term) is None:
        report.error("TERM_UNKNOWN", last_name, last.info.cell("term") or "", term,
                     "Trang «Thông tin chung» chưa ghi «Nhiệm kỳ chi bộ» dạng 2025-2027.")
        return None, report
    result = Term(term)
    cell = cells.fold(last.info["cell_name"] or "")
    for book, name in books:
        year = book.info["year"]
        if cells.fold(book.info["cell_name"] or "") != cell:
            report.error("TERM_OTHER_CELL", name, book.info.cell("cell_name"),
                         book.info["cell_name"], f"Sổ của chi bộ khác: «{last_name}» là của "
                         f"«{last.info['cell_name']}».")
        elif not terms.belongs(term, year, book.info["term"]):
            report.error("TERM_OUTSIDE", name, book.info.cell("year"), year,
                         f"Năm {year} (nhiệm kỳ «{book.info['term'] or ''}») không thuộc nhiệm kỳ "
                         f"{term}.")
        elif year in result.books:
            report.error("TERM_YEAR_TWICE", name, book.info.cell("year"), year,
                         f"Hai sổ cùng năm {year}: «{result.books[year][1]}» và «{name}».")
        else:
            result.books[year] = (book, name)
    if report.errors:
        return None, report
    for year in terms.term_years(term):
        if year in result.books:
            result.years[year] = from_book(result.books[year][0])
            continue
        later = [(y, b, n) for y, (b, n) in sorted(result.books.items()) if y > year]
        kept = next(((n, f) for _y, b, n in later if (f := from_history(b, year))), None)
        if kept:
            result.from_history[year] = kept[0]
            result.years[year] = kept[1]
        elif year <= max(result.books):
            result.missing.append(year)
    for year, name in result.from_history.items():
        report.warn("TERM_YEAR_FROM_HISTORY", name, "", year,
                    f"Không có sổ năm {year}: số liệu năm {year} lấy từ trang «Lịch sử» của sổ này.")
    for year in result.missing:
        report.warn("TERM_YEAR_MISSING", last_name, "", year,
                    f"Không có sổ năm {year} và trang «Lịch sử» cũng không có năm này: báo cáo "
                    f"nhiệm kỳ thiếu số liệu năm {year}.")
    return result, report


def _pct(value) -> str:
    return f"{vn.decimal(value)}%" if value is not None else ""


def _year_label(t: Term, year: int) -> str:
    return f"{year} (theo Lịch sử)" if year in t.from_history else str(year)


def _fmt(rng, unit) -> str:
    if rng is None:
        return ""
    low, high = rng
    if unit == "đồng":
        body = vn.thousands(low) if low == high else f"{vn.thousands(low)}-{vn.thousands(high)}"
        return f"{body} đồng"
    suffix = "%" if unit == "%" else f" {unit}" if unit and unit != "khác" else ""
    body = vn.decimal(low, 2) if low == high else f"{vn.decimal(low, 2)}-{vn.decimal(high, 2)}"
    return body + suffix


def term_targets(t: Term) -> list[dict]:
    """Each term target as seed 001's table sets it: «Chỉ tiêu đề ra» (the indicator and the
    congress's target) beside «Kết quả đạt được» (the result at the end of the term with its
    verdict, «99,6% (vượt chỉ tiêu)», then every year's); `end` keeps the one-line form."""
    by_year = {year: {cells.fold(r["name"]): r for r in book.rows("indicators") if r["name"]}
               for year, (book, _n) in sorted(t.books.items())}
    out = []
    for r in t.last.rows("indicators"):
        if not r["name"] or not r["term_target"]:
            continue
        key = cells.fold(r["name"])
        yearly = [(y, rows[key]["result"]) for y, rows in by_year.items()
                  if key in rows and rows[key]["result"] is not None]
        result = r["result"] if r["result"] is not None else (yearly[-1][1] if yearly else None)
        verdict = tally.verdict(r["term_target"], result, r["direction"] == "Thấp hơn là tốt")
        target = _fmt(r["term_target"], r["unit"])
        end = (f"{target} → {_fmt(result, r['unit'])} {verdict.lower()}" if verdict
               else f"{target} → chưa có kết quả")
        years = "; ".join(f"{y}: {_fmt(v, r['unit'])}" for y, v in yearly)
        achieved = (f"{_fmt(result, r['unit'])} ({verdict.lower()})" if verdict
                    else "chưa có kết quả")
        out.append({"stt": str(len(out) + 1), "area": r["area"] or "", "name": r["name"],
                    "target": target, "result": _fmt(result, r["unit"]), "verdict": verdict,
                    "end": end, "years": years, "goal": f"{r['name']}: {target}",
                    "achieved": achieved + (f"\nTừng năm: {years}" if len(yearly) > 1 else "")})
    return out


def _next_targets(book: Book) -> list[dict]:
    rows = [r for r in book.rows("indicators") if r["name"] and r["next_term_target"]]
    return [{"stt": str(i), "area": r["area"] or "", "name": r["name"],
             "target": _fmt(r["next_term_target"], r["unit"])}
            for i, r in enumerate(rows, start=1)]


def _year_rows(t: Term) -> list[dict]:
    out = []
    for year, f in t.years.items():
        left = sum(len(v) for v in f.left.values())
        out.append({
            "year": _year_label(t, year), "start": n2(f.start), "admitted": n2(len(f.admitted)),
            "moved_in": n2(len(f.moved_in)), "left": n2(left), "end": n2(f.end),
            "official": n2(f.official), "probationary": n2(f.probationary),
            "rated": n2(f.rated), **{SHORT[k].lower(): n2(v) for k, v in f.counts.items()},
            "good": vn.percent(f.counts[schema.LEVELS[0]] + f.counts[schema.LEVELS[1]], f.rated)
            if f.rated else "", "cell_level": f.cell_level or "",
            "regular": n2(f.regular), "thematic": n2(f.thematic), "attendance": _pct(f.attendance),
            "supervised": n2(f.supervised), "found": n2(f.found), "remedied": n2(f.remedied)})
    return out


def _committee(t: Term) -> list[dict]:
    """The chi ủy at the end of the term, with each one's level in every year of the term."""
    last_year = max(t.years)
    rows = []
    for name, post, _level in t.years[last_year].committee:
        levels = []
        for year, f in t.years.items():
            level = next((lv for n, _p, lv in f.committee if cells.fold(n) == cells.fold(name)),
                         None)
            if level:
                levels.append(f"{year}: {SHORT[level]}")
        rows.append({"stt": str(len(rows) + 1), "name": name, "post": post or "",
                     "levels": "; ".join(levels)})
    return rows if any(r["levels"] for r in rows) else []   # no year rated: no table


def _achievements(t: Term) -> list[dict]:
    rows = []
    for year, (book, _n) in sorted(t.books.items()):
        for r in book.rows("achievements"):
            if r["title"]:
                rows.append({"school_year": f"{year - 1}-{year}", "name": r["name"] or "",
                             "title": r["title"], "level": r["level"] or "",
                             "count": n2(r["count"] or 1)})
    return rows


def _sentences(t: Term) -> dict:
    last = t.last
    ys = list(t.years.values())
    first, end = ys[0], ys[-1]
    year_s = ctx.sentences(last)
    s = dict.fromkeys(("meetings", "committee_meetings", "ratings"), "")
    profile = year_s["members_profile"]
    s["members_profile"] = ("Cuối nhiệm kỳ, c" + profile[1:]) if profile else ""
    admitted = [(n, d) for f in ys for n, d in f.admitted]
    moved_in = sum(len(f.moved_in) for f in ys)
    left: dict = {}
    for f in ys:
        for k, v in f.left.items():
            left[k] = left.get(k, 0) + len(v)
    moves = ([f"kết nạp mới {n2(len(admitted))}"] if admitted else []) + \
        ([f"chuyển đến {n2(moved_in)}"] if moved_in else []) + \
        [f"{k.lower()} {n2(v)}" for k, v in left.items()]
    opening = terms.term_years(t.term)[:1] == [first.year]
    if opening:
        head = (f"Đầu nhiệm kỳ (năm {first.year}) chi bộ có {n2(first.start)} đảng viên"
                + (f"; trong nhiệm kỳ {', '.join(moves)}" if moves else ""))
    else:   # the first years are missing: say from when the figures run
        head = (f"Đầu năm {first.year} chi bộ có {n2(first.start)} đảng viên"
                + (f"; từ đó đến cuối nhiệm kỳ {', '.join(moves)}" if moves else ""))
    s["movement"] = head + f"; cuối nhiệm kỳ (năm {end.year}) có {n2(end.end)} đảng viên."
    s["development"] = ("Trong nhiệm kỳ, chi bộ kết nạp " + n2(len(admitted)) + " đảng viên mới: "
                        + "; ".join(f"đồng chí {n} ({admitted_on(d)})" for n, d in admitted)
                        + ".") if admitted else ""
    regular, thematic = sum(f.regular for f in ys), sum(f.thematic for f in ys)
    rates = [f.attendance for f in ys if f.attendance is not None]
    if regular or thematic:
        span = (f"; tỷ lệ đảng viên dự sinh hoạt hằng năm từ {_pct(min(rates))} đến "
                f"{_pct(max(rates))}" if len(set(rates)) > 1 else
                f"; tỷ lệ đảng viên dự sinh hoạt đạt {_pct(rates[0])}" if rates else "")
        s["meetings"] = (f"Trong nhiệm kỳ, chi bộ tổ chức {n2(regular)} buổi sinh hoạt thường kỳ "
                         f"và {n2(thematic)} buổi sinh hoạt chuyên đề{span}.")
        leader = "Chi ủy" if tally.has_committee(last) else "Bí thư chi bộ"
        s["committee_meetings"] = (f"{leader} chuẩn bị và chủ trì {n2(regular)} buổi sinh hoạt "
                                   f"chi bộ thường kỳ, {n2(thematic)} buổi chuyên đề trong nhiệm kỳ.")
    rated = [f for f in ys if f.rated]
    if rated:
        s["ratings"] = "Kết quả xếp loại chất lượng đảng viên: " + "; ".join(
            f"năm {f.year}: {f.counts[schema.LEVELS[0]] + f.counts[schema.LEVELS[1]]}/{f.rated} "
            f"hoàn thành tốt nhiệm vụ trở lên" for f in rated) + "."
    # the level the competent body decided is the official one (Quy định 366-QĐ/TW Điều 12);
    # a year without it says the cell's own proposal as such
    levels = [(f.year, *history.cell_level_of(f)) for f in ys if f.cell_level or f.cell_decided]
    if levels and all(not decided for _, _, decided in levels):
        s["cell_levels"] = "Chi bộ tự xếp loại: " + "; ".join(
            f"năm {y} {level.lower()}" for y, level, _ in levels) + "."
    elif levels:
        s["cell_levels"] = "Xếp loại chất lượng chi bộ: " + "; ".join(
            f"năm {y} {level.lower()}" + ("" if decided else " (chi bộ tự xếp loại)")
            for y, level, decided in levels) + "."
    else:
        s["cell_levels"] = ""
    watched = [f for f in ys if f.supervised]
    s["supervision"] = ("Trong nhiệm kỳ, chi bộ giám sát " + n2(sum(f.supervised for f in watched))
                        + " lượt đảng viên (" + "; ".join(f"năm {f.year}: {n2(f.supervised)}"
                                                         for f in watched) + ").") if watched else ""
    seen = [f for f in ys if f.found]
    s["manifest"] = ("Qua tự phê bình và phê bình theo Nghị quyết Trung ương 4, chi bộ nhận diện "
                     "biểu hiện suy thoái và khắc phục: " + "; ".join(
                         f"năm {f.year} nhận diện {n2(f.found)}, đã khắc phục {n2(f.remedied)}"
                         for f in seen) + ".") if seen else ""
    used = [str(y) for y in t.books] + [f"{y} (theo trang «Lịch sử» của sổ «{n}»)"
                                        for y, n in t.from_history.items()]
    s["basis_years"] = ("Số liệu của báo cáo tổng hợp từ sổ chi bộ các năm "
                        + ", ".join(sorted(used)) + "."
                        + (" Chưa có số liệu năm " + ", ".join(map(str, t.missing)) + "."
                           if t.missing else ""))
    # the report itself speaks of the term, not of workbooks (seed 001): only a year without
    # figures is said; `basis_years` is for the terminal
    s["missing_years"] = ("Chưa có số liệu năm " + ", ".join(map(str, t.missing)) + "."
                          if t.missing else "")
    return s


def term_bases(t: Term) -> list[str]:
    """The term report's bases, the đảng ủy's plan for the congress first (seed 001: «Thực hiện
    Kế hoạch số 10-KH/ĐU ngày 03/10/2022 của Đảng ủy xã Hoà Bình về tổ chức Đại hội các Chi bộ
    nhiệm kì 2022-2025»): the last book's «Căn cứ» rows naming the congress, else that line with
    its number and date left to fill by hand."""
    last = t.last
    lines = [line for line in ctx.typed_bases(last) if "đại hội" in line.casefold()]
    if not lines:
        superior = ctx.superior_committee(last.info["superior"] or "") or "Đảng ủy ……"
        lines = [f"Thực hiện Kế hoạch số ……-KH/ĐU ngày …… của {superior} về tổ chức Đại hội các "
                 f"chi bộ nhiệm kỳ {ctx.book_next_term(last.info)}"]
    return ctx.punctuated(lines, ";")


def term_context(t: Term) -> dict:
    """Everything the term report prints (templates never compute)."""
    last = t.last
    rows = _year_rows(t)
    return {
        "term_bases": term_bases(t),
        "term": t.term, "next_term": ctx.book_next_term(last.info),
        "term_years": ", ".join(map(str, t.years)),
        "text": ctx.narrative(last), "s": _sentences(t),
        "years_members": rows, "years_ratings": [r for r in rows if r["rated"] != "00"],
        "years_activity": [r for r, f in zip(rows, t.years.values())
                           if f.regular or f.thematic or f.supervised or f.found],
        "term_targets": term_targets(t),
        "next_term_targets": _next_targets(last), "achievements_by_year": _achievements(t),
        "committee": _committee(t),
    }


def year_figures(t: Term) -> list[YearFigures]:
    """The term's years' figures, in order (handy for tests and the summary line)."""
    return list(t.years.values())
