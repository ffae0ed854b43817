"""Issue 24, item 5: a year built month by month — twelve builds of the example, one month of
«Sinh hoạt» more each time — never takes away what an earlier build made, and leaves every
document of an unchanged month as it was (not even rewritten). With a PDF build in between, each
PDF stays while its .docx is unchanged and goes with it otherwise. Item 4: every minutes and
resolution of the example lies on one page when it fits, and no page holds only the signatures."""
import copy
import hashlib
import re
import subprocess

import pytest
from conftest import soffice
from example_data import EXAMPLE

from chibo_xl.commands.build import build
from chibo_xl.documents.kinds import workbook_lists
from chibo_xl.workbook.blank import write_workbook

MONTHLY = ("Biên bản sinh hoạt chi bộ ", "Nghị quyết chi bộ tháng ",
           "Biên bản họp chi ủy chuẩn bị sinh hoạt ")


def month_of(name: str) -> int | None:
    """The month of a monthly document's name ("… 05-02-2026.docx", "… tháng 02-2026.docx")."""
    if not name.startswith(MONTHLY):
        return None
    return int(re.search(r"(\d\d)-2026\.(docx|pdf)$", name)[1])


def book_until(folder, month: int):
    """The example as a secretary has it at the end of `month`: its meetings up to then."""
    data = copy.deepcopy(EXAMPLE)
    data["Sinh hoạt"] = [m for m in data["Sinh hoạt"] if m["Ngày họp"].month <= month]
    path = folder / f"so-thang-{month:02d}.xlsx"
    write_workbook(path, data, workbook_lists())
    return path


def snapshot(out):
    return {p.relative_to(out).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                            p.stat().st_mtime_ns)
            for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")}


def year_by_month(tmp_path, pdf_month=None):
    """Twelve builds into one folder; after each, what the folder holds."""
    out, states = tmp_path / "van-ban", []
    for month in range(1, 13):
        result = build(book_until(tmp_path, month), out, pdf=month == pdf_month)
        assert result.ok, result.report.to_text()
        assert not [n for n in result.notes if n.startswith("Đã xóa") and ".docx" in n]
        states.append(snapshot(out))
    return out, states


def assert_nothing_taken_and_old_months_untouched(states):
    for month, (before, after) in enumerate(zip(states, states[1:]), start=2):
        gone = sorted(n for n in before if n not in after and n.endswith(".docx"))
        assert gone == [], (month, gone)
        for name, (digest, written) in before.items():
            earlier = month_of(name)
            if earlier is not None and earlier < month - 1 and name in after:
                # a month two builds back: the same bytes, not even written again
                assert after[name] == (digest, written), (month, name)
    final = states[-1]
    minutes = [n for n in final if n.startswith(MONTHLY[0]) and n.endswith(".docx")]
    resolutions = [n for n in final if n.startswith(MONTHLY[1]) and n.endswith(".docx")]
    assert len(minutes) == 16 and len(resolutions) == 12
    # the chi ủy's minutes before each of the twelve regular meetings (issue 27)
    assert len([n for n in final if n.startswith(MONTHLY[2]) and n.endswith(".docx")]) == 12


def test_a_year_built_month_by_month_keeps_every_earlier_document(tmp_path):
    _out, states = year_by_month(tmp_path)
    assert_nothing_taken_and_old_months_untouched(states)
    # each month's build adds its own pair: January's first, December's resolution last
    assert sorted(n for n in states[0] if month_of(n)) == [
        "Biên bản họp chi ủy chuẩn bị sinh hoạt 08-01-2026.docx",
        "Biên bản sinh hoạt chi bộ 08-01-2026.docx", "Nghị quyết chi bộ tháng 01-2026.docx"]
    added = sorted(set(states[-1]) - set(states[-2]))
    # 03/12: the review's own minutes; the chi ủy's before it
    assert added == ["Biên bản họp chi ủy chuẩn bị sinh hoạt 03-12-2026.docx",
                     "Nghị quyết chi bộ tháng 12-2026.docx"]


@pytest.mark.libreoffice
def test_pdfs_made_in_june_stay_while_their_documents_do_not_change(tmp_path):
    if not soffice():
        pytest.skip("LibreOffice (soffice) is not installed")
    out, states = year_by_month(tmp_path, pdf_month=6)
    assert_nothing_taken_and_old_months_untouched(states)
    june = states[5]
    pdfs = {n for n in june if n.endswith(".pdf")}
    assert {n[:-4] + ".docx" for n in pdfs} == {n for n in june if n.endswith(".docx")}
    final = states[-1]
    for pdf in pdfs:
        docx = pdf[:-4] + ".docx"
        if final.get(docx, (None,))[0] == june[docx][0]:
            assert final.get(pdf) == june[pdf], pdf     # the .docx unchanged: its PDF as made
        else:
            assert pdf not in final, pdf                # the .docx changed since: its PDF went
    kept = [n for n in pdfs if n in final]
    assert "Biên bản sinh hoạt chi bộ 08-01-2026.pdf" in kept
    assert "Nghị quyết chi bộ tháng 06-2026.pdf" in kept
    assert "Báo cáo tổng kết năm 2026 và phương hướng năm 2027.pdf" not in final   # it changed


def pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


def page_text(pdf, page) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True).stdout


@pytest.mark.libreoffice
def test_every_minutes_and_resolution_of_the_example_lies_on_its_pages_whole(tmp_path):
    if not soffice():
        pytest.skip("LibreOffice (soffice) is not installed")
    from conftest import ROOT

    result = build(ROOT / "workbook_templates" / "vi-du-chi-bo-2026.xlsx", tmp_path / "out",
                   pdf=True)
    monthly = sorted(p for p in result.pdfs if p.name.startswith(MONTHLY[:2]))
    counts = {p.name: pages(p) for p in monthly}
    # the chi ủy's minutes (issue 27): at most two pages, the closing with the signatures
    committee = sorted(p for p in result.pdfs if p.name.startswith(MONTHLY[2]))
    assert len(committee) == 12
    for pdf in committee:
        last = " ".join(page_text(pdf, pages(pdf)).split())
        assert pages(pdf) <= 2 and re.search(r"III\. KẾT LUẬN .* Cuộc họp kết thúc .* THƯ KÝ "
                                             r"CHỦ TRÌ", last), (pdf.name, last)
    resolutions = {n: c for n, c in counts.items() if n.startswith(MONTHLY[1])}
    assert len(resolutions) == 12 and set(resolutions.values()) == {1}
    minutes = {n: c for n, c in counts.items() if n.startswith(MONTHLY[0])}
    assert len(minutes) == 16 and set(minutes.values()) <= {1, 2}
    for pdf in monthly:
        last = " ".join(page_text(pdf, counts[pdf.name]).split())
        # the signatures never stand alone: the closing comes with them, and in minutes the
        # meeting's quality under its heading too
        if pdf.name.startswith(MONTHLY[0]):
            assert re.search(r"III\. ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT Chi bộ đánh giá chất lượng buổi "
                             r"sinh hoạt: \w+\. Buổi sinh hoạt kết thúc .* THƯ KÝ CHỦ TRÌ", last), \
                (pdf.name, last)
        else:
            assert re.search(r"III\. TỔ CHỨC THỰC HIỆN .* Nghị quyết\./\. Nơi nhận: T/M CHI ỦY",
                             last), (pdf.name, last)
        for page in range(1, counts[pdf.name]):
            lines = [line.strip() for line in page_text(pdf, page).splitlines() if line.strip()]
            assert not re.match(r"^(\d+\.|[IVX]+\.) ", lines[-1]), (pdf.name, lines[-1])
