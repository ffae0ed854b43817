"""PDF copies of the produced documents, through LibreOffice on both cores, started early.

Measured on the example's 40 documents (2 cores, LibreOffice 7.4, see bench/bench.py --pdf):
- one `soffice --convert-to pdf` call converts its files after one start-up (≈ 1 s of CPU for
  the first file, ≈ 0,08 s for each further one), so the documents are split into `processes()`
  groups of about equal work (two on a two-core PC), one call a group, the calls at once;
- of that start-up, ≈ 0,8 s is LibreOffice's own, before it opens any file. `Office()` therefore
  starts the processes (`soffice --headless`, no file) when the build begins, and they start up
  while chibo-xl reads the workbook and renders. The conversion is then an ordinary
  `soffice --convert-to` call with the same profile: LibreOffice hands it through its pipe to
  the process already running there (its one-instance-per-profile rule), waits until it is done,
  and the process, left with no document, ends. Without a running process the very same call
  converts on its own, so a process that failed to start only costs its start-up again;
- a fresh profile costs ≈ 0,25 s more a process (its first start fills it, and on Windows
  registers the bundled extensions), so each process keeps a profile in the user's cache folder
  (`profiles_folder()`: one "slot" a process). A slot is locked by the process using it (an
  operating-system lock, gone with the process), so a second chibo-xl at the same time takes
  another slot or a temporary profile; a LibreOffice the user has open uses the user's own
  profile, and LibreOffice keeps one process per profile, so they never meet. A conversion that
  fails with a kept profile is tried once more with the profile recreated (a damaged profile,
  e.g. one cut short by a power cut, then heals by itself).
No UNO bridge: it is not available to the Python a teacher installs on Windows.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from ..files import lifeline
from ..files.outputs import atomic_write

WINDOWS_FOLDERS = (r"C:\Program Files\LibreOffice\program",
                   r"C:\Program Files (x86)\LibreOffice\program")
TIMEOUT_PER_FILE = 60
GRACE = 10         # s a process may take to end after its PDFs exist
# s without a new PDF after a handed-over call came back (the time one file may take): the
# process started ahead did not take the request (LibreOffice can drop one handed to it while
# it is still starting) and idles; it is stopped and the group converted by a call of its own
STALL = TIMEOUT_PER_FILE
SLOTS = 4          # kept profiles: two for one build, two more for a second build at once
# --norestore: a process stopped half-way (the build failed) must not offer document recovery;
# --nolockcheck: our own lock guards the profile (a stopped process leaves LibreOffice's behind)
OPTIONS = ("--headless", "--norestore", "--nolockcheck")
# Word bookmarks become PDF named destinations (where `cut` finds each form); LibreOffice reads
# export options written this way since 7.4, an older one converts with its defaults
EXPORT = ('pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":'
          '{"type":"boolean","value":"true"}}')


class PdfError(Exception):
    """PDF conversion failed; the message is for the user."""


def find_soffice() -> str | None:
    """LibreOffice's `soffice` on PATH or in the usual Windows install folders, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for folder in WINDOWS_FOLDERS:
        candidate = Path(folder) / "soffice.exe"
        if candidate.is_file():
            return str(candidate)
    return None


def processes(count: int) -> int:
    """How many LibreOffice processes for `count` documents: one a core, at most two (each
    takes ≈ 150 MB), never more than the documents."""
    return max(1, min(2, os.cpu_count() or 1, count))


def weight(doc: Path) -> int:
    """How much LibreOffice has to lay out: the size of the text part of a .docx (a combined
    print file of 30 forms weighs 30 forms), else the file's size."""
    import zipfile

    try:
        with zipfile.ZipFile(doc) as zf:
            return zf.getinfo("word/document.xml").file_size
    except (OSError, KeyError, zipfile.BadZipFile):
        return doc.stat().st_size if doc.exists() else 0


