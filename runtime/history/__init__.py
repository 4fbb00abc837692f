"""History: the panel's rows, journeys, node counts, daily stats, operator actions and retention.

The older `history` command queries (`list_enrollments` and friends, the `history --json` shape)
live in `listing`; everything is re-exported here.
"""

from runtime.history.journey import journey, nodes_of, path_of
from runtime.history.listing import (
    ENROLLMENT_STATUSES,
    TitleCache,
    count_enrollments,
    get_enrollment,
    list_enrollments,
    resolve_flow_id,
)
from runtime.history.model import (
    ENTRY_STATES,
    FILTER_STATUSES,
    SORT_KEYS,
    ActionResult,
    CompactResult,
    DayStats,
    HistoryError,
    HistoryFilter,
    HistoryRow,
    Journey,
    JourneyEntry,
    NodeCount,
)
from runtime.history.overlay import count_in_flight, node_counts
from runtime.history.retention import compact, get_keep_days, set_keep_days
from runtime.history.rows import count_rows, page_rows
from runtime.history.stats import daily_stats

__all__ = [
    "ENROLLMENT_STATUSES", "ENTRY_STATES", "FILTER_STATUSES", "SORT_KEYS", "ActionResult", "CompactResult",
    "DayStats", "HistoryError", "HistoryFilter", "HistoryRow", "Journey", "JourneyEntry", "NodeCount",
    "TitleCache", "compact", "count_enrollments", "count_in_flight", "count_rows", "daily_stats", "get_enrollment",
    "get_keep_days", "journey", "list_enrollments", "node_counts", "nodes_of", "page_rows", "path_of",
    "resolve_flow_id", "set_keep_days",
]
