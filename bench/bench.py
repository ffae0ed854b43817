"""Benchmark of chibo-xl against its goals on a 2-core machine; prints one table.

    python bench/bench.py            # N = 10, 100, 1000 cell workbooks
    python bench/bench.py --quick    # N = 10, 100 only
    python bench/bench.py --build    # only the import floor, check and build (wall and CPU)
    python bench/bench.py --pdf      # only the floor, one LibreOffice process and build --pdf
    python bench/bench.py --aggregate          # only aggregate: step, N = 10, 100, 1000, linearity
    python bench/bench.py --aggregate --quick  # the same for N = 10, 100
    python bench/bench.py --members  # only build of one cell of 300, 1.000, 3.000 members

What it measures (every time a median; the machine may be busy, so compare within one run):
- the import floor `python -c "import docxtpl, openpyxl"`, and, in the same loop, `chibo-xl check`
  and `chibo-xl build` cold (new process each) on workbook_templates/vi-du-chi-bo-2026.xlsx;
  every command's wall time (perf_counter around the run) and CPU time (user + system of the
  child, RUSAGE_CHILDREN) are taken alike. The floor's CPU can exceed its wall time: openpyxl
  imports numpy when it is installed (openpyxl.compat.numbers), and numpy's OpenBLAS starts a
  worker thread that spins on the second core while the imports go on. The build imports
  neither (it reads with python-calamine); a row shows the floor with that thread off
  (OPENBLAS_NUM_THREADS=1) for comparison, the goals keep the floor as defined;
- the peak memory of that build (ru_maxrss of the child process);
- reading the example with python-calamine (what chibo-xl uses) against openpyxl;
- the per-workbook step of `aggregate` in one process (read + check + figures), on the sheets
  the summary's figures come from (the default) and with every sheet (`--full-check`);
- `chibo-xl import` of a 30-member list shaped like the national database's file, against
  `chibo-xl check` of the workbook it wrote (goal: at most 1,5×);
- `chibo-xl build --pdf` of the example (rendering included; on both cores) against converting the
  same .docx files in one LibreOffice process (fresh profile each run): a first build (fresh
  LibreOffice profiles) and later builds (the profiles chibo-xl keeps in its cache folder);
- `chibo-xl aggregate` on folders of N different cell workbooks (bench/cells.py: the example
  renamed, 17–45 members, attendance and ballots scaled), generated once with the real
  generator and cached in bench/.cache (1.000 take about a minute on 2 cores);
- `chibo-xl build` of one cell of 300, 1.000 and 3.000 members (a đảng bộ's scale; the same
  generator), wall, CPU and peak memory, and how far each is from linear in the members
  (issue 25: 3.000 members took 50 s and 886 MB, about quadratic).

`python bench/profile_build.py` shows where one cold build's time goes, phase by phase.

Before measuring, the package's bytecode is brought up to date (`compileall`), as `pip install .`
does for every user. An editable install run with PYTHONDONTWRITEBYTECODE=1 (this machine sets
it) would otherwise compile every chibo_xl module from source on every run, about 60 ms that no
installed copy pays, while docxtpl and openpyxl in site-packages load from bytecode.
"""
from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
CACHE = HERE / ".cache"
GENERATOR_VERSION = "4"   # bump when bench/cells.py or the writer it calls changes what it writes
                          # (4: letters as UTF-8, workbook/utf8parts.py)


def _generated_from() -> str:
    """The cached books' key: GENERATOR_VERSION and the bytes of what they are made from (the
    example's data and the generator): the example grows with the project (issue 23 listed every
    member's fee each month: 380 rows where there were 7), and books made from an older example
    would measure an older workbook."""
    import hashlib

    digest = hashlib.sha256()
    for source in (ROOT / "tools" / "example_data.py", HERE / "cells.py"):
        digest.update(source.read_bytes())
    return f"{GENERATOR_VERSION}-{digest.hexdigest()[:8]}"

