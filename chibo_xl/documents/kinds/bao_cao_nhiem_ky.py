"""Báo cáo tổng kết nhiệm kỳ: the term report (seed 001), a job over the workbooks of every year
of the term (chibo_xl.commands.termjob, `chibo-xl term`), never one year's build.

It stays a kind so the Văn bản sheet keeps its row (number, date, recipients, signer), the
template generator builds its template and `chibo-xl fields` describes it. The yearly build makes
it only in the term's last year, when the earlier years' workbooks are beside it, and otherwise
says why (chibo_xl.commands.build); here it makes no document.
"""
from . import Doc, Kind  # noqa: F401  (Doc: the contract of every kind module)


def documents(src):
    return []


KIND = Kind(
    key="bao_cao_nhiem_ky", name="Báo cáo tổng kết nhiệm kỳ", order=100, documents=documents,
    title="Báo cáo tổng kết nhiệm kỳ {term}",
    label="Báo cáo tổng kết nhiệm kỳ", abbr="BC",
)
