"""The malformed-workbook corpus (tests/corpus/make_corpus.py) through `chibo-xl check`.

For every case: the file is built into tmp_path, hashed, checked through the CLI in-process
(a traceback fails the test: catch_exceptions=False) and through `check_file`; the expected
finding must be there with its sheet and cell, the exit code must match, every message must be
Vietnamese, and the file's bytes must be unchanged. Accepted inputs must check clean (exit 0).
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import make_corpus  # noqa: E402
from conftest import digest  # noqa: E402
from make_corpus import CASES, FILE, Case  # noqa: E402

from chibo_xl.checks.pipeline import check_file  # noqa: E402
from chibo_xl.cli import main  # noqa: E402

#: a letter only Vietnamese text has (every message carries at least one)
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩị"
                        "òóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def _params():
    for c in CASES:
        marks = [pytest.mark.slow] if c.slow else []
        yield pytest.param(c, id=c.name, marks=marks)


def _where(c: Case, path: Path) -> tuple[str, str]:
    sheet = str(path) if c.sheet == FILE else c.sheet
    return sheet, c.cell or ""


@pytest.mark.parametrize("c", list(_params()))
def test_case(c: Case, tmp_path):
    path = c.write(tmp_path)
    before = digest(path)

    start = time.perf_counter()
    book, report = check_file(path)
    elapsed = time.perf_counter() - start
    assert digest(path) == before, "check_file changed the file"

    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    output = result.output
    assert digest(path) == before, "chibo-xl check changed the file"
    assert "Traceback" not in output
    assert result.exit_code == report.exit_code, output
    listing = "\n".join(f"{f.code} {f.sheet}!{f.cell} {f.message[:90]}" for f in report.findings)

    for finding in report.findings:  # every message a Vietnamese sentence
        assert finding.message.strip() and VIETNAMESE.search(finding.message), finding
    for text in c.forbidden:
        assert text not in output, f"leaked {text!r}"
        assert all(text not in f.message and text not in f.value for f in report.findings)
    if c.max_seconds is not None:
        assert elapsed < c.max_seconds, f"check took {elapsed:.1f}s"

    if c.accepted:
        assert report.findings == [], listing
        assert result.exit_code == 0, output
        assert "Không có lỗi hay cảnh báo nào." in output
        return

    sheet, cell = _where(c, path)
    matching = [f for f in report.findings if f.code == c.code]
    assert matching, f"{c.code} expected, got:\n{listing}"
    assert any(f.sheet == sheet and f.cell == cell for f in matching), \
        f"{c.code} expected at {sheet}!{cell}, got:\n{listing}"
    place = f"{sheet}!{cell}" if cell else sheet
    assert f"{place}: " in output and f"[{c.code}]" in output, output
    assert report.exit_code == c.exit_code, listing
    assert result.exit_code == c.exit_code, output
    if c.code == "FILE_UNREADABLE":
        assert book is None and len(report.findings) == 1


def test_corpus_size_and_categories(capsys):
    counts = make_corpus.by_category()
    with capsys.disabled():
        print("\ncorpus: " + ", ".join(f"{k} {v}" for k, v in counts.items())
              + f" — {len(CASES)} cases")
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES), "case names must be unique"
    for category in ("sheets", "headers", "formulas", "dates", "numbers", "required", "lists",
                     "spaces", "blank rows", "size", "unicode", "file refusals", "hostile xml",
                     "rules"):
        assert counts.get(category, 0) >= 1, category
    assert counts["file refusals"] + counts["hostile xml"] >= 10


def test_build_writes_cases(tmp_path):
    """`build` (what the script runs) writes one file a case; one quick case per category."""
    names = {}
    for c in CASES:
        if not c.slow and c.max_seconds is None:
            names.setdefault(c.category, c.name)
    paths = make_corpus.build(tmp_path, set(names.values()))
    assert sorted(p.name for p in paths) == sorted(f"{n}.xlsx" for n in names.values())
    assert all(p.is_file() and p.parent == tmp_path for p in paths)
