"""Issue 16: PDF through LibreOffice started early, with kept profiles (real LibreOffice)."""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_libreoffice, soffice
from docx import Document

import chibo_xl.render.pdf as pdf

needs_lo = needs_libreoffice


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out).strip()


def documents(folder: Path, count: int) -> dict[Path, str]:
    """`count` .docx files, each with its own Vietnamese sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for i in range(count):
        sentence = f"Biên bản số {i + 1}: chi bộ họp đủ đảng viên, thống nhất 100%."
        doc = Document()
        doc.add_paragraph(sentence)
        path = folder / f"văn bản {i + 1}.docx"
        doc.save(path)
        made[path] = sentence
    return made


def running_with(marker: str) -> list[str]:
    """Command lines of the running processes that mention `marker` (Linux /proc)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if marker in text:
            found.append(text)
    return found


@pytest.fixture()
def slots(tmp_path, monkeypatch):
    folder = tmp_path / "cache" / "libreoffice"
    monkeypatch.setattr(pdf, "profiles_folder", lambda: folder)
    return folder


@needs_lo
def test_pdfs_hold_their_documents_text_and_the_profiles_are_kept_for_the_next_build(
        tmp_path, slots):
    docs = documents(tmp_path / "docs", 3)
    made = pdf.to_pdf(list(docs))
    assert made == [d.with_suffix(".pdf") for d in docs]
    for doc, sentence in docs.items():
        assert text_of(doc.with_suffix(".pdf")) == sentence
    kept = sorted(p.name for p in slots.iterdir())
    assert kept == ["slot-0", "slot-0.lock", "slot-1", "slot-1.lock"]
    assert (slots / "slot-0" / "user" / "registrymodifications.xcu").is_file()
    marks = [slots / f"slot-{i}" / "user" / "chibo-mark" for i in (0, 1)]
    for mark in marks:
        mark.write_text("x")
    for pdf_file in made:
        pdf_file.unlink()
    pdf.to_pdf(list(docs))                   # the later build uses the same profiles
    for doc, sentence in docs.items():
        assert text_of(doc.with_suffix(".pdf")) == sentence
    assert all(mark.is_file() for mark in marks)
    assert not running_with(str(slots))      # every LibreOffice has ended


@needs_lo
def test_a_slot_in_use_is_left_alone_and_a_temporary_profile_takes_its_place(tmp_path, slots):
    slots.mkdir(parents=True)
    held = []
    for i in (0, 2, 3):                      # another chibo-xl holds three of the four slots
        handle = open(slots / f"slot-{i}.lock", "a+b")
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.append(handle)
    try:
        docs = documents(tmp_path / "docs", 2)
        pdf.to_pdf(list(docs))
        for doc, sentence in docs.items():
            assert text_of(doc.with_suffix(".pdf")) == sentence
        assert not (slots / "slot-0").exists() and not (slots / "slot-2").exists()
        assert (slots / "slot-1" / "user").is_dir()   # the free one, and a temporary one
    finally:
        for handle in held:
            handle.close()


@needs_lo
def test_a_damaged_profile_is_recreated(tmp_path, slots):
    slots.mkdir(parents=True)
    for i in (0, 1):     # not even a folder: LibreOffice refuses to start with it (exit 77)
        (slots / f"slot-{i}").write_text("hỏng", encoding="utf-8")
    docs = documents(tmp_path / "docs", 2)
    pdf.to_pdf(list(docs))
    for doc, sentence in docs.items():
        assert text_of(doc.with_suffix(".pdf")) == sentence
    assert (slots / "slot-0" / "user").is_dir() and (slots / "slot-1" / "user").is_dir()


@needs_lo
def test_a_document_libreoffice_cannot_read_is_named(tmp_path, slots):
    docs = documents(tmp_path / "docs", 2)
    broken = tmp_path / "docs" / "hỏng.docx"
    broken.write_bytes(b"PK\x03\x04 not a document")
    with pytest.raises(pdf.PdfError, match="«hỏng.docx»"):
        pdf.to_pdf([*docs, broken])
    assert not running_with(str(slots))


