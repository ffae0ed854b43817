"""check → figures → render → files: the one job behind `chibo-xl build` and the Excel button.

Refuses on errors; builds with warnings. Every template is checked for unknown variables and
every document rendered in memory before the first file is written; each file is then written
whole (temporary file, then rename). The workbook is only ever read.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..checks.pipeline import check_raw
from ..documents import context as ctx
from ..documents import dates, kinds
from ..documents.kinds import Source
from ..documents.sections import number_sections
from ..files.faults import WINDOWS_DEVICES
from ..files.outputs import OutputError, write_set
from ..render.printfile import Combined
from ..render.renderer import RenderError, find_template, render, template_dirs
from ..render.templatefields import require_fields
from .coverage import warn_unused_sections
from ..workbook.findings import Report
from ..workbook.reader import WorkbookError, read_workbook
from ..workbook.schema import NO, YES
from ..workbook.tables import Book

_RESERVED = WINDOWS_DEVICES


MEETING_DOCS_OFF = ("trang «Thông tin chung» ghi «Lập biên bản, nghị quyết sinh hoạt: Không» "
                    "(chi bộ ghi biên bản bằng tay)")


class BuildError(Exception):
    """The build cannot go on; the message is for the user."""


def failure_message(exc: Exception) -> str:
    """The one sentence telling the user a build failed: "Không tạo được văn bản: …", said once
    even when the cause (a template's error) already begins with those words."""
    text = str(exc)
    return text if text.startswith("Không tạo được văn bản") else f"Không tạo được văn bản: {text}"


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
    owner: str = ""     # what makes it, in the output folder's manifest (`owner_of`)


@dataclass
class BuildResult:
    """What a build did: the check report, files made, documents skipped and why."""

    report: Report
    outdir: Path | None = None
    made: list = field(default_factory=list)
    pdfs: list = field(default_factory=list)
    notes: list = field(default_factory=list)    # edited files kept, stale files removed…
    skipped: list = field(default_factory=list)  # (title, reason)

    @property
    def ok(self) -> bool:
        return not self.report.errors


def default_outdir(workbook: Path, year) -> Path:
    """A folder beside the workbook named after it and the year."""
    return workbook.parent / f"{workbook.stem}-van-ban-{year}"


def _title(kind, book: Book, **extra) -> str:
    year = book.info["year"]
    values = {"year": year, "next_year": year + 1, "term": book.info["term"] or year}
    values.update(extra)
    return safe_filename(kind.title.format(**values))


def _display_title(kind, book: Book) -> str:
    """The kind's title for this book, or its name when the title needs a document's fields."""
    try:
        return _title(kind, book)
    except KeyError:
        return safe_filename(kind.display)


def _skip_reason(kind, book: Book, src: Source) -> str | None:
    """Why `kind` is not made from this book ("" : silently), None when it is made."""
    if kind.per_meeting and src.meetings is None:
        return MEETING_DOCS_OFF if book.rows("meetings") else ""
    if kind.asked and dates.documents_row(book, kind) is None:
        return kind.skip
    if any(not (book.info[need[5:]] if need.startswith("info.") else book.rows(need))
           for need in kind.needs):
        return kind.skip
    return None


def _series_number(book: Book, kind, doc) -> str:
    """The number of a document of a repeating series: the Văn bản sheet gives the first number
    of the year, each later document takes the next in date order; blank without a first."""
    first = ctx.document_meta(book, kind.key)["number"]
    if not first or not doc.seq:
        return ctx.blank_number(kind.key)
    return ctx.number_text(kind.key, first + doc.seq - 1)


def _filename(kind, book: Book, doc, used: set) -> str:
    """The document's file name, unique in the output set ("… (2).docx" for a second one)."""
    if kind.folder:
        filename = f"{_title(kind, book)}/{safe_filename(doc.file or kind.key)}.docx"
    elif doc.file:
        filename = safe_filename(doc.file) + ".docx"
    else:
        filename = _title(kind, book, **doc.values) + ".docx"
    stem, n = filename[:-5], 2
    while filename.casefold() in used:  # two members with one name
        filename, n = f"{stem} ({n}).docx", n + 1
    used.add(filename.casefold())
    return filename


def plan_jobs(book: Book, meetings: str | None = None) -> tuple[list[Job], list[tuple]]:
    """Every document the book can fill, in the registry's order, and the ones skipped with
    the reason (chibo_xl.kinds declares each kind)."""
    jobs, skipped = [], []
    src = Source(book, select_meetings(book, meetings), book)
    used: set[str] = set()
    for kind in kinds.all_kinds():
        reason = _skip_reason(kind, book, src)
        if reason is not None:
            if reason:
                skipped.append((_display_title(kind, book), reason))
            continue
        on_date = kind.as_of == kinds.ON_DATE
        day = dates.document_date(book, kind)
        docs = kind.documents(src.for_kind(src.on(day) if on_date else book, day))
        if not docs and kind.skip:  # nothing for it in this book: say so, as for a bare sheet
            skipped.append((_display_title(kind, book), kind.skip))
        for doc in docs:
            doc_day = doc.day or day
            seen = src.on(doc_day) if on_date else book
            # every document may print the year's narrative and sentences (Mẫu 01 does)
            context = {**ctx.common(book, kind.key, doc_day), **src.once(ctx.year_context, seen),
                       **doc.context}
            if kind.series:
                context["doc_number"] = _series_number(book, kind, doc)
            # which headings print, and their labels, depend on the document's own contents
            context["show"], context["num"] = number_sections(doc.template or kind.key, context)
            jobs.append(Job(kind.key, doc.template or kind.key,
                            _filename(kind, book, doc, used), context,
                            owner_of(kind, doc.day if kind.per_meeting else None)))
    return jobs, skipped


def owner_of(kind, meeting_day=None) -> str:
    """What makes a document, as the output folder's manifest records it: the kind's key, and
    for a monthly document the day of its meeting ("nghi_quyet_thang@2026-02-05")."""
    return f"{kind.key}@{meeting_day:%Y-%m-%d}" if meeting_day else kind.key


def build_scope(book: Book, which: str | None):
    """The owners a build answers for (`outputs.write_set`): every one (None) unless `which`
    chooses one month, whose monthly documents and every other kind's it then answers for; the
    other months' minutes and resolutions are left as they are."""
    if not which or which == "all":
        return None
    month = {f"{m['date']:%Y-%m}" for m in select_meetings(book, which) or ()}

    def answers(owner) -> bool:
        if owner is None:
            return False          # recorded by an older chibo-xl: only a full build judges it
        kind_key, _, day = owner.partition("@")
        return not day or day[:7] in month
    return answers


def would_make(book: Book, last_year: bool) -> list[str]:
    """The templates a plain build of `book` renders, judged by each kind's declaration (its
    sheets, its Văn bản row) without computing a document; the term report in the term's last
    year. For `check`, which renders nothing."""
    src = Source(book)
    names = []
    for kind in kinds.all_kinds():
        if kind.key == "bao_cao_nhiem_ky":
            if last_year:
                names += kind.template_names
        elif _skip_reason(kind, book, src) is None:
            names += kind.template_names
    return names


def select_meetings(book: Book, which: str | None = None) -> list | None:
    """The meetings whose minutes and resolution a build makes: every dated «Sinh hoạt» row
    (`which` None or "all"), or those of one month ("2026-11" or "11/2026"); None when Thông tin
    chung says «Lập biên bản, nghị quyết sinh hoạt: Không» (and no month is asked for)."""
    rows = [m for m in book.rows("meetings") if m["date"]]
    if not which or which == "all":
        return None if book.info["make_meeting_docs"] == NO and not which else rows
    found = re.fullmatch(r"(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4})", which.strip())
    if not found:
        raise BuildError(f"Không hiểu tháng «{which}»: ghi dạng 2026-11 hoặc 11/2026.")
    year, month = (int(found[1]), int(found[2])) if found[1] else (int(found[4]), int(found[3]))
    chosen = [m for m in rows if (m["date"].year, m["date"].month) == (year, month)]
    if not chosen:
        raise BuildError(f"Trang «Sinh hoạt» không có buổi họp nào trong tháng {month}/{year}.")
    return chosen


def build_book(book: Book, report: Report, outdir: Path, templates=None,
               meetings: str | None = None, pdf: bool = False, extra=()) -> BuildResult:
    """Render every document of `book` into `outdir` (the check `report` must have no error).

    The documents are written as one set (`outputs.write_set`): all or none, edits kept.
    `extra`: (file name, bytes, owner) of documents rendered elsewhere (the term report), in
    that set. `meetings`: "2026-11" makes that month's minutes and resolutions only, and leaves
    the other months' as they are (`build_scope`).
    """
    result = BuildResult(report, Path(outdir))
    if report.errors:
        return result
    jobs, result.skipped = plan_jobs(book, meetings)
    dirs = template_dirs(templates)
    paths = {job.template: find_template(job.template, dirs) for job in jobs}
    require_fields((path, next(job.context for job in jobs if job.template == name))
                   for name, path in paths.items())
    # a section of «Nội dung» typed and printed by none of these documents is said to be
    keys = {k.key for k in kinds.all_kinds()}
    made_too = [t for e in extra if len(e) > 2 and e[2] in keys
                for t in kinds.kind(e[2]).template_names]
    warn_unused_sections(book, report, [*paths, *made_too], dirs)
    prints = {k.key: Combined() for k in kinds.all_kinds() if k.print_file}
    scale = render_scale(book)
    rendered = [(job.filename, render(paths[job.template], job.context, prints.get(job.key),
                                      scale), job.owner) for job in jobs]
    parts = {}          # print file → the documents it joins, in order (their PDFs are cut)
    for key, combined in prints.items():
        if combined.base is not None:
            title = _title(replace(kinds.kind(key), title=kinds.kind(key).print_file), book)
            rendered.append((title + ".docx", combined.to_bytes(), key))
            parts[title + ".docx"] = [job.filename for job in jobs if job.key == key]
    write_documents(result, rendered + list(extra), pdf, parts, build_scope(book, meetings))
    return result


#: members a document's bounds are made for (`render_scale`); beyond, they widen in proportion
MEMBERS_PER_SCALE = 500


def render_scale(book: Book) -> float:
    """How much wider than its base the sandbox's bounds and time are for this book: 1 up to
    MEMBERS_PER_SCALE members, then in proportion (a 3.000-member đảng bộ's vote count is
    7 MB of XML; a hostile template on a school cell's book stays at the base)."""
    return max(1.0, len(book.rows("members")) / MEMBERS_PER_SCALE)


def write_documents(result: BuildResult, files: list[tuple], pdf: bool = False,
                    parts=None, scope=None):
    """Write (relative file name, bytes, owner) into `result.outdir` as one set; fill `result`.

    With `pdf` (True, or the `pdf.Office` started when the build began), a PDF of each .docx
    joins the set (only those not already current are converted); when LibreOffice fails, the
    .docx set is still written and the PdfError raised after. `parts`: print file → the
    documents it joins (`pdf.pdf_pairs`). `scope`: the owners the build answers for
    (`build_scope`; None: all).
    """
    failure = None
    if not pdf:   # without PDFs the pdf module (and subprocess) is not even imported
        written = write_set(result.outdir, files, scope=scope)
    else:
        from ..render.pdf import Office, PdfError, pdf_pairs

        office = pdf if isinstance(pdf, Office) else None
        try:
            written = write_set(result.outdir, files,
                                lambda staged: pdf_pairs(staged, office, parts), scope)
        except PdfError as exc:
            failure, written = exc, write_set(result.outdir, files, scope=scope)
    result.made = [p for p in written.files if p.suffix.lower() != ".pdf"]
    result.pdfs = [p for p in written.files if p.suffix.lower() == ".pdf"]
    result.notes = written.notes()
    if failure is not None:
        failure.result = result     # the .docx are written: the caller may say which
        raise failure


def _term_report(workbook: Path, book: Book, templates) -> tuple[list, str]:
    """The term report, in the last year of the term when the earlier years' workbooks are
    beside this one ([(name, bytes)] and which workbooks it used), else ([], why not)."""
    from ..rules import terms

    if not terms.is_last_year(book.info["term"], book.info["year"]):
        # most years: the term job (and the aggregate and term modules) is not even imported
        return [], terms.not_last_year(book.info["term"], book.info["year"])
    from .termjob import beside, render_term

    t, why = beside(workbook, book)
    if t is None:
        return [], why
    used = ", ".join(f"{name} ({year})" for year, (_b, name) in sorted(t.books.items()))
    name, data = render_term(t, templates)
    return [(name, data, "bao_cao_nhiem_ky")], \
        f"Báo cáo tổng kết nhiệm kỳ {t.term} lập từ các sổ: {used}."


def wants_pdf(book: Book) -> bool:
    """Whether the workbook asks for PDFs with every build (Thông tin chung «Tạo thêm bản PDF»)."""
    return book.info["make_pdf"] == YES


def build(workbook, outdir=None, templates=None, meetings: str | None = None,
          pdf: bool = False) -> BuildResult:
    """Check the workbook file and, when it has no error, write every document it can fill:
    the minutes and resolutions of every meeting (`meetings`: "2026-11" for one month's only),
    and their PDFs when `pdf` or the workbook's «Tạo thêm bản PDF» asks for them.

    A `report_templates` folder beside the workbook overrides the built-in templates, and
    `templates` (a folder) overrides both.
    """
    if not pdf:
        return _build(Path(workbook), outdir, templates, meetings, False)
    from ..render.pdf import Office

    # LibreOffice starts up (≈ 0,8 s of CPU a process) while the workbook is read and rendered
    with Office() as office:
        return _build(Path(workbook), outdir, templates, meetings, office)


def _build(workbook: Path, outdir, templates, meetings, pdf) -> BuildResult:
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
    term_doc, note = _term_report(workbook, book, extra)
    if not pdf and wants_pdf(book):
        from ..render.pdf import Office

        with Office() as office:
            result = build_book(book, report, outdir, extra, meetings, office, term_doc)
    else:
        result = build_book(book, report, outdir, extra, meetings, pdf, term_doc)
    if term_doc:
        result.notes.insert(0, note)
    else:
        result.skipped.append((f"Báo cáo tổng kết nhiệm kỳ {book.info['term'] or ''}".rstrip(),
                               note))
    return result


__all__ = ["build", "build_book", "BuildResult", "BuildError", "RenderError", "OutputError"]
