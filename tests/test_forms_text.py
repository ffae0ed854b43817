"""Issue 12 item 4: the forms word for word — 2025 on (Hướng dẫn 43-HD/BTCTW, 31/10/2025), and each
earlier period's own forms (Hướng dẫn 25-HD/BTCTW for 2023-2024, Hướng dẫn 21-HD/BTCTW for 2019-2022).

The published headings and items are stored here as data, copied from the published forms as quoted
in the public repository tnt305/tai_lieu_noi_bo (src/etl/dataset): Mẫu 01 def39ec53f5254b0.md,
Mẫu 02B 2268db57654c8d23.md, Mẫu 02C e1e9d8b1f2ec7c8b.md, the leaders' items of Quy định
366-QĐ/TW Điều 6 66efb764f9867500.md. Each built form must hold each of them as a paragraph, in order.

Of the earlier forms only the codes and whom each is for are published (thuvienphapluat.vn, 30/11/2023:
02A-HD KĐ.ĐG 2023 for members who are not leaders, 02B for leaders, one Mẫu 02-HD KĐ.ĐG 2019), and the
head of 02B-2023 (acchcm.vn); the rest keeps Hướng dẫn 43's text (tools/make_templates.py says why)
without any score line, since Quy định 132 and 124 have no 100-point score.
"""
import datetime as dt

import pytest
from conftest import small_data
from docx import Document

from chibo_xl.commands.build import build
from chibo_xl.workbook.blank import write_workbook

A = "A. NỘI DUNG KIỂM ĐIỂM"
A_I = "I. Ưu điểm, kết quả đạt được"
A_III = ("III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được "
         "chỉ ra ở các kỳ kiểm điểm trước")
A_IV = "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)"
A_VI = "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm"
B = "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI"
B_I = "I. Đánh giá theo các nhóm tiêu chí"
B_II = "II. Đề xuất xếp loại mức chất lượng"
ATTACH = ("(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng "
          "cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng).")

#: Mẫu 01's title and opening (…/def39ec53f5254b0.md, …/275610809ee1e911.md): «Báo cáo kiểm điểm, tự
#: đánh giá, xếp loại chất lượng của tập thể năm …»; «Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm
#: vụ chính trị tại địa phương (cơ quan, đơn vị); tập thể...... kiểm điểm …», the blanks filled
MAU_01_HEAD = [
    "BÁO CÁO", "Kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể",
    "Chi bộ Trường Tiểu học 1 năm 2026",
    "Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại Trường Tiểu học 1; tập thể Chi bộ "
    "Trường Tiểu học 1 kiểm điểm, tự đánh giá, xếp loại chất lượng với các nội dung chủ yếu sau:",
]
MAU_01 = [
    A, A_I,
    "1. Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện "
    "quy chế làm việc.",
    "2. Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội nhiệm kỳ, kế "
    "hoạch, chương trình công tác năm, được cấp có thẩm quyền giao, phê duyệt và các nhiệm vụ phát sinh, "
    "đột xuất được cấp có thẩm quyền giao.",
    "3. Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; xây dựng tổ chức bộ máy tinh gọn, hoạt "
    "động hiệu năng, hiệu lực, hiệu quả; tinh giản biên chế gắn với cải cách hành chính và chuyển đổi số; "
    "năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; "
    "công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện "
    "suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ "
    "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm soát quyền "
    "lực, phòng, chống chạy chức, chạy quyền, lợi ích nhóm; xây dựng và thực hiện cơ chế công khai, minh "
    "bạch trong công tác cán bộ; công tác kiểm tra, giám sát, kỷ luật đảng và công tác tiếp công dân, giải "
    "quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.",
    "4. Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện các chủ trương, đường lối, "
    "nghị quyết, văn bản chỉ đạo của Đảng, của cấp trên; thực hiện nhiệm vụ chính trị của địa phương, tổ "
    "chức, cơ quan, đơn vị.",
    "II. Hạn chế, khuyết điểm và nguyên nhân", "- Hạn chế, khuyết điểm.",
    "- Nguyên nhân của hạn chế, khuyết điểm.", A_III,
    "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được "
    "khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của tập thể, cá nhân có liên quan.", A_IV,
    "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của tập thể, cá nhân "
    "đối với từng vấn đề được gợi ý kiểm điểm.",
    "V. Trách nhiệm của tập thể, cá nhân",
    "Về hạn chế, khuyết điểm trong thực hiện nhiệm vụ hoặc khi có dấu hiệu vi phạm; để xảy ra những vấn đề "
    "bức xúc, phức tạp, dư luận quan tâm; có đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi "
    "phạm nguyên tắc, quy định của Đảng; biểu hiện \"lợi ích nhóm\", tham nhũng, lãng phí, tiêu cực, suy "
    "thoái, \"tự diễn biến\", \"tự chuyển hoá\"; để tập thể, cá nhân thuộc quyền quản lý bị kỷ luật, khởi "
    "tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.", A_VI, B, B_I,
    "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với tập thể được quy định tại Phụ lục 1, Quy định "
    "số 366-QĐ/TW, các tập thể tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:",
    B_II, ATTACH,
]
ATTACH_02 = ATTACH[:-1]  # Mẫu 02B prints it without the full stop

