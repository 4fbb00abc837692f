"""Tables of the embedded local CRM, and the change events every CRM emits.

`change_events` is shared: the local CRM writes one in the same transaction as each
change, and HTTP connectors write them when polling detects a change.
"""

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from runtime.store.metadata import metadata
from runtime.store.types import JSONText

crm_users = Table(
    "crm_users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Float, nullable=False),
)

crm_companies = Table(
    "crm_companies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("domain", String(200), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

crm_contacts = Table(
    "crm_contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=True),  # stored lower-cased; unique when present
    Column("first_name", String(200), nullable=False, default=""),
    Column("last_name", String(200), nullable=False, default=""),
    Column("phone", String(64), nullable=False, default=""),
    Column("company_id", Integer, ForeignKey("crm_companies.id"), nullable=True),
    Column("owner_id", Integer, ForeignKey("crm_users.id"), nullable=True),
    Column("lifecycle_stage", String(64), nullable=False, default=""),
    Column("source", String(120), nullable=False, default=""),
    Column("custom", JSONText, nullable=False, default=dict),  # custom fields by key
    # Lower-cased, accent-free "first last email company" kept by the service, so one
    # LIKE finds "jose" in "José Muñoz" on SQLite and PostgreSQL alike.
    Column("search_text", Text, nullable=False, default=""),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    UniqueConstraint("email"),
)
Index("ix_crm_contacts_name", crm_contacts.c.last_name, crm_contacts.c.first_name)
Index("ix_crm_contacts_first_name", crm_contacts.c.first_name)
Index("ix_crm_contacts_company", crm_contacts.c.company_id)
Index("ix_crm_contacts_owner", crm_contacts.c.owner_id)
Index("ix_crm_contacts_created", crm_contacts.c.created_at)
Index("ix_crm_contacts_updated", crm_contacts.c.updated_at)

# Custom field keys seen so far, per entity, so listing fields never scans records.
crm_fields = Table(
    "crm_fields",
    metadata,
    Column("entity", String(32), primary_key=True),  # contact | deal
    Column("key", String(120), primary_key=True),
    Column("kind", String(16), nullable=False),  # text | number | date | choice
    Column("created_at", Float, nullable=False),
)

crm_tags = Table(
    "crm_tags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False, unique=True),
)

crm_contact_tags = Table(
    "crm_contact_tags",
    metadata,
    Column("contact_id", Integer, ForeignKey("crm_contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("crm_tags.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", Float, nullable=False),
)
Index("ix_crm_contact_tags_tag", crm_contact_tags.c.tag_id)

crm_pipelines = Table(
    "crm_pipelines",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False, unique=True),
)

crm_stages = Table(
    "crm_stages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pipeline_id", Integer, ForeignKey("crm_pipelines.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("position", Integer, nullable=False),
    UniqueConstraint("pipeline_id", "name"),
)

crm_deals = Table(
    "crm_deals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(300), nullable=False),
    Column("contact_id", Integer, ForeignKey("crm_contacts.id"), nullable=True),
    Column("pipeline_id", Integer, ForeignKey("crm_pipelines.id"), nullable=False),
    Column("stage_id", Integer, ForeignKey("crm_stages.id"), nullable=False),
    Column("amount", Numeric(14, 2), nullable=True),
    Column("owner_id", Integer, ForeignKey("crm_users.id"), nullable=True),
    Column("close_date", String(10), nullable=True),  # ISO date
    Column("custom", JSONText, nullable=False, default=dict),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)
Index("ix_crm_deals_contact", crm_deals.c.contact_id)
Index("ix_crm_deals_stage", crm_deals.c.stage_id)

crm_tasks = Table(
    "crm_tasks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(300), nullable=False),
    Column("notes", Text, nullable=False, default=""),
    Column("contact_id", Integer, ForeignKey("crm_contacts.id"), nullable=True),
    Column("deal_id", Integer, ForeignKey("crm_deals.id"), nullable=True),
    Column("assignee_id", Integer, ForeignKey("crm_users.id"), nullable=True),
    Column("due_at", Float, nullable=True),
    Column("done", Boolean, nullable=False, default=False),
    Column("created_at", Float, nullable=False),
    Column("done_at", Float, nullable=True),  # when it was marked done
)
Index("ix_crm_tasks_contact", crm_tasks.c.contact_id)
Index("ix_crm_tasks_open_due", crm_tasks.c.done, crm_tasks.c.due_at)

crm_notes = Table(
    "crm_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("contact_id", Integer, ForeignKey("crm_contacts.id", ondelete="CASCADE"), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", Float, nullable=False),
)
Index("ix_crm_notes_contact", crm_notes.c.contact_id)

# One row per change in any connected CRM. `changes` maps field -> [old, new].
change_events = Table(
    "change_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("crm", String(120), nullable=False, default="local"),  # "local" or a connection name
    Column("entity", String(32), nullable=False),  # contact | deal | company | task
    Column("entity_id", String(64), nullable=False),
    Column("kind", String(32), nullable=False),  # created | updated | tag_added | tag_removed | stage_changed | deleted
    Column("changes", JSONText, nullable=False, default=dict),
    Column("origin", String(120), nullable=False, default=""),  # cli | designer | import | enrollment:<id> | poll
    Column("occurred_at", Float, nullable=False),
)
Index("ix_change_events_entity", change_events.c.entity, change_events.c.entity_id)
