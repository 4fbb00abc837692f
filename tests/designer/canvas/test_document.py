"""Opening a flow draws exactly what it drew before the open got faster (a recorded snapshot).

`data/geometry_64.json` holds, for a 64-node flow of every kind (decisions with two and
more outputs, an unknown type, a loop, a second trigger), each node's position and size,
the places and texts of its title, summary and port labels, every connection's path and
"+", and where auto-layout puts each node, top-down and left to right. It was recorded
with the code before the load was reworked for speed; regenerate it only for a change
that is meant to look different: `python -m tests.designer.canvas.test_document`.
Sizes follow text widths, so the snapshot holds only with the fonts it was recorded with
(DejaVu Sans, as on the test machines); with others the comparison is skipped, saying so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from runtime.catalog import get_catalog
from runtime.flows.model import Edge, Endpoint, Flow, Node

GOLDEN = Path(__file__).parent / "data" / "geometry_64.json"
FONT_PROBE = ("Esperar a que se cumpla", 193.8)  # its width in the title font when recorded
TYPES = ["action.add_tag", "decision.if", "wait.duration", "action.send_email", "decision.split",
         "action.create_task", "decision.wait_until", "action.webhook", "mystery.node"]


def sample_flow(n: int = 64) -> Flow:
    """Two triggers, then a chain of every kind with the decisions' other branches skipping ahead."""
    catalog = get_catalog()
    nodes = [Node(id="t0", type="trigger.tag_added", config={"tag": "x"}, position=(0.0, 0.0)),
             Node(id="t1", type="trigger.manual", config={}, position=(300.0, 0.0))]
    edges = [Edge(Endpoint("t0", "out"), Endpoint("n01", "in")),
             Edge(Endpoint("t1", "out"), Endpoint("n01", "in"))]
    for i in range(1, n - 1):
        t = TYPES[i % len(TYPES)]
        nt = catalog.get(t) if t in {x.id for x in catalog} else None
        config = nt.default_config() if nt else {"keep": i}
        nodes.append(Node(id=f"n{i:02d}", type=t, config=config, title=f"Paso largo {i}" if i % 5 == 0 else "",
                          position=(float(i % 8) * 260, float(i // 8) * 140)))
    for i in range(1, n - 2):
        node = nodes[i + 1]
        nt = catalog.get(node.type) if node.type in {x.id for x in catalog} else None
        ports = [p.name for p in nt.output_ports(node.config)] if nt else ["out"]
        edges.append(Edge(Endpoint(node.id, ports[0]), Endpoint(f"n{i + 1:02d}", "in")))
        for k, port in enumerate(ports[1:], start=2):
            if i + k < n - 1:
                edges.append(Edge(Endpoint(node.id, port), Endpoint(f"n{i + k:02d}", "in")))
    edges.append(Edge(Endpoint("n40", "out"), Endpoint("n30", "in")))  # a loop
    return Flow(id="golden", name="golden", nodes=nodes, edges=edges)


def _r(v: float) -> float:
    return round(float(v), 1) + 0.0


def snapshot(editor: Any) -> dict[str, Any]:
    """What a user sees of every node and connection, in scene coordinates."""
    graph = editor.graph
    nodes = {}
    for node in graph.flow_nodes():
        view = node.view
        ports = []
        for port in node.input_ports() + node.output_ports():
            item = port.view
            label = view._output_items.get(item) or view._input_items.get(item)
            ports.append([port.name(), item.isVisible(), _r(item.pos().x()), _r(item.pos().y()),
                          label.text() if label is not None else None,
                          label.isVisible() if label is not None else None,
                          [_r(label.pos().x()), _r(label.pos().y())] if label is not None else None])
        nodes[node.uid] = {
            "pos": [_r(view.pos().x()), _r(view.pos().y())],
            "size": [_r(view.width), _r(view.height)],
            "title": [view._title.text(), _r(view._title.pos().x()), _r(view._title.pos().y())],
            "summary": [view._summary.text(), _r(view._summary.pos().x()), _r(view._summary.pos().y())],
            "ports": ports,
        }
    pipes = []
    for pipe in graph.viewer().all_pipes():
        path = pipe.path()
        points = [[_r(path.elementAt(i).x), _r(path.elementAt(i).y)] for i in range(path.elementCount())]
        plus = pipe.plus.pos()
        pipes.append([pipe.output_port.node.id and graph.model.nodes[pipe.output_port.node.id].uid,
                      pipe.output_port.name, graph.model.nodes[pipe.input_port.node.id].uid,
                      pipe.isVisible(), points, pipe.plus.isVisible(), [_r(plus.x()), _r(plus.y())]])
    pipes.sort(key=lambda p: (p[0], p[1], p[2]))
    layout = {uid: [_r(x), _r(y)] for uid, (x, y) in editor.doc.layout_positions().items()}
    return {"nodes": nodes, "pipes": pipes, "layout": layout}


def record(shots: dict[str, Any]) -> str:
    """The snapshot as JSON with one node, connection or layout per line (diffs stay readable)."""
    def one(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    lines = ["{"]
    for i, (name, shot) in enumerate(sorted(shots.items())):
        lines.append(f"{one(name)}: {{")
        nodes = [f"  {one(uid)}: {one(node)}" for uid, node in sorted(shot["nodes"].items())]
        lines += ['"nodes": {', ",\n".join(nodes), "},", '"pipes": [']
        lines.append(",\n".join(f"  {one(pipe)}" for pipe in shot["pipes"]))
        lines += ["],", f'"layout": {one(shot["layout"])}', "}" + ("," if i < len(shots) - 1 else "")]
    lines.append("}")
    return "\n".join(lines) + "\n"


def both_directions(editor: Any) -> dict[str, Any]:
    flow = sample_flow()
    shots = {}
    for name, down in (("down", True), ("across", False)):
        editor.set_down(down)
        editor.load_flow(flow)
        shots[name] = snapshot(editor)
        editor.auto_layout()
        shots[name + "_laid_out"] = snapshot(editor)
    return shots


def _same_fonts_as_recorded() -> None:
    from PySide6.QtGui import QFontMetricsF

    from designer.canvas.node_item import TITLE_PX, pixel_font

    text, width = FONT_PROBE
    measured = _r(QFontMetricsF(pixel_font(TITLE_PX, bold=True)).horizontalAdvance(text))
    if measured != width:
        pytest.skip(f"the snapshot was recorded with other fonts ({text!r}: {width} px wide, here {measured})")


def test_a_flow_opens_and_lays_out_exactly_as_recorded(editor):
    _same_fonts_as_recorded()
    shots = json.loads(json.dumps(both_directions(editor)))
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for name in golden:
        for uid, want in golden[name]["nodes"].items():
            assert shots[name]["nodes"][uid] == want, (name, uid)
        assert shots[name]["pipes"] == golden[name]["pipes"], name
        assert shots[name]["layout"] == golden[name]["layout"], name
    assert shots == golden


def test_switching_direction_draws_what_opening_in_that_direction_draws(editor):
    _same_fonts_as_recorded()
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    editor.set_down(True)
    editor.load_flow(sample_flow())
    editor.set_down(False)  # every node redrawn, every connection follows its ports
    assert json.loads(json.dumps(snapshot(editor))) == golden["across"]


def _port_centre(item) -> tuple[float, float]:
    p, r = item.scenePos(), item.boundingRect()
    return _r(p.x() + r.width() / 2), _r(p.y() + r.height() / 2)


def test_connections_follow_a_moved_node_and_its_undo(editor):
    editor.load_flow(sample_flow())
    node = editor.graph.node_by_uid("n10")
    x, y = node.view.xy_pos
    pipes = [pipe for port in node.view.inputs + node.view.outputs for pipe in port.connected_pipes]
    assert len(pipes) == 3
    for where in ([x + 37, y + 11], [x, y]):
        node.set_pos(*where)  # what NodeGraphQt's move command (drag, undo) does
        for pipe in pipes:
            path = pipe.path()
            ends = {(_r(path.elementAt(0).x), _r(path.elementAt(0).y)),
                    (_r(path.elementAt(path.elementCount() - 1).x), _r(path.elementAt(path.elementCount() - 1).y))}
            assert ends == {_port_centre(pipe.input_port), _port_centre(pipe.output_port)}
            mid = path.pointAtPercent(0.5)
            assert (_r(pipe.plus.pos().x()), _r(pipe.plus.pos().y())) == (_r(mid.x()), _r(mid.y()))


def test_the_sample_flow_has_every_shape_the_snapshot_must_cover(editor):
    editor.load_flow(sample_flow())
    shot = snapshot(editor)
    assert len(shot["nodes"]) == 64
    labelled = [p for n in shot["nodes"].values() for p in n["ports"] if p[5]]
    assert labelled  # decisions show their output labels
    assert any(not p[3] for p in shot["pipes"]) is False  # every connection is drawn
    assert editor.load_warnings and "mystery.node" in " ".join(editor.load_warnings)


if __name__ == "__main__":  # re-record the snapshot (only for a change meant to look different)
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
    from PySide6.QtWidgets import QApplication

    from designer.flow_editor import FlowEditor
    from tests.designer.designer_samples import FakeSource

    app = QApplication([])
    ed = FlowEditor(lang="es", field_source=FakeSource())
    ed.resize(1200, 800)
    ed.show()
    GOLDEN.write_text(record(both_directions(ed)), encoding="utf-8")
    print("recorded", GOLDEN)
