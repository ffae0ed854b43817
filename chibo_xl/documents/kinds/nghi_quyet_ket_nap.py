"""Nghị quyết đề nghị kết nạp đảng viên (Mẫu 6-KNĐ): the chi bộ's resolution proposing one
candidate's admission, one for each candidate it considered in the year (the day in «Phát triển
Đảng», else the «Sinh hoạt» row naming the candidate and «kết nạp»), dated that meeting and true
on that day; none for a vote short of two thirds of the official members (Điều lệ Đảng Đ.4.3)."""
from . import MEETING, ON_DATE, Doc, Kind


def documents(src):
    from ..consideration import admission_contexts

    return [Doc(data, day=c.day, seq=i, values={"name": c.name})
            for i, (c, data) in enumerate(admission_contexts(src.whole), start=1)]


KIND = Kind(
    key="nghi_quyet_ket_nap", name="Nghị quyết đề nghị kết nạp đảng viên", order=95,
    documents=documents, title="Nghị quyết đề nghị kết nạp đảng viên - {name}",
    label="Nghị quyết đề nghị kết nạp đảng viên", abbr="NQ", series=True,
    numbered=lambda book, meeting: False, date=MEETING, as_of=ON_DATE, needs=("development",),
    skip="không có quần chúng được chi bộ xét đề nghị kết nạp trong năm (cột «Ngày chi bộ xét "
         "kết nạp» trang «Phát triển Đảng», hoặc buổi sinh hoạt có chủ đề nêu tên quần chúng và "
         "chữ «kết nạp»)",
)
