"""The port item of a Caudal node: NodeGraphQt's, minus the per-move notices it asked Qt for."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from designer.qt import PortEnum, PortItem

PORT_FALLOFF = float(PortEnum.CLICK_FALLOFF.value)


class CaudalPortItem(PortItem):
    """NodeGraphQt's port, not told of every move of its node: the node redraws the pipes.

    NodeGraphQt has each port ask Qt for scene-position changes to redraw its pipes; Qt's
    bookkeeping for that made moving 2,000 nodes cost 0.35 s, against 0.01 s when the
    node item itself reports its moves (CaudalNodeItem.itemChange).
    """

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges, False)

    # PortItem.itemChange only acted on those moves. Qt's own (a builtin, not a Python
    # function) tells PySide there is no override: no call into Python for the dozen
    # changes of every port while a flow opens.
    itemChange = QGraphicsItem.itemChange  # noqa: N815 (Qt's name)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name; asked for thousands of times)
        return QRectF(0.0, 0.0, self._width + PORT_FALLOFF, self._height)
