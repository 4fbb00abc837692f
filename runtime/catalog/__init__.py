"""The one declarative node catalog (see `types` for the shapes, `registry` for lookup).

Use `get_catalog()`; it is built once from the entry modules.
"""

from __future__ import annotations

from functools import cache

from runtime.catalog.registry import Catalog


@cache
def get_catalog() -> Catalog:
    """The catalog of every node type Caudal knows."""
    from runtime.catalog import actions, decisions, triggers, waits

    return Catalog([*triggers.TYPES, *actions.TYPES, *waits.TYPES, *decisions.TYPES])
