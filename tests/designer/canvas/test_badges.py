"""Canvas badges (contacts per node by state, clickable) and the path highlight."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.canvas.badges import BadgeItem, CanvasBadges, GlowItem, HaloItem
from runtime.flows.model import Edge, Endpoint, Flow, Node
from runtime.history import NodeCount


def _flow() -> Flow:
    nodes = [Node(id=f"n{i}", type=t, title=f"Nodo {i}", config=c, position=(i * 300.0, 0.0))
             for i, (t, c) in enumerate([("trigger.manual", {"label": "Go"}), ("action.add_tag", {"tag": "x"}),
                                         ("action.add_tag", {"tag": "y"})])]
    edges = [Edge(Endpoint("n0", "out"), Endpoint("n1", "in")), Edge(Endpoint("n1", "out"), Endpoint("n2", "in"))]
    return Flow(id="f", name="F", nodes=nodes, edges=edges)


def test_badges_show_counts_per_state_and_clear(editor):
    editor.load_flow(_flow())
    badges = CanvasBadges(editor.graph)
    badges.set_counts({"n1": NodeCount(active=2, waiting=5, failed=1), "n2": NodeCount(uncertain=3)},
                      lambda uid, c: f"{uid}: {c}")
    assert badges.counts_shown() == {"n1": {"active": 2, "waiting": 5, "failed": 1}, "n2": {"uncertain": 3}}
    item = badges.badges["n1"]
    assert item.parentItem() is editor.graph.node_by_uid("n1").view
    assert item.toolTip().startswith("n1:") and len(item._pills) == 3
    badges.set_counts({"n2": NodeCount(waiting=1)})
    assert badges.counts_shown() == {"n2": {"waiting": 1}}
    editor.load_flow(_flow())  # the old node items are gone: badges are made again
    badges.set_counts({"n1": NodeCount(failed=4)})
    assert badges.counts_shown() == {"n1": {"failed": 4}}


def test_clicking_a_badge_says_which_node(editor, qtbot):
    editor.load_flow(_flow())
    badges = CanvasBadges(editor.graph)
    badges.set_counts({"n2": NodeCount(waiting=7)})
    item: BadgeItem = badges.badges["n2"]
    viewer = editor.viewer
    center = item.mapToScene(item.boundingRect().center())
    viewer.centerOn(center)
    qtbot.wait(10)
    pos = viewer.mapFromScene(center)
    with qtbot.waitSignal(badges.badge_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewer.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["n2"]
    assert editor.selected_node_ids() == []  # the node under the badge was not selected


def test_highlight_path_marks_nodes_and_pipes(editor):
    editor.load_flow(_flow())
    badges = CanvasBadges(editor.graph)
    drawn = badges.highlight_path(["n0", "n1", "gone"], [("n0", "n1"), ("n1", "n2")], current="n1")
    assert badges.path_nodes == ["n0", "n1"]
    halos = [m for m in badges._marks if isinstance(m, HaloItem)]
    glows = [m for m in badges._marks if isinstance(m, GlowItem)]
    assert drawn == 4 and len(halos) == 2 and len(glows) == 2
    assert [h.current for h in halos] == [False, True]
    assert not editor.viewer.grab().isNull()
    badges.clear_path()
    assert badges._marks == [] and all(h.scene() is None for h in halos)
