"""CSV import of contacts into the local CRM: all-or-nothing (or skipping bad rows), batched.

An existing email is updated, not duplicated; an empty cell never clears a value; tags
are added, never removed. Every created or updated contact gets its change events (origin
"import" by default) in the same transaction. Rows are written in batches (one multi-row
INSERT ... RETURNING for new contacts, executemany for updates, events and tags), so
100,000 rows take seconds, not minutes (tests/bench/test_crm_bench.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local import fields, users
from runtime.crm.local.csv_read import Parsed, parse
from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.events import mark_changed
from runtime.crm.local.tags import tag_id
from runtime.crm.local.text import search_text
from runtime.i18n import N_
from runtime.store.db import Database
from runtime.store.schema_crm import (
    change_events,
    crm_companies,
    crm_contact_tags,
    crm_contacts,
    crm_users,
)
from runtime.store.types import now

TEXT = ("first_name", "last_name", "phone", "lifecycle_stage", "source")
BATCH = 1000


@dataclass
class ImportReport:
    """What an import did. `applied` is False when bad rows refused the whole file.

    `warnings` are rows imported as written that the user should look at (dates Caudal
    cannot read, lines read as Windows-1252 in a UTF-8 file).
    """

    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    applied: bool = False
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "skipped": self.skipped, "applied": self.applied,
                "errors": [{"line": line, "reason": reason} for line, reason in self.errors],
                "warnings": [{"line": line, "reason": reason} for line, reason in self.warnings]}


def import_contacts_csv(
    db: Database,
    path: str | Path,
    *,
    mapping: dict[str, str] | None = None,
    skip_bad_rows: bool = False,
    origin: str = "import",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a CSV file of contacts.

    Args:
        db: the database.
        path: the CSV file.
        mapping: header -> field ("email", "first_name", ..., "tags", a custom key, or "-" to
            drop the column); overrides the built-in aliases.
        skip_bad_rows: write the good rows and report the bad ones; otherwise any bad row
            refuses the whole file (nothing written).
        origin: origin of the change events.
        progress: called with (rows done, total rows) after each batch.

    Raises:
        InvalidInput: the file as a whole is unusable (empty, no email column, unreadable,
            broken quoting or encoding).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(N_('cannot read {path}: {reason}').format(path=path, reason=exc.strerror or exc)) from None
    parsed = parse(data, mapping)
    with db.begin(immediate=True) as conn:
        return import_parsed(conn, parsed, skip_bad_rows=skip_bad_rows, origin=origin, progress=progress)


def import_parsed(conn: Connection, parsed: Parsed, *, skip_bad_rows: bool, origin: str,
                  progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Write parsed rows on `conn` (the caller commits); nothing is written if refused."""
    report = ImportReport(total=parsed.total, errors=list(parsed.errors), warnings=list(parsed.warnings))
    owners = {r.email: r.id for r in conn.execute(select(crm_users.c.id, crm_users.c.email))}
    owners.update({str(v): v for v in owners.values()})
    good = []
    for line, values, tags in parsed.rows:
        owner = values.pop("owner_id", None)
        if owner is not None:
            if owner.lower() not in owners:
                report.errors.append((line, f"no user {owner!r} for the owner column"))
                continue
            values["owner_id"] = owners[owner.lower()]
        good.append((line, values, tags))
    report.errors.sort()
    report.skipped = len(report.errors)
    if report.errors and not skip_bad_rows:
        report.skipped = report.total
        return report
    writer = _Writer(conn, origin)
    done = report.skipped
    for start in range(0, len(good), BATCH):
        chunk = good[start:start + BATCH]
        created, updated, unchanged = writer.write(chunk)
        report.created += created
        report.updated += updated
        report.unchanged += unchanged
        done += len(chunk)
        if progress:
            progress(done, report.total)
    if report.created or report.updated:
        mark_changed(conn)
    report.applied = True
    return report


