"""The canvas: mouse connections, palette drops, dynamic ports, fast fit, layout."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from designer.panels.palette import mime_for
from runtime.flows.model import Edge, Endpoint, Flow, Node


def _port_point(editor, uid, port, output=True):
    node = editor.graph.node_by_uid(uid)
    item = (node.get_output(port) if output else node.get_input(port)).view
    center = item.sceneBoundingRect().center()
    return editor.viewer.mapFromScene(center)


def _drag(viewport, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 8
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, QPoint(int(p.x()), int(p.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _two_nodes(editor, first="trigger.tag_added", second="action.add_tag"):
    flow = Flow(id="f", name="x", nodes=[
        Node(id="a", type=first, config={"tag": "x"}, position=(0.0, 0.0)),
        Node(id="b", type=second, config={"tag": "y"}, position=(400.0, 0.0)),
    ])
    editor.load_flow(flow)
    editor.viewer.reset_zoom(QPointF(300, 40))
    QApplication.processEvents()
    return flow


def test_ports_connect_with_the_mouse_and_undo(editor, qtbot):
    _two_nodes(editor)
    _drag(editor.viewer.viewport(), _port_point(editor, "a", "out"),
          _port_point(editor, "b", "in", output=False))
    assert editor.flow().edges == [Edge(Endpoint("a", "out"), Endpoint("b", "in"))]
    editor.undo_stack.undo()
    assert editor.flow().edges == []


def test_mouse_cannot_connect_into_a_trigger(editor, qtbot):
    _two_nodes(editor, "action.add_tag", "trigger.manual")
    node_b = editor.graph.node_by_uid("b")
    assert node_b.input_ports() == []  # a trigger has no input to drop on
    _drag(editor.viewer.viewport(), _port_point(editor, "a", "out"),
          editor.viewer.mapFromScene(node_b.view.sceneBoundingRect().center()))
    assert editor.flow().edges == []


def test_dropping_a_palette_entry_creates_the_node_at_the_drop_point(editor, qtbot):
    editor.load_flow(Flow(id="f", name="x"))
    at = QPoint(300, 200)
    mime = mime_for("wait.duration")
    event = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.viewer.dropEvent(event)
    flow = editor.flow()
    assert [n.type for n in flow.nodes] == ["wait.duration"]
    assert editor.selected_node_ids() == [flow.nodes[0].id]  # the dropped node is selected
    assert editor.inspector_widget.uid == flow.nodes[0].id  # and its form is open
    scene_at = editor.viewer.mapToScene(at)
    assert abs(flow.nodes[0].position[0] - scene_at.x()) < 1.5
    assert flow.nodes[0].config == editor.catalog.get("wait.duration").default_config()
    editor.undo_stack.undo()
    assert editor.flow().nodes == []


def test_palette_double_click_adds_at_view_centre(editor, qtbot):
    editor.load_flow(Flow(id="f", name="x"))
    palette = editor.palette_widget
    item = palette.item_for("action.send_email")
    palette.tree.itemDoubleClicked.emit(item, 0)
    assert [n.type for n in editor.flow().nodes] == ["action.send_email"]


def test_switch_cases_add_rename_remove_ports_keeping_edges(editor):
    flow = Flow(id="f", name="x", nodes=[
        Node(id="s", type="decision.switch", config={"field": "contact.city", "cases": [
            {"port": "case_1", "label": "Madrid", "value": "Madrid"},
            {"port": "case_2", "label": "Bilbao", "value": "Bilbao"}]}),
        Node(id="t1", type="action.add_tag", config={"tag": "m"}, position=(400.0, 0.0)),
        Node(id="t2", type="action.add_tag", config={"tag": "b"}, position=(400.0, 150.0)),
    ], edges=[Edge(Endpoint("s", "case_1"), Endpoint("t1", "in")),
              Edge(Endpoint("s", "case_2"), Endpoint("t2", "in"))])
    editor.load_flow(flow)
    node = editor.graph.node_by_uid("s")
    assert node.visible_output_names() == ["case_1", "case_2", "other"]
    cases = [{"port": "case_2", "label": "Bilbo", "value": "Bilbao"},
             {"port": "case_3", "label": "Sevilla", "value": "Sevilla"}]
    editor.doc.edit_node("s", "", {"field": "contact.city", "cases": cases})
    assert node.visible_output_names() == ["case_2", "case_3", "other"]
    labels = [node.view.get_output_text_item(node.get_output(p).view).toPlainText()
              for p in ("case_2", "case_3")]
    assert labels == ["Bilbo", "Sevilla"]
    assert editor.flow().edges == [flow.edges[1]]  # case_1's edge went with its port
    editor.undo_stack.undo()
    assert node.visible_output_names() == ["case_1", "case_2", "other"]
    assert editor.flow() == flow


def test_split_branches_follow_config(editor):
    flow = Flow(id="f", name="x", nodes=[Node(id="s", type="decision.split",
                config=editor.catalog.get("decision.split").default_config())])
    editor.load_flow(flow)
    node = editor.graph.node_by_uid("s")
    assert node.visible_output_names() == ["branch_1", "branch_2"]
    branches = [{"port": "branch_1", "name": "A", "percent": 40},
                {"port": "branch_2", "name": "B", "percent": 30},
                {"port": "branch_3", "name": "C", "percent": 30}]
    editor.doc.edit_node("s", "", {"branches": branches})
    assert node.visible_output_names() == ["branch_1", "branch_2", "branch_3"]
    assert "A 40 %" in node.view.summary()


def test_tab_opens_quick_add_listing_catalog_titles(editor, qtbot):
    editor.load_flow(Flow(id="f", name="x"))
    from PySide6.QtCore import QTimer

    search = editor.viewer._search_widget
    seen = {}

    def pick():  # the menu is modal (exec): answer it from inside its event loop
        seen["visible"] = search.isVisible()
        seen["titles"] = dict(search._node_dict)
        search.search_submitted.emit("wait.duration")
        search.close()

    QTimer.singleShot(50, pick)
    editor.viewer.setFocus()
    QTest.keyClick(editor.viewer, Qt.Key.Key_Tab)
    assert seen["visible"]
    assert seen["titles"]["Esperar"] == "wait.duration"
    assert [n.type for n in editor.flow().nodes] == ["wait.duration"]

