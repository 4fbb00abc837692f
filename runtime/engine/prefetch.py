"""What a batch of steps will read from its CRM, so the CRM reads it ahead in one go.

The step loop claims hundreds of work items at once; `plan` says, for one CRM, whose
contacts the steps will read (a node that reads the contact, or any step of a flow with a
goal) and, of those, whose deals (`CompiledNode.reads_deal`, a goal naming a deal: most
steps read none, so most batches make no deal query). A call the ledger already holds is
only finished from its ledger row and reads nothing itself; the chain it hands over to
(runtime.engine.loop) reads what its nodes read. A CRM whose ops have the `Batching`
capability (runtime.crm.base) opens a batch with that plan; the local CRM does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import Connection

from runtime.engine import ledger
from runtime.engine.compiled import FlowCache


def plan(conn: Connection, flows: FlowCache, rows: Iterable[Any], crm: str,
         made: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(contact ids to read, contact ids whose deals to read) for the claimed `rows` of `crm`.

    `rows` are the step loop's claim rows (runtime.kernel.sql.claim_sql: work item id,
    enrollment id, node id, attempt, ..., version id at 7, crm at 8, contact id at 9,
    visit at 13); `made`: the ledger rows of this batch's calls (runtime.engine.ledger.lookup).
    """
    contacts: dict[str, None] = {}
    deals: dict[str, None] = {}
    for r in rows:
        if r[8] != crm:
            continue
        flow = flows.get(conn, r[7])
        node = flow.nodes.get(r[2])
        if node is None or not (node.reads_contact or flow.has_goal):
            continue
        reads_deal = node.reads_deal
        if node.external and not flow.has_goal and made and ledger.make_key(r[1], r[2], r[13], r[3]) in made:
            # finished from its ledger row, it reads nothing; the chain it hands over to may
            after = [flow.nodes[t] for targets in node.successors.values() for t in targets if t in flow.nodes]
            if not any(n.reads_contact for n in after):
                continue
            reads_deal = any(n.reads_deal for n in after)
        contacts[r[9]] = None
        if reads_deal or flow.goal_reads_deal:
            deals[r[9]] = None
    return list(contacts), list(deals)
