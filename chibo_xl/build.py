"""check → figures → render → files: the one job behind `chibo-xl build` and the Excel button.

Refuses on errors; builds with warnings. Every template is checked for unknown variables and
every document rendered in memory before the first file is written; each file is then written
whole (temporary file, then rename). The workbook is only ever read.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import context as ctx
from .check import check_raw
from .findings import Report
from .outputs import OutputError, write_bytes
from .sections import number_sections
from .render import Combined, RenderError, find_template, render, require_fields, template_dirs
from .tables import Book
from .workbook import WorkbookError, read_workbook

#: document key → (file name pattern, title for messages)
TITLES = {
    "mau_01": "Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm {year}",
    "bien_ban_hop_kiem_diem": "Biên bản họp kiểm điểm, xếp loại năm {year}",
    "phieu_bieu_quyet": "Phiếu biểu quyết xếp loại đảng viên năm {year}",
    "bien_ban_kiem_phieu": "Biên bản kiểm phiếu xếp loại đảng viên năm {year}",
    "mau_02": "Mẫu 02 - Bản kiểm điểm cá nhân năm {year}",
    "bao_cao_nam": "Báo cáo tổng kết năm {year} và phương hướng năm {next_year}",
    "ke_hoach_nam": "Kế hoạch hoạt động chi bộ năm {year}",
    "bao_cao_nhiem_ky": "Báo cáo tổng kết nhiệm kỳ {term}",
    "bien_ban_sinh_hoat": "Biên bản sinh hoạt chi bộ {date}",
    "nghi_quyet_thang": "Nghị quyết chi bộ tháng {month}-{year}",
}
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


class BuildError(Exception):
    """The build cannot go on; the message is for the user."""


def safe_filename(name: str) -> str:
    """A file name Windows accepts: no <>:"/\\|?*, no control characters, no reserved names."""
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", name)
    name = re.sub(r"\s+", " ", name).strip(" .") or "van-ban"
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name[:120]


@dataclass
class Job:
    """One document to produce: where, from which template, with which context."""

    key: str
    template: str
    filename: str
    context: dict


@dataclass
class BuildResult:
    """What a build did: the check report, files made, documents skipped and why."""

    report: Report
    outdir: Path | None = None
    made: list = field(default_factory=list)
    pdfs: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (title, reason)

    @property
    def ok(self) -> bool:
        return not self.report.errors


def default_outdir(workbook: Path, year) -> Path:
    """A folder beside the workbook named after it and the year."""
    return workbook.parent / f"{workbook.stem}-van-ban-{year}"


def _title(key: str, book: Book, **extra) -> str:
    year = book.info["year"]
    values = {"year": year, "next_year": year + 1, "term": book.info["term"] or year}
    values.update(extra)
    return safe_filename(TITLES[key].format(**values))


def plan_jobs(book: Book, meetings: str | None = None) -> tuple[list[Job], list[tuple]]:
    """Every document the book can fill, and the ones skipped with the reason."""
    jobs, skipped = [], []
    year_ctx = ctx.year_context(book)
    review = ctx.review_context(book) if book.rows("ratings") else None

    used: set[str] = set()

    def add(key, data, template=None, filename=None, day=None):
        context = {**ctx.common(book, key, day), **year_ctx, **data}
        # which headings print, and their labels, depend on the document's own contents
        context["show"], context["num"] = number_sections(template or key, context)
        filename = filename or _title(key, book) + ".docx"
        stem, n = filename[:-5], 2
        while filename.casefold() in used:  # two members with one name: "… (2).docx"
            filename, n = f"{stem} ({n}).docx", n + 1
        used.add(filename.casefold())
        jobs.append(Job(key, template or key, filename, context))

    if review:
        for key in ("mau_01", "bien_ban_hop_kiem_diem", "phieu_bieu_quyet",
                    "bien_ban_kiem_phieu"):
            add(key, review, day=None)
    else:
        for key in ("mau_01", "bien_ban_hop_kiem_diem", "phieu_bieu_quyet",
                    "bien_ban_kiem_phieu"):
            skipped.append((_title(key, book), "trang «Xếp loại» chưa có dữ liệu"))
    forms = ctx.member_forms(book)
    folder = _title("mau_02", book)
    for form, name, data in forms:
        add("mau_02", data, template=f"mau_{form.lower()}",
            filename=f"{folder}/{safe_filename(f'{form} - {name}')}.docx")
    if book.rows("members"):
        add("bao_cao_nam", year_ctx)
    if book.rows("plan"):
        add("ke_hoach_nam", year_ctx)
    else:
        skipped.append((_title("ke_hoach_nam", book), "trang «Kế hoạch tháng» chưa có dữ liệu"))
    wants_term = any(r["doc_type"] == "Báo cáo tổng kết nhiệm kỳ" for r in book.rows("documents"))
    if wants_term and book.rows("indicators"):
        add("bao_cao_nhiem_ky", year_ctx)
    else:
        skipped.append((_title("bao_cao_nhiem_ky", book),
                        "chỉ lập khi trang «Văn bản» có dòng «Báo cáo tổng kết nhiệm kỳ» và "
                        "trang «Chỉ tiêu» có dữ liệu"))
    chosen = select_meetings(book, meetings)
    for meeting in chosen:
        data = ctx.meeting_context(book, meeting)
        day = meeting["date"]
        # the monthly resolution comes from the regular meeting; a thematic one has minutes only
        keys = ("bien_ban_sinh_hoat", "nghi_quyet_thang") if meeting["kind"] == "Thường kỳ" \
            else ("bien_ban_sinh_hoat",)
        for key in keys:
            name = _title(key, book, date=day.strftime("%d-%m-%Y"), month=f"{day.month:02d}")
            add(key, data, filename=name + ".docx", day=day)
            if len(chosen) > 1:  # one number in Văn bản cannot serve many minutes: hand filling
                jobs[-1].context["doc_number"] = ctx.blank_number(key)
    if meetings is None and book.rows("meetings"):
        skipped.append(("Biên bản và nghị quyết sinh hoạt tháng",
                        "chỉ lập khi yêu cầu: --meeting 2026-11 hoặc --meeting all"))
    return jobs, skipped


