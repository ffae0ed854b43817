"""The đảng bộ's summary on disk: the .xlsx (`xlsxfile`) and the Party-format report.

`aggregate` computes a `Summary` (plain data); this module only lays it out: the sheets' rows,
the same tables as pandas DataFrames (`frames`, imported here only), the workbook, the context of template `tong_hop.docx`, and `write_summary`, which renders in
memory first and then writes each file whole.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..rules import rulebook
from ..workbook import schema
from .aggregate import (
    KEY_OF_LEVEL,
    SHEET_BROKEN,
    SHEET_CAP,
    SHEET_CELLS,
    SHEET_INFO,
    STATUS_VI,
    SUMMARY_SHEETS,
    Summary,
)

CELL_COLUMNS = [  # (header, key, width)
    ("STT", "stt", 6), ("Chi bộ", "cell_name", 36), ("Tệp", "file", 30), ("Năm", "year", 7),
    ("Đảng viên cuối năm", "members", 11), ("Chính thức", "official", 10),
    ("Dự bị", "probationary", 8), ("Nữ", "women", 7), ("HTXSNV", "htxs", 9),
    ("HTTNV", "htt", 9), ("HTNV", "ht", 9), ("KHTNV", "kht", 9),
    ("HTXSNV/HTTNV (%)", "ratio", 12), ("Dự sinh hoạt bình quân (%)", "attendance", 13),
    ("Kết nạp mới", "admitted", 9), ("Lỗi", "errors", 7), ("Cảnh báo", "warnings", 9),
    ("Ghi chú", "note", 50),
]


def _round(value, places=1):
    return None if value is None else round(value, places)


def cell_rows(summary: Summary) -> list[list]:
    """The rows of the sheet «Tổng hợp chi bộ»: one a cell, then the đảng bộ's total."""
    rows = []
    for i, cell in enumerate(summary.cells, start=1):
        values = dict(cell, stt=i, ratio=_round(cell["ratio"]),
                      attendance=_round(cell["attendance"]))
        rows.append([values.get(key) for _h, key, _w in CELL_COLUMNS])
    t = summary.totals
    total = dict(t, stt=None, cell_name="Cộng toàn đảng bộ", file=f"{t['cells']} sổ",
                 year=summary.year, ratio=_round(t["ratio"]), attendance=_round(t["attendance"]),
                 note="Tỷ lệ tính trên tổng số (không lấy trung bình các tỷ lệ)")
    rows.append([total.get(key) for _h, key, _w in CELL_COLUMNS])
    return rows


CAP_COLUMNS = [("Nhóm đảng viên", 50), ("Số HTXSNV", 11), ("Số HTTNV", 11),
               ("HTXSNV/HTTNV (%)", 13), ("Trần (%)", 9), ("Tối đa HTXSNV", 12),
               ("Đánh giá", 40)]


def _verdict(row) -> str:
    if not row["judged"]:
        return "Không xét (sửa tên / ngày sinh ở trang «Xếp loại»)"
    if row["exceeded"]:
        return f"VƯỢT TRẦN: {row['htxs']} > {row['limit']} (vượt {row['over']})"
    return "Không vượt trần"


def cap_rows(summary: Summary) -> list[list]:
    """The rows of the sheet «Trần HTXS»."""
    return [[row["label"], row["htxs"], row["htt"], _round(row["ratio"]), row["rate"],
             row["limit"], _verdict(row)] for row in summary.cap]


BROKEN_COLUMNS = [("STT", 6), ("Tệp", 30), ("Chi bộ", 30), ("Tình trạng", 15), ("Mức độ", 10),
                  ("Trang", 16), ("Ô", 8), ("Giá trị", 20), ("Nội dung", 70), ("Mã", 22)]


def broken_rows(summary: Summary) -> list[list]:
    """The rows of the sheet «Sổ có lỗi»: every finding of every broken workbook."""
    rows = []
    for i, b in enumerate(summary.broken, start=1):
        for finding in b["findings"]:
            rows.append([i, b["file"], b["cell_name"], STATUS_VI[b["status"]], *finding])
    return rows


