"""The manifest is data from disk: trusted for nothing outside its folder (issue 25, item 1).

Each attack of the issue is a test: an entry aiming outside the folder (`../so.xlsx` with the
workbook's own SHA-256, `../victim`, `../../x`, an absolute path, a Windows drive or device), a
file behind a symbolic link, a FIFO under a manifest's name, a manifest nested without end; and
the unlucky cases: a lost manifest, two builds into one folder at once.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
import time

import docx
import pytest
from click.testing import CliRunner

from chibo_xl.files import ownership
from chibo_xl.commands.build import build
from chibo_xl.cli import main
from chibo_xl.files.outputs import MANIFEST, write_set
from chibo_xl.files.ownership import FolderBusy, folder_lock
from bounded import time_limit
from conftest import digest, small_data

PLAN = "Kế hoạch hoạt động chi bộ năm 2026.docx"
REPORT = "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.docx"


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def aim(out, **entries) -> None:
    """Add entries (relative name → path whose hash they carry, or a hash) to the manifest."""
    data = json.loads((out / MANIFEST).read_text("utf-8"))
    for rel, target in entries.items():
        data["files"][rel] = target if isinstance(target, str) else sha(target)
    (out / MANIFEST).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def rebuild(book, out):
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def built(tmp_path, make_book):
    """A small book built once into tmp_path/out."""
    book, out = make_book(), tmp_path / "out"
    build(book, out)
    return book, out


def test_an_entry_aimed_at_the_workbook_beside_the_folder_deletes_nothing(built):
    book, out = built
    before = digest(book)
    aim(out, **{"../so.xlsx": book})
    output = rebuild(book, out)
    assert digest(book) == before
    assert "Đã xóa" not in output
    assert (f"Bỏ qua 1 mục trong «{out / MANIFEST}» không chỉ tới một tệp bên trong thư mục "
            "này: «../so.xlsx». chibo-xl không thay, không chuyển, không xóa tệp nào ngoài thư "
            "mục văn bản.") in output
    # named once: the next manifest no longer holds it, the next build says nothing of it
    assert "../so.xlsx" not in json.loads((out / MANIFEST).read_text("utf-8"))["files"]
    assert "Bỏ qua 1 mục" not in rebuild(book, out)


@pytest.mark.parametrize("rel", [
    "../victim", "../../x", "sub/../../victim", "./../victim", "/ABS", "C:/victim",
    "..\\victim", "sub\\..\\..\\victim", "CON", "nul.docx", "...", ".. /victim", "sub//x",
    "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s", "x" * 2000, ".chibo-xl.json", ".~chibo-1/x"])
def test_entries_that_are_not_plain_names_inside_the_folder_are_ignored(rel):
    assert not ownership.plain(rel)


def test_plain_names_of_a_build_are_trusted():
    assert ownership.plain("Mẫu 02 - Bản kiểm điểm cá nhân năm 2026/02B - Vũ Minh Đức.docx")
    assert ownership.plain("Kế hoạch hoạt động chi bộ năm 2026 (bản mới 2).docx")


def test_victims_up_the_tree_are_neither_removed_nor_moved(built, tmp_path):
    book, out = built
    victim, far = tmp_path / "victim", tmp_path.parent / f"{tmp_path.name}-x"
    victim.write_bytes(b"someone else's file")
    far.write_bytes(b"a file two levels up")
    absolute = tmp_path / "abs.txt"
    absolute.write_bytes(b"absolute")
    try:
        aim(out, **{"../victim": victim, "../../" + far.name: far, str(absolute): absolute,
                    "sub/../../victim": victim})
        output = rebuild(book, out)
        assert victim.read_bytes() == b"someone else's file"
        assert far.read_bytes() == b"a file two levels up"
        assert absolute.read_bytes() == b"absolute"
        assert not any(p.name in ("victim", far.name, "abs.txt") for p in out.rglob("*"))
        assert "Bỏ qua 4 mục" in output and "Đã xóa" not in output
    finally:
        far.unlink()


def test_a_file_behind_a_symlinked_subfolder_is_not_removed(built, tmp_path):
    book, out = built
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "victim.docx").write_bytes(b"kept")
    (out / "link").symlink_to(elsewhere, target_is_directory=True)
    aim(out, **{"link/victim.docx": elsewhere / "victim.docx"})
    output = rebuild(book, out)
    assert (elsewhere / "victim.docx").read_bytes() == b"kept"
    assert "«link/victim.docx»" in output and "Đã xóa" not in output


def test_a_symlink_under_a_name_the_build_writes_is_left_alone(built, tmp_path):
    book, out = built
    target = tmp_path / "mine.docx"
    target.write_bytes((out / PLAN).read_bytes())
    (out / PLAN).unlink()
    (out / PLAN).symlink_to(target)
    aim(out, **{PLAN: target})
    output = rebuild(book, out)
    assert (out / PLAN).is_symlink() and target.read_bytes() == (
        out / "Kế hoạch hoạt động chi bộ năm 2026 (bản mới).docx").read_bytes()
    assert "Giữ nguyên" in output


def test_a_build_never_writes_through_a_folder_linked_out_of_its_folder(built, tmp_path):
    book, out = built
    forms = out / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026"
    elsewhere = tmp_path / "elsewhere"
    forms.rename(elsewhere)
    forms.symlink_to(elsewhere, target_is_directory=True)
    before = {p.name: digest(p) for p in elsewhere.iterdir()}
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert result.exit_code == 2
    assert "liên kết (symlink) dẫn ra ngoài thư mục văn bản" in result.output
    assert "Chưa ghi văn bản nào" in result.output
    assert {p.name: digest(p) for p in elsewhere.iterdir()} == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifos_under_a_manifest_name_or_as_the_manifest_never_hang_a_build(built):
    book, out = built
    (out / REPORT).unlink()
    os.mkfifo(out / REPORT)                  # a name the build writes
    os.mkfifo(out / "stale.docx")            # a stale entry of the manifest
    aim(out, **{"stale.docx": "0" * 64})
    with time_limit(60):                     # before: open() of the FIFO waited for ever
        output = rebuild(book, out)
    assert "Báo cáo tổng kết năm 2026 và phương hướng năm 2027 (bản mới).docx" in output
    assert (out / "stale.docx").exists()
    (out / MANIFEST).unlink()
    os.mkfifo(out / MANIFEST)
    with time_limit(60):
        assert "bị hỏng" in rebuild(book, out)


def test_a_manifest_nested_without_end_is_damaged_not_a_crash(built):
    book, out = built
    (out / MANIFEST).write_text('{"files": ' + "[" * 100_000 + "]" * 100_000 + "}")
    output = rebuild(book, out)
    assert f"Tệp ghi nhớ «{out / MANIFEST}» bị hỏng" in output
    assert "bản mới" not in output           # the files still carry their own marks


def test_a_huge_manifest_is_not_read(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / MANIFEST).write_bytes(b" " * (ownership.MAX_BYTES + 1))
    assert ownership.read(folder).state == "damaged"


def test_a_lost_manifest_still_gives_the_usual_names_the_new_figures(built, make_book):
    book, out = built
    edited = out / PLAN
    document = docx.Document(edited)
    document.add_paragraph("Bí thư sửa tay.")
    document.save(edited)
    (out / MANIFEST).unlink()
    data = small_data()
    data["Thông tin chung"]["Tên chi bộ"] = "Chi bộ Trường Tiểu học Định An 1"
    output = rebuild(make_book(data, "so2.xlsx"), out)
    # every unedited document of the last build is recognized and replaced in place
    assert output.count("(bản mới)") == 2      # the edited plan's note names its copy once
    report = docx.Document(out / REPORT)
    assert any("Chi bộ Trường Tiểu học Định An 1" in p.text for p in report.paragraphs)
    assert docx.Document(edited).paragraphs[-1].text == "Bí thư sửa tay."
    assert sorted(p.name for p in out.glob("*(bản mới)*")) == [
        "Kế hoạch hoạt động chi bộ năm 2026 (bản mới).docx"]


def test_a_mark_proves_a_file_unchanged(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    marked = ownership.sign(buffer.getvalue())
    path = tmp_path / "a.docx"
    path.write_bytes(marked)
    assert ownership.signed(path)
    with zipfile.ZipFile(path) as zf:            # still a zip every reader opens
        assert zf.read("word/document.xml") == b"<w:document/>"
    path.write_bytes(marked.replace(b"<w:document/>", b"<w:document>"))
    assert not ownership.signed(path)
    pdf = ownership.sign(b"%PDF-1.7\n...%%EOF\n")
    path.write_bytes(pdf)
    assert ownership.signed(path)
    path.write_bytes(pdf.replace(b"...", b"..,"))
    assert not ownership.signed(path)
    assert ownership.sign(b"plain text") == b"plain text"


def test_a_second_writer_waits_for_the_folder(tmp_path):
    folder = tmp_path / "out"
    with folder_lock(folder):
        started = time.monotonic()
        with pytest.raises(FolderBusy, match="Một lệnh chibo-xl khác vẫn đang ghi vào thư mục"):
            with folder_lock(folder, wait=0.3):
                pass
        assert time.monotonic() - started >= 0.3
    with folder_lock(folder, wait=0):            # free again
        pass


def _write_many(folder, tag, rounds):
    for i in range(rounds):
        write_set(folder, [(f"d{n}.docx", f"{tag}{i}-{n}".encode()) for n in range(150)])


def test_two_writers_at_once_both_finish_whole(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("d0.docx", b"first")])
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    procs = [context.Process(target=_write_many, args=(folder, tag, 4)) for tag in "AB"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    files = json.loads((folder / MANIFEST).read_text("utf-8"))["files"]
    assert len(files) == 150 and not list(folder.glob(".~chibo-*"))
    # every file comes from one and the same write: none was half-replaced by the other
    assert len({(folder / f"d{n}.docx").read_bytes().split(b"-")[0] for n in range(150)}) == 1


def test_a_waiting_writer_goes_on_once_the_folder_is_free(tmp_path):
    folder = tmp_path / "out"
    caught = []

    def other():
        try:
            with folder_lock(folder, wait=5):
                pass
        except FolderBusy as exc:
            caught.append(exc)
    with folder_lock(folder):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(0.2)
        assert thread.is_alive()                 # waiting, not failing at once
    thread.join(5)
    assert not caught and not thread.is_alive()
