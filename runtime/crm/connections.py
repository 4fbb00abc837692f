"""The registry of named CRM connections: config in `app_settings`, the secret in the keyring.

A row `connection:<name>` holds {kind, name, base_url, poll_seconds, tag_property, display,
created_at}; the token (HubSpot) or the inbound webhook URL (Bitrix24) lives only in the
keyring under "<kind>:<name>". `display` is what may be shown (a redacted URL).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update

from runtime import secrets
from runtime.crm.http.redact import redact_webhook_url
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


class ConnectorResolver:
    """name -> CrmConnector for the engine and service: "local" is the embedded CRM, any other
    name a registered connection (opened once, its HTTP client and caches reused).

        engine = Engine(db, connectors=ConnectorResolver(db))
    """

    def __init__(self, db: Database, **http_options: Any) -> None:
        self.db = db
        self.http_options = http_options
        self._open: dict[str, tuple[Any, Any]] = {}

    def __call__(self, name: str) -> Any:
        return self.open(name)[0]

    def open(self, name: str) -> tuple[Any, Any]:
        """(connector, polling source) for `name`; the source is None for "local"."""
        if name in ("", "local"):
            from runtime.crm.local import LocalCrm

            return LocalCrm(self.db), None
        if name not in self._open:
            connection = get_connection(self.db, name)
            assert connection is not None
            self._open[name] = open_connector(connection, **self.http_options)
        return self._open[name]

    def poll_due(self, clock_now: float | None = None) -> dict[str, Any]:
        """Poll every connection whose interval has elapsed since its last poll.

        Returns {name: PollResult or the CrmError raised}; an error of one connection does
        not stop the others (the service logs it and shows it, then tries again next round).
        """
        from runtime.crm.polling import last_polled, poll

        stamp = now() if clock_now is None else clock_now
        results: dict[str, Any] = {}
        for connection in list_connections(self.db):
            last = last_polled(self.db, connection.name)
            if last is not None and stamp - last < connection.poll_seconds:
                continue
            try:
                _, source = self.open(connection.name)
                results[connection.name] = poll(self.db, connection.name, connection.created_at, source,
                                                clock=lambda: stamp)
            except Exception as exc:  # noqa: BLE001 - reported per connection, never fatal
                results[connection.name] = exc
        return results

    def status(self) -> dict[str, dict[str, Any]]:
        """Per open connection: pending calls, retries, throttled answers, remaining quota, last error."""
        return {name: connector.api.http.status.snapshot() for name, (connector, _) in self._open.items()}

    def close(self) -> None:
        for connector, _ in self._open.values():
            connector.api.http.close()
        self._open.clear()
