"""Property tests (hypothesis). `HYPOTHESIS_PROFILE=slow python -m pytest tests/test_properties.py`
runs each property on at least 10.000 examples."""
import io
import unicodedata
from decimal import Decimal

from conftest import ROOT
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tools_context import full_context

from chibo_xl.render.renderer import render
from chibo_xl.workbook import cells
from chibo_xl.workbook import vnformat as vn

TEMPLATE = ROOT / "report_templates" / "mau_02b.docx"
CONTEXT = full_context()
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


def expected(text: str) -> str:
    """What a cell's text must look like in the document: NFC, spaces folded, line ends trimmed,
    characters XML forbids removed."""
    return cells.clean_text(text)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_cell_text_comes_out_in_the_document_exactly(text):
    wanted = expected(text)
    if not wanted:
        return
    ctx = dict(CONTEXT)
    ctx["mb"] = dict(CONTEXT["mb"], name=wanted, unit=wanted)   # a member's name, a school name
    doc = Document(io.BytesIO(render(TEMPLATE, ctx)))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert f"Họ và tên: {unicodedata.normalize('NFC', wanted)}" in body
    assert f"Đơn vị công tác: {wanted}" in body


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_thousands_round_trips_through_the_reader(n):
    text = vn.thousands(n)
    assert cells.parse_number(text) == n
    assert "," not in text


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False,
                   allow_infinity=False, places=4))
def test_any_number_formats_with_a_decimal_comma(d):
    text = vn.decimal(d)
    whole, _, frac = text.lstrip("-").partition(",")
    assert len(frac) <= 1 and (not frac or frac != "0")
    assert abs(cells.parse_number(text.replace(".", "")) - float(d)) <= 0.05 + 1e-9


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_any_percentage_formats(part, whole):
    text = vn.percent(part, whole)
    assert text.endswith("%")
    value = cells.parse_percent(text.replace(".", ""))
    assert abs(value - part * 100 / whole) <= 0.05 + 1e-9


@given(st.integers(min_value=0, max_value=10**6))
def test_counts_under_ten_take_two_digits(n):
    text = vn.count(n)
    assert len(text) >= 2 and cells.parse_int(text.replace(".", "")) == n


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1)))
def test_any_date_is_written_the_official_way(day):
    words = vn.date_words(day)
    assert words.startswith(f"ngày {day.day:02d} tháng ")
    assert cells.parse_date(vn.date_short(day)) == day
