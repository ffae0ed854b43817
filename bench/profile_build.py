"""Where one cold `chibo-xl build` of the example spends its time, phase by phase.

    python bench/profile_build.py            # median of 7 fresh processes
    python bench/profile_build.py --runs 15

Each run is a new interpreter (as a secretary's click is): it imports chibo_xl, builds the
example into a temporary folder and reports the wall time of each phase, measured by wrapping
the library functions the builder calls (no profiler overhead). The phases nest: "render"
holds the template loads, docxtpl's render (Jinja, parsing), the .docx writer and the print
file's additions; "import docxtpl" is the part of the first render that imports it (the floor
`python -c "import docxtpl, openpyxl"` pays it too).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
t0 = time.perf_counter()
import chibo_xl.commands.build as build
import chibo_xl.cli
t_import = time.perf_counter() - t0
from chibo_xl.render import printfile
from chibo_xl.render import renderer as render

spent = {}

def timed(owner, name, label):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start
    setattr(owner, name, wrapper)

timed(build, "read_workbook", "read (python-calamine)")
timed(build, "check_raw", "check")
timed(build, "plan_jobs", "plan + contexts")
timed(build, "require_fields", "unknown-field check")
timed(build, "render", "render (all documents)")
timed(render, "_load", "  template load + copy")
timed(render, "package_bytes", "  .docx writer")  # the name renderer.py calls
timed(printfile.Combined, "add", "  print file: add")
timed(printfile.Combined, "to_bytes", "print file: write")
timed(build, "write_documents", "write the set (fsync, rename)")
start = time.perf_counter()
import docxtpl  # noqa: F401  (what the first render would import)
spent["import docxtpl (floor's part)"] = time.perf_counter() - start
with tempfile.TemporaryDirectory() as tmp:
    start = time.perf_counter()
    result = build.build(sys.argv[1], Path(tmp) / "out")
    total = time.perf_counter() - start
assert not result.report.errors
spent["import chibo_xl"] = t_import
spent["build() total"] = total
spent["  render: docxtpl + Jinja (rest of render)"] = spent["render (all documents)"] - sum(
    spent[k] for k in ("  template load + copy", "  .docx writer", "  print file: add"))
print(json.dumps(spent))
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes (median)")
    args = parser.parse_args(argv)
    example = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"
    import compileall

    compileall.compile_dir(str(ROOT / "chibo_xl"), quiet=1)   # as bench.py does (see there)
    runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD, str(example)], check=True,
                                      capture_output=True, text=True, cwd=ROOT).stdout)
            for _ in range(args.runs)]
    order = ["import chibo_xl", "import docxtpl (floor's part)", "read (python-calamine)",
             "check", "plan + contexts", "unknown-field check", "render (all documents)",
             "  template load + copy", "  render: docxtpl + Jinja (rest of render)",
             "  .docx writer", "  print file: add", "print file: write",
             "write the set (fsync, rename)", "build() total"]
    for key in order:
        print(f"{key:45s} {statistics.median(r.get(key, 0.0) for r in runs) * 1000:7.1f} ms")
    print(f"\nmedians of {args.runs} fresh processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
