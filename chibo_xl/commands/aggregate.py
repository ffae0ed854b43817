"""Many cell workbooks → one summary for the đảng bộ (`chibo-xl aggregate`).

`aggregate(folder)` finds every cell workbook under a folder, reads and checks each one in a pool
of processes and returns a `Summary`: plain data, the same whatever order the workers finish in
(cells are sorted by their path). `summary.write_summary(summary, path)` writes it as one .xlsx
and a report in the Party's format beside it.

The per-workbook step (`summarize_file`) takes a path and returns a dict of numbers and strings,
never a Book: that is what crosses the process boundary, and what a distributed engine would run
per file beyond one machine (docs/scale.md). A workbook that cannot be read, or whose check finds
errors, is listed with its findings; it never stops the batch.

The summary's files are written by `summary` (its tables as pandas DataFrames, the .xlsx by
`xlsxfile`): `import chibo_xl.commands.aggregate` stays light, and the `check` path loads neither.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import stat
from pathlib import Path

from ..rules import rulebook
from ..workbook import schema
# the summary of the results is `rollup`'s; its names are aggregate's too, as before
from .rollup import (  # noqa: F401
    ALL_GROUP,
    GROUPS,
    LEVEL_KEYS,
    OK,
    OWN_OUTPUT,
    UNREADABLE,
    WITH_ERRORS,
    Summary,
    build_summary,
)

SUFFIXES = (".xlsx", ".xlsm")
#: other spreadsheet files a cell may send: read like the others, so each one is either counted
#: or named with the reason it could not be (an .xls: "Lưu thành .xlsx")
OTHER_SUFFIXES = (".xls", ".xlsb", ".ods", ".csv", ".xlt", ".xltx", ".xltm", ".numbers")
#: sheets of the summary workbook; a workbook holding the first two is one of ours and is skipped
SHEET_CELLS = "Tổng hợp chi bộ"
SHEET_CAP = "Trần HTXS"
SHEET_BROKEN = "Sổ có lỗi"
SHEET_INFO = "Thông tin"
KEY_OF_LEVEL = dict(zip(schema.LEVELS, LEVEL_KEYS))
#: the sheets aggregate reads and checks by default: those its figures come from (members,
#: ratings and votes, meetings, the dates of «Văn bản») and «Lịch sử», which the badge rules on
#: «Xếp loại» and «Văn bản» need whole. The others (Chỉ tiêu, Thành tích, Nội dung, Kế hoạch
#: tháng, Giám sát, Phát triển Đảng, Biểu hiện, Đảng phí) feed only the cell's own documents, and
#: no finding on the sheets read depends on them: `chibo-xl check` checks them, and so does
#: `aggregate(…, full=True)` (`--full-check`). Reading them was half the cost of a workbook
#: (issue 25: 1.000 workbooks in 5 s). Read this way a workbook gives the same figures, and
#: exactly the full check's findings on these sheets (tests/test_aggregate_scope.py).
SUMMARY_SHEETS = ("info", "members", "ratings", "meetings", "documents", "history")
STATUS_VI = {OK: "Đạt", WITH_ERRORS: "Có lỗi", UNREADABLE: "Không đọc được"}


# ---------------------------------------------------------------------------------------------
# Finding the workbooks
# ---------------------------------------------------------------------------------------------
def is_candidate(name: str) -> bool:
    """A spreadsheet file (.xlsx, .xlsm, or another format a cell may send) that is neither
    Excel's lock file (~$…) nor our own temporary file."""
    return (name.lower().endswith(SUFFIXES + OTHER_SUFFIXES) and not name.startswith("~$")
            and not name.startswith(".~chibo-"))


def find_workbooks(folder, exclude=(), skipped: list | None = None) -> list[tuple[str, str]]:
    """(path, path relative to `folder`) of every candidate workbook, sorted by relative path.

    Hidden folders are skipped and symbolic links to folders are not followed (no loops). Only
    regular files are candidates: a FIFO named «fifo.xlsx» would block the first read of it for
    ever (a device or socket alike); each such name goes into `skipped` as (relative path, what
    it is), never opened.
    """
    folder = Path(folder)
    skip = {os.path.realpath(p) for p in exclude}
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            if is_candidate(name) and os.path.realpath(path) not in skip:
                rel = Path(path).relative_to(folder).as_posix()
                kind = not_a_file(path)
                if kind is None:
                    found.append((path, rel))
                elif skipped is not None:
                    skipped.append((rel, kind))
    if skipped is not None:
        skipped.sort()
    return sorted(found, key=lambda item: item[1])