ITEM_1 = ("1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức "
          "tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác "
          "phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, “tự diễn biến”, “tự chuyển hoá”.")
ITEM_2 = ("2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong "
          "năm, gắn với hiệu quả, tiến độ, chất lượng công việc.")
ITEM_3 = "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định."
A_V_02 = "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)"
TAIL_02 = ["II. Hạn chế, khuyết điểm và nguyên nhân", "1. Hạn chế, khuyết điểm.",
           "2. Nguyên nhân của hạn chế, khuyết điểm.", A_III,
           "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa "
           "được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.", A_IV,
           "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối "
           "với từng vấn đề được gợi ý kiểm điểm.", A_V_02, A_VI, B, B_I]
LEADERS = [
    "4. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ "
    "hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc "
    "quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.",
    "5. Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói "
    "đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh "
    "lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, "
    "phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ "
    "đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về "
    "mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư "
    "nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
    "6. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, "
    "tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát "
    "dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.",
]
MAU_02A = ["Mẫu 02A-HD KĐ.ĐG 2025", A, A_I, ITEM_1, ITEM_2, ITEM_3, *LEADERS, *TAIL_02, B_II, ATTACH_02]
MAU_02B = ["Mẫu 02B-HD KĐ.ĐG 2025", A, A_I, ITEM_1, ITEM_2, ITEM_3, *TAIL_02,
           "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý "
           "được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí "
           "được cụ thể hóa như sau:", B_II, ATTACH_02]
