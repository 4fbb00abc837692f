"""Reading a flow: fit never shrinks text below READABLE_PX (a big flow scrolls instead), the
minimap shows and moves the view when the flow does not fit, the wheel scrolls, Ctrl+wheel zooms."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from designer.canvas.graph import MIN_FIT_SCALE
from designer.canvas.node_item import READABLE_PX, SUMMARY_PX
from tests.designer.designer_samples import big_flow, brief_flow


def _visible(editor):
    return editor.viewer.mapToScene(editor.viewer.viewport().rect()).boundingRect()


def _load(editor, flow):
    editor.load_flow(flow)
    editor.doc.auto_layout()
    editor.fit()
    QApplication.processEvents()


def test_a_small_flow_fits_whole_with_readable_text(editor):
    _load(editor, brief_flow())
    scale = editor.graph.scale()
    assert MIN_FIT_SCALE <= scale <= 1.0
    assert SUMMARY_PX * scale >= READABLE_PX
    visible = _visible(editor)
    assert all(visible.contains(n.view.sceneBoundingRect()) for n in editor.graph.flow_nodes())
    assert not editor.viewer.minimap.isVisible()  # everything is on screen


def test_a_64_node_flow_is_scrolled_not_shrunk_and_the_minimap_shows(editor, qtbot):
    _load(editor, big_flow(64))
    scale = editor.graph.scale()
    assert SUMMARY_PX * scale >= READABLE_PX - 1e-6
    trigger = editor.graph.flow_nodes()[0].view
    assert _visible(editor).contains(trigger.sceneBoundingRect())  # it opens where the flow starts
    minimap = editor.viewer.minimap
    assert minimap.isVisible() and len(minimap.blocks) == 64
    before = _visible(editor).center()
    bottom = minimap.to_map(minimap.bounds).bottomLeft() + QPointF(minimap.to_map(minimap.bounds).width() / 2, -3)
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bottom.toPoint())
    after = _visible(editor).center()
    assert after.y() > before.y() + 200  # a click low on the map goes down the flow
    assert abs(editor.graph.scale() - scale) < 1e-6  # without zooming


def _wheel(viewer, dy: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    pos = QPointF(viewer.viewport().width() / 2, viewer.viewport().height() / 2)
    event = QWheelEvent(pos, viewer.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewer.viewport(), event)


def test_the_wheel_scrolls_and_ctrl_wheel_zooms(editor):
    _load(editor, big_flow(64))
    scale = editor.graph.scale()
    top = _visible(editor).top()
    _wheel(editor.viewer, -240)  # two notches towards the user: down the flow
    assert _visible(editor).top() > top + 50 and abs(editor.graph.scale() - scale) < 1e-6
    _wheel(editor.viewer, 240, Qt.KeyboardModifier.ControlModifier)
    assert editor.graph.scale() > scale