GOAL_CHECK_S = 0.35
GOAL_BUILD_S = 2.0
GOAL_BUILD_FLOOR = 2.0    # issue 10: the build at most twice the import floor (wall and CPU)
GOAL_BUILD_MB = 150
GOAL_AGG_1000_S = 5.0
GOAL_PDF_RATIO = 0.7      # build --pdf / one LibreOffice process converting the same documents
GOAL_LINEAR = 1.5         # marginal cost per workbook may grow at most this much from 100 to 1000
GOAL_IMPORT_RATIO = 1.5   # chibo-xl import of a 30-member list ≤ 1,5 × chibo-xl check of the result
MEMBER_SIZES = (300, 1000, 3000)
GOAL_MEMBERS_LINEAR = 1.5  # CPU and memory per member at 3.000 ≤ 1,5 × at 300
IMPORT_MEMBERS = 30


def chibo() -> list[str]:
    """The installed console script beside this interpreter (no pyenv shim in the timing)."""
    script = Path(sys.executable).with_name("chibo-xl")
    return [str(script)] if script.exists() else [sys.executable, "-m", "chibo_xl.cli"]


def timed(cmd: list[str], ok=(0,), env=None) -> float:
    return timed_cpu(cmd, ok, env)[0]


def timed_cpu(cmd: list[str], ok=(0,), env=None) -> tuple[float, float]:
    """(wall seconds, CPU seconds user + system) of one run of `cmd` and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} → exit {done.returncode}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def peak_mb(cmd: list[str]) -> float:
    """Peak resident memory of `cmd`, measured in a fresh wrapper process (RUSAGE_CHILDREN)."""
    probe = ("import resource, subprocess, sys\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True,
                         check=True).stdout
    return int(out.split()[-1]) / 1024


# ---------------------------------------------------------------------------------------------
# Generated folders
# ---------------------------------------------------------------------------------------------
def _write(args):
    import cells
    i, path = args
    cells.write(i, path)
    return path


def pool_of(n: int, jobs: int) -> Path:
    """bench/.cache/pool holding cell-0000.xlsx … for at least `n` cells (generated once)."""
    pool = CACHE / f"pool-v{_generated_from()}"
    pool.mkdir(parents=True, exist_ok=True)
    missing = [(i, pool / f"cell-{i:04d}.xlsx") for i in range(n)
               if not (pool / f"cell-{i:04d}.xlsx").exists()]
    if missing:
        print(f"generating {len(missing)} cell workbooks into {pool} …", file=sys.stderr)
        start = time.perf_counter()
        with ProcessPoolExecutor(jobs) as ex:
            list(ex.map(_write, missing, chunksize=8))
        print(f"  done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return pool


def folder_of(n: int, jobs: int) -> Path:
    """bench/.cache/cells-N: hard links to the first N workbooks of the pool."""
    pool = pool_of(n, jobs)
    folder = CACHE / f"cells-{n}-v{_generated_from()}"
    if folder.is_dir() and len(list(folder.glob("*.xlsx"))) == n:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(n):
        src, dst = pool / f"cell-{i:04d}.xlsx", folder / f"cell-{i:04d}.xlsx"
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
    return folder


def member_book(n: int) -> Path:
    """bench/.cache/members-N.xlsx: one cell of `n` members (generated once)."""
    import cells

    path = CACHE / f"members-{n}-v{_generated_from()}.xlsx"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating a cell of {n} members …", file=sys.stderr)
        cells.write(0, path, n)
    return path


# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------
def median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def readers(runs: int = 21) -> tuple[float, float]:
    """Median ms to read every sheet of the example: calamine (ours) and openpyxl."""
    import openpyxl

    from chibo_xl.workbook.reader import read_workbook

    def with_openpyxl():
        wb = openpyxl.load_workbook(EXAMPLE, data_only=True)
        for ws in wb.worksheets:
            [list(row) for row in ws.iter_rows(values_only=True)]
        wb.close()

    return median_ms(lambda: read_workbook(EXAMPLE), runs), median_ms(with_openpyxl, runs)


def worker_step(folder: Path, full: bool = False) -> float:
    """Median ms of aggregate's per-workbook step over the folder, in this process (`full`: every
    sheet read and checked, as `--full-check`)."""
    from chibo_xl.commands.aggregate import find_workbooks, summarize_file

    times = []
    for path, rel in find_workbooks(folder):
        start = time.perf_counter()
        summarize_file(path, rel, full)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold(runs: int, out: Path) -> dict[str, float]:
    """Floor, check and build, interleaved so that the machine's load hits all three alike."""
    cmds = {
        "floor": [sys.executable, "-c", "import docxtpl, openpyxl"],
        "check": [*chibo(), "check", str(EXAMPLE)],
        "build": [*chibo(), "build", str(EXAMPLE), "-o", str(out / "van-ban")],
    }
    cmds["floor1"] = cmds["floor"]          # the same, numpy's BLAS on one thread (docstring)
    env = {"floor1": dict(os.environ, OPENBLAS_NUM_THREADS="1")}
    ok = {"floor": (0,), "floor1": (0,), "check": (0, 1), "build": (0,)}
    for name, cmd in cmds.items():  # warm the disk cache
        timed(cmd, ok[name], env.get(name))
    samples = {name: [] for name in cmds}
    cpu = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            wall, used = timed_cpu(cmd, ok[name], env.get(name))
            samples[name].append(wall)
            cpu[name].append(used)
    result = {name: statistics.median(values) for name, values in samples.items()}
    # paired: each build against the floor measured just before it, under the same load
    result["build_ratio"] = statistics.median(b / f for b, f in zip(samples["build"],
                                                                    samples["floor"]))
    result["build_cpu_ratio"] = statistics.median(b / f for b, f in zip(cpu["build"],
                                                                        cpu["floor"]))
    result["floor_cpu"], result["build_cpu"] = (statistics.median(cpu["floor"]),
                                                statistics.median(cpu["build"]))
    result["floor1_cpu"] = statistics.median(cpu["floor1"])
    result["build_mb"] = statistics.median(peak_mb(cmds["build"]) for _ in range(3))
    return result


