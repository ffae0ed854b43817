"""Which files of an output folder are a build's own, trusted for nothing outside that folder.

The manifest (`.chibo-xl.json`) records every file a build wrote with its SHA-256, so the next
build knows which files it may replace or remove, and what made each (its *owner*: the kind of
document and, for a monthly one, its meeting), so a build that makes only some documents leaves
the others alone (`outputs.write_set`). It is data read from disk: anyone who can
write the folder (a shared folder, a copied one) can edit it, so an entry is trusted only as a
*plain* relative name — components joined by "/", none empty, "." or "..", no drive, no "\\",
no ":", no name Windows gives to a device, no component ending in a dot or a space (Windows
drops those, so "..." or ".. " would mean "..") — and only while the file it names is reached
without following a symbolic link out of the folder (`judge`). Every other entry is
dropped from the next manifest and named once in the build's notes. A manifest that is not a
regular file, larger than `MAX_BYTES`, nested without end or not JSON is damaged: read as empty.

A lost or damaged manifest must not turn the build's own documents into strangers (a «(bản
mới)» copy for each while the old figures keep the usual names). Each file a build writes
therefore carries the SHA-256 of its own bytes (`sign`): a .docx/.xlsx in its zip comment,
which Word and Excel drop when they save; a PDF in a last comment line, after %%EOF. A file
whose mark matches its bytes (`signed`) is the unedited work of chibo-xl, manifest or not.

Files are opened here only when they are regular files, never through a link at the last step
and never blocking: a FIFO or a device under a manifest's name can neither hang a build nor be
read (`open_regular`).

`judge` is the one function that decides what an old file is to a build (free name, its own
unedited file, edited, someone else's, outside), so what a build may replace, move aside or
remove (`outputs.write_set`). `folder_lock` lets one build at a time write into a folder.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import faults

NAME = ".chibo-xl.json"
LOCK_NAME = ".chibo-xl.lock"     # Windows only (outputs.folder_lock)
STAGING_PREFIX = ".~chibo-"
MAX_BYTES = 8 * 1024 * 1024      # ≈ 50.000 entries; a 3.000-member cell's manifest is ≈ 0,5 MB
MAX_NAME = 1024                  # characters of one relative name
MAX_DEPTH = 16                   # folders in one relative name (a build uses one)
MAX_OWN_SIZE = 1 << 30           # no file chibo-xl writes is larger: a bigger one is not ours
_HEX = re.compile(r"[0-9a-f]{64}")
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}
_BAD_CHARS = re.compile(r'[\x00-\x1f\\:<>"|?*]')
_ZIP_MARK = b"chibo-xl sha256="
_PDF_MARK = b"\n%chibo-xl sha256="
_EOCD = b"PK\x05\x06"


@dataclass
class Manifest:
    """The trusted entries of a folder's manifest (relative name → SHA-256), what made each
    (relative name → owner, where recorded), the entries ignored (as written), and whether the
    manifest was missing or damaged."""

    files: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)
    state: str = "ok"                # "ok", "missing" or "damaged"
    owners: dict = field(default_factory=dict)


def plain(rel) -> bool:
    """Whether `rel` is a plain relative name inside a folder (see the module docstring)."""
    if not isinstance(rel, str) or not rel or len(rel) > MAX_NAME:
        return False
    parts = rel.split("/")
    if len(parts) > MAX_DEPTH + 1:
        return False
    for part in parts:
        if not part or part in (".", "..") or part[-1] in ". " or _BAD_CHARS.search(part):
            return False
        if part.split(".")[0].rstrip(" ").upper() in _DEVICES:
            return False
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:          # a lone surrogate: no file of ours has one
            return False
    return parts[0] not in (NAME, LOCK_NAME) and not parts[0].startswith(STAGING_PREFIX)


def open_regular(path, max_size: int | None = None, follow_links: bool = False):
    """`path` opened for reading when it is a regular file (not a FIFO, a device or a socket;
    not a link at the last step unless `follow_links`) no larger than `max_size`; else None.
    Never blocks."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | \
        (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
    try:
        if os.name == "nt" and not follow_links and os.path.islink(path):  # no O_NOFOLLOW
            return None
        fd = os.open(path, flags)
    except PermissionError as exc:
        if faults.held_open(exc):   # Word or Excel holds it: said as such, never "edited"
            raise
        return None
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (max_size is not None and info.st_size > max_size):
            os.close(fd)
            return None
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def read(folder: Path) -> Manifest:
    """The manifest of `folder`, its entries sorted into trusted and ignored."""
    path = folder / NAME
    if not os.path.lexists(path):
        return Manifest(state="missing")
    fh = open_regular(path, MAX_BYTES)
    if fh is None:
        return Manifest(state="damaged")
    try:
        with fh:
            data = json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError, RecursionError):   # RecursionError: "[[[[…" nested for ever
        return Manifest(state="damaged")
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return Manifest(state="damaged")
    manifest = Manifest()
    for rel, digest in files.items():
        if plain(rel) and isinstance(digest, str) and _HEX.fullmatch(digest):
            manifest.files[rel] = digest
        else:
            manifest.ignored.append(rel)
    owners = data.get("owners")
    if isinstance(owners, dict):
        manifest.owners = {rel: owner for rel, owner in owners.items() if rel in manifest.files
                           and isinstance(owner, str) and len(owner) <= MAX_NAME}
    return manifest


