"""The .docx writer (chibo_xl.render.package) lays out every zip exactly as Python's zipfile does."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from click.testing import CliRunner
from conftest import ROOT

from chibo_xl.cli import main
from chibo_xl.files.outputs import stable_package
from chibo_xl.files.ownership import sign
from chibo_xl.render.package import LEVEL, zip_bytes

EXAMPLE = ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"


def with_zipfile(entries, when: dt.datetime) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            entry = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            z.writestr(entry, blob, compresslevel=LEVEL)
    return out.getvalue()


def test_entries_are_the_bytes_zipfile_writes_also_for_repeated_parts_and_vietnamese_names():
    when = dt.datetime(2026, 12, 5, 13, 47, 31)
    styles = b"<w:styles>" + b"<w:style/>" * 500 + b"</w:styles>"
    first = [("[Content_Types].xml", b"<Types/>"), ("word/styles.xml", styles),
             ("word/bi\u00ean b\u1ea3n.xml", "Biên bản họp chi bộ".encode()), ("empty", b"")]
    second = [("word/styles.xml", styles), ("word/document.xml", b"<w:document>x</w:document>")]
    for entries in (first, second, first):          # the second `first`: every part seen before
        data = zip_bytes(entries, when)
        assert data == with_zipfile(entries, when)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            assert [(i.filename, z.read(i)) for i in z.infolist()] == entries


def test_every_built_document_is_what_zipfile_makes_of_it(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = sorted(out.rglob("*.docx"))
    assert len(docs) >= 38
    for path in docs:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            when = dt.datetime(*z.infolist()[0].date_time)
        # … with the SHA-256 of those bytes as its zip comment (ownership.sign)
        assert sign(stable_package(data, when, LEVEL)) == data, path.name
