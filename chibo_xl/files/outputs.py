"""Writing output files whole or not at all, and the output folder as one whole.

`atomic_write` writes one file: a temporary file in the same folder, flushed, then renamed over
the target in one step. `write_set` writes the whole set of a build:

- a manifest in the folder (`.chibo-xl.json`) records every file chibo-xl wrote there with its
  SHA-256, so a rebuild replaces only files it wrote and nobody changed since; each file also
  carries its own SHA-256, so a lost manifest still knows them. What an old file is to the build
  — and so whether it may be replaced, moved aside or removed — is decided in one place,
  `ownership.judge`: nothing outside the folder, or behind a link out of it, ever is;
- a file changed since (a paragraph added in Word) is kept and the new one is written beside it
  as "… (bản mới).docx"; both are named in the notes;
- a file edited since that the build makes exactly as before (a minutes completed in Word, the
  workbook unchanged for it) is left as the secretary made it, with no copy beside it;
- a build replaces what it makes and leaves the rest alone: files of an earlier build that it
  does not make are removed (unchanged) or kept and named (edited) only when it answers for
  their owner — the kind of document and, for a monthly one, its meeting, recorded in the
  manifest — so `--meeting 2026-02` never takes January's minutes away, and a member renamed or
  a meeting row deleted removes what only they implied;
- a PDF follows its .docx: kept while the .docx is made as before, removed (unchanged) when the
  .docx changed or went, converted again only when it is not current;
- every file is first written into a temporary folder inside the output folder; only when all
  are written are they moved into place (renames on one disk: no new space needed), with
  SIGINT/SIGTERM deferred during the moves. A full disk, a read-only folder, a locked file or an
  interruption leaves the previous set exactly as it was, and the message says so;
- one build at a time writes into a folder (`ownership.folder_lock`): a second one waits.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import faults, ownership
from .ownership import STAGING_PREFIX, folder_lock
# the plan of a set write lives in setplan; its public names stay importable from here
from .setplan import (NEW_SUFFIX, OutputError, _Plan, _docx_of, _path,  # noqa: F401
                      _untouched, pdf_of)

MANIFEST = ownership.NAME


def atomic_write(target: str | os.PathLike, write) -> Path:
    """Call `write(tmp_path)` to produce the file, then move it onto `target` atomically."""
    target = Path(target)
    tmp = None
    try:
        with faults.deferred_signals(after_block=False):   # no stop between making and naming it
            ownership.make_folder(target.parent)
            fd, tmp = tempfile.mkstemp(prefix=STAGING_PREFIX, suffix=target.suffix,
                                       dir=target.parent)
            os.close(fd)
    except OSError as exc:
        if tmp is not None:
            _unlink(tmp)
        raise OutputError(faults.os_error_message(exc, target.parent)) from None
    except BaseException:
        if tmp is not None:
            _unlink(tmp)
        raise
    try:
        _normal_mode(tmp)
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        with faults.deferred_signals():
            os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        raise OutputError(faults.os_error_message(exc, target)
                          + " Tệp cũ (nếu có) vẫn giữ nguyên.") from None
    except BaseException:
        _unlink(tmp)
        raise
    return target


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `target` whole or not at all."""
    def write(tmp):
        with open(tmp, "wb") as fh:
            fh.write(data)
    return atomic_write(target, write)


