"""Tables the runtime writes: enrollments, their due work, steps, side effects, timers.

The engine's hot path writes these with batched DB-API statements (see runtime/engine);
keep them narrow and their indexes few.
"""

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from runtime.store.metadata import metadata
from runtime.store.types import JSONText, UserText

# One contact's journey through one flow version.
enrollments = Table(
    "enrollments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow_id", String(36), ForeignKey("flows.id", ondelete="CASCADE"), nullable=False),
    Column("flow_version_id", Integer, ForeignKey("flow_versions.id"), nullable=False),
    Column("crm", String(120), nullable=False, default="local"),
    Column("contact_id", String(64), nullable=False),  # the CRM's id, as text
    Column("contact_email", UserText, nullable=False, default=""),  # cached for history
    Column("trigger_node", String(36), nullable=True),
    Column("status", String(16), nullable=False),  # see runtime.kernel.states
    Column("current_node", String(36), nullable=True),
    Column("step_count", Integer, nullable=False, default=0),
    Column("next_due_at", Float, nullable=True),
    Column("started_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("finished_at", Float, nullable=True),
    Column("actions_done", Integer, nullable=False, default=0, server_default="0"),  # action steps done
    Column("steps_compacted", Integer, nullable=False, default=0, server_default="0"),  # rows retention deleted
    Column("visits", Integer, nullable=False, default=0, server_default="0"),  # visits handed out (only grows)
)
Index("ix_enrollments_flow_status", enrollments.c.flow_id, enrollments.c.status)
Index("ix_enrollments_contact", enrollments.c.contact_id, enrollments.c.flow_id)
Index("ix_enrollments_updated", enrollments.c.updated_at)
Index("ix_enrollments_started", enrollments.c.started_at)
Index("ix_enrollments_email", enrollments.c.contact_email)

# Due work: one row per live branch position of an enrollment (a token). A wait is a
# work item whose due_at lies in the future. Rows are deleted when consumed.
work_items = Table(
    "work_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("enrollment_id", Integer, ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("attempt", Integer, nullable=False, default=1),
    Column("visit", Integer, nullable=False, default=0, server_default="0"),  # see runtime.engine.ledger
    Column("due_at", Float, nullable=False),
    Column("state", JSONText, nullable=True),  # node-specific memory (e.g. a wait's deadline)
    # The runtime (runtimes.id) holding this item while it makes the item's external call;
    # NULL = free. Only free items are claimed; a dead owner's are freed (runtime/engine/registry.py).
    Column("owner", String(36), nullable=True),
)
Index("ix_work_items_due", work_items.c.due_at)
Index("ix_work_items_enrollment", work_items.c.enrollment_id)
# Partial: the hot path's items (owner NULL) never enter it.
Index("ix_work_items_owner", work_items.c.owner, sqlite_where=work_items.c.owner.is_not(None),
      postgresql_where=work_items.c.owner.is_not(None))

# Every step each enrollment took: what it saw, what it did, why, and any error.
steps = Table(
    "steps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("enrollment_id", Integer, ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("node_type", String(64), nullable=False),
    Column("attempt", Integer, nullable=False, default=1),
    Column("status", String(16), nullable=False),  # see runtime.kernel.states
    Column("started_at", Float, nullable=False),
    Column("finished_at", Float, nullable=True),
    Column("detail", JSONText, nullable=True),
    Column("error", Text, nullable=True),
)
Index("ix_steps_enrollment", steps.c.enrollment_id, steps.c.id)

# Idempotency ledger: a row is written (and committed) before an external call.
side_effects = Table(
    "side_effects",
    metadata,
    Column("key", String(200), primary_key=True),  # "<enrollment>:<node>:<visit>:<attempt>"
    Column("enrollment_id", Integer, ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("channel", String(32), nullable=False),  # email | webhook | crm | report
    Column("status", String(16), nullable=False),  # see runtime.engine.ledger
    Column("created_at", Float, nullable=False),
    Column("finished_at", Float, nullable=True),
    Column("detail", JSONText, nullable=True),
    Column("owner", String(36), nullable=True),  # the runtime (runtimes.id) that recorded and sends it
)
Index("ix_side_effects_enrollment", side_effects.c.enrollment_id)

# The local outbox: where send_email delivers when no SMTP account is chosen.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(200), nullable=False, unique=True),
    Column("account", String(120), nullable=False, default=""),
    Column("sender", UserText, nullable=False, default=""),
    Column("recipient", UserText, nullable=False),
    Column("cc", Text, nullable=False, default="", server_default=""),  # comma-separated copies
    Column("bcc", Text, nullable=False, default="", server_default=""),  # blind copies, never in headers
    Column("subject", Text, nullable=False),
    Column("body_html", Text, nullable=False, default=""),
    Column("body_text", Text, nullable=False, default=""),
    Column("created_at", Float, nullable=False),
)

