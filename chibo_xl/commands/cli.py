"""The `chibo-xl` command: each command a thin wrapper over one library function.

Imports of heavy libraries happen inside the commands, so `chibo-xl check` never loads
openpyxl, docxtpl or xlwings.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..files.faults import guarded
from .commandline import Folder, Number, TargetFile, TargetFolder, ViGroup, WorkbookFile


def _fail(message: str, code: int = 2) -> None:
    click.echo(message, err=True)
    sys.exit(code)


@click.group("chibo-xl", cls=ViGroup, context_settings={"help_option_names": ["-h", "--help"]},
             example="chibo-xl build so-chi-bo-2026.xlsx")
@click.version_option(package_name="chibo-xl", message="chibo-xl, phiên bản %(version)s",
                      help="In số phiên bản rồi thoát.")
def main():
    """chibo-xl: từ một sổ Excel của chi bộ ra mọi văn bản trong năm.

    Gõ «chibo-xl» rồi tên lệnh và tên sổ; mỗi lệnh có hướng dẫn riêng, ví dụ
    «chibo-xl build --help».
    """


@main.command(example="chibo-xl init so-chi-bo-2026.xlsm")
@click.argument("path", required=False, type=TargetFile("SỔ", "tên sổ sẽ tạo"))
@click.option("--macro", is_flag=True,
              help="Tạo sổ .xlsm có nút «Tạo báo cáo» để bấm ngay trong Excel (tên sổ "
                   "đuôi .xlsm cũng vậy).")
@click.option("--force", is_flag=True, help="Ghi đè nếu tệp đã có.")
def init(path, macro, force):
    """Tạo sổ Excel trống theo mẫu (danh sách chọn, trang Hướng dẫn) và tệp
    «Tao bao cao - <tên sổ>.cmd» bấm đúp là kiểm tra và tạo văn bản."""
    from ..documents.kinds import workbook_lists
    from ..files.outputs import OutputError
    from ..workbook.blank import write_workbook
    from ..workbook.macro import MacroError, write_launcher, write_macro_workbook

    path = Path(path or ("so-chi-bo.xlsm" if macro else "so-chi-bo.xlsx"))
    if macro and path.suffix.lower() != ".xlsm":
        path = path.with_suffix(".xlsm")
    macro = path.suffix.lower() == ".xlsm"   # an .xlsm without its macro would not open
    if path.exists() and not force:
        _fail(f"Tệp «{path}» đã có: chibo-xl không ghi đè sổ của bạn (dùng --force nếu chắc).")
    try:
        lists = workbook_lists()
        made = (write_macro_workbook(path, force, lists=lists)[0] if macro
                else write_workbook(path, lists=lists))
        launcher, written = write_launcher(path, force)
    except (MacroError, OutputError) as exc:
        _fail(str(exc))
    kind = "sổ có nút «Tạo báo cáo»" if macro else "sổ trống"
    click.echo(f"Đã tạo {kind}: {made}")
    _said_launcher(launcher, written)


def _said_launcher(launcher, written: bool) -> None:
    click.echo(f"Đã tạo: {launcher} (bấm đúp để kiểm tra và tạo văn bản khi Excel chặn macro)"
               if written else f"Giữ nguyên «{launcher}» đã có (dùng --force để ghi lại).")


@main.command(example="chibo-xl check so-chi-bo-2026.xlsx")
@click.argument("workbook", type=WorkbookFile())
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON cho máy đọc.")
def check(workbook, as_json):
    """Kiểm tra sổ: mọi lỗi và cảnh báo, có trang và ô. Mã thoát 0 sạch, 1 cảnh báo, 2 lỗi."""
    from ..checks.pipeline import check_file

    book, report = check_file(workbook)
    if book is not None and not report.errors:
        from ..render.renderer import template_dirs
        from ..rules.terms import is_last_year
        from .build import would_make
        from .coverage import warn_unused_sections

        last = is_last_year(book.info["term"], book.info["year"])
        warn_unused_sections(book, report, would_make(book, last),
                             template_dirs([Path(workbook).parent / "report_templates"]))
    click.echo(report.to_json() if as_json else report.to_text())
    sys.exit(report.exit_code)


@main.command(example="chibo-xl build so-chi-bo-2026.xlsx -o van-ban-2026")
@click.argument("workbook", type=WorkbookFile())
@click.option("-o", "--output", "outdir", type=TargetFolder(),
              help="Thư mục ghi văn bản (mặc định: bên cạnh sổ, theo tên sổ và năm).")
@click.option("--templates", type=Folder("thư mục mẫu"),
              help="Thư mục mẫu riêng, thay cho mẫu có sẵn (từng tệp).")
@click.option("--meeting", metavar="THÁNG",
              help="Chỉ lập biên bản, nghị quyết sinh hoạt của một tháng (2026-11); văn bản các "
                   "tháng khác để nguyên. Không ghi: mọi buổi họp.")
@click.option("--pdf", is_flag=True, help="Tạo thêm bản PDF của mọi văn bản (cần LibreOffice), "
              "dù mục «Tạo thêm bản PDF» ở trang Thông tin chung ghi gì.")
def build(workbook, outdir, templates, meeting, pdf):
    """Kiểm tra sổ rồi tạo mọi văn bản .docx, kể cả biên bản và nghị quyết của mọi buổi họp; có
    lỗi thì dừng và chỉ rõ ô sai."""
    from .build import BuildError, OutputError, RenderError, failure_message
    from .build import build as run_build

    try:
        result = run_build(workbook, outdir, templates, meeting, pdf)
    except (BuildError, RenderError, OutputError) as exc:
        _fail(failure_message(exc))
    except Exception as exc:
        from ..render.pdf import PdfError  # only a --pdf build raises it: not imported otherwise

        if not isinstance(exc, PdfError):
            raise
        _fail(f"Đã tạo các tệp .docx nhưng chưa tạo được PDF: {exc}")
    if result.report.findings:
        click.echo(result.report.to_text())
    if not result.ok:
        if all(not f.cell for f in result.report.errors):
            _fail("Chưa tạo văn bản nào: sửa tệp như hướng dẫn ở trên rồi chạy lại.")
        _fail("Sổ còn lỗi: chưa tạo văn bản nào. Sửa các ô trên (trang!ô) rồi chạy lại.")
    for path in result.made:
        click.echo(f"Đã tạo: {path}")
    if result.pdfs:
        click.echo(f"Đã tạo {len(result.pdfs)} tệp PDF bên cạnh các tệp .docx.")
    for title, reason in result.skipped:
        click.echo(f"Bỏ qua: {title} — {reason}.")
    for note in result.notes:
        click.echo(note)
    click.echo(f"Xong: {len(result.made)} văn bản trong thư mục {result.outdir}")


@main.command("new-year", example="chibo-xl new-year so-chi-bo-2026.xlsx")
@click.argument("workbook", type=WorkbookFile())
@click.option("-o", "--output", type=TargetFile("SỔ", "tên sổ năm sau"),
              help="Tệp sổ năm sau (mặc định: bên cạnh sổ, năm tăng thêm 1).")
def new_year(workbook, output):
    """Tạo sổ năm sau từ sổ năm nay: giữ đảng viên, kế hoạch, chỉ tiêu năm sau; xóa xếp loại.

    Sổ .xlsm (có nút «Tạo báo cáo») cho sổ năm sau cũng là .xlsm có nút.
    """
    from ..files.outputs import OutputError
    from ..workbook.macro import MacroError, write_launcher
    from .newyear import write_next_year

    try:
        target, report = write_next_year(workbook, output)
        if target is not None:
            launcher, written = write_launcher(target)
    except (FileExistsError, OutputError, MacroError) as exc:
        _fail(str(exc))
    if target is None:
        click.echo(report.to_text())
        _fail("Sổ năm nay còn lỗi: chưa tạo sổ năm sau.")
    click.echo(f"Đã tạo sổ năm sau: {target}")
    _said_launcher(launcher, written)


@main.command("import", example="chibo-xl import danh-sach-dang-vien.xls -o so-chi-bo-2026.xlsx")
@click.argument("source", type=WorkbookFile())
@click.option("-o", "--output", type=TargetFile("SỔ", "tên sổ sẽ tạo"),
              help="Sổ sẽ tạo (mặc định: bên cạnh danh sách, hoặc bên cạnh sổ --into).")
@click.option("--into", type=WorkbookFile(),
              help="Gộp vào bản sao của sổ này (theo họ tên và ngày sinh); sổ gốc giữ nguyên.")
def import_(source, output, into):
    """Nhập danh sách đảng viên có sẵn (.xlsx, .xls, .ods, .csv) vào sổ: cột, mã và cách viết
    được đổi theo sổ; tệp đầu vào không bị thay đổi. Xong thì kiểm tra sổ vừa tạo."""
    from ..files.outputs import OutputError
    from .intake import IntakeError, describe, run_import

    try:
        result = run_import(source, output, into)
    except (IntakeError, OutputError) as exc:
        _fail(str(exc))
    click.echo("\n".join(describe(result, source)))


@main.command(example="chibo-xl term so-2025.xlsx so-2026.xlsx so-2027.xlsx -o dai-hoi")
@click.argument("workbooks", nargs=-1, required=True, type=click.Path(), metavar="SỔ_HOẶC_THƯ_MỤC...")
@click.option("-o", "--output", "outdir", type=TargetFolder(),
              help="Thư mục ghi báo cáo (mặc định: bên cạnh sổ năm cuối).")
@click.option("--templates", type=Folder("thư mục mẫu"),
              help="Thư mục mẫu riêng, thay cho mẫu có sẵn.")
def term(workbooks, outdir, templates):
    """Lập báo cáo tổng kết nhiệm kỳ từ sổ của mọi năm trong nhiệm kỳ (các tệp, hoặc một thư mục).

    Kiểm tra từng sổ và việc các sổ cùng một chi bộ, cùng nhiệm kỳ, mỗi năm một sổ; năm thiếu sổ
    thì lấy từ trang «Lịch sử» của sổ năm sau, hoặc báo rõ năm thiếu.
    """
    from ..files.outputs import OutputError
    from ..render.renderer import RenderError
    from .termjob import TermError, run_term

    try:
        result = run_term(workbooks, outdir, templates)
    except (TermError, RenderError, OutputError) as exc:
        _fail(f"Không lập được báo cáo nhiệm kỳ: {exc}")
    if result.report.findings:
        click.echo(result.report.to_text())
    if not result.ok:
        _fail("Chưa lập báo cáo nhiệm kỳ: sửa các lỗi trên rồi chạy lại.")
    t = result.term
    click.echo(f"Nhiệm kỳ {t.term}: dùng sổ " + ", ".join(
        f"{name} ({year})" for year, (_b, name) in sorted(t.books.items())) + ".")
    for path in result.made:
        click.echo(f"Đã tạo: {path}")


@main.command(example="chibo-xl fields mau_01")
@click.argument("document", required=False, metavar="[MẪU]")
@click.option("--templates", type=Folder("thư mục mẫu"), help="Thư mục mẫu riêng.")
def fields(document, templates):
    """Liệt kê các trường trong mẫu Word và ý nghĩa, để sửa mẫu cho đúng."""
    from ..documents.fields import describe
    from ..render.renderer import RenderError, template_dirs
    from ..render.templatefields import variables

    dirs = template_dirs([templates])
    # only regular files are templates: a FIFO or device named *.docx is no template
    names = sorted({p.stem: p for d in reversed(dirs) for p in d.glob("*.docx")
                    if p.is_file()}.items())
    if document:
        names = [(n, p) for n, p in names if n == document]
        if not names:
            _fail(f"Không có mẫu «{document}». Các mẫu: "
                  + ", ".join(p.stem for d in dirs for p in sorted(d.glob("*.docx"))
                              if p.is_file()))
    try:
        click.echo(describe(names, variables))
    except RenderError as exc:
        _fail(str(exc))


def _progress_bar(done: int, total: int) -> None:
    """A one-line progress bar on stderr (only called when stderr is a terminal)."""
    width = 30
    filled = width * done // total if total else width
    sys.stderr.write(f"\rĐang đọc sổ [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


@main.command(example="chibo-xl aggregate so-cac-chi-bo -o tong-hop.xlsx")
@click.argument("folder", type=Folder("thư mục chứa các sổ chi bộ"))
@click.option("-o", "--output", default="tong-hop.xlsx", show_default=True,
              type=TargetFile("TỆP", "tên bảng tổng hợp"),
              help="Bảng tổng hợp .xlsx; báo cáo .docx ghi bên cạnh, cùng tên.")
@click.option("-j", "--jobs", default=2, show_default=True, type=Number(1, 64),
              help="Số tiến trình đọc sổ song song.")
@click.option("--year", type=Number(1990, 2100), help="Năm tổng hợp (mặc định: năm của đa số sổ).")
@click.option("--cap-rate", default=20.0, show_default="20", type=Number(0, 100, decimal=True),
              help="Tỷ lệ trần hoàn thành xuất sắc (%) so với hoàn thành tốt, toàn đảng bộ.")
@click.option("--issuer", metavar="TÊN",
              help="Tên đảng ủy lập báo cáo (mặc định: «Đảng bộ cấp trên» trong sổ chi bộ).")
@click.option("--issuer-superior", metavar="TÊN",
              help="Cấp ủy cấp trên của đảng ủy, in ở đầu báo cáo (ví dụ \"Đảng bộ tỉnh Hà Nội\").")
@click.option("--signer", metavar="HỌ-TÊN", help="Họ tên người ký báo cáo.")
@click.option("--signer-title", metavar="CHỨC-VỤ", default="Bí thư", show_default=True,
              help="Chức vụ người ký (Bí thư, Phó Bí thư).")
@click.option("--templates", type=Folder("thư mục mẫu"),
              help="Thư mục mẫu riêng (tong_hop.docx), thay cho mẫu có sẵn.")
@click.option("--full-check", is_flag=True,
              help="Kiểm tra mọi trang của mỗi sổ như «chibo-xl check» (chậm hơn khoảng hai lần). "
                   "Mặc định chỉ đọc và kiểm tra các trang số liệu tổng hợp lấy từ đó.")
def aggregate(folder, output, jobs, year, cap_rate, issuer, issuer_superior, signer,
              signer_title, templates, full_check):
    """Tổng hợp mọi sổ chi bộ (.xlsx, .xlsm) trong thư mục: bảng Excel và báo cáo Word.

    Sổ lỗi hoặc không đọc được được liệt kê, không làm dừng việc tổng hợp. Mã thoát 0 mọi sổ
    sạch, 1 có sổ lỗi, 2 không tạo được bảng tổng hợp.
    """
    from ..files.outputs import OutputError
    from ..render.renderer import RenderError
    from .aggregate import aggregate as run_aggregate
    from .aggregate import is_own_output
    from .summary import missing_header, write_summary

    if not output.lower().endswith(".xlsx"):
        _fail(f"Tệp tổng hợp phải có đuôi .xlsx: «{output}».")
    if Path(output).exists() and not is_own_output(output):
        _fail(f"Tệp «{output}» đã có và không phải bảng tổng hợp của chibo-xl: không ghi đè.")
    from ..files.stepcache import path_for

    summary = run_aggregate(folder, jobs, year=year, cap_rate=cap_rate, exclude=[output],
                            progress=_progress_bar if sys.stderr.isatty() else None,
                            cache=path_for(output), full=full_check)
    if not summary.found:
        _fail(f"Không có sổ .xlsx/.xlsm nào trong thư mục «{folder}».")
    try:
        made = write_summary(summary, output, templates=[templates], issuer=issuer,
                             issuer_superior=issuer_superior, signer=signer,
                             signer_title=signer_title)
    except (OutputError, RenderError) as exc:
        _fail(f"Không ghi được bảng tổng hợp: {exc}")
    t = summary.totals
    click.echo(f"Đã đọc {t['files']} tệp: {t['cells']} sổ cộng vào tổng, "
               f"{t['broken'] - t['unreadable']} sổ có lỗi, {t['unreadable']} tệp không đọc được"
               + (f", {t['duplicates']} sổ trùng" if summary.duplicates else "")
               + (f"; bỏ qua {len(summary.skipped)} bảng tổng hợp cũ." if summary.skipped else "."))
    _said_files(summary)
    for row in summary.exceeded:
        click.echo(f"Vượt trần HTXSNV ({row['label']}): {row['htxs']} > tối đa {row['limit']}.")
    for path in made:
        click.echo(f"Đã tạo: {path}")
    blank = missing_header(issuer_superior, signer)
    if blank:
        click.echo("Báo cáo Word còn để trống, điền tay hoặc chạy lại với: " + "; ".join(blank)
                   + ".")
    sys.exit(1 if summary.broken else 0)


def _said_files(summary) -> None:
    """Each file aggregate could not count, or counted once for two, with the reason."""
    from .aggregate import UNREADABLE

    for b in summary.broken:
        if b["status"] == UNREADABLE:
            reason = b["findings"][0][4] if b["findings"] else ""
            click.echo(f"Không đọc được: {b['file']} — {reason}")
        else:
            click.echo(f"Sổ có lỗi: {b['file']} — {b['errors']} lỗi (xem trang «Sổ có lỗi» của "
                       "bảng tổng hợp; sổ vẫn được cộng).")
    for d in summary.duplicates:
        click.echo(f"Sổ trùng: {d['file']} — cùng {d['cell_name']} năm {d['year']} với tệp "
                   f"{d['same_as']}: giữ tệp {d['same_as']} ({d['why']}), không cộng tệp này.")
    for file in summary.skipped:
        click.echo(f"Bỏ qua: {file} — bảng tổng hợp do chibo-xl lập.")


main = guarded(main)  # OS errors, signals, any console: see chibo_xl.files.faults

if __name__ == "__main__":  # pragma: no cover
    main()
