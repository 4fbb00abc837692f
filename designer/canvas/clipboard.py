"""Our clipboard format: a fragment of flow JSON ({"caudal_fragment": 1, nodes, edges}).

Never NodeGraphQt's session format. Reading is strict about shape and says what
is wrong, so pasting foreign text does nothing rather than something half-done.
"""

from __future__ import annotations

import json
from typing import Any

from runtime.flows.model import Edge, Endpoint, Flow, Node

MIME = "application/x-caudal-fragment"
VERSION = 1


class FragmentError(ValueError):
    """The clipboard text is not a Caudal fragment (the message says why)."""


def make_fragment(flow: Flow, uids: set[str]) -> dict[str, Any]:
    """The nodes of `flow` whose ids are in `uids`, and the edges among them."""
    nodes = [
        {
            "id": n.id,
            "type": n.type,
            "type_version": n.type_version,
            "title": n.title,
            "config": n.config,
            "position": [n.position[0], n.position[1]],
        }
        for n in flow.nodes
        if n.id in uids
    ]
    edges = [
        {"source": {"node": e.source.node, "port": e.source.port},
         "target": {"node": e.target.node, "port": e.target.port}}
        for e in flow.edges
        if e.source.node in uids and e.target.node in uids
    ]
    return {"caudal_fragment": VERSION, "nodes": nodes, "edges": edges}


def dumps(fragment: dict[str, Any]) -> str:
    return json.dumps(fragment, ensure_ascii=False, sort_keys=True)


def loads(text: str) -> dict[str, Any]:
    """Parse clipboard text into a fragment dict.

    Raises:
        FragmentError: when the text is not JSON or not a Caudal fragment.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FragmentError(f"not JSON (line {exc.lineno}, column {exc.colno})") from exc
    if not isinstance(data, dict) or data.get("caudal_fragment") != VERSION:
        raise FragmentError("not a Caudal fragment (no caudal_fragment: 1)")
    read_fragment(data)
    return data


def read_fragment(data: dict[str, Any]) -> tuple[list[Node], list[Edge]]:
    """Nodes and edges of a fragment dict.

    Raises:
        FragmentError: naming the first malformed node or edge.
    """
    nodes: list[Node] = []
    for i, raw in enumerate(data.get("nodes") or []):
        try:
            x, y = raw.get("position") or (0, 0)
            nodes.append(Node(id=str(raw["id"]), type=str(raw["type"]),
                              type_version=int(raw.get("type_version", 1)),
                              title=str(raw.get("title", "")),
                              config=dict(raw.get("config") or {}),
                              position=(float(x), float(y))))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise FragmentError(f"node {i + 1}: {exc!r}") from exc
    ids = {n.id for n in nodes}
    edges: list[Edge] = []
    for i, raw in enumerate(data.get("edges") or []):
        try:
            e = Edge(Endpoint(str(raw["source"]["node"]), str(raw["source"]["port"])),
                     Endpoint(str(raw["target"]["node"]), str(raw["target"]["port"])))
        except (KeyError, TypeError) as exc:
            raise FragmentError(f"edge {i + 1}: {exc!r}") from exc
        if e.source.node in ids and e.target.node in ids:
            edges.append(e)
    return nodes, edges