def member_list(path: Path, n: int = IMPORT_MEMBERS) -> Path:
    """A list shaped like the national database's import file: title rows, a merged two-row
    header with Quê quán split, codes and capitals in the cells (no real persons)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DANH SÁCH ĐẢNG VIÊN"
    heads = ["STT", "Họ Tên", "Sinh ngày *", "Giới tính", "Dân tộc", "Tôn giáo", "Quê quán",
             None, None, "Chuyên Môn", "Trình Độ LLCT", "Chức Vụ CQ", "Chức vụ Đảng",
             "NgayKetNap", "Ngày chính thức", "Số thẻ Đảng"]
    for c, head in enumerate(heads, start=1):
        if head:
            ws.cell(3, c, head)
    ws.merge_cells("G3:I3")
    for c, sub in ((7, "Quốc gia"), (8, "Tỉnh"), (9, "Chi tiết")):
        ws.cell(4, c, sub)
    for i in range(n):
        row = [i + 1, f"NGUYỄN VĂN THÀNH {i:02d}", f"{1 + i % 28:02d}/03/{1970 + i % 30}",
               ("Nam", "Nữ")[i % 2], ("Kinh", "Kinh (Việt)", "Tày")[i % 3], "Không", "Việt Nam",
               "Hà Nội", f"Thôn {i}", ("ĐH", "ThS", "Cử nhân", "CĐ")[i % 4],
               ("SC", "TC", "")[i % 3], ("GV", "HT", "NV")[i % 3],
               ("ĐV", "BT", "PBT", "CUV")[min(i, 3)] if i < 4 else "ĐV",
               f"{1 + i % 28:02d}/05/{2000 + i % 20}", f"{1 + i % 28:02d}/05/{2001 + i % 20}",
               f"0790{i:05d}"]
        for c, value in enumerate(row, start=1):
            ws.cell(5 + i, c, value)
    wb.save(path)
    return path


def import_vs_check(runs: int, out: Path) -> tuple[float, float]:
    """Median cold seconds of `chibo-xl import` of a 30-member list and of `chibo-xl check` of
    the workbook it wrote, interleaved (every import writes a new file: it never overwrites)."""
    source = member_list(out / "danh-sach.xlsx")
    result = out / "so-0.xlsx"
    timed([*chibo(), "import", str(source), "-o", str(result)])
    imports, checks = [], []
    for i in range(1, runs + 2):
        t = timed([*chibo(), "import", str(source), "-o", str(out / f"so-{i}.xlsx")])
        c = timed([*chibo(), "check", str(result)], ok=(0, 1, 2))
        if i > 1:  # the first pair warms the disk cache
            imports.append(t)
            checks.append(c)
    return statistics.median(imports), statistics.median(checks)


def pdf_times(runs: int, out: Path) -> dict | None:
    """Seconds of one `soffice` call converting the example's .docx files (fresh profile each
    run), and of `chibo-xl build --pdf` (rendering included; fresh folder each run): a first
    build (an empty cache folder, so fresh LibreOffice profiles; the templates' cache copied
    in, so that only the profiles differ) and a later one (the profiles kept from the build
    before). Interleaved; ratios are medians of each build over the one-process run just before
    it. None without LibreOffice."""
    sys.path.insert(0, str(ROOT))
    from chibo_xl.render.pdf import find_soffice

    soffice = find_soffice()
    if soffice is None:
        return None
    kept = out / "cache-kept"
    docs_dir = out / "pdf-docs"
    env = dict(os.environ, CHIBO_XL_CACHE=str(kept))
    timed([*chibo(), "build", str(EXAMPLE), "--pdf", "-o", str(docs_dir)], env=env)
    docs = sorted(str(p) for p in docs_dir.rglob("*.docx"))
    times = {"single": [], "first": [], "later": []}
    for i in range(runs):
        profile = out / f"lo-profile-{i}"
        times["single"].append(timed([soffice, f"-env:UserInstallation={profile.as_uri()}",
                                      "--headless", "--convert-to", "pdf", "--outdir",
                                      str(out / f"pdf-single-{i}"), *docs]))
        first = out / f"cache-first-{i}"
        first.mkdir()
        for path in kept.iterdir():
            if path.is_file():
                shutil.copy2(path, first / path.name)
        for name, cache in (("first", first), ("later", kept)):
            times[name].append(timed([*chibo(), "build", str(EXAMPLE), "--pdf", "-o",
                                      str(out / f"pdf-{name}-{i}")],
                                     env=dict(os.environ, CHIBO_XL_CACHE=str(cache))))
    result = {name: statistics.median(values) for name, values in times.items()}
    for name in ("first", "later"):
        result[f"{name}_ratio"] = statistics.median(b / s for b, s in zip(times[name],
                                                                          times["single"]))
    result["count"] = len(docs)
    return result


def pdf_rows(pdf: dict | None) -> list[tuple]:
    """The rows of one LibreOffice process against `build --pdf`, first and later builds."""
    if pdf is None:
        return [("build --pdf (LibreOffice not installed)", "—", "—", "—", "—")]
    rows = [(f"LibreOffice, one process, {pdf['count']} documents (fresh profile)",
             f"{pdf['single']:.2f} s", "—", "—", "—")]
    for name, label in (("first", "first build: fresh profiles"),
                        ("later", "later builds: kept profiles")):
        ratio = pdf[f"{name}_ratio"]
        rows.append((f"chibo-xl build --pdf, cold (example, rendering included), {label}",
                     f"{pdf[name]:.2f} s", f"{ratio:.2f}× one process",
                     f"≤ {GOAL_PDF_RATIO:g}× one process", verdict(ratio <= GOAL_PDF_RATIO)))
    return rows


def member_builds(runs: int, out: Path) -> dict[int, tuple[float, float, float]]:
    """n → (wall s, CPU s, peak MB) of `chibo-xl build` of one cell of n members, cold; medians
    of `runs` (one run of 3.000 members is ≈ 13 s of CPU)."""
    found = {}
    for n in MEMBER_SIZES:
        book = member_book(n)
        cmd = [*chibo(), "build", str(book), "-o", str(out / f"m{n}")]
        samples = []
        for _ in range(runs if n < 3000 else max(1, runs // 2)):
            shutil.rmtree(out / f"m{n}", ignore_errors=True)
            samples.append(timed_cpu(cmd, ok=(0, 1)))
        shutil.rmtree(out / f"m{n}", ignore_errors=True)
        found[n] = (statistics.median(w for w, _ in samples),
                    statistics.median(c for _, c in samples), peak_mb(cmd))
    return found


def member_rows(found: dict[int, tuple[float, float, float]]) -> list[tuple]:
    """The members scaling rows: each size, then CPU and memory per member against 300's."""
    rows = []
    for n, (wall, cpu, mb) in found.items():
        size = f"{n:,}".replace(",", ".")
        rows.append((f"chibo-xl build, one cell of {size} members (cold)",
                     f"{wall:.2f} s wall, {cpu:.2f} s CPU, {mb:.0f} MB", "—", "—", "—"))
    low, high = MEMBER_SIZES[0], MEMBER_SIZES[-1]
    cpu_ratio = (found[high][1] / high) / (found[low][1] / low)
    mb_ratio = ((found[high][2] - found[low][2]) / (high - low)) / (found[low][2] / low)
    rows.append((f"build CPU per member, {high} / {low} members", f"{cpu_ratio:.2f}", "—",
                 f"≤ {GOAL_MEMBERS_LINEAR}", verdict(cpu_ratio <= GOAL_MEMBERS_LINEAR)))
    rows.append((f"build memory per added member, {low}→{high} / at {low}", f"{mb_ratio:.2f}",
                 "—", f"≤ {GOAL_MEMBERS_LINEAR}", verdict(mb_ratio <= GOAL_MEMBERS_LINEAR)))
    return rows


