"""Lanzadores: which triggers are live, and CRM change events turned into enrollments.

`TriggerIndex` keeps the trigger nodes of every active flow version (documents are
immutable, so each version is parsed once). `process_events` reads `change_events`
after a durable cursor (`cursors` row "events:triggers") and, in ONE transaction,
enrolls the contacts whose events match, wakes their waiting decisions and advances
the cursor: an event is handled exactly once, even across crashes and restarts.

Rules: a flow's triggers are OR'ed (at most one enrollment per event per flow); a
trigger's `filter` must hold for the contact (when it does not, or the engine refuses a
new journey, the contact is recorded as "not started" with the reason:
runtime.engine.not_started); an event only counts for versions
activated before it happened; the engine's `enroll` applies the re-enrollment policy.
The filter sees the contact as it is when the event is handled (at once, under `run`).
A deal event concerns the deal's contact; a deal created directly at a stage counts
as "moved to" that stage when the trigger has no `from_stage`. A deal trigger with
`from_stage` alone fires when the deal leaves that stage, whatever the new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeGuard

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.local import deals
from runtime.engine import not_started
from runtime.engine.event_rows import (
    ChangeEvent,
    drop_hold,
    held_events,
    next_events,
    put_hold,
    read_cursor,
    read_holds,
    write_cursor,
)
from runtime.flows.errors import FlowFileError
from runtime.flows.summary import FlowSummary, summarize
from runtime.kernel import sql
from runtime.kernel.conditions import MISSING, evaluate
from runtime.kernel.context import flat_contact, latest_deal
from runtime.store.schema_crm import crm_contacts
from runtime.store.schema_flows import flow_versions
from runtime.store.schema_runtime import cursors

log = logging.getLogger(__name__)

# The (entity, kind) of the change events a trigger of each type can match (`trigger_matches` asks
# first): an event of any other kind passes a flow by without its changes being read.
EVENT_KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "trigger.contact_created": (("contact", "created"),),
    "trigger.contact_updated": (("contact", "updated"),),
    "trigger.tag_added": (("contact", "tag_added"),),
    "trigger.deal_stage_changed": (("deal", "stage_changed"), ("deal", "created")),
}
EVENT_TYPES = frozenset(EVENT_KINDS)
# contact_updated's `fields` may name these paths; change events use the column names.
_FIELD_ALIASES = {"owner": "owner_id", "owner.id": "owner_id", "tag": "tags"}

# filter_fn(conn, crm_name, contact_id, condition) -> bool, or a Verdict (a bool with its `why`)
FilterFn = Callable[[Connection, str, str, dict[str, Any]], Any]


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
    reenrollment: str = "never"
    _by_type: dict[tuple[str, ...], tuple[TriggerNode, ...]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def heard(self) -> frozenset[tuple[str, str]]:
        """The (entity, kind) of the change events one of its triggers can match (EVENT_KINDS)."""
        return frozenset(pair for t in self.triggers for pair in EVENT_KINDS.get(t.type, ()))

    def of_type(self, *types: str) -> tuple[TriggerNode, ...]:
        """Its triggers of these types (asked for every change event: kept once found)."""
        found = self._by_type.get(types)
        if found is None:
            found = self._by_type[types] = tuple(t for t in self.triggers if t.type in types)
        return found


def parse_version(flow_id: str, name: str, version_id: int, created_at: float, document: Any) -> ActiveVersion:
    """Read an immutable version document (through `runtime.flows.summary`) into an `ActiveVersion`.

    Raises:
        FlowFileError: the stored document cannot be read.
    """
    return active_version(flow_id, name, version_id, created_at,
                          summarize(document, f"flow {flow_id} version {version_id}"))


def active_version(flow_id: str, name: str, version_id: int, created_at: float, flow: FlowSummary) -> ActiveVersion:
    """The `ActiveVersion` of a summarized version (its trigger nodes, CRM and time zone)."""
    return ActiveVersion(
        flow_id=flow_id,
        flow_name=name,
        version_id=int(version_id),
        activated_at=float(created_at),
        crm=flow.settings.crm or "local",
        timezone=flow.settings.timezone or "UTC",
        triggers=tuple(TriggerNode(n.id, n.type, n.title, dict(n.config)) for n in flow.of_kind("trigger")),
        reenrollment=flow.settings.reenrollment or "never",
    )


# The active versions, oldest activation first: one event enrolls in its flows in activation order.
_ACTIVE = ("SELECT id, name, active_version_id FROM flows WHERE is_active = ? AND active_version_id IS NOT NULL"
           " ORDER BY active_version_id")


class TriggerIndex:
    """The active versions, re-read cheaply on each call (one small query)."""

    def __init__(self) -> None:
        self._cache: dict[int, ActiveVersion] = {}

    def load(self, conn: Connection) -> list[ActiveVersion]:
        rows = sql.fetch(conn, _ACTIVE, (True,))
        result = []
        for flow_id, name, version_id in rows:
            cached = self._cache.get(version_id)
            if cached is None or cached.flow_name != name:
                doc = conn.execute(
                    select(flow_versions.c.document, flow_versions.c.created_at).where(flow_versions.c.id == version_id)
                ).first()
                if doc is None:
                    continue
                try:
                    cached = parse_version(flow_id, name, version_id, doc.created_at, doc.document)
                except FlowFileError as exc:  # written by no Caudal: no trigger of it can fire
                    log.error("active flow %s cannot be read: %s", flow_id, exc)  # once: cached empty
                    cached = ActiveVersion(flow_id, name, int(version_id), float(doc.created_at), "local", "UTC")
                self._cache[version_id] = cached
            result.append(cached)
        return result


# -- matching -------------------------------------------------------------------
def _same(a: Any, b: Any) -> bool:
    return str(a or "").strip().casefold() == str(b or "").strip().casefold()


def _field_key(path: str) -> str:
    key = str(path).strip()
    if key.startswith("contact."):
        key = key[len("contact."):]
    return _FIELD_ALIASES.get(key, key)


def trigger_matches(node: TriggerNode, event: Mapping[str, Any], deal: dict[str, Any] | None = None) -> bool:
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
        to_ok = _same(new, cfg.get("to_stage")) if cfg.get("to_stage") else bool(cfg.get("from_stage"))
        return pipeline_ok and from_ok and to_ok
    return False


def has_rules(condition: Any) -> TypeGuard[dict[str, Any]]:
    return isinstance(condition, dict) and bool(condition.get("rules"))


def _event_contact(conn: Connection, event: Mapping[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    """(contact id, deal dict or None) the event concerns."""
    if event["entity"] == "contact":
        return event["entity_id"], None
    if event["entity"] == "deal":
        deal = None
        if event["crm"] == "local":
            deal = deals.get_deal(conn, event["entity_id"])
        if deal is None:  # deleted since, or a remote CRM: what the event itself says
            changes = event.get("changes") or {}
            deal = {k: (v or [None, None])[-1] for k, v in changes.items()}
            if event["crm"] != "local" and deal.get("contact_id") in (None, ""):  # the poll's last look at it
                seen = conn.scalar(select(cursors.c.seen).where(
                    cursors.c.name == f"snapshot:{event['crm']}:deal:{event['entity_id']}"))
                if isinstance(seen, dict):
                    deal = {**seen, **{k: v for k, v in deal.items() if v is not None}}
        cid = deal.get("contact_id")
        return (str(cid) if cid not in (None, "") else None), deal
    return None, None


OnChange = Callable[[Connection, list[ActiveVersion], Mapping[str, Any], str], None]


def process_events(
    conn: Connection,
    engine: Any,
    index: TriggerIndex,
    filter_fn: FilterFn,
    limit: int = 500,
    on_contact_change: OnChange | None = None,
    held: set[str] | frozenset[str] = frozenset(),
    gone: set[str] | frozenset[str] = frozenset(),
) -> int:
    """Handle up to `limit` change events after the cursor, in the caller's transaction.

    Returns the number of events consumed (0 = nothing new). The caller commits: the
    cursor moves together with the enrollments those events caused.

    A remote connection whose events cannot be handled now (`held`: paused, or its reads
    failed; or an event that raises) keeps them waiting on its own: a row "events:held:<crm>"
    remembers its first unhandled event, its later events are skipped, and once it is no
    longer held they are replayed in order before anything newer of it. The cursor and every
    other CRM go on. Events of connections removed since (`gone`) are dropped.
    """
    start = read_cursor(conn, lock=True)
    holds = read_holds(conn)
    held = set(held)
    versions: list[ActiveVersion] | None = None
    done = 0
    for crm, first in sorted(holds.items()):
        if crm in held:
            continue
        if crm in gone:
            drop_hold(conn, crm)
            continue
        versions = versions if versions is not None else index.load(conn)
        replay = held_events(conn, crm, first, start, limit)
        stopped = _handle_all(conn, engine, versions, replay, filter_fn, on_contact_change, holds, held,
                              replay=True)
        done += sum(1 for r in replay if stopped is None or r.id < stopped)
        if stopped is None:
            if len(replay) < limit:
                drop_hold(conn, crm)
                holds.pop(crm)
            else:
                put_hold(conn, crm, replay[-1].id + 1)
    rows = list(next_events(conn, start, limit))
    if not rows:
        return done
    versions = versions if versions is not None else index.load(conn)
    _handle_all(conn, engine, versions, rows, filter_fn, on_contact_change, holds, held, gone)
    write_cursor(conn, rows[-1].id)
    return done + len(rows)


def _handle_all(conn: Connection, engine: Any, versions: list[ActiveVersion], rows: list[ChangeEvent],
                filter_fn: FilterFn, on_change: OnChange | None, holds: dict[str, int], held: set[str],
                gone: set[str] | frozenset[str] = frozenset(), replay: bool = False) -> int | None:
    """Handle `rows` in order, holding remote ones as the docstring of process_events says;
    a replay stops at its first failure and returns that event's id (else None). Local events'
    enrollments are made in bulk (`Engine.enroll_each`), before any remote event and at the end."""
    pending: list[_Pending] | None = [] if hasattr(engine, "enroll_each") else None
    wakes: list[str] | None = [] if pending is not None and hasattr(engine, "wake_contacts") else None
    for row in rows:
        crm = row.crm
        if crm in gone:
            continue
        if crm != "local" and not replay and (crm in held or crm in holds):
            if crm not in holds:
                holds[crm] = row.id
                put_hold(conn, crm, row.id)
            continue
        if row.entity not in _CONCERNS_A_CONTACT:  # a task's or company's event enrolls and wakes nobody
            continue
        event = row
        if crm == "local":
            _handle(conn, engine, versions, event, filter_fn, on_change, pending, wakes)
            continue
        _enroll_pending(conn, engine, pending, wakes)
        try:
            with conn.begin_nested():  # a remote event that fails leaves nothing half-done
                _handle(conn, engine, versions, event, filter_fn, on_change)
        except Exception as exc:  # noqa: BLE001 - its connection waits; the rest go on
            log.warning("change event %s of «%s» waits: %s", row.id, crm, exc)
            held.add(crm)
            holds[crm] = row.id
            put_hold(conn, crm, row.id)
            if replay:
                return row.id
    _enroll_pending(conn, engine, pending, wakes)
    return None


# The entities whose events `_handle` finds a contact for (`_event_contact`); others it ignores.
_CONCERNS_A_CONTACT = ("contact", "deal")

# A local event's enrollment made later in bulk: (version, trigger node, event, contact id).
_Pending = tuple["ActiveVersion", TriggerNode, Mapping[str, Any], str]


def _enroll_pending(conn: Connection, engine: Any, pending: list[_Pending] | None,
                    wakes: list[str] | None = None) -> None:
    """Make the enrollments `pending` asks for; a refused one is recorded as not started, as at once.
    Then wake the local contacts `wakes` names (their events' waiting decisions), in one go."""
    if wakes:
        engine.wake_contacts(conn, "local", wakes)
        wakes.clear()
    if not pending:
        return
    done = engine.enroll_each(conn, [(v.version_id, cid, node.id, f"event:{event['id']}")
                                     for v, node, event, cid in pending])
    for (version, node, event, contact_id), eid in zip(pending, done, strict=True):
        if eid is None:
            not_started.record(conn, version.flow_id, version.version_id, node.id, event["crm"], contact_id,
                               "reenrollment", {"policy": version.reenrollment}, f"event:{event['id']}",
                               float(event["occurred_at"]), _event_email(conn, event, contact_id))
    pending.clear()


def _handle(conn: Connection, engine: Any, versions: list[ActiveVersion], event: ChangeEvent,
            filter_fn: FilterFn, on_change: OnChange | None, pending: list[_Pending] | None = None,
            wakes: list[str] | None = None) -> None:
    """Enroll the event's contact where a trigger matches (or, with `pending`, note it for
    `_enroll_pending`), then replan its timers and wake its waiting decisions (or, with `wakes`,
    note the contact for `_enroll_pending` to wake)."""
    heard, crm, occurred_at = (event.entity, event.kind), event.crm, event.occurred_at
    contact_id, deal = (event.entity_id, None) if event.entity == "contact" else _event_contact(conn, event)
    if contact_id is None or heard == ("contact", "deleted"):
        return
    for version in versions:
        if version.crm != crm or occurred_at < version.activated_at or heard not in version.heard:
            continue
        refusal: tuple[TriggerNode, str, Any] | None = None
        for node in version.of_type(*EVENT_TYPES):
            if not trigger_matches(node, event, deal):
                continue
            condition = node.config.get("filter")
            verdict = filter_fn(conn, crm, contact_id, condition) if has_rules(condition) else True
            if not verdict:
                refusal = refusal or (node, "filter", getattr(verdict, "why", None))
                continue
            refusal = None
            if pending is not None:
                pending.append((version, node, event, contact_id))
            elif engine.enroll(conn, version.version_id, contact_id, trigger_node=node.id,
                               origin=f"event:{event.id}") is None:
                refusal = (node, "reenrollment", {"policy": version.reenrollment})
            break  # the flow's triggers are OR'ed: one enrollment per event
        if refusal is not None:
            node, kind, reason = refusal
            not_started.record(conn, version.flow_id, version.version_id, node.id, crm, contact_id,
                               kind, reason, f"event:{event.id}", float(occurred_at),
                               _event_email(conn, event, contact_id))
    if on_change is not None:
        on_change(conn, versions, event, contact_id)
    if wakes is not None:
        wakes.append(contact_id)
        return
    wake = getattr(engine, "wake_contact", None)
    if wake is not None:
        wake(conn, crm, contact_id)


def _event_email(conn: Connection, event: Mapping[str, Any], contact_id: str) -> str:
    """The contact's email (for the not-started list): from the event, else the local CRM, else ""."""
    email = (event.get("changes") or {}).get("email") if event["entity"] == "contact" else None
    if isinstance(email, list) and email and email[-1]:
        return str(email[-1])
    if event["crm"] == "local" and str(contact_id).isdigit():
        return conn.scalar(select(crm_contacts.c.email).where(crm_contacts.c.id == int(contact_id))) or ""
    return ""


class Verdict:
    """A filter's answer: truthy when it holds; `why` holds the rules with the values seen."""

    __slots__ = ("holds", "why")

    def __init__(self, holds: bool, why: Any = None) -> None:
        self.holds = bool(holds)
        self.why = why

    def __bool__(self) -> bool:
        return self.holds


def contact_filter(ops: Any, contact_id: str, condition: dict[str, Any] | None, now_: float) -> Verdict:
    """Whether a trigger's filter holds for a contact (the engine's condition rules).

    `ops` is a CrmOps bound to the current transaction; a contact that no longer
    exists never passes. The answer is a `Verdict`: use it as a bool; its `why` says
    which rules failed, with the values seen.
    """
    if not has_rules(condition):
        return Verdict(True)
    contact = ops.get_contact(contact_id)
    if contact is None:
        return Verdict(False, {"note": "the contact no longer exists"})
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

    holds, why = evaluate(condition, lookup, now_)
    return Verdict(holds, why)
