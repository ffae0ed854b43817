"""What a sheet of the workbook is declared with: `Sheet`, `Column`, the value types and `C`.

The sheets themselves are declared in `schema` (and `infosheet`), their lists of values in
`choices`; everything else reads them through `schema`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

TEXT, INT, NUMBER, DATE, CHOICE, PERCENT, RANGE = (
    "text", "int", "number", "date", "choice", "percent", "range")


@dataclass(frozen=True)
class Column:
    """One column (or, on the key–value sheet, one item) of a sheet."""

    key: str
    header: str
    type: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    open_list: bool = False
    help: str = ""
    example: object = None
    width: int = 16
    low: float | None = None
    high: float | None = None
    #: other headers that mean this column ("Họ Tên", "HoTen" for "Họ và tên")
    synonyms: tuple[str, ...] = ()
    #: (spelling, canonical value) pairs accepted besides `choices` ("HTTNV" → the full level)
    values: tuple[tuple[str, str], ...] = ()
    #: a count of people: at most the number of members listed on "Đảng viên"
    per_member: bool = False
    #: whose list `choices` is when another layer owns it: "documents" (the kinds of document,
    #: for the Văn bản sheet). The workbook knows nothing of documents: the layer that knows both
    #: hands the list in (`bind`, the blank workbook's `lists`) and checks values against it.
    listed_by: str = ""

    @property
    def printed_header(self) -> str:
        """The header as the blank workbook prints it: required columns end in "(*)"."""
        return f"{self.header} (*)" if self.required else self.header

    @property
    def closed(self) -> bool:
        """True when a value outside `choices` is an error."""
        return bool(self.choices) and not self.open_list


@dataclass(frozen=True)
class Sheet:
    """One sheet: its Vietnamese name, code key, columns and whether it may be absent."""

    key: str
    name: str
    columns: tuple[Column, ...]
    help: str
    optional: bool = True
    kind: str = "table"  # "table": a header row then one row a record; "info": Mục | Giá trị
    columns_by_key: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "columns_by_key", {c.key: c for c in self.columns})

    def column(self, key: str) -> Column:
        """The column with code key `key`."""
        return self.columns_by_key[key]


def C(key, header, type=TEXT, required=False, choices=(), open_list=False, help="", example=None,
      width=16, low=None, high=None, synonyms=(), values=(), listed_by="") -> Column:
    """Shorthand the sheet declarations use (`schema`, `infosheet`)."""
    if (choices or listed_by) and type == TEXT:
        type = CHOICE
    return Column(key, header, type, required, tuple(choices), open_list, help, example, width,
                  low, high, synonyms=tuple(synonyms), values=tuple(values), listed_by=listed_by)


def bind(sheets: tuple[Sheet, ...], lists) -> tuple[Sheet, ...]:
    """`sheets` with each column listed by another layer given its list: `lists` maps the owner
    ("documents") to its values. A column whose owner is not in `lists` stays without a list."""
    out = []
    for sheet in sheets:
        columns = tuple(replace(c, choices=tuple(lists[c.listed_by]))
                        if c.listed_by and c.listed_by in lists else c for c in sheet.columns)
        out.append(sheet if columns == sheet.columns else replace(sheet, columns=columns))
    return tuple(out)
