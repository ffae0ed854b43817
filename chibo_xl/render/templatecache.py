"""What rendering remembers between runs: each template source's clean-up and compiled code.

A secretary builds the same year again and again, with the same templates. Before Jinja sees a
template, docxtpl cleans its XML with a dozen regex passes (`patch_xml`); Jinja then parses and
compiles it to Python code. For the bundled templates that is ≈ 0,25 s of a ≈ 1 s build, and it
depends only on the text. Both results are kept in the user's cache folder, one small file
each, keyed by SHA-256 of the text and a fingerprint of everything that shapes the result
(chibo-xl's own code, Python, Jinja and docxtpl versions): a new version or an edited template
simply misses. Compiled code is what Jinja's own bytecode cache stores (`marshal` of the code
object); it comes from the same sandboxed environment, whose checks run when it renders.

A missing, damaged or unwritable cache only costs time. `CHIBO_XL_CACHE` names another folder;
`CHIBO_XL_CACHE=off` turns the cache off.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

_ROOT: list = []    # [folder or None], found once per process


def folder() -> Path | None:
    """The cache folder (created on first write), or None when turned off."""
    if not _ROOT:
        chosen = os.environ.get("CHIBO_XL_CACHE", "")
        if chosen.lower() in ("off", "0", "no"):
            _ROOT.append(None)
        elif chosen:
            _ROOT.append(Path(chosen))
        else:
            base = os.environ.get("LOCALAPPDATA") if os.name == "nt" else \
                os.environ.get("XDG_CACHE_HOME")
            _ROOT.append(Path(base or Path.home() / ".cache") / "chibo-xl" / "templates")
    return _ROOT[0]


_PRINT: list = []


def _fingerprint() -> bytes:
    if not _PRINT:
        import docxtpl
        import jinja2

        from ..files.stepcache import code_fingerprint

        _PRINT.append(f"{code_fingerprint()}|{sys.version}|{jinja2.__version__}|"
                      f"{getattr(docxtpl, '__version__', '')}".encode())
    return _PRINT[0]


def _path(kind: str, text: str) -> Path | None:
    root = folder()
    if root is None:
        return None
    digest = hashlib.sha256(_fingerprint() + kind.encode() + text.encode("utf-8",
                                                                           "surrogatepass"))
    return root / f"{digest.hexdigest()}.{kind}"


def get(kind: str, text: str) -> bytes | None:
    """What `put(kind, text, …)` stored, or None (also when the file was damaged: each file
    begins with the SHA-256 of what follows)."""
    path = _path(kind, text)
    if path is None:
        return None
    try:
        kept = path.read_bytes()
    except OSError:
        return None
    data = kept[32:]
    return data if hashlib.sha256(data).digest() == kept[:32] else None


def put(kind: str, text: str, data: bytes) -> None:
    """Keep `data` for (`kind`, `text`); written to a temporary name, then moved in place."""
    path = _path(kind, text)
    if path is None:
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(hashlib.sha256(data).digest() + data)
        os.replace(temp, path)
    except OSError:
        try:
            temp.unlink()
        except OSError:
            pass
