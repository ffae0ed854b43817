"""Which report headings may be left out, and how the remaining ones are numbered.

This module is the one contract between the Word templates and the builder: tools/make_templates.py
wraps every heading listed here in `{%p if show.KEY %}` and prints its label as `{{ num.KEY }}`; the
builder fills `show` and `num` with number_sections(). So no heading is ever printed empty and the
labels stay continuous. Standard library only.

SECTIONS[document][group] = (numbering style, [(key, title, contents), ...]). show[key] is True when
any content has something to print (a non-empty list or string); the shown headings of a group are
labelled in order in the group's style (NUMBERING): "1.", "I.", "PHẦN II.", …; "" when hidden.

A content is "text.KEY" (paragraphs of sheet Nội dung), "s.KEY" (a computed sentence), "manifest"
(s.manifest then the list manifest_left), a list printed as a table ("indicators", "achievements",
"targets", "next_targets", "months"), "group.NAME" (the headings of group NAME of the same document:
present when any is shown), or a pair (lead-in, content): the lead-in prints only with its content.
"""
from __future__ import annotations

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ORDINAL = ("NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI")

NUMBERING = {  # style → label of the n-th shown heading (n from 1)
    "arabic": lambda n: f"{n}.",
    "roman": lambda n: f"{_ROMAN[n - 1]}.",
    "part_roman": lambda n: f"PHẦN {_ROMAN[n - 1]}.",
    "part_ordinal": lambda n: f"PHẦN THỨ {_ORDINAL[n - 1]}.",
}


