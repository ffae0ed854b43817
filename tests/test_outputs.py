"""The output folder as one whole: manifest, edits kept, stale files, all-or-nothing writes."""
from __future__ import annotations

import json

import docx
import pytest
from click.testing import CliRunner
from conftest import digest, small_data

from chibo_xl.cli import main
from chibo_xl.commands.build import build
from chibo_xl.files import outputs
from chibo_xl.files.outputs import MANIFEST, OutputError, write_set

PLAN = "Kế hoạch hoạt động chi bộ năm 2026.docx"


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): digest(p) for p in folder.rglob("*") if p.is_file()}


def test_a_set_is_written_with_its_manifest(tmp_path):
    out = write_set(tmp_path / "out", [("a.docx", b"A"), ("sub/b.docx", b"B")])
    assert [p.name for p in out.files] == ["a.docx", "b.docx"]
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text("utf-8"))
    assert set(manifest["files"]) == {"a.docx", "sub/b.docx"}
    assert (tmp_path / "out" / "sub" / "b.docx").read_bytes() == b"B"
    assert not out.notes()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [MANIFEST, "a.docx", "sub"]


def test_a_rebuild_replaces_only_what_nobody_changed(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("a.docx", b"A1"), ("b.docx", b"B1")])
    (folder / "b.docx").write_bytes(b"B1 edited in Word")
    again = write_set(folder, [("a.docx", b"A2"), ("b.docx", b"B2")])
    assert (folder / "a.docx").read_bytes() == b"A2"
    assert (folder / "b.docx").read_bytes() == b"B1 edited in Word"
    assert (folder / "b (bản mới).docx").read_bytes() == b"B2"
    assert again.notes() == [f"Giữ nguyên «{folder / 'b.docx'}» vì tệp đã được sửa sau lần tạo "
                             "trước; bản mới ghi thành «b (bản mới).docx»."]
    # the next build replaces its own "(bản mới)" file and names the edited one again
    third = write_set(folder, [("a.docx", b"A2"), ("b.docx", b"B3")])
    assert (folder / "b (bản mới).docx").read_bytes() == b"B3"
    assert third.unchanged == [folder / "a.docx"] and len(third.beside) == 1
    # once the secretary deletes her copy, the plain name comes back and the extra one goes
    (folder / "b.docx").unlink()
    fourth = write_set(folder, [("a.docx", b"A2"), ("b.docx", b"B3")])
    assert (folder / "b.docx").read_bytes() == b"B3"
    assert not (folder / "b (bản mới).docx").exists()
    assert fourth.removed == [folder / "b (bản mới).docx"]


def test_a_file_not_written_by_chibo_xl_is_never_overwritten(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a.docx").write_bytes(b"the secretary's own file")
    write_set(folder, [("a.docx", b"A")])
    assert (folder / "a.docx").read_bytes() == b"the secretary's own file"
    assert (folder / "a (bản mới).docx").read_bytes() == b"A"


def test_stale_files_go_only_when_unchanged(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("f/02B - Lê Thị Hoa.docx", b"1"), ("f/02B - Vũ Minh Đức.docx", b"2"),
                       ("old/x.docx", b"3")])
    (folder / "f" / "02B - Vũ Minh Đức.docx").write_bytes(b"2 with a handwritten note")
    out = write_set(folder, [("f/02B - Lê Thị Hoa Mai.docx", b"1")])
    assert sorted(snapshot(folder)) == [MANIFEST, "f/02B - Lê Thị Hoa Mai.docx",
                                        "f/02B - Vũ Minh Đức.docx"]
    assert not (folder / "old").exists()          # its folder went with its only file
    notes = out.notes()
    assert f"Đã xóa «{folder / 'f' / '02B - Lê Thị Hoa.docx'}»: tệp của lần tạo trước, không " \
           "còn thuộc bộ văn bản này." in notes
    assert f"Giữ lại «{folder / 'f' / '02B - Vũ Minh Đức.docx'}»: tệp của lần tạo trước không " \
           "còn thuộc bộ văn bản này nhưng đã được sửa nên không xóa." in notes
    # the kept file is the secretary's now: never named as stale again, never removed
    assert "f/02B - Vũ Minh Đức.docx" not in json.loads((folder / MANIFEST).read_text())["files"]
    assert not write_set(folder, [("f/02B - Lê Thị Hoa Mai.docx", b"1")]).notes()


def test_a_failure_while_staging_leaves_the_previous_set(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("a.docx", b"A1"), ("b.docx", b"B1")])
    before = snapshot(folder)

    def files():
        yield "a.docx", b"A2"
        raise OSError(28, "No space left on device", str(folder / "b.docx"))
    with pytest.raises(OutputError) as caught:
        write_set(folder, files())
    assert str(caught.value) == (
        f"Ổ đĩa đã đầy, không ghi được «{folder / 'b.docx'}». Hãy xóa bớt tệp hoặc chọn thư mục "
        f"trên ổ khác (tùy chọn -o) rồi chạy lại. Chưa ghi văn bản nào: các tệp cũ trong "
        f"«{folder}» vẫn giữ nguyên.")
    assert snapshot(folder) == before


