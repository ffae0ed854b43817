"""excel — the Excel button: xlwings' RunPython calls `main()` (the only importer of xlwings); it
reads the live sheets into the same raw grids the file reader makes and runs the same jobs. The
macro in secretaries' workbooks runs `from chibo_xl.excel import main; main()`: keep that name.

May import: commands and every layer below.
"""

from .._moved import forward
from .bridge import documents_dir, main

__all__ = ["documents_dir", "main"]

__getattr__ = forward(__name__)  # chibo-xl 0.1's other names of chibo_xl.excel, for one release
