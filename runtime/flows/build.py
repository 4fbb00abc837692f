"""From a well-shaped v1 document to a `Flow`: resolve node types, check edge ends, build.

In strict mode (files) an unknown node type, a node type version newer than the
catalog's, or an edge to a missing node or port is an issue and nothing is built.
In lenient mode (drafts saved from the designer) aliases are still resolved but
such problems are left for `validate` to report.
"""

from __future__ import annotations

import copy
from typing import Any

from runtime.catalog import get_catalog
from runtime.catalog.registry import Catalog
from runtime.catalog.types import Text
from runtime.flows.errors import FileIssue
from runtime.flows.jsonlines import LineMap
from runtime.flows.model import Edge, Endpoint, Flow, FlowSettings, Node

T = Text


def or_default(catalog: Catalog | None) -> Catalog:
    """`catalog`, or the full catalog when None (built on first use)."""
    if catalog is not None:
        return catalog

    return get_catalog()


def _node_ref(node: dict[str, Any]) -> tuple[str, str | None]:
    return node["id"], node.get("title") or None


def resolve(doc: dict[str, Any], lines: LineMap, catalog: Catalog) -> list[FileIssue]:
    """Catalog problems of a well-shaped document: unknown types, bad edge ends.

    Lines are looked up only for problems found (a lazy `LineMap` then parses once).
    """
    issues: list[FileIssue] = []
    flow = doc["flow"]
    by_id: dict[str, dict[str, Any]] = {}
    for i, node in enumerate(flow["nodes"]):
        by_id[node["id"]] = node
        path = ("flow", "nodes", i)
        nid, title = _node_ref(node)
        ntype = catalog.get(node["type"])
        if ntype is None:
            issues.append(FileIssue("unknown_type", T(
                "tipo de nodo desconocido «{type}».",
                "unknown node type «{type}».").format(type=node["type"]), lines.line(path), nid, title))
        elif node.get("type_version", ntype.version) > ntype.version:
            issues.append(FileIssue("newer_type_version", T(
                "«{type}» versión {version} es más nueva que la que conoce esta versión de Caudal ({known}).",
                "«{type}» version {version} is newer than this Caudal knows ({known}).").format(
                type=ntype.id, version=node["type_version"], known=ntype.version), lines.line(path), nid, title))
    for i, edge in enumerate(flow["edges"]):
        path = ("flow", "edges", i)
        for end, inputs in (("from", False), ("to", True)):
            ref = edge[end]
            node = by_id.get(ref["node"])
            if node is None:
                issues.append(FileIssue("missing_node", T(
                    "la conexión n.º {number} ({end}) apunta al nodo «{node}», que no existe.",
                    "edge #{number} ({end}) points to node «{node}», which does not exist.").format(
                    number=i + 1, end=end, node=ref["node"]), lines.line(path)))
                continue
            ntype = catalog.get(node["type"])
            if ntype is None:
                continue  # already reported as unknown_type
            ports = ntype.inputs if inputs else ntype.output_ports(node.get("config") or {})
            names = [p.name for p in ports]
            if ref["port"] in names:
                continue
            have = ", ".join(names) if names else T("ninguno", "none")
            message = T(
                "la conexión n.º {number} usa el puerto de entrada «{port}», que este nodo no tiene (tiene: {have}).",
                "edge #{number} uses input port «{port}», which this node does not have (it has: {have}).",
            ) if inputs else T(
                "la conexión n.º {number} usa el puerto de salida «{port}», que este nodo no tiene (tiene: {have}).",
                "edge #{number} uses output port «{port}», which this node does not have (it has: {have}).")
            issues.append(FileIssue("missing_port", message.format(number=i + 1, port=ref["port"], have=have),
                                    lines.line(path), *_node_ref(node)))
    return issues


def settings_of(flow: dict[str, Any]) -> FlowSettings:
    """The `FlowSettings` of a well-shaped v1 `flow` object (absent keys take the defaults)."""
    raw = flow.get("settings") or {}
    defaults = FlowSettings()
    return FlowSettings(
        reenrollment=raw.get("reenrollment", defaults.reenrollment),
        goal=copy.deepcopy(raw.get("goal", defaults.goal)),
        timezone=raw.get("timezone") or defaults.timezone,
        crm=raw.get("crm", defaults.crm),
        max_steps=raw.get("max_steps", defaults.max_steps),
    )


def edges_of(flow: dict[str, Any]) -> list[Edge]:
    """The edges of a well-shaped v1 `flow` object, in file order."""
    return [Edge(Endpoint(e["from"]["node"], e["from"]["port"]), Endpoint(e["to"]["node"], e["to"]["port"]))
            for e in flow["edges"]]


def build(doc: dict[str, Any], catalog: Catalog) -> Flow:
    """The `Flow` of a well-shaped v1 document; aliases become current type ids."""
    flow = doc["flow"]
    settings = settings_of(flow)
    nodes = []
    for n in flow["nodes"]:
        ntype = catalog.get(n["type"])
        nodes.append(Node(
            id=n["id"],
            type=ntype.id if ntype else n["type"],
            type_version=n.get("type_version", ntype.version if ntype else 1),
            title=n.get("title") or "",
            config=copy.deepcopy(n.get("config") or {}),
            position=tuple(n.get("position", (0, 0))),
        ))
    return Flow(id=flow["id"], name=flow["name"].strip(), description=flow.get("description") or "",
                settings=settings, nodes=nodes, edges=edges_of(flow))
