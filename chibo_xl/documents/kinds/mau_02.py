"""Mẫu 02A/02B/02C (one Mẫu 02 before 2023): each member's self-review form in the edition of
its year (chibo_xl.rules.PERIODS), in one folder, plus one file to print them all."""
from . import BEFORE_REVIEW, ON_DATE, Doc, Kind

TITLE = "Mẫu 02 - Bản kiểm điểm cá nhân năm {year}"


def documents(src):
    from ..context import member_forms

    return [Doc(data, template=template, file=f"{data['form']} - {name}")
            for template, name, data in member_forms(src.book)]


KIND = Kind(
    key="mau_02", order=40, documents=documents, title=TITLE,
    templates=("mau_02a", "mau_02b", "mau_02c", "mau_02a_2023", "mau_02b_2023", "mau_02_2019"),
    folder=True,
    date=BEFORE_REVIEW, as_of=ON_DATE,
    print_file=TITLE + " - tất cả (để in)",
)