def split(documents: list[Path], groups: int) -> list[list[Path]]:
    """`documents` in `groups` groups of about equal `weight` (heaviest first, to the
    lightest group), each group in the documents' own order."""
    sizes = {doc: weight(doc) for doc in documents}
    buckets: list[list[Path]] = [[] for _ in range(groups)]
    load = [0] * groups
    for doc in sorted(documents, key=lambda d: -sizes[d]):
        lightest = load.index(min(load))
        buckets[lightest].append(doc)
        load[lightest] += sizes[doc]
    order = {doc: i for i, doc in enumerate(documents)}
    return [sorted(b, key=order.get) for b in buckets if b]


# ---------------------------------------------------------------------------------------------
# Profiles
# ---------------------------------------------------------------------------------------------
def profiles_folder() -> Path | None:
    """Where the kept profiles live: beside the templates' cache (`templatecache.folder()`,
    e.g. %LOCALAPPDATA%\\chibo-xl\\libreoffice), inside the folder `CHIBO_XL_CACHE` names, or
    None when that cache is turned off (then every build uses temporary profiles)."""
    from .templatecache import folder

    root = folder()
    if root is None:
        return None
    return (root if os.environ.get("CHIBO_XL_CACHE") else root.parent) / "libreoffice"


def _lock(handle) -> bool:
    """Lock the open file `handle` for this process without waiting; False when another holds
    it. The lock goes with the process, so a crash never leaves a slot taken."""
    try:
        if os.name == "nt":
            import msvcrt
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class Slot:
    """One LibreOffice profile: `kept` (in `profiles_folder()`, locked while this process uses
    it) or temporary (under the build's own temporary folder)."""

    def __init__(self, profile: Path, lock=None):
        self.profile, self.lock, self.kept = profile, lock, lock is not None

    @property
    def uri(self) -> str:
        return f"-env:UserInstallation={self.profile.as_uri()}"

    def recreate(self) -> None:
        """Throw the profile away (LibreOffice makes a fresh one at its next start)."""
        if self.profile.is_dir():
            shutil.rmtree(self.profile, ignore_errors=True)
        elif self.profile.exists():
            self.profile.unlink(missing_ok=True)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.close()
            self.lock = None


def take_slots(count: int, temp: Path) -> list[Slot]:
    """`count` profiles: free kept slots first, temporary ones for the rest."""
    slots, folder = [], profiles_folder()
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(SLOTS):
                if len(slots) == count:
                    break
                handle = open(folder / f"slot-{i}.lock", "a+b")  # noqa: SIM115 (held)
                if _lock(handle):
                    slots.append(Slot(folder / f"slot-{i}", handle))
                else:
                    handle.close()
        except OSError:
            pass          # an unwritable cache folder only costs the profiles' first start
    while len(slots) < count:
        slots.append(Slot(temp / f"profile-{len(slots)}"))
    return slots


# ---------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------
def _start(command: list[str]) -> subprocess.Popen:
    """Start `command` so that it, and the LibreOffice it starts, end with chibo-xl however
    chibo-xl ends (`lifeline.popen`: a process group watched by a reaper, PR_SET_PDEATHSIG on
    Linux, a job object on Windows), and `_stop` reaches soffice.bin too."""
    return lifeline.popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop(proc: subprocess.Popen) -> None:
    """End `proc` and the LibreOffice it started (the launcher's child), if still running."""
    lifeline.stop(proc)


