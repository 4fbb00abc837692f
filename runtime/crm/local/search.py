"""Paged contact search for the CLI and the designer's contacts table.

One LIKE on the folded `search_text` column (names, email, company without accents),
an optional tag filter, a sort on an indexed column with `id` as tie-breaker, and
LIMIT/OFFSET. The total is a COUNT over the same filter: no rows are loaded beyond the
page. Fast at 100,000 contacts (see tests/bench/test_crm_bench.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.engine import Connection

from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.text import fold
from runtime.store.schema_crm import crm_companies, crm_contact_tags, crm_contacts, crm_tags

SORTABLE = {
    "id": crm_contacts.c.id,
    "email": crm_contacts.c.email,
    "first_name": crm_contacts.c.first_name,
    "last_name": crm_contacts.c.last_name,
    "company": func.coalesce(crm_companies.c.name, ""),  # no company sorts first everywhere
    "lifecycle_stage": crm_contacts.c.lifecycle_stage,
    "created_at": crm_contacts.c.created_at,
    "updated_at": crm_contacts.c.updated_at,
}


@dataclass
class Page:
    """One page of contacts and the number of contacts that match in all."""

    total: int
    rows: list[dict[str, Any]] = field(default_factory=list)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_contacts(
    conn: Connection,
    text: str = "",
    *,
    tag: str | None = None,
    sort: str = "id",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
    with_tags: bool = True,
) -> Page:
    """Contacts whose name, email or company contains `text` (case and accents ignored).

    Args:
        text: words to find; every word must appear (in any field).
        tag: only contacts carrying this tag.
        sort: one of SORTABLE's keys; `descending` flips it.
        limit, offset: the page.
        with_tags: fill each row's "tags" (one extra query for the page).
    """
    if sort not in SORTABLE:
        raise InvalidInput(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset must not be negative")
    conds = [crm_contacts.c.search_text.like(f"%{_escape_like(w)}%", escape="\\") for w in fold(text).split()]
    if tag:
        conds.append(
            exists().where(
                crm_contact_tags.c.contact_id == crm_contacts.c.id,
                crm_contact_tags.c.tag_id == crm_tags.c.id,
                crm_tags.c.name == tag.strip(),
            )
        )
    where = and_(True, *conds)
    total = conn.scalar(select(func.count()).select_from(crm_contacts).where(where)) or 0
    column = SORTABLE[sort]
    order = [column.desc(), crm_contacts.c.id.desc()] if descending else [column, crm_contacts.c.id]
    q = (
        select(crm_contacts, crm_companies.c.name.label("company"))
        .outerjoin(crm_companies, crm_companies.c.id == crm_contacts.c.company_id)
        .where(where)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    rows = [_plain(row) for row in conn.execute(q)]
    if with_tags and rows:
        by_id = {int(r["id"]): r for r in rows}
        for r in rows:
            r["tags"] = []
        tag_rows = conn.execute(
            select(crm_contact_tags.c.contact_id, crm_tags.c.name)
            .join(crm_tags, crm_tags.c.id == crm_contact_tags.c.tag_id)
            .where(crm_contact_tags.c.contact_id.in_(list(by_id)))
            .order_by(crm_tags.c.name)
        )
        for contact_id, name in tag_rows:
            by_id[contact_id]["tags"].append(name)
    return Page(total=total, rows=rows)


def _plain(row: Any) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "email": row.email,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "phone": row.phone,
        "company": row.company,
        "owner_id": None if row.owner_id is None else str(row.owner_id),
        "lifecycle_stage": row.lifecycle_stage,
        "source": row.source,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "custom": dict(row.custom or {}),
    }
