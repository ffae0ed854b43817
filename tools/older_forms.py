"""The review forms of the years before 2025, to the letter of what was found (issue 22, item 7).

2019–2022: Quy định 132-QĐ/TW and Hướng dẫn 21-HD/BTCTW (18/10/2019) — one «Mẫu 02-HD KĐ.ĐG 2019»
for every member; 2023–2024: Quy định 124-QĐ/TW and Hướng dẫn 25-HD/BTCTW (10/11/2023) — «Mẫu
02A-HD KĐ.ĐG 2023» for members who are not leaders, «02B» for leaders. Neither guidance's text nor
its annexes could be found (../notes/research-22.md; searched: tnt305/tai_lieu_noi_bo's 13.985
copies, the pages and code indexes). Their outline and wording are taken from a faithful copy: a
public web application that prints both forms of the QĐ 132/QĐ 124 era (code index, print views
of «Bản kiểm điểm cá nhân» and «Báo cáo kiểm điểm tập thể»), which agrees with the two other
sources we have — ../shared/DESIGN.md's appendix (HD 21's member form ends with «Nhận xét, đánh giá
của chi ủy», «Chi bộ đề xuất xếp loại mức chất lượng», «Đảng ủy, chi ủy cơ sở xếp loại mức chất
lượng») and acchcm.vn's head of 02B-2023 (Chức vụ Đảng, chính quyền, đoàn thể; the subtitle «(Cá
nhân giữ chức lãnh đạo, quản lý)»). What the copy does not tell, said where it is used: which
edition it is (its collective item 3 names «trách nhiệm giải trình», likely 2023; the same outline
is kept for 2019), and the collective form's code (none is printed).

Member form: head; I. Ưu điểm (1. phẩm chất…, 2. chức trách, nhiệm vụ, each with «Tự đánh giá về
cấp độ thực hiện: Xuất sắc / Tốt / Trung bình / Kém»; for leaders 3.–5. with their boxes; then the
commitment item); II–VI as HD 43 later kept them; VII. Tự nhận mức xếp loại chất lượng (1. as a
civil servant, 2. as a party member); NGƯỜI TỰ KIỂM ĐIỂM; then the unit head's assessment of the
civil servant and the chi ủy's (or, without a chi ủy, the chi bộ's — the form's own «T/M CHI ỦY
(CHI BỘ)») assessment with «Chi bộ đề xuất xếp loại mức chất lượng», and the đảng ủy's level. No
score, no «A./B.» parts, no «Gửi kèm Phụ lục», no 2025 wording (tinh gọn bộ máy, chuyển đổi số,
kinh tế tư nhân). Collective form: «Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị
tại địa phương (cơ quan, đơn vị); tập thể … kiểm điểm với các nội dung chủ yếu sau:», I 1.–4. with
their boxes, II–VI, «VII. Đề nghị mức xếp loại chất lượng», «(kèm theo phiếu phân tích chất
lượng)», the signature; no appendix of the members' ratings (the review minutes and the vote
count hold them).
"""
from __future__ import annotations

from make_templates import (
    C,
    L,
    LEVELS,
    SIGN_COLS_MM,
    _forms,
    _keep_with_signature,
    _signer,
    centred,
    content,
    data_table,
    dotted,
    dotted_unless,
    form_code,
    heading,
    layout_table,
    new_document,
    para,
    party_header,
    save,
    sentence,
    signature,
    tag,
    tick_lines,
    title_block,
)

#: a level written by hand at the end of a line (left-aligned: a justified line would spread it)
BLANK = "……………………………"
#: «Tự đánh giá về cấp độ thực hiện» of the forms before 2025: four boxes on one line, ticked by hand
SELF_GRADE = "Tự đánh giá về cấp độ thực hiện:    ☐ Xuất sắc    ☐ Tốt    ☐ Trung bình    ☐ Kém"

#: the member's items of part I, word for word from the copy
MEMBER_ITEMS = (
    "1. Về phẩm chất chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề "
    "lối làm việc:",
    "2. Về thực hiện chức trách, nhiệm vụ được giao:",
)
#: the leaders' items 3.–5. (QĐ 132 and QĐ 124 for leaders), word for word from the copy
LEADER_ITEMS = (
    "3. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức "
    "độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, "
    "xây dựng đoàn kết nội bộ.",
    "4. Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám "
    "chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
    "5. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, tiêu "
    "cực, lãng phí; sự tín nhiệm của cán bộ, đảng viên.",
)
COMMITMENT = "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:"
#: the subtitles of the 2023 forms (acchcm.vn for 02B; 02A by thuvienphapluat.vn's description)
SUBTITLE_2023 = {"a": "(Cá nhân không giữ chức lãnh đạo, quản lý)",
                 "b": "(Cá nhân giữ chức lãnh đạo, quản lý)"}

