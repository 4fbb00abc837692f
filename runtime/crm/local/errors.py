"""Errors of the local CRM: bad input (a clear message naming the field) and not-found."""

from __future__ import annotations

from runtime.crm.base import CrmError, NotFound

__all__ = ["CrmError", "InvalidInput", "NotFound"]


class InvalidInput(CrmError):
    """A value the local CRM refuses (bad email, unknown stage, ...); never transient."""
