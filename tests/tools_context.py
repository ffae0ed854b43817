"""A full template context built by the real pipeline from the small book (for template tests)."""
from chibo_xl.documents import context as ctx
from chibo_xl.workbook.tables import load_book


def full_context() -> dict:
    """Every variable any template may use, with real values from the small clean book."""
    import tempfile
    from pathlib import Path

    from conftest import small_data

    from chibo_xl.workbook.blank import write_workbook
    from chibo_xl.workbook.reader import read_workbook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        write_workbook(path, small_data())
        book, _ = load_book(read_workbook(path))
    out = {**ctx.common(book, "mau_01"), **ctx.year_context(book), **ctx.review_context(book)}
    form = ctx.member_forms(book)[0][2]
    out.update(form)
    out["tick"] = form["tick"]
    out.update(ctx.meeting_context(book, book.rows("meetings")[0]))
    out["plan_bases"] = ctx.plan_bases(book)
    from chibo_xl.documents.term import assemble, term_context
    term = term_context(assemble([(book, "so.xlsx")])[0])   # the term report's own context
    out["s"] = {**term["s"], **out["s"]}
    out["text"] = {**term["text"], **out["text"]}
    out.update({k: v for k, v in term.items() if k not in out})
    out.update(_membership_contexts(book))
    out.update(_review_more_contexts())
    import datetime as dt

    from chibo_xl.documents.midyear import midyear_context
    from chibo_xl.figures.timeline import on
    out.update(midyear_context(on(book, dt.date(2026, 6, 30))))
    from chibo_xl.documents.inspection import programme_context, result_context
    out.update(programme_context(on(book, dt.date(2026, 1, 5))))
    out.update(result_context(on(book, dt.date(2026, 12, 5))))
    from chibo_xl.documents.committee import committee_context
    out.update({k: v for k, v in committee_context(book, book.rows("meetings")[0], book).items()
                if k == "cu"})
    from chibo_xl.documents.sections import SECTIONS, number_sections
    out["show"], out["num"] = {}, {}
    for name in SECTIONS:
        show, num = number_sections(name, out)
        out["show"].update(show)
        out["num"].update(num)
    return out


def _membership_contexts(book) -> dict:
    """`fee`, `hh`, `cn`, `kn`, `hn`: the small book's fee list, and a badge, a recognition and
    an admission made for it (the small book itself has neither a milestone nor a probation
    ending in the year, nor a vote on a candidate)."""
    import datetime as dt
    import tempfile
    from pathlib import Path

    from conftest import small_data

    from chibo_xl.documents import member_docs
    from chibo_xl.workbook.blank import write_workbook
    from chibo_xl.workbook.reader import read_workbook

    data = small_data()
    data["Đảng viên"][1].update({"Ngày vào Đảng": dt.date(1996, 9, 2),
                                 "Ngày chính thức": dt.date(1997, 9, 2)})
    data["Đảng viên"][5]["Ngày vào Đảng"] = dt.date(2025, 10, 1)
    data["Phát triển Đảng"][0].update({"Ngày chi bộ xét kết nạp": dt.date(2026, 5, 5),
                                      "Số phiếu tán thành kết nạp": 5})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        write_workbook(path, data)
        other, _ = load_book(read_workbook(path))
    out = member_docs.fee_list_context(book)
    from chibo_xl.documents.register import register_context
    out.update(register_context(other))
    out.update(member_docs.badge_context(other))
    out["cn"] = member_docs.recognition_contexts(other)[0][1]["cn"]
    from chibo_xl.documents.consideration import admission_contexts
    admitted = admission_contexts(other)[0][1]
    out["kn"], out["hn"] = admitted["kn"], admitted["hn"]
    return out


def _review_more_contexts() -> dict:
    """`pc`, `xs`, `kt`, `dm`: the review's further documents, from the small book with its
    principal a leader proposed for commendation with the cell, and two HTXS for four HTT at a
    rate of 25% (the cap exceeded: the second ballot)."""
    import tempfile
    from pathlib import Path

    from conftest import over_the_cap, small_data

    from chibo_xl.documents import review_docs
    from chibo_xl.workbook.blank import write_workbook
    from chibo_xl.workbook.reader import read_workbook

    data = over_the_cap(small_data())
    data["Đảng viên"][0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"
    data["Xếp loại"][0]["Đề nghị khen thưởng"] = "Giấy khen của Đảng ủy xã Định An"
    data["Thông tin chung"]["Đề nghị khen thưởng chi bộ"] = "Giấy khen của Đảng ủy xã Định An"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "so.xlsx"
        write_workbook(path, data)
        book, _ = load_book(read_workbook(path))
    review = ctx.review_context(book)
    out = {**review_docs.cell_ballot_context(book), **review_docs.excellent_ballot_context(book, review),
           **review_docs.commendation_context(book, review, book.info["sign_date"])}
    out.update(review_docs.file_list_context(book, ctx.member_forms(book), True))
    out.update(review_docs.cell_count_context(book))
    return out