#: the collective's items of part I, word for word from the copy (see the module docstring)
COLLECTIVE_ITEMS = (
    "1. Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực "
    "hiện quy chế làm việc.",
    "2. Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội, kế "
    "hoạch, chương trình công tác năm được cấp có thẩm quyền giao, phê duyệt.",
    "3. Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; trách nhiệm nêu gương; trách nhiệm "
    "giải trình; công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy "
    "lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự "
    "chuyển hoá\" trong nội bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
    "Minh; công tác kiểm tra, giám sát, kỷ luật đảng và giải quyết khiếu nại, tố cáo, kiến nghị, phản "
    "ánh của tổ chức, cá nhân.",
    "4. Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị của địa phương, "
    "tổ chức, cơ quan, đơn vị.",
)
COLLECTIVE_V = ("Về những hạn chế, khuyết điểm trong thực hiện nhiệm vụ chính trị; nguyên tắc tập "
                "trung dân chủ; các quy định, quy chế làm việc; công tác tổ chức, cán bộ; quản lý đảng "
                "viên; đổi mới phương thức lãnh đạo; các biện pháp đấu tranh phòng, chống tham nhũng, "
                "tiêu cực, lãng phí; kết quả xử lý sai phạm đối với tập thể, cá nhân...")
REMEDIED = ("III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận "
            "hoặc được chỉ ra ở các kỳ kiểm điểm trước")


def _grade(doc):
    para(doc, SELF_GRADE, italic=True, indent_mm=0, align=L)


def _item(doc, text: str, grade: bool = True, lines: int = 2):
    heading(doc, text)
    dotted(doc, lines)
    if grade:
        _grade(doc)


