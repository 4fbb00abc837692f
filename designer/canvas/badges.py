"""Run overlay on the canvas: per-node badges of contacts there now, and one contact's path.

`CanvasBadges(graph)` draws, above each node's top-right corner, one pill per state
(active, waiting, failed, uncertain) with its count, in the history's colours; a click on
a badge emits `badge_clicked(node_id)`. `highlight_path(nodes, edges, current)` puts a
halo on the nodes an enrollment visited and a glow under the pipes it walked.
All items are children of NodeGraphQt's items, so they follow moves and die with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsSceneMouseEvent

from designer.history import states

STATES = ("active", "waiting", "failed", "uncertain")
PATH_COLOR = QColor(0, 188, 212)
PILL_H = 22.0
GAP = 4.0


class BadgeItem(QGraphicsObject):
    """Pills of counts above a node; `clicked(node_id)` on a left click."""

    clicked = Signal(str)

    def __init__(self, node_id: str, parent: QGraphicsItem) -> None:
        self._pills: list[tuple[str, QRectF, str]] = []
        super().__init__(parent)
        self.node_id = node_id
        self.counts: dict[str, int] = {}
        self.font = QFont()
        self.font.setBold(True)
        self.font.setPointSizeF(10.0)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def set_counts(self, counts: dict[str, int], tooltip: str) -> None:
        self.prepareGeometryChange()
        self.counts = {k: v for k, v in counts.items() if v}
        metrics = QFontMetricsF(self.font)
        x = 0.0
        self._pills = []
        for key in STATES:
            if key in self.counts:
                text = str(self.counts[key])
                w = max(PILL_H + 4, metrics.horizontalAdvance(text) + 14)
                self._pills.append((key, QRectF(x, 0, w, PILL_H), text))
                x += w + GAP
        width = max(0.0, x - GAP)
        parent = self.parentItem()
        node_w = float(getattr(parent, "_width", 220.0) or 220.0)
        self.setPos(node_w - width - 6, -PILL_H - 4)
        self.setToolTip(tooltip)
        self.setVisible(bool(self._pills))
        self.update()

    def boundingRect(self) -> QRectF:
        if not self._pills:
            return QRectF()
        return QRectF(0, 0, self._pills[-1][1].right(), PILL_H).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:  # noqa: ARG002
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        for key, rect, text in self._pills:
            painter.setPen(QPen(QColor(255, 255, 255, 200), 1.2))
            painter.setBrush(states.color(key))
            painter.drawRoundedRect(rect, PILL_H / 2, PILL_H / 2)
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the node under the badge is neither selected nor dragged

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()
        if self.boundingRect().contains(event.pos()):
            self.clicked.emit(self.node_id)


class HaloItem(QGraphicsItem):
    """A coloured outline behind a node (the selected enrollment visited it)."""

    def __init__(self, parent: QGraphicsItem, current: bool) -> None:
        super().__init__(parent)
        self.current = current
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:  # noqa: ARG002
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(PATH_COLOR)
        color.setAlpha(230 if self.current else 150)
        painter.setPen(QPen(color, 5 if self.current else 3.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.parentItem().boundingRect().adjusted(-4, -4, 4, 4), 10, 10)
        painter.restore()


class GlowItem(QGraphicsItem):
    """A wide translucent stroke under a pipe, drawn from the pipe's own (current) path."""

    def __init__(self, pipe: QGraphicsItem) -> None:
        super().__init__(pipe)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:  # noqa: ARG002
        color = QColor(PATH_COLOR)
        color.setAlpha(140)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self.parentItem().path())
        painter.restore()


class CanvasBadges(QObject):
    """Badges and path highlight on a `CaudalGraph`. Signals `badge_clicked(node_id)`."""

    badge_clicked = Signal(str)

    def __init__(self, graph: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.badges: dict[str, BadgeItem] = {}
        self._marks: list[QGraphicsItem] = []
        self.path_nodes: list[str] = []

    def _alive(self, item: QGraphicsItem | None) -> bool:
        try:
            return item is not None and item.scene() is not None
        except RuntimeError:  # the C++ item went with its node
            return False

    # -- badges ---------------------------------------------------------------------
    def set_counts(self, counts: dict[str, Any], tooltip: Any = None) -> None:
        """`counts`: node id -> NodeCount (or a dict of the four states); others are cleared.

        `tooltip(node_id, counts) -> str` makes each badge's tooltip.
        """
        for node_id in list(self.badges):
            if node_id not in counts:
                badge = self.badges.pop(node_id)
                if self._alive(badge):
                    badge.setVisible(False)
                    badge.setParentItem(None)
                    badge.scene().removeItem(badge) if badge.scene() else None
        for node_id, count in counts.items():
            node = self.graph.node_by_uid(node_id)
            values = count if isinstance(count, dict) else {k: int(getattr(count, k, 0) or 0) for k in STATES}
            badge = self.badges.get(node_id)
            if node is None:
                self.badges.pop(node_id, None)
                continue
            if not self._alive(badge) or badge.parentItem() is not node.view:
                badge = BadgeItem(node_id, node.view)
                badge.clicked.connect(self.badge_clicked)
                self.badges[node_id] = badge
            badge.set_counts(values, tooltip(node_id, values) if tooltip else "")

    def counts_shown(self) -> dict[str, dict[str, int]]:
        """What the badges show now: node id -> {state: count} (visible badges only)."""
        return {k: dict(b.counts) for k, b in self.badges.items() if self._alive(b) and b.isVisible()}

    # -- path ------------------------------------------------------------------------------
    def clear_path(self) -> None:
        for item in self._marks:
            if self._alive(item):
                item.scene().removeItem(item)
        self._marks = []
        self.path_nodes = []

    def highlight_path(self, nodes: Iterable[str], edges: Iterable[tuple[str, str]],
                       current: str | None = None) -> int:
        """Halo the visited `nodes`, glow the walked `edges`; returns how many items were drawn."""
        self.clear_path()
        for uid in nodes:
            node = self.graph.node_by_uid(uid)
            if node is not None:
                self._marks.append(HaloItem(node.view, uid == current))
                self.path_nodes.append(uid)
        for src, dst in edges:
            pipe = self._pipe(src, dst)
            if pipe is not None:
                self._marks.append(GlowItem(pipe))
        return len(self._marks)

    def _pipe(self, src: str, dst: str) -> QGraphicsItem | None:
        a, b = self.graph.node_by_uid(src), self.graph.node_by_uid(dst)
        if a is None or b is None:
            return None
        for port in a.output_ports():
            for pipe in port.view.connected_pipes:
                if pipe.input_port is not None and pipe.input_port.node is b.view:
                    return pipe
        return None