class Office:
    """LibreOffice processes started ahead of the documents: create it when the build begins,
    `convert` once the documents exist, `close` at the end (also a context manager)."""

    def __init__(self, count: int | None = None):
        self.soffice = find_soffice()
        self.temp = Path(tempfile.mkdtemp(prefix="chibo-lo-"))
        self.slots: list[Slot] = []
        self.servers: list[subprocess.Popen | None] = []
        if self.soffice is None:
            return
        self.slots = take_slots(count or processes(2), self.temp)
        for slot in self.slots:
            try:
                self.servers.append(_start([self.soffice, slot.uri, *OPTIONS]))
            except OSError:
                self.servers.append(None)   # the conversion call then starts on its own

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop what still runs, release the slots, remove the temporary profiles."""
        for server in self.servers:
            if server is not None:
                _stop(server)
        for slot in self.slots:
            slot.release()
        self.servers, self.slots = [], []
        shutil.rmtree(self.temp, ignore_errors=True)

    def convert(self, documents: list[Path], each) -> list:
        """Convert `documents`, one group a process; `each(doc, produced_pdf)` for every one, in
        the documents' order. Raises PdfError naming the first document without a PDF."""
        if self.soffice is None:
            raise PdfError("Không tìm thấy LibreOffice (soffice) để tạo PDF. Hãy cài LibreOffice "
                           "(https://www.libreoffice.org) rồi chạy lại, hoặc mở tệp .docx bằng "
                           "Word và chọn Lưu dạng PDF.")
        if not documents:
            return []
        documents = [Path(d).resolve() for d in documents]   # LibreOffice's pipe has its cwd
        groups = split(documents, min(len(self.slots), processes(len(documents))))
        for i in range(len(groups), len(self.servers)):
            self._stop_server(i)          # fewer documents than processes
        folders = [self.temp / f"out-{i}" for i in range(len(groups))]
        failed = self._run(groups, folders, range(len(groups)))
        for i in failed:        # once more, by a call of its own (no process is left running)
            if self.slots[i].kept:
                self.slots[i].recreate()
        self._run(groups, folders, failed)
        for i, group in enumerate(groups):
            missing = _missing(group, folders[i])
            if missing is not None:
                raise PdfError(f"LibreOffice không tạo được PDF cho «{missing.name}».")
        where = {doc: folders[i] for i, group in enumerate(groups) for doc in group}
        return [each(doc, where[doc] / (doc.stem + ".pdf")) for doc in documents]

    def _stop_server(self, i: int) -> None:
        if i < len(self.servers) and self.servers[i] is not None:
            _stop(self.servers[i])
            self.servers[i] = None

    def _run(self, groups, folders, which) -> list[int]:
        """Run the conversion calls of the groups `which` at once and wait for them and for the
        processes they were handed to; the groups that did not give every PDF."""
        running, start = {}, time.monotonic()
        try:
            for i in which:
                shutil.rmtree(folders[i], ignore_errors=True)
                running[i] = _start([self.soffice, self.slots[i].uri, *OPTIONS, "--convert-to",
                                     EXPORT, "--outdir", str(folders[i]), *map(str, groups[i])])
            for i, proc in running.items():
                deadline = start + TIMEOUT_PER_FILE * len(groups[i]) + 60
                proc.wait(timeout=max(1, deadline - time.monotonic()))
                server = self.servers[i] if i < len(self.servers) else None
                if server is not None:
                    # it ends once it has converted; LibreOffice's call waits for that, but
                    # should a call come back before the PDFs exist, the process may still be
                    # at it — or never have taken the request
                    if proc.returncode == 0 and _missing(groups[i], folders[i]) is None or \
                            _await_pdfs(server, groups[i], folders[i], deadline):
                        try:
                            server.wait(timeout=GRACE)
                        except subprocess.TimeoutExpired:
                            pass
                    self._stop_server(i)
        except subprocess.TimeoutExpired:
            for i in running:
                self._stop_server(i)
                if self.slots[i].kept:
                    self.slots[i].recreate()    # in case the profile made it hang
            first = next((d for i in running for d in groups[i]
                          if not (folders[i] / (d.stem + ".pdf")).is_file()), groups[0][0])
            raise PdfError(f"LibreOffice chạy quá lâu khi chuyển «{first.name}» sang PDF: "
                           "đã dừng.") from None
        except OSError as exc:
            raise PdfError(f"LibreOffice không chạy được ({exc}).") from None
        finally:
            for proc in running.values():
                _stop(proc)
        return [i for i in which if running[i].returncode or
                _missing(groups[i], folders[i]) is not None]