def _closing_parts(doc):
    """II–VI of the member's form."""
    heading(doc, "II. Hạn chế, khuyết điểm và nguyên nhân")
    para(doc, "1. Hạn chế, khuyết điểm:", keep_next=True)
    dotted(doc, 2)
    para(doc, "2. Nguyên nhân của hạn chế, khuyết điểm.", keep_next=True)
    dotted(doc, 2)
    heading(doc, REMEDIED)
    dotted(doc, 2)
    _grade(doc)
    heading(doc, "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
    dotted(doc, 2)
    heading(doc, "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể "
                 "(nếu có)")
    dotted(doc, 2)
    heading(doc, "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
    dotted(doc, 2)


def _one_signer(doc, role: str, note: str, name: str = ""):
    _keep_with_signature(doc)
    table = layout_table(doc, SIGN_COLS_MM)
    _signer(table.cell(0, 1), role, None, name, note=note)


def mau_02(variant: str, edition: str):
    """The member's form of `edition` ("2019": the one Mẫu 02; "2023": 02A or 02B)."""
    code = f"02{variant.upper()}"
    doc = new_document(f"Mẫu {code} - Bản kiểm điểm cá nhân")
    form_code(doc, _forms(edition).label(code))
    party_header(doc, number=False)
    title_block(doc, "BẢN KIỂM ĐIỂM CÁ NHÂN", ["Năm {{ year }}"],
                subtitle=SUBTITLE_2023.get(variant) if edition == "2023" else None)
    for line in ("Họ và tên: {{ mb.name }}          Ngày sinh: {{ mb.dob }}",
                 "Chức vụ Đảng: {{ mb.party_post }}", "Chức vụ chính quyền: {{ mb.post }}",
                 "Chức vụ đoàn thể: ……………………………………", "Đơn vị công tác: {{ mb.unit }}"):
        para(doc, line, indent_mm=0)
    para(doc, "Chi bộ: {{ mb.cell }}", indent_mm=0, after=12)

    heading(doc, "I. Ưu điểm, kết quả đạt được")
    for item in MEMBER_ITEMS:
        _item(doc, item)
    # leaders review three further items; the one 2019 form asks them of leaders only, and the
    # commitment item is numbered after them
    leaders = "mb.leader" if edition == "2019" else ("true" if variant == "b" else "false")
    if leaders != "false":
        tag(doc, f"if {leaders}")
        for item in LEADER_ITEMS:
            _item(doc, item)
        heading(doc, "6. " + COMMITMENT)
        if leaders != "true":
            tag(doc, "else")
            heading(doc, "3. " + COMMITMENT)
        tag(doc, "endif")
    else:
        heading(doc, "3. " + COMMITMENT)
    dotted(doc, 2)
    _closing_parts(doc)

    heading(doc, "VII. Tự nhận mức xếp loại chất lượng")
    tag(doc, "if mb.in_system")
    para(doc, "1. Xếp loại cán bộ, công chức, viên chức:", keep_next=True)
    for key, label in LEVELS:
        para(doc, "{{ tick_cv." + key + " }} " + label, keep_next=True)
    para(doc, "2. Xếp loại đảng viên:", keep_next=True)
    tag(doc, "else")
    para(doc, "Xếp loại đảng viên:", keep_next=True)
    tag(doc, "endif")
    tick_lines(doc, keep_next=True)
    para(doc, "", after=6, keep_next=True)
    _one_signer(doc, "NGƯỜI TỰ KIỂM ĐIỂM", "(Ký, ghi rõ họ tên)", "{{ mb.name }}")

    # what others write on the form after the member: the unit's head (for a civil servant), the
    # chi ủy or, where there is none, the chi bộ, then the đảng ủy
    tag(doc, "if mb.in_system")
    heading(doc, "Đánh giá, xếp loại chất lượng công chức, viên chức")
    para(doc, "- Nhận xét, đánh giá của người quản lý, sử dụng công chức, viên chức:", keep_next=True)
    dotted(doc, 2, keep_next=True)
    para(doc, "- Mức xếp loại chất lượng công chức, viên chức: " + BLANK, align=L, keep_next=True)
    _one_signer(doc, "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)")
    tag(doc, "endif")
    heading(doc, "Đánh giá, xếp loại chất lượng đảng viên")
    para(doc, "- Nhận xét, đánh giá của {{ lead.body }}:", keep_next=True)
    dotted(doc, 2, keep_next=True)
    para(doc, "- Chi bộ đề xuất xếp loại mức chất lượng: {% if mb.cell_level %}{{ mb.cell_level }}"
              "{% else %}" + BLANK + "{% endif %}", align=L, keep_next=True)
    _one_signer(doc, "{{ sign_for }}", "(Xác lập thời điểm, ký, ghi rõ họ tên)")
    para(doc, "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng: " + BLANK, align=L, keep_next=True)
    _one_signer(doc, "T/M ĐẢNG ỦY", "(Xác lập thời điểm, ký, ghi rõ họ tên)")
    return save(doc, _forms(edition).template(code))


def mau_01(edition: str):
    """The collective's report of `edition` ("2019" or "2023"), with chibo-xl's appendix."""
    doc = new_document("Mẫu 01 - Báo cáo kiểm điểm tập thể")
    party_header(doc)
    title_block(doc, "BÁO CÁO", ["Kiểm điểm tập thể {{ cell_name }}", "năm {{ year }}"])
    para(doc, "Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, "
              "đơn vị); tập thể {{ cell_name }} kiểm điểm với các nội dung chủ yếu sau:")
    heading(doc, "I. Ưu điểm, kết quả đạt được")
    heading(doc, COLLECTIVE_ITEMS[0])
    sentence(doc, "s.meetings")
    dotted_unless(doc, ["s.meetings"], 2)
    _grade(doc)
    heading(doc, COLLECTIVE_ITEMS[1])
    content(doc, "text.nhiem_vu_chinh_tri")
    content(doc, ("Kết quả thực hiện các chỉ tiêu năm {{ year }}:", "indicators"))
    dotted_unless(doc, ["text.nhiem_vu_chinh_tri", "indicators"], 2)
    _grade(doc)
    heading(doc, COLLECTIVE_ITEMS[2])
    built = ["text.chinh_tri_tu_tuong", "text.xay_dung_dang", "text.chinh_quyen_doan_the",
             "text.kiem_tra_giam_sat", "text.hoc_tap_lam_theo_bac", "s.development", "s.supervision",
             ("Kết quả giám sát đảng viên:", "supervision")]
    for item in built:
        content(doc, item)
    dotted_unless(doc, [item[1] if isinstance(item, tuple) else item for item in built], 2)
    _grade(doc)
    heading(doc, COLLECTIVE_ITEMS[3])
    content(doc, "text.uu_diem")
    dotted_unless(doc, ["text.uu_diem"], 2)
    _grade(doc)

    heading(doc, "II. Hạn chế, khuyết điểm và nguyên nhân")
    para(doc, "1. Hạn chế, khuyết điểm:", keep_next=True)
    content(doc, "text.han_che")
    dotted_unless(doc, ["text.han_che"], 2)
    para(doc, "2. Nguyên nhân của hạn chế, khuyết điểm.", keep_next=True)
    content(doc, "text.nguyen_nhan")
    dotted_unless(doc, ["text.nguyen_nhan"], 2)
    heading(doc, REMEDIED + " (và trong năm)")
    content(doc, "manifest")
    dotted_unless(doc, ["s.manifest"], 2)
    _grade(doc)
    heading(doc, "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
    dotted(doc, 2)
    heading(doc, "V. Trách nhiệm của tập thể, cá nhân")
    para(doc, COLLECTIVE_V, italic=True)
    dotted(doc, 2)
    heading(doc, "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
    content(doc, "text.giai_phap")
    dotted_unless(doc, ["text.giai_phap"], 2)
    heading(doc, "VII. Đề nghị mức xếp loại chất lượng")
    sentence(doc, "s.unit_basis")
    tick_lines(doc, keep_next=True)
    centred(doc, "(kèm theo phiếu phân tích chất lượng).", italic=True, keep_next=True)
    signature(doc)

    # no appendix of the members' ratings: the form names only «phiếu phân tích chất lượng»; the
    # members' results are the review minutes' and the vote count's (as issue 23 has the 2025 form)
    return save(doc, _forms(edition).template("01"))
