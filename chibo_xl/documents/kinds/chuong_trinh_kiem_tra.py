"""Chương trình kiểm tra, giám sát năm: the chi bộ's programme of inspection and supervision,
dated as the year's plan and listing the «Giám sát» rows of the members in the cell that day
(chibo_xl.documents.inspection; Điều lệ Đảng Đ.30.1)."""
from . import ON_DATE, PLAN, Doc, Kind


def documents(src):
    from ..inspection import programme_context

    return [Doc(programme_context(src.book))]


KIND = Kind(
    key="chuong_trinh_kiem_tra", name="Chương trình kiểm tra, giám sát", order=12,
    documents=documents, title="Chương trình kiểm tra, giám sát năm {year}",
    label="Chương trình kiểm tra, giám sát", abbr="CTr", date=PLAN, as_of=ON_DATE,
    needs=("supervision",), skip="trang «Giám sát» chưa có dữ liệu",
)