def _normal_mode(path) -> None:
    # mkstemp makes the file owner-only; give it the permissions a normally saved file gets
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def sha256(data: bytes) -> str:
    """The hex SHA-256 the manifest records."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class SetResult:
    """What `write_set` did. `files` is the whole set in place, in the order given."""

    folder: Path
    files: list = field(default_factory=list)        # every file of the set, now in place
    written: list = field(default_factory=list)      # written or replaced by this run
    unchanged: list = field(default_factory=list)    # already identical: left alone
    beside: list = field(default_factory=list)       # (edited file kept, new file beside it)
    removed: list = field(default_factory=list)      # earlier build's files no longer in the set
    kept: list = field(default_factory=list)         # such files edited since: kept
    edits_kept: list = field(default_factory=list)   # edited, and the build makes them as before
    carried: list = field(default_factory=list)      # not this build's to make: left as they are
    stale_pdfs: list = field(default_factory=list)   # PDFs removed because their .docx changed
    ignored: list = field(default_factory=list)      # manifest entries not trusted (as written)
    damaged: bool = False                            # the manifest could not be read

    def notes(self) -> list[str]:
        """What the user must be told, one Vietnamese sentence each."""
        lines = []
        if self.damaged:
            lines.append(f"Tệp ghi nhớ «{faults.shown(self.folder / MANIFEST)}» bị hỏng: "
                         "chibo-xl chỉ thay những văn bản do chính nó tạo và chưa ai sửa (nhận ra "
                         "qua mã kiểm tra ghi trong từng tệp).")
        if self.ignored:
            shown = ", ".join(f"«{faults.shown(rel)[:80]}»" for rel in self.ignored[:5])
            more = f" và {len(self.ignored) - 5} mục khác" if len(self.ignored) > 5 else ""
            lines.append(f"Bỏ qua {len(self.ignored)} mục trong «{faults.shown(self.folder / MANIFEST)}» "
                         f"không chỉ tới một tệp bên trong thư mục này: {shown}{more}. chibo-xl "
                         "không thay, không chuyển, không xóa tệp nào ngoài thư mục văn bản.")
        lines += [f"Giữ nguyên «{faults.shown(old)}» vì tệp đã được sửa sau lần tạo trước; "
                  f"bản mới ghi thành «{new.name}»." for old, new in self.beside]
        stale = set(self.stale_pdfs)
        lines += [f"Đã xóa «{faults.shown(p)}»: tệp của lần tạo trước, không còn thuộc bộ "
                  "văn bản này." for p in self.removed if p not in stale]
        lines += [f"Đã xóa «{faults.shown(p)}»: bản PDF của văn bản trước khi thay đổi (bản PDF "
                  "mới có khi tạo kèm PDF)." for p in self.stale_pdfs]
        if self.edits_kept:
            shown = ", ".join(f"«{p.name}»" for p in self.edits_kept[:3])
            more = f" và {len(self.edits_kept) - 3} tệp khác" if len(self.edits_kept) > 3 else ""
            lines.append(f"Giữ nguyên {len(self.edits_kept)} văn bản đã sửa sau lần tạo trước "
                         f"({shown}{more}): sổ không đổi gì trong các văn bản ấy.")
        lines += [f"Giữ lại «{faults.shown(p)}»: tệp của lần tạo trước không còn thuộc bộ văn "
                  "bản này nhưng đã được sửa nên không xóa." for p in self.kept]
        return lines


def _remove_stale_staging(folder: Path) -> None:
    """Temporary folders of a run killed outright (power cut, SIGKILL) are not kept (called
    under the folder's lock: no other build's staging is under way)."""
    try:
        for entry in folder.iterdir():
            if entry.name.startswith(STAGING_PREFIX) and entry.is_dir() and \
                    not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
    except OSError:
        pass


def write_set(folder, files, derive=None, scope=None) -> SetResult:
    """Write `files` — (relative name with "/", bytes[, owner]) — into `folder` as one whole.

    A build replaces what it makes and leaves the rest alone: a file of an earlier build that
    this one does not make is removed (unedited) or kept and named (edited) only when
    `scope(owner)` says the build answers for its owner (the kind of document and, for a
    monthly one, its meeting; None for a file whose owner was not recorded); by default it
    answers for every owner. A file edited since, that the build makes with the same bytes as
    then, is left as the secretary made it (no «(bản mới)» copy).
    `derive`, when given, is called with (relative name, staged path) of each .docx whose PDF is
    not already current and returns (relative name, bytes) pairs made from them (the PDF
    copies); they join the set. A PDF follows its .docx of the same name: kept while the .docx
    is made as before, removed (unedited) when it changed or went. Each file is marked with its
    own SHA-256 (`ownership.sign`). One build writes into a folder at a time (`folder_lock`).
    Raises OutputError (a Vietnamese message saying what was and was not written) on any
    operating-system error; an interruption is noted on the exception and leaves the folder
    as it was.
    """
    folder = Path(folder)
    result = SetResult(folder)
    staging = None
    try:
        with folder_lock(folder):
            try:
                # a stop is held back until the staging folder is named, so `finally` removes it
                with faults.deferred_signals(after_block=False):
                    _remove_stale_staging(folder)
                    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
            except OSError as exc:
                raise OutputError(faults.os_error_message(exc, getattr(exc, "filename", None)
                                                          or folder) + " Chưa ghi văn bản nào.") \
                    from None
            known = ownership.read(folder)
            result.ignored, result.damaged = list(known.ignored), known.state == "damaged"
            plan = _Plan(folder, known.files, known.owners, scope)
            staged = _stage(staging, files, plan, result)
            if derive is not None:
                wanted = [(rel, path) for rel, path in staged
                          if not plan.pdf_current(rel, result)]
                made = derive(wanted) if wanted else []
                _stage(staging, [_follow(plan, rel, data) for rel, data in made], plan, result)
            plan.stale(result)
            _commit(folder, staging, plan, result)
    except ownership.FolderBusy as exc:
        raise OutputError(str(exc)) from None
    except OSError as exc:
        raise OutputError(faults.os_error_message(exc, getattr(exc, "filename", None) or folder)
                          + " " + _untouched(folder)) from None
    except BaseException as exc:
        if getattr(exc, "after_block", False):
            exc.add_note(_written_whole(folder))
        elif isinstance(exc, (faults.Interrupted, KeyboardInterrupt)):
            exc.add_note(_untouched(folder))
        raise
    finally:
        # after the lock: a build that takes it now may remove this folder too (both ignore
        # what the other removed); nothing in it is needed once the set is in place or rolled back
        if staging is not None:
            _discard(staging, folder, failing=sys.exc_info()[0] is not None)
    return result


def _discard(staging: Path, folder: Path, failing: bool) -> None:
    """Remove the staging folder whole: a stop meanwhile waits for it, and is dropped when a
    stop or fault is already on its way out (it is the same stop, pressed twice)."""
    try:
        with faults.deferred_signals(drop=failing):
            shutil.rmtree(staging, ignore_errors=True)
    except faults.Interrupted as stop:
        stop.add_note(_written_whole(folder))
        raise


def _written_whole(folder: Path) -> str:
    """What a stop that came after the moves says: the new set is whole in `folder`."""
    return f"Bộ văn bản mới đã ghi trọn vẹn vào «{faults.shown(folder)}» trước khi dừng."


def _follow(plan: _Plan, rel: str, data: bytes) -> tuple[str, bytes, str | None]:
    """A derived PDF named and owned after the .docx it was made from (its «(bản mới)» name
    when the .docx went beside an edited one)."""
    docx = _docx_of(rel)
    final = plan.final.get(docx, docx) if docx else None
    if final is None:
        return rel, data, None
    return pdf_of(final), data, plan.owners.get(final)


def _stage(staging: Path, files, plan: _Plan, result: SetResult) -> list[tuple[str, Path]]:
    """Write each file, marked (`ownership.sign`), under `staging` (its final name), then fsync
    them all before anything moves; (rel, path), in order."""
    paths = []
    for rel, data, *owner in files:
        data = ownership.sign(data)
        final = plan.place(rel, sha256(data), result, owner[0] if owner else None)
        target = _path(staging, "new/" + final)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)
        paths.append((rel, target))
    _sync_all([path for _rel, path in paths])
    return paths


def _sync_all(paths: list[Path]) -> None:
    """fsync every file, several at once: the disk commits concurrent fsyncs together (on this
    machine 500 files took 0,9–1,2 s one by one, 0,07 s eight at a time; a 1.000-member build
    spent 3,1 s in them). An error is raised as the first one met."""
    def sync(path):
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
    if len(paths) < 4:
        for path in paths:
            sync(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="chibo-xl fsync") as pool:
        for done in [pool.submit(sync, path) for path in paths]:
            done.result()


def _commit(folder: Path, staging: Path, plan: _Plan, result: SetResult) -> None:
    """Move the old files aside, the new ones into place, write the manifest; all or nothing."""
    aside: list[tuple[Path, Path]] = []   # (place, where its old file went)
    placed: list[Path] = []
    replaced = [_path(folder, final) for _rel, final in plan.moves] + result.removed
    with faults.deferred_signals():
        try:
            for place in replaced:
                if place.exists():
                    keep = _path(staging, "old/" + place.relative_to(folder).as_posix())
                    keep.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(place, keep)
                    aside.append((place, keep))
            for _rel, final in plan.moves:
                place = _path(folder, final)
                place.parent.mkdir(parents=True, exist_ok=True)
                os.replace(_path(staging, "new/" + final), place)
                placed.append(place)
            write_bytes(folder / MANIFEST, ownership.encode(plan.hashes, plan.owners))
        except BaseException:
            for place in placed:
                _unlink(place)
            for place, keep in aside:
                try:
                    os.replace(keep, place)
                except OSError:
                    pass
            raise
    result.written = placed
    for place in result.removed:
        parent = place.parent
        while parent != folder:
            try:
                parent.rmdir()       # only when empty: a renamed member's form folder
            except OSError:
                break
            parent = parent.parent


CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def stable_package(data: bytes, when: dt.datetime, level: int | None = None) -> bytes:
    """An OOXML package (.docx/.xlsx) with every zip timestamp and the core dates set to `when`,
    deflated at `level` (zlib's default when None).

    Libraries stamp the time of saving into the zip entries and docProps/core.xml, so two builds
    of one workbook differ in bytes; with this they are identical, and the document carries its
    own date. The order and content of the parts are unchanged.
    """
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    when = max(when, dt.datetime(1980, 1, 1))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename == "docProps/core.xml":
                part = CORE_DATE.sub(lambda m: m[1] + stamp + m[2], part)
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, part, compresslevel=level)
    return out.getvalue()
