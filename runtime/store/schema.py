"""Loads every table into `metadata`; import this to get the whole schema."""

from runtime.store import schema_crm, schema_email, schema_flows, schema_runtime  # noqa: F401
from runtime.store.metadata import metadata

__all__ = ["metadata"]
