"""What each template field means, for a secretary editing a template in Word (`chibo-xl fields`).

Each template is named with the title of its document kind (chibo_xl.documents.kinds).

The names are those `context` produces (docs/template-context.md); loop items are shown as
`list[].field`.
"""
from __future__ import annotations

from ..workbook import schema
from . import kinds
from .sections import SECTIONS

MEANINGS = {
    "hdr_superior": "Đảng bộ cấp trên, chữ in hoa (đầu văn bản, bên trái)",
    "hdr_cell": "Tên chi bộ, chữ in hoa",
    "doc_number": "Số và ký hiệu văn bản: «Số 12-BC/CB» (để trống số ở trang Văn bản: điền tay)",
    "date_line": "Dòng địa danh, ngày tháng: «Định An, ngày 05 tháng 01 năm 2021»",
    "sign_for": "«T/M CHI ỦY» hoặc «T/M CHI BỘ»", "sign_title": "Chức vụ người ký: «BÍ THƯ»",
    "has_committee": "Chi bộ có chi ủy không (Thông tin chung «Có chi ủy»)",
    "lead": "Cách gọi người lãnh đạo chi bộ: chi ủy, hoặc bí thư, phó bí thư khi không có chi ủy "
    "(body, Body, TEAM, LEADER, members, Members, on_behalf, directs)",
    "sign_name": "Họ tên người ký", "recipients": "Các dòng «Nơi nhận» (danh sách)",
    "recipients[]": "Một dòng nơi nhận", "year": "Năm đánh giá", "next_year": "Năm sau",
    "prev_year": "Năm trước", "cell_name": "Tên chi bộ", "school": "Tên đơn vị (trường)",
    "superior": "Đảng bộ cấp trên", "place": "Địa danh", "term": "Nhiệm kỳ",
    "next_term": "Nhiệm kỳ tới", "basis": "Quy định và hướng dẫn xếp loại của năm",
    "review_basis": "Quy định, hướng dẫn xếp loại của năm, ghi đủ số, ngày, cơ quan ban hành",
    "text": "Các đoạn văn trang Nội dung, theo mục", "show": "Có in mục đó không",
    "num": "Số thứ tự của mục (1., 2., …) sau khi bỏ mục trống",
    "s": "Các câu tính sẵn", "s.members_profile": "Câu số lượng, cơ cấu đảng viên",
    "s.movement": "Câu đầu năm, biến động, cuối năm",
    "s.residence": "Câu nhận xét nơi cư trú: «25/26 đảng viên … loại tốt»",
    "s.ratings": "Câu kết quả xếp loại của chi bộ: «26/26 đảng viên … (đạt 100%)» (trống khi chưa "
    "biểu quyết)",
    "s.self_ratings": "Câu đảng viên tự xếp loại, khi chi bộ chưa biểu quyết",
    "cell_tasks": "Phụ lục Mẫu 01: các câu tỷ lệ nhiệm vụ chi bộ hoàn thành, đúng hạn, vượt mức",
    "s.cell_level": "Câu xếp loại chi bộ: mức cấp trên quyết định, chưa có thì mức chi bộ tự xếp loại",
    "s.commend": "Câu số đảng viên đề nghị khen thưởng",
    "s.manifest": "Câu biểu hiện suy thoái phát hiện, khắc phục, còn lại",
    "s.meetings": "Câu số buổi sinh hoạt và tỷ lệ dự họp bình quân",
    "s.supervision": "Câu giám sát: «09 đảng viên (34,6%)»", "s.development": "Câu phát triển Đảng",
    "s.unit_level": "Câu xếp loại chất lượng của nhà trường trong năm",
    "s.unit_basis": "Câu «Căn cứ kết quả xếp loại chất lượng … của nhà trường» (cơ sở xếp loại chi bộ)",
    "supervision": "Bảng đảng viên được giám sát: stt, name, form, content, period, result",
    "report_bases": "Các dòng «Căn cứ» (trang Nội dung, mục Căn cứ) mở đầu báo cáo năm",
    "s.fees": "Câu đảng phí thu, giữ lại, nộp cấp trên", "s.not_rated": "Câu đảng viên không xếp loại",
    "s.cap": "Câu tỷ lệ hoàn thành xuất sắc so với hoàn thành tốt",
    "s.probation": "Câu đảng viên dự bị đến hạn chuyển chính thức",
    "s.badges": "Câu đảng viên nhận Huy hiệu Đảng",
    "manifest_left": "Các biểu hiện chưa khắc phục (danh sách)",
    "indicators": "Bảng chỉ tiêu: stt, area, name, target, result, verdict",
    "next_targets": "Chỉ tiêu năm sau / nhiệm kỳ tới: stt, area, name, target",
    "targets": "Chỉ tiêu năm: stt, area, name, target",
    "achievements": "Thành tích: stt, subject, name, title, level, count",
    # the term report (chibo-xl term)
    "s.basis_years": "Câu các năm (sổ, trang Lịch sử) báo cáo nhiệm kỳ dựa vào (không in)",
    "s.missing_years": "Câu các năm của nhiệm kỳ chưa có số liệu",
    "s.cell_levels": "Câu chi bộ tự xếp loại từng năm của nhiệm kỳ",
    "s.committee_meetings": "Câu số buổi sinh hoạt chi ủy chủ trì trong nhiệm kỳ",
    "years_members": "Từng năm của nhiệm kỳ: year, start, admitted, moved_in, left, end, official, "
                     "probationary",
    "term_targets": "Chỉ tiêu nhiệm kỳ: stt, area, name, target, result, verdict, end («99% → 99,3% "
    "vượt chỉ tiêu»), years, goal («Chỉ tiêu đề ra»), achieved («Kết quả đạt được» kèm đánh giá)",
    "term_bases": "Các dòng căn cứ của báo cáo nhiệm kỳ: kế hoạch tổ chức đại hội của đảng ủy trước",
    "years_ratings": "Xếp loại từng năm: year, rated, htxsnv, httnv, htnv, khtnv, cell_level",
    "years_activity": "Sinh hoạt, giám sát, biểu hiện từng năm: year, regular, thematic, attendance, "
                      "supervised, found, remedied",
    "next_term_targets": "Chỉ tiêu nhiệm kỳ tới: stt, area, name, target",
    "achievements_by_year": "Thành tích theo năm học: school_year, name, title, level, count",
    "committee": "Chi ủy cuối nhiệm kỳ: stt, name, post, levels (xếp loại từng năm)",
    "term_years": "Các năm của nhiệm kỳ có số liệu",
    "months": "Kế hoạch từng tháng: month, activities, owner",
    "ratings": "Bảng xếp loại đảng viên: stt, name, post, score, self_level, cell_level, note",
    "dist": "Bảng phân loại: level, count, pct (dòng cuối «Tổng cộng»)",
    "commend": "Danh sách đề nghị khen thưởng: stt, name, proposal",
    "ballot": "Danh sách trong phiếu biểu quyết: stt, name, self_level",
    "votes": "Kết quả kiểm phiếu từng người: x/t/h/k_n (số phiếu), x/t/h/k_pct (tỷ lệ), result",
    "kp": "Kiểm phiếu: called, present, absent, issued, returned, valid, invalid, committee, head",
    "meeting_date": "Ngày họp kiểm điểm bằng chữ", "m": "Số đảng viên: total, official, "
    "probationary, committee", "chair": "Chủ trì", "clerk": "Thư ký", "guests": "Đại biểu dự",
    "cell_score": "Điểm của chi bộ: common (/30), task (/70), total (/100)",
    "cell_level": "Mức chi bộ tự xếp loại", "tick": "Ô đánh dấu bốn mức: htxs, htt, ht, kht",
    "tick_cv": "Mẫu trước 2025: ô đánh dấu mức tự xếp loại viên chức (htxs, htt, ht, kht)",
    "mb": "Đảng viên trong bản kiểm điểm: name, dob, unit, cell, post, score_common, "
    "score_task, score_total, self_level, leader, in_system, cell_level (mức chi bộ đề xuất, "
    "trống khi chưa biểu quyết)",
    "fee": "Đảng phí cả năm: months (từng tháng: title, month, members, due, paid, lines, missing "
    "(đảng viên của chi bộ tháng đó chưa có dòng), missing_count), "
    "due, paid, kept, sent, keep_rate, unpaid",
    "fee.months[].lines": "Từng đảng viên trong tháng: stt, name, kind, base, rate, cut, due, paid",
    "hh": "Tờ trình Huy hiệu Đảng: rows (stt, name, dob, card, admitted, official, badge, day, note), whom, verb, "
    "count, recipient, years, late (câu đề nghị muộn khi tờ trình ghi ngày sau ngày đủ tuổi đảng)",
    "cn": "Nghị quyết đề nghị công nhận chính thức: name, dob, admitted, end, deadline, total, "
    "official, probationary, helper, recipient",
    "kc": "Kiểm phiếu xếp loại chi bộ: levels (stt, level, proposed, n, pct), result, issued, "
    "returned, valid, invalid",
    "ds": "Sổ danh sách đảng viên: rows (stt, name, person, hometown, levels, job, dates, card, "
    "moved_out, moved_in, died, left, note), count, recipient",
    "kn": "Nghị quyết đề nghị kết nạp: name, dob, class_date, helper, recipient",
    "ks": "Chương trình kiểm tra, giám sát: bases (các dòng «Căn cứ»), inspect, regular, "
    "thematic (stt, name, post, content, period, assignee, result), recipient",
    "kq": "Báo cáo kết quả kiểm tra, giám sát: date, discipline, inspect, watch (stt, name, post, content, "
    "period, assignee, result), inspect_text, watch_text, waiting, recipient",
    "cu": "Biên bản họp chi ủy: date_words, meeting_date, members (các dòng «1. Đồng chí … – Bí "
    "thư;»), count, chair, matters (việc chi bộ biểu quyết tại buổi sinh hoạt)",
    "sk": "Báo cáo sơ kết 6 tháng đầu năm: date, date_words, results (stt, month, activity, "
    "owner, result), next (stt, month, activity, owner), development, fees, watch",
    "hn": "Cuộc họp chi bộ xét kết nạp, công nhận chính thức: date_words, date_cap, total, "
    "official, probationary, present, present_official, present_probationary, absent, "
    "absent_official, absent_probationary, reasons, chair, chair_post, clerk, votes, pct, needed",
    "pc": "Phiếu biểu quyết xếp loại chi bộ: proposal (câu chi bộ đề xuất), levels (stt, level, "
    "proposed)",
    "xs": "Phiếu biểu quyết hoàn thành xuất sắc: lead, rate, groups (title, counts, choose, limit, "
    "candidates: stt, name, post, score)",
    "kt": "Tờ trình khen thưởng: recipient, bases (các dòng «Căn cứ»), cell (head, text; trống "
    "khi chi bộ không được đề nghị), members_head, members (stt, name, post, level, proposal), count, members_note, decides",
    "dm": "Danh mục hồ sơ gửi đảng ủy: recipient, lead, rows (stt, name, ref, count, note)",
    "mt": "Buổi sinh hoạt: date, date_words, month, review_month, next_month, kind, theme, place, "
    "presenter, summary, conclusion, summoned, present, absent, absent_excused, absent_unexcused, "
    "absent_reasons, absent_names, rate, chair, clerk, quality, reviewed, movement, "
    "movement_since, next_activities, done_here, done_text, monthly, leads",
    "mt.reviewed": "Việc của tháng được đánh giá (Kế hoạch tháng): task (việc, người phụ trách), "
    "result (kết quả thực hiện, hoặc chỗ điền tay)",
    "mt.movement": "Các câu về đảng viên kết nạp, chuyển đến, chuyển đi, công nhận chính thức từ "
    "buổi sinh hoạt trước",
    "mt.movement_since": "Từ khi nào («buổi sinh hoạt ngày …» hoặc «đầu năm …»)",
    "mt.next_activities": "Nhiệm vụ tháng tới, mỗi việc kèm người phụ trách",
    "mt.done_here": "Việc trong kế hoạch mà chính buổi họp đã làm (không giao lại)",
    "mt.monthly": "Buổi họp có nghị quyết tháng",
    "mt.leads": "Ai lãnh đạo, đôn đốc thực hiện nghị quyết: «Chi ủy», hoặc «Bí thư chi bộ» khi chi "
    "bộ không có chi ủy",
    "mt.done_text": "Những việc ấy, viết liền sau «chi bộ đã»",
    "mt.absent_names": "Câu nêu tên đảng viên vắng có lý do, không lý do (trang Sinh hoạt)",
    "mt.month": "Tháng họp", "mt.review_month": "Tháng được đánh giá",
    "mt.next_month": "Tháng đề ra nhiệm vụ", "mt.place": "Địa điểm họp",
    "mt.presenter": "Người trình bày chuyên đề", "mt.summary": "Tóm tắt nội dung",
    "mt.conclusion": "Kết luận của chủ trì",
    "plan_bases": "Các dòng «Căn cứ …» của kế hoạch năm (Điều lệ, nghị quyết đại hội, kế hoạch cấp "
    "trên, các dòng mục Căn cứ trang Nội dung không nêu văn bản ban hành sau ngày kế hoạch)",
}
MEANINGS.update({f"text.{key}": f"Các đoạn mục «{label}» (trang Nội dung)"
                 for label, key in schema.NARRATIVE_SECTIONS.items()})