def _results(indicators_lead: str, party_extra: tuple = ()) -> tuple:
    """Sub-sections of "Kết quả đạt được" (seeds 000, 001, 002), common to both reports."""
    return ("arabic", [
        ("chinh_tri_tu_tuong", "Về lãnh đạo công tác chính trị, tư tưởng",
         ["text.chinh_tri_tu_tuong", "s.residence", "manifest"]),
        ("nhiem_vu_chinh_tri", "Về lãnh đạo thực hiện nhiệm vụ chính trị",
         ["text.nhiem_vu_chinh_tri", "s.unit_level", (indicators_lead, "indicators"),
          ("Thành tích của tập thể và cá nhân:", "achievements")]),
        ("chinh_quyen_doan_the", "Về lãnh đạo xây dựng chính quyền và các đoàn thể trong nhà trường",
         ["text.chinh_quyen_doan_the"]),
        ("xay_dung_dang", "Về công tác xây dựng Đảng, xây dựng chi bộ",
         ["text.xay_dung_dang", "s.meetings", "s.ratings", "s.cell_level", "s.development",
          *party_extra, "s.fees",
          "s.not_rated", "s.commend"]),
        ("kiem_tra_giam_sat", "Về công tác kiểm tra, giám sát",
         ["text.kiem_tra_giam_sat", "s.supervision", "supervision"]),
        ("hoc_tap_lam_theo_bac", "Về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         ["text.hoc_tap_lam_theo_bac"]),
    ])


def _directions(prefix: str) -> tuple:
    """"Nhiệm vụ và giải pháp": next year's (the report, ``pt_``) or this year's (the plan, ``kh_``)."""
    solutions = "giai_phap" if prefix == "pt" else f"{prefix}_giai_phap"
    return ("arabic", [
        (f"{prefix}_chinh_tri_tu_tuong", "Về lãnh đạo công tác chính trị, tư tưởng",
         [f"text.{prefix}_chinh_tri_tu_tuong"]),
        (f"{prefix}_nhiem_vu_chinh_tri", "Về lãnh đạo thực hiện nhiệm vụ chính trị",
         [f"text.{prefix}_nhiem_vu_chinh_tri"]),
        (f"{prefix}_chinh_quyen_doan_the", "Về lãnh đạo xây dựng chính quyền và các đoàn thể",
         [f"text.{prefix}_chinh_quyen_doan_the"]),
        (f"{prefix}_xay_dung_dang", "Về công tác xây dựng Đảng, xây dựng chi bộ",
         [f"text.{prefix}_xay_dung_dang"]),
        (solutions, "Giải pháp thực hiện", [f"text.{solutions}"]),
    ])


_DIRECTIONS = _directions("pt")


def _report(parts: str, part_titles: tuple, results: tuple, targets_lead: str, tasks_title: str) -> dict:
    """The annual and the term report: two parts, each of Roman-numbered headings."""
    return {
        "phan": (parts, [("phan_1", part_titles[0], ["group.phan_1_muc"]),
                         ("phan_2", part_titles[1], ["group.phan_2_muc"])]),
        "phan_1_muc": ("roman", [
            ("p1_tinh_hinh", "ĐẶC ĐIỂM TÌNH HÌNH", ["s.members_profile", "s.movement", "group.tinh_hinh"]),
            ("p1_ket_qua", results[0], ["group.ket_qua"]),
            ("p1_uu_diem_han_che", "ƯU ĐIỂM, HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
             [("* Ưu điểm:", "text.uu_diem"), ("* Hạn chế, khuyết điểm:", "text.han_che"),
              ("* Nguyên nhân:", "text.nguyen_nhan")]),
            ("bai_hoc", "BÀI HỌC KINH NGHIỆM", ["text.bai_hoc"]),
        ]),
        "tinh_hinh": ("arabic", [("thuan_loi", "Thuận lợi", ["text.thuan_loi"]),
                                 ("kho_khan", "Khó khăn", ["text.kho_khan"])]),
        "ket_qua": results[1],
        "phan_2_muc": ("roman", [
            ("p2_muc_tieu", "MỤC TIÊU, CHỈ TIÊU CHỦ YẾU", [(targets_lead, "next_targets")]),
            ("p2_nhiem_vu", tasks_title, ["group.nhiem_vu"]),
        ]),
        "nhiem_vu": _DIRECTIONS,
    }


SECTIONS = {
    "bao_cao_nam": _report(
        "part_roman",
        ("ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM {{ year }}",
         "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {{ next_year }}"),
        ("KẾT QUẢ ĐẠT ĐƯỢC", _results("Kết quả thực hiện các chỉ tiêu năm {{ year }}:",
                                       ("s.probation", "s.badges"))),
        "Chi bộ phấn đấu thực hiện các chỉ tiêu chủ yếu năm {{ next_year }} như sau:",
        "NHIỆM VỤ VÀ GIẢI PHÁP"),
    "ke_hoach_nam": {
        "muc": ("roman", [
            ("kh_tinh_hinh", "ĐẶC ĐIỂM TÌNH HÌNH",
             ["s.members_profile", "s.movement", ("* Thuận lợi:", "text.thuan_loi"),
              ("* Khó khăn:", "text.kho_khan")]),
            ("kh_muc_tieu", "MỤC TIÊU, CHỈ TIÊU",
             [("Chi bộ phấn đấu đạt các chỉ tiêu năm {{ year }} như sau:", "targets")]),
            ("kh_nhiem_vu", "NHIỆM VỤ VÀ GIẢI PHÁP", ["group.nhiem_vu"]),
            ("kh_hang_thang", "KẾ HOẠCH CỤ THỂ HẰNG THÁNG", ["months"]),
        ]),
        "nhiem_vu": _directions("kh"),
    },
}


#: The term report (seed 001): three parts; figures year by year from every workbook of the term.
SECTIONS["bao_cao_nhiem_ky"] = {
    "phan": ("part_ordinal", [
        ("phan_1", "TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CHI BỘ NHIỆM KỲ {{ term }}",
         ["group.phan_1_muc"]),
        ("phan_2", "KIỂM ĐIỂM CỦA {{ lead.TEAM }} NHIỆM KỲ {{ term }}", ["group.phan_2_muc"]),
        ("phan_3", "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ {{ next_term }}",
         ["group.phan_3_muc"]),
    ]),
    "phan_1_muc": ("roman", [
        ("nk_tinh_hinh", "ĐẶC ĐIỂM TÌNH HÌNH",
         ["s.members_profile", "s.movement", ("Số đảng viên từng năm:", "years_members"),
          "group.tinh_hinh"]),
        ("nk_ket_qua", "KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC", ["group.ket_qua"]),
        ("nk_danh_gia", "NHẬN XÉT, ĐÁNH GIÁ CHUNG",
         [("* Ưu điểm:", "text.uu_diem"), ("* Hạn chế, khuyết điểm:", "text.han_che"),
          ("* Nguyên nhân:", "text.nguyen_nhan")]),
        ("bai_hoc", "BÀI HỌC KINH NGHIỆM", ["text.bai_hoc"]),
    ]),
    "tinh_hinh": ("arabic", [("thuan_loi", "Thuận lợi", ["text.thuan_loi"]),
                             ("kho_khan", "Khó khăn", ["text.kho_khan"])]),
    "ket_qua": ("arabic", [
        ("chinh_tri_tu_tuong", "Về lãnh đạo công tác chính trị, tư tưởng",
         ["text.chinh_tri_tu_tuong", "s.manifest"]),
        ("nhiem_vu_chinh_tri", "Về lãnh đạo thực hiện nhiệm vụ chính trị",
         ["text.nhiem_vu_chinh_tri",
          ("Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội chi bộ nhiệm kỳ {{ term }}:",
           "term_targets"),
          ("Thành tích qua các năm học:", "achievements_by_year")]),
        ("chinh_quyen_doan_the", "Về lãnh đạo xây dựng chính quyền và các đoàn thể trong nhà trường",
         ["text.chinh_quyen_doan_the"]),
        ("xay_dung_dang", "Về công tác xây dựng Đảng, xây dựng chi bộ",
         ["text.xay_dung_dang", "s.meetings", ("Sinh hoạt chi bộ từng năm:", "years_activity"),
          "s.ratings", ("Kết quả xếp loại chất lượng đảng viên từng năm:", "years_ratings"),
          "s.cell_levels", "s.development"]),
        ("kiem_tra_giam_sat", "Về công tác kiểm tra, giám sát",
         ["text.kiem_tra_giam_sat", "s.supervision"]),
        ("hoc_tap_lam_theo_bac", "Về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         ["text.hoc_tap_lam_theo_bac"]),
    ]),
    "phan_2_muc": ("roman", [
        ("cu_quy_che", "THỰC HIỆN QUY CHẾ LÀM VIỆC CỦA CHI BỘ",
         ["text.cu_quy_che", "s.committee_meetings"]),
        ("cu_lanh_dao", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA {{ lead.LEADER }}",
         ["text.cu_lanh_dao",
          ("Xếp loại chất lượng của {{ lead.members }} qua các năm:", "committee")]),
        ("cu_han_che", "NHỮNG TỒN TẠI, HẠN CHẾ", ["text.cu_han_che"]),
    ]),
    "phan_3_muc": ("roman", [
        ("p3_muc_tieu", "MỤC TIÊU, CHỈ TIÊU CHỦ YẾU",
         [("Nhiệm kỳ {{ next_term }}, chi bộ phấn đấu đạt các chỉ tiêu chủ yếu sau:",
           "next_term_targets")]),
        ("p3_nhiem_vu", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", ["group.nhiem_vu"]),
    ]),
    "nhiem_vu": _DIRECTIONS,
}


def content_value(content, ctx: dict):
    """The context value whose emptiness decides whether a content prints ("group.NAME" aside)."""
    if isinstance(content, tuple):
        content = content[1]
    if content == "manifest":
        return ctx.get("s", {}).get("manifest")
    if "." in content:
        dict_name, key = content.split(".", 1)
        return ctx.get(dict_name, {}).get(key)
    return ctx.get(content)


def number_sections(doc_name: str, ctx: dict) -> tuple[dict, dict]:
    """`show` and `num` of one document: an entry for every key of SECTIONS[doc_name] (two empty
    dicts for a document without optional headings). `ctx` needs no `show` or `num` yet; a heading
    is shown when any of its contents is non-empty, shown headings are labelled in group order."""
    groups = SECTIONS.get(doc_name, {})
    show, num, present = {}, {}, {}

    def fill(group: str) -> bool:
        if group not in present:
            style, items = groups[group]
            shown = 0
            for key, _title, contents in items:
                show[key] = any([has(c) for c in contents])  # a list: every sub-group gets filled
                shown += show[key]
                num[key] = NUMBERING[style](shown) if show[key] else ""
            present[group] = shown > 0
        return present[group]

    def has(content) -> bool:
        if isinstance(content, str) and content.startswith("group."):
            return fill(content[len("group."):])
        return bool(content_value(content, ctx))

    for group in groups:
        fill(group)
    return show, num
