"""Find every translatable text in the sources, for `python -m runtime.i18n.build`.

Picks up, in runtime/, designer/ and main.py (imports and aliases followed):
- `Text(es, en)` pairs (and aliases such as `T = Text`): msgid = en, the Spanish seeds es.po;
- calls of pair helpers: any module-level function with parameters named `es` and `en`
  (`problem(f, code, es, en)`), whose literal arguments are read the same way;
- `Msg(en)`, `_(en)`, `N_(en)`, `tr(lang, en)`, `_n(one, many, n)`, `trn(lang, one, many, n)`;
  a `context="..."` keyword gives a msgctxt;
- the literal message of `CliError`, `StepError`, `CrmError`, `InvalidInput`, `NotFound("...")` and the
  other exceptions in `ERRORS` (shown through `translate_rendered`, so plain English messages written
  by anyone are found too).
A call whose text is not a literal (an f-string, a variable) cannot be translated: it is
reported as `dynamic`, with its place, so it can be rewritten with `{fields}`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from runtime.i18n.rendered import without_prefix

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("runtime", "designer")
OUR_MODULES = {"runtime.i18n", "runtime.i18n.text", "runtime.i18n.translate", "runtime.catalog.types",
               "runtime.catalog"}
# name -> (position of the language argument or None, positions of msgid[, plural])
FUNCTIONS: dict[str, tuple[int, ...]] = {"Msg": (0,), "_": (0,), "N_": (0,), "tr": (1,), "_n": (0, 1),
                                         "trn": (1, 2)}
PAIRS = {"Text"}
# literal messages of these exceptions are catalog texts
ERRORS = {"CliError", "StepError", "HistoryError", "InvalidInput", "NotFound", "CrmError", "TransientError",
          "UncertainError", "ConnectionProblem", "SecretProblem", "CalendarProblem"}


@dataclass
class Found:
    """One message: its id (and plural), context, the Spanish a Text pair gives, where it is used."""

    msgid: str
    plural: str | None = None
    context: str | None = None
    es: str | None = None
    places: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    messages: dict[tuple[str, str | None], Found] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)  # "path:line: Text(...)" not translatable as written
    conflicts: list[str] = field(default_factory=list)  # one English text, two Spanish seeds

    def add(self, msgid: str, where: str, *, plural: str | None = None, context: str | None = None,
            es: str | None = None) -> None:
        if not msgid.strip():
            return
        key = (msgid, context)
        found = self.messages.setdefault(key, Found(msgid, plural, context))
        found.places.append(where)
        if plural and not found.plural:
            found.plural = plural
        if es is not None:
            if found.es is None:
                found.es = es
            elif found.es != es:
                self.conflicts.append(f"{where}: «{msgid}» is «{found.es}» elsewhere, «{es}» here")


def _const(node: ast.AST | None) -> str | None:
    """A string literal, also "a" + "b" and implicit concatenations; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _const(node.left), _const(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _module(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _aliases(trees: dict[str, ast.Module]) -> dict[str, dict[str, str]]:
    """Module -> {local name: message function or class}; follows `T = Text` and imports of it."""
    known = FUNCTIONS.keys() | PAIRS
    names: dict[str, dict[str, str]] = {_module(p): {} for p in trees}
    for module in OUR_MODULES:
        names.setdefault(module, {}).update({k: k for k in known})
    for path, tree in trees.items():  # pair helpers: def problem(f, code, es, en)
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef):
                params = [a.arg for a in stmt.args.args]
                if "es" in params and "en" in params:
                    names[_module(path)][stmt.name] = f"pair:{params.index('es')}:{params.index('en')}"
    changed = True
    while changed:  # until every re-export (T = Text, imported elsewhere) is followed
        changed = False
        for path, tree in trees.items():
            local = names[_module(path)]
            before = len(local)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module in names:
                    source = names[node.module]
                    for alias in node.names:
                        if alias.name in source:
                            local[alias.asname or alias.name] = source[alias.name]
            for node in tree.body:
                if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id in local
                        and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                    local[node.targets[0].id] = local[node.value.id]
            changed |= len(local) != before
    return names


def _context(call: ast.Call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "context":
            return _const(kw.value)
    return None


def scan_tree(tree: ast.Module, where: str, local: dict[str, str], out: Extraction) -> None:
    """Add the messages of one module to `out`; `local` names its message functions."""
    local = {**{name: name for name in ERRORS}, **local}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in local):
            continue
        kind = local[node.func.id]
        place = f"{where}:{node.lineno}"
        args = node.args
        if kind in PAIRS or kind.startswith("pair:"):
            i, j = (0, 1) if kind in PAIRS else map(int, kind.split(":")[1:])
            if len(args) <= max(i, j):
                continue
            if isinstance(args[j], ast.Name | ast.Attribute | ast.Subscript):
                continue  # a variable passed through (a helper's body) or data shown as it is
            es, en = _const(args[i]), _const(args[j])
            none_es = isinstance(args[i], ast.Constant) and getattr(args[i], "value", "") is None  # Text(None, en)
            if en is None or (es is None and not none_es):
                out.dynamic.append(f"{place}: {ast.unparse(node)[:100]}")
            elif en:
                out.add(en, place, context=_context(node), es=es)
            continue
        if kind in ERRORS:
            text_ = _const(args[0]) if args else None
            if text_:
                out.add(without_prefix(text_), place)  # shown without its "node_type: " (see rendered.py)
            continue
        positions = FUNCTIONS[kind]
        if len(args) <= positions[-1]:
            continue
        if isinstance(args[positions[0]], ast.Name | ast.Attribute | ast.Subscript):
            continue  # passed through
        texts = [_const(args[i]) for i in positions]
        msgid = texts[0]
        if msgid is None or None in texts:
            out.dynamic.append(f"{place}: {ast.unparse(node)[:100]}")
            continue
        out.add(msgid, place, plural=texts[1] if len(texts) > 1 else None, context=_context(node))


def source_files(root: Path = ROOT) -> list[Path]:
    files = [root / "main.py"] if (root / "main.py").exists() else []
    for top in SOURCE_DIRS:
        files += [p for p in (root / top).rglob("*.py")
                  if "__pycache__" not in p.parts and "versions" not in p.parts]
    return sorted(files)


def extract(paths: Iterable[Path] | None = None, root: Path = ROOT) -> Extraction:
    """Every message of the sources (default: runtime/, designer/, main.py)."""
    trees = {p.relative_to(root).as_posix(): ast.parse(p.read_text(encoding="utf-8"), str(p))
             for p in (paths if paths is not None else source_files(root))}
    names = _aliases(trees)
    out = Extraction()
    for where, tree in trees.items():
        scan_tree(tree, where, names[_module(where)], out)
    return out