def checked_sheets(summary: Summary) -> str:
    """Which sheets of each workbook the summary's findings come from, in Vietnamese."""
    if summary.full:
        return "Mọi trang (--full-check), như «chibo-xl check»"
    return (", ".join(s.name for s in schema.SHEETS if s.key in SUMMARY_SHEETS)
            + ": các trang có số liệu được tổng hợp và các trang cần để kiểm tra chúng. Các trang "
            "khác (Chỉ tiêu, Đảng phí, Kế hoạch tháng …) chỉ dùng cho văn bản của chi bộ, không "
            "kiểm tra ở đây: chạy «chibo-xl check» từng sổ, hoặc tổng hợp lại với --full-check")


def info_rows(summary: Summary) -> list[list]:
    t = summary.totals
    rows = [["Thư mục", summary.folder], ["Năm tổng hợp", summary.year],
            ["Đảng bộ", summary.superior], ["Tỷ lệ trần HTXSNV (%)", summary.cap_rate],
            ["Các trang được đọc và kiểm tra trong mỗi sổ", checked_sheets(summary)],
            ["Số tệp sổ đã đọc", t["files"]], ["Số sổ cộng vào tổng", t["cells"]],
            ["Số sổ có lỗi", t["broken"] - t["unreadable"]],
            ["Số tệp không đọc được", t["unreadable"]],
            ["Tệp bỏ qua (bảng tổng hợp do chibo-xl tạo)", ", ".join(summary.skipped)],
            ["Số sổ trùng (chỉ cộng một lần)", len(summary.duplicates)],
            ["Tệp không đọc được", ", ".join(b["file"] for b in summary.unreadable)],
            ["Lập lúc", dt.datetime.now().strftime("%d/%m/%Y %H:%M")]]
    rows += [[f"Ghi chú: {file}", note] for file, note in summary.notes]
    return rows


INFO_COLUMNS = [("Mục", 42), ("Giá trị", 80)]

#: the summary's sheets in order: name, columns (a tuple each: its header first, its width last)
#: and the function of its rows; `frames` and the .xlsx are both made from this, so no sheet or
#: column is written without its width
SHEETS = ((SHEET_CELLS, CELL_COLUMNS, cell_rows), (SHEET_CAP, CAP_COLUMNS, cap_rows),
          (SHEET_BROKEN, BROKEN_COLUMNS, broken_rows), (SHEET_INFO, INFO_COLUMNS, info_rows))


def frames(summary: Summary) -> dict:
    """The summary's four tables as pandas DataFrames, sheet name → frame, in sheet order.

    The same rows and headers as the summary workbook, each value the Python object written
    (object columns: no number turned into a float, no blank into NaN), for a đảng bộ that
    filters, pivots or joins the figures with its own lists:
    ``frames(aggregate(folder))["Tổng hợp chi bộ"].sort_values("HTXSNV/HTTNV (%)")``.
    """
    import pandas as pd

    return {name: pd.DataFrame(rows(summary), columns=[c[0] for c in columns], dtype=object)
            for name, columns, rows in SHEETS}


def _xlsx(summary: Summary) -> bytes:
    """The summary workbook's bytes: four sheets, headers frozen, the totals row in bold and the
    groups above the cap in bold red (`xlsxfile`, not `DataFrame.to_excel`: 30.000 finding rows
    in 0,45 s instead of 7,5 s). Written from the rows `frames` is made of, not through it:
    importing pandas and building the frames took 1,3 s of the 5 s a đảng bộ of 1.000 cells
    may wait (issue 25), for the same values."""
    from ..workbook.xlsxfile import BOLD, BOLD_RED, Sheet, workbook_bytes

    rows = {name: [list(row) for row in make(summary)] for name, _columns, make in SHEETS}
    styles = {SHEET_CELLS: {len(rows[SHEET_CELLS]) - 1: BOLD},
              SHEET_CAP: {i: BOLD_RED for i, row in enumerate(rows[SHEET_CAP])
                          if str(row[-1]).startswith("VƯỢT")}}
    sheets = [Sheet(name, [c[0] for c in columns], rows[name], [c[-1] for c in columns],
                    styles.get(name, {}))
              for name, columns, _rows in SHEETS]
    return workbook_bytes(sheets, creator="chibo-xl", title="Tổng hợp sổ chi bộ")


