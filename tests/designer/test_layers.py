"""The designer reads and writes through runtime functions: no SQL of its own on runtime tables."""

from __future__ import annotations

import ast
from pathlib import Path

DESIGNER = Path(__file__).resolve().parents[2] / "designer"
FORBIDDEN = ("sqlalchemy", "runtime.store.schema_")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_designer_module_imports_sqlalchemy_or_runtime_tables() -> None:
    found = {str(p.relative_to(DESIGNER)): name for p in DESIGNER.rglob("*.py")
             for name in _imports(p) if name.startswith(FORBIDDEN)}
    assert found == {}
