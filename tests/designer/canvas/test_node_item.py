"""Node items: yes/no ports coloured, port labels by their ports (top-down: outputs along the
bottom, labelled above their port; left to right: beside it), readable text sizes."""

from __future__ import annotations

from designer.canvas import style
from designer.canvas.node_item import READABLE_PX, SUMMARY_PX, TITLE_PX


def test_top_down_puts_the_input_on_top_and_labelled_outputs_along_the_bottom(editor):
    uid = editor.add_node_at_center("decision.if")
    node = editor.graph.node_by_uid(uid)
    view = node.view
    colours = {p.name(): tuple(p.view.color[:3]) for p in node.output_ports() if p.view.isVisible()}
    assert colours == {"yes": style.PORT_COLORS["yes"], "no": style.PORT_COLORS["no"]}
    inp = node.input_ports()[0].view
    assert inp.y() < 0 < inp.y() + inp.boundingRect().height()  # on the top edge
    assert abs(inp.x() + inp.boundingRect().width() / 2 - view._width / 2) < 1  # centred
    centres = []
    for port in node.output_ports():
        label = view.get_output_text_item(port.view)
        assert label.toPlainText() in ("Sí", "No") and label.isVisible()
        centre = port.view.x() + port.view.boundingRect().width() / 2
        mid = label.mapToParent(label.boundingRect().center())
        assert abs(mid.x() - centre) < 2 and mid.y() < view._height  # above its port, inside
        assert port.view.y() < view._height < port.view.y() + port.view.boundingRect().height()
        centres.append(centre)
    assert centres[0] < centres[1]  # "Sí" left, "No" right
    assert not view.get_input_text_item(inp).isVisible()
    single = editor.graph.node_by_uid(editor.add_node_at_center("action.add_tag")).view
    assert not any(t.isVisible() for t in single._output_items.values())  # one output: no label
    assert view.title() == "Si / si no" and view.summary()


def test_left_to_right_puts_labels_beside_their_ports(editor):
    editor.set_down(False)
    uid = editor.add_node_at_center("decision.if")
    node = editor.graph.node_by_uid(uid)
    view = node.view
    for port in node.output_ports():
        label = view.get_output_text_item(port.view)
        right = label.mapToParent(label.boundingRect().topRight()).x()
        centre = port.view.x() + port.view.boundingRect().width() / 2
        assert 0 < centre - right < 25  # the label ends just before its port
    inp = view.get_input_text_item(node.input_ports()[0].view)
    assert inp.toPlainText() == "Entrada"
    assert inp.x() > node.input_ports()[0].view.x()


def test_text_sizes_are_pixels_and_readable():
    assert SUMMARY_PX >= 12 and TITLE_PX > SUMMARY_PX and READABLE_PX == 11


def test_the_problem_marker_and_run_badge_are_made_when_first_shown_and_sit_at_the_right(editor):
    view = editor.graph.node_by_uid(editor.add_node_at_center("action.add_tag")).view
    view.set_problems([])
    view.set_overlay(None)
    assert view._problem is None and view._overlay is None  # nothing to show: no scene items
    view.set_problems(["Falta la etiqueta"])
    view.set_overlay("12 esperando")
    marker, badge = view._problem, view._overlay
    assert marker.isVisible() and marker.toolTip() == "• Falta la etiqueta" and view.problems() == ["Falta la etiqueta"]
    assert badge.isVisible() and badge.text() == "12 esperando"
    assert marker.pos().x() == view._width - 24  # at the right end of the header
    assert badge.pos().x() == view._width - badge.boundingRect().width() - 34  # left of the marker
    view.set_problems([])
    view.set_overlay(None)
    assert view._problem is marker and not marker.isVisible() and view.problems() == []
    assert view._overlay is badge and not badge.isVisible()