def report_context(summary: Summary, day: dt.date | None = None, issuer: str | None = None,
                   issuer_superior: str | None = None, signer: str | None = None,
                   signer_title: str | None = None) -> dict:
    """The context of template `tong_hop.docx` (docs/template-context.md).

    The issuing đảng ủy is `issuer`, else the đảng bộ the cells' workbooks name («Đảng bộ cấp
    trên»); its own superior committee and the signer come from the options (`issuer_superior`,
    `signer`, `signer_title`): no cell's workbook holds them. Left blank, they print as dotted
    lines to fill by hand, and `missing_header` says so.
    """
    from ..documents.context import distribution, superior_committee
    from ..workbook import vnformat as vn

    n2 = vn.count
    t = summary.totals
    year = summary.year or (day or dt.date.today()).year
    issuer = issuer or superior_committee(summary.superior) or "Đảng ủy"
    rated = t["rated"]
    s = {"members": "", "ratings": "", "cap": "", "meetings": "", "development": "",
         "broken": "", "notes": ""}
    if t["members"]:
        s["members"] = (f"Tổng số đảng viên cuối năm {year} của {n2(t['cells'])} chi bộ: "
                        f"{n2(t['members'])} đồng chí ({n2(t['official'])} chính thức, "
                        f"{n2(t['probationary'])} dự bị), trong đó {n2(t['women'])} nữ.")
    if rated:
        good = t["htxs"] + t["htt"]
        s["ratings"] = (f"Tổng số đảng viên được xếp loại: {n2(rated)} đồng chí; "
                        f"{n2(good)}/{n2(rated)} đồng chí hoàn thành tốt nhiệm vụ trở lên "
                        f"(đạt {vn.percent(good, rated)}), trong đó {n2(t['htxs'])} đồng chí "
                        "hoàn thành xuất sắc nhiệm vụ.")
    whole = summary.cap[-1]
    if whole["htt"] or whole["htxs"]:
        over = [f"{row['label'].lower()} ({n2(row['htxs'])} đồng chí, tối đa {n2(row['limit'])}, "
                f"vượt {n2(row['over'])})" for row in summary.exceeded if row["group"] != "all"]
        s["cap"] = (f"Số đảng viên hoàn thành xuất sắc nhiệm vụ toàn đảng bộ là "
                    f"{n2(whole['htxs'])}, bằng {vn.percent(whole['htxs'], whole['htt'])} số "
                    f"hoàn thành tốt nhiệm vụ ("
                    + ("vượt" if whole["exceeded"] else "không vượt quá")
                    + f" {vn.decimal(summary.cap_rate)}%). "
                    + ("Vượt tỷ lệ trong nhóm: " + "; ".join(over) + "." if over else
                       "Không nhóm đảng viên nào vượt tỷ lệ."))
    if t["summoned"]:
        s["meetings"] = (f"Tỷ lệ đảng viên dự sinh hoạt chi bộ bình quân toàn đảng bộ đạt "
                         f"{vn.percent(t['present'], t['summoned'])}.")
    s["development"] = (f"Trong năm, các chi bộ kết nạp {n2(t['admitted'])} đảng viên mới."
                        if t["admitted"] else "")
    if summary.broken:
        s["broken"] = (f"Có {n2(len(summary.broken))} sổ chi bộ còn lỗi hoặc không đọc được "
                       "(danh sách dưới đây); số liệu của các sổ còn lỗi cần được chi bộ sửa và "
                       "gửi lại.")
    other_year = sum(not c["counted"] for c in summary.cells) - len(summary.duplicates)
    notes = [f"{n2(other_year)} sổ có năm đánh giá khác năm {year} không được cộng vào số liệu "
             "tổng hợp."] if other_year else []
    if summary.duplicates:
        notes.append(f"{n2(len(summary.duplicates))} sổ gửi trùng chỉ được cộng một lần: "
                     + "; ".join(f"«{d['file']}» trùng «{d['same_as']}» ({d['cell_name']}), giữ "
                                 f"«{d['same_as']}» ({d['why']})" for d in summary.duplicates)
                     + ".")
    s["notes"] = " ".join(notes)
    dist = distribution({level: t[key] for level, key in KEY_OF_LEVEL.items()})
    cap = [{"group": row["label"], "htxs": n2(row["htxs"]), "htt": n2(row["htt"]),
            "ratio": vn.percent(row["htxs"], row["htt"]), "limit": n2(row["limit"]),
            "verdict": (f"Vượt trần {n2(row['over'])}" if row["exceeded"] else "Không vượt")
            if row["judged"] else "Không xét"} for row in summary.cap]
    cells = [{"stt": str(i), "name": c["cell_name"] or c["file"], "members": n2(c["members"]),
              "htxs": n2(c["htxs"]), "htt": n2(c["htt"]), "ht": n2(c["ht"]),
              "kht": n2(c["kht"]),
              "attendance": vn.percent(c["present"], c["summoned"]) if c["summoned"] else "",
              } for i, c in enumerate([c for c in summary.cells if c["counted"]], start=1)]
    broken = [{"stt": str(i), "file": b["file"], "name": b["cell_name"],
               "status": STATUS_VI[b["status"]], "errors": n2(b["errors"])}
              for i, b in enumerate(summary.broken, start=1)]
    superior_of_issuer = issuer_superior or ""
    return {
        "hdr_superior": vn.upper(superior_of_issuer) if superior_of_issuer else "……………………",
        "hdr_cell": vn.upper(issuer), "doc_number": "Số      -BC/ĐU",
        "date_line": vn.date_line(summary.place or "……", day or dt.date.today()),
        "sign_for": "T/M ĐẢNG ỦY", "sign_title": vn.upper(signer_title or "Bí thư"),
        "sign_name": signer or "",
        "recipients": ["- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."],
        "year": str(year), "issuer": issuer, "superior": summary.superior,
        "basis": rulebook.period_for(year).basis, "cap_rate": vn.decimal(summary.cap_rate),
        "t": {"cells": n2(t["cells"]), "files": n2(t["files"]), "members": n2(t["members"]),
              "official": n2(t["official"]), "probationary": n2(t["probationary"]),
              "women": n2(t["women"]), "rated": n2(rated), "htxs": n2(t["htxs"]),
              "htt": n2(t["htt"]), "ht": n2(t["ht"]), "kht": n2(t["kht"]),
              "admitted": n2(t["admitted"]),
              "attendance": vn.percent(t["present"], t["summoned"]) if t["summoned"] else "",
              "broken": n2(t["broken"])},
        "s": s, "dist": dist, "cap": cap, "cells": cells, "broken": broken,
    }


