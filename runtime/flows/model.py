"""The flow document: nodes, edges and settings, as plain Python objects.

This is the in-memory form of a `*.caudal.json` file and of a stored flow version.
It knows nothing about files (see `fileformat`) or the catalog (see `validate`).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

REENROLLMENT_POLICIES = ("never", "always", "after_exit")


def new_id() -> str:
    """A fresh node/flow id: a random UUID4 as text."""
    return str(uuid.uuid4())


@dataclass
class Node:
    """One node on the canvas. `id` is ours and stable across saves and loads."""

    id: str
    type: str
    type_version: int = 1
    title: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    position: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class Endpoint:
    """One end of an edge: a node id and a port name."""

    node: str
    port: str


@dataclass(frozen=True)
class Edge:
    """A connection from an output port to an input port."""

    source: Endpoint
    target: Endpoint


@dataclass
class FlowSettings:
    """Flow-wide settings. `goal` is a condition dict or None; `crm` names a connection."""

    reenrollment: str = "never"
    goal: dict[str, Any] | None = None
    timezone: str = "Europe/Madrid"
    crm: str | None = None  # None = the embedded local CRM
    max_steps: int = 1000  # per-enrollment cap that stops a runaway loop


@dataclass
class Flow:
    """A whole automation: its identity, settings and graph."""

    id: str
    name: str
    description: str = ""
    settings: FlowSettings = field(default_factory=FlowSettings)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def node(self, node_id: str) -> Node | None:
        """The node with this id, or None."""
        return next((n for n in self.nodes if n.id == node_id), None)

    def node_map(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}

    def edges_from(self, node_id: str, port: str | None = None) -> list[Edge]:
        """Edges leaving `node_id` (optionally only from `port`), in file order."""
        return [
            e
            for e in self.edges
            if e.source.node == node_id and (port is None or e.source.port == port)
        ]

    def clone(self) -> Flow:
        """A deep copy, safe to edit without touching this one."""
        return copy.deepcopy(self)
