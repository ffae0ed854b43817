"""Realistic sample contexts for the Word templates, and a renderer that checks them.

    python tools/sample_context.py      # renders every template to /tmp/tpl_out/NAME.docx

Each context holds only the common variables plus those docs/template-context.md lists for that
document, so a template asking for anything else is caught. The check is two-fold: docxtpl's
get_undeclared_template_variables() for top-level names, and a render with StrictUndefined for keys
inside dicts (`s.ratings`, `mt.rate`, ...). A paragraph containing `R&D <khối> {{ 7*7 }}` proves that
values are escaped and never evaluated. With --minimal the narrative and optional lists are emptied too
(to /tmp/tpl_out/minimal/), which exercises the absent headings (reports) and the dotted lines (forms,
minutes). With --sparse only some sections are emptied (to /tmp/tpl_out/sparse/), which exercises the
renumbering: "Thuận lợi" and part III of the reports, the plan's targets and the new term's targets are
absent, so "1. Khó khăn", "III. BÀI HỌC KINH NGHIỆM", "I. NHIỆM VỤ VÀ GIẢI PHÁP" follow.

All names, places and figures are invented.
"""
from __future__ import annotations

import copy
import re
import sys
import zipfile
from pathlib import Path

import jinja2
import jinja2.sandbox
from docxtpl import DocxTemplate

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from make_templates import LEVELS, all_builders  # noqa: E402

from chibo_xl.documents.sections import number_sections  # noqa: E402

TEMPLATES = HERE.parent / "report_templates"
OUT = Path("/tmp/tpl_out")
ESCAPE_PROBE = "R&D <khối> {{ 7*7 }}"

HTXS, HTT, HT, KHT = (label for _key, label in LEVELS)

# ---------------------------------------------------------------------------------------------
# The invented cell: 15 members, 14 rated (one admitted in September is not rated this year).
# ---------------------------------------------------------------------------------------------
MEMBERS = [  # name, post, score, self level, cell level, note
    ("Nguyễn Thị Hằng Nga", "Bí thư, Hiệu trưởng", "93", HTXS, HTXS, ""),
    ("Trần Văn Bình", "Phó Bí thư, Phó Hiệu trưởng", "91", HTXS, HTXS, ""),
    ("Lê Thị Thu Hà", "Chi ủy viên, Tổ trưởng", "86", HTT, HTT, ""),
    ("Phạm Văn Dũng", "Giáo viên", "84", HTT, HTT, ""),
    ("Đỗ Thị Mai", "Giáo viên", "83", HTT, HTT, ""),
    ("Hoàng Thị Lan", "Giáo viên", "82", HTT, HTT, ""),
    ("Vũ Thị Hồng", "Giáo viên", "81", HTT, HTT, ""),
    ("Bùi Văn Khánh", "Tổng phụ trách Đội", "80", HTT, HTT, ""),
    ("Đặng Thị Ngọc Ánh", "Giáo viên", "80", HTT, HTT, ""),
    ("Ngô Thị Phương", "Giáo viên", "79", HTT, HTT, ""),
    ("Dương Thị Yến", "Kế toán", "78", HTT, HTT, ""),
    ("Trần Thị Minh Thư", "Giáo viên", "76", HTT, HTT, ""),
    ("Lý Văn Sơn", "Giáo viên", "75", HTT, HTT, ""),
    ("Mai Thị Hoa", "Giáo viên", "65", HT, HT, "Nghỉ thai sản 04 tháng"),
]