def select_meetings(book: Book, which: str | None) -> list:
    """Meetings chosen by "all", "2026-11" or "11/2026"; none when `which` is None."""
    if not which:
        return []
    rows = [m for m in book.rows("meetings") if m["date"]]
    if which == "all":
        return rows
    found = re.fullmatch(r"(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4})", which.strip())
    if not found:
        raise BuildError(f"Không hiểu tháng «{which}»: ghi dạng 2026-11 hoặc 11/2026.")
    year, month = (int(found[1]), int(found[2])) if found[1] else (int(found[4]), int(found[3]))
    chosen = [m for m in rows if (m["date"].year, m["date"].month) == (year, month)]
    if not chosen:
        raise BuildError(f"Trang «Sinh hoạt» không có buổi họp nào trong tháng {month}/{year}.")
    return chosen


def build_book(book: Book, report: Report, outdir: Path, templates=None,
               meetings: str | None = None) -> BuildResult:
    """Render every document of `book` into `outdir` (the check `report` must have no error)."""
    result = BuildResult(report, Path(outdir))
    if report.errors:
        return result
    jobs, result.skipped = plan_jobs(book, meetings)
    dirs = template_dirs(templates)
    paths = {job.template: find_template(job.template, dirs) for job in jobs}
    require_fields((path, next(job.context for job in jobs if job.template == name))
                   for name, path in paths.items())
    forms = Combined()
    rendered = [(job, render(paths[job.template], job.context,
                             forms if job.key == "mau_02" else None)) for job in jobs]
    if forms.base is not None:
        combined = Job("mau_02", "", _title("mau_02", book) + " - tất cả (để in).docx", {})
        rendered.append((combined, forms.to_bytes()))
    for job, data in rendered:
        result.made.append(write_bytes(result.outdir / job.filename, data))
    return result


def build(workbook, outdir=None, templates=None, meetings: str | None = None,
          pdf: bool = False) -> BuildResult:
    """Check the workbook file and, when it has no error, write every document it can fill.

    A `report_templates` folder beside the workbook overrides the built-in templates, and
    `templates` (a folder) overrides both.
    """
    workbook = Path(workbook)
    try:
        raw = read_workbook(workbook)
    except WorkbookError as exc:
        report = Report()
        report.error("FILE_UNREADABLE", workbook.name, "", None, str(exc))
        return BuildResult(report)
    book, report = check_raw(raw)
    if report.errors:
        return BuildResult(report)
    outdir = Path(outdir) if outdir else default_outdir(workbook, book.info["year"])
    extra = [templates, workbook.parent / "report_templates"]
    result = build_book(book, report, outdir, extra, meetings)
    if pdf and result.made:
        from .pdf import to_pdf
        result.pdfs = to_pdf(result.made)
    return result


__all__ = ["build", "build_book", "BuildResult", "BuildError", "RenderError", "OutputError"]
