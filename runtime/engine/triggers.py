"""Lanzadores: which triggers are live, and CRM change events turned into enrollments.

`TriggerIndex` keeps the trigger nodes of every active flow version (documents are
immutable, so each version is parsed once). `process_events` reads `change_events`
after a durable cursor (`cursors` row "events:triggers") and, in ONE transaction,
enrolls the contacts whose events match, wakes their waiting decisions and advances
the cursor: an event is handled exactly once, even across crashes and restarts.

Rules: a flow's triggers are OR'ed (at most one enrollment per event per flow); a
trigger's `filter` must hold for the contact; an event only counts for versions
activated before it happened; the engine's `enroll` applies the re-enrollment policy.
The filter sees the contact as it is when the event is handled (at once, under `run`).
A deal event concerns the deal's contact; a deal created directly at a stage counts
as "moved to" that stage when the trigger has no `from_stage`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from runtime.catalog import get_catalog
from runtime.store import cursors as store_cursors
from runtime.store.schema_crm import change_events
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import cursors
from runtime.store.types import now

log = logging.getLogger(__name__)

EVENTS_CURSOR = "events:triggers"
EVENT_TYPES = frozenset(
    {"trigger.contact_created", "trigger.contact_updated", "trigger.tag_added", "trigger.deal_stage_changed"}
)
# contact_updated's `fields` may name these paths; change events use the column names.
_FIELD_ALIASES = {"owner": "owner_id", "owner.id": "owner_id", "tag": "tags"}

# filter_fn(conn, crm_name, contact_id, condition) -> bool
FilterFn = Callable[[Connection, str, str, dict[str, Any]], bool]


@dataclass(frozen=True)
class TriggerNode:
    """One trigger node of a frozen version (type resolved through catalog aliases)."""

    id: str
    type: str
    title: str
    config: dict[str, Any]


@dataclass(frozen=True)
class ActiveVersion:
    """What the trigger machinery needs to know about one active flow version."""

    flow_id: str
    flow_name: str
    version_id: int
    activated_at: float
    crm: str
    timezone: str
    triggers: tuple[TriggerNode, ...] = field(default=())

    def of_type(self, *types: str) -> list[TriggerNode]:
        return [t for t in self.triggers if t.type in types]


def flow_part(document: dict[str, Any]) -> dict[str, Any]:
    """The `flow` object of a stored document (file-format v1 shape, or a bare flow)."""
    return document.get("flow", document) if isinstance(document, dict) else {}


def parse_version(flow_id: str, name: str, version_id: int, created_at: float, document: Any) -> ActiveVersion:
    """Read an immutable version document into an `ActiveVersion` (triggers only)."""
    body = flow_part(document)
    settings = body.get("settings") or {}
    catalog = get_catalog()
    nodes = []
    for n in body.get("nodes") or []:
        type_id = catalog.resolve(str(n.get("type", ""))) or str(n.get("type", ""))
        if type_id.startswith("trigger."):
            nodes.append(TriggerNode(str(n.get("id")), type_id, str(n.get("title") or ""), dict(n.get("config") or {})))
    return ActiveVersion(
        flow_id=flow_id,
        flow_name=name,
        version_id=int(version_id),
        activated_at=float(created_at),
        crm=settings.get("crm") or "local",
        timezone=settings.get("timezone") or "UTC",
        triggers=tuple(nodes),
    )


class TriggerIndex:
    """The active versions, re-read cheaply on each call (one small query)."""

    def __init__(self) -> None:
        self._cache: dict[int, ActiveVersion] = {}

    def load(self, conn: Connection) -> list[ActiveVersion]:
        rows = conn.execute(
            select(flows.c.id, flows.c.name, flows.c.active_version_id).where(
                flows.c.is_active.is_(True), flows.c.active_version_id.is_not(None)
            )
        ).all()
        result = []
        for flow_id, name, version_id in rows:
            cached = self._cache.get(version_id)
            if cached is None or cached.flow_name != name:
                doc = conn.execute(
                    select(flow_versions.c.document, flow_versions.c.created_at).where(flow_versions.c.id == version_id)
                ).first()
                if doc is None:
                    continue
                cached = parse_version(flow_id, name, version_id, doc.created_at, doc.document)
                self._cache[version_id] = cached
            result.append(cached)
        return result


# -- cursor ---------------------------------------------------------------------
def read_cursor(conn: Connection, name: str = EVENTS_CURSOR, lock: bool = False) -> int:
    """Where the cursor stands (0: nothing handled yet); `lock`: and hold it until the transaction
    ends, so another runtime handling events waits (the row exists from revision 0005 on, and is
    created here, without a race, if it went missing)."""
    if lock:
        return int(store_cursors.lock(conn, name, "0").value)
    value = conn.scalar(select(cursors.c.value).where(cursors.c.name == name))
    return int(value) if value is not None else 0


def write_cursor(conn: Connection, value: int, name: str = EVENTS_CURSOR) -> None:
    done = conn.execute(
        update(cursors).where(cursors.c.name == name).values(value=str(value), updated_at=now())
    ).rowcount
    if not done:
        conn.execute(insert(cursors).values(name=name, value=str(value), updated_at=now()))


# -- matching -------------------------------------------------------------------
def _same(a: Any, b: Any) -> bool:
    return str(a or "").strip().casefold() == str(b or "").strip().casefold()


def _field_key(path: str) -> str:
    key = str(path).strip()
    if key.startswith("contact."):
        key = key[len("contact."):]
    return _FIELD_ALIASES.get(key, key)


def trigger_matches(node: TriggerNode, event: dict[str, Any], deal: dict[str, Any] | None = None) -> bool:
    """Whether `event` (a change_events row as a dict) fires `node`, before its filter."""
    entity, kind, changes = event["entity"], event["kind"], event.get("changes") or {}
    cfg = node.config
    if node.type == "trigger.contact_created":
        return entity == "contact" and kind == "created"
    if node.type == "trigger.contact_updated":
        if entity != "contact" or kind != "updated":
            return False
        wanted = {_field_key(f) for f in cfg.get("fields") or [] if str(f).strip()}
        return not wanted or bool(wanted & set(changes))
    if node.type == "trigger.tag_added":
        if entity != "contact" or kind != "tag_added":
            return False
        return _same((changes.get("tag") or [None, None])[1], cfg.get("tag"))
    if node.type == "trigger.deal_stage_changed":
        if entity != "deal" or deal is None:
            return False
        if kind == "stage_changed":
            old, new = (changes.get("stage") or [None, None])[:2]
        elif kind == "created" and not cfg.get("from_stage"):
            old, new = None, (changes.get("stage") or [None, None])[1]
        else:
            return False
        pipeline_ok = not cfg.get("pipeline") or _same(deal.get("pipeline"), cfg.get("pipeline"))
        from_ok = not cfg.get("from_stage") or _same(old, cfg.get("from_stage"))
        return pipeline_ok and from_ok and _same(new, cfg.get("to_stage"))
    return False


def has_rules(condition: Any) -> bool:
    return isinstance(condition, dict) and bool(condition.get("rules"))


def _event_contact(conn: Connection, event: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    """(contact id, deal dict or None) the event concerns."""
    if event["entity"] == "contact":
        return event["entity_id"], None
    if event["entity"] == "deal":
        deal = None
        if event["crm"] == "local":
            from runtime.crm.local import deals

            deal = deals.get_deal(conn, event["entity_id"])
        if deal is None:  # deleted since, or a remote CRM: what the event itself says
            changes = event.get("changes") or {}
            deal = {k: (v or [None, None])[-1] for k, v in changes.items()}
        cid = deal.get("contact_id")
        return (str(cid) if cid not in (None, "") else None), deal
    return None, None


def process_events(
    conn: Connection,
    engine: Any,
    index: TriggerIndex,
    filter_fn: FilterFn,
    limit: int = 500,
    on_contact_change: Callable[[Connection, list[ActiveVersion], dict[str, Any], str], None] | None = None,
) -> int:
    """Handle up to `limit` change events after the cursor, in the caller's transaction.

    Returns the number of events consumed (0 = nothing new). The caller commits: the
    cursor moves together with the enrollments those events caused.
    """
    start = read_cursor(conn, lock=True)
    rows = conn.execute(
        select(change_events).where(change_events.c.id > start).order_by(change_events.c.id).limit(limit)
    ).mappings().all()
    if not rows:
        return 0
    versions = index.load(conn)
    for row in rows:
        event = dict(row)
        contact_id, deal = _event_contact(conn, event)
        if contact_id is None or (event["entity"] == "contact" and event["kind"] == "deleted"):
            continue
        for version in versions:
            if version.crm != event["crm"] or event["occurred_at"] < version.activated_at:
                continue
            for node in version.of_type(*EVENT_TYPES):
                if not trigger_matches(node, event, deal):
                    continue
                condition = node.config.get("filter")
                if has_rules(condition) and not filter_fn(conn, event["crm"], contact_id, condition):
                    continue
                engine.enroll(conn, version.version_id, contact_id, trigger_node=node.id, origin=f"event:{event['id']}")
                break  # the flow's triggers are OR'ed: one enrollment per event
        if on_contact_change is not None:
            on_contact_change(conn, versions, event, contact_id)
        wake = getattr(engine, "wake_contact", None)
        if wake is not None:
            wake(conn, event["crm"], contact_id)
    write_cursor(conn, rows[-1]["id"])
    return len(rows)


def newest_event_id(conn: Connection) -> int:
    """The id of the newest change event (0 if none): the cheap cross-process check."""
    from sqlalchemy import func

    return int(conn.scalar(select(func.max(change_events.c.id))) or 0)


def contact_filter(ops: Any, contact_id: str, condition: dict[str, Any] | None, now_: float) -> bool:
    """Whether a trigger's filter holds for a contact (the engine's condition rules).

    `ops` is a CrmOps bound to the current transaction; a contact that no longer
    exists never passes.
    """
    from runtime.engine.conditions import MISSING, evaluate
    from runtime.engine.context import flat_contact, latest_deal

    if not has_rules(condition):
        return True
    contact = ops.get_contact(contact_id)
    if contact is None:
        return False
    records: dict[str, Any] = {"contact": flat_contact(contact)}

    def lookup(path: str) -> Any:
        head, _, rest = path.partition(".")
        if head not in records:
            if head == "owner":
                owner_id = records["contact"].get("owner_id")
                records[head] = ops.get_user(str(owner_id)) if owner_id not in (None, "") else None
            elif head == "deal":
                records[head] = latest_deal(ops.contact_deals(contact_id))
            else:
                return MISSING
        record = records[head]
        if record is None:
            return MISSING
        return record if not rest else record.get(rest, MISSING)

    holds, _why = evaluate(condition, lookup, now_)
    return holds
