"""The registry of named CRM connections: config in `app_settings`, the secret in the keyring.

A row `connection:<name>` holds {kind, name, base_url, poll_seconds, tag_property, display,
created_at}; the token (HubSpot) or the inbound webhook URL (Bitrix24) lives only in the
keyring under "<kind>:<name>". `display` is what may be shown (a redacted URL).
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update

from runtime import secrets
from runtime.crm.http.redact import Redactor, redact_webhook_url
from runtime.store.db import Database
from runtime.store.schema_runtime import app_settings, cursors
from runtime.store.types import now

KINDS = ("hubspot", "bitrix24")
HUBSPOT_BASE_URL = "https://api.hubapi.com"
_PREFIX = "connection:"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")


class ConnectionProblem(ValueError):
    """Bad connection input or an unknown connection (message names it)."""


@dataclass
class Connection:
    """One named connection (never holds the secret)."""

    kind: str
    name: str
    base_url: str = ""  # HubSpot API root; for Bitrix24 the URL is the secret itself
    poll_seconds: int = 60
    tag_property: str = ""  # HubSpot multi-checkbox property / Bitrix24 UF_CRM_* field
    display: str = ""
    created_at: float = field(default_factory=now)

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
    """Validate the token / webhook URL shape; return it stripped."""
    secret = (secret or "").strip()
    if not secret:
        raise ConnectionProblem(f"the {'token' if kind == 'hubspot' else 'webhook URL'} is empty")
    if kind == "bitrix24":
        if not re.match(r"^https?://[^/\s]+/rest/\d+/[^/\s]+/?$", secret):
            raise ConnectionProblem(
                "a Bitrix24 inbound webhook URL looks like https://yourportal.bitrix24.es/rest/1/abc123xyz/ "
                f"(got {redact_webhook_url(secret)})"
            )
        return secret.rstrip("/") + "/"
    if any(ch.isspace() for ch in secret):
        raise ConnectionProblem("the HubSpot token must not contain spaces")
    return secret


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
    if kind not in KINDS:
        raise ConnectionProblem(f"unknown CRM kind {kind!r}: choose one of {', '.join(KINDS)}")
    check_name(name)
    secret = check_secret(kind, secret)
    if poll_seconds < 10:
        raise ConnectionProblem(f"the polling interval must be at least 10 seconds (got {poll_seconds})")
    if get_connection(db, name, missing_ok=True) is not None:
        raise ConnectionProblem(f"a connection named {name!r} already exists (remove it first)")
    if kind == "hubspot":
        conn_ = Connection(kind, name, base_url or HUBSPOT_BASE_URL, poll_seconds, tag_property,
                           display=base_url or HUBSPOT_BASE_URL)
    else:
        conn_ = Connection(kind, name, "", poll_seconds, tag_property, display=redact_webhook_url(secret))
    if created_at is not None:
        conn_.created_at = created_at
    secrets.set_secret(conn_.secret_ref, secret)
    with db.begin() as conn:
        conn.execute(insert(app_settings).values(key=_key(name), value=asdict(conn_)))
    return conn_


def get_connection(db: Database, name: str, missing_ok: bool = False) -> Connection | None:
    with db.begin() as conn:
        value = conn.execute(select(app_settings.c.value).where(app_settings.c.key == _key(name))).scalar()
    if value is None:
        if missing_ok:
            return None
        known = ", ".join(c.name for c in list_connections(db)) or "none yet"
        raise ConnectionProblem(f"no connection named {name!r} (known: {known})")
    return Connection(**value)


def list_connections(db: Database) -> list[Connection]:
    with db.begin() as conn:
        rows = conn.execute(
            select(app_settings.c.value).where(app_settings.c.key.like(_PREFIX + "%")).order_by(app_settings.c.key)
        ).scalars()
        return [Connection(**v) for v in rows]


def update_connection(db: Database, name: str, **changes: Any) -> Connection:
    """Change non-secret settings (poll_seconds, tag_property)."""
    current = get_connection(db, name)
    assert current is not None
    data = asdict(current) | {k: v for k, v in changes.items() if k in ("poll_seconds", "tag_property")}
    with db.begin() as conn:
        conn.execute(update(app_settings).where(app_settings.c.key == _key(name)).values(value=data))
    return Connection(**data)


def remove_connection(db: Database, name: str) -> None:
    """Forget a connection, its secret, its poll cursors and snapshots."""
    current = get_connection(db, name)
    assert current is not None
    with db.begin() as conn:
        conn.execute(delete(app_settings).where(app_settings.c.key == _key(name)))
        for prefix in ("poll:", "snapshot:"):
            conn.execute(delete(cursors).where(cursors.c.name.like(f"{prefix}{name}:%")))
    secrets.delete_secret(current.secret_ref)


def load_secret(connection: Connection) -> str:
    return secrets.get_secret(connection.secret_ref)


def open_connector(connection: Connection, **http_options: Any) -> tuple[Any, Any]:
    """(CrmConnector, polling Source) for a connection, its secret read from the keyring.

    `http_options` (sleep, clock, timeout, max_attempts) reach the HTTP client; tests use them.
    """
    secret = load_secret(connection)
    if connection.kind == "hubspot":
        from runtime.crm.hubspot import HubSpotApi, HubSpotConnector
        from runtime.crm.hubspot.source import HubSpotSource

        hub = HubSpotConnector(connection.name, HubSpotApi(secret, connection.base_url, **http_options),
                               connection.tag_property)
        return hub, HubSpotSource(hub.ops)
    from runtime.crm.bitrix24 import Bitrix24Api, Bitrix24Connector
    from runtime.crm.bitrix24.source import Bitrix24Source

    b24 = Bitrix24Connector(connection.name, Bitrix24Api(secret, **http_options), connection.tag_property)
    return b24, Bitrix24Source(b24.ops)


def sync(db: Database, name: str, **http_options: Any) -> Any:
    """One poll of connection `name` now; returns runtime.crm.polling.PollResult."""
    from runtime.crm.polling import poll

    connection = get_connection(db, name)
    assert connection is not None
    connector, source = open_connector(connection, **http_options)
    try:
        return poll(db, connection.name, connection.created_at, source)
    finally:
        connector.api.http.close()


def crm_problem(conn: Any, crm: str | None) -> Any:
    """A `Problem` when a flow's `settings.crm` names no registered connection, else None.

    `conn` is an open SQLAlchemy Connection (activation calls this inside its transaction).
    """
    from runtime.catalog.types import Text
    from runtime.flows.problems import Problem

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


def next_poll_at(db: Database, attempted: dict[str, float] | None = None) -> float | None:
    """When the earliest connection is next due for a poll (None: no connections).

    `attempted` holds in-memory times of polls that failed (their cursors did not move).
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
        due.append(seen + c.poll_seconds if seen else 0.0)
    return min(due)


