"""Alembic environment: runs migrations on the connection runtime.store.migrate passes in.

There is no alembic.ini: `runtime.store.migrate.alembic_config` builds the Config in code
and puts the open connection in `config.attributes["connection"]`.
"""

from alembic import context

from runtime.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable through a hand-made alembic.ini
    raise RuntimeError("run migrations through runtime.store.migrate.upgrade_to_head(engine)")

# Batch mode lets ALTERs work on SQLite (table copy); other databases get plain ALTERs.
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
