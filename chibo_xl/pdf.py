"""PDF copies of the produced documents, through LibreOffice on both cores.

The documents are split into `processes()` groups of about equal size (two on a two-core PC)
and each group is converted by one `soffice --convert-to pdf` call, the calls running at the
same time: LibreOffice converts on one core, and within a call the files share one start-up
(≈ 1 s a file instead of ≈ 2 s). Each call has its own LibreOffice profile, so the calls never
collide with each other or with a LibreOffice the user has open.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .outputs import atomic_write

WINDOWS_FOLDERS = (r"C:\Program Files\LibreOffice\program",
                   r"C:\Program Files (x86)\LibreOffice\program")
TIMEOUT_PER_FILE = 60


class PdfError(Exception):
    """PDF conversion failed; the message is for the user."""


def find_soffice() -> str | None:
    """LibreOffice's `soffice` on PATH or in the usual Windows install folders, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for folder in WINDOWS_FOLDERS:
        candidate = Path(folder) / "soffice.exe"
        if candidate.is_file():
            return str(candidate)
    return None


def processes(count: int) -> int:
    """How many LibreOffice processes for `count` documents: one a core, at most two (each
    takes ≈ 150 MB), never more than the documents."""
    return max(1, min(2, os.cpu_count() or 1, count))


def weight(doc: Path) -> int:
    """How much LibreOffice has to lay out: the size of the text part of a .docx (a combined
    print file of 30 forms weighs 30 forms), else the file's size."""
    import zipfile

    try:
        with zipfile.ZipFile(doc) as zf:
            return zf.getinfo("word/document.xml").file_size
    except (OSError, KeyError, zipfile.BadZipFile):
        return doc.stat().st_size if doc.exists() else 0


def split(documents: list[Path], groups: int) -> list[list[Path]]:
    """`documents` in `groups` groups of about equal `weight` (heaviest first, to the
    lightest group), each group in the documents' own order."""
    sizes = {doc: weight(doc) for doc in documents}
    buckets: list[list[Path]] = [[] for _ in range(groups)]
    load = [0] * groups
    for doc in sorted(documents, key=lambda d: -sizes[d]):
        lightest = load.index(min(load))
        buckets[lightest].append(doc)
        load[lightest] += sizes[doc]
    order = {doc: i for i, doc in enumerate(documents)}
    return [sorted(b, key=order.get) for b in buckets if b]


def _run(soffice: str, groups: list[list[Path]], root: Path) -> list[Path]:
    """Start one LibreOffice a group, wait for all; the staging folder of each group."""
    running, folders = [], []
    try:
        for i, group in enumerate(groups):
            profile, staging = root / f"profile-{i}", root / f"out-{i}"
            command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                       "--convert-to", "pdf", "--outdir", str(staging), *map(str, group)]
            log = open(root / f"log-{i}.txt", "wb")   # noqa: SIM115 (closed below)
            running.append((subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log),
                            log, len(group)))
            folders.append(staging)
        for proc, log, count in running:
            proc.wait(timeout=TIMEOUT_PER_FILE * count + 60)
            if proc.returncode:
                raise PdfError(f"LibreOffice không chuyển được sang PDF (mã {proc.returncode}).")
    except subprocess.TimeoutExpired:
        raise PdfError("LibreOffice chạy quá lâu khi chuyển sang PDF: đã dừng.") from None
    except OSError as exc:
        raise PdfError(f"LibreOffice không chạy được ({exc}).") from None
    finally:
        for proc, log, _count in running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.close()
    return folders


def _convert(documents: list[Path], each) -> list:
    """Convert `documents` on `processes()` LibreOffice calls at once; `each(doc, produced_pdf)`
    for every one, in the documents' order."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("Không tìm thấy LibreOffice (soffice) để tạo PDF. Hãy cài LibreOffice "
                       "(https://www.libreoffice.org) rồi chạy lại, hoặc mở tệp .docx bằng Word "
                       "và chọn Lưu dạng PDF.")
    if not documents:
        return []
    groups = split(documents, processes(len(documents)))
    with tempfile.TemporaryDirectory(prefix="chibo-lo-") as root:
        folders = _run(soffice, groups, Path(root))
        where = {doc: folder for group, folder in zip(groups, folders) for doc in group}
        made = []
        for doc in documents:
            produced = where[doc] / (doc.stem + ".pdf")
            if not produced.is_file():
                raise PdfError(f"LibreOffice không tạo được PDF cho «{doc.name}».")
            made.append(each(doc, produced))
    return made


def to_pdf(documents: list[Path]) -> list[Path]:
    """Convert `documents` in one LibreOffice call; each PDF is written whole beside its .docx."""
    return _convert(documents, lambda doc, produced: atomic_write(
        doc.with_suffix(".pdf"), lambda tmp: shutil.copyfile(produced, tmp)))


def pdf_pairs(staged: list[tuple[str, Path]]) -> list[tuple[str, bytes]]:
    """(relative name, .docx path) → (relative name of its PDF, PDF bytes): for `write_set`."""
    docs = [(rel, path) for rel, path in staged if rel.lower().endswith(".docx")]
    data = _convert([path for _rel, path in docs], lambda doc, produced: produced.read_bytes())
    return [(rel[:-5] + ".pdf", pdf) for (rel, _path), pdf in zip(docs, data)]
