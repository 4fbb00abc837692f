"""Port items: NodeGraphQt's ports (its hit tests look for them) without per-move notices."""

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from designer.canvas.ports import CaudalPortItem
from designer.qt import PortItem
from runtime.flows.model import Edge, Endpoint, Flow, Node


def test_ports_are_nodegraphqt_ports_that_ask_for_no_move_notices(editor):
    editor.load_flow(Flow(id="f", name="x", nodes=[
        Node(id="a", type="trigger.tag_added", config={"tag": "x"}, position=(0.0, 0.0)),
        Node(id="b", type="decision.if", config={}, position=(0.0, 200.0)),
    ], edges=[Edge(Endpoint("a", "out"), Endpoint("b", "in"))]))
    ports = [p.view for uid in ("a", "b") for n in [editor.graph.node_by_uid(uid)]
             for p in n.input_ports() + n.output_ports()]
    assert len(ports) == 4  # a: out; b: in, yes, no
    for item in ports:
        assert isinstance(item, CaudalPortItem) and isinstance(item, PortItem)
        assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges
        assert item.boundingRect() == QRectF(0.0, 0.0, item._width + 15.0, item._height)  # as NodeGraphQt's
    node = editor.graph.node_by_uid("b").view
    assert node.flags() & QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges  # the node reports moves
