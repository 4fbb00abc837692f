"""The history package's value types: filters, panel rows, journeys, counts, stats, results.

Plain frozen dataclasses, Qt-free; times are UTC epoch seconds (float).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

FILTER_STATUSES = ("active", "waiting", "completed", "exited", "failed", "uncertain", "cancelled")
"""Statuses the panel filters on; "uncertain" = an uncertain step awaits a person's decision."""

SORT_KEYS = ("contact", "flow", "version", "current_node", "status", "started_at", "updated_at",
             "actions_done", "next_due_at")
"""Columns `page_rows` can sort by."""

ENTRY_STATES = ("done", "no_change", "waiting", "condition_false", "failed", "uncertain", "cancelled",
                "operator")
"""What a journey entry says happened (JourneyEntry.state)."""


class HistoryError(ValueError):
    """A filter or request that names nothing (unknown flow, bad status, unknown enrollment)."""


@dataclass(frozen=True)
class HistoryFilter:
    """What the panel shows; every field narrows (AND).

    Attributes:
        flow_id: one flow's id, or None for all flows.
        statuses: any of FILTER_STATUSES (OR'ed); empty = all.
        search: part of the contact's name or email (case- and accent-insensitive).
        started_from / started_to: enrollment start between these epoch times (inclusive / exclusive).
        node_id: only enrollments whose current node is this one.
    """

    flow_id: str | None = None
    statuses: frozenset[str] = frozenset()
    search: str = ""
    started_from: float | None = None
    started_to: float | None = None
    node_id: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    """One enrollment as the panel shows it. `version` is the number users see (1, 2, ...)."""

    id: int
    flow_id: str
    flow_name: str
    version: int
    contact_id: str
    contact_email: str
    contact_name: str
    status: str
    current_node_id: str | None
    current_node_title: str
    current_node_type: str
    started_at: float
    updated_at: float
    actions_done: int
    next_due_at: float | None


@dataclass(frozen=True)
class JourneyEntry:
    """One step of a journey, with what it means for a person.

    Attributes:
        kind: trigger / action / decision / wait / operator.
        status: the step row's status (done|skipped|waiting|failed|uncertain|cancelled).
        state: one of ENTRY_STATES.
        reason: a sentence in the journey's language saying what happened and why.
        compared: for decisions, dicts {field, operator, expected, actual, result}.
        branch: the port a decision took; branch_title: its name in the journey's language.
        until: when a wait ends. error: the whole error text as stored (English);
        error_text: the error in the journey's language.
        detail: the raw step detail the engine recorded.
    """

    step_id: int
    node_id: str
    node_type: str
    title: str
    kind: str
    status: str
    state: str
    reason: str
    compared: list[dict[str, Any]] = field(default_factory=list)
    branch: str | None = None
    until: float | None = None
    error: str | None = None
    started_at: float | None = None
    finished_at: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    branch_title: str | None = None
    error_text: str | None = None


@dataclass(frozen=True)
class Journey:
    """One enrollment's header and its steps, oldest first. `compacted` steps were deleted by retention."""

    id: int
    flow_id: str
    flow_name: str
    version: int
    flow_version_id: int
    contact_id: str
    contact_email: str
    contact_name: str
    status: str
    current_node_id: str | None
    current_node_title: str
    started_at: float
    updated_at: float
    finished_at: float | None
    next_due_at: float | None
    actions_done: int
    uncertain: bool
    entries: list[JourneyEntry] = field(default_factory=list)
    compacted: int = 0


@dataclass(frozen=True)
class NodeCount:
    """Contacts at one node now: active (due), waiting, failed, uncertain."""

    active: int = 0
    waiting: int = 0
    failed: int = 0
    uncertain: int = 0

    @property
    def total(self) -> int:
        return self.active + self.waiting + self.failed + self.uncertain


@dataclass(frozen=True)
class DayStats:
    """Enrollments started, completed and failed on one day (in the requested time zone)."""

    day: _dt.date
    started: int = 0
    completed: int = 0
    failed: int = 0


@dataclass(frozen=True)
class ActionResult:
    """What an operator action did to one enrollment."""

    enrollment_id: int
    ok: bool
    message: str


@dataclass(frozen=True)
class CompactResult:
    """What retention compaction removed and the database size before/after (bytes; 0 if unknown)."""

    steps_deleted: int
    bytes_before: int
    bytes_after: int
