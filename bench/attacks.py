"""Issue 25's cases, before and after: exit code, wall time and peak memory of each, one table.

    python bench/attacks.py --side old=/work/venvs/old/bin/python:/work/wt/old \\
                            --side new=/work/venvs/i25/bin/python:/work/wt/i25 [--only NAME]

Each side is an interpreter and a source tree (`python -m chibo_xl.cli` with PYTHONPATH set to
the tree). Every case is made in code from the side's own example workbook (tests/hostile.py,
the same generators as the tests) in a fresh folder, then run as a user would, under
`/usr/bin/time -v`, `prlimit --as` (4 GB of address space: a case that wanted 7,6 GB dies at the
limit instead of taking the shared machine) and `timeout` (60 s: a case that hung is «124»).
The last column says what happened to what the case attacks (a deleted workbook, a process left
running, a «lỗi bất ngờ» …). Markdown on stdout; the machine's load at the start and end.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tools"))

LIMIT_S = 60
LIMIT_AS = 4 << 30
MANIFEST = ".chibo-xl.json"


@dataclass
class Side:
    name: str
    python: str
    root: Path

    @property
    def example(self) -> Path:
        return self.root / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"

    def env(self, tmp: Path, **extra) -> dict:
        return dict(os.environ, PYTHONPATH=str(self.root), CHIBO_XL_CACHE=str(tmp / "cache"),
                    **extra)

    def argv(self, *args) -> list[str]:
        return [self.python, "-m", "chibo_xl.cli", *map(os.fsdecode, args)]


@dataclass
class Result:
    code: int | str
    seconds: float
    peak_mb: float
    output: str
    note: str = ""


def measured(side: Side, tmp: Path, *args, seconds=LIMIT_S, env=None, cwd=None) -> Result:
    """`chibo-xl ARGS` of `side` under time -v, the address-space limit and the timeout."""
    report = tmp / f"time-{time.monotonic_ns()}.txt"
    cmd = ["/usr/bin/time", "-v", "-o", str(report), "prlimit", f"--as={LIMIT_AS}", "--",
           "timeout", "-k", "5", str(seconds), *side.argv(*args)]
    done = subprocess.run(cmd, capture_output=True, env=env or side.env(tmp), cwd=cwd)
    text = report.read_text(errors="replace")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    seconds_taken = (int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])) if wall else 0
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)[1]) / 1024
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    return Result(done.returncode, seconds_taken, peak, output)


def said(result: Result) -> str:
    """What the run told the user, shortened: the «lỗi bất ngờ», a crash or its first sentence."""
    text = result.output
    if "Traceback" in text:
        return "Traceback: " + text.strip().splitlines()[-1][:90]
    if "lỗi bất ngờ" in text:
        return "«" + text[text.index("Có lỗi bất ngờ"):][:70] + "…»"
    if "memory allocation" in text:
        return "Rust: memory allocation failed (abort)"
    if result.code == 124:
        return f"killed by the {LIMIT_S} s timeout"
    if "MemoryError" in text or "không đủ bộ nhớ" in text:
        return f"out of memory at the {LIMIT_AS >> 30} GB limit: " + text.strip()[:60]
    if result.code == 2:                      # a refusal: its first words
        return "«" + text.strip().splitlines()[-1][:80] + "…»"
    return ""


# ---------------------------------------------------------------------------------------------
# Cases: each (side, tmp) → Result with its note
# ---------------------------------------------------------------------------------------------
CASES = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn
    return register


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def built(side: Side, tmp: Path, out: Path | None = None) -> tuple[Path, Path]:
    book = tmp / "so.xlsx"
    shutil.copy(side.example, book)
    out = out or tmp / "out"
    done = subprocess.run(side.argv("build", book, "-o", out), capture_output=True,
                          env=side.env(tmp))
    assert done.returncode in (0, 1), done.stderr.decode("utf-8", "replace")
    return book, out


def aim(out: Path, **entries) -> None:
    data = json.loads((out / MANIFEST).read_text("utf-8"))
    data["files"].update(entries)
    (out / MANIFEST).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@case("manifest: «../so.xlsx» with the workbook's SHA-256, rebuild")
def manifest_workbook(side, tmp):
    book, out = built(side, tmp)
    aim(out, **{"../so.xlsx": sha(book)})
    run = measured(side, tmp, "build", book, "-o", out)
    run.note = "workbook kept" if book.exists() else "WORKBOOK DELETED"
    return run


@case("manifest: «../victim», «../../x», a file behind a symlinked subfolder")
def manifest_victims(side, tmp):
    inner = tmp / "d"
    inner.mkdir()
    book, out = built(side, tmp, inner / "out")
    victim, far = inner / "victim", tmp / "x"
    victim.write_text("victim")
    far.write_text("far")
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "f.docx").write_text("behind a link")
    (out / "sub").symlink_to(elsewhere)
    aim(out, **{"../victim": sha(victim), "../../x": sha(far), "sub/f.docx":
                sha(elsewhere / "f.docx")})
    run = measured(side, tmp, "build", book, "-o", out)
    lost = [n for n, p in (("../victim", victim), ("../../x", far),
                           ("sub/f.docx", elsewhere / "f.docx")) if not p.exists()]
    run.note = "all three kept" if not lost else "REMOVED: " + ", ".join(lost)
    return run


def _far(side, tmp, ref):
    import hostile
    return hostile.far_cell(side.example, tmp / "xa.xlsx", ref)


for _cmd, _args in (("check", ()), ("build", ("-o", "out")), ("new-year", ("-o", "ny.xlsx")),
                    ("import", ("-o", "imp.xlsx")), ("term", ("-o", "nk"))):
    def _make(cmd=_cmd, args=_args):
        def run_far(side, tmp):
            book = _far(side, tmp, "XFD1048576")
            return measured(side, tmp, cmd, book, *[tmp / a if i else a
                                                    for i, a in enumerate(args)])
        return run_far
    case(f"one value in XFD1048576 (65 KB file): {_cmd}")(_make())


@case("one value in XFD10000: check")
def far_10000(side, tmp):
    return measured(side, tmp, "check", _far(side, tmp, "XFD10000"))


@case("cell end tags «</c >» and a formula (≈190 KB file): check")
def spaced(side, tmp):
    import hostile
    book = hostile.spaced_end_tags(side.example, tmp / "so.xlsx", copies=40)
    run = measured(side, tmp, "check", book)
    run.note = f"{book.stat().st_size // 1024} KB"
    return run


TEMPLATES = {
    "batch(5*10**8,'x')": "{% for b in recipients|batch(5*10**8, 'x') %}{{ b|length }}"
                          "{% endfor %}",
    "nested format widths": "{{ '{:{}}'.format('x', 10**9) }}",
    "join over a generator": "{{ (recipients * 5000)|map('string')|join('x' * 199999) }}",
    "indent": "{{ ('a\\n' * 100000)|indent(199999) }}",
}
def _template_with(side, folder: Path, text: str) -> Path:
    """The side's own built-in plan template with a paragraph holding `text` (tests/hostile.py's
    template_with, from the side's tree: the other side's template names fields it lacks)."""
    import docx

    document = docx.Document(str(side.root / "report_templates" / "ke_hoach_nam.docx"))
    document.add_paragraph(text)
    folder.mkdir(parents=True, exist_ok=True)
    document.save(folder / "ke_hoach_nam.docx")
    return folder


for _label, _text in TEMPLATES.items():
    def _make(text=_text):
        def run_template(side, tmp):
            folder = _template_with(side, tmp / "mau", text)
            return measured(side, tmp, "build", side.example, "-o", tmp / "out", "--templates",
                            folder)
        return run_template
    case(f"template {_label}: build")(_make())


def _inflating(side, tmp):
    """The side's plan template whose document.xml inflates to 1,5 GB (made once a side)."""
    import zipfile

    folder = tmp.parent / f"big-{side.name}"
    target = folder / "ke_hoach_nam.docx"
    if target.exists():
        return folder
    folder.mkdir()
    source = side.root / "report_templates" / "ke_hoach_nam.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            cut = data.index(b"<w:body>") + len(b"<w:body>")
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(entry, "w", force_zip64=True) as out:
                out.write(data[:cut])
                for _ in range(1500):
                    out.write(b" " * (1 << 20))
                out.write(data[cut:])
    return folder


