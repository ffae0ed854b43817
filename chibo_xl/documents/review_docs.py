"""Contexts of the review's further documents: the ballot on the cell's own level, the ballot
choosing among the "Hoàn thành xuất sắc nhiệm vụ" proposals when the cap binds, the request to
the đảng ủy for commendation and the list of the review file sent up. Finished Vietnamese strings,
as in `context`; all from the same review context (`context.review_context`).

Sources, as quoted in the public repository tnt305/tai_lieu_noi_bo, src/etl/dataset/:
Quy định 366-QĐ/TW Điều 11 (the levels, the cap) in 798cd4156f607f4a.md and 0a1e2260de436b1a.md;
Điều 17 (the review file) in 806996fd62ed81df.md; Hướng dẫn 43-HD/BTCTW §4.2 (the file sent up
"theo Mẫu 04") in 90e02d44a82eedc7.md, Mẫu 04-HD KĐ.ĐG 2025 named in bd426cf3c9b9d680.md and
d1280440ad4c9aa6.md (its full text is not quoted there); Hướng dẫn 06-HD/TW (09/6/2025) §19
(commendation of party organisations and members) in 01692bb313971813.md and 0a1e2260de436b1a.md.
"""
from __future__ import annotations

import datetime as dt

from ..figures import tally
from ..rules import rulebook
from ..rules.rating import cap_group, cap_groups, cap_split, cap_verdicts, join, voters
from ..workbook import cells, schema
from ..workbook import vnformat as vn
from ..workbook.tables import Book
from . import dates, kinds
from .context import document_meta, number_text, superior_committee

n2 = vn.count
DOTS = "……"
#: Hướng dẫn 06-HD/TW (09/6/2025) on implementing the Party's Charter, §19 (khen thưởng tổ chức
#: đảng và đảng viên): from that day the basis of a commendation request
HD06_DAY = dt.date(2025, 6, 9)
HD06 = ("Căn cứ Hướng dẫn số 06-HD/TW ngày 09/6/2025 hướng dẫn một số vấn đề cụ thể thi hành "
        "Điều lệ Đảng (mục 19, khen thưởng tổ chức đảng và đảng viên)")
#: Quy định 366-QĐ/TW, Điều 17: what the review file of a collective and its members holds
QD366 = "Quy định 366-QĐ/TW"


def _proposer(book: Book) -> str:
    return "Chi ủy" if tally.has_committee(book) else "Chi bộ"


def cell_ballot_context(book: Book) -> dict:
    """`pc`: the ballot on the level the cell proposes for itself (Mẫu 01, part B.II).

    The official members present vote (Điều lệ Đảng: probationary members have every right
    "trừ quyền biểu quyết"); the minutes state the result "với số phiếu đạt …"
    (`context.review_context`, `cell_vote`).
    """
    info = book.info
    level = info["cell_level"]
    common, task = info["cell_score_common"], info["cell_score_task"]
    score = (f" (tổng điểm tự đánh giá {vn.decimal(common + task)}/100)"
             if common is not None and task is not None else "")
    cell = info["cell_name"] or "chi bộ"
    proposal = (f"{_proposer(book)} tự đánh giá, đề xuất xếp loại chất lượng {cell} năm "
                f"{info['year']}: «{level}»{score}." if level else
                f"{_proposer(book)} tự đánh giá, đề xuất xếp loại chất lượng {cell} năm "
                f"{info['year']}: {DOTS}{score}.")
    return {"pc": {"proposal": proposal,
                   "levels": [{"stt": str(i), "level": lvl,
                               "proposed": " (đề xuất)" if lvl == level else ""}
                              for i, lvl in enumerate(schema.LEVELS, start=1)]}}


