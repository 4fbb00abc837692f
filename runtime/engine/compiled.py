"""Flow versions parsed once: nodes with their executors and successors, cached by version id.

Versions are immutable, so a parsed version never goes stale; the cache is bounded
only by the number of versions in flight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.catalog import get_catalog
from runtime.flows.model import FlowSettings
from runtime.flows.repository import load_version
from runtime.store.schema_flows import flow_versions, flows

# Node types whose executor never reads the contact (nor writes to it).
NO_CONTACT = frozenset({"wait.duration", "wait.until_time", "decision.split"})
# Action types that write only through the batch's CRM ops (LocalBatch can undo them).
OPS_ONLY = frozenset({"action.update_fields", "action.add_tag", "action.remove_tag", "action.create_task",
                      "action.move_deal"})
# Node types that read the contact's deals whatever their config says.
DEAL_READERS = frozenset({"action.move_deal_stage", "action.generate_report"})
# CRM writes that a flow on a remote connection sends through the ledger (runtime.crm.channel):
# external there, and they write nothing in the transaction (assign_owner keeps its turn there).
CRM_WRITES = frozenset({"action.update_fields", "action.add_tag", "action.remove_tag", "action.create_task",
                        "action.assign_owner", "action.move_deal_stage"})


@dataclass
class CompiledNode:
    """One node, ready to run. `successors[port]` = target node ids (several = parallel)."""

    id: str
    type: str
    title: str
    config: dict[str, Any]
    kind: str  # trigger | action | decision | wait
    executor: Any
    external: bool = False
    reads_contact: bool = True  # worth prefetching the contact for (see NO_CONTACT)
    undoable: str = ""  # "pure": never writes (triggers, decisions, waits); "ops": see OPS_ONLY
    reads_deal: bool = False  # worth prefetching the contact's deals for (see reads_deals)
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def next_nodes(self, port: str | None) -> tuple[str, ...]:
        return self.successors.get(port, ()) if port is not None else ()


@dataclass
class CompiledFlow:
    flow_id: str
    flow_name: str
    version_id: int
    settings: FlowSettings
    nodes: dict[str, CompiledNode]

    has_goal: bool = field(init=False)
    goal_reads_deal: bool = field(init=False)  # the goal names a deal field (checked before each step)

    def __post_init__(self) -> None:
        goal = self.settings.goal
        self.has_goal = isinstance(goal, dict) and bool(goal.get("rules"))
        self.goal_reads_deal = self.has_goal and reads_deals("", goal)

    def trigger(self, node_id: str | None) -> CompiledNode | None:
        """The named trigger node, else the manual trigger, else the first trigger."""
        if node_id and node_id in self.nodes:
            return self.nodes[node_id]
        triggers = [n for n in self.nodes.values() if n.kind == "trigger"]
        manual = [n for n in triggers if n.type == "trigger.manual"]
        return next(iter(manual or triggers), None)


def reads_deals(type_id: str, config: Any) -> bool:
    """Whether a node may read the contact's deals: a deal node, or a config that names a deal
    (`{{ deal.amount }}`, a `deal.stage` rule, the `deal_owner` recipient). Only a hint for
    reading ahead: a node that reads deals anyway reads them one contact at a time."""
    return type_id in DEAL_READERS or "deal" in json.dumps(config or {}, ensure_ascii=False, default=str)


class FlowCache:
    """version id -> CompiledFlow."""

    def __init__(self) -> None:
        self._flows: dict[int, CompiledFlow] = {}

    def get(self, conn: Connection, version_id: int) -> CompiledFlow:
        found = self._flows.get(version_id)
        if found is None:
            found = compile_version(conn, version_id)
            self._flows[version_id] = found
        return found


def compile_version(conn: Connection, version_id: int) -> CompiledFlow:
    """Parse flow version `version_id` and bind each node to its executor."""
    # Here: the executors bring email, templates and business time, which the designer's start does not need.
    from runtime.engine.executors import EXECUTORS, EXTERNAL, executor_for

    flow = load_version(conn, version_id)
    row = conn.execute(
        select(flows.c.id, flows.c.name).join(flow_versions, flow_versions.c.flow_id == flows.c.id)
        .where(flow_versions.c.id == version_id)
    ).first()
    catalog = get_catalog()
    remote = (flow.settings.crm or "local") != "local"
    nodes: dict[str, CompiledNode] = {}
    for n in flow.nodes:
        type_id = catalog.resolve(n.type) or n.type
        kind = type_id.split(".", 1)[0]
        sent = remote and type_id in CRM_WRITES
        undoable = ("pure" if kind != "action" or (sent and type_id != "action.assign_owner")
                    else "ops" if type_id in OPS_ONLY and not sent else "")
        nodes[n.id] = CompiledNode(n.id, type_id, n.title, dict(n.config or {}), kind,
                                   executor_for(type_id) if (type_id in EXECUTORS or kind == "trigger") else None,
                                   type_id in EXTERNAL or sent, kind != "trigger" and type_id not in NO_CONTACT,
                                   undoable, reads_deal=reads_deals(type_id, n.config))
    for e in flow.edges:
        src = nodes.get(e.source.node)
        if src is not None and e.target.node in nodes:
            src.successors[e.source.port] = (*src.successors.get(e.source.port, ()), e.target.node)
    _chain_reads(nodes)
    return CompiledFlow(row.id if row else flow.id, row.name if row else flow.name, int(version_id),
                        flow.settings, nodes)


def _chain_reads(nodes: dict[str, CompiledNode]) -> None:
    """A node that hands over to one that reads the contact or its deals (a wait ending into an
    email: runtime.engine.loop runs both in one batch) is worth prefetching them for too.
    Looks down the chain up to the next wait (a fresh arrival there waits); past an email too
    (one to the outbox does not end a chain) and both ways at a fork: reading ahead a little
    more than a batch uses is harmless, a read missed is made on demand."""
    for node in nodes.values():
        if node.kind == "trigger":
            continue
        seen, todo = {node.id}, [node]
        while todo and not (node.reads_contact and node.reads_deal):
            for targets in todo.pop().successors.values():
                for target in (nodes[t] for t in targets if t not in seen):
                    seen.add(target.id)
                    node.reads_contact = node.reads_contact or target.reads_contact
                    node.reads_deal = node.reads_deal or target.reads_deal
                    if target.kind != "wait" and not target.external:
                        todo.append(target)
