"""The catalog as plain JSON-ready data (what `nodes --json` prints; see docs/cli/nodes.md)."""

from __future__ import annotations

from typing import Any

from runtime.catalog.types import ConfigField, NodeType, Port


def port_as_dict(port: Port) -> dict[str, Any]:
    return {"name": port.name, "title": port.title.as_dict(), "role": port.role}


def field_as_dict(f: ConfigField) -> dict[str, Any]:
    return {
        "name": f.name,
        "kind": str(f.kind),
        "title": f.title.as_dict(),
        "help": f.help.as_dict(),
        "default": f.default,
        "required": f.required,
        "choices": [{"value": c.value, "title": c.title.as_dict()} for c in f.choices],
        "visible_when": (
            {k: list(v) for k, v in f.visible_when.items()} if f.visible_when else None
        ),
        "minimum": f.minimum,
        "maximum": f.maximum,
    }


def node_type_as_dict(t: NodeType) -> dict[str, Any]:
    """One node type; dynamic types list the ports of their default config."""
    return {
        "id": t.id,
        "version": t.version,
        "kind": str(t.kind),
        "title": t.title.as_dict(),
        "description": t.description.as_dict(),
        "icon": t.icon,
        "inputs": [port_as_dict(p) for p in t.inputs],
        "outputs": [port_as_dict(p) for p in t.output_ports()],
        "dynamic_outputs": t.dynamic_outputs is not None,
        "fields": [field_as_dict(f) for f in t.fields],
        "aliases": list(t.aliases),
    }


def catalog_as_list(types: Any) -> list[dict[str, Any]]:
    """Every node type, in catalog order (triggers, actions, waits, decisions)."""
    return [node_type_as_dict(t) for t in types]