def cell_count_context(book: Book) -> dict:
    """`kc`: the vote-count record of the ballot on the cell's own level (`cell_ballot_context`).

    One ballot goes to each official member present (Điều lệ Đảng Đ.3: probationary members do
    not vote); the shares are of them, as the review minutes give the result «với số phiếu đạt
    …% (x/y đảng viên chính thức dự họp)». The workbook holds the votes for the level proposed
    («Số phiếu tán thành mức xếp loại chi bộ»): the other levels are left to fill by hand unless
    every official member present voted for it (then every ballot came back valid). No majority
    is declared: no text sets the one
    the cell's own level needs (RULES.md, «No central majority threshold»), and the đảng ủy
    decides the level (Hướng dẫn 43-HD/BTCTW §3).
    """
    info = book.info
    level, votes = info["cell_level"], info["cell_level_votes"]
    official = cells.figure(voters(book).official)
    unanimous = votes is not None and cells.known(official) and votes == official
    rows = []
    for i, lvl in enumerate(schema.LEVELS, start=1):
        n = votes if lvl == level and votes is not None else 0 if unanimous else cells.BLANK
        rows.append({"stt": str(i), "level": lvl, "proposed": " (đề xuất)" if lvl == level else "",
                     "n": n2(n), "pct": vn.percent(n, official)})
    if level and votes is not None:
        result = (f"Mức «{level}» do {_proposer(book).lower()} đề xuất được {n2(votes)}/"
                  f"{n2(official)} đảng viên chính thức dự họp tán thành, đạt "
                  f"{vn.percent(votes, official)}.")
    elif level:
        result = f"Mức «{level}» do {_proposer(book).lower()} đề xuất được {DOTS} phiếu tán thành."
    else:
        result = f"Mức xếp loại chất lượng chi bộ được nhiều phiếu tán thành nhất: {DOTS}."
    # every official member present voted for the proposal: each ballot came back valid
    counted = official if unanimous else cells.BLANK
    return {"kc": {"levels": rows, "result": result, "issued": n2(official),
                   "returned": n2(counted), "valid": n2(counted),
                   "invalid": n2(0 if unanimous else cells.BLANK)}}


def _regulation(year: int) -> str:
    period = rulebook.period_for(year)
    return period.regulation + (", Điều 11" if period.regulation == QD366 else "")


def excellent_ballot_context(book: Book, review: dict) -> dict | None:
    """`xs`: the second ballot, among the members proposed "Hoàn thành xuất sắc nhiệm vụ" in
    each group of comparable members where they exceed the cap; None when no group does.

    The cap and its groups are `rules.rating.cap_groups` / `cap_verdicts`, the one rule the
    check, the minutes and `aggregate` judge by: Quy định 366-QĐ/TW, Điều 11 (at most 20% of
    those rated "Hoàn thành tốt nhiệm vụ", "theo đối tượng có vị trí, vai trò, chức năng,
    nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định"); the rate is the workbook's.
    `review`: the review context (`context.review_context`) of the same book.
    """
    info = book.info
    year = info["year"]
    rate = info["cap_rate"] or rulebook.DEFAULT_CAP_RATE
    over = [row for row in cap_verdicts(cap_groups(book), rate) if row["exceeded"]]
    if not over:
        return None
    grouped = cap_split(book)
    joined = join(book)
    rat = tally.ratings(book)
    rate_text = vn.decimal(rate) + "%"
    groups = []
    for n, row in enumerate(over, start=1):
        candidates = [line for r, line in zip(rat.rated, review["ratings"])
                      if line["cell_level"] == rulebook.HTXS
                      and cap_group(joined.get(r.row), grouped) == row["group"]]
        limit, good = row["limit"], row["htt"]
        counts = (f"Được đề nghị «{rulebook.HTXS}»: {n2(row['htxs'])} đồng chí; «{rulebook.HTT}»: "
                  f"{n2(good)} đồng chí; tối đa {rate_text}: {n2(limit)} đồng chí.")
        # a group whose limit is 0 is never `exceeded` (cap_verdicts): no ballot to choose none
        choose = f"Đánh dấu X vào cột «Đồng ý», chọn không quá {n2(limit)} đồng chí."
        groups.append({
            "title": f"{n}. {row['label']}" if len(over) > 1 else row["label"],
            "counts": counts, "choose": choose, "limit": n2(limit),
            "candidates": [{"stt": str(i), "name": c["name"], "post": c["post"],
                            "score": c["score"]} for i, c in enumerate(candidates, start=1)]})
    lead = (f"Số đảng viên được đề nghị xếp loại «{rulebook.HTXS}» vượt quá {rate_text} số đảng "
            f"viên xếp loại «{rulebook.HTT}»" + (" trong nhóm đối tượng tương đồng" if grouped else "")
            + f" ({_regulation(year)}). Chi bộ biểu quyết chọn trong số các đồng chí dưới đây.")
    return {"xs": {"lead": lead, "rate": rate_text, "groups": groups}}