def encode(hashes: dict, owners: dict | None = None) -> bytes:
    """The manifest's bytes for {relative name: SHA-256} and {relative name: owner}."""
    data = {"chibo-xl": 2 if owners else 1, "files": dict(sorted(hashes.items()))}
    if owners:
        data["owners"] = {rel: owners[rel] for rel in sorted(owners) if rel in hashes}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def file_hash(path, max_size: int = MAX_OWN_SIZE) -> str | None:
    """SHA-256 of the regular file at `path`, or None (absent, not regular, too large)."""
    fh = open_regular(path, max_size)
    if fh is None:
        return None
    with fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


# ---------------------------------------------------------------------------------------------
# The mark each written file carries: the SHA-256 of its own bytes
# ---------------------------------------------------------------------------------------------
def sign(data: bytes) -> bytes:
    """`data` with its own SHA-256 marked on it, when it is a zip package (no comment yet) or a
    PDF; other bytes unchanged. The mark changes nothing a reader sees."""
    if len(data) >= 22 and data[-22:-18] == _EOCD and data[-2:] == b"\0\0":
        mark = _ZIP_MARK + hashlib.sha256(data).hexdigest().encode()
        return data[:-2] + len(mark).to_bytes(2, "little") + mark
    if data.startswith(b"%PDF-"):
        return data + _PDF_MARK + hashlib.sha256(data).hexdigest().encode() + b"\n"
    return data


def signed(path) -> bool:
    """Whether the file at `path` carries a mark matching its bytes: chibo-xl wrote it and
    nobody changed it since."""
    fh = open_regular(path, MAX_OWN_SIZE)
    if fh is None:
        return False
    with fh:
        size = os.fstat(fh.fileno()).st_size
        tail_size = min(size, 22 + len(_ZIP_MARK) + 64)
        fh.seek(size - tail_size)
        tail = fh.read(tail_size)
        fh.seek(0)
        zip_mark = 22 + len(_ZIP_MARK) + 64
        if len(tail) == zip_mark and tail[:4] == _EOCD and tail[22:22 + len(_ZIP_MARK)] == \
                _ZIP_MARK and tail[20:22] == (zip_mark - 22).to_bytes(2, "little"):
            digest = _prefix_hash(fh, size - zip_mark + 20, b"\0\0")
            return digest == tail[-64:].decode("ascii", "replace")
        pdf_mark = len(_PDF_MARK) + 65
        if size > pdf_mark:
            fh.seek(size - pdf_mark)
            tail = fh.read(pdf_mark)
            fh.seek(0)
            if tail.startswith(_PDF_MARK) and tail.endswith(b"\n"):
                return _prefix_hash(fh, size - pdf_mark, b"") == \
                    tail[len(_PDF_MARK):-1].decode("ascii", "replace")
    return False


def _prefix_hash(fh, length: int, suffix: bytes) -> str:
    """SHA-256 of the first `length` bytes of `fh` followed by `suffix`."""
    digest = hashlib.sha256()
    while length > 0:
        chunk = fh.read(min(length, 1 << 20))
        if not chunk:
            break
        digest.update(chunk)
        length -= len(chunk)
    digest.update(suffix)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Which old files a build may touch
# ---------------------------------------------------------------------------------------------
def path_of(folder: Path, rel: str) -> Path:
    """The path of relative name `rel` ("/"-separated) in `folder`."""
    return folder.joinpath(*rel.split("/"))


# What an old file is to this build (`judge`)
ABSENT = "absent"      # nothing there: the name is free
OURS = "ours"          # written by chibo-xl and unchanged since: may be replaced or removed
EDITED = "edited"      # written by chibo-xl, changed since: kept, named
FOREIGN = "foreign"    # never ours (or not a regular file): kept, never named as stale
OUTSIDE = "outside"    # not a plain name inside the folder, or reached through a link out of
                       # it: never touched


@dataclass(frozen=True)
class Old:
    """The verdict on one name: its `state` and the SHA-256 of the file there (or None)."""

    state: str
    digest: str | None = None


