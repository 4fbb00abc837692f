"""Find in flow (Ctrl+F): by title or type, Enter goes round the matches selecting and centring
each; Esc closes. An empty canvas says how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from runtime.flows.model import Flow
from tests.designer.designer_samples import big_flow


def test_ctrl_f_finds_steps_by_title_or_type_and_goes_round_them(editor, qtbot):
    flow = big_flow(64)
    editor.load_flow(flow)
    editor.doc.auto_layout()
    editor.viewer.setFocus()
    editor.actions_by_name["find"].trigger()
    bar = editor.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "paso 3")  # every word must appear, in any order
    wanted = [n.id for n in flow.nodes if "3" in n.title]
    assert bar.found == wanted and len(wanted) == 16
    assert editor.selected_node_ids() == [wanted[0]] and bar.count.text() == "1 of 16"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert editor.selected_node_ids() == [wanted[1]]
    node = editor.graph.node_by_uid(wanted[1]).view
    visible = editor.viewer.mapToScene(editor.viewer.viewport().rect()).boundingRect()
    assert visible.contains(node.sceneBoundingRect().center())  # centred on it
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.selected_node_ids() == [wanted[-1]]  # round the start to the last one
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "decision")  # by type: every "Si / si no"
    assert len(bar.found) == len([n for n in flow.nodes if n.type == "decision.if"])
    qtbot.keyClicks(bar.edit, "zzz")
    assert bar.found == [] and bar.count.text() == "no match"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_an_empty_canvas_says_how_to_start(editor):
    editor.load_flow(Flow(id="f", name="x"))
    hint = editor.viewer.hint
    assert hint.isVisible() and "Tab" in hint.text()
    editor.add_node_at_center("trigger.manual")
    QApplication.processEvents()
    assert not hint.isVisible()
    editor.undo_stack.undo()
    assert hint.isVisible()
    editor.load_flow(Flow(id="", name=""))  # no flow open
    assert "New flow" in hint.text()