BASE = {
    "hdr_superior": "ĐẢNG BỘ XÃ ĐỊNH AN",
    "hdr_cell": "CHI BỘ TRƯỜNG TIỂU HỌC 1",
    "doc_number": "Số 12-BC/CB",
    "date_line": "Định An, ngày 05 tháng 01 năm 2027",
    "sign_for": "T/M CHI ỦY",
    "has_committee": True,
    "lead": {"body": "chi ủy", "Body": "Chi ủy", "TEAM": "TẬP THỂ CHI ỦY", "LEADER": "CHI ỦY",
             "members": "các đồng chí chi ủy viên", "Members": "Các đồng chí chi ủy viên",
             "on_behalf": " thay mặt chi ủy", "directs": "Chi ủy lãnh đạo, chỉ đạo, đôn đốc"},
    "sign_title": "BÍ THƯ",
    "sign_name": "Nguyễn Thị Hằng Nga",
    "recipients": ["- Đảng ủy xã Định An (để báo cáo);", "- Đảng viên trong chi bộ;", "- Lưu Chi bộ."],
    "year": "2026", "next_year": "2027", "prev_year": "2025",
    "cell_name": "Chi bộ Trường Tiểu học 1",
    "school": "Trường Tiểu học 1",
    "superior": "Đảng bộ xã Định An",
    "place": "Định An",
    "term": "2025-2030", "next_term": "2030-2035",
}

TEXT = {
    "can_cu": [
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học 1 nhiệm kỳ 2025-2030;",
        "Căn cứ Kế hoạch số 05-KH/ĐU ngày 08/01/2026 của Đảng ủy xã Định An về nhiệm vụ trọng tâm năm 2026;",
    ],
    "thuan_loi": [
        "Chi bộ luôn nhận được sự quan tâm, lãnh đạo, chỉ đạo sát sao của Đảng ủy xã Định An; sự phối hợp "
        "chặt chẽ của chính quyền địa phương và cha mẹ học sinh.",
        "Đội ngũ đảng viên có lập trường chính trị vững vàng, đạt chuẩn và trên chuẩn về chuyên môn, nhiệt "
        "tình, trách nhiệm trong công tác.",
    ],
    "kho_khan": [
        "Cơ sở vật chất của nhà trường chưa đáp ứng đầy đủ yêu cầu dạy học 2 buổi/ngày; còn thiếu 02 phòng "
        "học bộ môn.",
    ],
    "chinh_tri_tu_tuong": [
        "Chi ủy làm tốt công tác tuyên truyền, giáo dục chính trị tư tưởng cho đảng viên; tổ chức học tập, "
        "quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng, chính sách, pháp luật của Nhà nước. Nắm bắt kịp "
        "thời tình hình tư tưởng của cán bộ, đảng viên và quần chúng.",
    ],
    "nhiem_vu_chinh_tri": [
        "Chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học 2025-2026 và triển khai nhiệm vụ năm "
        "học 2026-2027 với những chỉ tiêu sát thực tế. Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%; duy "
        "trì sĩ số 100%.",
        "Câu lạc bộ “" + ESCAPE_PROBE + "” của học sinh khối 5 hoạt động đều đặn hằng tuần (tên câu lạc "
        "bộ được ghi nguyên văn như trong sổ).",
    ],
    "chinh_quyen_doan_the": [
        "Chi bộ lãnh đạo Công đoàn, Chi đoàn, Liên đội hoạt động đúng chức năng, nhiệm vụ; Công đoàn đạt "
        "vững mạnh, Liên đội đạt Liên đội mạnh cấp huyện.",
    ],
    "xay_dung_dang": [
        "Chi ủy làm việc theo đúng quy chế; sinh hoạt chi bộ đúng định kỳ, nội dung thiết thực, phát huy dân "
        "chủ trong thảo luận, tự phê bình và phê bình.",
    ],
    "kiem_tra_giam_sat": [],  # shown anyway: the supervision sentence prints under its heading
    "hoc_tap_lam_theo_bac": [
        "Đảng viên đăng ký và thực hiện cam kết học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
        "Minh gắn với chuẩn mực đạo đức nhà giáo; duy trì mô hình “Kể chuyện Bác Hồ dưới cờ”.",
    ],
    "uu_diem": [
        "Năm 2026, tập thể chi ủy phối hợp tốt, phân công rõ người, rõ việc; chi bộ lãnh đạo các hoạt động "
        "của nhà trường đạt hiệu quả trên mọi mặt, hoàn thành và vượt phần lớn các chỉ tiêu đề ra.",
    ],
    "han_che": [
        "Trong tự phê bình và phê bình, một số đảng viên còn nể nang, ngại va chạm.",
        "Công tác phát triển đảng viên chưa đạt chỉ tiêu đề ra.",
    ],
    "nguyen_nhan": [
        "Chi ủy đôi lúc chưa kiên quyết trong chỉ đạo khắc phục hạn chế; nguồn quần chúng ưu tú còn ít.",
    ],
    "bai_hoc": [
        "Một là: Chi ủy phải bám sát chủ trương của cấp trên và tình hình thực tế của nhà trường.",
        "Hai là: Phát huy tinh thần đoàn kết, vai trò nêu gương của đảng viên, nhất là người đứng đầu.",
    ],
    "pt_chinh_tri_tu_tuong": [
        "Tiếp tục quán triệt kịp thời các nghị quyết của Đảng đến từng đảng viên; tổ chức 02 chuyên đề sinh "
        "hoạt chi bộ trong năm.",
    ],
    "pt_nhiem_vu_chinh_tri": [
        "Lãnh đạo nhà trường thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; duy trì trường đạt "
        "chuẩn quốc gia mức độ 2.",
    ],
    "pt_chinh_quyen_doan_the": [
        "Lãnh đạo Công đoàn, Chi đoàn, Liên đội hoạt động đúng điều lệ, đạt vững mạnh.",
    ],
    "pt_xay_dung_dang": [
        "Nâng cao chất lượng sinh hoạt chi bộ; giám sát 05 đảng viên; phấn đấu kết nạp 01 đảng viên mới.",
    ],
    "giai_phap": [
        "Tăng cường sự lãnh đạo của chi ủy; phân công đảng viên phụ trách từng nhiệm vụ, kiểm tra, đôn đốc "
        "thường xuyên; khen thưởng kịp thời tập thể, cá nhân có thành tích.",
    ],
}

