"""Three yearly workbooks of one cell on the term 2025-2027, as plain data for the term tests.

Chi bộ Trường Tiểu học 1 (conftest.SMALL, moved onto the term 2025-2027):
- 2025: six members; Vũ Minh Đức admitted 01/03/2025 (dự bị, rated: 9 months before the review).
- 2026: Đức official from 01/03/2026; Hoàng Thị Lan moves out 01/08/2026; Đỗ Thị Mai admitted
  15/09/2026 (not rated: under 6 months). Six names listed, five at the end of the year.
- 2027: Mai official from 15/09/2027; Lò Văn Sáng moves in 10/02/2027 (official). Six at the end.
Term targets in «Chỉ tiêu» ("Chỉ tiêu nhiệm kỳ") and the next term's ("Chỉ tiêu nhiệm kỳ tới").
"""
from __future__ import annotations

import copy
import datetime as dt

from conftest import HTT, HTXS, SMALL, _member, _rating

D = dt.date
TERM = "2025-2027"


def _indicators(year: int) -> list[dict]:
    result = {2025: 98.8, 2026: 99.1}.get(year, 99.6)
    dropout = {2025: 0.8, 2026: 0.6}.get(year, 0.4)
    return [
        {"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Học sinh hoàn thành chương trình lớp học",
         "Đơn vị": "%", "Chỉ tiêu đề ra": 99, "Kết quả đạt được": result,
         "Chỉ tiêu năm sau": 99.5, "Chỉ tiêu nhiệm kỳ": 99.5, "Chỉ tiêu nhiệm kỳ tới": 99.8},
        {"Lĩnh vực": "Chất lượng giáo dục", "Chỉ tiêu": "Học sinh bỏ học", "Đơn vị": "%",
         "Chiều đánh giá": "Thấp hơn là tốt", "Chỉ tiêu đề ra": 1, "Kết quả đạt được": dropout,
         "Chỉ tiêu nhiệm kỳ": 0.5, "Chỉ tiêu nhiệm kỳ tới": 0.3},
        {"Lĩnh vực": "Đội ngũ", "Chỉ tiêu": "Giáo viên dạy giỏi cấp huyện hằng năm",
         "Đơn vị": "người", "Chỉ tiêu đề ra": 3, "Kết quả đạt được": {2025: 3, 2026: 4}.get(year, 2),
         "Chỉ tiêu nhiệm kỳ": 3, "Chỉ tiêu nhiệm kỳ tới": 4},
    ]


