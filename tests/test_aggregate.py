"""chibo-xl aggregate: many cell workbooks → one summary (.xlsx) and one report (.docx)."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import HT, HTT, HTXS, ROOT, small_data, write_workbook

from chibo_xl.checks.pipeline import check_file
from chibo_xl.cli import main
from chibo_xl.commands import aggregate as agg
from chibo_xl.commands.summary import write_summary
from chibo_xl.figures import tally

D = dt.date
LEADER, OTHER, ALL = "leader", "other", "all"


# ---------------------------------------------------------------------------------------------
# Variants of the small cell
# ---------------------------------------------------------------------------------------------
def rate(data: dict, index: int, level: str) -> None:
    """Give rating row `index` the level `level` with a score and votes that agree with it."""
    row = data["Xếp loại"][index]
    common, task, votes = {HTXS: (29, 62, (4, 1, 0, 0)), HTT: (27, 58, (0, 5, 0, 0)),
                           HT: (24, 40, (0, 0, 5, 0))}[level]  # 5 official members present
    row.update({"Điểm tiêu chí chung (/30)": common, "Điểm kết quả nhiệm vụ (/70)": task,
                "Tỷ lệ nhiệm vụ vượt mức (%)": 35 if level == HTXS else 10,
                "Tự xếp loại": level, "Chi bộ đề nghị": level,
                "Phiếu HTXSNV": votes[0], "Phiếu HTTNV": votes[1], "Phiếu HTNV": votes[2],
                "Phiếu KHTNV": votes[3]})


def cell(n: int) -> dict:
    data = small_data()
    data["Thông tin chung"]["Tên chi bộ"] = f"Chi bộ Trường Tiểu học {n}"
    data["Thông tin chung"]["Tên đơn vị (trường)"] = f"Trường Tiểu học {n}"
    data["Đảng viên"][0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"   # the principal leads
    return data


def drop_member(data: dict, name: str) -> None:
    """Remove a member, and one person from every count of people (they follow the list)."""
    data["Đảng viên"] = [m for m in data["Đảng viên"] if m["Họ và tên"] != name]
    data["Xếp loại"] = [r for r in data["Xếp loại"] if r["Họ và tên"] != name]
    data["Đảng phí"] = [r for r in data["Đảng phí"] if r["Họ và tên"] != name]
    n = len(data["Đảng viên"])
    voters = n - sum(m["Loại đảng viên"] == "Dự bị" for m in data["Đảng viên"])
    info = data["Thông tin chung"]
    info["Số đảng viên dự họp kiểm điểm"] = min(info["Số đảng viên dự họp kiểm điểm"], n)
    for key in ("Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ"):
        info[key] = min(info[key], voters)     # probationary members do not vote
    for r in data["Xếp loại"]:
        first = next(k for k in ("Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV") if r[k])
        r[first] -= max(sum(r[k] for k in ("Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV",
                                           "Phiếu KHTNV")) - voters, 0)
    for mt in data["Sinh hoạt"]:
        mt["Số triệu tập"], mt["Có mặt"] = min(mt["Số triệu tập"], n), min(mt["Có mặt"], n)


def variants() -> dict[str, dict]:
    """Six cells that differ in name, members, ratings, attendance and admissions."""
    out = {}
    out["a-tieu-hoc-1.xlsx"] = cell(1)
    two = cell(2)
    drop_member(two, "Hoàng Thị Lan")                       # 5 members
    out["b-tieu-hoc-2.xlsx"] = two
    three = cell(3)
    rate(three, 2, HTXS)                                      # Lê Thị Hoa: a second HTXS
    three["Sinh hoạt"][0]["Có mặt"] = 5                       # attendance 5/6 once
    three["Sinh hoạt"][0]["Vắng có lý do"] = 1
    out["c-tieu-hoc-3.xlsx"] = three
    four = cell(4)
    four["Phát triển Đảng"][0]["Ngày kết nạp"] = D(2026, 8, 15)  # one admission in the year
    four["Đảng viên"][1]["Giới tính"] = "Nữ"
    out["sub/d-tieu-hoc-4.xlsx"] = four
    five = cell(5)
    rate(five, 3, HT)                                         # Phạm Văn Nam: Hoàn thành NV
    rate(five, 0, HTT)                                        # the leader: HTT, no HTXS here
    out["sub/e-tieu-hoc-5.xlsm"] = five
    six = cell(6)
    six["Đảng viên"][2]["Giới tính"] = "X"                    # an error: counted but listed
    out["sub/deeper/f-tieu-hoc-6.xlsx"] = six
    return out


def write_folder(folder, books: dict[str, dict]) -> None:
    for rel, data in books.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_workbook(path, data)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("chi-bo")
    write_folder(root, variants())
    rng = random.Random(7)
    (root / "hong.xlsx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (root / "~$a-tieu-hoc-1.xlsx").write_bytes(b"lock")      # Excel's lock file: skipped
    (root / "ghi-chu.txt").write_text("không phải sổ")
    return root


@pytest.fixture(scope="module")
def summary(folder):
    return agg.aggregate(folder, jobs=2)


@pytest.fixture(scope="module")
def written(summary, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "tong-hop.xlsx"
    made = write_summary(summary, out, day=D(2026, 12, 20))
    return out, made


READABLE = sorted(variants())


# ---------------------------------------------------------------------------------------------
# Totals equal the cells' own figures
# ---------------------------------------------------------------------------------------------
def own_figures(path) -> dict:
    book, report = check_file(path)
    mem, rat, mt = tally.membership(book), tally.ratings(book), tally.meetings(book)
    year = book.info["year"]
    return {"members": mem.end, "official": mem.official, "probationary": mem.probationary,
            "women": mem.women, "htxs": rat.counts[HTXS], "htt": rat.counts[HTT],
            "ht": rat.counts[HT], "kht": rat.counts["Không hoàn thành nhiệm vụ"],
            "present": mt.present, "summoned": mt.summoned,
            # the cell's own register: members admitted in the year («Phát triển Đảng» is optional)
            "admitted": sum(1 for m in book.rows("members") if m["name"] and (
                m["movement"] == "Kết nạp mới"
                or (m["admitted"] and m["admitted"].year == year and not m["movement"]))),
            "errors": len(report.errors), "warnings": len(report.warnings)}


def test_totals_are_the_sum_of_each_cells_own_figures(folder, summary):
    own = {rel: own_figures(folder / rel) for rel in READABLE}
    for key in ("members", "official", "probationary", "women", "htxs", "htt", "ht", "kht",
                "present", "summoned", "admitted", "errors", "warnings"):
        assert summary.totals[key] == sum(f[key] for f in own.values()), key
    for c in summary.cells:
        for key, value in own[c["file"]].items():
            assert c[key] == value, (c["file"], key)
    t = summary.totals
    assert t["cells"] == 6 and t["files"] == 7
    assert t["rated"] == t["htxs"] + t["htt"] + t["ht"] + t["kht"]
    assert t["attendance"] == pytest.approx(100 * t["present"] / t["summoned"])
    # Vũ Minh Đức, admitted 01/03/2026, in each of the six cells («Đảng viên»); only one cell
    # lists him in «Phát triển Đảng», which aggregate counted before (issue 22)
    assert t["admitted"] == 6 and t["ht"] == 1
    assert summary.year == 2026 and summary.superior == "Đảng bộ xã Định An"


def test_every_workbook_found_lock_files_and_other_files_skipped(folder, summary):
    assert [c["file"] for c in summary.cells] == READABLE      # .xlsm and subfolders too
    assert summary.found == 7                                  # 6 cells + the corrupt file


# ---------------------------------------------------------------------------------------------
# Broken workbooks never stop the batch
# ---------------------------------------------------------------------------------------------
def test_corrupt_and_erroneous_workbooks_are_listed_and_the_rest_counted(summary):
    broken = {b["file"]: b for b in summary.broken}
    assert set(broken) == {"hong.xlsx", "sub/deeper/f-tieu-hoc-6.xlsx"}
    assert broken["hong.xlsx"]["status"] == agg.UNREADABLE
    assert broken["hong.xlsx"]["findings"][0][-1] == "FILE_UNREADABLE"
    six = broken["sub/deeper/f-tieu-hoc-6.xlsx"]
    assert six["status"] == agg.WITH_ERRORS and six["cell_name"] == "Chi bộ Trường Tiểu học 6"
    assert ("lỗi", "Đảng viên", "D4", "X") == six["findings"][0][:4]
    counted = {c["file"]: c for c in summary.cells}
    assert "Sổ còn lỗi" in counted["sub/deeper/f-tieu-hoc-6.xlsx"]["note"]
    assert len(summary.cells) == 6


# ---------------------------------------------------------------------------------------------
# The cap across the đảng bộ, by group of comparable members
# ---------------------------------------------------------------------------------------------
def cap_row(summary, group):
    return next(row for row in summary.cap if row["group"] == group)


def test_cap_each_cell_within_but_the_leaders_together_over(tmp_path):
    # each cell: its leader HTXS, five others HTT → 1/5 = 20% of the whole cell, within; its
    # leader alone is no group a cell can judge (Quy định 366 Điều 11: comparable posts across
    # the deciding committee's scope), but the đảng bộ's leaders together are over
    write_folder(tmp_path, {f"cb{n}.xlsx": cell(n) for n in (1, 2, 3)})
    for n in (1, 2, 3):
        found = check_file(tmp_path / f"cb{n}.xlsx")[1]
        assert not {"CAP_EXCEEDED", "CAP_SMALL_GROUP"} & set(found.codes())
    summary = agg.aggregate(tmp_path, jobs=2)
    whole, leaders, others = (cap_row(summary, g) for g in (ALL, LEADER, OTHER))
    assert (whole["htxs"], whole["htt"], whole["exceeded"]) == (3, 15, False)  # 3 = 20% × 15
    assert (leaders["htxs"], leaders["htt"], leaders["exceeded"]) == (3, 0, True)
    assert not others["exceeded"]
    assert [row["group"] for row in summary.exceeded] == [LEADER]


def test_cap_a_cell_over_but_the_dang_bo_within(tmp_path):
    over = cell(1)
    rate(over, 0, HTT)                          # leader HTT
    rate(over, 1, HTXS)                         # two others HTXS, three HTT: 2/4 = 50% in the cell
    rate(over, 2, HTXS)
    calm = {f"cb{n}.xlsx": cell(n) for n in (2, 3)}
    for data in calm.values():
        rate(data, 0, HTT)                      # no HTXS at all: six HTT
    write_folder(tmp_path, {"cb1.xlsx": over, **calm})
    assert "CAP_SMALL_GROUP" in check_file(tmp_path / "cb1.xlsx")[1].codes()   # 2 for 4
    summary = agg.aggregate(tmp_path, jobs=2)
    others = cap_row(summary, OTHER)
    assert (others["htxs"], others["htt"]) == (2, 13)      # 2 ≤ 20% × 13 = 2,6
    assert summary.exceeded == []
    assert cap_row(summary, ALL)["limit"] == 3             # floor(20% × 16)


def test_cap_rate_is_a_setting(tmp_path):
    write_folder(tmp_path, {"cb1.xlsx": cell(1)})
    assert cap_row(agg.aggregate(tmp_path, jobs=1, cap_rate=10), ALL)["exceeded"]
    assert not cap_row(agg.aggregate(tmp_path, jobs=1, cap_rate=20), ALL)["exceeded"]


# ---------------------------------------------------------------------------------------------
# Order and parallelism
# ---------------------------------------------------------------------------------------------
def test_output_is_sorted_and_independent_of_jobs_and_finishing_order(folder, summary):
    serial = agg.aggregate(folder, jobs=1)
    assert serial.cells == summary.cells and serial.broken == summary.broken
    assert serial.totals == summary.totals and serial.cap == summary.cap
    results = [agg.summarize_file(path, rel) for path, rel in agg.find_workbooks(folder)]
    random.Random(3).shuffle(results)
    shuffled = agg.build_summary(folder, results)
    assert shuffled.cells == summary.cells and shuffled.broken == summary.broken
    assert [c["file"] for c in summary.cells] == sorted(c["file"] for c in summary.cells)


def test_worker_returns_plain_data(folder):
    result = agg.summarize_file(str(folder / READABLE[0]), READABLE[0])
    plain = (str, int, float, type(None), tuple, list, dict)

    def walk(value):
        assert isinstance(value, plain), type(value)
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
    walk(result)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched worker reaches the pool only through fork")
def test_a_worker_that_dies_is_reported_and_the_batch_goes_on(folder, monkeypatch):
    real = agg.summarize_file

    def fragile(path, rel=None, full=False):
        if rel == "b-tieu-hoc-2.xlsx":
            os._exit(3)                          # as if killed by the system
        return real(path, rel, full)

    monkeypatch.setattr(agg, "summarize_file", fragile)
    summary = agg.aggregate(folder, jobs=2)
    crashed = [b for b in summary.broken if b["findings"][0][-1] == "WORKER_CRASHED"]
    assert [b["file"] for b in crashed] == ["b-tieu-hoc-2.xlsx"]
    assert len(summary.cells) == 5


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the patched step reaches the pool only through fork")
def test_workers_collect_garbage_less_often(folder, monkeypatch, tmp_path):
    """Issue 25, item 8: a worker freezes what the imports made and raises its collector's
    first threshold (9–11 % less CPU a workbook); chibo-xl's own process keeps Python's."""
    import gc

    real = agg.summarize_file

    def probe(path, rel=None, full=False):
        (tmp_path / f"gc-{os.getpid()}").write_text(repr((gc.get_threshold(),
                                                          gc.get_freeze_count() > 0)))
        return real(path, rel, full)

    before = gc.get_threshold()
    monkeypatch.setattr(agg, "summarize_file", probe)
    agg.aggregate(folder, jobs=2)
    seen = {p.read_text() for p in tmp_path.glob("gc-*")}
    assert seen == {repr((agg.WORKER_GC, True))}
    assert gc.get_threshold() == before


def test_progress_is_reported_up_to_the_total(folder):
    seen = []
    agg.aggregate(folder, jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# ---------------------------------------------------------------------------------------------
# The files written
# ---------------------------------------------------------------------------------------------
def test_summary_workbook_has_the_expected_cells(summary, written):
    import openpyxl

    path, made = written
    assert made[0] == path and made[1] == path.with_suffix(".docx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [agg.SHEET_CELLS, agg.SHEET_CAP, agg.SHEET_BROKEN, agg.SHEET_INFO]
    ws = wb[agg.SHEET_CELLS]
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["STT", "Chi bộ", "Tệp", "Năm", "Đảng viên cuối năm"]
    col = {h: i for i, h in enumerate(headers)}
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r[col["Tệp"]] for r in rows[:-1]] == READABLE
    first = rows[0]
    assert first[col["Chi bộ"]] == "Chi bộ Trường Tiểu học 1"
    assert first[col["Đảng viên cuối năm"]] == 6
    assert (first[col["HTXSNV"]], first[col["HTTNV"]]) == (1, 5)
    assert first[col["HTXSNV/HTTNV (%)"]] == 20
    total = rows[-1]
    t = summary.totals
    assert total[col["Chi bộ"]] == "Cộng toàn đảng bộ"
    for header, key in (("Đảng viên cuối năm", "members"), ("Nữ", "women"), ("HTXSNV", "htxs"),
                        ("HTTNV", "htt"), ("HTNV", "ht"), ("Kết nạp mới", "admitted")):
        assert total[col[header]] == t[key], header
    assert total[col["Dự sinh hoạt bình quân (%)"]] == round(t["attendance"], 1)
    cap = [[c.value for c in row] for row in wb[agg.SHEET_CAP].iter_rows(min_row=2)]
    assert cap[0][0] == agg.GROUPS[LEADER] and cap[0][-1].startswith("VƯỢT TRẦN")
    assert cap[-1][0] == agg.ALL_GROUP
    broken = [[c.value for c in row] for row in wb[agg.SHEET_BROKEN].iter_rows(min_row=2)]
    assert {r[1] for r in broken} == {"hong.xlsx", "sub/deeper/f-tieu-hoc-6.xlsx"}
    assert any(r[-1] == "FILE_UNREADABLE" for r in broken)


def test_summary_report_opens_and_holds_the_totals(summary, written):
    import docx

    path, _ = written
    doc = docx.Document(path.with_suffix(".docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    t = summary.totals
    assert "BÁO CÁO" in text and "năm 2026" in text
    assert f"{t['members']} đồng chí" in text
    assert f"{t['htxs'] + t['htt']}/{t['rated']} đồng chí hoàn thành tốt nhiệm vụ" in text
    assert "ĐẢNG ỦY XÃ ĐỊNH AN" in cells[0] and "Định An, ngày 20 tháng 12 năm 2026" in cells
    assert "Chi bộ Trường Tiểu học 6" in cells and "hong.xlsx" in cells
    assert any(c.startswith("Vượt trần") for c in cells)
    assert "{{" not in text and "{%" not in text


def test_own_summary_in_the_folder_is_skipped(summary, written, tmp_path):
    path, _ = written
    write_folder(tmp_path, {"cb1.xlsx": cell(1)})
    (tmp_path / "old.xlsx").write_bytes(path.read_bytes())
    again = agg.aggregate(tmp_path, jobs=1)
    assert again.skipped == ["old.xlsx"] and [c["file"] for c in again.cells] == ["cb1.xlsx"]


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------
def test_cli_aggregate_writes_both_files_and_exits_1_with_broken_books(folder, tmp_path):
    out = tmp_path / "tong-hop.xlsx"
    result = CliRunner().invoke(main, ["aggregate", str(folder), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1, result.output
    assert out.exists() and out.with_suffix(".docx").exists()
    assert "6 sổ cộng vào tổng, 1 sổ có lỗi, 1 tệp không đọc được" in result.output
    assert "Vượt trần HTXSNV" in result.output
    assert "Đang đọc sổ" not in result.output                 # no progress bar off a terminal


def test_cli_aggregate_never_overwrites_a_workbook_that_is_not_its_own(folder, tmp_path):
    target = tmp_path / "so-chi-bo.xlsx"
    write_workbook(target, cell(1))
    before = target.read_bytes()
    result = CliRunner().invoke(main, ["aggregate", str(folder), "-o", str(target)])
    assert result.exit_code == 2 and "không ghi đè" in result.output
    assert target.read_bytes() == before


def test_cli_aggregate_help_ends_with_an_example():
    result = CliRunner().invoke(main, ["aggregate", "--help"])
    assert result.output.rstrip().endswith(
        "Ví dụ: chibo-xl aggregate so-cac-chi-bo -o tong-hop.xlsx")


# ---------------------------------------------------------------------------------------------
# The fast path stays light
# ---------------------------------------------------------------------------------------------
HEAVY = ("pandas", "docxtpl", "xlwings", "openpyxl", "docx")


def test_check_never_loads_pandas_docxtpl_or_xlwings(folder):
    book = folder / READABLE[0]
    code = (
        "import sys\n"
        "from chibo_xl import check, cli, aggregate\n"
        f"book, report = check.check_file({str(book)!r})\n"
        "assert book is not None and not report.errors\n"
        f"sys.argv = ['chibo-xl', 'check', {str(book)!r}]\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, 1), exc.code\n"  # the leaders' cap may warn

        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "print('light')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("light")


def test_unreadable_xls_and_a_copied_workbook_are_named_and_the_copy_counted_once(tmp_path):
    write_folder(tmp_path, {"cb1.xlsx": cell(1), "cb2.xlsx": cell(2)})
    (tmp_path / "cb2 - Copy.xlsx").write_bytes((tmp_path / "cb2.xlsx").read_bytes())
    os.utime(tmp_path / "cb2.xlsx", (1_700_000_000, 1_700_000_000))    # saved before the copy
    (tmp_path / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path.parent / f"{tmp_path.name}-tong-hop.xlsx"
    result = CliRunner().invoke(main, ["aggregate", str(tmp_path), "-o", str(out), "-j", "1",
                                       "--issuer-superior", "Đảng bộ tỉnh Hà Nội",
                                       "--signer", "Nguyễn Văn An"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert "Đã đọc 5 tệp: 2 sổ cộng vào tổng, 0 sổ có lỗi, 2 tệp không đọc được, 1 sổ trùng." \
        in lines
    assert any(l.startswith("Không đọc được: cu.xls — ") and ".xls" in l for l in lines)
    assert any(l.startswith("Không đọc được: hong.xlsx — ") for l in lines)
    # the copy was saved after the original: it is kept, and the output says so
    assert "Sổ trùng: cb2.xlsx — cùng Chi bộ Trường Tiểu học 2 năm 2026 với tệp " \
           "cb2 - Copy.xlsx: giữ tệp cb2 - Copy.xlsx (mới hơn: tệp được lưu sau), không cộng " \
           "tệp này." in lines
    summary = agg.aggregate(tmp_path, jobs=1, exclude=[out])
    alone = own_figures(tmp_path / "cb1.xlsx")["members"] + own_figures(
        tmp_path / "cb2.xlsx")["members"]
    assert summary.totals["members"] == alone and summary.totals["cells"] == 2
    assert [d["file"] for d in summary.duplicates] == ["cb2.xlsx"]
    import docx
    import openpyxl

    wb = openpyxl.load_workbook(out)
    info = {r[0].value: r[1].value for r in wb[agg.SHEET_INFO].iter_rows(min_row=2)}
    assert info["Số sổ trùng (chỉ cộng một lần)"] == 1
    assert info["Tệp không đọc được"] == "cu.xls, hong.xlsx"
    doc = docx.Document(out.with_suffix(".docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    assert "«cb2.xlsx» trùng «cb2 - Copy.xlsx» (Chi bộ Trường Tiểu học 2), giữ «cb2 - Copy.xlsx» " \
           "(mới hơn: tệp được lưu sau)" in text
    assert "ĐẢNG BỘ TỈNH HÀ NỘI" in cells[0] and "ĐẢNG ỦY XÃ ĐỊNH AN" in cells[0]
    assert any("Nguyễn Văn An" in c for c in cells) or "Nguyễn Văn An" in text
    assert "cu.xls" in cells and "hong.xlsx" in cells
    plain = CliRunner().invoke(main, ["aggregate", str(tmp_path), "-o", str(out), "-j", "1"])
    assert "--issuer-superior" in plain.output and "--signer" in plain.output


def test_a_rerun_reads_only_new_or_changed_workbooks_and_gives_the_same_summary(folder, summary,
                                                                               tmp_path,
                                                                               monkeypatch):
    from chibo_xl.files import stepcache

    cache = stepcache.path_for(tmp_path / "tong-hop.xlsx")
    first = agg.aggregate(folder, jobs=1, cache=cache)
    assert cache.exists()
    read = []
    real = agg.summarize_file
    monkeypatch.setattr(agg, "summarize_file", lambda path, rel=None, full=False:
                        read.append(rel) or real(path, rel, full))
    again = agg.aggregate(folder, jobs=1, cache=cache)
    assert read == ["hong.xlsx"]                       # unreadable files are always tried again
    for one in (first, again):
        assert one.cells == summary.cells and one.broken == summary.broken
        assert one.totals == summary.totals and one.cap == summary.cap
    moved = tmp_path / "chi-bo"
    write_folder(moved, {"cb1.xlsx": cell(1), "cb2.xlsx": cell(2)})
    agg.aggregate(moved, jobs=1, cache=cache)
    read.clear()
    write_folder(moved, {"cb2.xlsx": cell(3)})         # one cell resends a different workbook
    third = agg.aggregate(moved, jobs=1, cache=cache)
    assert read == ["cb2.xlsx"]
    assert {c["cell_name"] for c in third.cells} == {"Chi bộ Trường Tiểu học 1",
                                                     "Chi bộ Trường Tiểu học 3"}
    cache.write_text("{damaged", encoding="utf-8")
    assert agg.aggregate(moved, jobs=1, cache=cache).totals == third.totals


def test_every_column_of_the_summary_has_its_width(written):
    """Each column of each sheet is written with the width declared for it, none left out."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    widths = {"Tổng hợp chi bộ": [6, 36, 30, 7, 11, 10, 8, 7, 9, 9, 9, 9, 12, 13, 9, 7, 9, 50],
              "Trần HTXS": [50, 11, 11, 13, 9, 12, 40],
              "Sổ có lỗi": [6, 30, 30, 15, 10, 16, 8, 20, 70, 22],
              "Thông tin": [42, 80]}
    wb = openpyxl.load_workbook(written[0])
    assert wb.sheetnames == list(widths)
    for name, expected in widths.items():
        ws = wb[name]
        assert ws.max_column == len(expected), name
        assert [ws.column_dimensions[get_column_letter(i)].width
                for i in range(1, ws.max_column + 1)] == expected, name


