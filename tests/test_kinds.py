"""The registry of document kinds is the one home of each kind: every reader agrees with it."""
from pathlib import Path

from chibo_xl.commands.build import plan_jobs
from chibo_xl.documents import kinds
from chibo_xl.documents.fields import describe
from chibo_xl.workbook import schema
from chibo_xl.workbook.reader import read_workbook
from chibo_xl.workbook.tables import load_book

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "report_templates"


def test_every_kind_has_its_templates_and_every_template_a_kind_or_another_job():
    declared = {name for k in kinds.all_kinds() for name in k.template_names}
    on_disk = {p.stem for p in TEMPLATES.glob("*.docx")}
    assert declared <= on_disk
    assert on_disk - declared == {"tong_hop"}  # chibo-xl aggregate's, not a cell's document


def test_keys_labels_and_orders_are_unique():
    all_kinds = kinds.all_kinds()
    assert len({k.key for k in all_kinds}) == len(all_kinds)
    labels = [k.label for k in all_kinds if k.label]
    assert len(set(labels)) == len(labels)
    assert [k.order for k in all_kinds] == sorted(k.order for k in all_kinds)


def test_the_documents_sheet_lists_exactly_the_kinds_with_a_label():
    column = schema.DOCUMENTS.column("doc_type")
    assert column.choices == () and column.listed_by == "documents"   # the workbook's own: none
    bound = schema.bind(schema.SHEETS, kinds.workbook_lists())
    choices = next(s for s in bound if s.key == "documents").column("doc_type").choices
    assert list(choices) == [k.label for k in kinds.all_kinds() if k.label]
    assert kinds.document_types()["Nghị quyết tháng"] == ("nghi_quyet_thang", "NQ")


def test_docs_describe_every_template():
    text = (ROOT / "docs" / "template-context.md").read_text(encoding="utf-8")
    for k in kinds.all_kinds():
        assert f"`{k.key}`" in text, k.key
        for name in k.template_names:
            assert f"{name}.docx" in text, name


def test_fields_names_each_template_by_its_kind():
    text = describe([("mau_02b", TEMPLATES / "mau_02b.docx")], lambda path: ["mb.name"])
    assert text.splitlines()[0].startswith("mau_02b — Mẫu 02 - Bản kiểm điểm cá nhân  (")


def test_builder_makes_the_kinds_in_registry_order(make_book):
    book, _ = load_book(read_workbook(make_book()))
    jobs, _skipped = plan_jobs(book, "all")
    order = [k.key for k in kinds.all_kinds()]
    made = [job.key for job in jobs]
    assert made == sorted(made, key=order.index)
    assert {"ke_hoach_nam", "mau_01", "mau_02", "bao_cao_nam"} <= set(made)


def test_the_readme_lists_every_kind_in_its_table_of_documents():
    """Issue 27: the README's table of documents names each kind a secretary gets."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("**Các văn bản chibo-xl lập.**"):]
    table = table[:table.index("\n\n", table.index("| văn bản |"))]
    for k in kinds.all_kinds():
        assert k.display in table, k.display


def test_the_readme_table_lists_every_kind():
    """The README's table of documents names every kind of the registry (issue 27, item 5)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| văn bản | ngày ghi trên văn bản"):]
    table = table[:table.index("\n\n")].casefold()
    missing = [k.key for k in kinds.all_kinds() if k.display.casefold() not in table]
    assert missing == []
