"""Reading is bounded by what a workbook can hold (issue 25, item 2).

One value in XFD1048576 (a 65 KB file) made check, build, new-year, import and term abort (exit
134, Rust «memory allocation failed»); one in XFD10000 took 28 s and 7,7 GB, then «no errors».
Cell end tags written `</c >` made the formula scan quadratic (360 s for 187 KB). Every
reproducer runs in a child process limited in time and address space (`bounded.run_cli`), so a
regression fails in seconds instead of eating the machine.
"""
from __future__ import annotations

import re
import time

import pytest

import hostile
from bounded import in_child, run_cli, time_limit
from chibo_xl.workbook import schema, sheetscan
from chibo_xl.workbook.reader import read_workbook

STRAY = ("Ô {ref} nằm rất xa bảng của trang (bảng kết thúc ở ô {end}): chibo-xl không đọc ô "
         "này. Nếu là nhập nhầm, hãy xóa nội dung ô ấy.")


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The small book (six members) and the last cell of its members table."""
    from chibo_xl.workbook.blank import write_workbook
    from conftest import small_data

    path = tmp_path_factory.mktemp("far") / "so.xlsx"
    write_workbook(path, small_data())
    rows = read_workbook(path)["Đảng viên"].rows
    end = f"{sheetscan.col_letters(max(len(r) for r in rows))}{len(rows)}"
    return path, end


@pytest.fixture(scope="module")
def far(clean, tmp_path_factory):
    return hostile.far_cell(clean[0], tmp_path_factory.mktemp("far1m") / "so.xlsx",
                            "XFD1048576", value="lạc chỗ")


@pytest.mark.parametrize("args", [["check"], ["build", "-o", "out"], ["new-year", "-o", "ny.xlsx"],
                                  ["import", "-o", "imp.xlsx"], ["term", "-o", "term"]],
                         ids=lambda a: a[0])
def test_one_value_in_xfd1048576_is_a_warning_not_a_17_billion_cell_grid(far, clean, args,
                                                                          tmp_path):
    run = run_cli([args[0], far, *args[1:]], seconds=60, megabytes=1500, cwd=tmp_path)
    assert run.code in (0, 1), run.output            # before: 134, «memory allocation failed»
    assert "memory allocation" not in run.output and "lỗi bất ngờ" not in run.output
    if args[0] in ("check", "build", "term"):
        assert STRAY.format(ref="XFD1048576", end=clean[1]) in run.output
        assert "Đảng viên!XFD1048576" in run.output and "«lạc chỗ»" in run.output
    assert run.peak_mb < 200, run.peak_mb


def test_a_value_in_xfd10000_is_named_at_once(clean, tmp_path):
    book = hostile.far_cell(clean[0], tmp_path / "so.xlsx", "XFD10000")
    run = run_cli(["check", book], seconds=30, megabytes=1500)
    assert run.code == 1                               # before: 28 s, 7,7 GB, «no errors»
    assert STRAY.format(ref="XFD10000", end=clean[1]) in run.output
    assert run.seconds < 10 and run.peak_mb < 200, (run.seconds, run.peak_mb)


def _write_into(clean, tmp_path, cells: bytes, name="so.xlsx"):
    return hostile.edit_sheet(clean[0], tmp_path / name, "Đảng viên",
                              lambda xml: xml.replace(b"</sheetData>", cells + b"</sheetData>"))


@pytest.mark.parametrize("cells, ref", [
    (b'<row r="900000"><c r="xfd900000"><v>7</v></c></row>', "XFD900000"),     # lower case
    (b"<row r='900000'><c r='XFD900000'><v>7</v></c></row>", "XFD900000"),     # single quotes
    (b'<row r="900000"><c t="n"  r="XFD900000"><v>7</v></c></row>', "XFD900000"),  # r not first
    (b'<row r="1048576"><c><v>7</v></c></row>', "A1048576"),                   # no address
    (b'<row r="5000"><c r="XFD5000"><f>1+1</f></c></row>', "XFD5000"),        # no saved result
], ids=["lower", "quotes", "order", "unaddressed", "formula"])
def test_every_way_of_writing_a_far_cell_is_found(clean, tmp_path, cells, ref):
    book = _write_into(clean, tmp_path, cells)
    run = run_cli(["check", book], seconds=30, megabytes=1500)
    assert run.code == 1, run.output
    assert f"Đảng viên!{ref}" in run.output
    assert run.peak_mb < 200


def test_a_prefixed_far_cell_is_found(clean, tmp_path):
    def edit(xml):
        xml = xml.replace(b"<worksheet ", b'<worksheet xmlns:x="http://schemas.openxmlformats'
                                          b'.org/spreadsheetml/2006/main" ', 1)
        return xml.replace(b"</sheetData>", b'<x:row r="700000"><x:c r="XFD700000"><x:v>7'
                                            b"</x:v></x:c></x:row></sheetData>")
    book = hostile.edit_sheet(clean[0], tmp_path / "so.xlsx", "Đảng viên", edit)
    run = run_cli(["check", book], seconds=30, megabytes=1500)
    assert "Đảng viên!XFD700000" in run.output and run.code == 1, run.output


def test_the_table_reads_the_same_with_a_stray_left_out(clean, far):
    before, after = read_workbook(clean[0]), in_child(read_workbook, far)
    assert after["Đảng viên"].rows == before["Đảng viên"].rows
    assert after["Đảng viên"].stray == [("XFD1048576", "lạc chỗ")]
    assert all(after[name].rows == before[name].rows for name in before)


def test_many_strays_are_named_twenty_then_counted(clean, tmp_path):
    cells = b"".join(b'<row r="%d"><c r="XFD%d"><v>%d</v></c></row>' % (5000 + i, 5000 + i, i)
                     for i in range(25))
    raw = in_child(read_workbook, _write_into(clean, tmp_path, cells))
    stray = raw["Đảng viên"].stray
    assert [ref for ref, _ in stray[:3]] == ["XFD5000", "XFD5001", "XFD5002"]
    assert len(stray) == 21 and stray[-1] == ("", "5")
    from chibo_xl.checks.pipeline import check_raw

    _, report = check_raw(raw)
    assert sum(f.code == "STRAY_CELL" for f in report.warnings) == 21
    assert any(f.message.startswith("Còn 5 ô khác nằm rất xa bảng") for f in report.warnings)


def test_a_table_stretched_by_cells_every_few_rows_is_refused(clean, tmp_path):
    cells = b"".join(b'<row r="%d"><c r="Z%d"><v>1</v></c></row>' % (r, r)
                     for r in range(1000, 1_048_000, 990))
    book = _write_into(clean, tmp_path, cells)
    run = run_cli(["check", book], seconds=30, megabytes=1500)
    assert run.code == 2
    # as wide as column Z or the sheet's own last column, whichever is further
    width = max(26, len(schema.MEMBERS.columns))
    assert re.search(rf"Trang «Đảng viên» có bảng quá lớn \(1\.04\d\.\d{{3}} dòng × {width} cột\)",
                     run.output), run.output
    assert run.peak_mb < 200


def test_a_merged_range_over_the_whole_sheet_is_cut_to_the_table(clean, tmp_path):
    def edit(xml):
        xml = xml.replace(b"</sheetData>", b'<row r="900000"><c r="XFD900000"><v>1</v></c>'
                                           b"</row></sheetData>")
        return re.sub(rb"(</sheetData>)", rb'\1<mergeCells count="1"><mergeCell '
                                          rb'ref="A40:XFD1048576"/></mergeCells>', xml)
    raw = in_child(read_workbook, hostile.edit_sheet(clean[0], tmp_path / "so.xlsx",
                                                     "Đảng viên", edit))
    rows, width = len(raw["Đảng viên"].rows), max(len(r) for r in raw["Đảng viên"].rows)
    assert all(r2 <= rows and c2 <= width for _r1, _c1, r2, c2 in raw["Đảng viên"].merged)


def _spaced_sheet(rows: int) -> bytes:
    row = b'<row r="%d">' + b"".join(b'<c r="%s%%d" t="s"><v>1</v></c >' % c.encode()
                                     for c in "ABCDEFGHIJ") + b"</row>"
    body = b"".join(row.replace(b"%d", str(r).encode()) for r in range(1, rows + 1))
    return (b"<worksheet><sheetData>" + body + b'<row r="%d"><c r="A%d"><f>1+1</f></c >'
            % (rows + 1, rows + 1) + b"</row></sheetData></worksheet>")


def _scan_seconds(xml: bytes, rows: int) -> float:
    """The fastest of three scans (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        found = list(sheetscan.formula_cells(xml))
        best = min(best, time.perf_counter() - started)
        assert found == [(rows + 1, 1, "f", "1+1")]
    return best


def test_end_tags_written_with_a_space_are_scanned_in_linear_time(tmp_path):
    """`</c >` is legal XML; the old scan looked for `</c>` across the rest of the sheet from
    every formula cell (26 s for 97 KB here, 360 s for 187 KB in the issue). Linear is judged by
    how the time grows, not by a wall-clock limit a loaded machine could miss: ten times the
    rows take about ten times as long (a quadratic scan: a hundred); the time limit only keeps a
    regression from running for minutes."""
    small, large = _spaced_sheet(1_000), _spaced_sheet(10_000)
    assert len(large) > 2_000_000
    with time_limit(60):
        ratio = _scan_seconds(large, 10_000) / max(_scan_seconds(small, 1_000), 1e-4)
    assert ratio < 30, ratio


def test_a_workbook_written_with_spaced_end_tags_checks_at_once(tmp_path):
    from conftest import ROOT

    book = hostile.spaced_end_tags(ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx",
                                   tmp_path / "so.xlsx", copies=40)
    run = run_cli(["check", book], seconds=60, megabytes=1500)
    assert run.code == 2 and "lỗi bất ngờ" not in run.output
    # the one formula (34 rows × 40 copies, then its own row) is found at its address
    assert "[lỗi] Đảng viên!A1361: Ô «STT» là công thức chưa có kết quả được lưu" in run.output
    assert run.seconds < 15, run.seconds                # before: ≈ 650 s (26 s at 8 copies)


def test_a_part_inflating_past_its_declared_size_is_refused_at_that_size(clean, tmp_path):
    """zipfile inflated such a part to its end before finding the size wrong (636 MB for a
    sheet declared 52 KB that inflates to 300 MB)."""
    book = hostile.lying_part(clean[0], tmp_path / "so.xlsx", megabytes=300)
    run = run_cli(["check", book], seconds=30, megabytes=1500)
    assert run.code == 2
    assert "một phần bên trong không đúng kích thước ghi trong tệp" in run.output
    assert run.peak_mb < 100, run.peak_mb


def test_a_file_too_big_for_a_workbook_is_not_read(tmp_path):
    from chibo_xl.workbook.filescan import MAX_FILE

    path = tmp_path / "so.xlsx"
    with open(path, "wb") as fh:              # sparse: no disk used
        fh.write(b"PK\x03\x04")
        fh.truncate(MAX_FILE + 1)
    run = run_cli(["check", path], seconds=30, megabytes=1500)
    assert run.code == 2 and "Tệp quá lớn (100 MB)" in run.output
    assert run.peak_mb < 100
