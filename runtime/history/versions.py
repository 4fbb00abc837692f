"""Frozen flow versions as the history needs them: node titles/types/kinds and edges, cached.

Versions are immutable, so each is parsed once per process (keyed by database URL and version id).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.catalog import get_catalog
from runtime.catalog.types import NodeType, Text
from runtime.store.schema_flows import flow_versions


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
    """The parsed version `version_id` (an empty VersionInfo if it does not exist)."""
    key = (str(conn.engine.url), int(version_id))
    found = _cache.get(key)
    if found is not None:
        return found
    doc = conn.scalar(select(flow_versions.c.document).where(flow_versions.c.id == version_id))
    info = parse(version_id, doc or {})
    if doc is not None:
        with _lock:
            _cache[key] = info
    return info


def parse(version_id: int, doc: dict[str, Any]) -> VersionInfo:
    """A VersionInfo from a stored version document (tolerant: drafts may be odd)."""
    catalog = get_catalog()
    body = doc.get("flow", doc) if isinstance(doc, dict) else {}
    nodes: dict[str, NodeInfo] = {}
    for n in body.get("nodes") or []:
        raw_type = str(n.get("type", ""))
        ntype = catalog.get(raw_type)
        type_id = ntype.id if ntype else raw_type
        kind = str(getattr(ntype, "kind", "") or type_id.split(".", 1)[0])
        nid = str(n.get("id"))
        nodes[nid] = NodeInfo(nid, type_id, kind, str(n.get("title") or ""), ntype.title if ntype else None,
                              _port_titles(ntype, n.get("config")))
    edges = []
    for e in body.get("edges") or []:
        src, dst = _end(e, "source", "from"), _end(e, "target", "to")
        if src and dst:
            edges.append((src[0], src[1], dst[0]))
    return VersionInfo(version_id, nodes, tuple(edges))


def _port_titles(ntype: NodeType | None, config: Any) -> dict[str, Text]:
    if ntype is None:
        return {}
    try:
        ports = ntype.output_ports(config if isinstance(config, dict) else None)
    except (TypeError, ValueError, KeyError, AttributeError):  # an odd draft config: keys only
        return {}
    return {p.name: p.title for p in ports}


def _end(edge: dict[str, Any], *names: str) -> tuple[str, str] | None:
    for name in names:
        value = edge.get(name)
        if isinstance(value, dict) and value.get("node"):
            return str(value["node"]), str(value.get("port") or "out")
        if isinstance(value, list | tuple) and value:
            return str(value[0]), str(value[1] if len(value) > 1 else "out")
        if isinstance(value, str) and value:
            return value, str(edge.get(f"{name}_port") or edge.get("port") or "out")
    return None