def _await_pdfs(server: subprocess.Popen, group: list[Path], folder: Path,
                deadline: float) -> bool:
    """Wait while `server` makes the PDFs of `group`: True once all exist; False when it ended
    without them or made none for STALL seconds (it idles: the caller stops it and converts
    again); TimeoutExpired past `deadline`."""
    made, last = -1, time.monotonic()
    while True:
        count = sum((folder / (d.stem + ".pdf")).is_file() for d in group)
        if count == len(group):
            return True
        now = time.monotonic()
        if count != made:
            made, last = count, now
        if server.poll() is not None or now - last > STALL:
            return False
        if now > deadline:
            raise subprocess.TimeoutExpired(server.args, 0)
        time.sleep(0.2)


def _missing(group: list[Path], folder: Path) -> Path | None:
    """The first document of `group` without its PDF in `folder`, or None."""
    return next((d for d in group if not (folder / (d.stem + ".pdf")).is_file()), None)


def to_pdf(documents: list[Path]) -> list[Path]:
    """Convert `documents`; each PDF is written whole beside its .docx."""
    with Office(processes(len(documents))) as office:
        return office.convert(documents, lambda doc, produced: atomic_write(
            doc.with_suffix(".pdf"), lambda tmp: shutil.copyfile(produced, tmp)))


def cut(pdf: bytes, count: int, mark: str) -> list[bytes] | None:
    """A print file's PDF cut into its `count` parts, each from the named destination
    `mark % n` (n from 1) to the next; None when they are not all there in order (a LibreOffice
    older than 7.4 reads no export options), and the parts are then converted one by one."""
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        named = {name.lstrip("/"): dest for name, dest in reader.named_destinations.items()}
        starts = [reader.get_destination_page_number(named[mark % n])
                  for n in range(1, count + 1)]
        ends = [*starts[1:], len(reader.pages)]
        if starts[0] != 0 or any(a >= b for a, b in zip(starts, ends)):
            return None
        pieces = []
        for a, b in zip(starts, ends):
            writer, out = pypdf.PdfWriter(), io.BytesIO()
            for page in reader.pages[a:b]:
                writer.add_page(page)
            writer.write(out)
            pieces.append(out.getvalue())
        return pieces
    except (KeyError, ValueError, pypdf.errors.PyPdfError):
        return None


def pdf_pairs(staged: list[tuple[str, Path]], office: Office | None = None,
              parts: dict[str, list[str]] | None = None) -> list[tuple[str, bytes]]:
    """(relative name, .docx path) → (relative name of its PDF, PDF bytes): for `write_set`.
    `office`: LibreOffice started earlier (`Office()`), else started now. `parts`: print file →
    the documents it joins, in order (marked by `printfile.Combined.PART_MARK`); their PDFs are cut
    from the print file's (the example: 9 documents for LibreOffice to lay out instead of 40)."""
    from .printfile import Combined

    docs = {rel: path for rel, path in staged if rel.lower().endswith(".docx")}
    if office is None:
        with Office(processes(len(docs))) as own:
            return pdf_pairs(staged, own, parts)
    parts = {whole: members for whole, members in (parts or {}).items() if whole in docs}
    cut_out = {member for members in parts.values() for member in members}
    data: dict[str, bytes] = {}

    def convert(rels):
        data.update(zip(rels, office.convert([docs[rel] for rel in rels],
                                             lambda _doc, produced: produced.read_bytes())))

    convert([rel for rel in docs if rel not in cut_out])
    for whole, members in parts.items():
        pieces = cut(data[whole], len(members), Combined.PART_MARK)
        if pieces is not None:
            data.update(zip(members, pieces))
    convert([rel for rel in docs if rel not in data])
    return [(rel[:-5] + ".pdf", data[rel]) for rel in docs]
