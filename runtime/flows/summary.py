"""A cheap read of a stored flow document: its nodes (type, kind, titles, config), edges and settings.

The readers that need less than a whole `Flow` (the trigger index, the history's node
titles, the flows list's node counts) take this path. It goes through the same
migrations as `fileformat.from_document` (`stored_document`), resolves type aliases
with the catalog the same way, and takes the same settings defaults (`build.settings_of`),
so a summary never reads an old document differently from the engine. It copies nothing:
`config` is the stored dict itself, to be read, not changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runtime.catalog.registry import Catalog
from runtime.catalog.types import NodeType
from runtime.flows.build import edges_of, or_default, settings_of
from runtime.flows.fileformat import stored_document
from runtime.flows.model import Edge, Flow, FlowSettings


@dataclass(frozen=True)
class NodeSummary:
    """One node: `type` is the current type id (the stored one when the catalog has none)."""

    id: str
    type: str
    title: str  # the node's own title ("" when it has none)
    config: Mapping[str, Any]
    node_type: NodeType | None

    @property
    def kind(self) -> str:
        """trigger / action / decision / wait (the type id's prefix for an unknown type)."""
        return str(self.node_type.kind) if self.node_type else self.type.split(".", 1)[0]

    def shown_title(self, lang: str = "es") -> str:
        """The own title, else the catalog's title in `lang`, else the type id."""
        if self.title:
            return self.title
        return self.node_type.title.get(lang) if self.node_type else self.type


@dataclass(frozen=True)
class FlowSummary:
    """What a stored document holds, without building a `Flow`."""

    id: str
    name: str
    settings: FlowSettings
    nodes: tuple[NodeSummary, ...]
    edges: tuple[Edge, ...]

    def node(self, node_id: str) -> NodeSummary | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def of_kind(self, kind: str) -> list[NodeSummary]:
        return [n for n in self.nodes if n.kind == kind]


def summary_of(flow: Flow, catalog: Catalog | None = None) -> FlowSummary:
    """The `FlowSummary` of a built `Flow` (for a caller that already holds one)."""
    catalog = or_default(catalog)
    nodes = tuple(NodeSummary(n.id, n.type, n.title, n.config, catalog.get(n.type)) for n in flow.nodes)
    return FlowSummary(flow.id, flow.name, flow.settings, nodes, tuple(flow.edges))


def node_count(doc: Any, source: str = "<stored>") -> int:
    """How many nodes a stored document has (no catalog look-up)."""
    return len(stored_document(doc, source)["flow"]["nodes"])


def summarize(doc: Any, source: str = "<stored>", catalog: Catalog | None = None) -> FlowSummary:
    """The `FlowSummary` of a stored document (raises `FlowFileError` if it cannot be read)."""
    catalog = or_default(catalog)
    flow = stored_document(doc, source)["flow"]
    nodes = []
    for n in flow["nodes"]:
        ntype = catalog.get(n["type"])
        nodes.append(NodeSummary(n["id"], ntype.id if ntype else n["type"], n.get("title") or "",
                                 n.get("config") or {}, ntype))
    return FlowSummary(flow["id"], flow["name"].strip(), settings_of(flow), tuple(nodes), tuple(edges_of(flow)))
