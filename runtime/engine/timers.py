"""Trigger timers: schedule ticks and date-field fire times, durable in the `timers` table.

The table is the truth; APScheduler only wakes the service (runtime.scheduling).
One row per (version, node, subject, due time), unique, so a tick or a date cannot
be planned twice. `fire_due` claims each due row (`fired_at` set only if still
NULL) in the same transaction as the enrollments it makes, so a row fires exactly
once even when the app was closed at its time (it fires late, at the next start)
or two processes race.

- Schedule (`trigger.schedule`): one row for the next cron tick (subject "").
  When it fires, every contact meeting the filter is offered to the engine and the
  following tick is planned after *now*: ticks missed while closed coalesce into one.
- Date field (`trigger.date_field`): one row per contact (or deal) whose field holds
  a date, at date + offset_days, at `at_time` in the flow's time zone. Fields that
  name a birthday or anniversary (see `ANNUAL_WORDS`) recur every year; other dates
  fire once. Dates whose moment has passed when planned are not fired. With `working_time`
  the moment moves to the next working one (runtime.business_time) and the row's `detail`
  keeps why ({"moved": ...}); the journey's trigger step tells it.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from runtime.business_time import CalendarProblem, calendar_on, moved
from runtime.catalog.cron import to_trigger
from runtime.dates import read_date
from runtime.engine.event_rows import read_cursor
from runtime.engine.triggers import (
    ActiveVersion,
    FilterFn,
    TriggerIndex,
    TriggerNode,
    has_rules,
)
from runtime.kernel import sql
from runtime.store.schema_crm import crm_contacts, crm_deals
from runtime.store.schema_runtime import timers

log = logging.getLogger(__name__)

SCHEDULE = "trigger.schedule"
DATE_FIELD = "trigger.date_field"
ANNUAL_WORDS = ("birthday", "birthdate", "birth_date", "cumpleanos", "nacimiento", "anniversary", "aniversario")


# -- pure time arithmetic ---------------------------------------------------------
def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception:  # unknown zone: validation reports it; fire in UTC rather than never
        return ZoneInfo("UTC")


def next_tick(cron: str, timezone: str | None, after: float) -> float | None:
    """The first cron tick strictly after `after` (epoch seconds), or None."""
    zone = _zone(timezone)
    trigger = to_trigger(cron, zone)
    start = datetime.fromtimestamp(after, zone)
    fire = trigger.get_next_fire_time(None, start)
    if fire is not None and fire.timestamp() <= after:
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return None if fire is None else fire.timestamp()


def is_annual(field_path: str) -> bool:
    """Birthdays and anniversaries recur every year."""
    plain = unicodedata.normalize("NFKD", field_path.casefold()).encode("ascii", "ignore").decode()
    return any(word in plain for word in ANNUAL_WORDS)


def parse_date(value: Any) -> date | None:
    """An ISO or day/month/year date (or date-time) -> date; anything else -> None."""
    return read_date(value)


def _at(day: date, at_time: str, zone: ZoneInfo) -> float:
    hh, _, mm = (at_time or "09:00").partition(":")
    clock = time(int(hh or 0), int(mm or 0))
    return datetime.combine(day, clock, zone).timestamp()


def date_fire_at(value: Any, offset_days: int, at_time: str, timezone: str | None, now: float,
                 annual: bool = False) -> float | None:
    """When a date-field trigger fires for `value`, or None (no date, or already past)."""
    day = parse_date(value)
    if day is None:
        return None
    zone = _zone(timezone)
    offset = timedelta(days=int(offset_days or 0))
    if not annual:
        moment = _at(day + offset, at_time, zone)
        return moment if moment >= now else None
    year = datetime.fromtimestamp(now, zone).year - 1
    for y in range(year, year + 3):
        try:
            anniversary = day.replace(year=y)
        except ValueError:  # 29 February in a common year: the 28th
            anniversary = day.replace(year=y, day=28)
        moment = _at(anniversary + offset, at_time, zone)
        if moment >= now:
            return moment
    return None


# -- the timers table ---------------------------------------------------------------
def _insert_once(conn: Connection, version_id: int, node_id: str, subject: str, due_at: float,
                 detail: dict[str, Any] | None = None) -> bool:
    """Insert a timer unless the same one exists (the unique constraint decides)."""
    exists = conn.scalar(
        select(timers.c.id).where(
            timers.c.flow_version_id == version_id,
            timers.c.node_id == node_id,
            timers.c.subject == subject,
            timers.c.due_at == due_at,
        )
    )
    if exists is not None:
        return False
    try:
        with conn.begin_nested():
            conn.execute(insert(timers).values(flow_version_id=version_id, node_id=node_id, subject=subject,
                                               due_at=due_at, detail=detail))
    except IntegrityError:  # another process planned it a moment ago
        return False
    return True


def _field_of(path: str) -> tuple[str, str]:
    """"contact.birthday" -> ("contact", "birthday"); a bare key means a contact field."""
    entity, _, key = path.strip().partition(".")
    if not key:
        return "contact", entity
    return entity, key


def _date_values(conn: Connection, crm: str, path: str, record_id: int | None = None) -> list[tuple[str, Any]]:
    """(subject, value) of every local record (or only `record_id`) whose `path` field is set."""
    if crm != "local":
        return []  # remote CRMs: planned from their change events as they arrive
    entity, key = _field_of(path)
    table = crm_deals if entity == "deal" else crm_contacts
    one = [] if record_id is None else [table.c.id == record_id]
    if key in table.c and key not in ("custom", "search_text"):
        rows = conn.execute(select(table.c.id, table.c[key]).where(table.c[key].is_not(None), *one))
        return [(f"{entity}:{i}", v) for i, v in rows]
    rows = conn.execute(select(table.c.id, table.c.custom).where(*one))
    return [(f"{entity}:{i}", c.get(key)) for i, c in rows if c and c.get(key) not in (None, "")]


def _date_fire(conn: Connection, node: TriggerNode, version: ActiveVersion, value: Any,
               now: float, calendars: dict[str, Any] | None = None) -> tuple[float | None, dict[str, Any] | None]:
    """(when the date trigger fires for `value`, the timer's detail: why it was moved, or None).

    `calendars` caches the office calendar across the rows of one plan.
    """
    cfg = node.config
    path = str(cfg.get("field") or "")
    due = date_fire_at(value, cfg.get("offset_days") or 0, cfg.get("at_time") or "09:00",
                       version.timezone, now, annual=is_annual(path))
    if due is None or not cfg.get("working_time"):
        return due, None

    cache = calendars if calendars is not None else {}
    try:
        if version.timezone not in cache:
            cache[version.timezone] = calendar_on(conn, version.timezone)
        after, why = cache[version.timezone].next_working(due)
    except CalendarProblem as exc:  # the office's settings are wrong: fire on the date, and say so
        log.warning("date trigger of flow %s: %s", version.flow_name, exc)
        return due, {"calendar_problem": str(exc)}
    note = moved(due, after, why)
    return after, ({"moved": note} if note else None)


def plan_version(conn: Connection, version: ActiveVersion, now: float) -> int:
    """Plan the timers of a freshly activated version; returns how many rows were added."""
    added = 0
    for node in version.of_type(SCHEDULE):
        due = next_tick(str(node.config.get("cron") or ""), node.config.get("timezone") or version.timezone, now)
        if due is not None:
            added += _insert_once(conn, version.version_id, node.id, "", due)
    calendars: dict[str, Any] = {}
    for node in version.of_type(DATE_FIELD):
        rows = []
        for subject, value in _date_values(conn, version.crm, str(node.config.get("field") or "")):
            due, detail = _date_fire(conn, node, version, value, now, calendars)
            if due is not None:
                rows.append({"flow_version_id": version.version_id, "node_id": node.id, "subject": subject,
                             "due_at": due, "detail": detail})
        if rows:  # a brand-new version has no timers yet: plain bulk insert
            conn.execute(insert(timers), rows)
            added += len(rows)
    return added


def drop_unfired(conn: Connection, version_ids: list[int]) -> int:
    """Forget the pending timers of versions that are no longer active."""
    if not version_ids:
        return 0
    return conn.execute(
        delete(timers).where(timers.c.flow_version_id.in_(version_ids), timers.c.fired_at.is_(None))
    ).rowcount


def replan_subject(conn: Connection, versions: list[ActiveVersion], event: Mapping[str, Any], contact_id: str) -> None:
    """After a change event: re-plan date-field timers whose field just changed."""
    if not any(version.of_type(DATE_FIELD) for version in versions):  # most offices: nothing to read
        return
    changes = event.get("changes") or {}
    entity = event["entity"]
    subject = f"{entity}:{event['entity_id']}"
    now_ = float(event["occurred_at"])
    for version in versions:
        if version.crm != event["crm"]:
            continue
        for node in version.of_type(DATE_FIELD):
            f_entity, key = _field_of(str(node.config.get("field") or ""))
            if f_entity != entity or (key not in changes and event["kind"] != "deleted"):
                continue
            conn.execute(delete(timers).where(
                timers.c.flow_version_id == version.version_id, timers.c.node_id == node.id,
                timers.c.subject == subject, timers.c.fired_at.is_(None)))
            value = None if event["kind"] == "deleted" else (changes.get(key) or [None, None])[-1]
            due, detail = _date_fire(conn, node, version, value, now_)
            if due is not None:
                _insert_once(conn, version.version_id, node.id, subject, due, detail)


def next_due(conn: Connection) -> float | None:
    """The earliest unfired timer of an active version, or None."""
    return sql.fetch(conn, _NEXT_DUE, (True,))[0][0]  # every pass: plain SQL


_NEXT_DUE = ("SELECT MIN(t.due_at) FROM timers t JOIN flows f ON f.active_version_id = t.flow_version_id"
             " WHERE t.fired_at IS NULL AND f.is_active = ?")


def _subject_contact(conn: Connection, subject: str) -> str | None:
    entity, _, ident = subject.partition(":")
    if entity == "contact":
        return ident
    if entity == "deal":
        cid = conn.scalar(select(crm_deals.c.contact_id).where(crm_deals.c.id == int(ident)))
        return None if cid is None else str(cid)
    return None


def fire_due(conn: Connection, engine: Any, index: TriggerIndex, filter_fn: FilterFn, now: float,
             contact_ids: Any, limit: int = 100) -> int:
    """Fire up to `limit` due timers in the caller's transaction; returns how many fired.

    Args:
        contact_ids: callable(conn, crm_name) -> list of contact ids (schedule ticks).

    Holds the change-event cursor's lock first, like `process_events`: the two ways of
    enrolling run one at a time office-wide, so the re-enrollment policy each checks before
    enrolling cannot be passed twice by two runtimes at once (PostgreSQL).
    """
    read_cursor(conn, lock=True)
    versions = {v.version_id: v for v in index.load(conn)}
    due_rows = conn.execute(
        select(timers).where(timers.c.fired_at.is_(None), timers.c.due_at <= now,
                             timers.c.flow_version_id.in_(list(versions) or [-1]))
        .order_by(timers.c.due_at).limit(limit)
    ).mappings().all()
    fired = 0
    for row in due_rows:
        claimed = conn.execute(
            update(timers).where(timers.c.id == row["id"], timers.c.fired_at.is_(None)).values(fired_at=now)
        ).rowcount
        if not claimed:
            continue
        fired += 1
        version = versions[row["flow_version_id"]]
        node = next((t for t in version.triggers if t.id == row["node_id"]), None)
        if node is None:
            continue
        origin = f"timer:{row['id']}"
        if node.type == SCHEDULE:
            condition = node.config.get("filter")
            chosen = [cid for cid in contact_ids(conn, version.crm)
                      if not has_rules(condition) or filter_fn(conn, version.crm, cid, condition)]
            if hasattr(engine, "enroll_many"):  # one bulk enrollment per tick
                engine.enroll_many(conn, version.version_id, chosen, trigger_node=node.id, origin=origin)
            else:
                for cid in chosen:
                    engine.enroll(conn, version.version_id, cid, trigger_node=node.id, origin=origin)
            due = next_tick(str(node.config.get("cron") or ""), node.config.get("timezone") or version.timezone,
                            max(now, row["due_at"]))
            if due is not None:
                _insert_once(conn, version.version_id, node.id, "", due)
        elif node.type == DATE_FIELD:
            cid = _subject_contact(conn, row["subject"])
            if cid is not None:
                engine.enroll(conn, version.version_id, cid, trigger_node=node.id, origin=origin)
            if is_annual(str(node.config.get("field") or "")):
                _replan_annual(conn, version, node, row["subject"], row["due_at"])
    return fired


def _replan_annual(conn: Connection, version: ActiveVersion, node: TriggerNode, subject: str, fired_due: float) -> None:
    """Plan next year's occurrence of a birthday/anniversary timer that just fired."""
    entity, _, ident = subject.partition(":")
    if entity not in ("contact", "deal") or not ident.isdigit():
        return
    values = dict(_date_values(conn, version.crm, str(node.config.get("field") or ""), int(ident)))
    due, detail = _date_fire(conn, node, version, values.get(subject), fired_due + 1)
    if due is not None:
        _insert_once(conn, version.version_id, node.id, subject, due, detail)
