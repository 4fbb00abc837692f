"""Reading remote CRMs before a write transaction, in batches, so none happens inside it.

The engine's side of it: which contacts and deals the next steps, events and timers will read;
the resolver (runtime.crm.resolver `fetch_for`) fetches them into the connector's read cache
(runtime.crm.remote `fetch`). Each function does nothing when no remote connection is open.
`for_steps` runs before each engine batch: the contacts (and, where a node reads them, the
deals) of the due work items on remote connections are fetched with the connector's batch
reads (HubSpot batch read of 100, Bitrix24 `batch` of 50 commands, Pipedrive `ids` of 100)
into its `ReadCache`, together with whatever a previous batch missed. `for_events` does the
same for the change events about to become enrollments: a polled contact's last snapshot is
what the poll just read, so only contacts never polled (a deal's contact) are fetched.
A connection that fails is paused (runtime.crm.pause) and its work waits.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text, update

from runtime.engine import event_rows, ledger
from runtime.engine.timers import SCHEDULE
from runtime.store.schema_runtime import cursors, timers

log = logging.getLogger(__name__)

_DUE = ("SELECT e.crm, e.contact_id, w.node_id, e.flow_version_id, w.enrollment_id, w.visit, w.attempt"
        " FROM work_items w JOIN enrollments e ON e.id = w.enrollment_id"
        " WHERE w.due_at <= :now AND e.crm <> 'local' ORDER BY w.due_at, w.id LIMIT :limit")


def _mentions_deal(value: Any) -> bool:
    return "deal." in json.dumps(value, ensure_ascii=False, default=str)


def for_steps(resolver: Any, engine: Any, now: float, limit: int) -> None:
    """Fetch what the next batch's steps on remote connections will read."""
    if not resolver.refresh():
        return
    db = resolver.db
    with db.begin() as conn:
        rows = conn.execute(text(_DUE), {"now": now, "limit": limit}).all()
        keys = {}  # calls already made: the step only takes their outcome from the ledger
        for _crm, _contact, node_id, version_id, eid, visit, attempt in rows:
            node = engine.flows.get(conn, version_id).nodes.get(node_id)
            if node is not None and node.external:
                keys[ledger.make_key(eid, node_id, visit, attempt)] = True
        made = ledger.lookup(conn, list(keys)) if keys else {}
        plans: dict[str, tuple[set[str], set[str]]] = {}
        for crm, contact_id, node_id, version_id, eid, visit, attempt in rows:
            contacts, deals = plans.setdefault(crm, (set(), set()))
            flow = engine.flows.get(conn, version_id)
            node = flow.nodes.get(node_id)
            if node is None or not (node.reads_contact or flow.has_goal):
                continue  # a trigger, a wait: nothing to read
            if node.external and ledger.make_key(eid, node_id, visit, attempt) in made and not flow.has_goal:
                continue
            contacts.add(str(contact_id))
            if _mentions_deal(node.config) or (flow.has_goal and _mentions_deal(flow.settings.goal)):
                deals.add(str(contact_id))
    for crm, (contacts, deals) in plans.items():
        resolver.fetch_for(crm, contacts, deals)
    for crm in resolver.open_names():  # what an earlier batch missed, even with nothing due now
        if crm not in plans:
            resolver.fetch_for(crm, set(), set(), only_wanted=True)


@dataclass
class Prepared:
    """What trigger processing must know: connections whose events wait (`held`), removed
    connections whose events are dropped (`gone`), and whether held events may be replayed."""

    held: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)
    replay: bool = False


def _event_contact(conn: Any, event: Any) -> str | None:
    if event.entity == "contact":
        return str(event.entity_id)
    changes = event.changes or {}
    cid = (changes.get("contact_id") or [None, None])[-1]
    if cid in (None, ""):
        snap = conn.execute(select(cursors.c.seen).where(
            cursors.c.name == f"snapshot:{event.crm}:deal:{event.entity_id}")).scalar()
        cid = (snap or {}).get("contact_id") if isinstance(snap, dict) else None
    return None if cid in (None, "") else str(cid)