def test_a_file_that_cannot_be_placed_rolls_the_whole_set_back(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("a.docx", b"A1"), ("sub/z.docx", b"Z1")])
    (folder / "sub" / "z.docx").unlink()
    (folder / "sub").rmdir()
    (folder / "sub").write_bytes(b"a file where the build wants its folder")
    before = snapshot(folder)
    with pytest.raises(OutputError, match="đã có"):
        write_set(folder, [("a.docx", b"A2"), ("sub/z.docx", b"Z2")])
    assert snapshot(folder) == before               # a.docx was replaced, then put back
    assert not list(folder.glob(".~chibo-*"))


def test_a_file_that_cannot_be_replaced_rolls_the_whole_set_back(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("a.docx", b"A1"), ("z.docx", b"Z1")])
    (folder / "z (bản mới).docx").mkdir()        # in the way of the only name left
    (folder / "z.docx").write_bytes(b"Z1 edited")
    before = snapshot(folder)
    with pytest.raises(OutputError, match="là một thư mục"):
        write_set(folder, [("a.docx", b"A2"), ("z.docx", b"Z2")])
    assert snapshot(folder) == before
    assert not list(folder.glob(".~chibo-*"))


def edit(path, text):
    document = docx.Document(path)
    document.add_paragraph(text)
    document.save(path)


def test_a_rebuild_keeps_a_plan_edited_in_word_and_says_so(tmp_path, make_book):
    book, out = make_book(), tmp_path / "out"
    build(book, out)
    edit(out / PLAN, "Đoạn bí thư thêm bằng tay.")
    # the workbook makes the very plan it made before: the edit stands, no copy beside it
    same = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert same.exit_code == 0, same.output
    assert docx.Document(out / PLAN).paragraphs[-1].text == "Đoạn bí thư thêm bằng tay."
    assert not (out / "Kế hoạch hoạt động chi bộ năm 2026 (bản mới).docx").exists()
    assert ("Giữ nguyên 1 văn bản đã sửa sau lần tạo trước («Kế hoạch hoạt động chi bộ năm "
            "2026.docx»): sổ không đổi gì trong các văn bản ấy.") in same.output
    # the workbook changes what the plan says: the new plan goes beside the edited one
    data = small_data()
    data["Thông tin chung"]["Kế hoạch của cấp ủy cấp trên"] = \
        "Kế hoạch số 05-KH/ĐU ngày 02/01/2026 của Đảng ủy xã Định An"
    result = CliRunner().invoke(main, ["build", str(make_book(data, "so2.xlsx")), "-o", str(out)])
    assert result.exit_code == 0, result.output
    kept = docx.Document(out / PLAN)
    assert kept.paragraphs[-1].text == "Đoạn bí thư thêm bằng tay."
    assert (out / "Kế hoạch hoạt động chi bộ năm 2026 (bản mới).docx").is_file()
    assert (f"Giữ nguyên «{out / PLAN}» vì tệp đã được sửa sau lần tạo trước; bản mới ghi thành "
            "«Kế hoạch hoạt động chi bộ năm 2026 (bản mới).docx».") in result.output


def test_a_renamed_member_leaves_no_old_form(tmp_path, make_book):
    out = tmp_path / "out"
    build(make_book(), out)
    forms = out / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026"
    old = forms / "02B - Vũ Minh Đức.docx"
    assert old.is_file()
    data = small_data()
    data["Đảng viên"][5]["Họ và tên"] = "Vũ Minh Đức Anh"
    data["Xếp loại"][5]["Họ và tên"] = "Vũ Minh Đức Anh"
    result = CliRunner().invoke(main, ["build", str(make_book(data, "so2.xlsx")), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not old.exists() and (forms / "02B - Vũ Minh Đức Anh.docx").is_file()
    assert f"Đã xóa «{old}»" in result.output
    produced = [p for p in out.rglob("*.docx")]
    assert len(produced) == len(json.loads((out / MANIFEST).read_text())["files"])


# --- what a build may take away: its owners (issue 24) -----------------------------------------
def manifest_of(folder):
    return json.loads((folder / MANIFEST).read_text("utf-8"))


def test_a_build_leaves_alone_what_it_does_not_answer_for(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("plan.docx", b"P1", "ke_hoach_nam"),
                       ("bb 01.docx", b"J", "bien_ban_sinh_hoat@2026-01-08")])
    # a build of February only: January's minutes are not its to make, nor to take away
    february = lambda owner: owner is not None and "@2026-01" not in owner  # noqa: E731
    out = write_set(folder, [("plan.docx", b"P1", "ke_hoach_nam"),
                             ("bb 02.docx", b"F", "bien_ban_sinh_hoat@2026-02-05")], scope=february)
    assert (folder / "bb 01.docx").read_bytes() == b"J" and not out.removed and not out.notes()
    assert out.carried == [folder / "bb 01.docx"]
    assert manifest_of(folder)["owners"] == {"bb 01.docx": "bien_ban_sinh_hoat@2026-01-08",
                                             "bb 02.docx": "bien_ban_sinh_hoat@2026-02-05",
                                             "plan.docx": "ke_hoach_nam"}
    # a build answering for everything that no longer makes January's (the row deleted) removes it
    again = write_set(folder, [("plan.docx", b"P1", "ke_hoach_nam"),
                               ("bb 02.docx", b"F", "bien_ban_sinh_hoat@2026-02-05")])
    assert again.removed == [folder / "bb 01.docx"] and not (folder / "bb 01.docx").exists()


def test_files_an_older_manifest_recorded_without_owner_go_only_in_a_full_build(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("a.docx", b"A"), ("b.docx", b"B")])           # owners not recorded
    assert "owners" not in manifest_of(folder)
    write_set(folder, [("a.docx", b"A", "x")], scope=lambda owner: owner is not None)
    assert (folder / "b.docx").is_file()
    write_set(folder, [("a.docx", b"A", "x")])
    assert not (folder / "b.docx").exists()


