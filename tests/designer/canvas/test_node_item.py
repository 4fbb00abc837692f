"""Node items: yes/no ports coloured, port labels beside their ports, title and summary shown."""

from __future__ import annotations

from designer.canvas import style


def test_yes_and_no_ports_are_coloured_and_labelled(editor):
    uid = editor.add_node_at_center("decision.if")
    node = editor.graph.node_by_uid(uid)
    colours = {p.name(): tuple(p.view.color[:3]) for p in node.output_ports() if p.view.isVisible()}
    assert colours == {"yes": style.PORT_COLORS["yes"], "no": style.PORT_COLORS["no"]}
    view = node.view
    for port in node.output_ports():
        label = view.get_output_text_item(port.view)
        assert label.toPlainText() in ("Sí", "No")
        right = label.mapToParent(label.boundingRect().topRight()).x()
        centre = port.view.x() + port.view.boundingRect().width() / 2
        assert 0 < centre - right < 25  # the label ends just before its port
    inp = view.get_input_text_item(node.input_ports()[0].view)
    assert inp.toPlainText() == "Entrada"
    assert inp.x() > node.input_ports()[0].view.x()
    assert view.title() == "Si / si no" and view.summary()
