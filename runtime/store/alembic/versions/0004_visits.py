"""Visits: each arrival of an enrollment at a node gets its own number (idempotency per visit).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

- work_items.visit: the visit this item carries, fixed when a transition created it and
  kept by its retries, waits and crash recovery; it is part of the side-effect key, so a
  contact looping back through a sending node sends again (runtime/engine/ledger.py).
- enrollments.visits: the enrollment's counter of visits handed out (only grows).
Rows written before get 0, whose keys keep the old "<enrollment>:<node>:<attempt>" form.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_items") as batch:
        batch.add_column(sa.Column("visit", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("enrollments") as batch:
        batch.add_column(sa.Column("visits", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("enrollments") as batch:
        batch.drop_column("visits")
    with op.batch_alter_table("work_items") as batch:
        batch.drop_column("visit")
