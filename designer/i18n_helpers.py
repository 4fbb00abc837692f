"""Find the strings passed to module-level translation helpers, for `designer.i18n_build`.

A helper is a module-level function whose body returns
`QCoreApplication.translate("<context>", <its first parameter>)`. Calls of a helper
(defined in the module or imported from another designer module) with a literal
string are messages of that context. lupdate cannot see through such helpers.
`QT_TRANSLATE_NOOP("<context>", "text")` marks a string translated later through a
variable (e.g. table headers).
"""

from __future__ import annotations

import ast
from pathlib import Path


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context a helper translates in, or None if `func` is not a helper.

    A helper passing a count (`translate(ctx, text, "", n)`) makes "%n" plurals: its
    context is returned with a "#plural" suffix.
    """
    if not func.args.args:
        return None
    param = func.args.args[0].arg
    for node in ast.walk(func):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
        if (name == "translate" and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str) and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param):
            return call.args[0].value + ("#plural" if len(call.args) >= 4 else "")
    return None


def _module_name(path: Path, root: Path) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts)


def helper_messages(paths: list[Path], root: Path) -> dict[str, list[str]]:
    """Context -> its helper-call sources (without repeats); plural helpers' contexts end in "#plural"."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths}
    helpers: dict[str, dict[str, str]] = {}  # module -> helper name -> context
    for path, tree in trees.items():
        found = {}
        for definition in tree.body:
            if isinstance(definition, ast.FunctionDef) and (ctx := _helper_context(definition)) is not None:
                found[definition.name] = ctx
        helpers[_module_name(path, root)] = found
    messages: dict[str, list[str]] = {}
    for path, tree in trees.items():
        local = dict(helpers[_module_name(path, root)])
        noop = {"QT_TRANSLATE_NOOP"}
        for stmt in tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "PySide6.QtCore":
                noop |= {a.asname for a in stmt.names if a.name == "QT_TRANSLATE_NOOP" and a.asname}
            if isinstance(stmt, ast.ImportFrom) and stmt.module in helpers:
                for alias in stmt.names:
                    if alias.name in helpers[stmt.module]:
                        local[alias.asname or alias.name] = helpers[stmt.module][alias.name]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            strings = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                       for a in node.args]
            first = strings[0] if strings else None
            second = strings[1] if len(strings) == 2 else None
            if node.func.id in local and first is not None:
                _add(messages, local[node.func.id], first)
            elif node.func.id in noop and first is not None and second is not None:
                _add(messages, first, second)
    return messages


def _add(messages: dict[str, list[str]], context: str, text: str) -> None:
    texts = messages.setdefault(context, [])
    if text not in texts:
        texts.append(text)
