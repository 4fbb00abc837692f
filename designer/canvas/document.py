"""The canvas document: our Flow on a NodeGraphQt graph, and every edit as an undo step.

`load` / `to_flow` are the bridge (Flow -> graph -> Flow gives back the same Flow);
the other methods are the edits the editor offers (add, delete, paste, layout, ...),
each pushed onto the shared QUndoStack.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsScene

from designer.canvas import clipboard
from designer.canvas.graph import CaudalGraph
from designer.canvas.layout import layout
from designer.canvas.node_item import CaudalNodeItem
from designer.canvas.nodes import FlowNode, UnknownNode, make_classes
from designer.commands import MoveNodesCmd, SetNodeDataCmd
from runtime.catalog import Catalog
from runtime.catalog.types import NodeKind
from runtime.flows.model import Edge, Endpoint, Flow, Node, new_id

Key = tuple[str, str, str, str]  # source uid, source port, target uid, target port


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowCanvas", text)


def _round(v: float) -> float:
    return round(float(v), 1) + 0.0


def _join(out: Any, inp: Any) -> None:
    """Connect two checked ports as NodeGraphQt's `connect_to(push_undo=False, emit_signal=False)`
    does for multi-connection ports, without its two command objects and re-checks per edge
    (NodeGraphQt 0.6.44; our nodes have no connection hooks, see nodes.py)."""
    out.model.connected_ports[inp.node().id].append(inp.name())
    inp.model.connected_ports[out.node().id].append(out.name())
    out.view.connect_to(inp.view)


class CanvasDocument(QObject):
    """Holds the graph and the flow's non-graph parts (id, name, settings)."""

    changed = Signal()
    node_data_changed = Signal(str)
    selection_changed = Signal(list)

    def __init__(self, catalog: Catalog, lang: str, undo_stack: QUndoStack, parent=None,
                 down: bool = True) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.undo_stack = undo_stack
        self.graph = CaudalGraph(undo_stack, down=down)
        self.classes = make_classes(catalog, lang)
        self.meta = Flow(id=new_id(), name="")
        self.edge_seq: dict[Key, int] = {}
        self.load_warnings: list[str] = []
        self._next_seq = 0
        self._loading = False
        self._last_selection: list[str] = []
        undo_stack.indexChanged.connect(self._on_index_changed)
        self.graph.scene().selectionChanged.connect(self._on_selection)
        self.graph.add_requested.connect(lambda t, pos: self.add_node(t, pos))

    # --- bridge ------------------------------------------------------------------

    def _clear(self) -> None:
        scene = self.graph.scene()
        viewer = self.graph.viewer()
        for pipe in viewer.all_pipes():
            scene.removeItem(pipe)
        for node in list(self.graph.model.nodes.values()):
            scene.removeItem(node.view)
        self.graph.model.nodes.clear()
        self.graph.by_uid.clear()
        self.edge_seq.clear()
        self.undo_stack.clear()

    def new_node(self, type_id: str, config: dict[str, Any] | None = None) -> FlowNode:
        """A fresh node object of `type_id` (an UnknownNode when the catalog lacks it), with
        `config` (taken as it is) or the type's defaults."""
        resolved = self.catalog.resolve(type_id)
        cls = self.classes.get(resolved) if resolved else None
        node = cls(config) if cls else UnknownNode(config)
        node.type_id = type_id
        node.seq = self._next_seq
        self._next_seq += 1
        return node

    def load(self, flow: Flow) -> None:
        """Replace the canvas with `flow`; clears undo. Bad edges land in `load_warnings`."""
        self._loading = True
        viewer = self.graph.viewer()
        viewer.setUpdatesEnabled(False)
        scene = self.graph.scene()
        blocked = scene.blockSignals(True)
        index = scene.itemIndexMethod()
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # one rebuild, not n
        try:
            self._clear()
            self.meta = Flow(
                id=flow.id,
                name=flow.name,
                description=flow.description,
                settings=copy.deepcopy(flow.settings),
            )
            self.load_warnings = []
            self._next_seq = 0
            ports_by_node: dict[str, set[str]] = {}
            for e in flow.edges:
                ports_by_node.setdefault(e.source.node, set()).add(e.source.port)
            CaudalNodeItem.defer_draw = True
            for n in flow.nodes:
                node = self.new_node(n.type, copy.deepcopy(n.config))
                node.uid = n.id
                node.type_version = n.type_version
                node.title = n.title
                if isinstance(node, UnknownNode):
                    for port in sorted(ports_by_node.get(n.id, ())):
                        node.ensure_output(port)
                    self.load_warnings.append(
                        _tr("Node %1: unknown node type “%2”.").replace("%1", n.id)
                        .replace("%2", n.type))
                node.model.name = node.display_title(self.lang)
                node.refresh(self.lang)
                self.graph.add_node(node, pos=[float(n.position[0]), float(n.position[1])],
                                    selected=False, push_undo=False)
                self.graph.by_uid[n.id] = node
            CaudalNodeItem.defer_draw = False
            for node in self.graph.by_uid.values():
                node.view.draw_node()
            for i, e in enumerate(flow.edges):
                self._load_edge(i, e)
        finally:
            CaudalNodeItem.defer_draw = False
            scene.setItemIndexMethod(index)
            scene.blockSignals(blocked)
            viewer.setUpdatesEnabled(True)
            self._loading = False
        self.undo_stack.clear()
        self._on_selection()

    def _load_edge(self, index: int, e: Edge) -> None:
        src = self.graph.by_uid.get(e.source.node)
        dst = self.graph.by_uid.get(e.target.node)
        where = _tr("Edge %1 (%2.%3 → %4.%5)").replace("%1", str(index + 1)).replace(
            "%2", e.source.node).replace("%3", e.source.port).replace(
            "%4", e.target.node).replace("%5", e.target.port)
        if src is None or dst is None:
            self.load_warnings.append(where + ": " + _tr("a node it joins does not exist."))
            return
        out = src.get_output(e.source.port)
        inp = dst.get_input(e.target.port)
        if out is None or not out.view.isVisible() or inp is None:
            self.load_warnings.append(where + ": " + _tr("the port does not exist."))
            return
        key = (e.source.node, e.source.port, e.target.node, e.target.port)
        if key in self.edge_seq:
            self.load_warnings.append(where + ": " + _tr("duplicate edge, kept once."))
            return
        self.edge_seq[key] = index
        _join(out, inp)

    def edges(self) -> list[Key]:
        """Every connection on the canvas, in document order."""
        found: list[Key] = []
        for node in self.graph.flow_nodes():
            for port in node.output_ports():
                if not port.view.isVisible():
                    continue
                for other in port.connected_ports():
                    target = other.node()
                    if isinstance(target, FlowNode):
                        found.append((node.uid, port.name(), target.uid, other.name()))
        for key in found:
            if key not in self.edge_seq:
                self.edge_seq[key] = max(self.edge_seq.values(), default=-1) + 1
        found.sort(key=self.edge_seq.__getitem__)
        return found

    def to_flow(self) -> Flow:
        """The current document as a Flow (positions rounded to 0.1)."""
        nodes = []
        for n in self.graph.flow_nodes():
            x, y = n.view.xy_pos
            nodes.append(Node(id=n.uid, type=n.type_id, type_version=n.type_version,
                              title=n.title, config=copy.deepcopy(n.config),
                              position=(_round(x), _round(y))))
        edges = [Edge(Endpoint(a, p), Endpoint(b, q)) for a, p, b, q in self.edges()]
        return Flow(id=self.meta.id, name=self.meta.name, description=self.meta.description,
                    settings=copy.deepcopy(self.meta.settings), nodes=nodes, edges=edges)

    # --- edits ---------------------------------------------------------------------

    def add_node(self, type_id: str, pos: tuple[float, float], select: bool = True) -> str:
        """Add a node of `type_id` with its top-left at `pos` (one undo step); its uid."""
        node = self.new_node(type_id)
        node.model.name = node.display_title(self.lang)
        node.refresh(self.lang)
        self.undo_stack.beginMacro(_tr("Add “%1”").replace("%1", node.display_title(self.lang)))
        self.graph.clear_selection()
        self.graph.by_uid[node.uid] = node  # before: selecting it asks who it is
        self.graph.add_node(node, pos=[float(pos[0]), float(pos[1])], selected=select)
        self.undo_stack.endMacro()
        self._on_selection()  # the new node is selected: its form opens
        return node.uid

    def selected_nodes(self) -> list[FlowNode]:
        return [n for n in self.graph.selected_nodes() if isinstance(n, FlowNode)]

    def delete_nodes(self, uids: list[str]) -> None:
        nodes = [n for n in (self.graph.node_by_uid(u) for u in uids) if n is not None]
        if nodes:
            count = len(nodes)  # lupdate misses a plural whose count is a call
            self.undo_stack.beginMacro(self.tr("Delete %n node(s)", "", count))
            self.graph.delete_nodes(nodes)
            self.undo_stack.endMacro()

    def delete_selected(self) -> None:
        self.delete_nodes([n.uid for n in self.selected_nodes()])

    def connect(self, source: str, port: str, target: str, target_port: str = "in") -> bool:
        """Connect two ports as one undo step; False when our rules refuse it."""
        from designer.canvas.graph import can_connect

        src, dst = self.graph.node_by_uid(source), self.graph.node_by_uid(target)
        if src is None or dst is None or not can_connect(src, port, dst, target_port):
            return False
        self.undo_stack.beginMacro(_tr("Connect"))
        src.get_output(port).connect_to(dst.get_input(target_port))
        self.undo_stack.endMacro()
        return True

    def disconnect(self, source: str, port: str, target: str, target_port: str = "in") -> None:
        src, dst = self.graph.node_by_uid(source), self.graph.node_by_uid(target)
        if src is not None and dst is not None:
            src.get_output(port).disconnect_from(dst.get_input(target_port))

    def fragment(self, uids: list[str]) -> dict[str, Any]:
        """The nodes `uids` and the edges among them, as a clipboard fragment."""
        wanted = set(uids)
        flow = self.to_flow()
        return clipboard.make_fragment(flow, wanted)

    def paste(self, fragment: dict[str, Any], offset: tuple[float, float] = (40.0, 40.0)) -> list[str]:
        """Add a fragment's nodes (new uuids, shifted by `offset`) and edges; one undo step."""
        nodes, edges = clipboard.read_fragment(fragment)
        if not nodes:
            return []
        mapping = {n.id: new_id() for n in nodes}
        count = len(nodes)  # lupdate misses a plural whose count is a call
        self.undo_stack.beginMacro(self.tr("Paste %n node(s)", "", count))
        self.graph.clear_selection()
        for n in nodes:
            node = self.new_node(n.type, copy.deepcopy(n.config))
            node.uid = mapping[n.id]
            node.type_version = n.type_version
            node.title = n.title
            node.model.name = node.display_title(self.lang)
            node.refresh(self.lang)
            pos = [n.position[0] + offset[0], n.position[1] + offset[1]]
            self.graph.add_node(node, pos=pos, selected=True)
            self.graph.by_uid[node.uid] = node
        for e in edges:
            self.connect(mapping[e.source.node], e.source.port, mapping[e.target.node],
                         e.target.port)
        self.undo_stack.endMacro()
        return [mapping[n.id] for n in nodes]

    def duplicate_selected(self) -> list[str]:
        return self.paste(self.fragment([n.uid for n in self.selected_nodes()]))

    def edit_node(self, uid: str, title: str, config: dict[str, Any], merge_key: str | None = None,
                  text: str | None = None) -> None:
        """Push one undoable change of a node's title and config."""
        node = self.graph.node_by_uid(uid)
        if node is None or (node.title == title and node.config == config):
            return
        label = text or _tr("Edit “%1”").replace("%1", node.display_title(self.lang))
        self.undo_stack.push(SetNodeDataCmd(self, uid, (node.title, node.config),
                                            (title, config), label, merge_key))

    def layout_positions(self) -> dict[str, tuple[float, float]]:
        """Where auto-layout puts every node (top-down or left to right, as the canvas draws)."""
        nodes = self.graph.flow_nodes()
        ids = [n.uid for n in nodes]
        sizes = {n.uid: (n.view.width, n.view.height) for n in nodes}
        roots = [n.uid for n in nodes if n.NODE_TYPE and n.NODE_TYPE.kind == NodeKind.TRIGGER]
        rank: dict[tuple[str, str], int] = {}
        pairs = []
        for a, port, b, _ in self.edges():
            pairs.append((a, b))
            names = self.graph.by_uid[a].visible_output_names()
            rank.setdefault((a, b), names.index(port) if port in names else 0)
        return layout(ids, pairs, sizes, roots, down=self.graph.down, port_rank=rank)

    def auto_layout(self) -> None:
        """Lay every node out (one undo step)."""
        after = self.layout_positions()
        before = {n.uid: tuple(n.view.xy_pos) for n in self.graph.flow_nodes()}
        if after != before:
            self.undo_stack.push(MoveNodesCmd(self, before, after,
                                              _tr("Auto-layout")))

    # --- command targets ------------------------------------------------------------

    def set_node_data(self, uid: str, title: str, config: dict[str, Any]) -> list[Key]:
        node = self.graph.node_by_uid(uid) or self.graph.by_uid.get(uid)
        if node is None:
            return []
        node.title = title
        node.config = config
        removed = []
        for out, inp in node.stale_connections():
            removed.append((uid, out.name(), inp.node().uid, inp.name()))
            out.disconnect_from(inp, push_undo=False, emit_signal=False)
        node.refresh(self.lang)
        self.node_data_changed.emit(uid)
        return removed

    def reconnect(self, connections: list[Key]) -> None:
        for a, p, b, q in connections:
            src, dst = self.graph.by_uid.get(a), self.graph.by_uid.get(b)
            if src is not None and dst is not None and src.get_output(p) is not None:
                src.get_output(p).connect_to(dst.get_input(q), push_undo=False, emit_signal=False)

    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> None:
        scene = self.graph.scene()
        index = scene.itemIndexMethod()
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # one rebuild, not one per move
        CaudalNodeItem.hold_pipes = True  # each pipe is drawn once below, not once per end
        try:
            for uid, (x, y) in positions.items():
                node = self.graph.by_uid.get(uid)
                if node is not None:
                    node.view.xy_pos = [x, y]
                    node.model.pos = [x, y]
            for pipe in self.graph.viewer().all_pipes():
                pipe.draw_path(pipe.input_port, pipe.output_port)
        finally:
            CaudalNodeItem.hold_pipes = False
            scene.setItemIndexMethod(index)

    # --- looks ------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for type_id, cls in self.classes.items():
            cls.NODE_NAME = self.catalog.get(type_id).title.get(lang)
        for node in self.graph.flow_nodes():
            node.refresh(lang)

    def set_problems(self, by_node: dict[str, list[str]]) -> None:
        for node in self.graph.flow_nodes():
            node.view.set_problems(by_node.get(node.uid, []))

    def set_overlay(self, texts: dict[str, str]) -> None:
        """Hook for the run overlay: a badge per node uid (e.g. "12 waiting")."""
        for node in self.graph.flow_nodes():
            node.view.set_overlay(texts.get(node.uid))

    def select(self, uids: list[str], center: bool = False) -> None:
        """Select exactly `uids` (not an undo step), optionally centring the view on them."""
        for item in self.graph.viewer().selected_nodes():
            item.setSelected(False)
        nodes = [n for n in (self.graph.node_by_uid(u) for u in uids) if n is not None]
        for n in nodes:
            n.view.setSelected(True)
        if center and nodes:
            self.graph.viewer().center_selection([n.view for n in nodes])

    # --- signals ------------------------------------------------------------------------

    def _on_index_changed(self, _index: int) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_selection(self) -> None:
        uids = [n.uid for n in self.selected_nodes()]
        if uids != self._last_selection:
            self._last_selection = uids
            self.selection_changed.emit(uids)
