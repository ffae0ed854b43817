"""Nghị quyết đề nghị công nhận đảng viên chính thức (Mẫu 13-KNĐ): one for each member whose 12
months of probation end in the year."""
from . import Doc, Kind


def documents(src):
    from ..member_docs import recognition_contexts

    return [Doc(data, values={"name": name}) for name, data in recognition_contexts(src.book)]


KIND = Kind(
    key="nghi_quyet_cong_nhan", name="Nghị quyết đề nghị công nhận đảng viên chính thức",
    order=96, documents=documents,
    title="Nghị quyết đề nghị công nhận đảng viên chính thức - {name}",
    label="Nghị quyết đề nghị công nhận đảng viên chính thức", abbr="NQ", series=True,
    needs=("members",), skip="không có đảng viên hết 12 tháng dự bị trong năm",
)
