"""Figures computed once per book: a memo held on the `Book` object itself.

A build takes the same figures (membership, ratings, the sentences …) for many documents: the
checks, the plan, the report, Mẫu 01, the ballot … each asks again. `per_book` remembers a
function's result on the book it was computed from, so it lives and dies with that book (no
global cache outliving a build, nothing shared between the 1.000 books `aggregate` reads).

Every document stays true on its own date: a document dated D is built from the book as it
stood on D (`timeline.on`), a different object with its own memo, so two documents of different
dates never share a figure that depends on the date. A book is not changed after it is checked;
the one change a check makes (`check._values` blanking a value not in its list) comes before any
figure and calls `forget`. Results are shared: callers read them and never change them.
"""
from __future__ import annotations

import functools

_SLOT = "_per_book_memo"


def per_book(fn):
    """`fn(book, *args)` (args hashable) computed once per book object and args."""

    @functools.wraps(fn)
    def once(book, *args):
        memo = book.__dict__.get(_SLOT)
        if memo is None:
            memo = book.__dict__[_SLOT] = {}
        key = (once, args)
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = fn(book, *args)
            return value

    return once


def per_year(fn):
    """`per_book` for a function reading only sheets a dated book shares with its whole book
    (`timeline.on` changes members, meetings and party development, never the others): held
    on the whole year's book, so every date's book shares the one result."""
    memoized = per_book(fn)

    @functools.wraps(fn)
    def shared(book, *args):
        return memoized(getattr(book, "whole", None) or book, *args)

    return shared


def forget(book) -> None:
    """Drop every figure remembered on `book` (after a value of it was changed)."""
    book.__dict__.pop(_SLOT, None)
