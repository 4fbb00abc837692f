"""Connections with a "+" in the middle: a click asks to insert a step there.

`CaudalPipeItem` is NodeGraphQt's PipeItem plus a `PlusItem` child kept at the middle
of the curve (where NodeGraphQt drew its direction arrow). A click on the "+" calls
the viewer's `plus_clicked(pipe)`; the flow editor offers the node types and inserts
the chosen one between the two nodes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
)

from designer.qt import PIPE_STYLES, PipeEnum, PipeItem

PLUS_SIZE = 20.0
SELECTED_CHANGE = QGraphicsItem.GraphicsItemChange.ItemSelectedChange
Z_PIPE = -1  # NodeGraphQt's Z_VAL_PIPE
PIPE_COLOR = PipeEnum.COLOR.value
PIPE_STYLE = PipeEnum.DRAW_TYPE_DEFAULT.value
IDLE = QColor(96, 104, 118)
HOVER = QColor(31, 111, 178)


class PlusItem(QGraphicsObject):
    """The round "+" button on a connection."""

    def __init__(self, pipe: CaudalPipeItem) -> None:
        super().__init__(pipe)
        self.pipe = pipe
        self.hover = False
        self.setZValue(5)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(-PLUS_SIZE / 2 - 1, -PLUS_SIZE / 2 - 1, PLUS_SIZE + 2, PLUS_SIZE + 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = HOVER if self.hover else IDLE
        painter.setPen(QPen(QColor(230, 233, 238), 1.2))
        painter.setBrush(color)
        painter.drawEllipse(QRectF(-PLUS_SIZE / 2, -PLUS_SIZE / 2, PLUS_SIZE, PLUS_SIZE))
        painter.setPen(QPen(QColor(255, 255, 255), 2.0))
        arm = PLUS_SIZE * 0.27
        painter.drawLine(-arm, 0, arm, 0)
        painter.drawLine(0, -arm, 0, arm)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hover = False
        self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.boundingRect().contains(event.pos()):
            viewer = self.pipe.viewer()
            if viewer is not None and hasattr(viewer, "plus_clicked"):
                viewer.plus_clicked(self.pipe)
        event.accept()


class CaudalPipeItem(PipeItem):
    """A connection whose middle holds a "+" (instead of the direction arrow)."""

    def __init__(self, input_port=None, output_port=None) -> None:
        # PipeItem.__init__ (NodeGraphQt 0.6.44) minus its direction arrow, a scene item per
        # connection that the "+" replaces (the two PipeItem methods that touch it are ours)
        QGraphicsPathItem.__init__(self)
        self.setZValue(Z_PIPE)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._color = PIPE_COLOR
        self._style = PIPE_STYLE
        self._active = False
        self._highlight = False
        self._input_port = input_port
        self._output_port = output_port
        self.plus = PlusItem(self)
        self.plus.setVisible(False)
        self.reset()

    def set_pipe_styling(self, color, width=2, style=0) -> None:  # noqa: D401 (NodeGraphQt hook)
        """PipeItem.set_pipe_styling for the line only (there is no arrow to style)."""
        pen = self.pen()
        pen.setWidth(width)
        pen.setColor(QColor(*color))
        pen.setStyle(PIPE_STYLES.get(style))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))

    def itemChange(self, change, value):  # noqa: N802 (Qt's name)
        """PipeItem.itemChange (highlight while selected) without its per-call enum look-ups."""
        if change == SELECTED_CHANGE and self.scene():
            if value:
                self.highlight()
            else:
                self.reset()
        return value

    def _draw_direction_pointer(self) -> None:  # noqa: D401 (NodeGraphQt hook)
        """The "+" at the middle of the curve, where NodeGraphQt drew its arrow."""
        ready = bool(self.input_port and self.output_port) and not self.path().isEmpty()
        self.plus.setVisible(ready)
        if ready:
            self.plus.setPos(self.path().pointAtPercent(0.5))