S = {
    "members_profile": "Chi bộ có 15 đảng viên (14 chính thức, 01 dự bị); 13 nữ; 02 dân tộc thiểu số; "
                       "trình độ chuyên môn: 02 thạc sĩ, 13 đại học; lý luận chính trị: 03 trung cấp.",
    "movement": "Đầu năm 2026 chi bộ có 15 đảng viên; trong năm kết nạp mới 01, chuyển đến 01, chuyển đi 01, "
                "nghỉ hưu 01; cuối năm có 15 đảng viên.",
    "residence": "15/15 đảng viên được đánh giá nơi cư trú loại tốt.",
    "ratings": "13/14 đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên (đạt 92,9%), trong đó 02 đồng chí "
               "hoàn thành xuất sắc nhiệm vụ.",
    "commend": "02 đảng viên được đề nghị khen thưởng.",
    "cell_level": "Năm 2026, chi bộ được Đảng ủy xã Định An xếp loại «Hoàn thành tốt nhiệm vụ».",
    "manifest": "Qua kiểm điểm theo Nghị quyết Trung ương 4, tập thể chi bộ xác định 05 biểu hiện; đến cuối "
                "năm 2026 đã khắc phục 02, còn 03 biểu hiện:",
    "meetings": "Chi bộ tổ chức 12 buổi sinh hoạt thường kỳ, trong đó 04 buổi sinh hoạt chuyên đề; tỷ lệ đảng "
                "viên dự sinh hoạt bình quân đạt 96,4%.",
    "supervision": "Chi bộ giám sát 05 đảng viên (33,3%).",
    "unit_level": "Trường Tiểu học 1 được xếp loại chất lượng năm 2026: Hoàn thành tốt nhiệm vụ.",
    "unit_basis": "Căn cứ kết quả xếp loại chất lượng năm 2026 của trường Tiểu học 1: Hoàn thành tốt "
                  "nhiệm vụ.",
    "development": "Trong năm, chi bộ kết nạp 01 đảng viên mới; giới thiệu 02 quần chúng ưu tú học lớp bồi "
                   "dưỡng nhận thức về Đảng.",
    "probation": "Đảng viên dự bị đến hạn xét chuyển chính thức: đồng chí Dương Thị Yến (15/09/2026).",
    "badges": "Đảng viên đủ tuổi Đảng nhận Huy hiệu Đảng: đồng chí Nguyễn Thị Hằng Nga (30 năm).",
    "fees": "Thu đảng phí đầy đủ, đúng quy định: tổng thu 8.640.000 đồng, trích giữ lại 2.592.000 đồng, nộp "
            "cấp trên 6.048.000 đồng.",
    "not_rated": "01 đảng viên kết nạp chưa đủ 06 tháng tính đến ngày họp nên chưa đánh giá, xếp loại.",
    "cap": "Số đảng viên hoàn thành xuất sắc nhiệm vụ (02 đồng chí) không vượt quá 20% số đảng viên hoàn "
           "thành tốt nhiệm vụ (11 đồng chí).",
}

