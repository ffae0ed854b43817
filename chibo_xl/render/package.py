"""A rendered python-docx document saved as .docx bytes, byte-reproducible and without waste.

A build saves some forty documents, thirty of them from one template; each holds ~17 zip parts,
and most parts — styles, theme, numbering, fonts, settings, often the headers — are the same
bytes in every document of a template. Compressing them again for each document was a third of
the saving time; here each distinct part is deflated once per process and its compressed bytes
reused. The zip itself is written directly, entry by entry exactly as `zipfile` lays it out
(what `outputs.stable_package` makes of a plain save: the same bytes, tests check it), since
`zipfile` can only write data it compresses itself.
"""
from __future__ import annotations

import datetime as dt
import struct
import sys
import zlib

from ..files.outputs import CORE_DATE

#: blob → (CRC-32, deflated bytes) of the parts saved so far in this process
_DEFLATED: dict = {}
_KEPT = [0]                     # bytes held by _DEFLATED
_KEEP_AT_MOST = 64 << 20        # a long-running process (many builds) starts afresh past this

# zipfile's layout (Python's zipfile module: ZipInfo.FileHeader, ZipFile._write_end_record)
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20                   # zipfile's DEFAULT_VERSION: what deflate needs
_SYSTEM = 0 if sys.platform == "win32" else 3   # zipfile's ZipInfo.create_system
_MODE = 0o600 << 16             # the permissions every entry is given (as before)
_LIMIT = (1 << 31) - 1          # beyond it zipfile would switch to zip64
#: deflate level of every entry. zlib's levels 1–3 are its fast method: for a form's 42 KB of
#: XML, level 3 takes half the time of the default 6 and the part is 4,2 KB instead of 3,4 KB
LEVEL = 3


#: id(part) → (part, its bytes) of parts known never to change (see `keep_unchanged`)
_UNCHANGED: dict = {}


def keep_unchanged(part) -> None:
    """Serialize `part` once: it is a template's part that no render changes (render.py shares
    it between the documents of that template), so every document takes these very bytes."""
    _UNCHANGED[id(part)] = part, part.blob


def unchanged_blob(part) -> bytes | None:
    """The bytes of `part` when it is one kept by `keep_unchanged`, else None."""
    kept = _UNCHANGED.get(id(part))
    return kept[1] if kept is not None and kept[0] is part else None


def _blob(part) -> bytes:
    kept = unchanged_blob(part)
    return part.blob if kept is None else kept


#: what python-docx writes for a part's relationships, and for the content types: the same
#: bytes for every document of a template, each built from a dozen tiny parsed elements
_RELS: dict = {}
_TYPES: dict = {}


def _rels_xml(rels) -> bytes:
    key = tuple((rel.rId, rel.reltype, rel.target_ref, rel.is_external) for rel in rels.values())
    if key not in _RELS:
        if len(_RELS) > 4096:
            _RELS.clear()
        _RELS[key] = rels.xml
    return _RELS[key]


def _content_types(parts) -> bytes:
    from docx.opc.pkgwriter import PackageWriter

    key = tuple((part.partname, part.content_type) for part in parts)
    if key not in _TYPES:
        blobs = []

        class Keep:  # PackageWriter's physical writer, keeping the bytes
            @staticmethod
            def write(_uri, blob):
                blobs.append(blob)

        PackageWriter._write_content_types_stream(Keep, parts)
        if len(_TYPES) > 4096:
            _TYPES.clear()
        _TYPES[key] = blobs[0]
    return _TYPES[key]


def _deflated(blob: bytes) -> tuple[int, bytes]:
    kept = _DEFLATED.get(blob)
    if kept is None:
        # zipfile's compressor for ZIP_DEFLATED at compresslevel=LEVEL
        packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        kept = (zlib.crc32(blob), packer.compress(blob) + packer.flush())
        if _KEPT[0] > _KEEP_AT_MOST:
            _DEFLATED.clear()
            _KEPT[0] = 0
        _DEFLATED[blob] = kept
        _KEPT[0] += len(blob) + len(kept[1])
    return kept


def zip_bytes(entries, when: dt.datetime) -> bytes:
    """The zip of (name, blob) `entries`, in order, each deflated and dated `when` — the bytes
    `zipfile.ZipFile.writestr` gives with a ZipInfo of that date and mode 0600 (compresslevel
    LEVEL)."""
    day = max(when, dt.datetime(1980, 1, 1))
    dosdate = (day.year - 1980) << 9 | day.month << 5 | day.day
    dostime = day.hour << 11 | day.minute << 5 | (day.second // 2)
    chunks, central, offset = [], [], 0
    for name, blob in entries:
        crc, data = _deflated(blob)
        try:
            raw, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            raw, flags = name.encode("utf-8"), 0x800
        if len(blob) * 1.05 > _LIMIT or offset > _LIMIT:
            raise ValueError(f"«{name}» quá lớn cho một tệp .docx")
        head = _LOCAL.pack(b"PK\003\004", _VERSION, 0, flags, zlib.DEFLATED, dostime, dosdate,
                           crc, len(data), len(blob), len(raw), 0)
        central.append(_CENTRAL.pack(b"PK\001\002", _VERSION, _SYSTEM, _VERSION, 0, flags,
                                     zlib.DEFLATED, dostime, dosdate, crc, len(data), len(blob),
                                     len(raw), 0, 0, 0, 0, _MODE, offset) + raw)
        chunks += (head, raw, data)
        offset += len(head) + len(raw) + len(data)
    directory = b"".join(central)
    end = _END.pack(b"PK\005\006", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(chunks) + directory + end


def package_bytes(document, when: dt.datetime) -> bytes:
    """The python-docx `document` saved as .docx bytes, every zip entry and the core dates set
    to `when` — the bytes `outputs.stable_package(…, level=LEVEL)` makes of a plain save, in
    one pass.

    python-docx's own save stamps the time of saving into each entry; re-zipping afterwards
    decompressed and recompressed every part of every document a second time.
    """
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI

    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    # PackageWriter.write's order: content types, the package's relationships, then each part
    # and its relationships; the relationships' and content types' bytes are kept (above)
    entries = [(CONTENT_TYPES_URI.membername, _content_types(parts)),
               (PACKAGE_URI.rels_uri.membername, _rels_xml(package.rels))]
    for part in parts:
        blob = _blob(part)
        if part.partname.membername == "docProps/core.xml":
            blob = CORE_DATE.sub(lambda m: m[1] + stamp + m[2], blob)
        entries.append((part.partname.membername, blob))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, _rels_xml(part.rels)))
    return zip_bytes(entries, when)
