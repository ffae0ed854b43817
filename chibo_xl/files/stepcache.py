"""What aggregate remembers between runs: each workbook's result, keyed by its content.

A đảng ủy runs `chibo-xl aggregate` again and again over the same folder as cells resend their
workbooks. Reading and checking a workbook is most of the cost (≈ 30 ms of CPU each here);
hashing its bytes is ≈ 0,1 ms. The cache maps SHA-256 of a file's bytes to the plain result
`aggregate.summarize_file` returned, so only new or changed files are read again. The key also
holds a fingerprint of chibo-xl's own code (every module's size and modification time): a new
version, or any edit to a check, starts from an empty cache. Renaming or copying a file keeps
its entry (the content is the same); the relative path is set again on the way out.

The cache is one JSON file beside the summary (`path_for`), written whole or not at all; a
missing, damaged or foreign cache is simply empty. It holds what the summary itself holds.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

FORMAT = 1


def path_for(output) -> Path:
    """The cache beside the summary workbook: ".tong-hop.chibo-xl-cache.json"."""
    output = Path(output)
    return output.with_name(f".{output.stem}.chibo-xl-cache.json")


def code_fingerprint() -> str:
    """Changes whenever any chibo-xl module changes (size or modification time)."""
    package = Path(__file__).resolve().parents[1]   # chibo_xl/, every layer
    digest = hashlib.sha256()
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def content_key(path) -> str | None:
    """SHA-256 of the file's bytes, or None when it cannot be read (then it is not cached);
    only a regular file is opened, never blocking (`ownership.open_regular`: a FIFO swapped in
    after the folder was listed cannot hang the run)."""
    from .ownership import open_regular

    fh = open_regular(path, follow_links=True)
    if fh is None:
        return None
    try:
        with fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def load(path) -> dict:
    """{content key: result} of the cache at `path`; empty when absent, damaged or stale."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or \
            data.get("code") != code_fingerprint() or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def save(path, entries: dict) -> None:
    """Write the cache whole (only the entries of this run: files gone are forgotten)."""
    from .outputs import OutputError, write_bytes

    text = json.dumps({"format": FORMAT, "code": code_fingerprint(), "entries": entries},
                      ensure_ascii=True, separators=(",", ":"))   # names not UTF-8 too
    try:
        write_bytes(path, text.encode("utf-8"))
    except (OSError, OutputError):               # a cache that cannot be written only costs time
        pass


def thaw(result: dict, rel: str) -> dict:
    """A cached result for the file now at `rel` (JSON turned the findings' tuples to lists)."""
    result = dict(result, file=rel)
    if "findings" in result:
        result["findings"] = [tuple(f) for f in result["findings"]]
    return result
