"""Mẫu 01: the cell's collective review report and its appendix of the results of its tasks
(Hướng dẫn 43-HD/BTCTW: «Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến
độ, chất lượng cụ thể»), in the edition of its year (chibo_xl.rules.PERIODS)."""
from . import BEFORE_REVIEW, ON_DATE, Doc, Kind


def documents(src):
    from ...rules.rulebook import period_for
    from ..context import review_context

    forms = period_for(src.book.info["year"]).forms
    return [Doc(src.once(review_context, src.book), template=forms.template(forms.collective))]


KIND = Kind(
    key="mau_01", order=50, documents=documents,
    title="Mẫu 01 - Báo cáo kiểm điểm tập thể chi bộ năm {year}",
    label="Báo cáo kiểm điểm tập thể", abbr="BC", date=BEFORE_REVIEW, as_of=ON_DATE,
    templates=("mau_01", "mau_01_2023", "mau_01_2019"),
    needs=("ratings",), skip="trang «Xếp loại» chưa có dữ liệu",
)
