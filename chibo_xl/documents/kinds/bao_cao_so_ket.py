"""Báo cáo sơ kết 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm: dated its «Văn bản»
row, else the June or July meeting whose theme says «sơ kết», and true on that day
(chibo_xl.documents.midyear); not made without such a day."""
from . import MEETING, ON_DATE, Doc, Kind


def documents(src):
    from ..midyear import midyear_context, report_day

    day = report_day(src.whole)
    if day is None:
        return []
    return [Doc(midyear_context(src.on(day)), day=day)]


KIND = Kind(
    key="bao_cao_so_ket", name="Báo cáo sơ kết 6 tháng đầu năm", order=15, documents=documents,
    title="Báo cáo sơ kết 6 tháng đầu năm {year}", label="Báo cáo sơ kết 6 tháng", abbr="BC",
    date=MEETING, as_of=ON_DATE,
    skip="chưa có ngày lập: ghi dòng «Báo cáo sơ kết 6 tháng» có ngày ký ở trang «Văn bản», hoặc "
         "buổi sinh hoạt tháng 6, tháng 7 có chủ đề chữ «sơ kết»",
)
