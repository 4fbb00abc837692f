"""Benchmark: opening big flows in the editor until the view is painted (figures, no asserts).

Targets (issue 4): 500 nodes under 1.5 s, 1,000 nodes under 3 s. Each size opens three
times (the machine is shared): best and median wall time, and the process's CPU time.
"""

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from runtime.catalog import get_catalog  # noqa: E402
from runtime.flows.model import Edge, Endpoint, Flow, Node  # noqa: E402

TYPES = ["action.add_tag", "wait.duration", "decision.if", "action.send_email"]


def big_flow(n: int) -> Flow:
    """A trigger, then `n - 1` nodes in a chain with a branch every fourth node."""
    catalog = get_catalog()
    nodes = [Node(id=f"n{0:05d}", type="trigger.tag_added", config={"tag": "x"})]
    edges = []
    for i in range(1, n):
        t = TYPES[i % len(TYPES)]
        nodes.append(Node(id=f"n{i:05d}", type=t, config=catalog.get(t).default_config(),
                          position=(float(i % 40) * 280, float(i // 40) * 160)))
        prev = nodes[i - 1]
        port = catalog.get(prev.type).output_ports(prev.config)[0].name
        edges.append(Edge(Endpoint(prev.id, port), Endpoint(nodes[i].id, "in")))
        if prev.type == "decision.if" and i + 1 < n:
            edges.append(Edge(Endpoint(prev.id, "no"), Endpoint(f"n{i + 1:05d}", "in")))
    return Flow(id="bench", name="bench", nodes=nodes, edges=edges)


def _open(editor, app, flow) -> float:
    start = time.perf_counter()
    editor.load_flow(flow)
    app.processEvents()
    editor.grab()
    return time.perf_counter() - start


def _open_cpu(editor, app, flow) -> tuple[float, float]:
    cpu = time.process_time()
    wall = _open(editor, app, flow)
    return wall, time.process_time() - cpu


def test_canvas_open(qtbot):
    from PySide6.QtWidgets import QApplication

    from designer.flow_editor import FlowEditor

    app = QApplication.instance()
    editor = FlowEditor(lang="es")
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    _open(editor, app, big_flow(20))  # warm-up: imports, fonts, caches
    print()
    figures = {}
    for n, target, runs in ((500, 1.5, 3), (1000, 3.0, 3), (2000, None, 1)):
        flow = big_flow(n)
        results = sorted(_open_cpu(editor, app, flow) for _ in range(runs))
        seconds = results[0][0]
        figures[n] = seconds
        median = results[len(results) // 2][0]
        cpu = min(c for _, c in results)
        goal = f" (target < {target} s, {seconds / target:.0%} of it)" if target else ""
        print(f"canvas open {n:5d} nodes / {len(flow.edges)} edges: best {seconds:.2f} s, "
              f"median {median:.2f} s, cpu {cpu:.2f} s{goal}")
        start = time.perf_counter()
        back = editor.flow()
        print(f"  graph -> Flow: {time.perf_counter() - start:.3f} s, identical: {back == flow}")
    start = time.perf_counter()
    editor.auto_layout()
    app.processEvents()
    print(f"auto-layout + fit of 2000 nodes: {time.perf_counter() - start:.2f} s")
    print(f"ratio 1000/500 nodes: {figures[1000] / figures[500]:.2f} (2.0 = linear)")
