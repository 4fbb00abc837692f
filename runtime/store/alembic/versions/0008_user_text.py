"""User text without a length limit on PostgreSQL, as it always was on SQLite; flow drafts get a revision.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

Names, titles, phones, addresses and the like were VARCHAR(n). SQLite never enforces a
VARCHAR's length, so a 250-character company name or a 70-character phone from a CSV
was stored on a desktop, while PostgreSQL refused the same input with "value too long"
(a traceback in the CLI). Now both accept it (runtime.store.types.UserText).

PostgreSQL: ALTER ... TYPE VARCHAR, which rewrites neither the table nor its indexes.
SQLite: nothing to do (the declared length was never applied; Alembic's type
comparison treats VARCHAR(n) and VARCHAR as the same), so no table is rebuilt.
Our own ids and codes (node ids, statuses, keys) keep their lengths.

flows.revision: +1 at every save of a draft. A save names the revision it was based on and
is refused when the draft is newer (another desktop saved it meanwhile), never a silent
overwrite (runtime.flows.repository.save).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# (table, column, length before this revision)
WIDENED = (
    ("crm_users", "email", 320), ("crm_users", "name", 200),
    ("crm_companies", "name", 200), ("crm_companies", "domain", 200),
    ("crm_contacts", "email", 320), ("crm_contacts", "first_name", 200), ("crm_contacts", "last_name", 200),
    ("crm_contacts", "phone", 64), ("crm_contacts", "lifecycle_stage", 64), ("crm_contacts", "source", 120),
    ("crm_fields", "key", 120), ("crm_tags", "name", 120),
    ("crm_pipelines", "name", 120), ("crm_stages", "name", 120),
    ("crm_deals", "title", 300), ("crm_tasks", "title", 300),
    ("email_accounts", "host", 255), ("email_accounts", "username", 320), ("email_accounts", "sender", 400),
    ("email_templates", "name", 200), ("email_attachments", "filename", 255),
    ("enrollments", "contact_email", 320), ("outbox", "sender", 320), ("outbox", "recipient", 320),
)


def upgrade() -> None:
    with op.batch_alter_table("flows") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in WIDENED:
            op.alter_column(table, column, type_=sa.String(), existing_type=sa.String(length))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in WIDENED:  # fails if a longer value was stored since
            op.alter_column(table, column, type_=sa.String(length), existing_type=sa.String())
    with op.batch_alter_table("flows") as batch:
        batch.drop_column("revision")
