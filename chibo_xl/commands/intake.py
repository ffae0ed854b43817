"""The `chibo-xl import` job: read a list → map it → write a workbook → check it → tell the user.

Neither input is ever written: the result is a new workbook made from the blank one, or, with
`into`, a copy of the user's workbook with the members merged by name and date of birth.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..checks.pipeline import check_file, member_key
from ..documents.kinds import workbook_lists
from ..workbook import bookwriter, cells, schema
from ..workbook.findings import Report
from ..workbook.reader import WorkbookError, read_workbook
from ..workbook.sources import read_source
from ..workbook.tables import load_book
from .importer import Imported, ImportError_, import_members


class IntakeError(Exception):
    """The import cannot be done; the message is for the user."""


@dataclass
class IntakeResult:
    """What was read, where it went, and what the check of the result says."""

    imported: Imported
    target: str
    merged: dict | None = None
    report: Report = field(default_factory=Report)


def default_target(source: str, into: str | None) -> str:
    """Beside the workbook merged into ("so-da-nhap.xlsx"), or beside the list ("ds-so-chi-bo.xlsx")."""
    if into:
        p = Path(into)
        return str(p.with_name(f"{p.stem}-da-nhap{p.suffix}"))
    p = Path(source)
    return str(p.with_name(f"{p.stem}-so-chi-bo.xlsx"))


def _same(a, b) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _matches(rows: list[dict], book) -> list:
    """For each imported member, the row of the same member in `book` (name + date of birth,
    or the name alone when only one member has it and the list gives no date), or None."""
    by_key, by_name = {}, {}
    for m in book.rows("members"):
        if m["name"]:
            by_key.setdefault(member_key(m["name"], m["dob"]), m.row)
            by_name.setdefault(cells.fold(m["name"]), []).append(m.row)
    keys = []
    for row in rows:
        found = by_key.get(member_key(row.get("name"), row.get("dob")))
        if found is None and row.get("dob") is None:
            same = by_name.get(cells.fold(row.get("name", "")), [])
            found = same[0] if len(same) == 1 else None
        keys.append(found)
    return keys


def run_import(source, target=None, into=None) -> IntakeResult:
    """Import the member list at `source` into a new workbook (or a copy of `into`) at `target`."""
    source = os.fspath(source)
    target = os.fspath(target) if target else default_target(source, into and os.fspath(into))
    for given, what in ((source, "tệp danh sách"), (into, "sổ nhập vào")):
        if given and _same(given, target):
            raise IntakeError(f"Tệp kết quả «{target}» trùng với {what}: chibo-xl không ghi vào "
                              "tệp đầu vào. Hãy chọn tên khác (-o).")
    if Path(target).exists():
        raise IntakeError(f"Tệp «{target}» đã có: chibo-xl không ghi đè. Hãy chọn tên khác (-o) "
                          "hoặc xóa tệp cũ.")
    if Path(target).suffix.lower() not in (".xlsx", ".xlsm"):
        raise IntakeError(f"Tệp kết quả phải là sổ .xlsx: «{target}».")
    try:
        raw = read_source(source)
        book = load_book(read_workbook(into))[0] if into else None
        # the year decides whether a register's date of moving is this year's movement
        imported = import_members(raw, book.info["year"] if book else None)
        keys = _matches(imported.members, book) if book else None
    except (WorkbookError, ImportError_) as exc:
        raise IntakeError(str(exc)) from None
    result = IntakeResult(imported, target)
    if into:
        result.merged = bookwriter.merge_into(into, target, imported.members, keys)
    else:
        bookwriter.write_new(target, imported.members, workbook_lists())
    _, result.report = check_file(target)
    return result


def _plural(n: int) -> str:
    return f"{n} lần" if n > 1 else "1 lần"


def describe(result: IntakeResult, source: str) -> list[str]:
    """The Vietnamese lines `chibo-xl import` prints: rows, columns, values, skips, what is left."""
    im = result.imported
    rows = im.header_rows
    where = f"dòng {rows[0]}" if len(rows) == 1 else f"dòng {rows[0]}–{rows[-1]}"
    lines = [f"Đọc «{Path(source).name}», trang «{im.sheet}», tiêu đề ở {where}: lấy "
             f"{len(im.members)} đảng viên."]
    lines.append("Cột đã nhận (cột trong tệp → cột trong sổ):")
    lines += [f"  «{src}» → «{dst}»" for src, dst in im.mapped]
    if im.unmapped:
        lines.append("Cột không dùng: " + ", ".join(f"«{u}»" for u in im.unmapped) + ".")
    if im.converted:
        lines.append("Giá trị đã chuyển:")
        lines += [f"  {header}: {change} ({_plural(n)})"
                  for (header, change), n in sorted(im.converted.items())]
    for row, why in im.skipped:
        lines.append(f"Bỏ qua dòng {row}: {why}.")
    left = im.left_to_type()
    if left:
        lines.append(f"Còn phải nhập ở trang «{schema.MEMBERS.name}»:")
        lines += [f"  {header}{' (bắt buộc)' if required else ''}: {n} đảng viên"
                  for header, n, required in left]
    if result.merged is not None:
        m = result.merged
        lines.append(f"Đã gộp vào bản sao của sổ: thêm {m['added']} đảng viên mới, bổ sung "
                     f"{m['updated']} đảng viên đã có ({m['filled']} ô trống được điền, "
                     f"giữ nguyên {m['kept']} giá trị đã nhập khác với danh sách).")
    else:
        lines.append(f"Trang «{schema.INFO.name}» của sổ mới còn trống: hãy điền năm, tên chi "
                     "bộ, bí thư… trước khi tạo văn bản.")
    lines.append(f"Đã tạo sổ: {result.target}")
    lines.append("Kiểm tra sổ vừa tạo:")
    lines.append(result.report.to_text())
    return lines
