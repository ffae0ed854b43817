"""Only regular files are opened in a folder scan (issue 25, item 4).

A FIFO named `fifo.xlsx` in the folder hung `aggregate` for ever (the step cache opened it to
hash it, and an open of a FIFO waits for a writer). FIFOs, devices and sockets are named and
skipped, never opened, in `aggregate` and `term`; given by name, they are refused in one
sentence.
"""
from __future__ import annotations

import json
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


def _aggregate(folder, out):
    result = CliRunner().invoke(main, ["aggregate", str(folder), "-o", str(out), "-j", "1"])
    assert "lỗi bất ngờ" not in result.output and "Traceback" not in result.output, result.output
    assert result.exit_code in (0, 1), result.output
    return result


def test_a_damaged_step_cache_is_only_empty(tmp_path, make_book):
    """The cache beside the summary is a file from disk like the manifest. Before: a FIFO under
    its name hung aggregate for ever; JSON nested 100.000 deep was «Có lỗi bất ngờ
    (RecursionError)»; an entry of another shape stopped the summary (KeyError). Now each is a
    cache that knows nothing: every workbook is read again, the same summary written."""
    folder = tmp_path / "cells"
    folder.mkdir()
    shutil.copy(make_book(), folder / "a.xlsx")
    out = tmp_path / "tong-hop.xlsx"
    cache = stepcache.path_for(out)
    _aggregate(folder, out)
    good = stepcache.load(cache)
    assert len(good) == 1
    expected = _aggregate(folder, out).output

    cache.unlink()
    os.mkfifo(cache)
    with time_limit(30):
        assert _aggregate(folder, out).output == expected
    assert not cache.is_fifo() or stepcache.load(cache) == {}

    for text in ('{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}",
                 '{"format": 1, "code": "%s", "entries": {"%s": {"file": "a.xlsx", '
                 '"status": "ok", "members": "many"}}}'
                 % (stepcache.code_fingerprint(), next(iter(good)))):
        if cache.exists() or cache.is_fifo():
            cache.unlink()
        cache.write_text(text, encoding="utf-8")
        assert stepcache.load(cache) == {}
        assert _aggregate(folder, out).output == expected


def test_a_sound_cache_entry_is_used_and_a_broken_one_read_again(tmp_path, make_book):
    folder = tmp_path / "cells"
    folder.mkdir()
    shutil.copy(make_book(), folder / "a.xlsx")
    out = tmp_path / "tong-hop.xlsx"
    _aggregate(folder, out)
    cache = stepcache.path_for(out)
    data = json.loads(cache.read_text("utf-8"))
    (key, entry), = data["entries"].items()
    assert stepcache.load(cache) == {key: entry}
    for broken in ({**entry, "groups": {"leader": {"htxs": "1"}}}, {**entry, "year": "2026"},
                   {**entry, "findings": "none"}, {k: v for k, v in entry.items() if k != "htt"},
                   [entry], {**entry, "status": "unreadable"}):
        data["entries"] = {key: broken}
        cache.write_text(json.dumps(data), "utf-8")
        assert stepcache.load(cache) == {}, broken
