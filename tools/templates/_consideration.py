"""The parts the chi bộ's two resolutions on one person share (Mẫu 6-KNĐ, Mẫu 13-KNĐ): the
meeting (the day, the cell's members, present and absent with the reasons, chair and clerk) and
the vote over the cell's official members. Not a template (its name begins with "_")."""
from make_templates import L, para


def meeting(doc, opening: str):
    """`opening`: the sentence naming the meeting («{{ hn.date_cap }}, … đã họp để xét …»)."""
    para(doc, opening)
    para(doc, "Tổng số đảng viên của chi bộ: {{ hn.total }} đảng viên, trong đó chính thức "
              "{{ hn.official }} đồng chí, dự bị {{ hn.probationary }} đồng chí.")
    para(doc, "Có mặt: {{ hn.present }} đảng viên, trong đó chính thức {{ hn.present_official }} "
              "đồng chí, dự bị {{ hn.present_probationary }} đồng chí.")
    para(doc, "Vắng mặt: {{ hn.absent }} đảng viên, trong đó chính thức {{ hn.absent_official }} "
              "đồng chí, dự bị {{ hn.absent_probationary }} đồng chí.")
    para(doc, "Lý do vắng mặt: {{ hn.reasons }}.", align=L)
    para(doc, "Chủ trì hội nghị: đồng chí {{ hn.chair }}; chức vụ: {{ hn.chair_post }}.", align=L)
    para(doc, "Thư ký hội nghị: đồng chí {{ hn.clerk }}.", align=L)


def vote(doc, what: str):
    """«Số đảng viên chính thức tán thành `what`: …» over the cell's official members."""
    para(doc, f"Số đảng viên chính thức tán thành {what}: {{{{ hn.votes }}}} đồng chí, đạt "
              "{{ hn.pct }} so với tổng số {{ hn.official }} đảng viên chính thức; không tán "
              "thành: …… đồng chí, chiếm ……%.")
