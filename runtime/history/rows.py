"""Enrollment rows, filtered, sorted and paged over indexed SQL (the History page and `history`).

Every filter is a condition on the `enrollments` row itself (indexed in revision 0002);
the contact search adds one uncorrelated subquery over the local CRM's folded
`search_text`. Nothing here reads `steps`: `actions_done` is a counter the step loop
keeps. "uncertain" is an enrollment waiting with nothing due (an uncertain step holds it
until a person decides), so it too is a plain row condition.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, and_, cast, false, func, or_, select
from sqlalchemy.engine import Connection

from runtime.fold import fold
from runtime.history.model import (
    FILTER_STATUSES,
    SORT_KEYS,
    HistoryError,
    HistoryFilter,
    HistoryRow,
)
from runtime.history.versions import version_info
from runtime.i18n import N_
from runtime.store.schema_crm import crm_contacts
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments

E = enrollments.c


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def status_condition(status: str) -> Any:
    """The row condition of one FILTER_STATUSES entry."""
    if status == "uncertain":
        return and_(E.status == "waiting", E.next_due_at.is_(None))
    if status == "waiting":
        return and_(E.status == "waiting", E.next_due_at.is_not(None))
    return E.status == status


def shown_status(status: str, next_due_at: float | None) -> str:
    """The status the panel shows: a waiting enrollment with nothing due is "uncertain"."""
    return "uncertain" if status == "waiting" and next_due_at is None else status


def _search_condition(text: str, only_local: bool) -> Any:
    """Local contacts match on the CRM's folded search_text (names, email, company), by indexed
    contact_id; other CRMs' contacts on the email cached in the enrollment."""
    words = fold(text).split()
    if not words:
        return None
    local = [crm_contacts.c.search_text.like(f"%{_escape_like(w)}%", escape="\\") for w in words]
    local_ids = select(cast(crm_contacts.c.id, String)).where(*local).scalar_subquery()
    if only_local:
        return E.contact_id.in_(local_ids)
    emails = [func.lower(E.contact_email).like(f"%{_escape_like(w)}%", escape="\\") for w in words]
    return or_(and_(E.crm != "local", *emails), and_(E.crm == "local", E.contact_id.in_(local_ids)))


def _only_local(conn: Connection) -> bool:
    return conn.scalar(select(E.id).where(E.crm != "local").limit(1)) is None


def conditions(f: HistoryFilter, conn: Connection | None = None) -> list[Any]:
    """The WHERE conditions of a filter (on `enrollments` only).

    With `conn`, a search over a database whose enrollments are all from the local CRM
    takes the faster indexed form.
    """
    where: list[Any] = []
    if f.flow_id:
        where.append(E.flow_id == f.flow_id)
    unknown = sorted(set(f.statuses) - set(FILTER_STATUSES))
    if unknown:
        raise HistoryError(N_("unknown status {status}; use any of {known}").format(
            status=", ".join(unknown), known=", ".join(FILTER_STATUSES)))
    if f.statuses:
        where.append(or_(*(status_condition(s) for s in sorted(f.statuses))))
    if f.search.strip():
        cond = _search_condition(f.search, conn is not None and _only_local(conn))
        where.append(cond if cond is not None else false())
    if f.started_from is not None:
        where.append(E.started_at >= f.started_from)
    if f.started_to is not None:
        where.append(E.started_at < f.started_to)
    if f.node_id:
        where.append(E.current_node == f.node_id)
    return where


def count_rows(conn: Connection, f: HistoryFilter) -> int:
    """How many enrollments `f` selects."""
    return int(conn.scalar(select(func.count()).select_from(enrollments).where(*conditions(f, conn))) or 0)


_SORT_COLUMNS: dict[str, Any] = {
    "contact": E.contact_email,
    "flow": flows.c.name,
    "version": flow_versions.c.version,
    "current_node": E.current_node,
    "status": E.status,
    "started_at": E.started_at,
    "updated_at": E.updated_at,
    "actions_done": E.actions_done,
    "next_due_at": E.next_due_at,
}


def page_rows(conn: Connection, f: HistoryFilter, sort: str = "updated_at", descending: bool = True,
              offset: int = 0, limit: int = 100, lang: str = "es") -> list[HistoryRow]:
    """One page of enrollments that `f` selects, sorted by one of SORT_KEYS (ties: by id; status: by last change).

    `current_node` sorts by node id (it groups contacts at the same node); node titles
    come in `lang` (es/en) when the node has no title of its own.

    Raises:
        HistoryError: unknown sort key or status, negative offset/limit.
    """
    if sort not in SORT_KEYS:
        raise HistoryError(N_("unknown sort key {key}; use one of {known}")
                           .format(key=repr(sort), known=", ".join(SORT_KEYS)))
    if offset < 0 or limit < 0:
        raise HistoryError("offset and limit must be 0 or more")
    key = _SORT_COLUMNS[sort]
    keys = [key, E.updated_at, E.id] if sort == "status" else [key, E.id]  # status: its index's order
    order = [k.desc() for k in keys] if descending else [k.asc() for k in keys]
    q = (
        select(E.id, E.flow_id, flows.c.name, flow_versions.c.version, E.flow_version_id, E.crm, E.contact_id,
               E.contact_email, E.status, E.current_node, E.started_at, E.updated_at, E.actions_done,
               E.next_due_at)
        .select_from(enrollments.join(flows, flows.c.id == E.flow_id)
                     .join(flow_versions, flow_versions.c.id == E.flow_version_id))
        .where(*conditions(f, conn))
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    rows = conn.execute(q).all()
    names = contact_names(conn, [r.contact_id for r in rows if r.crm == "local"])
    out = []
    for r in rows:
        version = version_info(conn, r.flow_version_id)
        out.append(HistoryRow(
            id=r.id, flow_id=r.flow_id, flow_name=r.name, version=r.version, contact_id=r.contact_id,
            contact_email=r.contact_email or "", contact_name=names.get(r.contact_id, "") if r.crm == "local" else "",
            status=shown_status(r.status, r.next_due_at), current_node_id=r.current_node,
            current_node_title=version.title(r.current_node, lang), current_node_type=version.node_type(r.current_node),
            started_at=r.started_at, updated_at=r.updated_at, actions_done=r.actions_done or 0,
            next_due_at=r.next_due_at,
        ))
    return out


def contact_names(conn: Connection, contact_ids: list[str]) -> dict[str, str]:
    """"First Last" of local CRM contacts by id (text); unknown ids are left out."""
    ints = sorted({int(c) for c in contact_ids if str(c).isdigit()})
    out: dict[str, str] = {}
    for start in range(0, len(ints), 500):
        rows = conn.execute(select(crm_contacts.c.id, crm_contacts.c.first_name, crm_contacts.c.last_name)
                            .where(crm_contacts.c.id.in_(ints[start:start + 500])))
        out.update((str(i), " ".join(p for p in (first, last) if p)) for i, first, last in rows)
    return out