def test_an_edited_file_made_as_before_is_left_alone_until_the_workbook_changes_it(tmp_path):
    folder = tmp_path / "out"
    write_set(folder, [("bb.docx", b"M1", "k")])
    (folder / "bb.docx").write_bytes(b"M1 completed in Word")
    same = write_set(folder, [("bb.docx", b"M1", "k")])
    assert (folder / "bb.docx").read_bytes() == b"M1 completed in Word"
    assert same.edits_kept == [folder / "bb.docx"] and not same.beside and not same.written
    assert not (folder / "bb (bản mới).docx").exists()
    assert manifest_of(folder)["files"]["bb.docx"] == outputs.sha256(b"M1")   # still "edited"
    changed = write_set(folder, [("bb.docx", b"M2", "k")])
    assert (folder / "bb.docx").read_bytes() == b"M1 completed in Word"
    assert (folder / "bb (bản mới).docx").read_bytes() == b"M2" and changed.beside


def pdfs(log):
    """A stand-in for LibreOffice: «PDF of» each .docx handed over, and which were."""
    def derive(staged):
        log.append(sorted(rel for rel, _path in staged))
        return [(rel[:-5] + ".pdf", b"PDF of " + path.read_bytes()) for rel, path in staged]
    return derive


def test_a_pdf_follows_its_docx(tmp_path):
    folder, log = tmp_path / "out", []
    write_set(folder, [("a.docx", b"A1", "k"), ("b.docx", b"B1", "k"), ("c.docx", b"C1", "k")],
              pdfs(log))
    assert log == [["a.docx", "b.docx", "c.docx"]] and (folder / "a.pdf").read_bytes() == b"PDF of A1"
    # a build without PDFs: a.docx unchanged keeps its PDF; b.docx changed loses it; c went
    plain = write_set(folder, [("a.docx", b"A1", "k"), ("b.docx", b"B2", "k")])
    assert (folder / "a.pdf").read_bytes() == b"PDF of A1"
    assert not (folder / "b.pdf").exists() and not (folder / "c.pdf").exists()
    assert sorted(p.name for p in plain.removed) == ["b.pdf", "c.docx", "c.pdf"]
    assert f"Đã xóa «{folder / 'b.pdf'}»: bản PDF của văn bản trước khi thay đổi (bản PDF mới " \
           "có khi tạo kèm PDF)." in plain.notes()
    assert set(manifest_of(folder)["files"]) == {"a.docx", "a.pdf", "b.docx"}
    # a PDF build converts only what has no current PDF: b.docx, not a.docx
    again = write_set(folder, [("a.docx", b"A1", "k"), ("b.docx", b"B2", "k")], pdfs(log))
    assert log[-1] == ["b.docx"] and (folder / "b.pdf").read_bytes() == b"PDF of B2"
    assert folder / "a.pdf" in again.files and folder / "a.pdf" in again.unchanged
    # an edited PDF is the secretary's: kept, and named, when its .docx changes
    (folder / "a.pdf").write_bytes(b"PDF signed and scanned")
    edited = write_set(folder, [("a.docx", b"A2", "k"), ("b.docx", b"B2", "k")])
    assert (folder / "a.pdf").read_bytes() == b"PDF signed and scanned"
    assert edited.kept == [folder / "a.pdf"]


def test_the_pdf_of_a_docx_written_beside_an_edit_is_named_after_it(tmp_path):
    folder, log = tmp_path / "out", []
    write_set(folder, [("a.docx", b"A1", "k")], pdfs(log))
    (folder / "a.docx").write_bytes(b"A1 edited")
    out = write_set(folder, [("a.docx", b"A2", "k")], pdfs(log))
    assert (folder / "a (bản mới).pdf").read_bytes() == b"PDF of A2"
    assert (folder / "a.pdf").read_bytes() == b"PDF of A1"       # the edited one's, kept
    assert folder / "a (bản mới).pdf" in out.files
    # the edit stands once the workbook makes a.docx as at first: no PDF of chibo-xl's version
    log.clear()
    write_set(folder, [("a.docx", b"A1", "k")], pdfs(log))
    assert log == [] and (folder / "a.docx").read_bytes() == b"A1 edited"
