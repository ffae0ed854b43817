"""A template's bytes, read only when they can be parsed within bounds.

A template is input like any cell (a `report_templates` folder beside the workbook is used by
itself). python-docx parses every XML part of a .docx when it opens it, and docxtpl hands the
body to Jinja: a 2,3 MB template whose document.xml inflated to 1,5 GB took 30 s and 8,2 GB in
`build` and in `fields` alike. Before anything parses it, `read` looks at the file and its zip
directory (the sizes zipfile will not read past):

- a regular file (never a FIFO or device: `ownership.open_regular`) of at most `MAX_FILE` bytes;
- at most `MAX_ENTRIES` parts, none inflating past `MAX_PART`, all past `MAX_TOTAL`;
- the XML parts (parsed into trees: ≈ 20 bytes of memory per byte of dense XML) at most
  `MAX_XML` together. The built-in templates' XML is ≈ 0,1 MB; Word writes a 30-page template
  in well under 1 MB.

The Jinja source of each part is also bounded in tags (`MAX_TAGS`, checked where Jinja gets it:
`renderer._environment`), since each tag becomes several nodes and lines of compiled Python.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..files.ownership import open_regular

MAX_FILE = 32 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_PART = 16 * 1024 * 1024
MAX_TOTAL = 48 * 1024 * 1024
MAX_XML = 4 * 1024 * 1024
MAX_TAGS = 20_000        # {{ … }} and {% … %} in one part (the built-in ones: a few hundred)


class TemplateRefused(Exception):
    """The template file cannot be used; the message is for the user and names it."""


_READ: dict = {}        # (path, size, mtime, inode) → bytes already read and checked


def read(path: Path) -> bytes:
    """The bytes of the template at `path`, once its file and zip directory are within the
    bounds; TemplateRefused otherwise. A file read before and unchanged since (its size, time
    and inode) is not read again: 3.000 member forms come from one template."""
    path = Path(path)
    try:
        info = path.stat()
        key = (str(path), info.st_size, info.st_mtime_ns, info.st_ino)
    except OSError:
        key = None
    if key in _READ:
        return _READ[key]
    data = _read(path)
    if key is not None:
        _READ[key] = data
    return data


def _read(path: Path) -> bytes:
    fh = open_regular(path, MAX_FILE)
    if fh is None:
        if path.is_file() and path.stat().st_size > MAX_FILE:
            raise TemplateRefused(f"Mẫu «{path.name}» quá lớn (hơn {MAX_FILE >> 20} MB): mẫu văn "
                                  "bản không lớn như vậy. Hãy dùng mẫu khác.")
        raise TemplateRefused(f"Không đọc được mẫu «{path.name}»: không phải một tệp bình "
                              "thường.")
    with fh:
        data = fh.read()
    check_package(data, path.name)
    return data


def check_package(data: bytes, name: str) -> None:
    """Refuse a .docx whose parts would inflate past the bounds (see the module docstring)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise TemplateRefused(f"Mẫu «{name}» bị hỏng, không mở được ({exc}).") from None
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if len(infos) > MAX_ENTRIES or any(i.file_size > MAX_PART for i in infos) or \
            sum(i.file_size for i in infos) > MAX_TOTAL or xml > MAX_XML:
        raise TemplateRefused(
            f"Mẫu «{name}» có cấu trúc bất thường (giải nén ra quá lớn): từ chối đọc để bảo vệ "
            "máy. Hãy mở mẫu bằng Word, lưu thành tệp mới, hoặc xóa nó khỏi thư mục "
            "report_templates để dùng mẫu có sẵn.")