class ConnectorResolver:
    """name -> CrmConnector for the engine and service: "local" is the embedded CRM, any other
    name a registered connection (opened once, its HTTP client and caches reused; reopened
    when the connection is removed and added again).

        engine = Engine(db, connectors=ConnectorResolver(db))

    Thread-safe: the service thread runs steps and polls while the designer reads `status()`.
    """

    def __init__(self, db: Database, **http_options: Any) -> None:
        self.db = db
        self.http_options = http_options
        self._open: dict[str, tuple[Any, Any]] = {}
        self._config: dict[str, Connection] = {}
        self._attempted: dict[str, float] = {}  # last poll attempt per connection (failed or not)
        self.poll_errors: dict[str, str] = {}  # last poll error per connection ("" once it works again)
        self.last_results: dict[str, Any] = {}
        self._lock = threading.RLock()

    def __call__(self, name: str) -> Any:
        return self.open(name)[0]

    def open(self, name: str) -> tuple[Any, Any]:
        """(connector, polling source) for `name`; the source is None for "local"."""
        if name in ("", "local"):
            from runtime.crm.local import LocalCrm

            return LocalCrm(self.db), None
        with self._lock:
            if name not in self._open:
                connection = get_connection(self.db, name)
                assert connection is not None
                self._open[name] = open_connector(connection, **self.http_options)
                self._config[name] = connection
            return self._open[name]

    def _forget(self, name: str) -> None:
        with self._lock:
            opened = self._open.pop(name, None)
            self._config.pop(name, None)
        if opened is not None:
            opened[0].api.http.close()

    def next_poll_at(self) -> float | None:
        """When the next connection is due for a poll (None: there are no connections)."""
        return next_poll_at(self.db, self._attempted)

    def poll_due(self, clock_now: float | None = None) -> dict[str, Any]:
        """Poll every connection whose interval has elapsed since its last poll.

        Returns {name: PollResult or the exception raised}; an error of one connection does
        not stop the others (the service logs it and shows it, then tries again after the
        connection's interval).
        """
        from runtime.crm.polling import last_polled, poll

        stamp = now() if clock_now is None else clock_now
        results: dict[str, Any] = {}
        current = list_connections(self.db)
        names = {c.name for c in current}
        for name in [n for n in self._open if n not in names]:
            self._forget(name)  # removed meanwhile
        for connection in current:
            if self._config.get(connection.name, connection) != connection:
                self._forget(connection.name)  # removed and added again: new secret, new settings
            last = max(last_polled(self.db, connection.name) or 0.0, self._attempted.get(connection.name, 0.0))
            if last and stamp - last < connection.poll_seconds:
                continue
            self._attempted[connection.name] = stamp
            try:
                _, source = self.open(connection.name)
                results[connection.name] = poll(self.db, connection.name, connection.created_at, source,
                                                clock=lambda: stamp)
                self.poll_errors[connection.name] = ""
            except Exception as exc:  # noqa: BLE001 - reported per connection, never fatal
                results[connection.name] = exc
                self.poll_errors[connection.name] = Redactor()(str(exc)) or type(exc).__name__
        self.last_results.update(results)
        return results

    def status(self) -> dict[str, dict[str, Any]]:
        """Per connection: pending calls, retries, throttled answers, remaining quota, last error.

        Connections not opened yet report only their poll error (if any).
        """
        with self._lock:
            opened = list(self._open.items())
        out = {name: connector.api.http.status.snapshot() for name, (connector, _) in opened}
        for name, error in list(self.poll_errors.items()):
            entry = out.setdefault(name, {})
            entry["poll_error"] = error
        return out

    def close(self) -> None:
        with self._lock:
            opened = list(self._open.values())
            self._open.clear()
            self._config.clear()
        for connector, _ in opened:
            connector.api.http.close()
