"""Issue 12 item 4: the 2025 forms word for word (Hướng dẫn 43-HD/BTCTW, 31/10/2025).

The published headings and items are stored here as data, copied from the published forms as quoted
in the public repository tnt305/tai_lieu_noi_bo (src/etl/dataset): Mẫu 01 def39ec53f5254b0.md,
Mẫu 02B 2268db57654c8d23.md, Mẫu 02C e1e9d8b1f2ec7c8b.md, the leaders' items of Quy định
366-QĐ/TW Điều 6 66efb764f9867500.md. Each built form must hold each of them as a paragraph, in order.
"""
import pytest
from docx import Document

from chibo_xl.blank import write_workbook
from chibo_xl.build import build
from conftest import small_data

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
    "II. Hạn chế, khuyết điểm và nguyên nhân", A_III, A_IV,
    "V. Trách nhiệm của tập thể, cá nhân", A_VI, B, B_I,
    "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với tập thể được quy định tại Phụ lục 1, Quy định "
    "số 366-QĐ/TW, các tập thể tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:",
    B_II, ATTACH,
]

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
MAU_02A = [A, A_I, ITEM_1, ITEM_2, ITEM_3, *LEADERS, *TAIL_02, B_II]
MAU_02B = [A, A_I, ITEM_1, ITEM_2, ITEM_3, *TAIL_02,
           "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý "
           "được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí "
           "được cụ thể hóa như sau:", B_II]
MAU_02C = [A, A_I, ITEM_1,
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


def test_mau_01_word_for_word(out):
    assert_in_order(next(out.glob("Mẫu 01 - *.docx")), MAU_01)


@pytest.mark.parametrize("prefix,published", [("02A", MAU_02A), ("02B", MAU_02B), ("02C", MAU_02C)])
def test_mau_02_word_for_word(out, prefix, published):
    assert_in_order(form(out, prefix), published)


def test_a_shortened_heading_would_fail(out):
    # the check itself can fail: a heading cut short is not found as a whole paragraph
    with pytest.raises(AssertionError):
        assert_in_order(form(out, "02B"), [ITEM_1.split(";")[0] + "."])
