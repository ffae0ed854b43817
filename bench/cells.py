"""Realistic variants of the bundled example cell, for the benchmark (bench/bench.py).

`variant(i)` returns the example workbook's data (tools/example_data.py) changed for cell `i`:
every member renamed (names chosen by sex from common Vietnamese family, middle and given names,
consistently in every sheet and inside the prose), between 12 and 45 members (plain members are
dropped or cloned with their rating rows), meeting attendance, the review meeting's ballots and the admission votes
scaled to the members, and the cell and school named after the index. Every variant checks without
errors (warnings may differ); `python bench/cells.py 5` proves it on five of them.
"""
from __future__ import annotations

import copy
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from example_data import EXAMPLE  # noqa: E402

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Cao", "Lương", "Tạ")
MIDDLE = {"Nữ": ("Thị", "Thị Thu", "Thị Minh", "Thị Hồng", "Thị Ngọc", "Thị Thanh", "Thị Kim",
                 "Thị Mai", "Thị Hải", "Thị Bích"),
          "Nam": ("Văn", "Đức", "Minh", "Quốc", "Công", "Hữu", "Văn Đức", "Đình", "Xuân", "Thanh")}
GIVEN = {"Nữ": ("Hà", "Lan", "Hương", "Hạnh", "Nga", "Linh", "Trang", "Yến", "Oanh", "Thảo",
                "Nhung", "Phương", "Ngân", "Huyền", "Vân", "Anh", "Tâm", "Quyên", "Xuân", "Mai",
                "Nguyệt", "Thúy", "Loan", "Dung", "Hoa", "Giang", "Hằng", "Chi", "Diệp", "Ánh"),
         "Nam": ("Hùng", "Minh", "Tuấn", "Long", "Sơn", "Bảo", "Khôi", "Định", "Thắng", "Trọng",
                 "Dũng", "Hải", "Nam", "Quang", "Phong", "Toàn", "Hiếu", "Kiên", "Lâm", "Vinh")}
PLACES = ("Hoà Bình", "Định An", "Tân Lạc", "Kim Bôi", "Lương Sơn", "Cao Phong", "Yên Thủy",
          "Lạc Sơn", "Mai Châu", "Đà Bắc", "Kỳ Sơn", "Lạc Thủy", "Thanh Sơn", "Ba Vì", "Nho Quan")
KINDS = (("Mầm non", "Mầm non"), ("Tiểu học", "Tiểu học"), ("THCS", "THCS"), ("THPT", "THPT"))
BASE_MEMBERS = len(EXAMPLE["Đảng viên"])


def _names(rng: random.Random, members: list[dict], taken: set) -> dict[str, str]:
    out = {}
    for m in members:
        sex = m["Giới tính"]
        while True:
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
            if name not in taken:
                break
        taken.add(name)
        out[m["Họ và tên"]] = name
    return out


def _rename(value, mapping: dict[str, str]):
    """Every old name in a string replaced, longest first (one name may contain another)."""
    if isinstance(value, str):
        for old in sorted(mapping, key=len, reverse=True):
            if old in value:
                value = value.replace(old, mapping[old])
        return value
    if isinstance(value, dict):
        return {k: _rename(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, mapping) for v in value]
    return value


def _mentioned(data: dict) -> set[str]:
    """Members named outside Đảng viên / Xếp loại / Đảng phí / Giám sát: never dropped."""
    names = {m["Họ và tên"] for m in data["Đảng viên"]}
    text = repr([data[k] for k in ("Thông tin chung", "Sinh hoạt", "Kế hoạch tháng",
                                   "Phát triển Đảng", "Văn bản")])
    return {n for n in names if n in text}


