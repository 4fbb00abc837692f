"""Adding steps where they belong: below the selected node, wired in (palette double-click, Tab),
or on a connection (its "+"). Each is one undo step on the document's stack."""

from __future__ import annotations

from designer.canvas.document import CanvasDocument, Key, _tr
from designer.canvas.layout import DOWN_GAP, H_GAP, V_GAP
from designer.canvas.nodes import FlowNode
from designer.commands import MoveNodesCmd


def free_output(node: FlowNode) -> str | None:
    """The first visible output port of `node` with nothing connected, or None."""
    for port in node.output_ports():
        if port.view.isVisible() and not port.connected_ports():
            return port.name()
    return None


def add_after(doc: CanvasDocument, type_id: str, uid: str) -> str | None:
    """Add `type_id` below (left to right: after) node `uid`, wired from its first free
    output, as one undo step; None when `uid` has no free output or the type no input."""
    node = doc.graph.node_by_uid(uid)
    nt = doc.catalog.get(type_id)
    port = free_output(node) if node is not None else None
    if port is None or nt is None or not nt.inputs:
        return None
    outputs = node.visible_output_names()
    k, n = outputs.index(port), len(outputs)
    x, y = node.view.xy_pos
    doc.undo_stack.beginMacro(_tr("Add “%1”").replace("%1", nt.title.get(doc.lang)))
    new = doc.add_node(type_id, (x, y))
    view = doc.graph.by_uid[new].view
    if doc.graph.down:  # side by side under the outputs, "yes" left of "no"
        centre = x + node.view.width / 2 + (k - (n - 1) / 2) * (view.width + H_GAP / 2)
        pos = (centre - view.width / 2, y + node.view.height + DOWN_GAP)
    else:
        centre = y + node.view.height / 2 + (k - (n - 1) / 2) * (view.height + V_GAP)
        pos = (x + node.view.width + H_GAP, centre - view.height / 2)
    doc.undo_stack.push(MoveNodesCmd(doc, {new: (x, y)}, {new: pos}, _tr("Add")))
    doc.connect(uid, port, new, "in")
    doc.undo_stack.endMacro()
    doc.select([new])
    return new


def insert_on_edge(doc: CanvasDocument, type_id: str, edge: Key) -> str | None:
    """Put a new `type_id` step on the connection `edge`, wired in (one undo step).

    The connection goes into the new step and its first output goes on to the old
    target; the target and everything after it (below it, top-down) move down to
    make room. Returns the new node's uid (selected), or None if refused.
    """
    a, port, b, b_port = edge
    src, dst = doc.graph.node_by_uid(a), doc.graph.node_by_uid(b)
    nt = doc.catalog.get(type_id)
    if src is None or dst is None or nt is None or not nt.inputs:
        return None
    down = doc.graph.down
    dx, dy = dst.view.xy_pos
    doc.undo_stack.beginMacro(_tr("Insert “%1”").replace("%1", nt.title.get(doc.lang)))
    uid = doc.add_node(type_id, (dx, dy))
    node = doc.graph.by_uid[uid]
    first_out = node.visible_output_names()[0] if node.visible_output_names() else None
    room = (node.view.height + DOWN_GAP) if down else (node.view.width + H_GAP)
    before: dict[str, tuple[float, float]] = {}
    after: dict[str, tuple[float, float]] = {}
    for other in doc.graph.flow_nodes():
        if other.uid == uid:
            continue
        x, y = other.view.xy_pos
        if (y >= dy - 1 if down else x >= dx - 1) and other.uid != a:
            before[other.uid] = (x, y)
            after[other.uid] = (x, y + room) if down else (x + room, y)
    if after:
        doc.undo_stack.push(MoveNodesCmd(doc, before, after, _tr("Make room")))
    width_shift = (dst.view.width - node.view.width) / 2 if down else 0.0
    height_shift = 0.0 if down else (dst.view.height - node.view.height) / 2
    doc.undo_stack.push(MoveNodesCmd(doc, {uid: (dx, dy)}, {uid: (dx + width_shift, dy + height_shift)},
                                      _tr("Make room")))
    doc.disconnect(a, port, b, b_port)
    doc.connect(a, port, uid, "in")
    if first_out is not None:
        doc.connect(uid, first_out, b, b_port)
    doc.undo_stack.endMacro()
    doc.select([uid])
    return uid