class _Writer:
    """Batched writes of one import; caches companies and tags across batches."""

    def __init__(self, conn: Connection, origin: str) -> None:
        self.conn = conn
        self.origin = origin
        self.companies = {r.name: r.id for r in conn.execute(select(crm_companies.c.id, crm_companies.c.name))}
        self.company_names = {v: k for k, v in self.companies.items()}
        self.tag_ids: dict[str, int] = {}
        self.events: list[dict[str, Any]] = []

    def _company(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.companies:
            self.companies[name] = users.company_id(self.conn, name, self.origin)
            self.company_names[self.companies[name]] = name
        return self.companies[name]

    def _tag(self, name: str) -> int:
        if name not in self.tag_ids:
            tid = tag_id(self.conn, name)
            assert tid is not None  # create=True always gives an id
            self.tag_ids[name] = tid
        return self.tag_ids[name]

    def _event(self, entity_id: int, kind: str, changes: dict[str, list[Any]], ts: float) -> None:
        self.events.append({"crm": "local", "entity": "contact", "entity_id": str(entity_id), "kind": kind,
                            "changes": changes, "origin": self.origin, "occurred_at": ts})

    def write(self, chunk: list[tuple[int, dict[str, Any], list[str]]]) -> tuple[int, int, int]:
        conn, ts = self.conn, now()
        emails = [values["email"] for _, values, _ in chunk]
        existing = {r.email: r for r in conn.execute(select(crm_contacts).where(crm_contacts.c.email.in_(emails)))}
        have_tags: set[tuple[int, int]] = set()
        if existing:
            ids = [r.id for r in existing.values()]
            have_tags = {(r.contact_id, r.tag_id) for r in conn.execute(
                select(crm_contact_tags).where(crm_contact_tags.c.contact_id.in_(ids)))}
        new_rows, new_meta, updates, tag_rows = [], [], [], []
        custom_seen: dict[str, Any] = {}
        updated = unchanged = 0
        for _, values, tags in chunk:
            custom = {k: v for k, v in values.items() if k not in (*TEXT, "email", "company", "owner_id")}
            custom_seen.update(custom)
            row = existing.get(values["email"])
            if row is None:
                new_rows.append(self._new_row(values, custom, ts))
                new_meta.append((values, tags))
                continue
            changes, sets = self._diff(row, values, custom)
            tag_ids = [self._tag(t) for t in tags]
            fresh = [(t, tid) for t, tid in zip(tags, tag_ids, strict=True) if (row.id, tid) not in have_tags]
            for name, tid in fresh:
                have_tags.add((row.id, tid))
                tag_rows.append({"contact_id": row.id, "tag_id": tid, "created_at": ts})
                self._event(row.id, "tag_added", {"tag": [None, name]}, ts)
            if changes:
                updates.append({"_id": row.id, **sets, "updated_at": ts})
                self._event(row.id, "updated", changes, ts)
            if changes or fresh:
                updated += 1
            else:
                unchanged += 1
        if new_rows:
            stmt = insert(crm_contacts).returning(crm_contacts.c.id, sort_by_parameter_order=True)
            new_ids = list(conn.execute(stmt, new_rows).scalars())
            for cid, (values, tags) in zip(new_ids, new_meta, strict=True):
                created = {k: [None, v] for k, v in values.items() if k != "owner_id"}
                if values.get("owner_id") is not None:
                    created["owner_id"] = [None, str(values["owner_id"])]
                self._event(cid, "created", created, ts)
                for name in dict.fromkeys(tags):
                    tag_rows.append({"contact_id": cid, "tag_id": self._tag(name), "created_at": ts})
                    self._event(cid, "tag_added", {"tag": [None, name]}, ts)
        if updates:
            # SET comes from the parameter keys; every row carries the same keys.
            conn.execute(update(crm_contacts).where(crm_contacts.c.id == bindparam("_id")), updates)
        if tag_rows:
            conn.execute(insert(crm_contact_tags), tag_rows)
        if self.events:
            conn.execute(insert(change_events), self.events)
            self.events = []
        fields.note_custom_keys(conn, "contact", custom_seen)
        return len(new_rows), updated, unchanged

    def _new_row(self, values: dict[str, Any], custom: dict[str, Any], ts: float) -> dict[str, Any]:
        text = {k: values.get(k, "") for k in TEXT}
        company = values.get("company")
        return {"email": values["email"], **text, "company_id": self._company(company),
                "owner_id": values.get("owner_id"), "custom": custom, "created_at": ts, "updated_at": ts,
                "search_text": search_text(text["first_name"], text["last_name"], values["email"], company)}

    def _diff(self, row: Any, values: dict[str, Any], custom: dict[str, Any]) -> tuple[dict, dict]:
        """Changes {field: [old, new]} and the full column set to write (same keys for every row)."""
        changes: dict[str, list[Any]] = {}
        text = {k: getattr(row, k) for k in TEXT}
        for k in TEXT:
            if k in values and values[k] != text[k]:
                changes[k] = [text[k], values[k]]
                text[k] = values[k]
        company_id, old_company = row.company_id, self.company_names.get(row.company_id)
        company = old_company
        if values.get("company") and values["company"] != old_company:
            company = values["company"]
            changes["company"] = [old_company, company]
            company_id = self._company(company)
        owner_id = row.owner_id
        if values.get("owner_id") is not None and values["owner_id"] != row.owner_id:
            changes["owner_id"] = [row.owner_id and str(row.owner_id), str(values["owner_id"])]
            owner_id = values["owner_id"]
        merged = dict(row.custom or {})
        for k, v in custom.items():
            if merged.get(k) != v:
                changes[k] = [merged.get(k), v]
                merged[k] = v
        sets = {**text, "company_id": company_id, "owner_id": owner_id, "custom": merged,
                "search_text": search_text(text["first_name"], text["last_name"], row.email, company)}
        return changes, sets
