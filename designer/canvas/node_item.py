"""The graphics item of a Caudal node: kind-coloured header, icon, title, summary, problems.

It replaces NodeGraphQt's NodeItem drawing, top-down (input on top, outputs along the
bottom edge, labelled when there are several) or left to right. Texts have pixel
sizes: at 100 % the summary is SUMMARY_PX on screen, and the canvas never fits a flow
below READABLE_PX (see graph.py). The title is our node title, not NodeGraphQt's
name; config is never edited inside the node.
Names and port labels are plain QGraphicsSimpleTextItems, not NodeGraphQt's
QGraphicsTextItems (a text document each): opening a 1,000-node flow creates
3,000 of them.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsSimpleTextItem,
)

from designer.canvas import style
from designer.canvas.ports import CaudalPortItem
from designer.qt import VERTICAL, AbstractNodeItem, NodeItem, XDisabledItem

MIN_WIDTH = 220.0
MAX_WIDTH = 320.0
HEADER_H = 30.0
SUMMARY_H = 22.0
LABELS_H = 18.0  # the row of output labels ("Sí", "No") above the bottom edge, top-down
PAD = 10.0
TEXT_MARGIN = 4.0  # QGraphicsTextItem's document margin, which NodeGraphQt's label layout assumes
TITLE_PX = 14
SUMMARY_PX = 13
PORT_PX = 12
READABLE_PX = 11  # the smallest text size the canvas zooms out to on its own
Z_NODE = 1  # NodeGraphQt's Z_VAL_NODE

# Looked up once: NodeGraphQt's itemChange hooks look these enums up on every call, and
# Qt calls itemChange a dozen times per item while a flow opens.
SELECTED_CHANGE = QGraphicsItem.GraphicsItemChange.ItemSelectedChange
MOVED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged


def pixel_font(px: int, bold: bool = False) -> QFont:
    """A copy of the application font at `px` pixels (a copy: callers may change it)."""
    return QFont(_font(px, bold))


@lru_cache(maxsize=16)
def _font(px: int, bold: bool) -> QFont:
    """Made once per size: every node's texts use one of three fonts."""
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class _Label(QGraphicsSimpleTextItem):
    """A port label (or the hidden name) with the QGraphicsTextItem calls NodeGraphQt makes."""

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.setText(text)

    def toPlainText(self) -> str:  # noqa: N802
        return self.text()

    def setDefaultTextColor(self, color: QColor) -> None:  # noqa: N802
        self.setBrush(color)

    def set_editable(self, _value: bool = False) -> None:
        """Names are edited in the inspector, never inside the node."""

    def set_locked(self, _value: bool = False) -> None:
        """See set_editable."""


