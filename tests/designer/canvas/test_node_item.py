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
