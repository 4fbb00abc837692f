"""Contacts at each node now (the canvas badges)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.history.model import NodeCount


def node_counts(conn: Connection, flow_id: str, version_id: int | None = None) -> dict[str, NodeCount]:
    """Contacts at each node of a flow (all its versions, or one) by state: active, waiting, failed, uncertain."""
    return {}
