"""chibo-xl: one Excel workbook of a school party cell → every document of its year.

The package is a house of layers, one folder each. A build walks it from the bottom up: raw grids
(workbook) → a typed Book → findings (checks) and figures → contexts (documents) → files
(render), run by a job (commands) or the Excel button (excel). Each layer imports only the layers
`LAYERS` lets it; `tests/test_layers.py` reads every module's imports and fails on one that goes
up or closes a circle. Each layer's `__init__.py` says what it holds.

Two names outside the layers are kept for the field: `chibo_xl.cli` (the console script and the
launchers' `python -m chibo_xl.cli`) and `chibo_xl.excel.main` (the button's macro). The module
paths of chibo-xl 0.1 (`chibo_xl.build`, `chibo_xl.check`, …) still import, with a
DeprecationWarning naming the new path, until the next release (`_moved`).
"""
from __future__ import annotations

#: layer → the layers it may import, bottom to top (declared once: the test and the README's
#: developer map read it)
LAYERS: dict[str, tuple[str, ...]] = {
    "files": (),
    "workbook": ("files",),
    "rules": ("workbook",),
    "figures": ("rules", "workbook"),
    "documents": ("figures", "rules", "workbook"),
    "checks": ("documents", "figures", "rules", "workbook"),
    "render": ("files",),
    "commands": ("checks", "documents", "figures", "render", "rules", "workbook", "files"),
    "excel": ("commands", "checks", "documents", "figures", "render", "rules", "workbook",
              "files"),
}

#: a library → the layers that may import it (only the reader touches Excel files, only the
#: renderer Word files, only the button xlwings)
LIBRARIES: dict[str, tuple[str, ...]] = {
    "python_calamine": ("workbook",), "openpyxl": ("workbook",), "olefile": ("workbook",),
    "docxtpl": ("render",), "docx": ("render",), "jinja2": ("render",), "lxml": ("render",),
    "pypdf": ("render",), "pandas": ("commands",), "click": ("commands",),
    "xlwings": ("excel",),
}

from . import _moved  # noqa: E402  (after LAYERS: the old paths' table is read from here)

_moved.install()
