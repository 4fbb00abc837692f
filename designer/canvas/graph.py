"""Our NodeGraph: fast fit, O(1) names, our connection rules, drops and Tab-add as signals.

NodeGraphQt stays the drawing and interaction layer; every document decision
(which node type, which uuid, which connections are valid) is made here or above.
"""

from __future__ import annotations

from NodeGraphQt.widgets.viewer import NodeViewer
from PySide6.QtCore import QMimeData, QPoint, QRectF, Signal
from PySide6.QtGui import QUndoStack

from designer.canvas.nodes import FlowNode
from designer.qt import NodeGraph
from runtime.catalog.types import NodeKind

NODE_MIME = "application/x-caudal-node-type"
TEXT_PREFIX = "caudal-node:"


def node_type_from_mime(mime: QMimeData) -> str | None:
    """The catalog type id a palette drag carries, or None."""
    if mime.hasFormat(NODE_MIME):
        return bytes(mime.data(NODE_MIME).data()).decode()
    text = mime.text() if mime.hasText() else ""
    return text[len(TEXT_PREFIX):] if text.startswith(TEXT_PREFIX) else None


def can_connect(source: FlowNode, source_port: str, target: FlowNode, target_port: str) -> bool:
    """Our rule: an existing visible output to an input, never into a trigger, not to itself."""
    if source is target:
        return False
    if target.NODE_TYPE is not None and target.NODE_TYPE.kind == NodeKind.TRIGGER:
        return False
    if target.get_input(target_port) is None:
        return False
    out = source.get_output(source_port)
    return out is not None and out.view.isVisible()


class CaudalViewer(NodeViewer):
    """NodeViewer whose combined rect is a union of scene rects (NodeGraphQt's is O(n^2)).

    NodeGraphQt's right-click menu held its own untranslated "&Undo"/"&Redo" (and a
    second Ctrl+Z); they are removed, and the editor's actions go there instead
    (`CaudalGraph.set_context_actions`).
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for action in (self._undo_action, self._redo_action):
            if action is not None:
                self._ctx_graph_menu.removeAction(action)
                action.setParent(None)
                action.deleteLater()
        self._undo_action = self._redo_action = None
        self._ctx_graph_menu.clear()
        self._ctx_node_menu.setTitle("")
        self._ctx_graph_menu.setTitle("")

    def _combined_rect(self, nodes):  # noqa: D401 (NodeGraphQt hook)
        rect = QRectF()
        for item in nodes:
            rect = rect.united(item.sceneBoundingRect())
        return rect


class CaudalGraph(NodeGraph):
    """The canvas graph. `add_requested(type_id, (x, y))` asks the editor to add a node."""

    add_requested = Signal(str, tuple)

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        viewer = CaudalViewer(undo_stack=undo_stack)
        super().__init__(parent, undo_stack=undo_stack, viewer=viewer)
        self.set_acyclic(False)  # loops are allowed (validation asks for a wait in them)
        self.set_pipe_collision(False)
        self.set_pipe_slicing(False)
        self.by_uid: dict[str, FlowNode] = {}

    # --- NodeGraphQt hooks ----------------------------------------------------

    def get_unique_name(self, name):  # noqa: D401
        """Names are not identities here (our uuid is); skip the O(n) probing."""
        return name

    def _on_search_triggered(self, node_type, pos):
        self.add_requested.emit(node_type, tuple(pos))

    def _on_node_data_dropped(self, mimedata, pos):
        type_id = node_type_from_mime(mimedata)
        if type_id:
            self.add_requested.emit(type_id, (float(pos.x()), float(pos.y())))
        else:
            self.data_dropped.emit(mimedata, pos)

    def _on_connection_changed(self, disconnected, connected):
        keep = []
        for a, b in connected:
            out_item, in_item = (a, b) if a.port_type == "out" else (b, a)
            src = self._model.nodes.get(out_item.node.id)
            dst = self._model.nodes.get(in_item.node.id)
            if isinstance(src, FlowNode) and isinstance(dst, FlowNode) and can_connect(
                src, out_item.name, dst, in_item.name
            ):
                keep.append((a, b))
        if not keep and connected and disconnected:
            # a refused re-plug: put the detached pipe back instead of dropping it
            for a, b in disconnected:
                self._viewer.establish_connection(a, b)
            return
        super()._on_connection_changed(disconnected, keep)

    def _on_connection_sliced(self, ports):
        super()._on_connection_sliced(ports)

    # --- our helpers -----------------------------------------------------------

    def set_context_actions(self, actions: list) -> None:
        """The canvas's right-click menu: `actions` in order, None for a separator."""
        menu = self._viewer.context_menus()["graph"]
        menu.clear()
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def node_by_uid(self, uid: str) -> FlowNode | None:
        node = self.by_uid.get(uid)
        return node if node is not None and node.id in self._model.nodes else None

    def flow_nodes(self) -> list[FlowNode]:
        """Nodes on the canvas, in document order."""
        nodes = [n for n in self._model.nodes.values() if isinstance(n, FlowNode)]
        nodes.sort(key=lambda n: n.seq)
        return nodes

    def fit_nodes(self, nodes: list[FlowNode] | None = None, margin: float = 60.0) -> None:
        """Frame `nodes` (default: all) quickly, without zooming in past 100 %."""
        views = [n.view for n in (nodes if nodes is not None else self.flow_nodes())]
        if not views:
            return
        rect = self._viewer._combined_rect(views).adjusted(-margin, -margin, margin, margin)
        viewer = self._viewer
        viewer._scene_range = rect
        viewer._update_scene()
        if viewer.get_zoom() > 0.0:
            viewer.reset_zoom(rect.center())

    def center_on_node(self, node: FlowNode) -> None:
        self._viewer.center_selection([node.view])

    def view_center(self) -> tuple[float, float]:
        viewer = self._viewer
        center = viewer.mapToScene(QPoint(viewer.width() // 2, viewer.height() // 2))
        return center.x(), center.y()
