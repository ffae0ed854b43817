"""render — finished contexts (plain dicts) → files: docxtpl in a bounded Jinja sandbox (renderer,
sandbox, templatebody: the only importers of docxtpl), the unknown-field check (templatefields),
the compiled-template cache, the .docx writer (package), the print file of every member's form
(printfile) and PDF through LibreOffice (pdf). Knows nothing of workbooks or rules.

May import: files.
"""

from .._moved import forward  # noqa: E402

__getattr__ = forward(__name__)  # chibo-xl 0.1's chibo_xl.render module, for one release
