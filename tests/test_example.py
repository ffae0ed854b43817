"""The bundled example workbook: checks clean, and holds the believable mix issue 2 asks for."""
import subprocess
import sys

from click.testing import CliRunner
from conftest import ROOT, digest

from chibo_xl.checks.pipeline import check_file
from chibo_xl.checks.ratings import exclusion
from chibo_xl.cli import main
from chibo_xl.figures import tally
from chibo_xl.workbook import schema

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def test_example_checks_clean_with_exit_0():
    before = digest(EXAMPLE)
    result = CliRunner().invoke(main, ["check", str(EXAMPLE)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Không có lỗi hay cảnh báo nào."
    assert digest(EXAMPLE) == before


def test_example_is_a_believable_school_cell():
    book, _ = check_file(EXAMPLE)
    members = book.rows("members")
    mem = tally.membership(book)
    assert len(members) >= 30 and book.info["year"] == 2026
    assert mem.official and mem.probationary and mem.women and mem.minority
    jobs = [m["job"] for m in members]
    assert jobs.count("Hiệu trưởng") == 1 and jobs.count("Phó Hiệu trưởng") >= 2
    assert any(m["in_system"] == schema.NO for m in members)
    assert mem.moved_in and mem.left.get("Chuyển đi")
    review = book.info["review_date"]
    too_new = [m["name"] for m in members if exclusion(m, review) == "Mới kết nạp dưới 6 tháng"]
    assert len(too_new) == 1
    rated = tally.ratings(book)
    assert rated.total == len(members) - 2 and all(r["score_common"] is not None
                                                   for r in rated.rated)
    for key in ("meetings", "plan", "indicators", "supervision", "development",
                "manifestations", "fees", "narrative", "achievements"):
        assert book.rows(key), key
    quarters = {(m["date"].month - 1) // 3 for m in book.rows("meetings") if m["kind"] == "Chuyên đề"}
    assert quarters == {0, 1, 2, 3}


def test_example_file_is_regenerated_from_its_data(tmp_path):
    """workbook_templates/vi-du-chi-bo-2026.xlsx must be what tools/make_example.py writes."""
    from test_blank import describe
    sys.path.insert(0, str(ROOT / "tools"))
    from example_data import EXAMPLE as DATA

    from chibo_xl.documents.kinds import workbook_lists
    from chibo_xl.workbook.blank import write_workbook
    fresh = write_workbook(tmp_path / "fresh.xlsx", DATA, workbook_lists())
    import openpyxl
    a = [[c.value for c in row] for ws in openpyxl.load_workbook(EXAMPLE).worksheets
         for row in ws.iter_rows()]
    b = [[c.value for c in row] for ws in openpyxl.load_workbook(fresh).worksheets
         for row in ws.iter_rows()]
    assert a == b and describe(EXAMPLE) == describe(fresh)


def test_check_of_the_example_loads_neither_docxtpl_nor_pandas():
    code = ("import sys; from chibo_xl.cli import main; from chibo_xl.checks.pipeline import check_file; "
            f"check_file({str(EXAMPLE)!r}); "
            "print(sorted(m for m in ('docxtpl', 'pandas', 'openpyxl', 'xlwings', 'numpy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
