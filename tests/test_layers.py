"""One floor per layer (issue 21): every module's imports, read from its source (ast; imports
inside functions too), go only to the layers `chibo_xl.LAYERS` lets its layer import, libraries
only from the layers `chibo_xl.LIBRARIES` names, and no two modules import each other, however
far round. The layers are declared once, in chibo_xl/__init__.py; the README's map lists them."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

import chibo_xl

PACKAGE = Path(chibo_xl.__file__).resolve().parent
README = PACKAGE.parent / "README.md"
#: modules outside the layers: the package, the field's command-line entry, the old paths' table
ENTRY = {"chibo_xl", "chibo_xl.cli"}
LEAF = {"chibo_xl._moved"}     # imports nothing of chibo_xl; any layer's __init__ may use it


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports(name: str, path: Path, known: set[str]) -> tuple[set[str], set[str]]:
    """(chibo_xl modules, top-level libraries) the source of `name` imports."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    ours, libraries = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                (ours if alias.name.split(".")[0] == "chibo_xl" else libraries).add(
                    alias.name if alias.name.startswith("chibo_xl") else alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").split(".")[0] == "chibo_xl":
                target = node.module
            else:
                libraries.add((node.module or "").split(".")[0])
                continue
            for alias in node.names:    # `from . import x`: x may be a module of its own
                ours.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known
                         else target)
    ours = {m for m in ours if m in known}
    ours.discard(name)
    return ours, libraries


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in chibo_xl.LAYERS else None


@pytest.fixture(scope="module")
def graph():
    found = modules()
    return {name: imports(name, path, set(found)) for name, path in found.items()}


def test_every_module_stands_in_a_layer(graph):
    outside = sorted(n for n in graph if layer_of(n) is None and n not in ENTRY | LEAF)
    assert outside == [], f"modules in no layer folder: {outside}"


def test_imports_go_only_down(graph):
    wrong = []
    for name, (ours, _) in sorted(graph.items()):
        layer = layer_of(name)
        if layer is None:
            continue
        allowed = {layer, *chibo_xl.LAYERS[layer]}
        folder = (PACKAGE / Path(*name.split(".")[1:]) / "__init__.py").exists()
        for target in sorted(ours):
            if target in LEAF and not folder:
                wrong.append(f"{name} → {target} (only a layer's __init__ may use it)")
            elif target not in LEAF and layer_of(target) not in allowed:
                wrong.append(f"{name} ({layer}) → {target} ({layer_of(target) or 'top'})")
    assert wrong == [], "imports going up a layer:\n" + "\n".join(wrong)


def test_libraries_only_where_declared(graph):
    wrong = []
    for name, (_, libraries) in sorted(graph.items()):
        for library in sorted(libraries & set(chibo_xl.LIBRARIES)):
            if layer_of(name) not in chibo_xl.LIBRARIES[library]:
                wrong.append(f"{name} imports {library} "
                             f"(only {', '.join(chibo_xl.LIBRARIES[library])})")
    assert wrong == [], "\n".join(wrong)


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_circle(graph):
    edges = {n: ours for n, (ours, _) in graph.items()}
    assert circles(edges) == []


def test_the_checks_catch_an_upward_import_and_a_circle():
    """The test can fail: a made-up graph with both faults is caught."""
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer_of("chibo_xl.workbook.schema") == "workbook"
    assert "documents" not in chibo_xl.LAYERS["workbook"]


def test_the_readme_map_lists_every_layer():
    text = README.read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(\w+)/` \|", text, flags=re.M)
    assert listed == list(reversed(chibo_xl.LAYERS)), listed


def test_old_paths_import_with_a_warning_naming_the_new_one(recwarn):
    import importlib
    import warnings

    for old in ("chibo_xl.build", "chibo_xl.check"):
        sys.modules.pop(old, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build = importlib.import_module("chibo_xl.build")
        from chibo_xl.check import check_file

        from chibo_xl.workbook import read_workbook
    from chibo_xl.checks.pipeline import check_file as moved_check
    from chibo_xl.commands.build import build as moved_build
    from chibo_xl.workbook.reader import read_workbook as moved_read

    assert build.build is moved_build and check_file is moved_check
    assert read_workbook is moved_read
    said = " ".join(str(w.message) for w in caught if w.category is DeprecationWarning)
    assert "chibo_xl.commands.build" in said and "chibo_xl.checks.pipeline" in said
    assert "chibo_xl.workbook.reader.read_workbook" in said


def test_the_field_entries_are_not_deprecated(recwarn):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        from chibo_xl.cli import main
        from chibo_xl.excel import documents_dir
        from chibo_xl.excel import main as button
    assert callable(main) and callable(button) and callable(documents_dir)


def test_pip_install_ships_every_folder_of_the_package():
    """`pip install .` (the README's first command) installs the packages pyproject lists: a new
    folder missing there would be missing on every user's machine."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    folders = {module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert folders | {"chibo_xl.report_templates"} == listed
