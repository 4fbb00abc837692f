"""Schema migrations, applied automatically on first use.

PLACEHOLDER until the Alembic chain lands: creates the tables from metadata.
"""

from sqlalchemy.engine import Engine

from runtime.store.schema import metadata


def upgrade_to_head(engine: Engine) -> None:
    metadata.create_all(engine)