def commendation_context(book: Book, review: dict, day: dt.date | None) -> dict | None:
    """`kt`: the request to the đảng ủy to commend the members proposed (Xếp loại «Đề nghị khen
    thưởng», as the minutes name them) and the cell when it is proposed (Thông tin chung «Đề nghị
    khen thưởng chi bộ»); None when nobody is.

    Basis: Hướng dẫn 06-HD/TW (09/6/2025) §19 — the đảng ủy cơ sở gives a giấy khen to members
    rated "Hoàn thành xuất sắc nhiệm vụ" in the year (19.2), the đảng ủy directly above a chi bộ
    to a chi bộ "Hoàn thành xuất sắc nhiệm vụ" tiêu biểu (19.1); before that day the request
    cites the Charter's implementing rules without a number (not confirmed here). The level is
    the one the cell proposes: the competent committee decides it (Quy định 366-QĐ/TW).
    """
    info = book.info
    year = info["year"]
    rat = tally.ratings(book)
    cell_wish = (info["cell_commendation"] or "").strip().rstrip(".;")
    if not rat.commend and not cell_wish:
        return None
    level_of = {line["name"]: line for line in review["ratings"]}
    members = [{"stt": str(i), "name": name, "post": level_of.get(name, {}).get("post", ""),
                "level": level_of.get(name, {}).get("cell_level", ""), "proposal": wish}
               for i, (name, wish) in enumerate(rat.commend, start=1)]
    bases = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam"]
    bases.append(HD06 if day is None or day >= HD06_DAY else
                 "Căn cứ các quy định, hướng dẫn của Trung ương về thi hành Điều lệ Đảng và khen "
                 "thưởng tổ chức đảng, đảng viên")
    period = rulebook.period_for(year)
    bases.append(f"Căn cứ {period.regulation} và {period.guidance} về kiểm điểm, đánh giá, xếp "
                 "loại chất lượng tập thể, cá nhân")
    meeting = info["review_date"]
    bases.append(f"Căn cứ kết quả kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng viên "
                 f"năm {year}" + (f" tại hội nghị chi bộ ngày {vn.date_short(meeting)}"
                                  if meeting else ""))
    bases = [b + (";" if i < len(bases) - 1 else ",") for i, b in enumerate(bases)]
    cell_name = info["cell_name"] or "Chi bộ"
    heads = iter(("1. ", "2. ") if cell_wish and members else ("", ""))
    cell = {"head": "", "text": ""}
    if cell_wish:
        level = info["cell_level"]
        cell = {"head": next(heads) + "Tập thể",
                "text": f"{cell_name}" + (f", tự đánh giá, xếp loại «{level}» năm {year}"
                                          if level else "") + f": đề nghị {cell_wish}."}
    every_excellent = bool(members) and all(m["level"] == rulebook.HTXS for m in members)
    return {"kt": {
        "recipient": superior_committee(info["superior"] or "") or DOTS,
        "bases": bases, "cell": cell,
        "members_head": (next(heads) + f"Cá nhân: {n2(len(members))} đảng viên có tên sau:"
                         if members else ""),
        "members": members, "count": n2(len(members)),
        "members_note": (f"Các đồng chí có tên trên được chi bộ đánh giá, xếp loại «{rulebook.HTXS}» "
                         f"năm {year}." if every_excellent else ""),
        "decides": "Mức xếp loại nêu trên là mức chi bộ đề nghị; cấp có thẩm quyền xem xét, "
                   "quyết định.",
    }}


