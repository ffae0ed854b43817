"""rules — the Party's rules as data and pure decisions, each with its source in its docstring:
the rating rules of each evaluation year (rulebook: periods, levels, scores, conditions, forcing
cases, the cap's arithmetic), the review's decisions over a book (rating: who is rated, who votes,
the level proposed, the cap's groups), the cell's terms. A decision lives here once; `checks`
report where a workbook breaks it and `figures` count by it.

May import: workbook.
"""

from .._moved import forward  # noqa: E402

__getattr__ = forward(__name__)  # chibo-xl 0.1's chibo_xl.rules module, for one release