def aggregate_time(folder: Path, runs: int, out: Path, jobs: int,
                   extra: tuple = ()) -> tuple[float, float, float]:
    """Median s of `chibo-xl aggregate`: cold (its result cache removed before each run, every
    workbook read) and re-run over the unchanged folder (the cache knows every workbook); and
    the CPU seconds of a cold run (user + system of chibo-xl and its workers: RUSAGE_CHILDREN
    counts the workers chibo-xl waited for). On a machine shared with others the wall time
    says more about their load than about chibo-xl: CPU / jobs is what the run needs of its
    cores, the wall time it would take on an idle machine give or take the start."""
    output = out / "tong-hop.xlsx"
    cache = output.with_name(f".{output.stem}.chibo-xl-cache.json")
    cmd = [*chibo(), "aggregate", str(folder), "-o", str(output), "--jobs", str(jobs), *extra]
    timed(cmd, ok=(0, 1))
    cold, cpu = [], []
    for _ in range(runs):
        cache.unlink(missing_ok=True)
        wall, used = timed_cpu(cmd, ok=(0, 1))
        cold.append(wall)
        cpu.append(used)
    warm = statistics.median(timed(cmd, ok=(0, 1)) for _ in range(runs))
    return statistics.median(cold), warm, statistics.median(cpu)


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------
def verdict(ok: bool | None) -> str:
    return "—" if ok is None else "pass" if ok else "FAIL"