# Trigger timers (schedule ticks, date-field fire times): durable, rescanned at start.
timers = Table(
    "timers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow_version_id", Integer, ForeignKey("flow_versions.id", ondelete="CASCADE"), nullable=False),
    Column("node_id", String(36), nullable=False),
    Column("subject", String(64), nullable=False, default=""),  # contact/deal id, or "" for a schedule
    Column("due_at", Float, nullable=False),
    Column("fired_at", Float, nullable=True),
    Column("detail", JSONText, nullable=True),  # {"moved": {...}} when kept to working time
    UniqueConstraint("flow_version_id", "node_id", "subject", "due_at"),
)
Index("ix_timers_due", timers.c.due_at)

# Cursors: how far a consumer has read (change events, connector polls).
cursors = Table(
    "cursors",
    metadata,
    Column("name", String(200), primary_key=True),  # e.g. "events:engine", "poll:hubspot1:contacts"
    Column("value", Text, nullable=False),
    Column("seen", JSONText, nullable=True),  # ids seen at the cursor boundary, for de-duplication
    Column("updated_at", Float, nullable=False),
)

# The runtimes working on this database (runtime/engine/registry.py): each beats every few
# seconds; one whose `beat` stops moving, or whose process is gone, is dead and its claims
# are freed. `heartbeat_at` is on the runtime's own clock (shown, never compared).
runtimes = Table(
    "runtimes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(16), nullable=False),  # run | designer | until-idle | runtime
    Column("host", String(255), nullable=False),
    Column("machine", String(80), nullable=False),  # host name + hardware id: "same machine" test
    Column("pid", Integer, nullable=False),
    Column("started_at", Float, nullable=False),
    Column("heartbeat_at", Float, nullable=False),
    Column("beat", Integer, nullable=False, default=0),
)

# One row per remote CRM connection (runtime/crm/leases.py): the runtime that polls it now
# (None: free; a holder missing from `runtimes` was judged dead and its lease is free too).
poll_leases = Table(
    "poll_leases",
    metadata,
    Column("connection", String(60), primary_key=True),
    Column("holder", String(36), nullable=True),  # runtimes.id
    Column("renewed_at", Float, nullable=True),  # the holder's clock, shown only
)

# A connection's request budget shared by every runtime (runtime/crm/http/shared.py): a token
# bucket per connection and kind of call, `tokens` as of `stamp` (epoch seconds).
request_budgets = Table(
    "request_budgets",
    metadata,
    Column("connection", String(60), primary_key=True),
    Column("bucket", String(16), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("stamp", Float, nullable=False),
)

# Application settings that are not secrets (retention, webhook allowances, ...).
app_settings = Table(
    "app_settings",
    metadata,
    Column("key", String(120), primary_key=True),
    Column("value", JSONText, nullable=True),
)

# Contacts whose change matched a trigger but did not start the flow (its filter, or the
# re-enrollment policy, said no): one row per flow and contact, the latest time and reason,
# `times` counting every refusal. Pruned after `history.not_started_keep_days` days.
not_started = Table(
    "not_started",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow_id", String(36), ForeignKey("flows.id", ondelete="CASCADE"), nullable=False),
    Column("flow_version_id", Integer, nullable=False),
    Column("node_id", String(36), nullable=False),  # the trigger that matched
    Column("crm", String(120), nullable=False, default="local"),
    Column("contact_id", String(64), nullable=False),
    Column("contact_email", String(320), nullable=False, default=""),
    Column("kind", String(16), nullable=False),  # filter | reenrollment
    Column("reason", JSONText, nullable=True),  # the filter's rules with the values seen
    Column("origin", String(120), nullable=False, default=""),  # event:<id>
    Column("times", Integer, nullable=False, default=1),
    Column("first_at", Float, nullable=False),
    Column("at", Float, nullable=False),
    UniqueConstraint("flow_id", "crm", "contact_id"),
)
Index("ix_not_started_flow_at", not_started.c.flow_id, not_started.c.at)
Index("ix_not_started_at", not_started.c.at)
