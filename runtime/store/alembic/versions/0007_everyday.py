"""Everyday CRM work (issue 15): email copies, tasks done, contacts that did not start.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-26

- outbox.cc / outbox.bcc: the copies of an outbox email (comma-separated addresses).
- crm_tasks.done_at, and an index on (done, due_at) for the task lists (open, overdue).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
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


def downgrade() -> None:
    op.drop_index("ix_crm_tasks_open_due", table_name="crm_tasks")
    with op.batch_alter_table("crm_tasks") as batch:
        batch.drop_column("done_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("bcc")
        batch.drop_column("cc")
