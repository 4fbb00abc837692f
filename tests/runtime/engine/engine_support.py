"""Flow building and row-reading helpers shared by the engine tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from runtime.engine.activation import activate_flow
from runtime.flows import repository
from runtime.flows.model import Edge, Endpoint, Flow, FlowSettings, Node, new_id
from runtime.store.schema_runtime import enrollments, steps, work_items


class FlowBuilder:
    """Build a flow node by node: `b.add("action.add_tag", tag="x")`, `b.link(a, c, port)`."""

    def __init__(self, name: str = "Prueba", **settings: Any) -> None:
        self.flow = Flow(id=new_id(), name=name, settings=FlowSettings(**settings))
        self.trigger = self.add("trigger.manual", node_title="Inicio", label="Go")

    def add(self, type_id: str, node_title: str = "", **config: Any) -> str:
        node = Node(id=new_id(), type=type_id, title=node_title or type_id, config=config)
        self.flow.nodes.append(node)
        return node.id

    def link(self, src: str, dst: str, port: str = "out") -> None:
        self.flow.edges.append(Edge(Endpoint(src, port), Endpoint(dst, "in")))

    def chain(self, *ids: str) -> None:
        for a, b in zip(ids, ids[1:], strict=False):
            self.link(a, b)


def activate(db, builder: FlowBuilder) -> int:
    """Import and activate the flow; returns its version id (validation must pass)."""
    with db.begin() as conn:
        repository.import_flow(conn, builder.flow)
    return activate_flow(db, builder.flow.id).version_id


def enroll(db, engine, version_id: int, contact_id: Any) -> int | None:
    with db.begin() as conn:
        return engine.enroll(conn, version_id, str(contact_id))


def enrollment(db, eid: int) -> Any:
    with db.begin() as conn:
        return conn.execute(select(enrollments).where(enrollments.c.id == eid)).first()


def step_rows(db, eid: int) -> list[Any]:
    with db.begin() as conn:
        return conn.execute(select(steps).where(steps.c.enrollment_id == eid).order_by(steps.c.id)).all()


def items(db, eid: int) -> list[Any]:
    with db.begin() as conn:
        return conn.execute(select(work_items).where(work_items.c.enrollment_id == eid)).all()
