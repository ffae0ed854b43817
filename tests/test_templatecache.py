"""Templates' clean-up and compiled code kept between runs change no byte of any document."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def build(out: Path, cache) -> dict:
    env = dict(os.environ, CHIBO_XL_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-m", "chibo_xl.cli", "build", str(EXAMPLE), "-o",
                           str(out)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.docx")}


def test_a_cold_a_warm_and_a_damaged_cache_give_the_same_bytes_as_none(tmp_path):
    cache = tmp_path / "cache"
    plain = build(tmp_path / "plain", "off")
    assert len(plain) >= 38 and not cache.exists()
    assert build(tmp_path / "cold", cache) == plain
    kept = sorted(cache.iterdir())
    assert {p.suffix for p in kept} == {".code", ".fields", ".xml"}
    assert build(tmp_path / "warm", cache) == plain
    for path in kept:                      # damaged: a byte changed, or cut short
        data = path.read_bytes()
        path.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:] if len(data) > 41
                         else data[:5])
    assert build(tmp_path / "damaged", cache) == plain


def test_a_template_asking_for_an_unknown_field_is_refused_with_a_cold_and_a_warm_cache(tmp_path):
    # the field check's result is kept per template: the kept shape must still be judged
    # against each build's context, never taken as a pass
    from docx import Document

    mine = tmp_path / "mau"
    mine.mkdir()
    doc = Document(str(ROOT / "report_templates" / "ke_hoach_nam.docx"))
    doc.add_paragraph("{{ truong_la.ten }} và {% for x in thanh_vien %}{{ x.tuoi }}{% endfor %}")
    doc.save(str(mine / "ke_hoach_nam.docx"))
    cache = tmp_path / "cache"
    env = dict(os.environ, CHIBO_XL_CACHE=str(cache))
    for run in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-m", "chibo_xl.cli", "build", str(EXAMPLE), "-o",
                               str(tmp_path / run), "--templates", str(mine)], env=env,
                              capture_output=True, text=True)
        assert done.returncode == 2, (run, done.stdout, done.stderr)
        said = done.stdout + done.stderr
        assert "Mẫu «" in said and "ke_hoach_nam.docx» dùng trường không có: «truong_la.ten»" \
            in said, (run, said)
        assert "«thanh_vien»" in said and "«thanh_vien[].tuoi»" not in said, (run, said)
        assert not (tmp_path / run).exists() or not list((tmp_path / run).rglob("*.docx"))
    assert any(p.suffix == ".fields" for p in cache.iterdir())
