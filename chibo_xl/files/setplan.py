"""The plan of one set write: where each new file of a build goes, decided from the disk and
the manifest before anything moves (`write_set` in `outputs` carries it out).

A file is replaced only when `ownership.judge` says it is chibo-xl's and unchanged; an edited one
keeps its name and the new one goes beside it as «… (bản mới)»; an earlier file the build does not
make goes only when the build answers for its owner; a PDF follows its .docx. Each step records
what it did in the build's `outputs.SetResult` (passed in as `result`).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from . import faults, ownership
from .ownership import ABSENT, FOREIGN, OURS, OUTSIDE, EDITED, Inside, judge

NEW_SUFFIX = " (bản mới)"


class OutputError(Exception):
    """An output file could not be written; the message is for the user."""


def _untouched(folder: Path) -> str:
    """What a fault or stop before the moves says: the previous set in `folder` is as it was."""
    return f"Chưa ghi văn bản nào: các tệp cũ trong «{faults.shown(folder)}» vẫn giữ nguyên."


def _beside(rel: str, n: int) -> str:
    stem, dot, ext = rel.rpartition(".")
    stem, ext = (stem, "." + ext) if dot else (rel, "")
    return f"{stem}{NEW_SUFFIX}{ext}" if n == 1 else f"{stem}{NEW_SUFFIX[:-1]} {n}){ext}"


_path = ownership.path_of


def _everything(owner) -> bool:
    return True


def pdf_of(rel: str) -> str:
    """The PDF made from the .docx `rel` (same name): a PDF follows its .docx."""
    return rel[:-5] + ".pdf"


def _docx_of(rel: str) -> str | None:
    return rel[:-4] + ".docx" if rel.lower().endswith(".pdf") else None


class _Plan:
    """Where each new file goes, decided from the disk and the manifest before anything moves.

    `scope(owner)`: whether the build answers for the documents of `owner` (the kind and, for a
    monthly document, its meeting; None when the manifest recorded no owner)."""

    def __init__(self, folder: Path, known: dict, owners: dict | None = None, scope=None):
        self.folder, self.known = folder, known
        self.known_owners = owners or {}
        self.scope = scope or _everything
        self.inside = Inside(folder)
        self.taken: set[str] = set()
        self.moves: list[tuple[str, str]] = []      # (staged rel, final rel)
        self.hashes: dict[str, str] = {}            # final rel → hash, the new manifest
        self.owners: dict[str, str] = {}            # final rel → owner, the new manifest
        self.final: dict[str, str] = {}             # staged rel → final rel
        self.edited: set[str] = set()               # kept because changed: named as such
        self.edit_stands: set[str] = set()          # edited, and made as before: left alone

    def same_as_before(self, rel: str) -> bool:
        """Whether `rel` is made now with the very bytes the manifest recorded for it."""
        return self.final.get(rel) == rel and rel in self.known and \
            self.hashes.get(rel) == self.known[rel]

    def carry(self, rel: str, result, listed: list | None = None) -> bool:
        """Keep an earlier file as it is, in the manifest (not this build's to make, or a PDF
        whose .docx is unchanged); False when it is gone."""
        old = judge(self.folder, rel, self.known, self.inside)
        if old.state == OUTSIDE:
            result.ignored.append(rel)
            return False
        if old.state == ABSENT or rel.casefold() in self.taken:
            return False
        self.taken.add(rel.casefold())
        self.hashes[rel] = self.known[rel]
        if rel in self.known_owners:
            self.owners[rel] = self.known_owners[rel]
        (result.carried if listed is None else listed).append(_path(self.folder, rel))
        return True

    def pdf_current(self, rel: str, result) -> bool:
        """Whether the .docx `rel` needs no new PDF: made as before, with its PDF in place and
        unedited (then kept), or an edit of the secretary's that stands (a PDF of chibo-xl's
        version would not be hers: none is made)."""
        if rel in self.edit_stands:
            return True
        pdf = pdf_of(rel)
        if not (self.same_as_before(rel) and pdf in self.known):
            return False
        if judge(self.folder, pdf, self.known, self.inside).state != OURS:
            return False
        self.carry(pdf, result, result.unchanged)
        result.files.append(_path(self.folder, pdf))
        return True

    def place(self, rel: str, digest: str, result, owner=None) -> str:
        n, final = 0, rel
        while True:
            old = judge(self.folder, final, self.known, self.inside)
            if old.state == OUTSIDE:
                raise OutputError(
                    f"Không ghi «{faults.shown(_path(self.folder, final))}»: thư mục chứa nó là "
                    "liên kết (symlink) dẫn ra ngoài thư mục văn bản. Hãy xóa liên kết ấy hoặc "
                    "chọn thư mục khác (tùy chọn -o). " + _untouched(self.folder))
            if final.casefold() in self.taken:
                pass
            elif old.state == FOREIGN and old.digest is None and \
                    os.path.isdir(_path(self.folder, final)):
                # a folder under the very name (Word's lock on a file looks alike to a user):
                # said as such, nothing written
                raise IsADirectoryError(errno.EISDIR, "Is a directory",
                                        str(_path(self.folder, final)))
            elif old.digest == digest:
                result.unchanged.append(_path(self.folder, final))
                break
            elif old.state in (ABSENT, OURS):
                self.moves.append((rel, final))
                break
            elif old.state == EDITED and n == 0 and self.known.get(rel) == digest:
                # edited since, and the workbook still makes what it made then: the edit stands
                self.edit_stands.add(rel)
                result.edits_kept.append(_path(self.folder, rel))
                break
            n += 1
            final = _beside(rel, n)
        if n:
            self.edited.add(rel)
            result.beside.append((_path(self.folder, rel), _path(self.folder, final)))
            if rel in self.known:    # still what chibo-xl made there: an edit that may stand
                self.hashes[rel] = self.known[rel]
                if owner is not None:
                    self.owners[rel] = owner
        self.taken.add(final.casefold())
        self.hashes[final] = digest
        self.final[rel] = final
        if owner is not None:
            self.owners[final] = owner
        result.files.append(_path(self.folder, final))
        return final

    def _going(self, rel: str) -> bool:
        """Whether an earlier file this build does not make is the build's to take away: its
        owner is in scope (a PDF follows its .docx: it goes when the .docx changed or goes)."""
        docx = _docx_of(rel)
        if docx is not None and docx in self.known:
            if docx in self.edited:          # the edited .docx stays: so does its PDF
                return False
            if docx in self.hashes:
                return not self.same_as_before(docx)
            return self._going(docx)
        return self.scope(self.known_owners.get(rel))

    def stale(self, result) -> None:
        """The earlier build's files no longer in the set: left as they are (in the manifest)
        when not this build's to make, else removed when OURS, named when EDITED, never
        touched otherwise."""
        for rel in list(self.known):
            if rel in self.hashes or rel in self.edited:
                continue
            if not self._going(rel):
                self.carry(rel, result)
                continue
            old = judge(self.folder, rel, self.known, self.inside)
            if old.state == OURS:
                result.removed.append(_path(self.folder, rel))
                docx = _docx_of(rel)
                if docx is not None and docx in self.hashes:
                    result.stale_pdfs.append(_path(self.folder, rel))
            elif old.state == EDITED:
                result.kept.append(_path(self.folder, rel))
            elif old.state == OUTSIDE:
                result.ignored.append(rel)
