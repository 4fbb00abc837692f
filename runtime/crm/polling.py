"""Change detection for remote CRMs without a public URL: scheduled polls with a durable cursor.

Each poll reads the records modified in [cursor - overlap, now), oldest first, and turns
them into `change_events` rows (crm = the connection's name, origin "poll"), in ONE
transaction with the cursor advance, so a crash or restart neither misses nor repeats a
change. De-duplication:
  * `cursors` row "poll:<conn>:<entity>": value = newest modification time read (epoch s),
    `seen` = "id@modified" keys inside the overlap (records re-read by the overlap);
  * `cursors` rows "snapshot:<conn>:<entity>:<id>": the last-seen fields of each record
    (value = its modification time), which also gives the old values of "updated" events.
A record first seen after the connection was added is "created" when its creation time is
after the connection's, else "updated" with no field list (its old values are unknown).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection as DbConnection

from runtime.crm.local.events import record_event
from runtime.store import cursors as store_cursors
from runtime.store.db import Database
from runtime.store.schema_runtime import cursors

log = logging.getLogger("caudal.crm.polling")
OVERLAP = 300.0  # seconds re-read each poll: search indexes lag behind writes
# A polled deal's fields (what snapshots and events keep; `contact_id` tells whom a deal trigger enrolls).
DEAL_FIELDS = ("title", "pipeline", "stage", "amount", "owner_id", "close_date", "contact_id")


@dataclass(frozen=True)
class Record:
    """A changed record, its fields flattened to Caudal names (tags a sorted list)."""

    id: str
    modified: float
    created: float | None
    fields: dict[str, Any]


class Source(Protocol):
    """What a connector offers the poller."""

    entities: tuple[str, ...]  # "contact", "deal"

    def changed(self, entity: str, start: float, end: float) -> Iterable[Record]: ...


@dataclass
class PollResult:
    events: int = 0
    records: int = 0
    skipped: int = 0  # re-read by the overlap, already processed


def _get(conn: DbConnection, name: str) -> Any:
    return conn.execute(select(cursors).where(cursors.c.name == name)).first()


@dataclass(frozen=True)
class _Snap:
    value: str
    seen: Any


def _snapshots(conn: DbConnection, keys: list[str]) -> dict[str, Any]:
    """The snapshot rows of `keys`, read in chunks (one query per 500 records)."""
    found: dict[str, Any] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        for row in conn.execute(select(cursors).where(cursors.c.name.in_(chunk))):
            found[row.name] = row
    return found


def _put(conn: DbConnection, name: str, value: str, seen: Any, exists: bool, stamp: float) -> None:
    row = {"value": value, "seen": seen, "updated_at": stamp}
    if exists:
        conn.execute(update(cursors).where(cursors.c.name == name).values(**row))
    else:
        conn.execute(insert(cursors).values(name=name, **row))


def flat_contact(contact: dict[str, Any]) -> dict[str, Any]:
    """A contact record as the flat field map snapshots and events use (custom keys inline)."""
    skip = {"id", "created_at", "updated_at", "custom"}
    fields = {k: v for k, v in contact.items() if k not in skip}
    fields["tags"] = sorted(contact.get("tags") or [])
    fields.update(contact.get("custom") or {})
    return fields


def diff_events(entity: str, old: dict[str, Any] | None, new: dict[str, Any], created: bool) -> list[tuple[str, dict]]:
    """The (kind, changes) events that turn `old` into `new` (local CRM shapes)."""
    if old is None:
        if created:
            return [("created", {k: [None, v] for k, v in new.items() if v not in (None, "", [], {})})]
        return [("updated", {})]
    events: list[tuple[str, dict]] = []
    changes = {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v and k != "tags"}
    changes.update({k: [v, None] for k, v in old.items() if k not in new and v not in (None, "")})
    if entity == "deal" and "stage" in changes:
        stage = {k: changes.pop(k) for k in ("stage", "pipeline") if k in changes}
        events.append(("stage_changed", stage))
    if changes:
        events.append(("updated", changes))
    before, after = set(old.get("tags") or []), set(new.get("tags") or [])
    events += [("tag_added", {"tag": [None, t]}) for t in sorted(after - before)]
    events += [("tag_removed", {"tag": [t, None]}) for t in sorted(before - after)]
    return events


def poll(
    db: Database,
    connection_name: str,
    since: float,
    source: Source,
    *,
    clock: Callable[[], float] = time.time,
    overlap: float = OVERLAP,
) -> PollResult:
    """One poll of every entity of `source`; `since` is where a fresh connection starts."""
    result = PollResult()
    for entity in source.entities:
        _poll_entity(db, connection_name, since, source, entity, clock(), overlap, result)
    return result


def _poll_entity(db: Database, name: str, since: float, source: Source, entity: str, end: float,
                 overlap: float, result: PollResult) -> None:
    key = f"poll:{name}:{entity}"
    with db.begin() as conn:
        row = _get(conn, key)
        cursor = float(row.value) if row else since
        seen = set(row.seen or []) if row else set()
    # Read outside the write transaction (HTTP is slow); write everything in one go after.
    records = list(source.changed(entity, max(0.0, cursor - overlap), end))
    with db.begin(immediate=True) as conn:
        # Re-read, locked (created first if new, without a race): another runtime polling this
        # connection waits here, then sees the cursor moved and skips its round.
        row = store_cursors.lock(conn, key, repr(cursor))
        if float(row.value) != cursor:
            log.info("poll %s raced with another poller; skipping this round", key)
            return
        newest = cursor
        snaps = _snapshots(conn, [f"snapshot:{name}:{entity}:{rec.id}" for rec in records])
        for rec in records:
            result.records += 1
            mark = f"{rec.id}@{rec.modified}"
            snap_key = f"snapshot:{name}:{entity}:{rec.id}"
            snap = snaps.get(snap_key)
            if mark in seen or (snap and float(snap.value) >= rec.modified):
                result.skipped += 1
                seen.add(mark)
                continue
            created = snap is None and rec.created is not None and rec.created >= since
            for kind, changes in diff_events(entity, snap.seen if snap else None, rec.fields, created):
                record_event(conn, entity, rec.id, kind, changes, "poll", crm=name)
                result.events += 1
            _put(conn, snap_key, repr(rec.modified), rec.fields, snap is not None, end)
            snaps[snap_key] = _Snap(repr(rec.modified), rec.fields)
            seen.add(mark)
            newest = max(newest, rec.modified)
        keep = sorted(m for m in seen if float(m.rsplit("@", 1)[1]) >= newest - overlap)
        _put(conn, key, repr(newest), keep, True, end)


def forget(db: Database, connection_name: str) -> None:
    """Drop a connection's cursors and snapshots."""
    with db.begin() as conn:
        for prefix in ("poll:", "snapshot:"):
            conn.execute(delete(cursors).where(cursors.c.name.like(f"{prefix}{connection_name}:%")))


def last_polled(db: Database, connection_name: str) -> float | None:
    """When the connection was last polled (any entity), None if never."""
    with db.begin() as conn:
        stamps = conn.execute(
            select(cursors.c.updated_at).where(cursors.c.name.like(f"poll:{connection_name}:%"))
        ).scalars().all()
    return min(stamps) if stamps else None