class CaudalNodeItem(NodeItem):
    """A node view with a title, a one-line summary, a problem marker and an overlay badge."""

    defer_draw = False  # True while a flow loads: each node is laid out once, at the end
    hold_pipes = False  # True while many nodes move at once: their pipes are drawn once, after

    def __init__(self, name: str = "node", parent: QGraphicsItem | None = None) -> None:
        # NodeItem.__init__ (NodeGraphQt 0.6.44) minus its file icon and text document
        AbstractNodeItem.__init__(self, name, parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)  # see CaudalPortItem
        self._properties["icon"] = None
        self._icon_item = QGraphicsPixmapItem(self)
        self._icon_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._text_item = _Label(name)  # NodeGraphQt's name: kept, never shown (no scene item)
        self._x_item = XDisabledItem(None, "DISABLED")  # nodes are never disabled here
        self._input_items = OrderedDict()
        self._output_items = OrderedDict()
        self._widgets = OrderedDict()
        self._proxy_mode = False
        self._proxy_mode_threshold = 70
        self.kind = ""
        self._text_item.setVisible(False)
        self._title = QGraphicsSimpleTextItem(name, self)
        self._title.setFont(_font(TITLE_PX, True))
        self._title.setBrush(QColor(*style.TEXT_COLOR))
        self._summary = QGraphicsSimpleTextItem("", self)
        self._summary.setFont(_font(SUMMARY_PX, False))
        self._summary.setBrush(QColor(*style.SUMMARY_COLOR))
        self._summary_full = ""
        self._problem: QGraphicsEllipseItem | None = None  # made on first use: most nodes never
        self._overlay: QGraphicsSimpleTextItem | None = None  # show either
        self._problem_texts: list[str] = []

    def itemChange(self, change, value):  # noqa: N802 (Qt's name)
        """Pipes follow the node's moves; NodeItem.itemChange (pipes follow the selection)
        without its enum look-ups."""
        if change == MOVED:
            if not CaudalNodeItem.hold_pipes:
                self.redraw_pipes()
        elif change == SELECTED_CHANGE and self.scene():
            self.reset_pipes()
            if value:
                self.highlight_pipes()
            self.setZValue(Z_NODE)
            if not self.selected:
                self.setZValue(Z_NODE + 1)
        return value

    def pre_init(self, viewer, pos=None) -> None:  # noqa: D401 (NodeGraphQt hook)
        """Placed before it joins the scene: a move inside the scene costs ten times more."""
        if pos:
            self.setPos(pos[0], pos[1])

    def _tooltip_disable(self, state) -> None:  # noqa: D401 (NodeGraphQt hook)
        """Nodes are never disabled here, and their tooltip stays empty (see draw_node)."""

    def redraw_pipes(self) -> None:
        """Redraw the connections of every port (after a move or a new geometry)."""
        for port in self._input_items:
            if port._pipes:
                port.redraw_connected_pipes()
        for port in self._output_items:
            if port._pipes:
                port.redraw_connected_pipes()

    # --- NodeGraphQt properties we draw ourselves -------------------------------

    @property
    def icon(self):
        return self._properties.get("icon")

    @icon.setter
    def icon(self, path=None) -> None:
        self._properties["icon"] = path  # the kind decides the icon, not a file
        if self.kind:
            self._icon_item.setPixmap(style.kind_icon(self.kind))

    @property
    def name(self):
        return self._properties["name"]

    @name.setter
    def name(self, name="") -> None:
        self._properties["name"] = name  # our title is shown instead (set_title)

    # --- content -------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._icon_item.setPixmap(style.kind_icon(kind))

    def set_title(self, title: str) -> None:
        self._title.setText(title)

    def title(self) -> str:
        return self._title.text()

    def set_summary(self, text: str) -> None:
        self._summary_full = text
        self._summary.setText(text)
        self._summary.setToolTip(text)

    def summary(self) -> str:
        return self._summary_full

    def set_problems(self, texts: list[str]) -> None:
        """Show a red marker with `texts` as tooltip, or hide it when empty."""
        if not texts and not self._problem_texts:
            return
        self._problem_texts = list(texts)
        marker = self._problem_marker()
        marker.setVisible(bool(texts))
        tip = "\n".join(f"• {t}" for t in texts)
        marker.setToolTip(tip)
        for child in marker.childItems():
            child.setToolTip(tip)
        self.update()

    def problems(self) -> list[str]:
        return list(self._problem_texts)

    def set_overlay(self, text: str | None) -> None:
        """A badge for the run overlay (e.g. contacts waiting here); None hides it."""
        if not text and self._overlay is None:
            return
        badge = self._overlay_badge()
        badge.setText(text or "")
        badge.setVisible(bool(text))
        self._place_badges()
        self.update()

    def _problem_marker(self) -> QGraphicsEllipseItem:
        if self._problem is None:
            self._problem = QGraphicsEllipseItem(0, 0, 16, 16, self)
            self._problem.setBrush(QColor(*style.PROBLEM_COLOR))
            self._problem.setPen(QPen(QColor(255, 255, 255), 1.2))
            bang = QGraphicsSimpleTextItem("!", self._problem)
            bang.setFont(_font(TITLE_PX, True))
            bang.setBrush(QColor(255, 255, 255))
            bang.setPos(8 - bang.boundingRect().width() / 2, 8 - bang.boundingRect().height() / 2)
            self._problem.setVisible(False)
            self._problem.setZValue(5)
            self._place_badges()
        return self._problem

    def _overlay_badge(self) -> QGraphicsSimpleTextItem:
        if self._overlay is None:
            self._overlay = QGraphicsSimpleTextItem("", self)
            self._overlay.setFont(_font(TITLE_PX, True))
            self._overlay.setBrush(QColor(255, 255, 255))
            self._overlay.setVisible(False)
        return self._overlay

    def add_input(self, name="input", multi_port=False, display_name=True, locked=False,
                  painter_func=None):  # noqa: D401 (NodeGraphQt hook, same contract)
        return self._new_port("in", name, multi_port, display_name, locked)

    def add_output(self, name="output", multi_port=False, display_name=True, locked=False,
                   painter_func=None):  # noqa: D401 (NodeGraphQt hook, same contract)
        return self._new_port("out", name, multi_port, display_name, locked)

    def _new_port(self, port_type: str, name: str, multi: bool, display_name: bool, locked: bool):
        port = CaudalPortItem(self)
        port.name = name
        port.port_type = port_type
        port.multi_connection = multi
        port.display_name = display_name
        port.locked = locked
        return self._add_port(port)

    def _add_port(self, port):  # noqa: D401 (NodeGraphQt hook, same contract)
        text = _Label(port.name, self)
        text.setFont(_font(PORT_PX, False))
        text.setVisible(port.display_name)
        items = self._input_items if port.port_type == "in" else self._output_items
        items[port] = text
        if self.scene():
            self.post_init()
        return port

    def set_port_label(self, port_item, text: str) -> None:
        items = self._output_items if port_item in self._output_items else self._input_items
        if port_item in items:
            items[port_item].setPlainText(text)

    def reorder_outputs(self, order: list) -> None:
        """Put output port items in `order` (others keep their place at the end)."""
        rest = [(p, t) for p, t in self._output_items.items() if p not in order]
        items = dict(self._output_items)
        self._output_items.clear()
        for p in order:
            self._output_items[p] = items[p]
        for p, t in rest:
            self._output_items[p] = t

    # --- geometry ------------------------------------------------------------

    def calc_size(self, add_w: float = 0.0, add_h: float = 0.0) -> tuple[float, float]:  # noqa: D401
        """NodeItem.calc_size; while a flow loads, the size as it is (draw_node sets the real
        one once at the end, and NodeGraphQt measured every node twice on the way)."""
        if CaudalNodeItem.defer_draw:
            return self._width, self._height
        return super().calc_size(add_w, add_h)

    def _ports_height(self, ports: dict) -> float:
        return sum(p.boundingRect().height() + 1 for p in ports if p.isVisible())

    def _calc_size_horizontal(self):  # noqa: D401 (NodeGraphQt hook)
        title_w = self._title.boundingRect().width() + 2 * PAD + style.ICON_SIZE + 26
        in_w = max((t.boundingRect().width() for p, t in self._input_items.items()
                    if p.isVisible()), default=0.0)
        out_w = max((t.boundingRect().width() for p, t in self._output_items.items()
                     if p.isVisible()), default=0.0)
        width = min(MAX_WIDTH, max(MIN_WIDTH, title_w, in_w + out_w + 40))
        ports_h = max(self._ports_height(self._input_items), self._ports_height(self._output_items))
        height = HEADER_H + SUMMARY_H + max(ports_h, 22.0) + 6
        return width, height

    def _draw_node_horizontal(self) -> None:
        for port, text in list(self._input_items.items()) + list(self._output_items.items()):
            text.setVisible(port.isVisible() and port.display_name)
        self._width, self._height = self._calc_size_horizontal()
        self._set_text_color(style.SUMMARY_COLOR + (255,))
        self.setToolTip("")
        self._icon_item.setPos(PAD - 2, (HEADER_H - style.ICON_SIZE) / 2)
        self._title.setPos(PAD + style.ICON_SIZE + 4,
                           (HEADER_H - self._title.boundingRect().height()) / 2)
        metrics = QFontMetrics(self._summary.font())
        self._summary.setText(metrics.elidedText(
            self._summary_full, Qt.TextElideMode.ElideRight, int(self._width - 2 * PAD)))
        self._summary.setPos(PAD, HEADER_H + 2)
        self.align_ports(v_offset=HEADER_H + SUMMARY_H + 2)
        for items, dx in ((self._input_items, TEXT_MARGIN), (self._output_items, -TEXT_MARGIN)):
            for port, text in items.items():
                if port.isVisible():
                    text.moveBy(dx, TEXT_MARGIN)
        self._place_badges()
        self.update()

    def _place_badges(self) -> None:
        if self._problem is not None:
            self._problem.setPos(self._width - 24, (HEADER_H - 16) / 2)
        if self._overlay is not None:
            r = self._overlay.boundingRect()
            self._overlay.setPos(self._width - r.width() - 34, (HEADER_H - r.height()) / 2)

    # top-down ------------------------------------------------------------------

    def labelled_outputs(self) -> list:
        """Output ports whose label is drawn top-down: all of them when there are several."""
        visible = [p for p in self._output_items if p.isVisible()]
        return visible if len(visible) > 1 else []

    def _draw_node_vertical(self) -> None:
        labelled = self.labelled_outputs()
        for port, text in list(self._input_items.items()) + list(self._output_items.items()):
            text.setVisible(port in labelled and port.display_name)
        title_w = self._title.boundingRect().width() + 2 * PAD + style.ICON_SIZE + 26
        labels_w = sum(self._output_items[p].boundingRect().width() + 24 for p in labelled)
        self._width = min(MAX_WIDTH, max(MIN_WIDTH, title_w, labels_w))
        self._height = HEADER_H + SUMMARY_H + (LABELS_H if labelled else 0.0) + 8
        self._set_text_color(style.SUMMARY_COLOR + (255,))
        self.setToolTip("")
        self._icon_item.setPos(PAD - 2, (HEADER_H - style.ICON_SIZE) / 2)
        self._title.setPos(PAD + style.ICON_SIZE + 4, (HEADER_H - self._title.boundingRect().height()) / 2)
        metrics = QFontMetrics(self._summary.font())
        self._summary.setText(metrics.elidedText(
            self._summary_full, Qt.TextElideMode.ElideRight, int(self._width - 2 * PAD)))
        self._summary.setPos(PAD, HEADER_H + 3)
        self._align_ports_vertical(0.0)
        for port in labelled:
            text = self._output_items[port]
            r = text.boundingRect()
            x = port.x() + port.boundingRect().width() / 2 - r.width() / 2
            text.setPos(max(2.0, min(self._width - r.width() - 2, x)), self._height - LABELS_H - 4)
        self._place_badges()
        self.update()

    def draw_node(self) -> None:
        if CaudalNodeItem.defer_draw:
            return
        if self.layout_direction == VERTICAL:
            self._draw_node_vertical()
        else:
            self._draw_node_horizontal()
        self.redraw_pipes()  # the ports may have moved

    def set_proxy_mode(self, mode: bool) -> None:
        super().set_proxy_mode(mode)
        self._text_item.setVisible(False)
        for item in (self._title, self._summary):
            item.setVisible(not mode)

    # --- painting ------------------------------------------------------------

    def _paint_horizontal(self, painter: QPainter, option, widget) -> None:
        painter.save()
        rect = QRectF(0.5, 0.5, self._width - 1, self._height - 1)
        radius = 7.0
        color = QColor(*style.kind_color(self.kind))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(*style.BODY_COLOR))
        painter.drawRoundedRect(rect, radius, radius)
        header = QPainterPath()
        header.addRoundedRect(QRectF(rect.x(), rect.y(), rect.width(), HEADER_H), radius, radius)
        header.addRect(QRectF(rect.x(), rect.y() + HEADER_H / 2, rect.width(), HEADER_H / 2))
        painter.setBrush(QBrush(color.darker(135)))
        painter.drawPath(header.simplified())
        if self.selected:
            pen = QPen(QColor(255, 214, 102), 2.2)
        elif self._problem_texts:
            pen = QPen(QColor(*style.PROBLEM_COLOR), 1.6)
        else:
            pen = QPen(color, 1.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, radius, radius)
        if self._overlay is not None and self._overlay.isVisible():
            r = self._overlay.mapRectToParent(self._overlay.boundingRect()).adjusted(-5, -2, 5, 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(30, 136, 229))
            painter.drawRoundedRect(r, 8, 8)
        painter.restore()

    def paint(self, painter: QPainter, option, widget) -> None:
        self.auto_switch_mode()
        self._paint_horizontal(painter, option, widget)
