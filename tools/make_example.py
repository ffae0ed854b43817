"""Write the bundled example workbook from tools/example_data.py (run after changing either).

    python tools/make_example.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from example_data import EXAMPLE  # noqa: E402

from chibo_xl.documents.kinds import workbook_lists  # noqa: E402
from chibo_xl.workbook.blank import write_workbook  # noqa: E402

TARGET = HERE.parent / "workbook_templates" / "vi-du-chi-bo-2026.xlsx"

if __name__ == "__main__":
    print(write_workbook(TARGET, EXAMPLE, workbook_lists()))
