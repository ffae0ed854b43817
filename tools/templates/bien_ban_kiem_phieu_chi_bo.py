"""Biên bản kiểm phiếu biểu quyết xếp loại chất lượng chi bộ: the record of the ballot on the
cell's own level, laid out as the members' vote-count record (bien_ban_kiem_phieu): the counting
committee, attendance and voters, the ballots, the votes per level over the official members
present, the result as counted (no majority declared: the đảng ủy decides the level), and the
committee's signatures."""
from make_templates import C, L, counting_close, counting_open, data_table, new_document, para, \
    party_header, save, title_block


def build():
    doc = new_document("Biên bản kiểm phiếu xếp loại chất lượng chi bộ")
    party_header(doc)
    title_block(doc, "BIÊN BẢN", ["Kiểm phiếu biểu quyết xếp loại chất lượng chi bộ",
                                  "năm {{ year }}"])
    para(doc, "Hôm nay, {{ meeting_date }}, {% if school %}tại {{ school }}, {% endif %}"
              "{{ cell_name }} tổ chức biểu quyết bằng phiếu kín mức xếp loại chất lượng "
              "{{ cell_name }} năm {{ year }}.")
    counting_open(doc, ballots="kc")
    para(doc, "- Số phiếu đối với từng mức xếp loại (tỷ lệ so với số đảng viên chính thức dự họp):",
         keep_next=True)
    data_table(doc, "r in kc.levels", [
        ("STT", 12, C, "{{ r.stt }}"),
        ("Mức xếp loại chất lượng", 93, L, "{{ r.level }}{{ r.proposed }}"),
        ("Số phiếu", 30, C, "{{ r.n }}"),
        ("Tỷ lệ", 30, C, "{{ r.pct }}"),
    ])
    para(doc, "{{ kc.result }}")
    counting_close(doc)
    return save(doc, "bien_ban_kiem_phieu_chi_bo")