def not_a_file(path) -> str | None:
    """None for a regular file (a link to one too); else what `path` is, in Vietnamese."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "không đọc được (liên kết hỏng hoặc không có quyền)"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "ống dẫn (FIFO), không phải tệp"
    if stat.S_ISSOCK(mode):
        return "socket, không phải tệp"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "thiết bị, không phải tệp"
    return "không phải tệp bình thường"


# ---------------------------------------------------------------------------------------------
# The per-workbook step (runs in a worker process; returns plain data)
# ---------------------------------------------------------------------------------------------
def _broken(rel: str, code: str, message: str) -> dict:
    return {"file": rel, "status": UNREADABLE, "cell_name": "", "year": None, "errors": 1,
            "warnings": 0, "findings": [("lỗi", "", "", "", message, code)]}


def _is_own_output(sheet_names) -> bool:
    names = set(sheet_names)
    return SHEET_CELLS in names and SHEET_CAP in names and schema.INFO.name not in names


def figures_of(book) -> dict:
    """The figures of one checked book that the summary adds up (plain numbers)."""
    from ..figures import tally
    from ..rules.rating import cap_groups

    info = book.info
    year = info["year"]
    mem = tally.membership(book)
    counts = tally.ratings(book).counts  # the cell's results: where the chi bộ voted
    meet = tally.meetings(book)
    # the đảng bộ is the deciding committee's scope: its members grouped by post, whatever a
    # cell's own setting for its check (rules.rating.cap_split)
    groups = {g: {KEY_OF_LEVEL[level]: n for level, n in counts_.items()}
              for g, counts_ in cap_groups(book, True).items()}
    # admissions as the cell's own register records them («Đảng viên»: admitted in the year, or
    # «Kết nạp mới»), not the optional «Phát triển Đảng» sheet a cell may leave empty
    admitted = len(mem.admitted)
    return {
        "cell_name": info["cell_name"] or "", "superior": info["superior"] or "",
        "place": info["place"] or "", "year": year,
        "cap_rate": info["cap_rate"] or rulebook.DEFAULT_CAP_RATE,
        "members": mem.end, "official": mem.official, "probationary": mem.probationary,
        "women": mem.women,
        **{KEY_OF_LEVEL[level]: n for level, n in counts.items()},
        "groups": groups, "present": meet.present, "summoned": meet.summoned,
        "admitted": admitted, "as_of": as_of(book),
    }


def as_of(book) -> str:
    """The latest date a workbook records (signing, review, a document's, a meeting's), ISO;
    "" when it records none. Of two copies of one cell's workbook the later one is kept."""
    info = book.info
    dates = [info["sign_date"], info["review_date"]]
    dates += [r["date"] for key in ("documents", "meetings") for r in book.rows(key)]
    dates = [d for d in dates if isinstance(d, dt.date)]
    return max(dates).isoformat() if dates else ""


def summarize_file(path: str, rel: str | None = None, full: bool = False) -> dict:
    """Read, check and count one workbook: a dict of plain values, never an exception.

    Keys: file, status (ok / errors / unreadable / own), errors, warnings, findings (rows of
    `Report.to_rows()`, only for a workbook with errors) and, when the file could be read, the
    figures of `figures_of`. Only the `SUMMARY_SHEETS` are read and checked, every sheet with
    `full`.
    """
    from ..checks.pipeline import check_raw
    from ..workbook.reader import WorkbookError, read_workbook

    rel = rel or os.path.basename(path)
    sheets = None if full else SUMMARY_SHEETS
    try:
        try:
            raw = read_workbook(path, sheets)
        except WorkbookError as exc:
            return _broken(rel, "FILE_UNREADABLE", str(exc))
        if _is_own_output(raw.sheet_names()):
            return {"file": rel, "status": OWN_OUTPUT}
        book, report = check_raw(raw, sheets)
        errors, warnings = len(report.errors), len(report.warnings)
        result = {"file": rel, "status": WITH_ERRORS if errors else OK, "errors": errors,
                  "warnings": warnings, "findings": report.to_rows() if errors else []}
        result.update(figures_of(book))
        return result
    except Exception as exc:  # a workbook must never stop the batch
        return _broken(rel, "INTERNAL", f"Lỗi khi đọc sổ ({type(exc).__name__}: {exc}). "
                                        "Hãy mở bằng Excel, lưu lại rồi thử lại.")


def _work(chunk: list[tuple[str, str]], full: bool = False, keyed: bool = False) -> list[dict]:
    """A worker's task: several workbooks, so the pool's per-task cost is shared. With `keyed`,
    each result also holds its file's content key under «key» (`stepcache.content_key`): on a
    first run the workers hash the files, not the parent alone before any reading starts."""
    results = [summarize_file(path, rel, full) for path, rel in chunk]
    if keyed:
        from ..files import stepcache

        for (path, _rel), result in zip(chunk, results):
            result["key"] = stepcache.content_key(path)
    return results