INDICATORS = [
    {"stt": "1", "area": "Giáo dục", "name": "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "target": "100%",
     "result": "100%", "verdict": "Đạt chỉ tiêu"},
    {"stt": "2", "area": "Giáo dục", "name": "Học sinh hoàn thành chương trình lớp học", "target": "99,5%",
     "result": "99,7%", "verdict": "Vượt chỉ tiêu"},
    {"stt": "3", "area": "Giáo dục", "name": "Học sinh tham gia bảo hiểm y tế", "target": "100%",
     "result": "97,6%", "verdict": "Chưa đạt chỉ tiêu"},
    {"stt": "4", "area": "Xây dựng Đảng", "name": "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
     "target": "100%", "result": "92,9%", "verdict": "Chưa đạt chỉ tiêu"},
    {"stt": "5", "area": "Xây dựng Đảng", "name": "Kết nạp đảng viên mới", "target": "02 đồng chí",
     "result": "01 đồng chí", "verdict": "Chưa đạt chỉ tiêu"},
]
TARGETS = [
    {"stt": "1", "area": "Giáo dục", "name": "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "target": "100%"},
    {"stt": "2", "area": "Giáo dục", "name": "Học sinh hoàn thành chương trình lớp học", "target": "99,5%"},
    {"stt": "3", "area": "Xây dựng Đảng", "name": "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
     "target": "100%"},
    {"stt": "4", "area": "Xây dựng Đảng", "name": "Kết nạp đảng viên mới", "target": "02 đồng chí"},
]
NEXT_TARGETS = [
    {"stt": "1", "area": "Giáo dục", "name": "Học sinh hoàn thành chương trình lớp học", "target": "99,6%"},
    {"stt": "2", "area": "Giáo dục", "name": "Học sinh tham gia bảo hiểm y tế", "target": "100%"},
    {"stt": "3", "area": "Xây dựng Đảng",
     "name": "Đảng viên hoàn thành xuất sắc nhiệm vụ (tỷ lệ trên số đảng viên được xếp loại)",
     "target": "15%-20%"},
    {"stt": "4", "area": "Xây dựng Đảng", "name": "Kết nạp đảng viên mới", "target": "01 đồng chí"},
]
ACHIEVEMENTS = [
    {"stt": "1", "subject": "Tập thể", "name": "Trường Tiểu học 1", "title": "Tập thể lao động tiên tiến",
     "level": "Huyện", "count": "01"},
    {"stt": "2", "subject": "Tập thể", "name": "Liên đội Trường Tiểu học 1", "title": "Liên đội mạnh",
     "level": "Huyện", "count": "01"},
    {"stt": "3", "subject": "Cá nhân", "name": "Giáo viên", "title": "Chiến sĩ thi đua cơ sở",
     "level": "Huyện", "count": "03"},
    {"stt": "4", "subject": "Cá nhân", "name": "Học sinh", "title": "Giải Hội thi Trạng nguyên Tiếng Việt",
     "level": "Tỉnh", "count": "05"},
]
MONTHS = [
    {"month": "Tháng 1", "activities": "Sơ kết học kỳ I\nTriển khai kế hoạch năm 2026", "owner": "Chi ủy"},
    {"month": "Tháng 2", "activities": "Tổ chức cho cán bộ, giáo viên đón Tết an toàn, tiết kiệm",
     "owner": "Đ/c Bình"},
    {"month": "Tháng 3", "activities": "Sinh hoạt chuyên đề quý I\nTọa đàm ngày Quốc tế Phụ nữ 08/3",
     "owner": "Đ/c Nga\nĐ/c Hà"},
    {"month": "Tháng 4", "activities": "Kiểm tra nội bộ trường học\nRa mắt câu lạc bộ “" + ESCAPE_PROBE + "”",
     "owner": "Đ/c Bình"},
    {"month": "Tháng 5", "activities": "Tổng kết năm học 2025-2026\nXét thi đua, khen thưởng",
     "owner": "Chi ủy"},
    {"month": "Tháng 6", "activities": "Sơ kết công tác đảng 6 tháng đầu năm\nSinh hoạt chuyên đề quý II",
     "owner": "Đ/c Nga"},
    {"month": "Tháng 7", "activities": "Chuẩn bị cơ sở vật chất cho năm học mới", "owner": "Đ/c Bình"},
    {"month": "Tháng 8", "activities": "Điều tra phổ cập, vận động trẻ ra lớp", "owner": "Đ/c Hà"},
    {"month": "Tháng 9", "activities": "Khai giảng năm học 2026-2027\nSinh hoạt chuyên đề quý III",
     "owner": "Chi ủy"},
    {"month": "Tháng 10", "activities": "Xét chọn quần chúng ưu tú đi học lớp nhận thức về Đảng",
     "owner": "Đ/c Nga"},
    {"month": "Tháng 11", "activities": "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "owner": "Đ/c Khánh"},
    {"month": "Tháng 12", "activities": "Kiểm điểm, đánh giá, xếp loại chất lượng năm 2026\nSinh hoạt "
                                        "chuyên đề quý IV", "owner": "Chi ủy"},
]


def _ratings():
    return [{"stt": str(i), "name": n, "post": p, "score": sc, "self_level": sl, "cell_level": cl, "note": no}
            for i, (n, p, sc, sl, cl, no) in enumerate(MEMBERS, 1)]


def _votes():
    """Votes of the 14 members present; each member's result is the level with a majority."""
    rows = []
    for i, (name, _post, _score, _self, level, _note) in enumerate(MEMBERS, 1):
        counts = {HTXS: [12, 2, 0, 0], HTT: [1, 12, 1, 0], HT: [0, 2, 12, 0]}[level]
        row = {"stt": str(i), "name": name, "result": level}
        for prefix, n in zip("xthk", counts):
            row[f"{prefix}_n"] = f"{n:02d}"
            pct = round(n * 100 / 14, 1)
            row[f"{prefix}_pct"] = f"{pct:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"
        rows.append(row)
    return rows


def _tick(level: str) -> dict:
    return {key: "☒" if label == level else "☐" for key, label in LEVELS}


FULL = {
    **BASE,
    "text": TEXT,
    "s": S,
    "manifest_left": ["Trong tự phê bình và phê bình còn nể nang, né tránh.",
                      "Ít nghiên cứu chủ trương của Đảng, pháp luật của Nhà nước.",
                      "Kiểm tra, đôn đốc chưa thường xuyên."],
    "indicators": INDICATORS,
    "next_targets": NEXT_TARGETS,
    "targets": TARGETS,
    "achievements": ACHIEVEMENTS,
    "months": MONTHS,
    "ratings": _ratings(),
    "dist": [
        {"level": HTXS, "count": "02", "pct": "14,3%"},
        {"level": HTT, "count": "11", "pct": "78,6%"},
        {"level": HT, "count": "01", "pct": "7,1%"},
        {"level": KHT, "count": "00", "pct": "0%"},
        {"level": "Tổng cộng", "count": "14", "pct": "100%"},
    ],
    "commend": [{"stt": "1", "name": "Nguyễn Thị Hằng Nga", "proposal": "Đảng viên hoàn thành xuất sắc nhiệm "
                                                                     "vụ 5 năm liền"},
                {"stt": "2", "name": "Trần Văn Bình", "proposal": "Giấy khen của Đảng ủy xã"}],
    "ballot": [{"stt": r["stt"], "name": r["name"], "self_level": r["self_level"]} for r in _ratings()],
    "votes": _votes(),
    "cell_score": {"common": "27", "task": "64", "total": "91"},
    "cell_tasks": ["Chi bộ hoàn thành 100% nhiệm vụ được giao, 100% đúng hạn; 35% nhiệm vụ hoàn thành "
                   "vượt mức yêu cầu.",
                   "Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước: đã khắc phục hết."],
    "cell_level": HTXS,
    "tick": _tick(HTXS),
    "meeting_date": "ngày 03 tháng 12 năm 2026",
    "kp": {"called": "15", "present": "14", "absent": "01", "issued": "14", "returned": "14", "valid": "14",
           "invalid": "00",
           "committee": ["1. Đồng chí Lê Thị Thu Hà, Chi ủy viên, Trưởng ban;",
                         "2. Đồng chí Phạm Văn Dũng, đảng viên, Ủy viên;",
                         "3. Đồng chí Đỗ Thị Mai, đảng viên, Ủy viên."],
           "head": "Lê Thị Thu Hà"},
    "m": {"total": "15", "official": "14", "probationary": "01", "committee": "03"},
    "chair": "Nguyễn Thị Hằng Nga",
    "clerk": "Trần Thị Minh Thư",
    "guests": "đồng chí Hoàng Văn Tuấn, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã Định An",
    "report_bases": ["Căn cứ Kế hoạch số 05-KH/ĐU ngày 02/01/2026 của Đảng ủy xã Định An;"],
    "supervision": [{"stt": "1", "name": "Trần Văn Bình", "form": "Chuyên đề",
                     "content": "Thực hiện nhiệm vụ được giao", "period": "Tháng 10/2026",
                     "result": "Thực hiện tốt"}],
    "plan_bases": ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                   "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học 1 nhiệm kỳ 2025-2030;",
                   "Căn cứ Kế hoạch số 05-KH/ĐU ngày 02/01/2026 của Đảng ủy xã Định An,"],
    "mt": {"date": "05/11/2026", "date_words": "ngày 05 tháng 11 năm 2026", "month": "11",
           "review_month": "10", "place": "Phòng họp Trường Tiểu học 1",
           "presenter": "Trần Văn Bình", "summary": "Những nội dung cơ bản của chuyên đề.",
           "conclusion": "Chi bộ thống nhất xây dựng kế hoạch làm theo.",
           "kind": "thường kỳ", "theme": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
                                         "trách nhiệm nêu gương của nhà giáo",
           "summoned": "15", "present": "14", "absent": "01", "absent_excused": "01", "absent_unexcused": "00",
           "absent_reasons": " (có lý do: 01; không có lý do: 00)",
           "absent_names": "Vắng có lý do: đồng chí Lê Thị Hoa (ốm).",
           "rate": "93,3%", "chair": "Nguyễn Thị Hằng Nga", "clerk": "Trần Thị Minh Thư", "quality": "Tốt",
           "next_month": "11",
           "next_activities": ["Hướng dẫn đảng viên viết bản kiểm điểm năm 2026 (đồng chí Trần Thị Minh Thư "
                               "phụ trách)",
                               "Chỉ đạo nhà trường ôn tập, kiểm tra cuối học kỳ I (Chi ủy phụ trách)",
                               "Tổ chức sinh hoạt chuyên đề quý IV (đồng chí Trần Văn Bình phụ trách)"],
           "reviewed": [{"task": "Kỷ niệm Ngày Phụ nữ Việt Nam 20/10 (đồng chí Lê Thị Hoa phụ trách)",
                         "result": "Hoàn thành"},
                        {"task": "Xét chọn quần chúng đi học lớp nhận thức về Đảng (Chi ủy phụ trách)",
                         "result": "……………"}],
           "movement": ["Kết nạp đảng viên mới: đồng chí Trần Thị Mai (ngày 15/10/2026)."],
           "movement_since": "buổi sinh hoạt ngày 06/10/2026",
           "done_here": ["thông qua kế hoạch kiểm điểm cuối năm"],
           "done_text": "thông qua kế hoạch kiểm điểm cuối năm", "monthly": True, "leads": "Chi ủy"},
}

MEMBER_FORMS = {  # mb for forms 02A (leadership), 02B, 02C
    "mau_02a": {"name": "Trần Văn Bình", "dob": "12/03/1982", "unit": "Trường Tiểu học 1",
                "cell": "Chi bộ Trường Tiểu học 1", "post": "Phó Bí thư chi bộ, Phó Hiệu trưởng",
                "score_common": "28", "score_task": "63", "score_total": "91", "self_level": HTXS},
    "mau_02b": {"name": "Đỗ Thị Mai", "dob": "25/10/1990", "unit": "Trường Tiểu học 1",
                "cell": "Chi bộ Trường Tiểu học 1", "post": "Giáo viên",
                "score_common": "27", "score_task": "56", "score_total": "83", "self_level": HTT},
    "mau_02c": {"name": "Lý Văn Sơn", "dob": "07/07/1979", "unit": "Trường Tiểu học 1",
                "cell": "Chi bộ Trường Tiểu học 1", "post": "Nhân viên bảo vệ (hợp đồng)",
                "score_common": "…", "score_task": "…", "score_total": "…", "self_level": ""},
}

# What each document uses beyond the common variables (docs/template-context.md, "Documents").
COMMON = list(BASE) + ["text", "show", "num"]
_REPORTS = ["s", "text", "show", "num", "indicators", "next_targets", "targets", "achievements", "months",
            "manifest_left", "supervision", "report_bases"]
DOC_KEYS = {
    "mau_01": ["cell_score", "cell_level", "tick", "s", "indicators", "achievements", "cell_tasks",
               "manifest_left"],
    "mau_02a": ["mb", "tick"], "mau_02b": ["mb", "tick"], "mau_02c": ["mb", "tick"],
    "phieu_bieu_quyet": ["ballot"],
    "bien_ban_kiem_phieu": ["kp", "votes", "meeting_date"],
    "bien_ban_hop_kiem_diem": ["meeting_date", "kp", "m", "chair", "clerk", "guests", "cell_level", "dist", "s",
                               "mt"],
    "bao_cao_nam": _REPORTS, "ke_hoach_nam": _REPORTS + ["plan_bases"], "bao_cao_nhiem_ky": _REPORTS,
    "bien_ban_sinh_hoat": ["mt"], "bien_ban_chuyen_de": ["mt"], "nghi_quyet_thang": ["mt"],
}
DOC_NUMBERS = {  # number and date line as each document would carry them
    "mau_01": ("Số 10-BC/CB", "Định An, ngày 03 tháng 12 năm 2026"),
    "bien_ban_kiem_phieu": ("Số 08-BB/CB", "Định An, ngày 03 tháng 12 năm 2026"),
    "bien_ban_hop_kiem_diem": ("Số      -BB/CB", "Định An, ngày 03 tháng 12 năm 2026"),
    "ke_hoach_nam": ("Số 01-KH/CB", "Định An, ngày 10 tháng 01 năm 2026"),
    "bao_cao_nhiem_ky": ("Số 15-BC/CB", "Định An, ngày 20 tháng 6 năm 2030"),
    "bien_ban_sinh_hoat": ("Số 11-BB/CB", "Định An, ngày 05 tháng 11 năm 2026"),
    "nghi_quyet_thang": ("Số 11-NQ/CB", "Định An, ngày 05 tháng 11 năm 2026"),
    "phieu_bieu_quyet": ("", "Định An, ngày 03 tháng 12 năm 2026"),
}


SPARSE_EMPTY = {  # --sparse: what is emptied
    "text": ["thuan_loi", "chinh_tri_tu_tuong", "uu_diem", "han_che", "nguyen_nhan",
             "pt_chinh_tri_tu_tuong"],
    "s": ["residence", "manifest"],
    "lists": ["manifest_left", "targets", "next_targets"],
}


def sample_context(doc_name: str, minimal: bool = False, sparse: bool = False) -> dict:
    """A realistic context for one template; `minimal` empties the narrative and optional lists,
    `sparse` only those of SPARSE_EMPTY."""
    full = copy.deepcopy(FULL)
    if sparse:
        for key in SPARSE_EMPTY["text"]:
            full["text"][key] = []
        for key in SPARSE_EMPTY["s"]:
            full["s"][key] = ""
        for key in SPARSE_EMPTY["lists"]:
            full[key] = []
    if minimal:
        full["text"] = {key: [] for key in full["text"]}
        full["s"] = {key: "" for key in full["s"]}
        for key in ("manifest_left", "indicators", "next_targets", "targets", "achievements", "commend",
                    "cell_tasks"):
            full[key] = []
        full["guests"] = ""
        full["mt"]["theme"], full["mt"]["next_activities"] = "", []
        full["mt"].update(reviewed=[], movement=[], done_here=[], done_text="", monthly=False,
                          absent_names="")
        for key in ("place", "presenter", "summary", "conclusion", "clerk", "quality"):
            full["mt"][key] = ""
    if doc_name in MEMBER_FORMS:
        full["mb"] = MEMBER_FORMS[doc_name]
        full["tick"] = _tick(full["mb"]["self_level"])
    if doc_name in ("bien_ban_sinh_hoat", "bien_ban_chuyen_de", "nghi_quyet_thang"):
        full["sign_for"], full["sign_title"] = "T/M CHI BỘ", "BÍ THƯ"
    number, date_line = DOC_NUMBERS.get(doc_name, (full["doc_number"], full["date_line"]))
    full["doc_number"], full["date_line"] = number, date_line
    full["show"], full["num"] = number_sections(doc_name, full)
    return {key: full[key] for key in COMMON + DOC_KEYS[doc_name]}


def render(doc_name: str, ctx: dict, out: Path) -> Path:
    """Render as the builder does, after checking that every variable the template asks for exists."""
    path = TEMPLATES / f"{doc_name}.docx"
    env = jinja2.sandbox.SandboxedEnvironment(autoescape=True)
    missing = DocxTemplate(path).get_undeclared_template_variables(jinja_env=env, context=ctx)
    if missing:
        raise SystemExit(f"{doc_name}: variables missing from the context: {sorted(missing)}")
    strict = jinja2.sandbox.SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    DocxTemplate(path).render(ctx, jinja_env=strict)  # raises on a missing key inside a dict
    # show/num keys are checked statically too: a key inside a hidden section is never evaluated.
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    for dict_name, key in set(re.findall(r"\b(show|num)\.(\w+)", xml)):
        if key not in ctx[dict_name]:
            raise SystemExit(f"{doc_name}: {dict_name}.{key} is not given by number_sections()")
    tpl = DocxTemplate(path)
    tpl.render(ctx, jinja_env=jinja2.sandbox.SandboxedEnvironment(autoescape=True))
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{doc_name}.docx"
    tpl.save(target)
    return target


def main(argv: list[str]) -> int:
    minimal, sparse = "--minimal" in argv, "--sparse" in argv
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        builders = all_builders()
        names = [n for n in builders if n in DOC_KEYS]
        for name in builders:
            if name not in DOC_KEYS:  # a document of another context (tong_hop: chibo_xl.commands.aggregate)
                print(f"{name}: no sample context here, not rendered", file=sys.stderr)
    out = OUT / "minimal" if minimal else OUT / "sparse" if sparse else OUT
    for name in names:
        if name not in DOC_KEYS:
            raise SystemExit(f"{name}: no sample context in tools/sample_context.py")
        print(render(name, sample_context(name, minimal=minimal, sparse=sparse), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
