"""Figures computed once per book: a memo held on the `Book` object itself.

A build takes the same figures (membership, ratings, the sentences …) for many documents: the
checks, the plan, the report, Mẫu 01, the ballot … each asks again. `per_book` remembers a
function's result on the book it was computed from, so it lives and dies with that book (no
global cache outliving a build, nothing shared between the 1.000 books `aggregate` reads).

Every document stays true on its own date: a document dated D is built from the book as it
stood on D (`timeline.on`). Its figures are shared with another day's only when both days see
the very same records of the whole book (`BookOn.seen`: nobody admitted, moved, recognized or
met in between), and then they are held on the whole book, keyed by those records; a figure
that names the day itself ("đến ngày …") is `per_day`, remembered on that day's book only.
A book is not changed after it is checked; the one change a check makes (`check._values`
blanking a value not in its list) comes before any figure and calls `forget`. Results are
shared: callers read them and never change them.
"""
from __future__ import annotations

import functools

_SLOT = "_per_book_memo"


def _memo(holder) -> dict:
    memo = holder.__dict__.get(_SLOT)
    if memo is None:
        memo = holder.__dict__[_SLOT] = {}
    return memo


def _remember(memo: dict, key, fn, book, args):
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = fn(book, *args)
        return value


def per_book(fn):
    """`fn(book, *args)` (args hashable) computed once per book and args; a dated book seeing
    the whole book's own records shares the result with every day seeing the same ones."""

    @functools.wraps(fn)
    def once(book, *args):
        whole, seen = book.__dict__.get("whole"), book.__dict__.get("seen")
        if whole is not None and seen is not None:
            return _remember(_memo(whole), (once, seen or None, args), fn, book, args)
        return _remember(_memo(book), (once, None, args), fn, book, args)

    return once


def per_day(fn):
    """`per_book` for a function that also reads the book's day (`timeline.as_of_day`):
    remembered on that day's book only."""

    @functools.wraps(fn)
    def once(book, *args):
        return _remember(_memo(book), (once, args), fn, book, args)

    return once


def per_year(fn):
    """`per_book` for a function reading only sheets a dated book shares with its whole book
    (`timeline.on` changes members, meetings and party development, and hides the review's
    outcome in Xếp loại and Thông tin chung before its day, never the others): held
    on the whole year's book, so every date's book shares the one result."""

    @functools.wraps(fn)
    def shared(book, *args):
        holder = book.__dict__.get("whole") or book
        return _remember(_memo(holder), (shared, None, args), fn, holder, args)

    return shared


def forget(book) -> None:
    """Drop every figure remembered on `book` (after a value of it was changed)."""
    book.__dict__.pop(_SLOT, None)
