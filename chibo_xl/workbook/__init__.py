"""workbook — everything about the secretary's Excel file and nothing about documents: the schema
(sheets, columns, lists: one declaration for the reader, the checks, the blank workbook and the
guide), the reader (python-calamine, openpyxl as fall-back: the only importers), raw grids → a
typed `Book` with each value's cell address (tables), findings, Vietnamese formats of values, the
blank workbook and the writers of .xlsx/.xlsm (openpyxl, the macro workbook's VBA project).

A list this layer does not own (the Văn bản sheet's kinds of document) is handed in by the layer
that knows both (`sheettypes.Column.listed_by`, `sheettypes.bind`).

May import: files (atomic writes), the standard library, python-calamine, openpyxl, olefile.
"""

from .._moved import forward  # noqa: E402

__getattr__ = forward(__name__)  # chibo-xl 0.1's chibo_xl.workbook module, for one release
