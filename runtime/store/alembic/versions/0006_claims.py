"""Claims: a registry of runtimes, owned work items and ledger rows, and the rows locks need.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

- runtimes: each runtime on this database (id, kind, host, machine, pid, started, heartbeat,
  beat counter); see runtime/engine/registry.py.
- work_items.owner / side_effects.owner: the runtime making an item's external call. Only
  items without an owner are claimed; a dead runtime's are freed (partial index: the engine's
  items without an owner never enter it).
- Rows that `SELECT ... FOR UPDATE` locks must exist before two runtimes race for them: the
  change-event cursor "events:triggers" and the retention stamp "history.compacted_at".
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runtimes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("machine", sa.String(length=80), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.Float(), nullable=False),
        sa.Column("heartbeat_at", sa.Float(), nullable=False),
        sa.Column("beat", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runtimes")),
    )
    with op.batch_alter_table("work_items") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=36), nullable=True))
    op.create_index("ix_work_items_owner", "work_items", ["owner"], unique=False,
                    sqlite_where=sa.text("owner IS NOT NULL"), postgresql_where=sa.text("owner IS NOT NULL"))
    with op.batch_alter_table("side_effects") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=36), nullable=True))
    op.execute("INSERT INTO cursors (name, value, seen, updated_at) SELECT 'events:triggers', '0', NULL, 0"
               " WHERE NOT EXISTS (SELECT 1 FROM cursors WHERE name = 'events:triggers')")
    op.execute("INSERT INTO app_settings (key, value) SELECT 'history.compacted_at', NULL"
               " WHERE NOT EXISTS (SELECT 1 FROM app_settings WHERE key = 'history.compacted_at')")


def downgrade() -> None:
    with op.batch_alter_table("side_effects") as batch:
        batch.drop_column("owner")
    op.drop_index("ix_work_items_owner", table_name="work_items")
    with op.batch_alter_table("work_items") as batch:
        batch.drop_column("owner")
    op.drop_table("runtimes")