MAU_02C = ["Mẫu 02C-HD KĐ.ĐG 2025", A, A_I, ITEM_1,
           "2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ "
           "phân công.", ITEM_3, *TAIL_02,
           "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với đảng viên không làm việc trong hệ thống chính "
           "trị được quy định tại Phụ lục 5, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu "
           "chí được cụ thể hóa như sau:", B_II]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("forms")
    data = small_data()
    members = data["Đảng viên"]
    members[0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"  # a leader: Mẫu 02A
    members[-1]["Làm việc trong hệ thống chính trị"] = "Không"  # outside the system: Mẫu 02C
    data["Thông tin chung"].update({  # the cell's own tasks, for Mẫu 01's appendix
        "Tỷ lệ nhiệm vụ chi bộ hoàn thành đúng hạn (%)": 100,
        "Tỷ lệ nhiệm vụ chi bộ hoàn thành vượt mức (%)": 35,
        "Tỷ lệ nhiệm vụ chi bộ không hoàn thành (%)": 0,
        "Chi bộ khắc phục hạn chế kỳ trước": "Đã khắc phục hết"})
    write_workbook(tmp / "so.xlsx", data)
    result = build(tmp / "so.xlsx", tmp / "out")
    assert result.ok, result.report.to_text()
    return tmp / "out"


def paragraphs(path):
    return [p.text.strip() for p in Document(str(path)).paragraphs]


def assert_in_order(path, published):
    texts = paragraphs(path)
    at = 0
    for line in published:
        assert line in texts[at:], f"{path.name}: missing or out of order: {line!r}"
        at = texts.index(line, at) + 1


def form(out, prefix):
    found = sorted(out.glob(f"Mẫu 02 - */{prefix} - *.docx"))
    assert found, f"no {prefix} form built"
    return found[0]


#: the appendix the closing line names: the results of tasks, not the members' ratings
MAU_01_APPENDIX = ["PHỤ LỤC", "Kết quả thực hiện nhiệm vụ năm 2026",
                   "(Kèm theo Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể Chi bộ "
                   "Trường Tiểu học 1 năm 2026)", "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ",
                   "2. Tiến độ, chất lượng thực hiện nhiệm vụ",
                   "Chi bộ hoàn thành 100% nhiệm vụ được giao; 100% nhiệm vụ hoàn thành đúng hạn; 35% "
                   "nhiệm vụ hoàn thành vượt mức yêu cầu.",
                   "Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước: đã khắc phục hết.",
                   "3. Sản phẩm, thành tích của tập thể và cá nhân"]


def test_mau_01_word_for_word(out):
    path = next(out.glob("Mẫu 01 - *.docx"))
    assert_in_order(path, ["Mẫu 01-HD KĐ.ĐG 2025", *MAU_01_HEAD, *MAU_01, *MAU_01_APPENDIX])
    text = "\n".join(paragraphs(path))
    assert "chất lượng tập thể" not in text and "chỉ đạo và thực hiện" not in text
    # the appendix holds the tasks' results: the indicators' table, not the members' ratings
    headers = [[c.text for c in t.rows[0].cells] for t in Document(str(path)).tables]
    assert ["STT", "Lĩnh vực", "Chỉ tiêu đề ra", "Kết quả đạt được", "Đánh giá"] in headers
    assert not [h for h in headers if "Chi bộ đề xuất xếp loại" in h or "Họ và tên" in h]
    assert "Mức xếp loại chất lượng" not in [h[0] for h in headers]


def test_02b_has_no_post_line_and_02c_gives_the_unit(out):
    lines_b, lines_c = paragraphs(form(out, "02B")), paragraphs(form(out, "02C"))
    assert not [t for t in lines_b if t.startswith("Chức vụ")]      # «Họ và tên … Đơn vị công tác»
    assert "Đơn vị công tác: Trường Tiểu học 1" in lines_b
    assert [t for t in lines_c if t.startswith("Đơn vị công tác: ")]
    assert not [t for t in lines_b + lines_c if t.startswith("Nơi cư trú")]
    assert [t for t in paragraphs(form(out, "02A")) if t.startswith("Chức vụ: ")]  # no copy of 02A


@pytest.mark.parametrize("prefix,published", [("02A", MAU_02A), ("02B", MAU_02B), ("02C", MAU_02C)])
def test_mau_02_word_for_word(out, prefix, published):
    assert_in_order(form(out, prefix), published)


def test_a_shortened_heading_would_fail(out):
    # the check itself can fail: a heading cut short is not found as a whole paragraph
    with pytest.raises(AssertionError):
        assert_in_order(form(out, "02B"), [ITEM_1.split(";")[0] + "."])


# --- the earlier periods -------------------------------------------------------------------------
SCORE_WORDS = ("/30", "/70", "/100", "Tổng điểm", "chấm điểm", "Điểm tự chấm", "366-QĐ/TW")
HEAD_2023 = ("Họ và tên: ", "Chức vụ Đảng: ", "Chức vụ chính quyền: ", "Chức vụ đoàn thể: ", "Đơn vị công tác: ",
             "Chi bộ: ")  # 02B-2023's head (acchcm.vn, lawnet.vn), used by every earlier form
# The forms before 2025 as a faithful copy prints them (tools/older_forms.py; issue 22, item 7):
# no «A./B.» parts, «Tự đánh giá về cấp độ thực hiện» under the items, «VII. Tự nhận mức xếp loại
# chất lượng», then the unit head's, the chi ủy's (chi bộ's) and the đảng ủy's assessments
OLD_ITEM_1 = ("1. Về phẩm chất chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác "
              "phong, lề lối làm việc:")
OLD_ITEM_2 = "2. Về thực hiện chức trách, nhiệm vụ được giao:"
OLD_GRADE = "Tự đánh giá về cấp độ thực hiện:    ☐ Xuất sắc    ☐ Tốt    ☐ Trung bình    ☐ Kém"
OLD_LEADERS = [
    "3. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ "
    "hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây "
    "dựng đoàn kết nội bộ.",
    "4. Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu "
    "trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
    "5. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, tiêu cực, "
    "lãng phí; sự tín nhiệm của cán bộ, đảng viên.",
    "6. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:"]
OLD_COMMITMENT = "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:"
OLD_TAIL = ["II. Hạn chế, khuyết điểm và nguyên nhân", "1. Hạn chế, khuyết điểm:",
            "2. Nguyên nhân của hạn chế, khuyết điểm.", A_III, OLD_GRADE, A_IV, A_V_02, A_VI,
            "VII. Tự nhận mức xếp loại chất lượng", "Đánh giá, xếp loại chất lượng đảng viên",
            "- Nhận xét, đánh giá của chi bộ:",
            "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng: ……………………………"]
MAU_02A_2023 = ["Mẫu 02A-HD KĐ.ĐG 2023", "BẢN KIỂM ĐIỂM CÁ NHÂN", "(Cá nhân không giữ chức lãnh đạo, quản lý)",
                A_I, OLD_ITEM_1, OLD_GRADE, OLD_ITEM_2, OLD_GRADE, OLD_COMMITMENT, *OLD_TAIL]
MAU_02B_2023 = ["Mẫu 02B-HD KĐ.ĐG 2023", "BẢN KIỂM ĐIỂM CÁ NHÂN", "(Cá nhân giữ chức lãnh đạo, quản lý)",
                A_I, OLD_ITEM_1, OLD_GRADE, OLD_ITEM_2, OLD_GRADE, *OLD_LEADERS, *OLD_TAIL]
MAU_02_2019 = ["Mẫu 02-HD KĐ.ĐG 2019", "BẢN KIỂM ĐIỂM CÁ NHÂN", A_I, OLD_ITEM_1, OLD_GRADE, OLD_ITEM_2,
               OLD_GRADE, *OLD_TAIL]
MAU_01_OLD = [
    "Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, đơn vị); tập "
    "thể Chi bộ Trường Tiểu học 1 kiểm điểm với các nội dung chủ yếu sau:", A_I,
    "1. Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện "
    "quy chế làm việc.", OLD_GRADE,
    "4. Trách nhiệm của tập thể lãnh đạo, quản lý trong thực hiện nhiệm vụ chính trị của địa phương, tổ "
    "chức, cơ quan, đơn vị.", OLD_GRADE, "II. Hạn chế, khuyết điểm và nguyên nhân",
    A_III + " (và trong năm)", A_IV, "V. Trách nhiệm của tập thể, cá nhân", A_VI,
    "VII. Đề nghị mức xếp loại chất lượng", "(kèm theo phiếu phân tích chất lượng)."]
#: what only the 2025 forms print
NEWER_WORDS = ("NỘI DUNG KIỂM ĐIỂM", "NỘI DUNG TỰ ĐÁNH GIÁ", "nhóm tiêu chí", "Gửi kèm Phụ lục",
               "chuyển đổi số", "tinh gọn", "kinh tế tư nhân")


def _year(data, year):
    """The small book moved to `year`: no scores (none before Quy định 366), its dates in that year."""
    for r in data["Xếp loại"]:
        r["Điểm tiêu chí chung (/30)"] = r["Điểm kết quả nhiệm vụ (/70)"] = None
    data["Thông tin chung"].update({"Năm đánh giá": year, "Ngày họp kiểm điểm": dt.date(year, 12, 3),
                                    "Ngày ký mặc định": dt.date(year, 12, 5)})
    data["Văn bản"][0]["Ngày ký"] = dt.date(year, 12, 5)
    data["Sinh hoạt"], data["Kế hoạch tháng"] = [], []
    members = data["Đảng viên"]
    members[5].update({"Ngày vào Đảng": dt.date(year, 3, 1), "Ngày chính thức": None, "Loại đảng viên": "Dự bị"})
    members[0]["Giữ chức vụ lãnh đạo, quản lý"] = "Có"
    members[-1]["Làm việc trong hệ thống chính trị"] = "Không"
    return data


@pytest.fixture(scope="module", params=[2022, 2024])
def earlier(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"forms{request.param}")
    write_workbook(tmp / "so.xlsx", _year(small_data(), request.param))
    result = build(tmp / "so.xlsx", tmp / "out")
    assert result.ok, result.report.to_text()
    return request.param, tmp / "out"


def _codes(out):
    return sorted({f.name.split(" - ")[0] for f in out.glob("Mẫu 02 - */*.docx")})


def test_each_period_gives_its_own_form_codes(earlier):
    year, out = earlier
    # 2019-2022: one Mẫu 02 for every member; 2023-2024: 02B leaders, 02A the others (also outside)
    assert _codes(out) == (["02"] if year <= 2022 else ["02A", "02B"])
    if year > 2022:
        leader = small_data()["Đảng viên"][0]["Họ và tên"]
        assert [f.name for f in out.glob("Mẫu 02 - */02B - *.docx")] == [f"02B - {leader}.docx"]


def test_earlier_forms_hold_their_period_text_and_no_score_line(earlier):
    year, out = earlier
    forms = sorted(out.glob("Mẫu 02 - */0*.docx"))
    assert forms
    for path in forms:
        code = path.name.split(" - ")[0]
        published = {"02": MAU_02_2019, "02A": MAU_02A_2023, "02B": MAU_02B_2023}[code]
        assert_in_order(path, published)
        texts = paragraphs(path)
        assert not [t for t in texts if any(w in t for w in SCORE_WORDS + NEWER_WORDS)], path.name
        assert "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN" not in texts
        if code == "02A":
            assert not set(OLD_LEADERS[:3]) & set(texts)       # members who are not leaders
        head = [t for t in texts if t.startswith(HEAD_2023)]
        assert [next(p for p in HEAD_2023 if t.startswith(p)) for t in head] == list(HEAD_2023), path.name


def test_a_member_outside_the_system_is_not_given_the_school_as_unit(earlier):
    # before 2025 there is no 02C: the retired member gets the members' form, with no workplace
    _, out = earlier
    data = small_data()
    outside, inside = data["Đảng viên"][-1]["Họ và tên"], data["Đảng viên"][1]["Họ và tên"]
    school = data["Thông tin chung"]["Tên đơn vị (trường)"]

    def unit_line(name):
        path = next(out.glob(f"Mẫu 02 - */* - {name}.docx"))
        return next(t for t in paragraphs(path) if t.startswith("Đơn vị công tác:"))
    assert school not in unit_line(outside) and unit_line(outside).endswith("…")
    assert unit_line(inside) == f"Đơn vị công tác: {school}"


def test_the_one_2019_form_has_the_leaders_items_for_leaders_only(earlier):
    year, out = earlier
    if year > 2022:
        pytest.skip("2023-2024 have a leaders' form of their own")
    members = small_data()["Đảng viên"]
    assert_in_order(out / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2022" / f"02 - {members[0]['Họ và tên']}.docx",
                    [OLD_ITEM_2, *OLD_LEADERS])
    other = paragraphs(
        out / "Mẫu 02 - Bản kiểm điểm cá nhân năm 2022" / f"02 - {members[1]['Họ và tên']}.docx")
    assert not set(OLD_LEADERS) & set(other) and OLD_COMMITMENT in other


def test_earlier_mau_01_has_no_score_line(earlier):
    _, out = earlier
    path = next(out.glob("Mẫu 01 - *.docx"))
    assert_in_order(path, MAU_01_OLD)
    texts = paragraphs(path)
    assert not [t for t in texts if any(w in t for w in SCORE_WORDS + NEWER_WORDS)]
    assert not [t for t in texts if t.startswith("Mẫu 01-HD")]  # its code is nowhere quoted
    headers = [c.text for t in Document(str(path)).tables for c in t.rows[0].cells]
    assert "Điểm tự chấm" not in headers and "Kết quả đạt được" in headers  # the tasks appendix
