"""A map of the whole flow in the canvas's corner, shown when the flow does not fit the view.

Nodes are drawn as blocks in their kind's colour, the part of the flow on screen as a
frame; a click or a drag on the map moves the view there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from designer.canvas import style

WIDTH, HEIGHT, MARGIN = 170, 130, 8


class Minimap(QWidget):
    """Overlay child of the viewer; `refresh()` after nodes change, `update()` after a scroll."""

    def __init__(self, viewer) -> None:
        super().__init__(viewer)
        self.setObjectName("minimap")
        self.viewer = viewer
        self.setFixedSize(WIDTH, HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.blocks: list[tuple[QRectF, QColor]] = []
        self.bounds = QRectF()
        self.hide()

    # --- geometry ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the nodes' places and show the map only when the flow does not fit the view."""
        self.blocks = []
        bounds = QRectF()
        for item in self.viewer.all_nodes():
            rect = item.sceneBoundingRect()
            self.blocks.append((rect, QColor(*style.kind_color(getattr(item, "kind", "")))))
            bounds = bounds.united(rect)
        self.bounds = bounds.adjusted(-40, -40, 40, 40)
        self.follow_view()

    def follow_view(self) -> None:
        visible = self.visible_scene_rect()
        self.setVisible(bool(self.blocks) and not visible.contains(self.bounds.adjusted(30, 30, -30, -30)))
        self.update()

    def visible_scene_rect(self) -> QRectF:
        return self.viewer.mapToScene(self.viewer.viewport().rect()).boundingRect()

    def _scale(self) -> float:
        if self.bounds.isEmpty():
            return 1.0
        return min((WIDTH - 2 * MARGIN) / self.bounds.width(), (HEIGHT - 2 * MARGIN) / self.bounds.height())

    def to_map(self, rect: QRectF) -> QRectF:
        s = self._scale()
        return QRectF(MARGIN + (rect.x() - self.bounds.x()) * s, MARGIN + (rect.y() - self.bounds.y()) * s,
                      rect.width() * s, rect.height() * s)

    def to_scene(self, point: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(self.bounds.x() + (point.x() - MARGIN) / s, self.bounds.y() + (point.y() - MARGIN) / s)

    # --- painting and input ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(120, 128, 140), 1))
        painter.setBrush(QColor(24, 26, 31, 225))
        painter.drawRoundedRect(QRectF(0.5, 0.5, WIDTH - 1, HEIGHT - 1), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, color in self.blocks:
            painter.setBrush(color)
            painter.drawRect(self.to_map(rect))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(255, 214, 102), 1.5))
        painter.drawRect(self.to_map(self.visible_scene_rect()).intersected(
            QRectF(1, 1, WIDTH - 2, HEIGHT - 2)))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.go_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.go_to(event.position())
        event.accept()

    def go_to(self, point: QPointF) -> None:
        """Centre the view on the scene point under `point` of the map."""
        self.viewer.center_on_scene(self.to_scene(point))
