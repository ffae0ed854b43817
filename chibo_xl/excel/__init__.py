"""excel — the Excel button: xlwings' RunPython calls `main()` (the only importer of xlwings); it
reads the live sheets into the same raw grids the file reader makes and runs the same jobs. The
macros in secretaries' workbooks run `from chibo_xl.excel import main; main()` (the button «Tạo
báo cáo») and `from chibo_xl.excel import next_year; next_year()` («Tạo sổ năm sau»): keep those
names.

May import: commands and every layer below.
"""

from .._moved import forward
from .bridge import documents_dir, main, next_year

__all__ = ["documents_dir", "main", "next_year"]

__getattr__ = forward(__name__)  # chibo-xl 0.1's other names of chibo_xl.excel, for one release
