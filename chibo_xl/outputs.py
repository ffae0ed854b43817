"""Writing output files whole or not at all.

Every file chibo-xl produces goes through `atomic_write`: the content is written to a temporary
file in the same folder, flushed, then renamed over the target in one step. A crash or a full
disk leaves the old file (or nothing), never half a document. A target that cannot be replaced —
typically a document still open in Word on Windows — gives a message naming it.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """An output file could not be written; the message is for the user."""


def atomic_write(target: str | os.PathLike, write) -> Path:
    """Call `write(tmp_path)` to produce the file, then move it onto `target` atomically."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Không tạo được thư mục «{target.parent}»: {exc.strerror}.") from None
    fd, tmp = tempfile.mkstemp(prefix=".~chibo-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    # mkstemp makes the file owner-only; give it the permissions a normally saved file gets
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except OSError:
            raise OutputError(f"Không ghi đè được «{target.name}»: tệp đang mở trong Word/Excel "
                              "hoặc chỉ cho đọc. Hãy đóng tệp rồi chạy lại.") from None
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `target` whole or not at all."""
    def write(tmp):
        with open(tmp, "wb") as fh:
            fh.write(data)
    return atomic_write(target, write)