def _reference(book: Book, key: str) -> str:
    """"Số 12-BC/CB, ngày 27/11/2026": the number and date a document of `key` carries."""
    kind = kinds.kind(key)
    number = document_meta(book, key)["number"]
    day = dates.document_date(book, kind)
    parts = [number_text(key, number)] if number else []
    if day:
        parts.append(f"ngày {vn.date_short(day)}")
    return ", ".join(parts)


def file_list_context(book: Book, forms: list[tuple[str, str, dict]],
                      commendation: bool) -> dict:
    """`dm`: the list of the review file the cell sends up (danh mục hồ sơ).

    Hướng dẫn 43-HD/BTCTW §4.2 has the file sent "theo Mẫu 04" to the Ban Tổ chức Trung ương;
    the full text of that annex was not found. The items are those Quy định 366-QĐ/TW, Điều 17
    lists for the file of a collective and its members, as far as the cell makes them: the
    members' forms, the residence committees' remarks, the collective report, the minutes (with
    the vote-count record), the suggestions for the review and the others' comments where there
    are any; the appraisal and the conclusion are the đảng ủy's own. `forms`: (template, name,
    context) of the members' forms (`context.member_forms`; the context's `form` is the code).
    """
    info = book.info
    year = info["year"]
    rat = tally.ratings(book)
    by_form: dict[str, int] = {}
    for _template, _name, data in forms:
        by_form[data["form"]] = by_form.get(data["form"], 0) + 1
    basis = rulebook.period_for(year)
    rows = [
        ("Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể chi bộ (Mẫu 01), kèm "
         "phụ lục kết quả xếp loại đảng viên", _reference(book, "mau_01"), "01 bản", ""),
        ("Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng chi bộ và đảng viên",
         _reference(book, "bien_ban_hop_kiem_diem"), "01 bản", ""),
        ("Biên bản kiểm phiếu biểu quyết xếp loại chất lượng đảng viên",
         _reference(book, "bien_ban_kiem_phieu"), "01 bản", "Kèm biên bản hội nghị"),
        ("Bản kiểm điểm, tự đánh giá, xếp loại cá nhân của đảng viên", "",
         f"{n2(len(forms))} bản",
         "; ".join(f"Mẫu {f}: {n2(n)}" for f, n in sorted(by_form.items()))),
        ("Bản nhận xét của cấp ủy nơi cư trú đối với đảng viên", "",
         f"{n2(rat.residence_total)} bản" if rat.residence_total else DOTS,
         "Trừ trường hợp đặc biệt"),
    ]
    if commendation:
        rows.append(("Tờ trình đề nghị khen thưởng", _reference(book, "to_trinh_khen_thuong"),
                     "01 bản", ""))
    rows += [("Văn bản gợi ý kiểm điểm (nếu có)", "", DOTS, ""),
             ("Văn bản tham gia, góp ý của tổ chức, cá nhân liên quan (nếu có)", "", DOTS, ""),
             ("Các văn bản khác (nếu có)", "", DOTS, "")]
    source = (f"{QD366}, Điều 17" if basis.regulation == QD366 else basis.regulation)
    recipient = superior_committee(info["superior"] or "") or DOTS
    return {"dm": {
        "recipient": recipient,
        "lead": f"{info['cell_name'] or 'Chi bộ'} gửi {recipient} hồ sơ kiểm điểm, đánh giá, xếp "
                f"loại chất lượng chi bộ và đảng viên năm {year} ({source}), gồm:",
        "rows": [{"stt": str(i), "name": name, "ref": ref, "count": count, "note": note}
                 for i, (name, ref, count, note) in enumerate(rows, start=1)],
    }}