# ---------------------------------------------------------------------------------------------
# Running the step over many files
# ---------------------------------------------------------------------------------------------
def _chunks(items: list, jobs: int) -> list[list]:
    size = max(1, min(16, math.ceil(len(items) / (jobs * 8))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _crashed(item) -> dict:
    return _broken(item[1], "WORKER_CRASHED", "Tiến trình đọc sổ dừng bất thường khi đọc tệp này "
                                               "(tệp hỏng hoặc quá lớn).")


#: a worker's garbage collector: a first generation of 20.000 objects instead of 700 (a book
#: makes tens of thousands of short-lived dicts and lists, and each collection walked them)
WORKER_GC = (20_000, 20, 20)


def _worker_start(parent: int) -> None:
    """A worker's first step: it ends with chibo-xl (`lifeline.watch_parent`), and its garbage
    collector leaves alone what the imports made (`gc.freeze`) and runs less often
    (`WORKER_GC`): 9–11 % less CPU a workbook (issue 25, item 8), with memory still bounded,
    since each workbook's objects die with its step."""
    import gc

    from ..files import lifeline

    lifeline.watch_parent(parent)
    gc.freeze()
    gc.set_threshold(*WORKER_GC)


def _pool_round(chunks, jobs, tick, *task) -> tuple[list[dict], list]:
    """Run `chunks` on a fresh pool; the results, and the items of chunks whose worker died."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results, failed = [], []
    # a worker ends when chibo-xl does, however chibo-xl ends (before: SIGKILL of aggregate
    # left both workers waiting on the queue for ever)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start,
                             initargs=(os.getpid(),)) as pool:
        futures = {pool.submit(_work, chunk, *task): chunk for chunk in chunks}
        for future in as_completed(futures):
            try:
                out = future.result()
            except Exception:  # BrokenProcessPool: a worker died (killed, out of memory …)
                failed.extend(futures[future])
                continue
            results.extend(out)
            tick(len(out))
    return results, failed


def _run(items: list, jobs: int, tick, full: bool = False, keyed: bool = False) -> list[dict]:
    task = (full, keyed)
    if jobs <= 1 or len(items) <= 1:
        results = []
        for item in items:
            results.extend(_work([item], *task))
            tick(1)
        return results
    results, failed = _pool_round(_chunks(items, jobs), jobs, tick, *task)
    # A dead worker breaks the whole pool: retry what was lost one file a task while that makes
    # progress, then run each remaining file in a process of its own to find the culprit.
    while failed:
        done, still = _pool_round([[item] for item in failed], jobs, tick, *task)
        results.extend(done)
        if not done:
            break
        failed = still
    for item in failed:
        done, lost = _pool_round([[item]], 1, tick, *task)
        results.extend(done)
        for bad in lost:
            results.append(_crashed(bad))
            tick(1)
    return results


def aggregate(folder, jobs: int = 2, *, year: int | None = None,
              cap_rate: float = rulebook.DEFAULT_CAP_RATE, exclude=(), progress=None,
              cache=None, full: bool = False) -> Summary:
    """Read and check every cell workbook under `folder` on `jobs` processes; the summary.

    `exclude`: paths not to read (the output being written). `progress(done, total)` is called
    as workbooks finish. `cache`: a `stepcache` file; workbooks whose bytes it already knows are
    not read again (`stepcache`). The result does not depend on `jobs`, on the finishing order
    or on the cache. Each workbook's `SUMMARY_SHEETS` are read and checked, every sheet with
    `full` (`summarize_file`).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"Không có thư mục «{folder}».")
    others: list = []
    items = find_workbooks(folder, exclude, others)
    # named and skipped, never opened (they count among the files read, as unreadable)
    named = [_broken(rel, "NOT_A_FILE", f"Bỏ qua: {kind}.") for rel, kind in others]
    total, done = len(items), 0

    def tick(n):
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    if progress:
        progress(0, total)
    if cache is None:
        return build_summary(folder, named + _run(items, max(1, int(jobs)), tick, full), year,
                             cap_rate, _mtimes(items), full)
    from ..files import stepcache

    scope = "full" if full else "summary"
    known, keys = stepcache.load(cache, scope), {}
    results, missing = [], []
    for path, rel in items:
        if not known:
            missing.append((path, rel))      # nothing to look up: the workers hash the files
            continue
        key = keys[rel] = stepcache.content_key(path)
        if key in known:
            results.append(stepcache.thaw(known[key], rel))
        else:
            missing.append((path, rel))
    tick(len(results))
    fresh = _run(missing, max(1, int(jobs)), tick, full, keyed=not known)
    for result in fresh:
        if "key" in result:
            keys[result["file"]] = result.pop("key")
    results += fresh
    entries = {keys[r["file"]]: r for r in results
               if keys.get(r["file"]) and r.get("status") != UNREADABLE}
    if fresh or entries.keys() != known.keys():
        # a re-run over an unchanged folder leaves the cache as it is: writing 10 MB of JSON
        # again would be most of what that run costs
        stepcache.save(cache, entries, scope)
    return build_summary(folder, named + results, year, cap_rate, _mtimes(items), full)


def _mtimes(items: list) -> dict[str, float]:
    """Each workbook's modification time (not part of a result, nor of the cache: the same
    bytes may be saved again later)."""
    found = {}
    for path, rel in items:
        try:
            found[rel] = os.stat(path).st_mtime
        except OSError:
            found[rel] = 0.0
    return found


# ---------------------------------------------------------------------------------------------
# Writing the summary: one .xlsx, and the report .docx beside it
# ---------------------------------------------------------------------------------------------
def is_own_output(path) -> bool:
    """True when the workbook at `path` is a summary written by `summary.write_summary`."""
    from ..workbook.reader import WorkbookError, sheet_names

    try:
        return _is_own_output(sheet_names(path))
    except WorkbookError:
        return False
