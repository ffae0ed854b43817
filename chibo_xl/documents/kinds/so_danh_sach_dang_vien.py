"""Sổ danh sách đảng viên (Mẫu 7-HSĐV): the members on the roll on the day it is signed (its
Văn bản date, else the default signing day), in the register's columns, from «Đảng viên» — the
list the đảng ủy asks for (Hướng dẫn 06-HD/TW mục 8.1c, 8.2h)."""
from . import ON_DATE, SIGN, Doc, Kind


def documents(src):
    from ..register import register_context

    return [Doc(register_context(src.book))]


KIND = Kind(
    key="so_danh_sach_dang_vien", name="Sổ danh sách đảng viên", order=91, documents=documents,
    title="Sổ danh sách đảng viên năm {year}", label="Sổ danh sách đảng viên", abbr="DS",
    date=SIGN, as_of=ON_DATE, needs=("members",), skip="trang «Đảng viên» chưa có dữ liệu",
)