def year_data(year: int) -> dict:
    """The workbook of `year` (2025, 2026 or 2027) as `blank.write_workbook` takes it."""
    data = copy.deepcopy(SMALL)
    info = data["Thông tin chung"]
    info.update({"Năm đánh giá": year, "Nhiệm kỳ chi bộ": TERM,
                 "Ngày họp kiểm điểm": D(year, 12, 3), "Ngày ký mặc định": D(year, 12, 5)})
    data["Văn bản"] = [{"Loại văn bản": "Báo cáo tổng kết nhiệm kỳ", "Ngày ký": D(year, 12, 10),
                        "Nơi nhận": "Đảng ủy xã Định An;\nLưu Chi bộ."}]
    base = data["Đảng viên"][:5]          # Nga, Bình, Hoa, Nam, Lan
    duc = dict(data["Đảng viên"][5])      # Vũ Minh Đức
    duc.update({"Ngày vào Đảng": D(2025, 3, 1)})
    mai = _member(7, "Đỗ Thị Mai", D(1998, 9, 2), "Nữ", D(2026, 9, 15), None)
    sang = _member(8, "Lò Văn Sáng", D(1987, 5, 5), "Nam", D(2012, 5, 19), D(2013, 5, 19),
                   **{"Dân tộc": "Thái"})
    ratings = {r["Họ và tên"]: r for r in data["Xếp loại"]}
    if year == 2025:
        duc.update({"Biến động trong năm": "Kết nạp mới", "Ngày biến động": D(2025, 3, 1)})
        members = base + [duc]
        rated = [r["Họ và tên"] for r in members]
        data["Phát triển Đảng"] = [{"Họ và tên quần chúng": "Vũ Minh Đức",
                                    "Ngày sinh": D(1995, 4, 30), "Ngày kết nạp": D(2025, 3, 1)}]
    elif year == 2026:
        duc.update({"Ngày chính thức": D(2026, 3, 1), "Loại đảng viên": "Chính thức",
                    "Biến động trong năm": "Chuyển chính thức", "Ngày biến động": D(2026, 3, 1)})
        lan = dict(base[4], **{"Biến động trong năm": "Chuyển đi", "Ngày biến động": D(2026, 8, 1)})
        mai.update({"Biến động trong năm": "Kết nạp mới", "Ngày biến động": D(2026, 9, 15)})
        members = base[:4] + [lan, duc, mai]
        rated = [r["Họ và tên"] for r in base[:4]] + ["Vũ Minh Đức"]
        data["Phát triển Đảng"] = [{"Họ và tên quần chúng": "Đỗ Thị Mai",
                                    "Ngày sinh": D(1998, 9, 2), "Ngày kết nạp": D(2026, 9, 15)}]
    else:
        duc.update({"Ngày chính thức": D(2026, 3, 1), "Loại đảng viên": "Chính thức"})
        mai.update({"Ngày chính thức": D(2027, 9, 15), "Loại đảng viên": "Chính thức",
                    "Biến động trong năm": "Chuyển chính thức", "Ngày biến động": D(2027, 9, 15)})
        sang.update({"Biến động trong năm": "Chuyển đến", "Ngày biến động": D(2027, 2, 10)})
        members = base[:4] + [duc, mai, sang]
        rated = [m["Họ và tên"] for m in members]
        data["Phát triển Đảng"] = []
    data["Đảng viên"] = [dict(m, STT=i) for i, m in enumerate(members, start=1)]
    rows = []
    for i, name in enumerate(rated, start=1):
        m = next(x for x in members if x["Họ và tên"] == name)
        if name in ratings:
            row = dict(ratings[name], STT=i)
        else:
            row = _rating(i, name, m["Ngày sinh"], 26, 54, HTT, (0, 6, 0, 0))
        if year == 2026 and name == "Nguyễn Thị Hằng Nga":
            row = _rating(i, name, m["Ngày sinh"], 27, 60, HTT, (0, 6, 0, 0))
        rows.append(row)
    if year == 2026:
        rows.append({"STT": len(rows) + 1, "Họ và tên": "Đỗ Thị Mai", "Ngày sinh": D(1998, 9, 2),
                     "Không xếp loại (lý do)": "Mới kết nạp dưới 6 tháng"})
    data["Xếp loại"] = rows
    present = len([r for r in rows if "Chi bộ đề nghị" in r])
    # probationary members attend but do not vote (Điều lệ Đảng): the ballots are the others'
    voters = present - len([m for m in members if m.get("Loại đảng viên") == "Dự bị"
                            and m.get("Biến động trong năm") not in ("Chuyển đi",)])
    info.update({"Số đảng viên dự họp kiểm điểm": present, "Số phiếu phát ra": voters,
                 "Số phiếu thu về": voters, "Số phiếu hợp lệ": voters})
    for r in rows:
        if "Phiếu HTXSNV" in r:
            x = voters if r["Chi bộ đề nghị"] == HTXS else 0
            r.update({"Phiếu HTXSNV": x, "Phiếu HTTNV": voters - x})
    summoned = len([m for m in members if m.get("Biến động trong năm") != "Chuyển đi"])
    data["Sinh hoạt"] = [dict(m, **{"Ngày họp": m["Ngày họp"].replace(year=year),
                                    "Số triệu tập": summoned,
                                    "Có mặt": summoned - (1 if i % 4 == 0 and summoned >= 7 else 0),
                                    "Vắng có lý do": 1 if i % 4 == 0 and summoned >= 7 else 0})
                         for i, m in enumerate(data["Sinh hoạt"])]
    for m in data["Sinh hoạt"]:
        if m["Loại"] == "Chuyên đề":
            m.pop("Vắng có lý do", None)
            m["Có mặt"] = summoned
    data["Biểu hiện"] = [{"Biểu hiện": "Ngại va chạm", "Năm phát hiện": year, "Đã khắc phục": "Có"}]
    data["Đảng phí"] = []
    data["Chỉ tiêu"] = _indicators(year)
    data["Thành tích"] = [{"Đối tượng": "Tập thể", "Tên tập thể / cá nhân": "Trường Tiểu học 1",
                           "Danh hiệu, giải thưởng": f"Tập thể lao động tiên tiến năm học "
                                                     f"{year - 1}-{year}",
                           "Cấp": "Huyện/Quận", "Số lượng": 1}]
    data["Nội dung"] = data["Nội dung"] + [
        {"Mục": "Kiểm điểm chi ủy: Quy chế làm việc",
         "Nội dung": "Chi ủy xây dựng quy chế làm việc, phân công nhiệm vụ rõ ràng."},
        {"Mục": "Kiểm điểm chi ủy: Hạn chế", "Nội dung": "Có lúc chỉ đạo chưa kiên quyết."}]
    return data
