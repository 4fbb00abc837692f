"""Frozen flow versions as the history needs them: node titles/types/kinds and edges, cached.

Versions are immutable, so each is parsed once per process (keyed by database URL and version id).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.catalog.types import NodeType, Text
from runtime.flows.errors import FlowFileError
from runtime.flows.summary import summarize
from runtime.store.schema_flows import flow_versions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NodeInfo:
    """A node of a version: its type, kind, own title, the catalog's title and its output ports' titles."""

    id: str
    type: str
    kind: str
    own_title: str
    type_title: Text | None = None
    port_titles: dict[str, Text] = field(default_factory=dict)

    def title(self, lang: str = "es") -> str:
        return self.own_title or (self.type_title.get(lang) if self.type_title else "") or self.type

    def port_title(self, port: str, lang: str = "es") -> str:
        """A branch as users see it ("Sí" for "yes", a switch case's label); the key if unknown."""
        found = self.port_titles.get(port)
        return found.get(lang) if found is not None else port


@dataclass(frozen=True)
class VersionInfo:
    """A version's nodes by id, its edges (source, port, target) and its trigger nodes."""

    id: int
    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    edges: tuple[tuple[str, str, str], ...] = ()

    def title(self, node_id: str | None, lang: str = "es") -> str:
        if node_id is None:
            return ""
        node = self.nodes.get(node_id)
        return node.title(lang) if node else node_id

    def port_title(self, node_id: str | None, port: str, lang: str = "es") -> str:
        node = self.nodes.get(node_id or "")
        return node.port_title(port, lang) if node else port

    def node_type(self, node_id: str | None) -> str:
        node = self.nodes.get(node_id or "")
        return node.type if node else ""

    def triggers(self) -> list[str]:
        return [n.id for n in self.nodes.values() if n.kind == "trigger"]


_cache: dict[tuple[str, int], VersionInfo] = {}
_lock = threading.Lock()


def version_info(conn: Connection, version_id: int) -> VersionInfo:
    """The parsed version `version_id` (an empty VersionInfo if it does not exist or cannot be read)."""
    key = (str(conn.engine.url), int(version_id))
    found = _cache.get(key)
    if found is not None:
        return found
    doc = conn.scalar(select(flow_versions.c.document).where(flow_versions.c.id == version_id))
    if doc is None:
        return VersionInfo(version_id)
    try:
        info = parse(version_id, doc)
    except FlowFileError as exc:  # written by no Caudal: steps show node ids instead of titles
        log.error("flow version %s cannot be read: %s", version_id, exc)
        info = VersionInfo(version_id)
    with _lock:
        _cache[key] = info
    return info


def parse(version_id: int, doc: Any) -> VersionInfo:
    """A VersionInfo from a stored version document, read through `runtime.flows.summary`."""
    flow = summarize(doc, f"flow version {version_id}")
    nodes = {}
    for n in flow.nodes:
        nodes[n.id] = NodeInfo(n.id, n.type, n.kind, n.title, n.node_type.title if n.node_type else None,
                               _port_titles(n.node_type, n.config))
    edges = tuple((e.source.node, e.source.port, e.target.node) for e in flow.edges)
    return VersionInfo(version_id, nodes, edges)


def _port_titles(ntype: NodeType | None, config: Any) -> dict[str, Text]:
    if ntype is None:
        return {}
    try:
        ports = ntype.output_ports(dict(config) if isinstance(config, Mapping) else None)
    except (TypeError, ValueError, KeyError, AttributeError):  # an odd draft config: keys only
        return {}
    return {p.name: p.title for p in ports}
