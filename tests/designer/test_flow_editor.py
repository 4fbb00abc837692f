"""FlowEditor end to end: round trip, undo of every edit, selection, problems, language."""

from runtime.flows.model import Flow
from tests.designer.designer_samples import all_types_flow


def test_round_trip_every_catalog_type_is_identical(editor):
    flow = all_types_flow()
    editor.load_flow(flow)
    assert editor.load_warnings == []
    assert editor.flow() == flow
    assert editor.undo_stack.count() == 0


def test_load_replaces_content_and_reports_bad_edges(editor):
    flow = all_types_flow()
    editor.load_flow(flow)
    from runtime.flows.model import Edge, Endpoint

    first = flow.edges[0]
    pair = [flow.node(first.source.node), flow.node(first.target.node)]
    bad = Flow(id="f2", name="x", nodes=pair, edges=[first])
    bad.edges.append(Edge(Endpoint(pair[0].id, "nope"), Endpoint(pair[1].id, "in")))
    bad.edges.append(Edge(Endpoint(pair[0].id, "out"), Endpoint("missing", "in")))
    editor.load_flow(bad)
    got = editor.flow()
    assert [n.id for n in got.nodes] == [n.id for n in bad.nodes]
    assert got.edges == bad.edges[:1]
    assert len(editor.load_warnings) == 2
    assert "nope" in editor.load_warnings[0] and "missing" in editor.load_warnings[1]


def test_unknown_type_is_kept_verbatim(editor):
    from runtime.flows.model import Edge, Endpoint, Node

    flow = Flow(id="f", name="x", nodes=[
        Node(id="a", type="action.from_the_future", config={"x": 1}, position=(0.0, 0.0)),
        Node(id="b", type="action.add_tag", config={"tag": "t"}, position=(300.0, 0.0)),
    ], edges=[Edge(Endpoint("a", "weird"), Endpoint("b", "in"))])
    editor.load_flow(flow)
    assert editor.flow() == flow
    assert "action.from_the_future" in editor.load_warnings[0]


def test_add_delete_connect_are_undoable(editor):
    editor.load_flow(Flow(id="f", name="x"))
    a = editor.doc.add_node("trigger.manual", (0, 0))
    b = editor.doc.add_node("action.add_tag", (300, 0))
    assert editor.doc.connect(a, "out", b)
    assert not editor.doc.connect(b, "out", a)  # never into a trigger
    assert len(editor.flow().edges) == 1
    editor.doc.select([b])
    editor.actions_by_name["delete"].trigger()
    assert [n.id for n in editor.flow().nodes] == [a]
    assert editor.flow().edges == []
    editor.undo_stack.undo()
    assert len(editor.flow().nodes) == 2 and len(editor.flow().edges) == 1
    editor.undo_stack.undo()  # connect
    editor.undo_stack.undo()  # add b
    editor.undo_stack.undo()  # add a
    assert editor.flow().nodes == []
    editor.undo_stack.redo()
    assert [n.id for n in editor.flow().nodes] == [a]


def test_copy_paste_and_duplicate_make_new_ids(editor, qtbot):
    flow = all_types_flow()
    editor.load_flow(flow)
    first, second = flow.nodes[7].id, flow.nodes[8].id
    editor.doc.select([first, second])
    editor.copy_selection()
    pasted = editor.paste()
    assert len(pasted) == 2 and not set(pasted) & {n.id for n in flow.nodes}
    after = editor.flow()
    new = [n for n in after.nodes if n.id in pasted]
    assert [n.type for n in new] == [flow.nodes[7].type, flow.nodes[8].type]
    assert new[0].position == (flow.nodes[7].position[0] + 40, flow.nodes[7].position[1] + 40)
    assert any(e.source.node == pasted[0] and e.target.node == pasted[1] for e in after.edges)
    editor.undo_stack.undo()
    assert editor.flow() == flow
    editor.doc.select([first])
    dup = editor.doc.duplicate_selected()
    assert len(dup) == 1 and len(editor.flow().nodes) == len(flow.nodes) + 1


def test_paste_of_foreign_text_does_nothing(editor):
    from PySide6.QtWidgets import QApplication

    editor.load_flow(all_types_flow())
    QApplication.clipboard().setText('{"nodes": [1, 2]}')
    assert editor.paste() == []
    assert editor.undo_stack.count() == 0


def test_problems_mark_nodes_and_select_on_click(editor, qtbot):
    from runtime.catalog.types import Text

    flow = all_types_flow()
    editor.load_flow(flow)

    class P:
        def __init__(self, node_id, code, message):
            self.node_id, self.code, self.message = node_id, code, message

    target = flow.nodes[5].id
    editor.set_problems([P(target, "missing_config", Text("Falta la etiqueta", "Tag missing")),
                         P(None, "no_trigger", Text("Sin lanzador", "No trigger"))])
    node = editor.graph.node_by_uid(target)
    assert node.view.problems() == ["Falta la etiqueta"]
    panel = editor.problems_widget
    assert panel.list.count() == 2
    item = panel.list.item(0)
    assert "Falta la etiqueta" in item.text()
    with qtbot.waitSignal(editor.problem_activated) as blocker:
        panel.list.itemClicked.emit(item)
    assert blocker.args == [target]
    assert editor.selected_node_ids() == [target]
    editor.set_language("en")
    assert node.view.problems() == ["Tag missing"]
    assert "Tag missing" in panel.list.item(0).text()


def test_language_switch_retitles_nodes_and_palette(editor):
    flow = all_types_flow()
    editor.load_flow(flow)
    untitled = next(n for n in flow.nodes if not n.title and n.type.startswith("wait."))
    node = editor.graph.node_by_uid(untitled.id)
    nt = editor.catalog.get(untitled.type)
    assert node.view.title() == nt.title.es
    editor.doc.set_node_data(untitled.id, "", {**untitled.config})
    wait = next(n for n in flow.nodes if n.type == "wait.duration")
    wait_node = editor.graph.node_by_uid(wait.id)
    assert wait_node.view.summary().startswith("Espera")
    palette = editor.palette_widget
    assert palette.item_for("wait.duration").text(0) == "Esperar"
    editor.set_language("en")
    assert node.view.title() == nt.title.en
    assert wait_node.view.summary().startswith("Wait")
    assert palette.item_for("wait.duration").text(0) == "Wait"
    assert palette.tree.topLevelItem(0).text(0) == "Triggers"
    assert editor.flow() == flow  # looks only


def test_selection_signal_and_inspector(editor, qtbot):
    flow = all_types_flow()
    editor.load_flow(flow)
    with qtbot.waitSignal(editor.selection_changed) as blocker:
        editor.select_node(flow.nodes[3].id)
    assert blocker.args == [[flow.nodes[3].id]]
    assert editor.inspector_widget.uid == flow.nodes[3].id


def test_auto_layout_is_one_undo_step_without_overlaps(editor):
    flow = all_types_flow()
    editor.load_flow(flow)
    editor.auto_layout()
    rects = [n.view.sceneBoundingRect() for n in editor.graph.flow_nodes()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.flow() == flow