def build_rows(c: dict) -> list[tuple]:
    """The rows of the import floor, check and build (wall, CPU, memory)."""
    floor, rows = c["floor"], []
    rows.append(("import floor: python -c 'import docxtpl, openpyxl'", f"{floor:.3f} s",
                 "1.00", "—", "—"))
    rows.append(("chibo-xl check, cold (example)", f"{c['check']:.3f} s",
                 f"{c['check'] / floor:.2f}", f"≤ {GOAL_CHECK_S} s",
                 verdict(c["check"] <= GOAL_CHECK_S)))
    rows.append(("chibo-xl build, cold (example)", f"{c['build']:.3f} s",
                 f"{c['build_ratio']:.2f}",
                 f"≤ {GOAL_BUILD_FLOOR:g}× floor and ≤ {GOAL_BUILD_S} s",
                 verdict(c["build"] <= GOAL_BUILD_S and c["build_ratio"] <= GOAL_BUILD_FLOOR)))
    rows.append(("  its CPU time (user + system) vs the floor's",
                 f"{c['build_cpu']:.3f} s / {c['floor_cpu']:.3f} s", f"{c['build_cpu_ratio']:.2f}",
                 f"≤ {GOAL_BUILD_FLOOR:g}× floor", verdict(c["build_cpu_ratio"] <= GOAL_BUILD_FLOOR)))
    rows.append(("  floor with OPENBLAS_NUM_THREADS=1: wall / CPU (see the docstring)",
                 f"{c['floor1']:.3f} s / {c['floor1_cpu']:.3f} s",
                 f"{c['build_cpu'] / c['floor1_cpu']:.2f} CPU", "—", "—"))
    rows.append(("build peak memory (ru_maxrss)", f"{c['build_mb']:.0f} MB", "—",
                 f"≤ {GOAL_BUILD_MB} MB", verdict(c["build_mb"] <= GOAL_BUILD_MB)))
    return rows


