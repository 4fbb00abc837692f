"""The one declarative node catalog (see `types` for the shapes, `registry` for lookup).

Use `get_catalog()`; it is built once from the entry modules. `check_config` lists a
node's config problems and `summarize` gives its one-line canvas summary.
"""

from __future__ import annotations

from functools import cache

from runtime.catalog.checks import ConfigProblem, check_config
from runtime.catalog.registry import Catalog
from runtime.catalog.summaries import summarize

__all__ = ["Catalog", "ConfigProblem", "check_config", "get_catalog", "summarize"]


@cache
def get_catalog() -> Catalog:
    """The catalog of every node type Caudal knows."""
    from runtime.catalog import actions, decisions, triggers, waits  # here: ~20 ms, on the first call only

    return Catalog([*triggers.TYPES, *actions.TYPES, *waits.TYPES, *decisions.TYPES])
