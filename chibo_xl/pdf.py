"""PDF copies of the produced documents, through LibreOffice in one call.

One `soffice --convert-to pdf` call converts every file (they share one start-up, ≈ 1 s a file
instead of ≈ 2 s). Each run uses its own LibreOffice profile so it never collides with a
LibreOffice the user has open.
"""
from __future__ import annotations

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


def _convert(documents: list[Path], each) -> list:
    """Convert `documents` in one LibreOffice call; `each(doc, produced_pdf)` for every one."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("Không tìm thấy LibreOffice (soffice) để tạo PDF. Hãy cài LibreOffice "
                       "(https://www.libreoffice.org) rồi chạy lại, hoặc mở tệp .docx bằng Word "
                       "và chọn Lưu dạng PDF.")
    if not documents:
        return []
    with tempfile.TemporaryDirectory(prefix="chibo-lo-") as profile:
        staging = Path(profile) / "out"
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(staging), *map(str, documents)]
        try:
            subprocess.run(command, capture_output=True, check=True,
                           timeout=TIMEOUT_PER_FILE * len(documents) + 60)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise PdfError(f"LibreOffice không chuyển được sang PDF ({exc}).") from None
        made = []
        for doc in documents:
            produced = staging / (doc.stem + ".pdf")
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
