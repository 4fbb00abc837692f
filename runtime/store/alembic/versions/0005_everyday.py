"""Everyday CRM work (issue 15): email copies, tasks done, contacts that did not start.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

- outbox.cc / outbox.bcc: the copies of an outbox email (comma-separated addresses).
- crm_tasks.done_at, and an index on (done, due_at) for the task lists (open, overdue).
- not_started: contacts a trigger matched that did not start the flow (its filter or the
  re-enrollment policy said no), one row per flow and contact with the latest reason.
- timers.detail: why a date trigger's time was moved (kept to working time: a holiday...).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("cc", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("bcc", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("crm_tasks") as batch:
        batch.add_column(sa.Column("done_at", sa.Float(), nullable=True))
    op.create_index("ix_crm_tasks_open_due", "crm_tasks", ["done", "due_at"], unique=False)
    with op.batch_alter_table("timers") as batch:
        batch.add_column(sa.Column("detail", sa.Text(), nullable=True))
    op.create_table(
        "not_started",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("flow_id", sa.String(length=36), nullable=False),
        sa.Column("flow_version_id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("crm", sa.String(length=120), nullable=False),
        sa.Column("contact_id", sa.String(length=64), nullable=False),
        sa.Column("contact_email", sa.String(length=320), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=120), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.Float(), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["flow_id"], ["flows.id"], name=op.f("fk_not_started_flow_id_flows"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_started")),
        sa.UniqueConstraint("flow_id", "crm", "contact_id", name=op.f("uq_not_started_flow_id")),
    )
    op.create_index("ix_not_started_flow_at", "not_started", ["flow_id", "at"], unique=False)
    op.create_index("ix_not_started_at", "not_started", ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("timers") as batch:
        batch.drop_column("detail")
    op.drop_index("ix_not_started_at", table_name="not_started")
    op.drop_index("ix_not_started_flow_at", table_name="not_started")
    op.drop_table("not_started")
    op.drop_index("ix_crm_tasks_open_due", table_name="crm_tasks")
    with op.batch_alter_table("crm_tasks") as batch:
        batch.drop_column("done_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("bcc")
        batch.drop_column("cc")
