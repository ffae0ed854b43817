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


#: a cache past this size is not read (1.000 cells write ≈ 10 MB; a đảng bộ has far fewer)
MAX_BYTES = 256 << 20
_COUNTS = ("errors", "warnings", "members", "official", "probationary", "women", "htxs", "htt",
           "ht", "kht", "present", "summoned", "admitted")
_TEXTS = ("cell_name", "superior", "place", "as_of")


def load(path, scope: str = "summary") -> dict:
    """{content key: result} of the cache at `path`; empty when absent, damaged or stale, or
    written for another `scope` (aggregate's sheets read: "summary", or "full").

    The cache is a file from disk beside the summary, as open to anyone as the manifest: only a
    regular file (a FIFO under its name would block the run for ever) of at most `MAX_BYTES` is
    read, JSON nested without end is damaged (not a RecursionError), and an entry is used only
    when it has the shape `aggregate.summarize_file` gives (`_sound`): the summary adds its
    numbers up without asking again.
    """
    from .ownership import open_regular

    fh = open_regular(path, max_size=MAX_BYTES, follow_links=True)
    if fh is None:
        return {}
    try:
        with fh:
            data = json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or \
            data.get("code") != code_fingerprint() or data.get("scope") != scope or \
            not isinstance(data.get("entries"), dict):
        return {}
    return {key: entry for key, entry in data["entries"].items() if _sound(entry)}


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _sound(entry) -> bool:
    """True for a result as `aggregate.summarize_file` writes it (own summary, or a checked
    workbook's figures), every number a number; a hand-made or damaged entry is read again."""
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        return False
    if entry.get("status") == "own":
        return True
    if entry.get("status") not in ("ok", "errors"):
        return False
    groups = entry.get("groups")
    return (all(_int(entry.get(k)) for k in _COUNTS)
            and all(isinstance(entry.get(k), str) for k in _TEXTS)
            and (entry.get("year") is None or _int(entry.get("year")))
            and isinstance(entry.get("cap_rate"), (int, float))
            and not isinstance(entry.get("cap_rate"), bool)
            and isinstance(entry.get("findings"), list)
            and all(isinstance(f, list) for f in entry["findings"])
            and isinstance(groups, dict)
            and all(isinstance(g, dict) and all(_int(n) for n in g.values())
                    for g in groups.values()))


def save(path, entries: dict, scope: str = "summary") -> None:
    """Write the cache whole (only the entries of this run: files gone are forgotten)."""
    from .outputs import OutputError, write_bytes

    text = json.dumps({"format": FORMAT, "code": code_fingerprint(), "scope": scope,
                       "entries": entries},
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