def variant(i: int, size: int | None = None) -> dict:
    """The example cell's data, changed for cell number `i` (deterministic); `size`: that many
    members instead of 12–45 (a đảng bộ's scale, for the members scaling row)."""
    rng = random.Random(1000 + i)
    data = copy.deepcopy(EXAMPLE)
    members, ratings = data["Đảng viên"], data["Xếp loại"]
    plain = [m for m in members
             if m.get("Chức vụ Đảng") == "Đảng viên" and not m.get("Biến động trong năm")
             and m.get("Chức vụ chính quyền") in ("Giáo viên", "Nhân viên")
             and m["Họ và tên"] not in _mentioned(data)]
    target = size or rng.randint(12, 45)
    if target < BASE_MEMBERS:
        gone = {m["Họ và tên"] for m in rng.sample(plain, min(len(plain), BASE_MEMBERS - target))}
        for key in ("Đảng viên", "Xếp loại", "Đảng phí", "Giám sát"):
            data[key] = [r for r in data[key] if r["Họ và tên"] not in gone]
    else:
        by_name = {r["Họ và tên"]: r for r in ratings}
        for n in range(target - BASE_MEMBERS):
            source = rng.choice(plain)
            clone = copy.deepcopy(source)
            clone["Họ và tên"] = f"{source['Họ và tên']} #{n}"   # renamed below
            clone["Ngày sinh"] = source["Ngày sinh"] - dt.timedelta(days=rng.randint(1, 900))
            clone.pop("Số thẻ đảng viên", None)
            data["Đảng viên"].append(clone)
            rating = copy.deepcopy(by_name[source["Họ và tên"]])
            rating["Họ và tên"], rating["Ngày sinh"] = clone["Họ và tên"], clone["Ngày sinh"]
            rating.pop("Ghi chú", None)
            data["Xếp loại"].append(rating)
    for stt, row in enumerate(data["Đảng viên"], start=1):
        row["STT"] = stt
    for stt, row in enumerate(data["Xếp loại"], start=1):
        row["STT"] = stt
    mapping = _names(rng, data["Đảng viên"], set())
    data = _rename(data, mapping)

    rated = len(data["Xếp loại"])
    scale = len(data["Đảng viên"]) / BASE_MEMBERS
    for mt in data["Sinh hoạt"]:
        absent = mt["Số triệu tập"] - mt["Có mặt"]
        mt["Số triệu tập"] = max(absent + 1, round(mt["Số triệu tập"] * scale))
        mt["Có mặt"] = mt["Số triệu tập"] - absent
    present = rated
    # only official members vote (Điều lệ Đảng): ballots and votes are over them, so the books
    # are as a secretary's would be, without the error of votes above the official members present
    voters = present - sum(1 for m in data["Đảng viên"] if m["Loại đảng viên"] == "Dự bị")
    for r in data["Xếp loại"]:
        keys = ("Phiếu HTXSNV", "Phiếu HTTNV", "Phiếu HTNV", "Phiếu KHTNV")
        level_key = keys[("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                          "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ").index(
                              r["Chi bộ đề nghị"])]
        original = sum(r[k] for k in keys)
        for k in keys:
            if k != level_key:
                r[k] = r[k] * voters // original
        r[level_key] = voters - sum(r[k] for k in keys if k != level_key)
    # the admission and recognition votes of Phát triển Đảng likewise over the official members
    # (a vote above them is an error since the check counts the cell on the meeting's day)
    official = sum(1 for m in data["Đảng viên"] if m["Loại đảng viên"] == "Chính thức")
    base_official = sum(1 for m in EXAMPLE["Đảng viên"] if m["Loại đảng viên"] == "Chính thức")
    for r in data["Phát triển Đảng"]:
        for k, v in r.items():
            if k.startswith("Số phiếu") and isinstance(v, int):
                r[k] = min(official, round(v * official / base_official))
    info = data["Thông tin chung"]
    kind, level = KINDS[i % len(KINDS)]
    place = PLACES[i % len(PLACES)]
    school = f"Trường {kind} {place} số {i + 1}"
    info.update({"Tên chi bộ": f"Chi bộ {school}", "Tên đơn vị (trường)": school,
                 "Cấp học": level, "Số đảng viên dự họp kiểm điểm": present,
                 "Số phiếu phát ra": voters, "Số phiếu thu về": voters,
                 "Số phiếu hợp lệ": voters, "Số phiếu tán thành mức xếp loại chi bộ": voters})
    return data


def write(i: int, path, size: int | None = None) -> str:
    from chibo_xl.documents.kinds import workbook_lists
    from chibo_xl.workbook.blank import write_workbook

    return write_workbook(path, variant(i, size), workbook_lists())


if __name__ == "__main__":
    import tempfile

    from chibo_xl.checks.pipeline import check_file

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            path = write(i, Path(tmp) / f"cell-{i}.xlsx")
            book, report = check_file(path)
            print(i, book.info["cell_name"], len(book.rows("members")), "members:",
                  report.summary(), report.codes()[:6])
            assert not report.errors, report.to_text()
