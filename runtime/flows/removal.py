"""Deleting a flow from the command line: what goes with it, and when it is refused.

`repository.delete` refuses an active flow; `delete_flow` also refuses a stopped flow that
still has contacts in flight (they would vanish mid-journey: cancel them first), counts the
versions and journeys that go with the flow, and forgets the flow's round-robin turns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection

from runtime.catalog.types import Text
from runtime.flows import repository
from runtime.store.schema_flows import flow_versions
from runtime.store.schema_runtime import app_settings, enrollments

LIVE = ("active", "waiting")


@dataclass(frozen=True)
class FlowRemoval:
    """What `delete_flow` deleted."""

    flow_id: str
    name: str
    versions: int
    journeys: int


def delete_flow(conn: Connection, id_or_name: str) -> FlowRemoval:
    """Delete a stopped flow with no contacts in flight, with its versions and history.

    Raises:
        repository.FlowNotFound: no such flow. repository.FlowIsActive: it is active.
        repository.RepositoryError: contacts are still in flight.
    """
    info = repository.require(conn, id_or_name)
    live = conn.scalar(select(func.count()).select_from(enrollments).where(
        enrollments.c.flow_id == info.id, enrollments.c.status.in_(LIVE))) or 0
    if live and not info.is_active:
        raise repository.RepositoryError(Text(
            "El flujo «{name}» aún tiene {live} contacto(s) en curso: cancélelos antes con "
            "«flows deactivate {id} --cancel-running».",
            "The flow «{name}» still has {live} contact(s) in flight: cancel them first with "
            "«flows deactivate {id} --cancel-running».").format(name=info.name, live=live, id=info.id))
    versions = conn.scalar(select(func.count()).select_from(flow_versions)
                           .where(flow_versions.c.flow_id == info.id)) or 0
    journeys = conn.scalar(select(func.count()).select_from(enrollments)
                           .where(enrollments.c.flow_id == info.id)) or 0
    repository.delete(conn, info.id)
    conn.execute(delete(app_settings).where(app_settings.c.key.like(f"round_robin:{info.id}:%")))
    return FlowRemoval(info.id, info.name, int(versions), int(journeys))
