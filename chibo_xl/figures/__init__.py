"""figures — what a book says in numbers: counts, rates and verdicts of the year (tally), party
fees (fees), the calendar (timeline: the book as it stood on a day, the months a meeting reviews
and plans), the «Lịch sử» sheet's figures of past years (history). Pure functions over a `Book`,
remembered on it (workbook.memo).

May import: rules, workbook.
"""

from .._moved import forward  # noqa: E402

__getattr__ = forward(__name__)  # chibo-xl 0.1's chibo_xl.figures module, for one release