def missing_header(issuer_superior: str | None, signer: str | None) -> list[str]:
    """What the report leaves to fill by hand, as the options that would fill it."""
    return [f"{what} (thêm {option} \"…\")" for what, option, value in (
        ("cấp ủy cấp trên ở đầu báo cáo", "--issuer-superior", issuer_superior),
        ("họ tên người ký", "--signer", signer)) if not value]


def write_summary(summary: Summary, path, *, report: bool = True, templates=None,
                  day: dt.date | None = None, issuer: str | None = None,
                  issuer_superior: str | None = None, signer: str | None = None,
                  signer_title: str | None = None) -> list[Path]:
    """Write the summary workbook at `path` and, with `report`, the .docx beside it.

    Everything is rendered in memory first, then each file is written whole.
    """
    from ..files.outputs import write_bytes

    path = Path(path)
    docx = None
    if report:
        from ..render.renderer import find_template, render, template_dirs
        from ..render.templatefields import require_fields

        template = find_template("tong_hop", template_dirs(templates))
        context = report_context(summary, day, issuer, issuer_superior, signer, signer_title)
        require_fields([(template, context)])
        docx = render(template, context)
    # made in memory: a full disk then fails in one clean write, not inside the zip writer
    made = [write_bytes(path, _xlsx(summary))]
    if docx is not None:
        made.append(write_bytes(path.with_suffix(".docx"), docx))
    return made
