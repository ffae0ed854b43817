"""Báo cáo kết quả kiểm tra, giám sát năm: what came of the programme, dated its «Văn bản» row,
else the signing day, and true on that day: the «Giám sát» rows begun by then with their result
(chibo_xl.documents.inspection)."""
from . import ON_DATE, SIGN, Doc, Kind


def documents(src):
    from ..inspection import result_context

    return [Doc(result_context(src.book))]


KIND = Kind(
    key="bao_cao_kiem_tra", name="Báo cáo kết quả kiểm tra, giám sát", order=88,
    documents=documents, title="Báo cáo kết quả kiểm tra, giám sát năm {year}",
    label="Báo cáo kết quả kiểm tra, giám sát", abbr="BC", date=SIGN, as_of=ON_DATE,
    needs=("supervision",), skip="trang «Giám sát» chưa có dữ liệu",
)