def test_frames_are_the_summary_workbooks_tables(summary, written):
    """`summary.frames` gives each sheet as a pandas DataFrame holding exactly what the .xlsx holds."""
    import openpyxl

    from chibo_xl.commands.summary import frames

    tables = frames(summary)
    wb = openpyxl.load_workbook(written[0])
    assert list(tables) == wb.sheetnames
    for name, table in tables.items():
        sheet = [list(r) for r in wb[name].iter_rows(values_only=True)]
        assert list(table.columns) == sheet[0]
        assert len(table) == len(sheet) - 1
        for row, cells in zip(table.values.tolist(), sheet[1:]):
            if row and row[0] == "Lập lúc":
                continue
            assert [("" if v is None else v) for v in row] == [("" if v is None else v)
                                                               for v in cells]
    cells = tables["Tổng hợp chi bộ"]
    assert cells.iloc[-1]["Chi bộ"] == "Cộng toàn đảng bộ"
    assert cells.iloc[-1]["Đảng viên cuối năm"] == sum(cells.iloc[:-1]["Đảng viên cuối năm"])


def test_the_summary_is_written_without_importing_pandas(folder, tmp_path):
    """The .xlsx is written from the rows the frames are made of: importing pandas and building
    the frames was 1,3 s of a 1.000-cell aggregate (issue 25, item 8); `frames` still gives them."""
    code = ("import sys\n"
            "from chibo_xl.commands.aggregate import aggregate\n"
            "from chibo_xl.commands.summary import write_summary\n"
            f"write_summary(aggregate({str(folder)!r}, jobs=1), {str(tmp_path / 't.xlsx')!r})\n"
            "assert 'pandas' not in sys.modules, 'pandas imported'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "t.xlsx").exists() and (tmp_path / "t.docx").exists()


def test_of_two_copies_of_one_cell_the_newer_is_counted_and_named(tmp_path):
    """Issue 25, item 7: the copy whose name sorts first was counted even when older. The
    workbook's own dates decide (a resend records a later meeting), then the file's time."""
    old, new = cell(3), cell(3)
    new["Sinh hoạt"].append({"Ngày họp": dt.date(2026, 12, 18), "Loại": "Thường kỳ",
                             "Chủ đề": "Tổng kết năm", "Số triệu tập": 6, "Có mặt": 6})
    drop_member(old, "Hoàng Thị Lan")        # the first send still lacked a member's row
    write_folder(tmp_path, {"a-gui-lan-1.xlsx": old, "b-gui-lai.xlsx": new})
    os.utime(tmp_path / "b-gui-lai.xlsx", (1_700_000_000, 1_700_000_000))  # older file, newer book
    summary = agg.aggregate(tmp_path, jobs=1)
    assert [c["file"] for c in summary.cells if c["counted"]] == ["b-gui-lai.xlsx"]
    assert summary.totals["members"] == own_figures(tmp_path / "b-gui-lai.xlsx")["members"]
    assert summary.duplicates == [{"file": "a-gui-lan-1.xlsx", "same_as": "b-gui-lai.xlsx",
                                   "cell_name": "Chi bộ Trường Tiểu học 3", "year": 2026,
                                   "why": "mới hơn: sổ ghi đến ngày 18/12/2026"}]
    out = tmp_path.parent / f"{tmp_path.name}-th.xlsx"
    result = CliRunner().invoke(main, ["aggregate", str(tmp_path), "-o", str(out), "-j", "1"])
    assert "Sổ trùng: a-gui-lan-1.xlsx — cùng Chi bộ Trường Tiểu học 3 năm 2026 với tệp " \
           "b-gui-lai.xlsx: giữ tệp b-gui-lai.xlsx (mới hơn: sổ ghi đến ngày 18/12/2026), " \
           "không cộng tệp này." in result.output.splitlines()
    # the same dates: the file saved later is kept, whatever the names
    write_folder(tmp_path, {"a-gui-lan-1.xlsx": new, "b-gui-lai.xlsx": new})
    os.utime(tmp_path / "a-gui-lan-1.xlsx", (1_700_000_000, 1_700_000_000))
    again = agg.aggregate(tmp_path, jobs=1)
    assert [c["file"] for c in again.cells if c["counted"]] == ["b-gui-lai.xlsx"]
    assert again.duplicates[0]["why"] == "mới hơn: tệp được lưu sau"
