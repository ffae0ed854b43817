"""The đảng bộ's summary of the per-workbook results (`build_summary` → `Summary`).

Pure functions over the plain dicts `aggregate.summarize_file` returns, in any order: sorted by
file, the year and the đảng bộ taken from the cells, a cell sent twice counted once (the newer
copy), totals added up, and the cap of «hoàn thành xuất sắc» computed across the đảng bộ by group
of comparable members. Reading and checking the workbooks is `aggregate`'s; writing the summary
is `summary`'s.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..rules import rulebook
from ..rules.rating import CAP_GROUPS
from ..workbook import cells

LEVEL_KEYS = ("htxs", "htt", "ht", "kht")
#: groups of comparable members for the cap: the cell's own check uses the same ones
GROUPS = CAP_GROUPS
ALL_GROUP = "Toàn đảng bộ"
OK, WITH_ERRORS, UNREADABLE, OWN_OUTPUT = "ok", "errors", "unreadable", "own"


@dataclass
class Summary:
    """Every cell's figures, the đảng bộ's totals, the cap by group and the broken workbooks."""

    folder: str
    year: int | None
    superior: str                 # the đảng bộ, as the cells name it ("Đảng bộ xã Định An")
    place: str
    cap_rate: float
    cells: list = field(default_factory=list)    # one dict a readable workbook, sorted by file
    broken: list = field(default_factory=list)   # workbooks unreadable or with errors
    totals: dict = field(default_factory=dict)
    cap: list = field(default_factory=list)      # one dict a group, then the whole đảng bộ
    skipped: list = field(default_factory=list)  # files that are our own summaries
    duplicates: list = field(default_factory=list)  # {file, same_as, cell_name, year}
    notes: list = field(default_factory=list)    # (file, note)
    found: int = 0
    full: bool = False               # every sheet checked, not `aggregate.SUMMARY_SHEETS`

    @property
    def exceeded(self) -> list[dict]:
        """The cap rows (groups or the whole) above the rate."""
        return [row for row in self.cap if row["exceeded"]]

    @property
    def unreadable(self) -> list[dict]:
        return [b for b in self.broken if b["status"] == UNREADABLE]


def _ratio(part, whole):
    return part * 100 / whole if whole else None


def _most_common(values, prefer_max=False):
    counter = Counter(v for v in values if v)
    if not counter:
        return None
    best = max(counter.values())
    tied = [v for v, n in counter.items() if n == best]
    return max(tied) if prefer_max else sorted(tied)[0]


NUMBER_KEYS = ("members", "official", "probationary", "women", *LEVEL_KEYS, "present",
               "summoned", "admitted", "errors", "warnings")


def _totals(cells: list[dict]) -> dict:
    totals = {key: sum(c[key] for c in cells) for key in NUMBER_KEYS}
    totals["cells"] = len(cells)
    totals["rated"] = sum(totals[k] for k in LEVEL_KEYS)
    totals["ratio"] = _ratio(totals["htxs"], totals["htt"])
    totals["attendance"] = _ratio(totals["present"], totals["summoned"])
    return totals


def _cap_rows(cells: list[dict], rate: float) -> list[dict]:
    rows = []
    whole = dict.fromkeys(LEVEL_KEYS, 0)
    for group, label in GROUPS.items():
        counts = {k: sum(c["groups"].get(group, {}).get(k, 0) for c in cells)
                  for k in LEVEL_KEYS}
        for k in LEVEL_KEYS:
            whole[k] += counts[k]
        if group in ("unmatched", "whole") and not any(counts.values()):
            continue
        rows.append((group, label, counts))
    rows.append(("all", ALL_GROUP, whole))
    out = []
    for group, label, counts in rows:
        x, t = counts["htxs"], counts["htt"]
        judged = group != "unmatched"
        limit = rulebook.cap_limit(t, rate)
        out.append({"group": group, "label": label, "htxs": x, "htt": t,
                    "rated": sum(counts.values()), "ratio": _ratio(x, t), "rate": rate,
                    "limit": limit, "over": max(x - limit, 0) if judged else 0,
                    "judged": judged, "exceeded": judged and rulebook.cap_exceeded(x, t, rate)})
    return out


def _newest_copies(readable: list[dict], mtimes: dict) -> dict[tuple, dict]:
    """(folded cell name, year) → the result of the copy that counts: the newest by the latest
    date the workbook itself records, then by the file's modification time (`mtimes`: file →
    seconds); at a tie, the first by name."""
    def age(r):
        return (r.get("as_of") or "", mtimes.get(r["file"], 0.0))

    kept: dict[tuple, dict] = {}
    for r in readable:                         # sorted by file: the first wins a tie
        if not r["cell_name"]:
            continue
        key = (cells.fold(r["cell_name"]), r["year"])
        if key not in kept or age(r) > age(kept[key]):
            kept[key] = r
    return kept


def _why_newer(newer: dict, older: dict, mtimes: dict) -> str:
    """Why `newer` was kept over `older`, in Vietnamese."""
    if (newer.get("as_of") or "") > (older.get("as_of") or ""):
        day = dt.date.fromisoformat(newer["as_of"])
        return f"mới hơn: sổ ghi đến ngày {day:%d/%m/%Y}"
    if mtimes.get(newer["file"], 0.0) > mtimes.get(older["file"], 0.0):
        return "mới hơn: tệp được lưu sau"
    return "hai bản như nhau"


def build_summary(folder, results: list[dict], year: int | None = None,
                  cap_rate: float = rulebook.DEFAULT_CAP_RATE,
                  mtimes: dict | None = None, full: bool = False) -> Summary:
    """The summary of per-workbook results (in any order): sorted, checked for year and
    duplicates, totalled, and the cap computed across the đảng bộ by group."""
    results = sorted(results, key=lambda r: r["file"])
    readable = [r for r in results if r["status"] in (OK, WITH_ERRORS)]
    year = year or _most_common([r["year"] for r in readable], prefer_max=True)
    summary = Summary(str(folder), year, _most_common([r["superior"] for r in readable]) or "",
                      _most_common([r["place"] for r in readable]) or "", cap_rate,
                      found=len(results), full=full)
    summary.skipped = [r["file"] for r in results if r["status"] == OWN_OUTPUT]
    summary.broken = [{"file": r["file"], "cell_name": r.get("cell_name") or "",
                       "status": r["status"], "errors": r["errors"], "warnings": r["warnings"],
                       "findings": r["findings"]}
                      for r in results if r["status"] in (WITH_ERRORS, UNREADABLE)]
    mtimes = mtimes or {}
    kept = _newest_copies(readable, mtimes)
    for r in readable:
        cell = dict(r, counted=True, note="")
        notes = []
        if r["year"] != year:
            cell["counted"] = False
            notes.append(f"Năm đánh giá {r['year'] or '(trống)'} khác năm tổng hợp {year}: "
                         "không cộng vào tổng")
        newer = kept.get((cells.fold(r["cell_name"] or ""), r["year"]))
        if r["cell_name"] and r["year"] == year and newer is not None and \
                newer["file"] != r["file"]:
            # the same cell's workbook sent twice (a copy, a resend): the newer one counts
            cell["counted"] = False
            why = _why_newer(newer, r, mtimes)
            notes.append(f"Trùng chi bộ, cùng năm với tệp «{newer['file']}» ({why}): chỉ cộng "
                         "tệp ấy (kiểm tra, có thể là bản sao hoặc bản gửi lại)")
            summary.duplicates.append({"file": r["file"], "same_as": newer["file"],
                                       "cell_name": r["cell_name"], "year": r["year"],
                                       "why": why})
        if r["status"] == WITH_ERRORS:
            notes.append("Sổ còn lỗi: số liệu cần kiểm tra lại (xem trang «Sổ có lỗi»)")
        cell["note"] = "; ".join(notes)
        cell["ratio"] = _ratio(r["htxs"], r["htt"])
        cell["attendance"] = _ratio(r["present"], r["summoned"])
        summary.cells.append(cell)
        summary.notes.extend((r["file"], n) for n in notes)
    counted = [c for c in summary.cells if c["counted"]]
    summary.totals = _totals(counted)
    summary.totals["files"] = len(results) - len(summary.skipped)
    summary.totals["broken"] = len(summary.broken)
    summary.totals["unreadable"] = len(summary.unreadable)
    summary.totals["duplicates"] = len(summary.duplicates)
    summary.cap = _cap_rows(counted, cap_rate)
    return summary