def step_rows(step_ms: float, full_ms: float) -> list[tuple]:
    return [("aggregate step per workbook, 1 process (read+check+figures)", f"{step_ms:.1f} ms",
             "—", "—", "—"),
            ("  the same with --full-check (every sheet read and checked)", f"{full_ms:.1f} ms",
             f"{full_ms / step_ms:.2f}× step", "—", "—")]


def full_check_row(n: int, seconds: tuple, jobs: int) -> tuple:
    """aggregate --full-check of N books, cold: for comparison, no goal."""
    return (f"chibo-xl aggregate N={n} --full-check (every sheet checked), cold",
            f"{seconds[0]:.2f} s (CPU {seconds[2]:.2f} s / {jobs})", "—", "—", "—")


def aggregate_rows(agg: dict, floor: float, sizes, jobs: int) -> list[tuple]:
    """The rows of aggregate's cold and cached runs and of its linearity."""
    rows = []
    warm = {n: agg[n][1] for n in sizes}
    cpu = {n: agg[n][2] for n in sizes}
    agg = {n: agg[n][0] for n in sizes}
    for n in sizes:
        goal = f"≤ {GOAL_AGG_1000_S:g} s" if n == 1000 else "—"
        ok = agg[n] <= GOAL_AGG_1000_S if n == 1000 else None
        rows.append((f"chibo-xl aggregate N={n} (--jobs {jobs}), cold: every book read",
                     f"{agg[n]:.2f} s", f"{agg[n] / floor:.2f}", goal, verdict(ok)))
    for n in sizes:
        goal = f"≤ {GOAL_AGG_1000_S:g} s" if n == 1000 else "—"
        ok = cpu[n] / jobs <= GOAL_AGG_1000_S if n == 1000 else None
        rows.append((f"  N={n}: its CPU (user + system, workers included) / {jobs} cores",
                     f"{cpu[n]:.2f} s / {jobs} = {cpu[n] / jobs:.2f} s", "—", goal,
                     verdict(ok)))
    for n in sizes:
        goal = f"≤ {GOAL_AGG_1000_S:g} s" if n == 1000 else "—"
        ok = warm[n] <= GOAL_AGG_1000_S if n == 1000 else None
        rows.append((f"chibo-xl aggregate N={n}, re-run over the unchanged folder (cache)",
                     f"{warm[n]:.2f} s", f"{warm[n] / floor:.2f}", goal, verdict(ok)))
    for a, b in zip(sizes, sizes[1:]):
        rows.append((f"aggregate marginal cost per workbook, N={a}→{b}",
                     f"{(agg[b] - agg[a]) / (b - a) * 1000:.1f} ms", "—", "—", "—"))
    if len(sizes) == 3:
        low = (agg[100] - agg[10]) / 90
        high = (agg[1000] - agg[100]) / 900
        rows.append(("aggregate linear in N (marginal 100→1000 / 10→100)", f"{high / low:.2f}",
                     "—", f"≤ {GOAL_LINEAR}", verdict(high / low <= GOAL_LINEAR)))
    return rows


def floor_time(runs: int) -> float:
    """Median wall seconds of the import floor alone (the ratio column of the aggregate rows)."""
    cmd = [sys.executable, "-c", "import docxtpl, openpyxl"]
    timed(cmd)
    return statistics.median(timed(cmd) for _ in range(runs))


def print_table(rows: list[tuple], runs: int) -> int:
    """Print the table; 1 when a goal failed."""
    head = ("measure", "seconds / MB", "ratio to floor", "goal", "result")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(5)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(v).ljust(w) for v, w in zip(row, widths)) + " |")
    print(f"\n{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end; "
          f"medians of {runs} cold runs (3 for N=1000); build ratios are medians of the paired "
          "build/floor runs.")
    return 0 if all(r[4] != "FAIL" for r in rows) else 1