class Inside:
    """Whether a folder under the output folder is reached without a link out of it (each
    folder resolved once: a 3.000-member build puts 3.000 forms in one folder)."""

    def __init__(self, folder: Path):
        self.root = os.path.realpath(folder)
        self.seen: dict[Path, bool] = {}

    def __call__(self, parent: Path) -> bool:
        if parent not in self.seen:
            probe = parent
            while not os.path.lexists(probe) and probe != probe.parent:
                probe = probe.parent          # a folder still to be made: judge what exists
            real = os.path.realpath(probe)
            self.seen[parent] = real == self.root or real.startswith(self.root.rstrip(os.sep)
                                                                     + os.sep)
        return self.seen[parent]


def judge(folder: Path, rel: str, known: dict, inside: Inside) -> Old:
    """What the file now at `rel` in `folder` is to this build: the one place that decides
    which old files a build may replace, move aside or remove.

    `known` is the manifest's trusted entries (`read`). A file is OURS when its
    SHA-256 is the one the manifest recorded for that very name, or when it carries its own
    matching mark (`signed`: a lost or damaged manifest still knows the build's own
    documents); EDITED when the manifest names it with another hash; FOREIGN otherwise, or when
    it is not a regular file. A name that is not plain, or whose folder is reached through a
    symbolic link leading out of `folder`, is OUTSIDE whatever the manifest says.
    """
    if not plain(rel):
        return Old(OUTSIDE)
    path = path_of(folder, rel)
    if not inside(path.parent):
        return Old(OUTSIDE)
    if not os.path.lexists(path):
        return Old(ABSENT)
    digest = file_hash(path)
    if digest is None:                         # a folder, a link, a FIFO, a device, too large
        return Old(FOREIGN)
    if digest == known.get(rel) or signed(path):
        return Old(OURS, digest)
    return Old(EDITED if rel in known else FOREIGN, digest)


# ---------------------------------------------------------------------------------------------
# One build at a time in a folder
# ---------------------------------------------------------------------------------------------
LOCK_WAIT = 600        # s a build waits for another one writing into the same folder


class FolderBusy(Exception):
    """Another build held the folder for longer than `LOCK_WAIT`; the message is for the user."""


MAX_PATH_BYTES = 3800      # Linux allows 4.096 for a whole path: room for the files' names
MAX_FOLDER_DEPTH = 200


def make_folder(folder: Path) -> None:
    """`folder` and its missing parents, made one by one (Path.mkdir(parents=True) recurses once
    a folder: an -o path 2.000 folders deep ended in RecursionError); a path too long or deep
    to hold a file is refused as the system would refuse it (ENAMETOOLONG), before any folder
    is made."""
    folder = Path(os.path.abspath(folder))
    if len(os.fsencode(folder)) > MAX_PATH_BYTES or len(folder.parts) > MAX_FOLDER_DEPTH:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(folder))
    missing = []
    probe = folder
    while not probe.is_dir():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for part in reversed(missing):
        try:
            part.mkdir()
        except FileExistsError:
            if not part.is_dir():
                raise


@contextlib.contextmanager
def folder_lock(folder: Path, wait: float | None = None):
    """Hold `folder` (made if absent) for one build: a second build at the same time waits for
    the first to finish writing, instead of finding its files moved under it. The lock is the
    operating system's (gone with the process); where the disk cannot lock (some network
    shares) the build goes on without it.

    POSIX: flock on the folder itself (no extra file). Windows: a byte of `.chibo-xl.lock` in
    the folder locked with msvcrt (a folder cannot be locked there).
    """
    make_folder(folder)
    wait = LOCK_WAIT if wait is None else wait
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_BINARY) \
            if os.name == "nt" else os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:             # writing will say what is wrong with the folder
        yield
        return
    if os.name == "nt":
        import msvcrt

        def take():
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

        def give():
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        busy = (errno.EACCES, errno.EDEADLOCK)
    else:
        import fcntl

        def take():
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

        def give():
            fcntl.flock(fd, fcntl.LOCK_UN)
        busy = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    held = False
    try:
        deadline = time.monotonic() + wait
        while not held:
            try:
                take()
                held = True
            except OSError as exc:
                if exc.errno not in busy:
                    break                       # no locks on this disk: go on without
                if time.monotonic() > deadline:
                    raise FolderBusy(f"Một lệnh chibo-xl khác vẫn đang ghi vào thư mục "
                                      f"«{faults.shown(folder)}» sau {int(wait)} giây. Hãy chờ "
                                      "lệnh ấy xong rồi chạy lại. Chưa ghi văn bản nào.") from None
                time.sleep(0.05)
        yield
    finally:
        if held:
            try:
                give()
            except OSError:
                pass
        os.close(fd)
