"""The `history` command's queries: enrollments and their steps, filtered and paged (the panel and `history`).

Each enrollment comes back in the shape `history --json` prints (docs/cli/runtime.md):

    {id, flow: {id, name}, flow_version, contact: {id, email}, status,
     current_node: {id, type, title} | null, started_at, updated_at, next_due_at, actions_done,
     steps: [{node_id, node_type, title, status, started_at, finished_at, detail, error}]}

Times are ISO-8601 UTC. Node titles come from the enrollment's frozen flow version
(the node's own title, else its catalog title), parsed once per version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.history.model import HistoryError
from runtime.history.versions import version_info
from runtime.i18n import N_
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments, steps
from runtime.store.types import to_iso

ENROLLMENT_STATUSES = ("active", "waiting", "completed", "exited", "failed", "cancelled")


class TitleCache:
    """Node (type, title) per flow version; versions are immutable, so cache forever."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self._versions: dict[int, dict[str, tuple[str, str]]] = {}

    def node(self, conn: Connection, version_id: int, node_id: str | None) -> tuple[str, str] | None:
        if node_id is None:
            return None
        nodes = self._versions.get(version_id)
        if nodes is None:
            version = version_info(conn, version_id)
            nodes = self._versions[version_id] = {
                n.id: (n.type, n.title(self.lang)) for n in version.nodes.values()}
        return nodes.get(node_id)


def resolve_flow_id(conn: Connection, flow: str) -> str:
    """A flow id from an id or an exact name; HistoryError when there is none."""
    found = conn.scalar(select(flows.c.id).where((flows.c.id == flow) | (flows.c.name == flow)))
    if found is None:
        raise HistoryError(N_("no flow with id or name {flow}").format(flow=repr(flow)))
    return found


def _filters(conn: Connection, flow: str | None, contact: str | None, status: str | None,
             since: float | None = None, until: float | None = None) -> list[Any]:
    where = []
    if since is not None:
        where.append(enrollments.c.started_at >= since)
    if until is not None:
        where.append(enrollments.c.started_at < until)
    if flow:
        where.append(enrollments.c.flow_id == resolve_flow_id(conn, flow))
    if contact:
        key = contact.strip()
        where.append(enrollments.c.contact_email == key.lower() if "@" in key else enrollments.c.contact_id == key)
    if status:
        if status not in ENROLLMENT_STATUSES:
            raise HistoryError(N_("unknown status {status}; use one of {known}").format(
                status=repr(status), known=", ".join(ENROLLMENT_STATUSES)))
        where.append(enrollments.c.status == status)
    return where


def count_enrollments(conn: Connection, flow: str | None = None, contact: str | None = None,
                      status: str | None = None, since: float | None = None, until: float | None = None) -> int:
    """How many enrollments the same filters as `list_enrollments` select."""
    q = select(func.count()).select_from(enrollments).where(*_filters(conn, flow, contact, status, since, until))
    return int(conn.scalar(q) or 0)


def list_enrollments(
    conn: Connection,
    flow: str | None = None,
    contact: str | None = None,
    status: str | None = None,
    limit: int = 100,
    offset: int = 0,
    with_steps: bool = True,
    titles: TitleCache | None = None,
    _only: int | None = None,
    since: float | None = None,
    until: float | None = None,
) -> list[dict[str, Any]]:
    """Enrollments, newest first, in the `history --json` shape.

    Args:
        flow: a flow id or exact name. contact: an email (or a CRM contact id).
        status: one of ENROLLMENT_STATUSES. limit/offset: paging.
        with_steps: include each enrollment's steps (oldest first).
        since/until: only journeys started at or after `since` and before `until` (epoch seconds).

    Raises:
        HistoryError: the flow does not exist or the status is unknown.
    """
    titles = titles or TitleCache()
    q = (
        select(enrollments, flows.c.name.label("flow_name"), flow_versions.c.version.label("flow_version"))
        .select_from(enrollments.join(flows, flows.c.id == enrollments.c.flow_id)
                     .join(flow_versions, flow_versions.c.id == enrollments.c.flow_version_id))
        .where(*_filters(conn, flow, contact, status, since, until),
               *([] if _only is None else [enrollments.c.id == _only]))
        .order_by(enrollments.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    rows = conn.execute(q).mappings().all()
    by_enrollment: dict[int, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
    versions = {r["id"]: r["flow_version_id"] for r in rows}
    if with_steps and rows:
        step_rows = conn.execute(
            select(steps)
            .where(steps.c.enrollment_id.in_(list(by_enrollment))).order_by(steps.c.enrollment_id, steps.c.id)
        ).mappings()
        for s in step_rows:
            node = titles.node(conn, versions[s["enrollment_id"]], s["node_id"])
            by_enrollment[s["enrollment_id"]].append({
                "node_id": s["node_id"],
                "node_type": s["node_type"],
                "title": node[1] if node else s["node_id"],
                "status": s["status"],
                "started_at": to_iso(s["started_at"]),
                "finished_at": to_iso(s["finished_at"]),
                "detail": s["detail"],
                "error": s["error"],
            })
    return [_enrollment(conn, r, by_enrollment[r["id"]], titles) for r in rows]


def get_enrollment(conn: Connection, enrollment_id: int, titles: TitleCache | None = None,
                   with_steps: bool = True) -> dict[str, Any] | None:
    """One enrollment (with its steps unless `with_steps` is False), or None."""
    found = list_enrollments(conn, limit=1, titles=titles, with_steps=with_steps, _only=enrollment_id)
    return found[0] if found else None


def _enrollment(conn: Connection, r: Any, step_list: list[dict[str, Any]], titles: TitleCache) -> dict[str, Any]:
    node = titles.node(conn, r["flow_version_id"], r["current_node"])
    return {
        "id": r["id"],
        "flow": {"id": r["flow_id"], "name": r["flow_name"]},
        "flow_version": r["flow_version"],
        "contact": {"id": r["contact_id"], "email": r["contact_email"] or None},
        "status": r["status"],
        "current_node": None if r["current_node"] is None else {
            "id": r["current_node"],
            "type": node[0] if node else None,
            "title": node[1] if node else r["current_node"],
        },
        "started_at": to_iso(r["started_at"]),
        "updated_at": to_iso(r["updated_at"]),
        "next_due_at": to_iso(r["next_due_at"]),
        "actions_done": r["actions_done"],
        "steps": step_list,
    }
