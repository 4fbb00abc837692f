"""Imports in runtime/ run downward: a package imports only packages of the layers below its own.

Every import counts, also one inside a function (kept there for start-up time, runtime/lazy.py)
or under TYPE_CHECKING: a lazy import upward is still a cycle between packages.
"""

from __future__ import annotations

import ast
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2] / "runtime"

# Top to bottom; the packages of one row do not import each other. "runtime" is the package's
# own __init__ (the version).
LAYERS: list[tuple[str, ...]] = [
    ("cli",),
    ("service", "simulate"),
    ("inbound",),
    ("history",),
    ("engine",),
    ("appsettings",),
    ("business_time", "channels"),
    ("email",),
    ("crm",),
    ("flows",),
    ("catalog",),
    ("kernel",),
    ("store", "doorbell", "scheduling"),
    ("dates", "fold", "lazy", "secrets", "storable", "timeshift"),
    ("i18n",),
    ("runtime",),
]
RANK = {name: len(LAYERS) - n for n, row in enumerate(LAYERS) for name in row}


def _part(module: str) -> str:
    """The runtime package (or top-level module) `module` belongs to: runtime.crm.local.ops -> crm."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every runtime module `path` imports, wherever the import statement is."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return [(line, name) for line, name in found if name == "runtime" or name.startswith("runtime.")]


def _part_of_file(path: Path, root: Path = RUNTIME) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    return _part(".".join(rel.parts).removesuffix(".__init__"))


def upward_imports(root: Path = RUNTIME) -> list[str]:
    """"file:line imports module (layer a -> layer b)" for each import that does not run downward."""
    wrong = []
    for path in sorted(root.rglob("*.py")):
        if "alembic" in path.parts:
            continue  # migration scripts import what their revision needs, at that revision
        mine = _part_of_file(path, root)
        for line, name in _imported(path):
            theirs = _part(name)
            if theirs != mine and RANK[theirs] >= RANK[mine]:
                wrong.append(f"{path.relative_to(root.parent)}:{line} imports {name} ({mine} -> {theirs})")
    return wrong


def test_every_runtime_package_has_a_layer() -> None:
    parts = {_part_of_file(p) for p in RUNTIME.rglob("*.py") if "alembic" not in p.parts}
    assert parts - set(RANK) == set(), "add the new package to LAYERS"
    assert set(RANK) - parts == set(), "a package in LAYERS no longer exists"


def test_imports_run_downward() -> None:
    assert upward_imports() == []


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    (tmp_path / "runtime" / "crm").mkdir(parents=True)
    (tmp_path / "runtime" / "crm" / "x.py").write_text(
        "def f():\n    from runtime.engine.loop import BatchRunner\n", encoding="utf-8")
    assert upward_imports(tmp_path / "runtime") == [
        "runtime/crm/x.py:2 imports runtime.engine.loop (crm -> engine)"]
