"""Issue 6: PDF output, sandboxed templates, protected XML, files written whole or not at all."""
import re
import shutil
import subprocess
import zipfile

import pytest
from click.testing import CliRunner
from conftest import ROOT, needs_libreoffice, small_data, soffice

from chibo_xl.cli import main
from chibo_xl.commands.build import build
from chibo_xl.files.outputs import OutputError, atomic_write
from chibo_xl.render.pdf import PdfError, find_soffice, to_pdf
from chibo_xl.render.renderer import RenderError, render
from chibo_xl.render.templatefields import variables

needs_lo = needs_libreoffice


def pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def small_pdfs(tmp_path_factory):
    if not soffice():
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("pdf")
    from chibo_xl.workbook.blank import write_workbook
    data = small_data()
    # the monthly minutes and resolutions have their own PDF test (test_month_by_month)
    data["Thông tin chung"]["Lập biên bản, nghị quyết sinh hoạt"] = "Không"
    write_workbook(folder / "so.xlsx", data)
    result = CliRunner().invoke(main, ["build", str(folder / "so.xlsx"), "-o", str(folder / "out"),
                                       "--pdf"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # with the fee list, the ballot on the cell's level and its vote-count record, the member
    # register, the programme and result report of inspection and supervision, and the list
    # of the review file
    assert "Đã tạo 20 tệp PDF" in result.output
    return folder / "out"


@needs_lo
def test_every_document_has_a_pdf_with_every_name_exactly(small_pdfs):
    docx = sorted(small_pdfs.rglob("*.docx"))
    assert all(p.with_suffix(".pdf").is_file() for p in docx)
    names = [m["Họ và tên"] for m in small_data()["Đảng viên"]]
    ballot = pdf_text(small_pdfs / "Phiếu biểu quyết xếp loại đảng viên năm 2026.pdf")
    for name in names:
        assert name in ballot, name
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in ballot
    # the results of the vote are in the review minutes (Mẫu 01 is the draft dated before it)
    report = pdf_text(small_pdfs / "Biên bản họp kiểm điểm, xếp loại năm 2026.pdf")
    assert "6/6 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 100%)" in \
        re.sub(r"\s+", " ", report)


@needs_lo
def test_page_counts_are_what_the_documents_imply(small_pdfs):
    forms = small_pdfs / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026"
    each = [pages(p) for p in sorted(forms.glob("*.pdf"))]
    assert len(each) == 6 and min(each) >= 1
    combined = small_pdfs / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2026 - tất cả (để in).pdf"
    assert pages(combined) == sum(each)      # each form starts on a new page
    assert pages(small_pdfs / "Phiếu biểu quyết xếp loại đảng viên năm 2026.pdf") == 1
    assert pages(small_pdfs / "Phiếu biểu quyết xếp loại chất lượng chi bộ năm 2026.pdf") == 1
    assert pages(small_pdfs / "Danh mục hồ sơ đánh giá, xếp loại năm 2026.pdf") == 1


def test_missing_libreoffice_is_a_vietnamese_message(tmp_path, monkeypatch, make_book):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_soffice() is None
    with pytest.raises(PdfError, match="Không tìm thấy LibreOffice"):
        to_pdf([tmp_path / "a.docx"])
    result = CliRunner().invoke(main, ["build", str(make_book()), "-o", str(tmp_path / "o"),
                                       "--pdf"], catch_exceptions=False)
    assert result.exit_code == 2 and "chưa tạo được PDF" in result.output


def _template_with(tmp_path, paragraph: str, name="t.docx"):
    from docx import Document
    doc = Document(str(ROOT / "report_templates" / "ke_hoach_nam.docx"))
    doc.add_paragraph(paragraph)
    path = tmp_path / name
    doc.save(str(path))
    return path


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cell_name.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
])
def test_a_hostile_template_cannot_reach_python_internals(tmp_path, attack):
    path = _template_with(tmp_path, attack)
    from tools_context import full_context
    with pytest.raises(RenderError) as info:
        render(path, full_context())
    assert "Không tạo được văn bản từ mẫu «t.docx»" in str(info.value)
    assert "uid=" not in str(info.value)


def test_external_entities_in_a_template_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT-KHẨU-123")
    src = ROOT / "report_templates" / "phieu_bieu_quyet.docx"
    bad = tmp_path / "xxe.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = text.replace("?>", f'?><!DOCTYPE d [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>', 1)
                text = text.replace("PHIẾU BIỂU QUYẾT", "&xxe;", 1)
                data = text.encode("utf-8")
            zout.writestr(item, data)
    from tools_context import full_context
    try:
        out = render(bad, full_context())
    except RenderError as exc:
        assert "MẬT-KHẨU" not in str(exc)
        return
    with zipfile.ZipFile(__import__("io").BytesIO(out)) as z:
        assert "MẬT-KHẨU" not in z.read("word/document.xml").decode("utf-8")