MEANINGS.update({f"show.{key}": f"In mục «{label}» hay không"
                 for label, key in schema.NARRATIVE_SECTIONS.items()})
MEANINGS.update({f"num.{key}": f"Số thứ tự của mục «{label}»"
                 for label, key in schema.NARRATIVE_SECTIONS.items()})
for _groups in SECTIONS.values():
    for _style, _items in _groups.values():
        for _key, _title, _ in _items:
            MEANINGS[f"show.{_key}"] = f"In đề mục «{_title}» hay không (bỏ khi không có nội dung)"
            MEANINGS[f"num.{_key}"] = f"Số thứ tự của đề mục «{_title}»"


def meaning(name: str) -> str:
    """The meaning of a field, falling back to its parent's ("ratings[].name" → "ratings")."""
    probe = name
    while probe:
        if probe in MEANINGS:
            return MEANINGS[probe]
        probe = probe.rsplit(".", 1)[0] if "." in probe else probe.replace("[]", "") \
            if "[]" in probe else ""
    return "(không phải trường của chibo-xl)"


def describe(template_names, lister) -> str:
    """Text listing, per template, each field it uses and its meaning."""
    lines = []
    for name, path in template_names:
        declared = kinds.kind_of_template(name)
        title = f" — {declared.display}" if declared else ""
        lines.append(f"{name}{title}  ({path})")
        for variable in lister(path):
            lines.append(f"  {{{{ {variable} }}}}  —  {meaning(variable)}")
        lines.append("")
    return "\n".join(lines).rstrip()
