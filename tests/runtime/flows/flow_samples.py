"""Builders of flow documents and a tiny catalog for the flow tests."""

from __future__ import annotations

import json
from typing import Any

from runtime.catalog.registry import Catalog
from runtime.catalog.types import ConfigField, FieldKind, NodeKind, NodeType, Port, Text

T = Text
IN = (Port("in", T("Entrada", "In")),)
OUT = (Port("out", T("Salida", "Out")),)


def _type(id: str, kind: NodeKind, outputs=OUT, inputs=IN, fields=(), aliases=(), version=1):
    return NodeType(id=id, version=version, kind=kind, title=T(id + " es", id + " en"),
                    description=T("", ""), icon="x", fields=tuple(fields), outputs=outputs,
                    inputs=inputs, aliases=tuple(aliases))


def tiny_catalog() -> Catalog:
    """Five node types: a trigger (alias `start`), an action with a required tag, a wait,
    a yes/no decision and a wait-until decision."""
    tag = ConfigField("tag", FieldKind.TAG, T("Etiqueta", "Tag"), default="", required=True)
    return Catalog([
        _type("t.start", NodeKind.TRIGGER, inputs=(), aliases=("start",)),
        _type("a.tag", NodeKind.ACTION, fields=(tag,), version=2),
        _type("w.wait", NodeKind.WAIT),
        _type("d.if", NodeKind.DECISION, outputs=(Port("yes", T("Sí", "Yes")), Port("no", T("No", "No")))),
        _type("decision.wait_until", NodeKind.DECISION,
              outputs=(Port("met", T("Sí", "Met")), Port("timed_out", T("No", "Timed out")))),
    ])


def node(id: str, type: str, title: str = "", **config: Any) -> dict[str, Any]:
    return {"id": id, "type": type, "type_version": 1, "title": title, "config": config,
            "position": [0, 0]}


def edge(a: str, b: str, port: str = "out", to_port: str = "in") -> dict[str, Any]:
    return {"from": {"node": a, "port": port}, "to": {"node": b, "port": to_port}}


def document(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], **flow: Any) -> dict[str, Any]:
    return {"format": "caudal.flow", "schema_version": 1,
            "flow": {"id": "f-1", "name": "Prueba", "description": "",
                     "settings": {"reenrollment": "never", "goal": None, "timezone": "Europe/Madrid",
                                  "max_steps": 1000},
                     "nodes": nodes, "edges": edges, **flow}}


def text(doc: dict[str, Any]) -> str:
    """Pretty JSON with one key per line, so tests can point at lines."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
