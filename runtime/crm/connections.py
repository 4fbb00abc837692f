"""The registry of named CRM connections: config in `app_settings`, the secret in the keyring.

A row `connection:<name>` holds {kind, name, base_url, poll_seconds, tag_property, display,
created_at, updated_at}; the token (HubSpot, Clientify, Pipedrive) or the inbound webhook URL
(Bitrix24) lives only in the keyring under "<kind>:<name>". `display` is what may be shown (a
redacted URL). `updated_at` changes when the secret or a setting does, so running resolvers
reopen the connection. The engine's resolver is runtime.crm.resolver.ConnectorResolver.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update

from runtime import secrets
from runtime.catalog.types import Text
from runtime.crm import leases, pause
from runtime.crm.base import ConnectionPaused
from runtime.crm.http import shared as shared_budget
from runtime.crm.kinds import KINDS as KIND_SPECS
from runtime.crm.kinds import SecretProblem
from runtime.flows.problems import Problem
from runtime.i18n import N_
from runtime.store.db import Database
from runtime.store.schema_runtime import app_settings, cursors
from runtime.store.types import now

KINDS = tuple(KIND_SPECS)
_PREFIX = "connection:"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")


class ConnectionProblem(ValueError):
    """Bad connection input or an unknown connection (message names it)."""


@dataclass
class Connection:
    """One named connection (never holds the secret)."""

    kind: str
    name: str
    base_url: str = ""  # the API root (vendor default, or a sandbox); for Bitrix24 the URL is the secret
    poll_seconds: int = 60
    tag_property: str = ""  # HubSpot multi-checkbox property / Bitrix24 UF_CRM_* field
    display: str = ""
    created_at: float = field(default_factory=now)
    updated_at: float = 0.0  # the secret or a setting last changed (0: never since added)

    @property
    def secret_ref(self) -> str:
        return f"{self.kind}:{self.name}"

    def public(self) -> dict[str, Any]:
        """What list/--json prints: no secret, only the redacted display."""
        return asdict(self)


def _key(name: str) -> str:
    return _PREFIX + name


def check_name(name: str) -> str:
    if name == "local" or not _NAME.match(name or ""):
        raise ConnectionProblem(
            f"invalid connection name {name!r}: use 1-60 letters, digits, '.', '_' or '-' "
            "(and not 'local', the embedded CRM)"
        )
    return name


def check_secret(kind: str, secret: str) -> str:
    """Validate the token / webhook URL shape; return it cleaned."""
    try:
        return KIND_SPECS[kind].check(secret)
    except SecretProblem as exc:
        raise ConnectionProblem(str(exc)) from None


def check_kind(kind: str) -> str:
    if kind not in KIND_SPECS:
        raise ConnectionProblem(N_("unknown CRM kind {kind!r}: choose one of {kinds}").format(
            kind=kind, kinds=", ".join(KINDS)))
    return kind


def _check_base_url(base_url: str | None) -> str | None:
    if base_url and not re.match(r"^https?://[^/\s]+(/[^\s]*)?$", base_url.strip()):
        raise ConnectionProblem(N_("--base-url must be an http(s) address like https://api.example.com (got {url!r})")
                                .format(url=base_url))
    return base_url.strip().rstrip("/") if base_url else None


def add_connection(
    db: Database,
    kind: str,
    name: str,
    secret: str,
    *,
    base_url: str | None = None,
    poll_seconds: int = 60,
    tag_property: str = "",
    created_at: float | None = None,
) -> Connection:
    """Register a connection: the secret goes to the keyring, the rest to the database.

    Polling reports changes made after `created_at` (default: now).
    """
    spec = KIND_SPECS[check_kind(kind)]
    check_name(name)
    secret = check_secret(kind, secret)
    base_url = _check_base_url(base_url)
    if poll_seconds < 10:
        raise ConnectionProblem(N_("the polling interval must be at least 10 seconds (got {seconds})").format(
            seconds=poll_seconds))
    if get_connection(db, name, missing_ok=True) is not None:
        raise ConnectionProblem(N_("a connection named {name!r} already exists (`connections update {plain}` "
                                   "replaces its secret, `connections remove` forgets it)")
                                .format(name=name, plain=name))
    root = (base_url or spec.base_url) if spec.base_url else ""
    conn_ = Connection(kind, name, root, poll_seconds, tag_property, display=spec.display(secret, root))
    if created_at is not None:
        conn_.created_at = created_at
    secrets.set_secret(conn_.secret_ref, secret)
    with db.begin() as conn:
        conn.execute(insert(app_settings).values(key=_key(name), value=asdict(conn_)))
        leases.ensure(conn, name)
    return conn_


def get_connection(db: Database, name: str, missing_ok: bool = False) -> Connection | None:
    with db.begin() as conn:
        value = conn.execute(select(app_settings.c.value).where(app_settings.c.key == _key(name))).scalar()
    if value is None:
        if missing_ok:
            return None
        known = ", ".join(c.name for c in list_connections(db)) or N_("none yet")
        raise ConnectionProblem(N_("no connection named {name!r} (known: {known})").format(name=name, known=known))
    return Connection(**value)


def list_connections(db: Database) -> list[Connection]:
    with db.begin() as conn:
        rows = conn.execute(
            select(app_settings.c.value).where(app_settings.c.key.like(_PREFIX + "%")).order_by(app_settings.c.key)
        ).scalars()
        return [Connection(**v) for v in rows]


def update_connection(db: Database, name: str, secret: str | None = None, **changes: Any) -> Connection:
    """Change a connection's secret and/or settings (poll_seconds, tag_property, base_url),
    keeping its poll cursors and snapshots (no change is missed or repeated). A new secret
    ends a pause and makes the work it held due at once."""
    current = get_connection(db, name)
    assert current is not None
    data = asdict(current) | {k: v for k, v in changes.items()
                              if k in ("poll_seconds", "tag_property") and v is not None}
    if int(data["poll_seconds"]) < 10:
        raise ConnectionProblem(N_("the polling interval must be at least 10 seconds (got {seconds})").format(
            seconds=data["poll_seconds"]))
    spec = KIND_SPECS[current.kind]
    if changes.get("base_url") and spec.base_url:
        data["base_url"] = _check_base_url(changes["base_url"])
    stamp = now()
    if secret is not None:
        secret = check_secret(current.kind, secret)
        secrets.set_secret(current.secret_ref, secret)
    if spec.base_url:
        data["display"] = data["base_url"]
    elif secret is not None:
        data["display"] = spec.display(secret, "")
    data["updated_at"] = stamp
    with db.begin() as conn:
        conn.execute(update(app_settings).where(app_settings.c.key == _key(name)).values(value=data))
    if secret is not None:
        pause.clear(db, name, stamp)
    return Connection(**data)


def remove_connection(db: Database, name: str) -> None:
    """Forget a connection, its secret, its poll cursors and snapshots."""
    current = get_connection(db, name)
    assert current is not None
    with db.begin() as conn:
        conn.execute(delete(app_settings).where(app_settings.c.key == _key(name)))
        pause.forget(conn, name)
        leases.forget(conn, name)
        shared_budget.forget(conn, name)
        for prefix in ("poll:", "snapshot:"):
            conn.execute(delete(cursors).where(cursors.c.name.like(f"{prefix}{name}:%")))
    secrets.delete_secret(current.secret_ref)


def load_secret(connection: Connection) -> str:
    return secrets.get_secret(connection.secret_ref)


def open_connector(connection: Connection, **http_options: Any) -> tuple[Any, Any]:
    """(connector, polling Source) for a connection, its secret read from the keyring.

    `http_options` (sleep, clock, wall, timeout, max_attempts) reach the HTTP client; tests use them.
    """
    return KIND_SPECS[connection.kind].open(connection.name, load_secret(connection), connection.base_url,
                                            connection.tag_property, **http_options)


def sync(db: Database, name: str, **http_options: Any) -> Any:
    """One poll of connection `name` now; returns runtime.crm.polling.PollResult."""
    from runtime.crm.polling import poll  # here: polling loads the local CRM (~50 ms), not needed to list

    connection = get_connection(db, name)
    assert connection is not None
    connector, source = open_connector(connection, **http_options)
    try:
        result = poll(db, connection.name, connection.created_at, source)
    except Exception as exc:
        if isinstance(exc, ConnectionPaused):  # a manual sync is a probe too: record what it found
            pause.save(db, connection.name, pause.pause_for(exc, now()))
        raise
    finally:
        connector.api.http.close()
    if connection.name in pause.load(db):
        pause.clear(db, connection.name, now())  # it works again: the held work resumes
    return result


def check(db: Database, name: str, **http_options: Any) -> dict[str, Any]:
    """Try connection `name` now: read its users, pipelines and contact fields.

    Returns {"users", "pipelines", "fields" (counts), "status"}. Like a sync, it is a probe:
    a pause it finds is recorded, and a paused connection that answers resumes.
    """
    connection = get_connection(db, name)
    assert connection is not None
    connector, _ = open_connector(connection, **http_options)
    try:
        ops = connector.bind(None)
        counts = {"users": len(ops.list_users()), "pipelines": len(ops.list_pipelines()),
                  "fields": len(ops.list_fields())}
        status = connector.api.http.status.snapshot()
    except Exception as exc:
        if isinstance(exc, ConnectionPaused):
            pause.save(db, name, pause.pause_for(exc, now()))
        raise
    finally:
        connector.api.http.close()
    if name in pause.load(db):
        pause.clear(db, name, now())
    return counts | {"status": status}


def crm_problem(conn: Any, crm: str | None) -> Any:
    """A `Problem` when a flow's `settings.crm` names no registered connection, else None.

    `conn` is an open SQLAlchemy Connection (activation calls this inside its transaction).
    """
    if crm in (None, "", "local"):
        return None
    found = conn.execute(select(app_settings.c.key).where(app_settings.c.key == _key(crm))).first()
    if found is not None:
        return None
    rows = conn.execute(select(app_settings.c.key).where(app_settings.c.key.like(_PREFIX + "%"))).scalars()
    known = sorted(k.removeprefix(_PREFIX) for k in rows)
    return Problem("unknown_crm", None, Text(
        "El CRM «{crm}» (settings.crm) no es ninguna conexión registrada (hay: {known}). Añádala en "
        "Ajustes → Conexiones CRM o con `connections add`, o elija otro CRM.",
        "The CRM «{crm}» (settings.crm) is not a registered connection (known: {known}). Add it in "
        "Settings → CRM connections or with `connections add`, or choose another CRM.").format(
        crm=crm, known=", ".join(["local", *known])), "crm")


def next_poll_at(db: Database, attempted: dict[str, float] | None = None,
                 pauses: dict[str, Any] | None = None) -> float | None:
    """When the earliest connection is next due for a poll (None: no connections).

    `attempted` holds in-memory times of polls that failed (their cursors did not move);
    a paused connection (runtime.crm.pause) is not polled before its pause's `until`.
    """
    conns = list_connections(db)
    if not conns:
        return None
    with db.begin() as conn:
        rows = conn.execute(select(cursors.c.name, cursors.c.updated_at)
                            .where(cursors.c.name.like("poll:%"))).all()
    last: dict[str, float] = {}
    for name, stamp in rows:
        owner = name.split(":", 2)[1]
        last[owner] = min(stamp, last.get(owner, stamp))
    due = []
    for c in conns:
        seen = max(last.get(c.name, 0.0), (attempted or {}).get(c.name, 0.0))
        at = seen + c.poll_seconds if seen else 0.0
        paused = (pauses or {}).get(c.name)
        if paused is not None and paused.until is not None:
            at = max(at, paused.until)
        due.append(at)
    return min(due)


def __getattr__(name: str) -> Any:
    if name == "ConnectorResolver":  # it lives in runtime.crm.resolver; kept importable from here
        from runtime.crm.resolver import ConnectorResolver  # here: the resolver imports this module

        return ConnectorResolver
    raise AttributeError(name)
