"""Text a flow document may not hold: lone surrogates, NUL characters, over-deep nesting.

JSON lets a file write `"\\ud800"` (half of a UTF-16 pair, not a character) and
`"\\u0000"`; Python keeps them in a `str`, but neither can be stored (UTF-8 encoders
refuse the first, PostgreSQL text the second) nor shown. `check_text(doc, lines)`
walks a parsed document without recursion and returns a `FileIssue` per string or
key holding one, with its line, node and field, so a file is refused when it is read,
not with a traceback when it is saved.
"""

from __future__ import annotations

import json
from typing import Any

from runtime.catalog.types import Text
from runtime.flows.errors import FileIssue
from runtime.flows.jsonlines import MAX_DEPTH, LineMap, Path, too_deep
from runtime.storable import flaw, shown

T = Text


def _message(what: Text, bad: str) -> Text:
    if bad == "\\u0000":
        return T("{what} contiene un carácter NUL (\\u0000); quítelo.",
                 "{what} holds a NUL character (\\u0000); remove it.").format(what=what)
    return T("{what} contiene {bad}, medio par UTF-16 suelto que no es un carácter; quítelo.",
             "{what} holds {bad}, a lone half of a UTF-16 pair that is not a character; remove it.").format(
        what=what, bad=bad)


def _node_of(doc: Any, path: Path) -> tuple[dict[str, Any] | None, Path]:
    """The node a path lies in (v1 `flow.nodes[i]` or v0 `nodes[i]`) and the path inside it."""
    for start in (("flow", "nodes"), ("nodes",)):
        n = len(start)
        index = path[n] if len(path) > n else None
        if path[:n] != start or not isinstance(index, int):
            continue
        holder = doc.get("flow") if start[0] == "flow" else doc
        nodes = holder.get("nodes") if isinstance(holder, dict) else None
        if isinstance(nodes, list) and index < len(nodes) and isinstance(nodes[index], dict):
            return nodes[index], path[n + 1:]
    return None, path


def _dotted(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (("." if out else "") + shown(part))
    return out or "(document)"


def _issue(doc: Any, path: Path, bad: str, lines: LineMap, key: bool) -> FileIssue:
    node, inner = _node_of(doc, path)
    name = _dotted(inner)
    what = (T("la clave «{name}»", "the key «{name}»").format(name=name) if key
            else T(None, "«{name}»").format(name=name))
    node_id = title = None
    if node is not None:
        nid, ntitle = node.get("id"), node.get("title")
        node_id = shown(nid) if isinstance(nid, str) else None
        title = shown(ntitle) if isinstance(ntitle, str) and ntitle else None
    return FileIssue("bad_character", _message(what, bad), lines.line(path), node_id, title)


def too_deep_issue(line: int | None) -> FileIssue:
    """The issue of a document nested more than MAX_DEPTH deep (from the text or the value)."""
    return FileIssue("too_deep",
                     T("objetos y listas anidados a más de {depth} niveles.",
                       "objects and lists nested more than {depth} levels deep.").format(depth=MAX_DEPTH), line)


def _clean(doc: Any) -> bool:
    """True when no string of `doc` can hold a flaw (one C-speed pass instead of a walk)."""
    try:
        dumped = json.dumps(doc, ensure_ascii=False)
        dumped.encode("utf-8")
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return "\\u0000" not in dumped  # json.dumps writes NUL as \u0000


def check_text(doc: Any, lines: LineMap) -> list[FileIssue]:
    """Every string or key of `doc` that cannot be stored, or the nesting that is too deep."""
    deep = too_deep(doc)
    if deep is not None:
        return [too_deep_issue(lines.line(deep))]
    if _clean(doc):
        return []
    found: list[tuple[Path, FileIssue]] = []
    stack: list[tuple[Any, Path]] = [(doc, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if (bad := flaw(item)) is not None:
                found.append((path, _issue(doc, path, bad, lines, key=False)))
        elif isinstance(item, dict):
            for k, v in item.items():
                if isinstance(k, str) and (bad := flaw(k)) is not None:
                    found.append(((*path, k), _issue(doc, (*path, k), bad, lines, key=True)))
                stack.append((v, (*path, k)))
        elif isinstance(item, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(item))
    found.sort(key=lambda f: (f[1].line or 0, [str(p) for p in f[0]]))
    return [issue for _, issue in found]
