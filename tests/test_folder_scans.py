"""Only regular files are opened in a folder scan (issue 25, item 4).

A FIFO named `fifo.xlsx` in the folder hung `aggregate` for ever (the step cache opened it to
hash it, and an open of a FIFO waits for a writer). FIFOs, devices and sockets are named and
skipped, never opened, in `aggregate` and `term`; given by name, they are refused in one
sentence.
"""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from bounded import time_limit
from chibo_xl.cli import main
from chibo_xl.files import stepcache
from chibo_xl.workbook.blank import write_workbook
from termbooks import year_data

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs and sockets")


def strangers(folder: Path) -> list:
    """A FIFO, a socket and a device, each named like a workbook; the socket is kept open."""
    os.mkfifo(folder / "fifo.xlsx")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.xlsx"))
    os.symlink("/dev/zero", folder / "thiet-bi.xlsx")
    return [server]


def test_aggregate_names_and_skips_what_is_no_file(tmp_path, make_book):
    folder = tmp_path / "so"
    folder.mkdir()
    shutil.copy(make_book(), folder / "a.xlsx")
    keep = strangers(folder)
    with time_limit(120):                   # before: for ever
        result = CliRunner().invoke(main, ["aggregate", str(folder), "-j", "1", "-o",
                                           str(tmp_path / "tong-hop.xlsx")])
    keep[0].close()
    assert result.exit_code == 1, result.output          # skipped files are listed as unread
    assert "Đã đọc 4 tệp: 1 sổ cộng vào tổng, 0 sổ có lỗi, 3 tệp không đọc được." in result.output
    for name, what in (("fifo.xlsx", "ống dẫn (FIFO), không phải tệp"),
                       ("socket.xlsx", "socket, không phải tệp"),
                       ("thiet-bi.xlsx", "thiết bị, không phải tệp")):
        assert f"Không đọc được: {name} — Bỏ qua: {what}." in result.output


def test_term_over_a_folder_skips_what_is_no_file(tmp_path):
    folder = tmp_path / "nhiem-ky"
    folder.mkdir()
    for year in (2025, 2026, 2027):
        write_workbook(folder / f"so-{year}.xlsx", year_data(year))
    keep = strangers(folder)
    with time_limit(120):
        result = CliRunner().invoke(main, ["term", str(folder), "-o", str(tmp_path / "out")])
    keep[0].close()
    assert result.exit_code == 0, result.output
    assert f"Bỏ qua «{folder / 'fifo.xlsx'}»: ống dẫn (FIFO), không phải tệp." in result.output
    assert (tmp_path / "out" / "Báo cáo tổng kết nhiệm kỳ 2025-2027.docx").is_file()


def test_a_fifo_given_by_name_is_refused_in_one_sentence(tmp_path):
    os.mkfifo(tmp_path / "so.xlsx")
    with time_limit(60):
        result = CliRunner().invoke(main, ["check", str(tmp_path / "so.xlsx")])
    assert result.exit_code == 2
    assert "không phải một tệp bình thường (có thể là ống dẫn, thiết bị): chibo-xl không mở nó" \
           in result.output


def test_the_step_cache_never_opens_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "so.xlsx")
    with time_limit(10):
        assert stepcache.content_key(tmp_path / "so.xlsx") is None
