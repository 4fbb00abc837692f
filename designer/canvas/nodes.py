"""NodeGraphQt node classes generated from the catalog: one class per node type.

A FlowNode carries our document data as plain attributes: `uid` (our uuid, never
NodeGraphQt's memory id), `type_id`, `type_version`, `title` and `config`. Output
ports follow `NodeType.output_ports(config)`; ports that stop existing are hidden,
not deleted, so NodeGraphQt's undo commands keep pointing at live Port objects.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from designer.canvas import style
from designer.canvas.node_item import CaudalNodeItem
from designer.qt import BaseNode
from runtime.catalog import Catalog, summarize
from runtime.catalog.types import NodeType, Port
from runtime.flows.model import new_id

IDENTIFIER = "caudal"


class FlowNode(BaseNode):
    """Base class of every generated node class; `NODE_TYPE` is None for unknown types."""

    __identifier__ = IDENTIFIER
    NODE_NAME = "Node"
    NODE_TYPE: NodeType | None = None

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        """`config` None = the type's defaults (a loaded node brings its own)."""
        super().__init__(qgraphics_item=CaudalNodeItem)
        self.set_port_deletion_allowed(True)
        nt = self.NODE_TYPE
        self.uid: str = new_id()
        self.type_id: str = nt.id if nt else "unknown"
        self.type_version: int = nt.version if nt else 1
        self.title: str = ""
        self.config: dict[str, Any] = config if config is not None else nt.default_config() if nt else {}
        self.seq: int = 0
        self.view.set_kind(str(nt.kind) if nt else "")
        for port in nt.inputs if nt else (Port("in", style_text("in")),):
            self.add_input(port.name, multi_input=True, color=style.port_color(port.role))

    # --- document data -------------------------------------------------------

    @property
    def node_type(self) -> NodeType | None:
        return self.NODE_TYPE

    def display_title(self, lang: str) -> str:
        """The node's own title, else the catalog title in `lang`."""
        if self.title:
            return self.title
        return self.NODE_TYPE.title.get(lang) if self.NODE_TYPE else self.type_id

    def summary_text(self, lang: str) -> str:
        if self.NODE_TYPE is None:
            return self.type_id
        return summarize(self.NODE_TYPE, self.config, lang)

    def wanted_ports(self) -> tuple[Port, ...]:
        """The output ports the config asks for (unknown types: the ports it has)."""
        if self.NODE_TYPE is None:
            return tuple(Port(p.name(), style_text(p.name())) for p in self.output_ports())
        return self.NODE_TYPE.output_ports(self.config)

    def visible_output_names(self) -> list[str]:
        return [p.name() for p in self.output_ports() if p.view.isVisible()]

    def stale_connections(self) -> list[tuple[Any, Any]]:
        """(our output Port, connected input Port) pairs on ports the config no longer has."""
        wanted = {p.name for p in self.wanted_ports()}
        return [
            (port, other)
            for port in self.output_ports()
            if port.name() not in wanted
            for other in port.connected_ports()
        ]

    def ensure_output(self, name: str) -> Any:
        """The output port `name`, created (for unknown types) when missing."""
        port = self.get_output(name)
        if port is None:
            port = self.add_output(name, multi_output=True, color=style.port_color("default"))
        return port

    def refresh(self, lang: str) -> None:
        """Bring ports, title and summary in line with the data; call after edits.

        Connections on ports that disappear must be removed first (see stale_connections).
        """
        view: CaudalNodeItem = self.view
        order = []
        for port in self.wanted_ports():
            item = self.ensure_output(port.name)
            item.view.setVisible(True)
            item.view.color = style.port_color(port.role) + (255,)
            item.view.border_color = tuple(min(255, c + 60) for c in item.view.color[:3]) + (255,)
            view.set_port_label(item.view, port.title.get(lang))
            order.append(item.view)
        for item in self.output_ports():
            if item.view not in order:
                item.view.setVisible(False)
        view.reorder_outputs(order)
        rank = {v: i for i, v in enumerate(order)}
        self._outputs.sort(key=lambda p: rank.get(p.view, len(rank)))
        if self.NODE_TYPE:
            for port in self.NODE_TYPE.inputs:
                found = self.get_input(port.name)
                if found is not None:
                    view.set_port_label(found.view, port.title.get(lang))
        view.set_title(self.display_title(lang))
        view.set_summary(self.summary_text(lang))
        view.draw_node()  # redraws the connections too

    def snapshot_config(self) -> dict[str, Any]:
        return copy.deepcopy(self.config)


def style_text(text: str):
    from runtime.catalog.types import Text

    return Text(text, text)


def class_name(type_id: str) -> str:
    """A Python identifier for a catalog type id ("trigger.tag_added" -> "trigger_tag_added")."""
    name = re.sub(r"\W", "_", type_id)
    return name if name[:1].isalpha() else f"t_{name}"


class UnknownNode(FlowNode):
    """Stands for a node whose type the catalog does not know (kept verbatim)."""

    NODE_NAME = "?"


def make_classes(catalog: Catalog, lang: str) -> dict[str, type[FlowNode]]:
    """One FlowNode subclass per catalog type, keyed by type id."""
    classes: dict[str, type[FlowNode]] = {}
    for nt in catalog:
        cls = type(class_name(nt.id), (FlowNode,), {
            "__identifier__": IDENTIFIER,
            "NODE_NAME": nt.title.get(lang),
            "NODE_TYPE": nt,
        })
        classes[nt.id] = cls
    return classes
