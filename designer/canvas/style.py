"""Looks of the canvas: a colour and an icon per node kind, colours per port role."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from runtime.catalog.types import NodeKind

KIND_COLORS: dict[str, tuple[int, int, int]] = {
    NodeKind.TRIGGER: (232, 145, 45),  # orange: where contacts come in
    NodeKind.ACTION: (58, 134, 214),  # blue: things done
    NodeKind.DECISION: (150, 92, 201),  # purple: forks
    NodeKind.WAIT: (38, 166, 154),  # teal: time passes
}
PORT_COLORS: dict[str, tuple[int, int, int]] = {
    "yes": (76, 175, 80),
    "no": (229, 83, 75),
    "other": (158, 158, 158),
    "default": (200, 204, 212),
}
BODY_COLOR = (40, 43, 50)
TEXT_COLOR = (236, 238, 242)
SUMMARY_COLOR = (176, 182, 194)
PROBLEM_COLOR = (229, 83, 75)
ICON_SIZE = 18


def kind_color(kind: str) -> tuple[int, int, int]:
    """The RGB colour of a node kind (grey for an unknown kind)."""
    return KIND_COLORS.get(kind, (120, 120, 120))


def port_color(role: str) -> tuple[int, int, int]:
    return PORT_COLORS.get(role, PORT_COLORS["default"])


def _shape(kind: str, r: QRectF) -> QPainterPath:
    path = QPainterPath()
    cx, cy, w, h = r.center().x(), r.center().y(), r.width(), r.height()
    if kind == NodeKind.TRIGGER:  # a lightning bolt
        pts = [(0.58, 0.05), (0.2, 0.55), (0.47, 0.55), (0.38, 0.95), (0.8, 0.42), (0.52, 0.42)]
        path.addPolygon(QPolygonF([QPointF(r.x() + x * w, r.y() + y * h) for x, y in pts]))
    elif kind == NodeKind.ACTION:  # a play triangle
        pts = [(0.28, 0.18), (0.82, 0.5), (0.28, 0.82)]
        path.addPolygon(QPolygonF([QPointF(r.x() + x * w, r.y() + y * h) for x, y in pts]))
    elif kind == NodeKind.DECISION:  # a diamond
        pts = [(0.5, 0.1), (0.9, 0.5), (0.5, 0.9), (0.1, 0.5)]
        path.addPolygon(QPolygonF([QPointF(r.x() + x * w, r.y() + y * h) for x, y in pts]))
    else:  # an hourglass
        pts = [(0.25, 0.12), (0.75, 0.12), (0.5, 0.5), (0.75, 0.88), (0.25, 0.88), (0.5, 0.5)]
        path.addPolygon(QPolygonF([QPointF(r.x() + x * w, r.y() + y * h) for x, y in pts]))
    path.closeSubpath()
    del cx, cy
    return path


@cache
def kind_icon(kind: str, size: int = ICON_SIZE) -> QPixmap:
    """A round badge in the kind's colour with a white glyph (drawn, no font needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(*kind_color(kind)))
    painter.drawEllipse(QRectF(0, 0, size, size))
    painter.setBrush(QColor(255, 255, 255))
    painter.setPen(QPen(QColor(255, 255, 255), 0.5))
    inner = QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6)
    painter.drawPath(_shape(kind, inner))
    painter.end()
    return pixmap