def fresh_bytecode() -> None:
    """Compile chibo_xl's stale or missing .pyc files (see the module docstring)."""
    compileall.compile_dir(str(ROOT / "chibo_xl"), quiet=1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="N = 10 and 100 only")
    parser.add_argument("--build", action="store_true",
                        help="only the import floor, check and build rows")
    parser.add_argument("--pdf", action="store_true",
                        help="only the import floor, one LibreOffice process and build --pdf")
    parser.add_argument("--aggregate", action="store_true",
                        help="only the aggregate rows (step, N = 10, 100, 1000, linearity)")
    parser.add_argument("--members", action="store_true",
                        help="only the build of one cell of 300, 1.000, 3.000 members")
    parser.add_argument("--runs", type=int, default=5, help="runs per cold measure (median)")
    parser.add_argument("--jobs", type=int, default=2, help="aggregate's --jobs")
    args = parser.parse_args(argv)
    sizes = (10, 100) if args.quick else (10, 100, 1000)
    fresh_bytecode()
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            return print_table(build_rows(cold(args.runs, Path(tmp))), args.runs)

    if args.members:
        with tempfile.TemporaryDirectory() as tmp:
            return print_table(member_rows(member_builds(min(args.runs, 3), Path(tmp))),
                               args.runs)

    if args.pdf:
        with tempfile.TemporaryDirectory() as tmp:
            floor = statistics.median(timed([sys.executable, "-c", "import docxtpl, openpyxl"])
                                      for _ in range(args.runs))
            rows = [("import floor: python -c 'import docxtpl, openpyxl'", f"{floor:.3f} s",
                     "1.00", "—", "—"), *pdf_rows(pdf_times(args.runs, Path(tmp)))]
            return print_table(rows, args.runs)

    folders = {n: folder_of(n, args.jobs) for n in sizes}
    if args.aggregate:
        with tempfile.TemporaryDirectory() as tmp:
            floor = floor_time(args.runs)
            steps = worker_step(folders[100]), worker_step(folders[100], full=True)
            agg = {n: aggregate_time(folders[n], 3 if n >= 1000 else args.runs, Path(tmp),
                                     args.jobs) for n in sizes}
            n = sizes[-1]
            full = aggregate_time(folders[n], 3 if n >= 1000 else args.runs, Path(tmp),
                                  args.jobs, ("--full-check",))
        return print_table([*step_rows(*steps), *aggregate_rows(agg, floor, sizes, args.jobs),
                            full_check_row(n, full, args.jobs)], args.runs)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        c = cold(args.runs, tmp)
        floor = c["floor"]
        calamine_ms, openpyxl_ms = readers()
        steps = worker_step(folders[100]), worker_step(folders[100], full=True)
        pdf = pdf_times(3, tmp)
        imp, imp_check = import_vs_check(args.runs, tmp)
        agg = {n: aggregate_time(folders[n], 3 if n >= 1000 else args.runs, tmp, args.jobs)
               for n in sizes}
        members = member_builds(1 if args.quick else 3, tmp)

    rows += build_rows(c)
    rows.append(("read example, python-calamine (used)", f"{calamine_ms:.1f} ms", "—", "—", "—"))
    rows.append(("read example, openpyxl (for comparison)", f"{openpyxl_ms:.1f} ms",
                 f"{openpyxl_ms / calamine_ms:.1f}× calamine", "—", "—"))
    rows += step_rows(*steps)
    rows.append((f"chibo-xl import, {IMPORT_MEMBERS}-member list (cold)", f"{imp:.3f} s",
                 f"{imp / floor:.2f}", "—", "—"))
    rows.append(("  vs chibo-xl check of the imported workbook", f"{imp_check:.3f} s",
                 f"{imp / imp_check:.2f}× check", f"≤ {GOAL_IMPORT_RATIO:g}× check",
                 verdict(imp <= GOAL_IMPORT_RATIO * imp_check)))
    rows += pdf_rows(pdf)
    rows += aggregate_rows(agg, floor, sizes, args.jobs)
    rows += member_rows(members)
    return print_table(rows, args.runs)


if __name__ == "__main__":
    sys.exit(main())
