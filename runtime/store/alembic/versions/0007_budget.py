"""Budget: one poller per connection and a request budget shared by every runtime.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

- poll_leases: the runtime polling each remote CRM connection (runtime/crm/leases.py); a row
  for every existing connection, so the conditional UPDATE that claims it has a row to find.
- request_budgets: each connection's token buckets, shared (runtime/crm/http/shared.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "poll_leases",
        sa.Column("connection", sa.String(length=60), nullable=False),
        sa.Column("holder", sa.String(length=36), nullable=True),
        sa.Column("renewed_at", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("connection", name=op.f("pk_poll_leases")),
    )
    op.create_table(
        "request_budgets",
        sa.Column("connection", sa.String(length=60), nullable=False),
        sa.Column("bucket", sa.String(length=16), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("stamp", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("connection", "bucket", name=op.f("pk_request_budgets")),
    )
    # Connections live in app_settings as "connection:<name>".
    op.execute("INSERT INTO poll_leases (connection, holder, renewed_at)"
               " SELECT substr(key, 12), NULL, NULL FROM app_settings WHERE key LIKE 'connection:%'")


def downgrade() -> None:
    op.drop_table("request_budgets")
    op.drop_table("poll_leases")
