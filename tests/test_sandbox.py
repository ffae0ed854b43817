"""Bounded templates: hostile repetition, powers, ranges, loops and output stop fast and small."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import docx
import pytest
from click.testing import CliRunner
from conftest import ROOT, digest

from chibo_xl.cli import main
from chibo_xl.commands.build import build
from chibo_xl.render.renderer import RenderError, render

HOSTILE = {
    "repeat": "{% for c in 'x' * 10**9 %}{{ c }}{% endfor %}",
    "power": "{{ 9**(9**10) }}",
    "range": "{% for i in range(10**7) %}{{ i }}{% endfor %}",
    "doubling ~": "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
                  "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "doubling +": "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
                  "{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "list repeat": "{% set s = 'x' * 199999 %}{{ ([s] * 10000)|join }}",
    "printed list": "{% set s = 'x' * 150000 %}{{ [s, s, s, s, s, s, s, s] }}",
    "center": "{{ 'x'|center(10**9) }}",
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "% width": "{{ '%0999999999d' % 1 }}",
    "format width": "{{ '{:>999999999}'.format(1) }}",
    "replace": "{{ ('x' * 100000)|replace('x', 'y' * 100000) }}",
    "map": "{% set s = 'x' * 100000 %}{{ ([s] * 1000)|map('upper')|list|length }}",
    "output": "{% set s = 'x' * 150000 %}{% for i in range(10000) %}{{ s }}{% endfor %}",
    "set block": "{% set s = 'x' * 150000 %}{% set b %}{% for i in range(10000) %}{{ s }}"
                 "{% endfor %}{% endset %}",
    "many pieces": "{% for i in range(10000) %}{% for j in range(10000) %}{{ j }}{% endfor %}"
                   "{% endfor %}",
    # issue 25: each built gigabytes in one C call before a cap could look at the result
    "batch fill": "{% for b in [1, 2, 3]|batch(5*10**8, 'x') %}{{ b|length }}{% endfor %}",
    "slice": "{{ [1]|slice(10**8)|list|length }}",
    "format nested width": "{{ '{:{}}'.format('x', 10**9) }}",
    "format named width": "{{ '{:>{w}}'.format(1, w=999999999) }}",
    "% named width": "{{ '%(a)999999999s' % {'a': 1} }}",
    "join of a generator": "{{ range(10000)|map('string')|join('x' * 199999) }}",
    "str.join of a generator": "{{ ('x' * 199999).join(range(10000)|map('string')) }}",
    "indent": "{{ ('a\\n' * 100000)|indent(199999) }}",
    "wordwrap": "{{ ('x' * 199999)|wordwrap(1, wrapstring='y' * 199999) }}",
    "translate": "{{ ('x' * 199999).translate({120: 'y' * 199999}) }}",
    "expandtabs": "{{ ('\\t' * 199999).expandtabs(199999) }}",
    "list of a generator": "{{ (range(10000)|map('string')|list) + (range(10000)|list) }}",
    "xml body": "{% set p = '</w:t></w:r></w:p><w:p><w:r><w:t>' * 5000 %}"
                "{% for i in range(25) %}{{ p|safe }}{% endfor %}",
}


def template(folder, text, name="ke_hoach_nam.docx"):
    # the real plan template when it replaces the built-in one, else an empty document
    document = docx.Document(str(ROOT / "report_templates" / name)
                             if name == "ke_hoach_nam.docx" else None)
    document.add_paragraph(text)
    folder.mkdir(exist_ok=True)
    document.save(folder / name)
    return folder / name


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_template_is_refused_with_a_message_naming_it(tmp_path, name):
    from tools_context import full_context
    path = template(tmp_path, HOSTILE[name], "t.docx")
    start = time.perf_counter()
    with pytest.raises(RenderError) as caught:
        render(path, full_context())
    assert time.perf_counter() - start < 10
    assert str(caught.value).startswith("Không tạo được văn bản từ mẫu «t.docx»: ")
    assert "Error" not in str(caught.value)   # the sandbox's own words, not a Python error
    assert "Hãy sửa mẫu hoặc xóa nó khỏi thư mục report_templates" in str(caught.value)


def test_ordinary_template_arithmetic_still_works(tmp_path):
    path = template(tmp_path, "{{ 7*7 }}|{{ '.' * 5 }}|{{ [1, 2]|join(', ') }}|"
                              "{{ 'a b'|replace('a', 'c') }}|{{ '%05d' % 3 }}|{{ 'ab' ~ 3 }}|"
                              "{{ 2**10 }}|{{ range(3)|list }}", "t.docx")
    import io
    text = docx.Document(io.BytesIO(render(path, {}))).paragraphs[-1].text
    assert text == "49|.....|1, 2|c b|00003|ab3|1024|[0, 1, 2]"


def test_a_slow_template_stops_at_the_time_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIBO_XL_RENDER_SECONDS", "1")
    path = template(tmp_path, "{% for i in range(10000) %}{% for j in range(10000) %}"
                              "{% endfor %}{% endfor %}", "t.docx")
    start = time.perf_counter()
    with pytest.raises(RenderError) as caught:
        render(path, {})
    assert time.perf_counter() - start < 5
    assert str(caught.value) == (
        "Mẫu «t.docx» chạy quá 1 giây nên đã dừng: mẫu có vòng lặp quá lớn. Hãy sửa mẫu hoặc "
        "xóa nó khỏi thư mục report_templates để dùng mẫu có sẵn.")
    # the pending stop never leaks into what runs next
    assert render(template(tmp_path, "{{ 1 + 1 }}", "ok.docx"), {})


def test_the_time_limit_holds_for_every_render_of_a_process():
    # one watchdog thread serves every render: it must fire for a render begun while it sleeps
    # until an earlier deadline, and for one begun after it went idle
    from chibo_xl.render.sandbox import RenderTimeout, limits

    for _ in range(50):
        with limits(0.3):
            pass
    for seconds in (0.4, 0.2, "idle", 0.2):
        if seconds == "idle":
            time.sleep(0.6)
            continue
        start = time.perf_counter()
        with pytest.raises(RenderTimeout):
            with limits(seconds):
                while True:
                    pass
        assert seconds <= time.perf_counter() - start < seconds + 1.5
    with pytest.raises(RenderTimeout):
        with limits(0.2):
            time.sleep(0.3)  # in C past the limit: the stop lands right after
    for _ in range(100000):  # and none is left pending for what runs next
        pass


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_hostile_renders_stay_under_200_mb(tmp_path):
    paths = [str(template(tmp_path, text, f"h{i}.docx")) for i, text in
             enumerate(HOSTILE.values())]
    script = (
        "import json, sys\n"
        "from chibo_xl.render import render, RenderError\n"
        "refused = 0\n"
        "for p in json.loads(sys.argv[1]):\n"
        "    try:\n"
        "        render(__import__('pathlib').Path(p), {})\n"
        "    except RenderError:\n"
        "        refused += 1\n"
        # VmHWM: this process's peak resident memory (ru_maxrss would include pytest's, as
        # Linux carries it across fork and exec)
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(refused, int(peak.split()[1]) // 1024)\n")
    env = dict(os.environ, CHIBO_XL_RENDER_SECONDS="3")
    out = subprocess.run([sys.executable, "-c", script, json.dumps(paths)], capture_output=True,
                         text=True, timeout=300, env=env, cwd=ROOT)
    refused, peak_mb = map(int, out.stdout.split())
    assert refused == len(HOSTILE)
    assert peak_mb < 200, f"peak {peak_mb} MB"


def test_a_hostile_template_beside_the_workbook_stops_the_build_and_keeps_the_set(
        tmp_path, make_book):
    book, out = make_book(), tmp_path / "out"
    build(book, out)
    before = {p: digest(p) for p in out.rglob("*") if p.is_file()}
    template(book.parent / "report_templates", HOSTILE["repeat"])
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert result.exit_code == 2
    assert "Không tạo được văn bản từ mẫu «ke_hoach_nam.docx»: mẫu tạo giá trị quá lớn" \
           in result.output
    assert result.output.count("Không tạo được văn bản") == 1  # said once, not twice
    assert {p: digest(p) for p in out.rglob("*") if p.is_file()} == before
