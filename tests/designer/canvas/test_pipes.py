"""The "+" on a connection: a click opens the list of steps; the chosen one is wired in between,
selected, the nodes below move down to make room, and one undo takes it all back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.designer.designer_samples import brief_flow


def _plus_of(editor, source: str, target: str):
    for pipe in editor.viewer.all_pipes():
        if pipe.output_port.node.id == editor.graph.node_by_uid(source).id and \
                pipe.input_port.node.id == editor.graph.node_by_uid(target).id:
            return pipe.plus
    raise AssertionError("no such connection")


def test_every_connection_has_a_plus_at_its_middle(editor):
    flow = brief_flow()
    editor.load_flow(flow)
    editor.doc.auto_layout()
    pipes = editor.viewer.all_pipes()
    assert len(pipes) == 5 and all(p.plus.isVisible() for p in pipes)
    for pipe in pipes:
        middle = pipe.path().pointAtPercent(0.5)
        assert (pipe.plus.pos() - middle).manhattanLength() < 0.5
    assert pipes[0].plus.toolTip() == editor.tr("Insert a step here")


def test_clicking_a_plus_inserts_a_step_wired_in_and_selected(editor, qtbot):
    flow = brief_flow()
    editor.load_flow(flow)
    editor.doc.auto_layout()
    editor.undo_stack.clear()
    mail, wait = flow.nodes[1].id, flow.nodes[2].id
    plus = _plus_of(editor, mail, wait)
    editor.viewer.center_on_scene(plus.scenePos())
    QApplication.processEvents()
    where = editor.viewer.mapFromScene(plus.scenePos())
    below_before = {n.id: n.position for n in editor.flow().nodes}
    qtbot.mouseClick(editor.viewer.viewport(), Qt.MouseButton.LeftButton, pos=where)
    popup = editor.insert_popup
    assert popup is not None and popup.isVisible()
    assert "trigger.tag_added" not in popup.visible_values()  # nothing leads into a trigger
    qtbot.keyClicks(popup.search, "etiqueta")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    after = editor.flow()
    new = next(n for n in after.nodes if n.id not in below_before)
    assert new.type == "action.add_tag"
    pairs = {(e.source.node, e.target.node) for e in after.edges}
    assert (mail, new.id) in pairs and (new.id, wait) in pairs and (mail, wait) not in pairs
    assert editor.selected_node_ids() == [new.id] and editor.inspector_widget.uid == new.id
    moved = {n.id: n.position for n in after.nodes}
    assert moved[wait][1] > below_before[wait][1]  # the rest moved down to make room
    assert moved[flow.nodes[0].id] == below_before[flow.nodes[0].id]  # what is above stays
    assert new.position[1] < moved[wait][1]
    editor.undo_stack.undo()
    assert editor.undo_stack.count() == 1 and editor.flow() == _relaid(editor, flow, below_before)


def _relaid(editor, flow, positions):
    from dataclasses import replace

    return replace(flow, nodes=[replace(n, position=positions[n.id]) for n in flow.nodes])
