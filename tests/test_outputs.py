"""The output folder as one whole: manifest, edits kept, stale files, all-or-nothing writes."""
from __future__ import annotations

import json

import docx
import pytest
from click.testing import CliRunner
from conftest import digest, small_data

from chibo_xl.cli import main
from chibo_xl.commands.build import build
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
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
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