def _snapshots(conn: Any, crm: str, ids: set[str]) -> dict[str, tuple[dict[str, Any], float]]:
    """{contact id: (its fields as last polled, when)} (runtime.crm.polling's snapshot rows)."""
    names = [f"snapshot:{crm}:contact:{i}" for i in sorted(ids)]
    found: dict[str, tuple[dict[str, Any], float]] = {}
    for start in range(0, len(names), 500):
        for name, seen, stamp in conn.execute(select(cursors.c.name, cursors.c.seen, cursors.c.updated_at)
                                              .where(cursors.c.name.in_(names[start:start + 500]))):
            if isinstance(seen, dict):
                found[name.rsplit(":", 1)[1]] = (seen, float(stamp or 0.0))
    return found


def for_events(resolver: Any, index: Any, limit: int) -> Prepared:
    """Fetch the contacts the next change events on remote connections concern.

    `index` is the service's runtime.engine.triggers.TriggerIndex."""
    if not resolver.refresh():
        return Prepared()
    db, out = resolver.db, Prepared()
    known = set(resolver.names())
    with db.begin() as conn:
        versions = index.load(conn)
        cursor = event_rows.read_cursor(conn)
        events = list(event_rows.next_events(conn, cursor, limit))
        holds = event_rows.read_holds(conn)
        for crm, first in holds.items():
            if crm not in known:
                out.gone.add(crm)
            elif not resolver.is_paused(crm):
                out.replay = True
                events += event_rows.held_events(conn, crm, first, cursor, limit)
        plans: dict[str, set[str]] = {}
        for event in events:
            if event.crm == "local":
                continue
            if event.crm not in known:
                out.gone.add(event.crm)
                continue
            cid = _event_contact(conn, event)
            if cid is not None:
                plans.setdefault(event.crm, set()).add(cid)
        snaps = {crm: _snapshots(conn, crm, ids) for crm, ids in plans.items()}
    for crm in set(holds) - out.gone:
        if resolver.is_paused(crm):
            out.held.add(crm)
    for crm, ids in plans.items():
        if resolver.is_paused(crm):
            out.held.add(crm)
            continue
        mine = [v for v in versions if v.crm == crm]
        deals = ids if any(_mentions_deal(t.config.get("filter")) for v in mine for t in v.triggers) else set()
        if not resolver.fetch_for(crm, ids, deals, snapshots=snaps.get(crm)):
            out.held.add(crm)
    return out


def for_timers(resolver: Any, index: Any, now: float) -> None:
    """Before due timers of flows on remote connections fire: list every contact for a schedule tick
    and read the contacts they enroll. A connection that fails postpones its timers (a minute at
    most, until its pause ends) instead of firing them with nobody."""
    if not resolver.refresh():
        return
    db = resolver.db
    with db.begin() as conn:
        versions = {v.version_id: v for v in index.load(conn) if v.crm != "local"}
        if not versions:
            return
        due = conn.execute(select(timers.c.id, timers.c.flow_version_id, timers.c.node_id, timers.c.subject).where(
            timers.c.fired_at.is_(None), timers.c.due_at <= now,
            timers.c.flow_version_id.in_(list(versions)))).all()
    wanted: dict[str, tuple[list[int], bool, set[str]]] = {}
    for timer_id, version_id, node_id, subject in due:
        version = versions[version_id]
        node = next((t for t in version.triggers if t.id == node_id), None)
        if node is None:
            continue
        ids, listing, contacts = wanted.setdefault(version.crm, ([], False, set()))
        ids.append(timer_id)
        if node.type == SCHEDULE:
            listing = True
        elif str(subject or "").startswith("contact:"):  # a date field of a contact
            contacts.add(str(subject).split(":", 1)[1])
        wanted[version.crm] = (ids, listing, contacts)
    for crm, (timer_ids, listing, contacts) in wanted.items():
        ok = not resolver.is_paused(crm)
        if ok and listing:
            try:
                connector = resolver(crm)
                connector.reads.all_ids = [str(i) for i in connector.ops.iter_contact_ids()]
                contacts |= set(connector.reads.all_ids)
            except Exception as exc:  # noqa: BLE001 - this connection waits, the others go on
                resolver.failed(crm, exc)
                ok = False
        ok = ok and (not contacts or resolver.fetch_for(crm, contacts, set()))
        if not ok:  # look again within a minute: a new secret may end the pause before its `until`
            found = resolver.pauses.get(crm)
            later = min(found.until, now + 60.0) if found is not None and found.until else now + 60.0
            with db.begin() as conn:
                conn.execute(update(timers).where(timers.c.id.in_(timer_ids)).values(due_at=later))
