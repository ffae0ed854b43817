"""The term report as a job over several yearly workbooks (`chibo-xl term`, and the yearly build
in the last year of a term).

Each workbook is read and checked; their findings are shown with the file's name; any error stops
the job before a file is written. `term.assemble` checks that the workbooks belong together and
names what the report rests on; the report is rendered in memory, then written whole.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..checks.pipeline import check_file
from ..documents import context as ctx
from ..documents.sections import number_sections
from ..documents.term import Term, assemble, term_context
from ..files.outputs import write_bytes
from ..render.renderer import find_template, render, template_dirs
from ..render.templatefields import require_fields
from ..rules import terms
from ..workbook.findings import Finding, Report
from .aggregate import find_workbooks

DOC_KEY = "bao_cao_nhiem_ky"


@dataclass
class TermResult:
    """What the term job did: the findings (every file's), the term, the file written."""

    report: Report
    term: Term | None = None
    made: list = field(default_factory=list)
    outdir: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.report.errors and self.term is not None


class TermError(Exception):
    """The term job cannot start; the message is for the user."""


def collect(paths, skipped: list | None = None) -> list[Path]:
    """The workbooks named, a folder standing for every workbook directly or below it; what in
    a folder is no regular file (a FIFO …) goes into `skipped` as (path, what it is)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            others: list = []
            found += [Path(path) for path, _rel in find_workbooks(p, skipped=others)]
            if skipped is not None:
                skipped += [(p / rel, kind) for rel, kind in others]
        elif p.exists():
            found.append(p)
        else:
            raise TermError(f"Không có tệp hay thư mục «{p}».")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise TermError("Không có sổ .xlsx/.xlsm nào trong: " + ", ".join(map(str, paths)) + ".")
    return unique


def _named(report: Report, name: str) -> list[Finding]:
    """The findings of one workbook, their sheet prefixed with the file's name."""
    return [Finding(f.code, f.severity, f"{name} › {f.sheet}" if f.sheet else name, f.cell,
                    f.value, f.message) for f in report.findings]


def read_books(paths) -> tuple[list, Report]:
    """(Book, file name) of every workbook that checks without error, and all findings."""
    report, books = Report(), []
    for path in paths:
        book, found = check_file(path)
        report.findings.extend(_named(found, path.name))
        if book is not None and not found.errors:
            books.append((book, path.name))
    return books, report


def title(t: Term) -> str:
    return f"Báo cáo tổng kết nhiệm kỳ {t.term}"


def render_term(t: Term, templates=None) -> tuple[str, bytes]:
    """(file name, .docx bytes) of the term report; nothing is written."""
    last = t.last
    context = {**ctx.common(last, DOC_KEY), **term_context(t)}
    context["show"], context["num"] = number_sections(DOC_KEY, context)
    path = find_template(DOC_KEY, template_dirs(templates))
    require_fields([(path, context)])
    return title(t) + ".docx", render(path, context)


def run_term(paths, outdir=None, templates=None) -> TermResult:
    """Check every workbook, check they belong together, write the term report into `outdir`
    (default: beside the newest workbook)."""
    others: list = []
    files = collect(paths, others)
    books, report = read_books(files)
    for path, kind in others:
        report.warn("NOT_A_FILE", path.name, "", None, f"Bỏ qua «{path}»: {kind}.")
    result = TermResult(report)
    if report.errors:
        return result
    t, found = assemble(books)
    report.extend(found)
    if t is None or found.errors:
        return result
    result.term = t
    newest = next(p for p in files if p.name == t.books[max(t.books)][1])
    result.outdir = Path(outdir) if outdir else newest.parent / f"van-ban-nhiem-ky-{t.term}"
    extra = [templates, newest.parent / "report_templates"]
    name, data = render_term(t, extra)
    result.made.append(write_bytes(result.outdir / name, data))
    return result


def beside(workbook: Path, book) -> tuple[Term | None, str]:
    """In the last year of its term, the term made with the earlier years' workbooks found in
    the same folder; otherwise None and the reason (for the yearly build's note)."""
    info = book.info
    term, year = info["term"], info["year"]
    how = f"chạy «chibo-xl term» với sổ của mọi năm trong nhiệm kỳ {term or ''}".rstrip()
    if not terms.is_last_year(term, year):
        return None, terms.not_last_year(term, year)
    me = workbook.resolve()
    others = [Path(p) for p, _rel in find_workbooks(workbook.parent, exclude=[me])]
    books, _report = read_books(others)
    wanted = [y for y in terms.term_years(term) if y != year]
    mine = [(b, n) for b, n in books if terms.belongs(term, b.info["year"], b.info["term"])
            and b.info["year"] in wanted
            and (b.info["cell_name"] or "").casefold() == (info["cell_name"] or "").casefold()]
    have = {b.info["year"] for b, _n in mine}
    lacking = [y for y in wanted if y not in have]
    if lacking:
        return None, ("năm cuối nhiệm kỳ nhưng bên cạnh sổ chưa có sổ (không lỗi) các năm "
                      + ", ".join(map(str, lacking)) + f": {how}")
    t, found = assemble(mine + [(book, workbook.name)])
    if t is None:
        return None, found.errors[0].message if found.errors else how
    return t, ""
