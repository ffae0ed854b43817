"""Biên bản họp chi ủy: the chi ủy's meeting preparing each regular meeting of the build, only
in a cell that has a chi ủy (Điều lệ Đảng Đ.24.4; Hướng dẫn 12-HD/BTCTW 2018 §II.1.1), dated
«Ngày họp chi ủy» of the meeting's «Sinh hoạt» row (chibo_xl.documents.committee)."""
from . import MEETING, ON_DATE, Doc, Kind

REGULAR = "Thường kỳ"


def numbered(book, meeting) -> bool:
    return meeting["kind"] == REGULAR


def documents(src):
    from ...figures.tally import has_committee
    from ..committee import committee_context
    from ..minutes import meeting_context, series

    if not has_committee(src.whole):
        return []
    year = series(src.whole, numbered)
    docs = []
    for m in src.meetings or ():
        if not numbered(src.whole, m):
            continue
        seen = src.on(m["date"])
        context = {**src.once(meeting_context, seen, m), **committee_context(seen, m, src.whole)}
        docs.append(Doc(context, day=m["date"], seq=year.get(id(m)),
                        values={"date": m["date"].strftime("%d-%m-%Y")}))
    return docs


KIND = Kind(
    key="bien_ban_hop_chi_uy", name="Biên bản họp chi ủy", order=25, documents=documents,
    title="Biên bản họp chi ủy chuẩn bị sinh hoạt {date}", label="Biên bản họp chi ủy",
    abbr="BB", series=True, numbered=numbered, date=MEETING, as_of=ON_DATE, per_meeting=True,
    skip="chi bộ không có chi ủy (Điều lệ Đảng, Điều 24: chi bộ có từ 9 đảng viên chính thức "
         "trở lên mới bầu chi ủy), hoặc lần tạo này không có buổi sinh hoạt thường kỳ",
)
