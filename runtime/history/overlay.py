"""Contacts in flows now: at each node (the canvas badges) and in all (the status bar), from `enrollments`."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.history.model import NodeCount
from runtime.store.schema_runtime import enrollments

E = enrollments.c
LIVE = ("active", "waiting")


def count_in_flight(conn: Connection) -> int:
    """Contacts inside a flow now: enrollments active or waiting, in every flow."""
    return int(conn.scalar(select(func.count()).select_from(enrollments).where(E.status.in_(LIVE))) or 0)


def node_counts(conn: Connection, flow_id: str, version_id: int | None = None) -> dict[str, NodeCount]:
    """Contacts at each node of a flow (all its versions, or one) by state.

    active: due or running; waiting: a timer, condition or retry; uncertain: held until a
    person decides; failed: stopped there for good (until retried). Nodes with nobody are
    left out.
    """
    held = E.next_due_at.is_(None)
    q = (select(E.current_node, E.status, held.label("held"), func.count())
         .where(E.flow_id == flow_id, E.status.in_(("active", "waiting", "failed")), E.current_node.is_not(None))
         .group_by(E.current_node, E.status, held))
    if version_id is not None:
        q = q.where(E.flow_version_id == version_id)
    acc: dict[str, dict[str, int]] = {}
    for node, status, is_held, n in conn.execute(q):
        key = "uncertain" if status == "waiting" and is_held else status
        slot = acc.setdefault(node, {"active": 0, "waiting": 0, "failed": 0, "uncertain": 0})
        slot[key] += int(n)
    return {node: NodeCount(**c) for node, c in acc.items()}