def build(workbook: Path, out: Path, cache: Path, *extra) -> subprocess.Popen:
    env = dict(os.environ, CHIBO_XL_CACHE=str(cache))
    return subprocess.Popen([sys.executable, "-m", "chibo_xl.cli", "build", str(workbook), "-o",
                             str(out), "--pdf", *extra], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


@needs_lo
def test_two_builds_at_once_share_the_cache_folder_and_both_finish(tmp_path, make_book):
    cache = tmp_path / "cache"
    book = make_book()
    runs = [build(book, tmp_path / f"out-{i}", cache) for i in range(2)]
    for run in runs:
        output = run.communicate(timeout=600)[0]
        assert run.returncode == 0, output
    for i in range(2):
        forms = sorted((tmp_path / f"out-{i}").rglob("*.docx"))
        assert forms and all(f.with_suffix(".pdf").is_file() for f in forms)
    ballot = text_of(tmp_path / "out-1" / "Phiếu biểu quyết xếp loại đảng viên năm 2026.pdf")
    assert "PHIẾU" in ballot.upper()
    assert {p.name for p in (cache / "libreoffice").glob("slot-?")} == {f"slot-{i}"
                                                                      for i in range(4)}
    assert not running_with(str(cache))


@needs_lo
def test_a_workbook_with_errors_stops_the_libreoffice_started_for_it(tmp_path, make_book):
    from conftest import small_data

    data = small_data()
    data["Thông tin chung"]["Năm đánh giá"] = 1900    # out of range: an error, nothing built
    book = make_book(data)
    cache = tmp_path / "cache"
    run = build(book, tmp_path / "out", cache)
    output = run.communicate(timeout=300)[0]
    assert run.returncode == 2, output
    assert not (tmp_path / "out").exists()
    assert not running_with(str(cache))


def words(path: Path) -> list[str]:
    return sorted(text_of(path).split())


FORMS = "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026"
PRINT_FILE = f"{FORMS} - tất cả (để in).docx"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The small workbook built with --pdf, and LibreOffice's own PDF of every form."""
    if not soffice() or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice (soffice) and poppler-utils are not installed")
    from conftest import small_data

    from chibo_xl.workbook.blank import write_workbook

    folder = tmp_path_factory.mktemp("cut")
    write_workbook(folder / "so.xlsx", small_data())
    run = build(folder / "so.xlsx", folder / "out", folder / "cache")
    output = run.communicate(timeout=600)[0]
    assert run.returncode == 0, output
    forms = sorted((folder / "out" / FORMS).glob("*.docx"))
    alone = folder / "alone"
    subprocess.run([soffice(), f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(alone), *map(str, forms)],
                   capture_output=True, check=True, timeout=600)
    return folder / "out", forms, alone


@needs_lo
def test_each_form_cut_from_the_print_file_is_that_form_as_libreoffice_prints_it(built):
    from conftest import small_data

    out, forms, alone = built
    names = [m["Họ và tên"] for m in small_data()["Đảng viên"]]
    assert len(forms) == len(names) == 6
    for form in forms:
        cut_pdf, own = form.with_suffix(".pdf"), alone / (form.stem + ".pdf")
        assert words(cut_pdf) == words(own), form.name     # same words, page numbers included
        name = form.stem.split(" - ", 1)[1]
        text = text_of(cut_pdf)
        assert name in text and all(other not in text for other in names if other != name)


@needs_lo
def test_the_print_file_marks_where_each_form_begins(built):
    from docx import Document as Open
    from docx.oxml.ns import qn

    out, forms, _alone = built
    body = Open(str(out / PRINT_FILE)).element.body
    marks = [(b.get(qn("w:name")), b.getparent()) for b in body.iter(qn("w:bookmarkStart"))
             if b.get(qn("w:name")).startswith("chiboPart")]
    assert [name for name, _p in marks] == [f"chiboPart{n}" for n in range(1, 7)]
    for (_name, paragraph), form in zip(marks, forms_in_print_order(out, forms)):
        first = next(Open(str(form)).element.body.iter(qn("w:p")))
        assert "".join(paragraph.itertext()) == "".join(first.itertext())


def forms_in_print_order(out: Path, forms: list[Path]) -> list[Path]:
    """The forms in the order the print file joins them (by the name on each form's PDF
    page where its part begins)."""
    text = text_of(out / PRINT_FILE.replace(".docx", ".pdf"))
    return sorted(forms, key=lambda f: text.index(f.stem.split(" - ", 1)[1]))


@needs_lo
def test_without_the_marks_in_the_pdf_every_form_is_converted_by_libreoffice(tmp_path, slots,
                                                                             monkeypatch):
    """A LibreOffice older than 7.4 ignores the export options: no destinations to cut at."""
    from conftest import small_data

    from chibo_xl.commands.build import build as run_build
    from chibo_xl.workbook.blank import write_workbook

    monkeypatch.setattr(pdf, "EXPORT", "pdf")
    write_workbook(tmp_path / "so.xlsx", small_data())
    result = run_build(tmp_path / "so.xlsx", tmp_path / "out", pdf=True)
    forms = sorted((tmp_path / "out" / FORMS).glob("*.docx"))
    assert len(result.pdfs) == len(result.made) and len(forms) == 6
    for form in forms:
        assert form.stem.split(" - ", 1)[1] in text_of(form.with_suffix(".pdf"))
    whole = pdf.cut((tmp_path / "out" / PRINT_FILE.replace(".docx", ".pdf")).read_bytes(), 6,
                    "chiboPart%d")
    assert whole is None


LOSING_OFFICE = r'''#!{python}
"""A stand-in for soffice that behaves as LibreOffice did once in CI: the process started ahead
(no --convert-to) runs and idles; a conversion call made while it runs hands the request over
and comes back, and the request is lost; a call with no process running converts itself."""
import os, sys, time
from pathlib import Path
here = Path(__file__).parent
args = sys.argv[1:]
if "--convert-to" not in args:
    (here / "server.pid").write_text(str(os.getpid()))
    time.sleep(600)
    sys.exit(0)
pid = (here / "server.pid").read_text() if (here / "server.pid").exists() else ""
try:
    os.kill(int(pid), 0)
    running = True
except (ValueError, OSError):
    running = False
with open(here / "calls.txt", "a") as log:
    log.write("handed over\n" if running else "converted\n")
if running:
    sys.exit(0)
out = Path(args[args.index("--outdir") + 1])
out.mkdir(parents=True, exist_ok=True)
for doc in args[args.index("--outdir") + 2:]:
    (out / (Path(doc).stem + ".pdf")).write_bytes(b"%PDF-1.4 stand-in")
'''


@pytest.mark.skipif(os.name == "nt", reason="the stand-in is a POSIX script")
def test_a_request_the_process_started_ahead_drops_is_converted_again(tmp_path, slots,
                                                                      monkeypatch):
    script = tmp_path / "office" / "soffice"
    script.parent.mkdir()
    script.write_text(LOSING_OFFICE.replace("{python}", sys.executable))
    script.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(script))
    monkeypatch.setattr(pdf, "STALL", 2)
    docs = []
    for name in ("Biên bản 1", "Biên bản 2"):
        Document().save(tmp_path / f"{name}.docx")
        docs.append(tmp_path / f"{name}.docx")
    with pdf.Office(1) as office:
        import time
        start = time.monotonic()
        for _ in range(100):                      # the process started ahead is up
            if (script.parent / "server.pid").exists():
                break
            time.sleep(0.05)
        made = office.convert(docs, lambda doc, produced: produced.read_bytes())
        took = time.monotonic() - start
    assert made == [b"%PDF-1.4 stand-in"] * 2
    assert (script.parent / "calls.txt").read_text() == "handed over\nconverted\n"
    assert took < 20          # not the minutes of the whole group's deadline