def test_a_write_that_fails_midway_leaves_no_file(tmp_path):
    target = tmp_path / "báo cáo.docx"

    def half_then_fail(tmp):
        with open(tmp, "wb") as fh:
            fh.write(b"PK\x03\x04 half a document")
        raise OSError("disk full")
    with pytest.raises(OutputError, match="báo cáo.docx"):
        atomic_write(target, half_then_fail)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(OutputError, match="Tệp cũ .* vẫn giữ nguyên"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1


def test_an_output_that_cannot_be_replaced_names_the_file(tmp_path, make_book):
    out = tmp_path / "out"
    blocker = out / "Kế hoạch hoạt động chi bộ năm 2026.docx"
    blocker.mkdir(parents=True)          # like a file locked by Word: it cannot be replaced
    (blocker / "x").write_text("x")
    with pytest.raises(OutputError, match="Kế hoạch hoạt động chi bộ năm 2026.docx"):
        build(make_book(), out)
    result = CliRunner().invoke(main, ["build", str(make_book(name="b.xlsx")), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 2
    assert "Kế hoạch hoạt động chi bộ năm 2026.docx» là một thư mục" in result.output
    assert "Chưa ghi văn bản nào: các tệp cũ" in result.output
    assert not [p for p in out.rglob(".~chibo-*")]


def test_every_template_uses_only_known_fields():
    from tools_context import full_context
    ctx = full_context()
    for path in sorted((ROOT / "report_templates").glob("*.docx")):
        if path.stem == "tong_hop":   # the committee's summary: its context comes from aggregate
            continue
        assert variables(path, ctx) == [], path.name


def test_pdf_groups_balance_the_work_and_keep_the_order(tmp_path):
    from chibo_xl.render.pdf import split

    docs = []
    for i, size in enumerate([900, 100, 400, 500, 50, 60]):
        doc = tmp_path / f"d{i}.docx"
        doc.write_bytes(b"x" * size)
        docs.append(doc)
    groups = split(docs, 2)
    assert sorted(d for g in groups for d in g) == sorted(docs)
    assert [sum(d.stat().st_size for d in g) for g in groups] in ([1010, 1000], [1000, 1010])
    for g in groups:
        assert g == sorted(g, key=docs.index)
    assert split(docs[:1], 2) == [docs[:1]]


def test_pdf_runs_two_libreoffice_processes_at_once_each_with_its_own_profile(tmp_path,
                                                                              monkeypatch):
    """A stand-in `soffice` (a real program on PATH) logs its arguments and times."""
    import chibo_xl.render.pdf as pdf

    bin_dir, log = tmp_path / "bin", tmp_path / "calls.txt"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text(
        "#!/usr/bin/env python3\n"
        "import sys, time, pathlib\n"
        "args = sys.argv[1:]\n"
        "if '--convert-to' not in args: sys.exit(0)  # the process started early: ends at once\n"
        "out = pathlib.Path(args[args.index('--outdir') + 1]); out.mkdir(parents=True)\n"
        "start = time.time(); time.sleep(0.6)\n"
        "for doc in args[args.index('--outdir') + 2:]:\n"
        "    (out / (pathlib.Path(doc).stem + '.pdf')).write_bytes(b'%PDF ' + doc.encode())\n"
        f"with open({str(log)!r}, 'a') as fh:\n"
        "    fh.write(f\"{start} {time.time()} {args[0]} {len(args) - 8}\\n\")\n",
        encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setattr(pdf.os, "cpu_count", lambda: 2)
    docs = []
    for i in range(5):
        doc = tmp_path / f"văn bản {i}.docx"
        doc.write_bytes(b"x" * (100 + i))
        docs.append(doc)
    made = to_pdf(docs)
    assert made == [d.with_suffix(".pdf") for d in docs]
    assert [m.read_bytes() for m in made] == [b"%PDF " + str(d).encode() for d in docs]
    calls = [line.split() for line in log.read_text().splitlines()]
    assert len(calls) == 2 and sorted(int(c[3]) for c in calls) == [2, 3]
    assert calls[0][2] != calls[1][2] and all("UserInstallation=file://" in c[2] for c in calls)
    (s1, e1), (s2, e2) = [(float(c[0]), float(c[1])) for c in calls]
    assert s1 < e2 and s2 < e1                              # the two ran at the same time
