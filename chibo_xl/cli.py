"""The `chibo-xl` command: each command a thin wrapper over one library function.

Imports of heavy libraries happen inside the commands, so `chibo-xl check` never loads
openpyxl, docxtpl, pandas or xlwings.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

EPILOG_INIT = "Ví dụ: chibo-xl init so-chi-bo-2026.xlsx"
EPILOG_CHECK = "Ví dụ: chibo-xl check so-chi-bo-2026.xlsx --json"
EPILOG_BUILD = "Ví dụ: chibo-xl build so-chi-bo-2026.xlsx -o van-ban-2026"


def _fail(message: str, code: int = 2) -> None:
    click.echo(message, err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chibo-xl")
def main():
    """chibo-xl: từ một sổ Excel của chi bộ ra mọi văn bản trong năm."""


@main.command(epilog=EPILOG_INIT)
@click.argument("path", default="so-chi-bo.xlsx", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Ghi đè nếu tệp đã có.")
def init(path, force):
    """Tạo sổ Excel trống theo mẫu (có danh sách chọn và trang Hướng dẫn)."""
    from .blank import write_workbook
    from .outputs import OutputError

    if Path(path).exists() and not force:
        _fail(f"Tệp «{path}» đã có: chibo-xl không ghi đè sổ của bạn (dùng --force nếu chắc).")
    try:
        write_workbook(path)
    except OutputError as exc:
        _fail(str(exc))
    click.echo(f"Đã tạo sổ trống: {path}")


@main.command(epilog=EPILOG_CHECK)
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON cho máy đọc.")
def check(workbook, as_json):
    """Kiểm tra sổ: mọi lỗi và cảnh báo, có trang và ô. Mã thoát 0 sạch, 1 cảnh báo, 2 lỗi."""
    from .check import check_file

    _, report = check_file(workbook)
    click.echo(report.to_json() if as_json else report.to_text())
    sys.exit(report.exit_code)


@main.command(epilog=EPILOG_BUILD)
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False),
              help="Thư mục ghi văn bản (mặc định: bên cạnh sổ, theo tên sổ và năm).")
@click.option("--templates", type=click.Path(file_okay=False),
              help="Thư mục mẫu riêng, thay cho mẫu có sẵn (từng tệp).")
@click.option("--meeting", help="Lập biên bản và nghị quyết sinh hoạt: 2026-11 hoặc all.")
@click.option("--pdf", is_flag=True, help="Tạo thêm bản PDF của mọi văn bản (cần LibreOffice).")
def build(workbook, outdir, templates, meeting, pdf):
    """Kiểm tra sổ rồi tạo mọi văn bản .docx; có lỗi thì dừng và chỉ rõ ô sai."""
    from .build import BuildError, OutputError, RenderError, build as run_build
    from .pdf import PdfError

    try:
        result = run_build(workbook, outdir, templates, meeting, pdf)
    except (BuildError, RenderError, OutputError) as exc:
        _fail(f"Không tạo được văn bản: {exc}")
    except PdfError as exc:
        _fail(f"Đã tạo các tệp .docx nhưng chưa tạo được PDF: {exc}")
    if result.report.findings:
        click.echo(result.report.to_text())
    if not result.ok:
        _fail("Sổ còn lỗi: chưa tạo văn bản nào. Sửa các ô trên rồi chạy lại.")
    for path in result.made:
        click.echo(f"Đã tạo: {path}")
    if result.pdfs:
        click.echo(f"Đã tạo {len(result.pdfs)} tệp PDF bên cạnh các tệp .docx.")
    for title, reason in result.skipped:
        click.echo(f"Bỏ qua: {title} — {reason}.")
    click.echo(f"Xong: {len(result.made)} văn bản trong thư mục {result.outdir}")


@main.command("new-year", epilog="Ví dụ: chibo-xl new-year so-chi-bo-2026.xlsx")
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Tệp sổ năm sau (mặc định: bên cạnh sổ, năm tăng thêm 1).")
def new_year(workbook, output):
    """Tạo sổ năm sau từ sổ năm nay: giữ đảng viên, kế hoạch, chỉ tiêu năm sau; xóa xếp loại."""
    from .newyear import write_next_year
    from .outputs import OutputError

    try:
        target, report = write_next_year(workbook, output)
    except (FileExistsError, OutputError) as exc:
        _fail(str(exc))
    if target is None:
        click.echo(report.to_text())
        _fail("Sổ năm nay còn lỗi: chưa tạo sổ năm sau.")
    click.echo(f"Đã tạo sổ năm sau: {target}")


@main.command(epilog="Ví dụ: chibo-xl fields mau_01")
@click.argument("document", required=False)
@click.option("--templates", type=click.Path(file_okay=False), help="Thư mục mẫu riêng.")
def fields(document, templates):
    """Liệt kê các trường trong mẫu Word và ý nghĩa, để sửa mẫu cho đúng."""
    from .fields import describe
    from .render import RenderError, template_dirs, variables

    dirs = template_dirs([templates])
    names = sorted({p.stem: p for d in reversed(dirs) for p in d.glob("*.docx")}.items())
    if document:
        names = [(n, p) for n, p in names if n == document]
        if not names:
            _fail(f"Không có mẫu «{document}». Các mẫu: "
                  + ", ".join(p.stem for d in dirs for p in sorted(d.glob("*.docx"))))
    try:
        click.echo(describe(names, variables))
    except RenderError as exc:
        _fail(str(exc))


if __name__ == "__main__":  # pragma: no cover
    main()
