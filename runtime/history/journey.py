"""One enrollment's journey: its steps with what each meant, and the path it walked.

Two indexed reads: the enrollment row (with its flow and version) and its steps by
`ix_steps_enrollment`. Titles and edges come from the cached frozen version.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.history.model import HistoryError, Journey, JourneyEntry
from runtime.history.reasons import meaning
from runtime.history.rows import contact_names, shown_status
from runtime.history.versions import VersionInfo, version_info
from runtime.history.wording import error_text
from runtime.i18n import N_
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments, steps, timers

if TYPE_CHECKING:  # not at run time: the runtime.engine package loads the whole engine
    from runtime.kernel.detail import StepDetail

E = enrollments.c


def _header(conn: Connection, enrollment_id: int) -> Any:
    row = conn.execute(
        select(enrollments, flows.c.name.label("flow_name"), flow_versions.c.version.label("version"))
        .select_from(enrollments.join(flows, flows.c.id == E.flow_id)
                     .join(flow_versions, flow_versions.c.id == E.flow_version_id))
        .where(E.id == enrollment_id)
    ).first()
    if row is None:
        raise HistoryError(N_("no enrollment {id}").format(id=enrollment_id))
    return row


def _steps(conn: Connection, enrollment_id: int) -> Sequence[Any]:
    return conn.execute(select(steps).where(steps.c.enrollment_id == enrollment_id).order_by(steps.c.id)).all()


def _detail(raw: Any) -> dict[str, Any]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return {"text": raw}
    return raw if isinstance(raw, dict) else ({} if raw is None else {"value": raw})


def _kind(version: VersionInfo, node_id: str, node_type: str) -> str:
    if node_type.startswith("operator."):
        return "operator"
    node = version.nodes.get(node_id)
    if node is not None:
        return node.kind
    return node_type.split(".", 1)[0] or "action"


def _with_timer(conn: Connection, detail: dict[str, Any]) -> dict[str, Any]:
    """A date trigger's step with its timer's note (why its time was moved), when it has one."""
    origin = str(detail.get("origin") or "")
    if not origin.startswith("timer:") or not origin[6:].isdigit():
        return detail
    note = conn.scalar(select(timers.c.detail).where(timers.c.id == int(origin[6:])))
    return {**detail, **note} if isinstance(note, dict) else detail


def journey(conn: Connection, enrollment_id: int, lang: str = "es", tz: dt.tzinfo | None = None) -> Journey:
    """The enrollment's header and its steps (oldest first), each with a reason in `lang`.

    Times inside the reasons are written for `tz` (default: the local zone).

    Raises:
        HistoryError: there is no such enrollment.
    """
    h = _header(conn, enrollment_id)
    version = version_info(conn, h.flow_version_id)
    entries = []
    for s in _steps(conn, enrollment_id):
        detail = _detail(s.detail)
        kind = _kind(version, s.node_id, s.node_type)
        if kind == "trigger":
            detail = _with_timer(conn, detail)
        m = meaning(kind, s.node_type, s.status, cast("StepDetail", detail), s.error, lang, tz=tz,  # stored JSON
                    port_title=functools.partial(version.port_title, s.node_id, lang=lang))
        title = version.title(s.node_id, lang) if s.node_id else ""
        entries.append(JourneyEntry(
            step_id=s.id, node_id=s.node_id, node_type=s.node_type, title=title, kind=kind, status=s.status,
            state=m.state, reason=m.reason, compared=m.compared, branch=m.branch, until=m.until, error=s.error,
            started_at=s.started_at, finished_at=s.finished_at, detail=detail, branch_title=m.branch_title,
            error_text=error_text(s.error, lang) or None,
        ))
    name = contact_names(conn, [h.contact_id]).get(h.contact_id, "") if h.crm == "local" else ""
    status = shown_status(h.status, h.next_due_at)
    return Journey(
        id=h.id, flow_id=h.flow_id, flow_name=h.flow_name, version=h.version, flow_version_id=h.flow_version_id,
        contact_id=h.contact_id, contact_email=h.contact_email or "", contact_name=name, status=status,
        current_node_id=h.current_node, current_node_title=version.title(h.current_node, lang),
        started_at=h.started_at, updated_at=h.updated_at, finished_at=h.finished_at, next_due_at=h.next_due_at,
        actions_done=h.actions_done or 0, uncertain=status == "uncertain", entries=entries,
        compacted=h.steps_compacted or 0,
    )


def _walk(conn: Connection, enrollment_id: int) -> tuple[list[str], list[tuple[str, str]]]:
    h = _header(conn, enrollment_id)
    version = version_info(conn, h.flow_version_id)
    out_edges: dict[str, list[tuple[str, str]]] = {}
    for src, port, dst in version.edges:
        out_edges.setdefault(src, []).append((port, dst))
    visited: list[str] = []
    taken: dict[str, str | None] = {}  # node -> port it last left by (None = any)
    path: list[tuple[str, str]] = []
    for s in _steps(conn, enrollment_id):
        if s.node_type.startswith("operator.") or not s.node_id:
            continue
        node = s.node_id
        for prev in reversed(visited):
            left_by = taken.get(prev)
            if any(dst == node and (left_by is None or p == left_by) for p, dst in out_edges.get(prev, ())):
                if (prev, node) not in path:
                    path.append((prev, node))
                break
        if node not in visited:
            visited.append(node)
        branch = _detail(s.detail).get("branch")
        taken[node] = str(branch) if branch else None
    current = h.current_node
    if current and current not in visited:  # due next, not run yet: the edge that leads there
        for prev in reversed(visited):
            left_by = taken.get(prev)
            if any(dst == current and (left_by is None or p == left_by) for p, dst in out_edges.get(prev, ())):
                path.append((prev, current))
                break
        visited.append(current)
    return visited, path


def path_of(conn: Connection, enrollment_id: int) -> list[tuple[str, str]]:
    """Edges (from_node, to_node) the enrollment walked, in order (for highlighting on the canvas).

    Includes the edge into the current node when it is due but has not run yet.

    Raises:
        HistoryError: there is no such enrollment.
    """
    return _walk(conn, enrollment_id)[1]


def nodes_of(conn: Connection, enrollment_id: int) -> list[str]:
    """Node ids the enrollment visited (and the one it is at), in order of first visit."""
    return _walk(conn, enrollment_id)[0]
