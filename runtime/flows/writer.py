"""From a `Flow` to the v1 document and to canonical file text.

Canonical text: keys in a fixed order (node config and goal with sorted keys), two
spaces of indentation, one edge per line, lists of plain values (positions, weekdays)
on one line, list items that are objects of plain values (condition rules, switch
cases, split branches) one per line, UTF-8 kept readable, and a trailing newline. `settings.crm`
is written only when set: null means the embedded local CRM, and leaving it out keeps
files shareable between machines with different connections.
"""

from __future__ import annotations

import json
from typing import Any

from runtime.flows.migrations import CURRENT_SCHEMA_VERSION, FORMAT
from runtime.flows.model import Flow, FlowSettings

INDENT = "  "


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list | tuple):
        return [_sorted(v) for v in value]
    return value


def _number(v: float) -> int | float:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def settings_document(settings: FlowSettings) -> dict[str, Any]:
    out: dict[str, Any] = {
        "reenrollment": settings.reenrollment,
        "goal": _sorted(settings.goal),
        "timezone": settings.timezone,
    }
    if settings.crm is not None:
        out["crm"] = settings.crm
    out["max_steps"] = settings.max_steps
    return out


def to_document(flow: Flow) -> dict[str, Any]:
    """The v1 document of `flow` (plain dicts and lists, in canonical key order)."""
    return {
        "format": FORMAT,
        "schema_version": CURRENT_SCHEMA_VERSION,
        "flow": {
            "id": flow.id,
            "name": flow.name,
            "description": flow.description,
            "settings": settings_document(flow.settings),
            "nodes": [
                {
                    "id": n.id,
                    "type": n.type,
                    "type_version": n.type_version,
                    "title": n.title,
                    "config": _sorted(n.config),
                    "position": [_number(p) for p in n.position],
                }
                for n in flow.nodes
            ],
            "edges": [
                {
                    "from": {"node": e.source.node, "port": e.source.port},
                    "to": {"node": e.target.node, "port": e.target.port},
                }
                for e in flow.edges
            ],
        },
    }


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_scalar(k)}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    return _scalar(value)


def _is_plain(value: Any) -> bool:
    return not isinstance(value, dict | list) or not value


def _write(value: Any, depth: int, path: tuple[str | int, ...], out: list[str]) -> None:
    """Append `value` to `out` (the current line already holds its key)."""
    inline_edge = len(path) == 3 and path[:2] == ("flow", "edges")
    in_list = bool(path) and isinstance(path[-1], int)
    if not isinstance(value, dict | list) or not value or inline_edge or (
        isinstance(value, list) and all(_is_plain(v) for v in value)
    ) or (in_list and isinstance(value, dict) and all(_is_plain(v) for v in value.values())):
        out.append(_inline(value))
        return
    pad = INDENT * (depth + 1)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    out.append("{" if isinstance(value, dict) else "[")
    first = True
    for key, item in items:
        out.append("\n" if first else ",\n")
        first = False
        out.append(pad + (f"{_scalar(key)}: " if isinstance(value, dict) else ""))
        _write(item, depth + 1, (*path, key), out)
    out.append("\n" + INDENT * depth + ("}" if isinstance(value, dict) else "]"))


def dumps_document(doc: dict[str, Any]) -> str:
    """Canonical text of a document (already in canonical key order)."""
    out: list[str] = []
    _write(doc, 0, (), out)
    out.append("\n")
    return "".join(out)


def dumps(flow: Flow) -> str:
    """Canonical file text of `flow`."""
    return dumps_document(to_document(flow))
