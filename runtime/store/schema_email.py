"""Tables for email: SMTP accounts (never their passwords) and stored email templates.

An account's password lives only in the OS keyring under "smtp:<name>"; these rows
hold what may be shown and shared. Templates hold a subject and an HTML body with
merge fields; the plain-text part is generated when rendering. Attachments of emails
delivered to the local outbox (PDF reports) are kept under the outbox message's key.
"""

from sqlalchemy import Column, Float, Index, Integer, LargeBinary, String, Table, Text

from runtime.store.metadata import metadata
from runtime.store.types import UserText

email_accounts = Table(
    "email_accounts",
    metadata,
    Column("name", String(60), primary_key=True),
    Column("host", UserText, nullable=False),
    Column("port", Integer, nullable=False),
    Column("security", String(16), nullable=False),  # none | starttls | ssl
    Column("username", UserText, nullable=False, default=""),
    Column("sender", UserText, nullable=False),  # "Name <address>" or an address
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

email_templates = Table(
    "email_templates",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", UserText, nullable=False, unique=True),
    Column("subject", Text, nullable=False, default=""),
    Column("body_html", Text, nullable=False, default=""),
    Column("updated_at", Float, nullable=False),
)

# Files attached to local-outbox emails (a report's PDF), by the message's idempotency key.
email_attachments = Table(
    "email_attachments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(200), nullable=False),
    Column("filename", UserText, nullable=False),
    Column("mime", String(100), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("created_at", Float, nullable=False),
)
Index("ix_email_attachments_key", email_attachments.c.idempotency_key)
