"""Poll leases: exactly one live runtime polls a given CRM connection at a time.

Each connection has a `poll_leases` row (made with the connection, or by revision 0007). A
runtime claims it with ONE conditional UPDATE that succeeds only when the lease is free, is
already its own, or is held by a runtime no longer in the registry (runtime.engine.registry:
a stopped runtime leaves, a dead one is removed by another's sweep), so of two runtimes at
most one wins, and a killed holder's lease passes on as soon as the registry judges it dead.
The holder renews it (a new `renewed_at`) at each poll it makes; its heartbeat is what keeps
it alive. A clean stop releases the runtime's leases.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.engine import Connection as DbConnection

from runtime.store.db import Database
from runtime.store.schema_runtime import poll_leases, runtimes

_ENSURE = text("INSERT INTO poll_leases (connection, holder, renewed_at) VALUES (:name, NULL, NULL)"
               " ON CONFLICT (connection) DO NOTHING")


def ensure(conn: DbConnection, connection: str) -> None:
    """Create `connection`'s lease row unless it exists (never fails because another did)."""
    conn.execute(_ENSURE, {"name": connection})


def claim(db: Database, connection: str, runtime_id: str, now: float) -> bool:
    """Take (or renew) the lease of `connection` for `runtime_id`; False if a live runtime holds it."""
    with db.begin(immediate=True) as conn:
        ensure(conn, connection)
        registered = select(runtimes.c.id).where(runtimes.c.id == poll_leases.c.holder).exists()
        won = conn.execute(
            update(poll_leases)
            .where(poll_leases.c.connection == connection,
                   or_(poll_leases.c.holder.is_(None), poll_leases.c.holder == runtime_id, ~registered))
            .values(holder=runtime_id, renewed_at=now)
        ).rowcount
    return bool(won)


def holder(db: Database, connection: str) -> str | None:
    """The runtime holding `connection`'s lease (it may be dead and not yet swept), or None."""
    with db.begin() as conn:
        return conn.execute(select(poll_leases.c.holder).where(poll_leases.c.connection == connection)).scalar()


def release(db: Database, runtime_id: str) -> int:
    """Hand back every lease `runtime_id` holds (a clean stop); returns how many."""
    with db.begin(immediate=True) as conn:
        return conn.execute(update(poll_leases).where(poll_leases.c.holder == runtime_id)
                            .values(holder=None)).rowcount


def forget(conn: DbConnection, connection: str) -> None:
    """Drop a removed connection's lease."""
    conn.execute(delete(poll_leases).where(poll_leases.c.connection == connection))
