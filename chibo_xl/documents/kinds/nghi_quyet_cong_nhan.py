"""Nghị quyết đề nghị công nhận đảng viên chính thức (Mẫu 13-KNĐ): one for each member whose 12
months of probation end in the year, dated the chi bộ's meeting when its day is known (typed in
«Phát triển Đảng», or a «Sinh hoạt» row naming the member and «chính thức») and true on that day;
none for a vote short of two thirds of the official members (Điều lệ Đảng Đ.5.2)."""
from . import MEETING, ON_DATE, Doc, Kind


def documents(src):
    from ..consideration import recognition_contexts

    return [Doc(data, day=c.day, values={"name": c.name})
            for c, data in recognition_contexts(src.whole)]


KIND = Kind(
    key="nghi_quyet_cong_nhan", name="Nghị quyết đề nghị công nhận đảng viên chính thức",
    order=96, documents=documents,
    title="Nghị quyết đề nghị công nhận đảng viên chính thức - {name}",
    label="Nghị quyết đề nghị công nhận đảng viên chính thức", abbr="NQ", series=True,
    date=MEETING, as_of=ON_DATE,
    needs=("members",), skip="không có đảng viên hết 12 tháng dự bị trong năm",
)
