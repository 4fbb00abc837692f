"""Looks of history states: a colour, a drawn icon and a translated label per status/state.

Enrollment statuses (active, waiting, completed, exited, failed, cancelled, and the
"uncertain" filter) and journey entry states (done, no_change, waiting, condition_false,
failed, uncertain, cancelled, operator) share one palette so the table, the journey
and the canvas badges agree.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

COLORS: dict[str, tuple[int, int, int]] = {
    "active": (30, 136, 229),
    "waiting": (240, 160, 32),
    "completed": (67, 160, 71),
    "done": (67, 160, 71),
    "exited": (0, 137, 123),
    "failed": (229, 57, 53),
    "uncertain": (142, 68, 173),
    "cancelled": (117, 117, 117),
    "no_change": (120, 144, 156),
    "condition_false": (158, 158, 158),
    "operator": (57, 73, 171),
}
GLYPHS: dict[str, str] = {
    "active": "play", "waiting": "clock", "completed": "check", "done": "check", "exited": "arrow",
    "failed": "cross", "uncertain": "?", "cancelled": "bar", "no_change": "dash",
    "condition_false": "skip", "operator": "hand",
}


def color(state: str) -> QColor:
    """The colour of a status or journey state (grey when unknown)."""
    return QColor(*COLORS.get(state, (140, 140, 140)))


def _glyph(painter: QPainter, glyph: str, r: QRectF) -> None:
    x, y, w, h = r.x(), r.y(), r.width(), r.height()
    pen = QPen(QColor(255, 255, 255), max(1.4, w * 0.14), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if glyph == "check":
        path.moveTo(x + 0.18 * w, y + 0.52 * h)
        path.lineTo(x + 0.42 * w, y + 0.76 * h)
        path.lineTo(x + 0.82 * w, y + 0.28 * h)
    elif glyph == "cross":
        path.moveTo(x + 0.25 * w, y + 0.25 * h)
        path.lineTo(x + 0.75 * w, y + 0.75 * h)
        path.moveTo(x + 0.75 * w, y + 0.25 * h)
        path.lineTo(x + 0.25 * w, y + 0.75 * h)
    elif glyph == "clock":
        painter.drawEllipse(QRectF(x + 0.1 * w, y + 0.1 * h, 0.8 * w, 0.8 * h))
        path.moveTo(x + 0.5 * w, y + 0.26 * h)
        path.lineTo(x + 0.5 * w, y + 0.5 * h)
        path.lineTo(x + 0.68 * w, y + 0.62 * h)
    elif glyph == "play":
        painter.setBrush(QColor(255, 255, 255))
        path.moveTo(x + 0.32 * w, y + 0.2 * h)
        path.lineTo(x + 0.8 * w, y + 0.5 * h)
        path.lineTo(x + 0.32 * w, y + 0.8 * h)
        path.closeSubpath()
    elif glyph == "arrow":
        path.moveTo(x + 0.2 * w, y + 0.5 * h)
        path.lineTo(x + 0.8 * w, y + 0.5 * h)
        path.moveTo(x + 0.55 * w, y + 0.25 * h)
        path.lineTo(x + 0.8 * w, y + 0.5 * h)
        path.lineTo(x + 0.55 * w, y + 0.75 * h)
    elif glyph in ("dash", "bar"):
        path.moveTo(x + 0.25 * w, y + 0.5 * h)
        path.lineTo(x + 0.75 * w, y + 0.5 * h)
        if glyph == "bar":
            painter.drawEllipse(QRectF(x + 0.12 * w, y + 0.12 * h, 0.76 * w, 0.76 * h))
    elif glyph == "skip":
        path.moveTo(x + 0.25 * w, y + 0.25 * h)
        path.lineTo(x + 0.5 * w, y + 0.5 * h)
        path.lineTo(x + 0.25 * w, y + 0.75 * h)
        path.moveTo(x + 0.55 * w, y + 0.25 * h)
        path.lineTo(x + 0.8 * w, y + 0.5 * h)
        path.lineTo(x + 0.55 * w, y + 0.75 * h)
    elif glyph == "hand":  # a small person: head and shoulders
        painter.setBrush(QColor(255, 255, 255))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(x + 0.36 * w, y + 0.14 * h, 0.28 * w, 0.28 * h))
        path.moveTo(x + 0.2 * w, y + 0.86 * h)
        path.cubicTo(QPointF(x + 0.2 * w, y + 0.44 * h), QPointF(x + 0.8 * w, y + 0.44 * h),
                     QPointF(x + 0.8 * w, y + 0.86 * h))
        path.closeSubpath()
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(h * 0.95))
        painter.setFont(font)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, glyph)
        return
    painter.drawPath(path)


@cache
def pixmap(state: str, size: int = 16) -> QPixmap:
    """A round badge in the state's colour with a white glyph (drawn, no font or file needed)."""
    ratio = 2
    pm = QPixmap(size * ratio, size * ratio)
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color(state))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    inset = size * 0.2
    _glyph(painter, GLYPHS.get(state, "?"), QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return pm


def icon(state: str, size: int = 16) -> QIcon:
    return QIcon(pixmap(state, size))


def label(state: str) -> str:
    """The translated name of a status or journey state."""
    names = {
        "active": QCoreApplication.translate("HistoryStates", "Active"),
        "waiting": QCoreApplication.translate("HistoryStates", "Waiting"),
        "completed": QCoreApplication.translate("HistoryStates", "Completed"),
        "exited": QCoreApplication.translate("HistoryStates", "Exited"),
        "failed": QCoreApplication.translate("HistoryStates", "Failed"),
        "uncertain": QCoreApplication.translate("HistoryStates", "Uncertain"),
        "cancelled": QCoreApplication.translate("HistoryStates", "Cancelled"),
        "done": QCoreApplication.translate("HistoryStates", "Done"),
        "no_change": QCoreApplication.translate("HistoryStates", "Ran, nothing changed"),
        "condition_false": QCoreApplication.translate("HistoryStates", "Condition not met"),
        "operator": QCoreApplication.translate("HistoryStates", "Operator action"),
    }
    return names.get(state, state)
