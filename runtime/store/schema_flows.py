"""Tables for flows (the editable draft) and their immutable, activated versions."""

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from runtime.store.metadata import metadata
from runtime.store.types import JSONText

flows = Table(
    "flows",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("document", JSONText, nullable=False),  # the draft, in file-format v1 shape
    Column("is_active", Boolean, nullable=False, default=False),
    Column("active_version_id", Integer, nullable=True),  # flow_versions.id while active
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    # +1 at every save of the draft: a save names the revision it was based on (two people editing)
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
)

flow_versions = Table(
    "flow_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("flow_id", String(36), ForeignKey("flows.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("document", JSONText, nullable=False),  # frozen: never updated
    Column("created_at", Float, nullable=False),
    UniqueConstraint("flow_id", "version"),
)
