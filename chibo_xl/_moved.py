"""The module paths of chibo-xl 0.1, kept for one release (issue 21: the package moved into
layer folders). `import chibo_xl.build` or `from chibo_xl.check import check_file` still work and
warn (DeprecationWarning) with the new path; a name that is now a layer's folder
(`chibo_xl.workbook`, `figures`, `rules`, `render`, `excel`) forwards the old module's names the
same way. Remove in the next release, with the README's table of moved paths.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types
import warnings

#: old module → its new path
MOVED = {
    "chibo_xl.aggregate": "chibo_xl.commands.aggregate",
    "chibo_xl.blank": "chibo_xl.workbook.blank",
    "chibo_xl.bookwriter": "chibo_xl.workbook.bookwriter",
    "chibo_xl.build": "chibo_xl.commands.build",
    "chibo_xl.cells": "chibo_xl.workbook.cells",
    "chibo_xl.check": "chibo_xl.checks.pipeline",
    "chibo_xl.choices": "chibo_xl.workbook.choices",
    "chibo_xl.commandline": "chibo_xl.commands.commandline",
    "chibo_xl.context": "chibo_xl.documents.context",
    "chibo_xl.conversions": "chibo_xl.commands.conversions",
    "chibo_xl.excel": "chibo_xl.excel.bridge",
    "chibo_xl.faults": "chibo_xl.files.faults",
    "chibo_xl.fees": "chibo_xl.figures.fees",
    "chibo_xl.fields": "chibo_xl.documents.fields",
    "chibo_xl.figures": "chibo_xl.figures.tally",
    "chibo_xl.findings": "chibo_xl.workbook.findings",
    "chibo_xl.history": "chibo_xl.figures.history",
    "chibo_xl.importer": "chibo_xl.commands.importer",
    "chibo_xl.infosheet": "chibo_xl.workbook.infosheet",
    "chibo_xl.intake": "chibo_xl.commands.intake",
    "chibo_xl.kinds": "chibo_xl.documents.kinds",
    "chibo_xl.macro": "chibo_xl.workbook.macro",
    "chibo_xl.member_docs": "chibo_xl.documents.member_docs",
    "chibo_xl.memo": "chibo_xl.workbook.memo",
    "chibo_xl.minutes": "chibo_xl.documents.minutes",
    "chibo_xl.newyear": "chibo_xl.commands.newyear",
    "chibo_xl.outputs": "chibo_xl.files.outputs",
    "chibo_xl.package": "chibo_xl.render.package",
    "chibo_xl.paramtypes": "chibo_xl.commands.paramtypes",
    "chibo_xl.pdf": "chibo_xl.render.pdf",
    "chibo_xl.printfile": "chibo_xl.render.printfile",
    "chibo_xl.rating_checks": "chibo_xl.checks.ratings",
    "chibo_xl.render": "chibo_xl.render.renderer",
    "chibo_xl.review_docs": "chibo_xl.documents.review_docs",
    "chibo_xl.rowkinds": "chibo_xl.workbook.rowkinds",
    "chibo_xl.rules": "chibo_xl.rules.rulebook",
    "chibo_xl.sandbox": "chibo_xl.render.sandbox",
    "chibo_xl.schema": "chibo_xl.workbook.schema",
    "chibo_xl.sections": "chibo_xl.documents.sections",
    "chibo_xl.sentences": "chibo_xl.documents.sentences",
    "chibo_xl.sheettypes": "chibo_xl.workbook.sheettypes",
    "chibo_xl.stepcache": "chibo_xl.files.stepcache",
    "chibo_xl.summary": "chibo_xl.commands.summary",
    "chibo_xl.tables": "chibo_xl.workbook.tables",
    "chibo_xl.templatebody": "chibo_xl.render.templatebody",
    "chibo_xl.templatecache": "chibo_xl.render.templatecache",
    "chibo_xl.templatefields": "chibo_xl.render.templatefields",
    "chibo_xl.term": "chibo_xl.documents.term",
    "chibo_xl.termjob": "chibo_xl.commands.termjob",
    "chibo_xl.terms": "chibo_xl.rules.terms",
    "chibo_xl.timeline": "chibo_xl.figures.timeline",
    "chibo_xl.vbaproject": "chibo_xl.workbook.vbaproject",
    "chibo_xl.vnformat": "chibo_xl.workbook.vnformat",
    "chibo_xl.vocab": "chibo_xl.workbook.vocab",
    "chibo_xl.workbook": "chibo_xl.workbook.reader",
    "chibo_xl.xlsxfile": "chibo_xl.workbook.xlsxfile",
    "chibo_xl.xlsxsafe": "chibo_xl.workbook.xlsxsafe",
    "chibo_xl.year_checks": "chibo_xl.checks.yearly",
}
#: old modules whose name is now a layer's folder: the folder forwards the old module's names
FOLDERS = {old: new for old, new in MOVED.items() if new.startswith(old + ".")}


def _warn(old: str, new: str) -> None:
    warnings.warn(f"Đường dẫn cũ «{old}» đã chuyển sang «{new}» (chibo-xl: {old} is now {new}; "
                  "the old path goes in the next release).", DeprecationWarning, stacklevel=3)


class _Forward(types.ModuleType):
    """An old module path: every name is the new module's."""

    def __getattr__(self, name):
        return getattr(importlib.import_module(self.__dict__["_target"]), name)


class _OldPaths(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name in MOVED and name not in FOLDERS:
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        module = _Forward(spec.name)
        module._target = MOVED[spec.name]
        _warn(spec.name, MOVED[spec.name])
        return module

    def exec_module(self, module):
        importlib.import_module(module._target)


def install() -> None:
    """Let the old module paths import (once per process)."""
    if not any(isinstance(f, _OldPaths) for f in sys.meta_path):
        sys.meta_path.append(_OldPaths())


def forward(folder: str):
    """`__getattr__` for a layer folder named like an old module: the old module's names."""
    old = folder
    new = MOVED.get(old)

    def __getattr__(name):
        if new is None or name.startswith("__"):
            raise AttributeError(name)
        if importlib.util.find_spec(f"{folder}.{name}") is not None:
            return importlib.import_module(f"{folder}.{name}")
        target = importlib.import_module(new)
        if not hasattr(target, name):
            raise AttributeError(f"module {folder!r} has no attribute {name!r}")
        _warn(f"{old}.{name}", f"{new}.{name}")
        return getattr(target, name)

    return __getattr__
