"""The registry of document kinds: each kind a workbook can produce is declared once, here.

One module of this package per kind (chibo_xl/documents/kinds/<key>.py) holds `KIND = Kind(...)`:
its file name and title, its Văn bản entry and number abbreviation, its date rule and the moment
its figures are taken, when it is skipped and the sentence saying why, its templates and the
function making its documents. The builder (commands.build), the Văn bản sheet's list
(`workbook_lists`, handed to the workbook by the commands and checks), `chibo-xl fields`, the
template generator (tools/make_templates.py) and the docs read it; adding a kind is one new module
here plus its template. Modules are found by listing the package (a name beginning with "_" is no
kind: `_shared`), so two kinds added at once never touch the same file.

Standard library only here, and a kind module imports nothing else at its top, so listing the
kinds (the checks of the Văn bản sheet do) stays cheap: a kind's `documents` function imports
what it needs inside its body (the figures and contexts live in their own modules, e.g.
chibo_xl.documents.context).
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Callable

#: date rules (Kind.date): which day a document is dated (chibo_xl.documents.dates.document_date)
SIGN = "sign"                # the Văn bản row's date, else Thông tin chung's signing day
PLAN = "plan"                # the Văn bản date, else the year's first meeting, else signing day
MEETING = "meeting"          # the day of the meeting it records (Doc.day)
BEFORE_REVIEW = "before_review"  # Văn bản date, else 3 working days before the review meeting
REVIEW = "review"            # the review meeting's day
AFTER_REVIEW = "after_review"  # Văn bản date, else signing day (a warning when before the review)
OWN = "own"                  # the Văn bản row's date, else none: the date line is left to fill
                             # by hand (a request due before its occasion: never year-end's day)
#: as-of rules (Kind.as_of): the moment its figures are taken
YEAR_END = "year_end"        # the whole year's figures (the reports, as today)
ON_DATE = "on_date"          # what was true on the document's own date


@dataclass(frozen=True)
class Doc:
    """One document a kind makes: its context and, when not the kind's defaults, its template,
    its file name (relative, without .docx; may hold a folder) and its date."""

    context: dict
    template: str | None = None
    seq: int | None = None      # place in its series in the year (1 = first), for its number
    file: str | None = None
    day: dt.date | None = None
    values: dict = field(default_factory=dict)  # extra fields of Kind.title ("{date}", "{month}")


@dataclass
class Source:
    """What a kind's `documents` function gets: `book` (seen on the kind's date when its figures
    are ON_DATE), `whole` (the whole year's book), `day` (the kind's date by its rule), the
    meetings of the build (None or []: none), `on(day)` (the book seen on another day: a meeting's)
    and `once(fn, *args)`, which computes a shared context once per build (the yearly reports
    share one year context, the review documents one review context)."""

    book: object
    meetings: list | None = None
    whole: object = None
    day: dt.date | None = None
    _memo: dict = field(default_factory=dict)

    def once(self, fn: Callable, *args):
        """`fn(*args)`, computed at most once per build."""
        key = (fn, *(a if isinstance(a, (str, int, dt.date, type(None))) else id(a)
                     for a in args))
        if key not in self._memo:
            self._memo[key] = fn(*args)
        return self._memo[key]

    def on(self, day: dt.date | None):
        """The whole book as it stood on `day` (chibo_xl.figures.timeline.on), once per day."""
        from ...figures.timeline import on

        return self.once(on, self.whole if self.whole is not None else self.book, day)

    def for_kind(self, book, day) -> "Source":
        """This source for one kind: its book and day, sharing the memo."""
        return Source(book, self.meetings, self.whole if self.whole is not None else self.book,
                      day, self._memo)


@dataclass(frozen=True)
class Kind:
    """The declaration of one document kind.

    key        identifier; the template's name unless `templates` says otherwise
    title      file name and message title, with {year} {next_year} {term} and Doc.values
    name       the kind in messages (default: the title without its fields, see `display`)
    order      place in the output list and in `chibo-xl fields` (gaps of 10 leave room)
    documents  Source → list of Doc (its context function; [] when the book has nothing for it)
    label      its entry in the Văn bản sheet's «Loại văn bản» list (None: no Văn bản row)
    abbr       type abbreviation of its number, Hướng dẫn 36-HD/VPTW: "BC", "KH", "BB", "NQ"
    series     True for kinds repeating in a year (minutes): numbers follow on in date order
    numbered   for a series: which Sinh hoạt rows take its numbers, `numbered(book, row)`
               (default: every meeting)
    date       date rule: SIGN, PLAN, MEETING, BEFORE_REVIEW, REVIEW, AFTER_REVIEW or OWN
    as_of      moment of the figures: YEAR_END or ON_DATE (the book as it stood on its date:
               src.book is then chibo_xl.figures.timeline.on(book, that day))
    templates  every template name it may use (default: (key,))
    needs      sheets that must have rows ("info.KEY": a Thông tin chung item that must be
               filled), else the kind is skipped with `skip`
    asked      made only when the Văn bản sheet has a row of its `label`
    per_meeting made for the meetings of the build (every dated «Sinh hoạt» row, or the month
               `--meeting` chooses; none when Thông tin chung says «Lập biên bản, nghị quyết
               sinh hoạt: Không»)
    skip       the sentence saying why it was not made ("" : left out silently)
    folder     its documents go in a folder named by its title, each Doc.file inside it
    print_file title of one file holding all its documents for printing (None: none)
    """

    key: str
    title: str
    documents: Callable
    order: int = 500
    name: str = ""
    label: str | None = None
    abbr: str = "BC"
    series: bool = False
    numbered: Callable = lambda book, meeting: True
    date: str = SIGN
    as_of: str = YEAR_END
    templates: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    asked: bool = False
    per_meeting: bool = False
    skip: str = ""
    folder: bool = False
    print_file: str | None = None

    @property
    def display(self) -> str:
        """The kind in messages: `name`, else the title without its fields
        ("Kế hoạch hoạt động chi bộ năm {year}" → "Kế hoạch hoạt động chi bộ")."""
        return self.name or re.sub(r"(\s+(năm|tháng|nhiệm kỳ))?\s*\{\w+\}[-\w{}]*", "",
                                   self.title).strip()

    @property
    def template_names(self) -> tuple[str, ...]:
        """The templates this kind may render."""
        return self.templates or (self.key,)


_KINDS: list[Kind] | None = None


def all_kinds() -> list[Kind]:
    """Every declared kind, in `order` (then key)."""
    global _KINDS
    if _KINDS is None:
        found = []
        for module in pkgutil.iter_modules(__path__):
            if module.name.startswith("_"):
                continue
            declared = importlib.import_module(f"{__name__}.{module.name}").KIND
            found.append(declared)
        keys = [k.key for k in found]
        if len(set(keys)) != len(keys):
            raise RuntimeError(f"two document kinds share a key: {sorted(keys)}")
        _KINDS = sorted(found, key=lambda k: (k.order, k.key))
    return list(_KINDS)


def kind(key: str) -> Kind:
    """The kind declared under `key` (KeyError when none is)."""
    for declared in all_kinds():
        if declared.key == key:
            return declared
    raise KeyError(key)


def kind_of_template(template: str) -> Kind | None:
    """The kind rendering `template`, None for a template of no kind (tong_hop)."""
    return next((k for k in all_kinds() if template in k.template_names), None)


def workbook_lists() -> dict[str, tuple[str, ...]]:
    """The workbook's lists the documents own (workbook.sheettypes.Column.listed_by): the Văn bản
    sheet's «Loại văn bản», every kind's label. The layer that writes or checks a workbook hands
    them in; the workbook itself knows nothing of documents."""
    return {"documents": tuple(document_types())}


def document_types() -> dict[str, tuple[str, str]]:
    """The Văn bản sheet's list: label → (kind key, number abbreviation)."""
    return {k.label: (k.key, k.abbr) for k in all_kinds() if k.label}