@case("template whose document.xml inflates to 1,5 GB: build")
def inflating_build(side, tmp):
    return measured(side, tmp, "build", side.example, "-o", tmp / "out", "--templates",
                    _inflating(side, tmp))


@case("template whose document.xml inflates to 1,5 GB: fields")
def inflating_fields(side, tmp):
    return measured(side, tmp, "fields", "--templates", _inflating(side, tmp), "ke_hoach_nam")


@case("a FIFO named fifo.xlsx beside a workbook: aggregate")
def fifo(side, tmp):
    folder = tmp / "cells"
    folder.mkdir()
    shutil.copy(side.example, folder / "a.xlsx")
    os.mkfifo(folder / "fifo.xlsx")
    return measured(side, tmp, "aggregate", folder, "-o", tmp / "tong-hop.xlsx")


def _left_after_kill(side, tmp, args, delay):
    """Start chibo-xl, SIGKILL it after `delay` s, count its descendants alive 3 s later (by a
    marker in their environment), then end them."""
    marker = f"I25MARK{time.monotonic_ns()}"
    env = side.env(tmp, **{marker: "1"})
    started = time.perf_counter()
    proc = subprocess.Popen(side.argv(*args), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.kill()
    proc.wait()
    time.sleep(3)
    left = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if marker.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                left.append((int(pid), Path(f"/proc/{pid}/comm").read_text().strip()))
        except OSError:
            continue
    for pid, _ in left:                      # the processes this case started, by their id
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    names = sorted({name for _, name in left})
    return Result(-9, time.perf_counter() - started, 0,
                  "", f"{len(left)} left 3 s after ({', '.join(names)})" if left else
                  "nothing left 3 s after")


def _cache_case(side, tmp, make):
    folder = tmp / "cells"
    folder.mkdir()
    shutil.copy(side.example, folder / "a.xlsx")
    cache = tmp / ".t.chibo-xl-cache.json"        # beside the summary t.xlsx
    make(cache)
    return measured(side, tmp, "aggregate", folder, "-o", tmp / "t.xlsx")


@case("aggregate's step cache replaced by a FIFO: aggregate")
def cache_fifo(side, tmp):
    return _cache_case(side, tmp, os.mkfifo)


@case("aggregate's step cache nested 100.000 deep: aggregate")
def cache_nested(side, tmp):
    return _cache_case(side, tmp, lambda cache: cache.write_text(
        '{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}"))


@case("SIGKILL of build --pdf at 1,5 s: processes left")
def killed_pdf(side, tmp):
    return _left_after_kill(side, tmp, ("build", side.example, "--pdf", "-o", tmp / "out"), 1.5)


@case("SIGKILL of aggregate (1.000 cells) at 3 s: processes left")
def killed_aggregate(side, tmp):
    import bench
    return _left_after_kill(side, tmp, ("aggregate", bench.folder_of(1000, 2), "-o",
                                        tmp / "tong-hop.xlsx"), 3)


_XLS: dict = {}


@case("an .xls renamed .xlsx: check")
def renamed_xls(side, tmp):
    if side.name not in _XLS:
        made = tmp.parent / f"xls-{side.name}"
        made.mkdir(exist_ok=True)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{made}/lo", "--headless",
                        "--convert-to", "xls", "--outdir", str(made), str(side.example)],
                       check=True, capture_output=True, timeout=120)
        _XLS[side.name] = made / "vi-du-chi-bo-2026.xls"
    shutil.copy(_XLS[side.name], tmp / "so-cu.xlsx")
    run = measured(side, tmp, "check", tmp / "so-cu.xlsx")
    run.note = "refused as an old format" if "định dạng Excel cũ" in run.output else \
        "read" if run.code in (0, 1) else ""
    return run


@case("a CSV with one 200 kB field: import")
def csv_field(side, tmp):
    path = tmp / "ds.csv"
    path.write_text("Họ và tên,Ngày sinh,Ghi chú\nNguyễn Văn A,01/01/1980," + "x" * 200_000 +
                    "\n", "utf-8")
    return measured(side, tmp, "import", path, "-o", tmp / "so.xlsx")


@case("a manifest nested 100.000 deep: build")
def nested_manifest(side, tmp):
    book, out = built(side, tmp)
    (out / MANIFEST).write_text('{"files": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return measured(side, tmp, "build", book, "-o", out)


@case("--cap-rate nan: aggregate")
def cap_nan(side, tmp):
    folder = tmp / "cells"
    folder.mkdir()
    shutil.copy(side.example, folder / "a.xlsx")
    return measured(side, tmp, "aggregate", folder, "-o", tmp / "t.xlsx", "--cap-rate", "nan")


@case("-o 2.000 folders deep: build")
def deep_output(side, tmp):
    deep = tmp.joinpath(*["d"] * 2000)
    return measured(side, tmp, "build", side.example, "-o", deep)


@case("new-year of a file whose name is not UTF-8")
def not_utf8(side, tmp):
    name = os.fsencode(tmp) + b"/so-\xff.xlsx"
    shutil.copy(side.example, name)
    run = measured(side, tmp, "new-year", name, "-o", os.fsencode(tmp) + b"/nam-sau-\xff.xlsx")
    return run


@case("LC_ALL=C PYTHONUTF8=0: build")
def c_locale(side, tmp):
    env = side.env(tmp, LC_ALL="C", LANG="C", PYTHONUTF8="0")
    return measured(side, tmp, "build", side.example, "-o", tmp / "out", env=env)


@case("lost manifest, rebuild of a changed workbook: «(bản mới)» copies")
def lost_manifest(side, tmp):
    import copy

    from chibo_xl.workbook.blank import write_workbook
    from example_data import EXAMPLE

    first, second = copy.deepcopy(EXAMPLE), copy.deepcopy(EXAMPLE)
    second["Thông tin chung"]["Tên chi bộ"] += " (đã đổi)"
    write_workbook(tmp / "so.xlsx", first)
    write_workbook(tmp / "so2.xlsx", second)
    out = tmp / "out"
    subprocess.run(side.argv("build", tmp / "so.xlsx", "-o", out), capture_output=True,
                   env=side.env(tmp))
    (out / MANIFEST).unlink()
    run = measured(side, tmp, "build", tmp / "so2.xlsx", "-o", out)
    copies = len(list(out.rglob("*(bản mới)*")))
    run.note = f"{copies} «(bản mới)» copies"
    return run


@case("two builds into one folder at once, 6 pairs")
def two_builds(side, tmp):
    from concurrent.futures import ThreadPoolExecutor

    book = tmp / "so.xlsx"
    shutil.copy(side.example, book)
    failed, started = 0, time.perf_counter()
    for _ in range(6):
        with ThreadPoolExecutor(2) as pool:
            runs = list(pool.map(lambda _: subprocess.run(
                side.argv("build", book, "-o", tmp / "out"), capture_output=True,
                env=side.env(tmp)), range(2)))
        failed += sum(1 for r in runs if r.returncode not in (0, 1))
    return Result(0 if not failed else 2, time.perf_counter() - started, 0, "",
                  f"{failed} of 12 builds failed")


@case("Ctrl+C 0,02–0,25 s after start, 20 times: tracebacks")
def early_signal(side, tmp):
    rng = random.Random(25)
    tracebacks, sent, started = 0, 0, time.perf_counter()
    for i in range(20):
        proc = subprocess.Popen(side.argv("build", side.example, "-o", tmp / f"o{i}"),
                                env=side.env(tmp), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.02, 0.25))
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            sent += 1
        _, err = proc.communicate()
        tracebacks += b"Traceback" in err
    return Result("—", time.perf_counter() - started, 0, "",
                  f"{tracebacks} tracebacks of {sent} stops")


KICK = """
import os, runpy, sys
target, signum = sys.argv[1], int(sys.argv[2])
class Kick:
    def find_spec(self, name, path=None, target_=None):
        if name == target:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signum)
        return None
sys.meta_path.insert(0, Kick())
sys.argv = ["chibo-xl", *sys.argv[3:]]
runpy.run_module("chibo_xl.cli", run_name="__main__", alter_sys=True)
"""
for _module in ("click", "lxml.etree"):
    def _make(module=_module):
        def run_kick(side, tmp):
            done = subprocess.run([side.python, "-c", KICK, module, str(int(signal.SIGINT)),
                                   "build", str(side.example), "-o", str(tmp / "out")],
                                  capture_output=True, env=side.env(tmp))
            text = (done.stdout + done.stderr).decode("utf-8", "replace")
            return Result(done.returncode, 0, 0, "",
                          "Traceback (KeyboardInterrupt)" if "Traceback" in text else
                          "«Đã dừng.»" if "Đã dừng." in text else "ran to the end")
        return run_kick
    case(f"SIGINT landing inside the import of {_module}: build")(_make())


@case("a sheet too big for the built-in plan template: build")
def oversized(side, tmp):
    from chibo_xl.workbook.blank import write_workbook
    from conftest import small_data

    data = small_data()
    data["Kế hoạch tháng"] += [
        {"Tháng": 1, "Nội dung hoạt động": f"Việc {k} " + "nội dung rất dài " * 1900,
         "Người phụ trách": "Bí thư", "Sinh hoạt chuyên đề": "Không"} for k in range(8)]
    write_workbook(tmp / "so.xlsx", data)
    run = measured(side, tmp, "build", tmp / "so.xlsx", "-o", tmp / "out")
    run.note = "blames the template" if "Hãy sửa mẫu" in run.output else \
        "names the workbook's content" if "nội dung lấy từ sổ" in run.output else ""
    return run


@case("two copies of one cell, the newer named b-…: aggregate counts")
def copies(side, tmp):
    import copy
    import datetime as dt

    from chibo_xl.workbook.blank import write_workbook
    from example_data import EXAMPLE

    folder = tmp / "cells"
    folder.mkdir()
    older, newer = copy.deepcopy(EXAMPLE), copy.deepcopy(EXAMPLE)
    older["Đảng viên"].pop()                  # the first send still lacked a member's row
    newer["Sinh hoạt"].append({"Ngày họp": dt.date(2026, 12, 31), "Loại": "Thường kỳ",
                               "Chủ đề": "Tổng kết năm", "Số triệu tập": 30, "Có mặt": 30})
    write_workbook(folder / "a-gui-lan-1.xlsx", older)
    write_workbook(folder / "b-gui-lai.xlsx", newer)
    os.utime(folder / "b-gui-lai.xlsx", (1_600_000_000, 1_600_000_000))   # older file
    run = measured(side, tmp, "aggregate", folder, "-o", tmp / "t.xlsx")
    dropped = re.search(r"Sổ trùng: (\S+)\.xlsx", run.output)
    run.note = ("counts the newer b-gui-lai" if dropped and dropped[1] == "a-gui-lan-1" else
                "counts the older a-gui-lan-1" if dropped else "no duplicate named")
    return run


@case("a cell of 3.000 members: build")
def members_3000(side, tmp):
    import bench
    return measured(side, tmp, "build", bench.member_book(3000), "-o", tmp / "out",
                    seconds=LIMIT_S)


@case("aggregate of 1.000 different cell workbooks, cold (--jobs 2)")
def aggregate_1000(side, tmp):
    import bench
    return measured(side, tmp, "aggregate", bench.folder_of(1000, 2), "-o", tmp / "t.xlsx",
                    "--jobs", "2")


# ---------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--side", action="append", required=True,
                        help="NAME=PYTHON:ROOT (give it twice: before, after)")
    parser.add_argument("--only", help="run only the cases whose title contains this")
    args = parser.parse_args(argv)
    sides = []
    for spec in args.side:
        name, rest = spec.split("=", 1)
        python, root = rest.split(":", 1)
        sides.append(Side(name, python, Path(root)))
    chosen = {k: v for k, v in CASES.items() if not args.only or args.only in k}
    print(f"load average at the start: {os.getloadavg()[0]:.2f} (2 cores)", file=sys.stderr)
    head = "| case | " + " | ".join(f"{s.name}: exit, s, MB, what happened" for s in sides) + " |"
    print(head)
    print("|---|" + "---|" * len(sides))
    with tempfile.TemporaryDirectory(prefix="i25-hostile-") as work:
        os.chdir(work)     # `python -m` puts the working folder first on sys.path: not a tree
        for title, fn in chosen.items():
            cells = []
            for side in sides:                   # alternating, case by case
                tmp = Path(work) / f"{side.name}-{len(cells)}-{abs(hash(title))}"
                tmp.mkdir()
                try:
                    run = fn(side, tmp)
                except Exception as exc:  # noqa: BLE001 (a case that could not be set up)
                    cells.append(f"not run ({type(exc).__name__}: {str(exc)[:60]})")
                    continue
                what = "; ".join(x for x in (said(run), run.note) if x)
                mb = f"{run.peak_mb:.0f} MB" if run.peak_mb else "—"
                cells.append(f"{run.code}, {run.seconds:.1f} s, {mb}" +
                             (f", {what}" if what else ""))
                shutil.rmtree(tmp, ignore_errors=True)
            print(f"| {title} | " + " | ".join(cells) + " |", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
