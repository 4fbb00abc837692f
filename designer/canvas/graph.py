"""Our NodeGraph: readable fit, O(1) names, our connection rules, drops and Tab-add as signals.

NodeGraphQt stays the drawing and interaction layer; every document decision
(which node type, which uuid, which connections are valid) is made here or above.
The viewer adds: a "+" on every connection (`insert_requested`), the wheel scrolling
(Ctrl+wheel zooms), a minimap and an empty-canvas hint as overlays, and `fit_nodes`
that never zooms out past readable text (a big flow is scrolled, not shrunk).
"""

from __future__ import annotations

from NodeGraphQt.widgets.viewer import NodeViewer
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import QLabel

from designer.canvas.minimap import Minimap
from designer.canvas.node_item import READABLE_PX, SUMMARY_PX
from designer.canvas.nodes import FlowNode
from designer.canvas.pipes import CaudalPipeItem, PlusItem
from designer.qt import HORIZONTAL, VERTICAL, NodeGraph
from runtime.catalog.types import NodeKind

MIN_FIT_SCALE = READABLE_PX / SUMMARY_PX  # fit never shows the summary smaller than READABLE_PX

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
        self.insert_requested = None  # set by CaudalGraph: called with (source port item, target port item)
        self.plus_tip = ""
        self.hint = QLabel(self)
        self.hint.setObjectName("canvasHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #c7ced8; font-size: 15px; background: rgba(30, 32, 38, 200);"
                                " border-radius: 10px; padding: 18px;")
        self.hint.hide()
        self.minimap = Minimap(self)
        self.overlays: list = []  # more overlay widgets, kept at the top right on every resize
        self.node_source = None  # set by CaudalGraph: the node items, without walking the scene

    def all_nodes(self):  # noqa: D401 (NodeGraphQt hook)
        """The node items, from the graph's model: walking the scene's 20,000 items (texts,
        ports, ...) took 50 ms at 2,000 nodes, and the minimap asks after every change."""
        if self.node_source is None:
            return super().all_nodes()
        return self.node_source()

    def all_pipes(self):  # noqa: D401 (NodeGraphQt hook)
        """The connections, from the nodes' outputs (each once; the pipe being dragged is not one)."""
        if self.node_source is None:
            return super().all_pipes()
        return [pipe for item in self.node_source() for port in item.outputs for pipe in port.connected_pipes]

    def _combined_rect(self, nodes):  # noqa: D401 (NodeGraphQt hook)
        rect = QRectF()
        for item in nodes:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    # --- connections with a "+" --------------------------------------------------------

    def establish_connection(self, start_port, end_port):  # noqa: D401 (NodeGraphQt hook)
        pipe = CaudalPipeItem()
        pipe.plus.setToolTip(self.plus_tip)
        self.scene().addItem(pipe)
        pipe.set_connections(start_port, end_port)
        pipe.draw_path(pipe.input_port, pipe.output_port)
        if start_port.node.selected or end_port.node.selected:
            pipe.highlight()
        if not start_port.node.visible or not end_port.node.visible:
            pipe.hide()

    def sceneMousePressEvent(self, event):  # noqa: N802 (NodeGraphQt hook)
        """A press on a "+" is the button's: NodeGraphQt would pick the pipe up to re-plug it."""
        if any(isinstance(item, PlusItem) for item in self.scene().items(event.scenePos())):
            return
        super().sceneMousePressEvent(event)

    def plus_clicked(self, pipe: CaudalPipeItem) -> None:
        if self.insert_requested is not None and pipe.output_port and pipe.input_port:
            self.insert_requested(pipe.output_port, pipe.input_port)

    # --- scrolling, view changes, overlays -------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """The wheel scrolls (Shift: sideways); Ctrl+wheel zooms, as in a web flow builder."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        pixels = event.pixelDelta()
        dx, dy = (pixels.x(), pixels.y()) if not pixels.isNull() else (
            event.angleDelta().x() / 2, event.angleDelta().y() / 2)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not dx:
            dx, dy = dy, 0
        scale = self.transform().m11() or 1.0
        self._set_viewer_pan(-dx / scale, -dy / scale)
        event.accept()

    def _update_scene(self):  # noqa: D401 (NodeGraphQt hook: every pan and zoom ends here)
        super()._update_scene()
        minimap = getattr(self, "minimap", None)
        if minimap is not None:
            minimap.follow_view()

    def center_on_scene(self, point: QPointF) -> None:
        """Scroll so that the scene `point` is in the middle of the view (zoom unchanged)."""
        self._scene_range.translate(point - self._scene_range.center())
        self._update_scene()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_overlays()

    def place_overlays(self) -> None:
        if not hasattr(self, "minimap"):
            return  # NodeViewer.__init__ resizes before our overlays exist
        w, h = self.width(), self.height()
        self.minimap.move(w - self.minimap.width() - 12, h - self.minimap.height() - 12)
        hint_w = min(460, max(200, w - 60))
        self.hint.setFixedWidth(hint_w)
        self.hint.adjustSize()
        self.hint.move((w - hint_w) // 2, max(10, (h - self.hint.height()) // 2))
        for widget in self.overlays:
            widget.adjustSize()
            widget.move(w - widget.width() - 12, 10)


class CaudalGraph(NodeGraph):
    """The canvas graph. `add_requested(type_id, (x, y))` asks the editor to add a node there
    (a drop); `quick_add_requested(type_id)` comes from Tab's search."""

    add_requested = Signal(str, tuple)
    quick_add_requested = Signal(str)

    insert_requested = Signal(tuple)  # (source uid, source port, target uid, target port)

    def __init__(self, undo_stack: QUndoStack, parent=None, down: bool = True) -> None:
        viewer = CaudalViewer(undo_stack=undo_stack)
        super().__init__(parent, undo_stack=undo_stack, viewer=viewer)
        self.set_acyclic(False)  # loops are allowed (validation asks for a wait in them)
        self.set_pipe_collision(False)
        self.set_pipe_slicing(False)
        self.by_uid: dict[str, FlowNode] = {}
        self.down = down
        self.set_layout_direction(VERTICAL if down else HORIZONTAL)
        viewer.insert_requested = self._on_plus
        viewer.node_source = lambda: [n.view for n in self._model.nodes.values()]

    def set_down(self, down: bool) -> None:
        """Top-down (True) or left to right: ports move, pipes are redrawn."""
        self.down = down
        self.set_layout_direction(VERTICAL if down else HORIZONTAL)

    def _on_plus(self, out_item, in_item) -> None:
        src = self._model.nodes.get(out_item.node.id)
        dst = self._model.nodes.get(in_item.node.id)
        if isinstance(src, FlowNode) and isinstance(dst, FlowNode):
            self.insert_requested.emit((src.uid, out_item.name, dst.uid, in_item.name))

    # --- NodeGraphQt hooks ----------------------------------------------------

    def get_unique_name(self, name):  # noqa: D401
        """Names are not identities here (our uuid is); skip the O(n) probing."""
        return name

    def _on_search_triggered(self, node_type, pos):
        self.quick_add_requested.emit(node_type)

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

    def fit_nodes(self, nodes: list[FlowNode] | None = None, margin: float = 30.0) -> None:
        """Frame `nodes` (default: all) at 100 % at most and never below readable text.

        When they do not fit at the readable scale, the view shows their start (the top,
        or the left edge left to right), centred on the first layer, and the rest is
        scrolled to (the minimap shows where).
        """
        views = [n.view for n in (nodes if nodes is not None else self.flow_nodes())]
        viewer = self._viewer
        if not views:
            viewer.minimap.refresh()
            return
        rect = viewer._combined_rect(views).adjusted(-margin, -margin, margin, margin)
        size = viewer.viewport().size()
        w, h = max(1, size.width()), max(1, size.height())
        fit = min(w / rect.width(), h / rect.height())
        scale = min(1.0, max(MIN_FIT_SCALE, fit))
        vw, vh = (w - 4) / scale, (h - 4) / scale  # fitInView keeps a 2 px margin each side
        cx, cy = rect.center().x(), rect.center().y()
        if rect.height() > vh or rect.width() > vw:  # too big: show where the flow starts
            first = min(views, key=lambda v: (v.sceneBoundingRect().top(), v.sceneBoundingRect().left())
                        if self.down else (v.sceneBoundingRect().left(), v.sceneBoundingRect().top()))
            start = first.sceneBoundingRect().center()
            if self.down:
                cy = rect.top() + vh / 2 if rect.height() > vh else cy
                cx = start.x() if rect.width() > vw else cx
            else:
                cx = rect.left() + vw / 2 if rect.width() > vw else cx
                cy = start.y() if rect.height() > vh else cy
        viewer._scene_range = QRectF(cx - vw / 2, cy - vh / 2, vw, vh)
        viewer._update_scene()
        viewer.minimap.refresh()

    def scale(self) -> float:
        """The view's current scale (1.0 = 100 %)."""
        return self._viewer.transform().m11()

    def center_on_node(self, node: FlowNode) -> None:
        self._viewer.center_selection([node.view])

    def view_center(self) -> tuple[float, float]:
        viewer = self._viewer
        center = viewer.mapToScene(QPoint(viewer.width() // 2, viewer.height() // 2))
        return center.x(), center.y()
