"""Contacts that did not start a flow: counts per flow, the list, and one contact's reason.

The rows are written by runtime.engine.not_started when a trigger matched a contact's change
but its filter (or the re-enrollment policy) said no. Each row keeps the latest refusal, with
the filter's rules and the values seen then; `times` counts them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.catalog.types import Text
from runtime.history.listing import TitleCache, resolve_flow_id
from runtime.history.reasons import flatten, rules_text
from runtime.i18n import translate_rendered, trn
from runtime.i18n.formats import format_datetime
from runtime.store.schema_flows import flows
from runtime.store.schema_runtime import enrollments, not_started
from runtime.store.types import from_iso, to_iso

NS = not_started.c


@dataclass(frozen=True)
class NotStartedCount:
    """How many contacts did not start one flow (and how many refusals in all)."""

    flow_id: str
    flow_name: str
    contacts: int
    times: int


def _t(lang: str, es: str, en: str, **values: Any) -> str:
    """`Text(es, en)` with `{fields}` filled, in `lang`."""
    return Text(es, en).format(**values).get(lang)


def times_text(n: int, lang: str) -> str:
    """"1 vez" / "3 veces", "1 time" / "3 times"."""
    return trn(lang, "{n} time", "{n} times", n)


def explain(kind: str, reason: Any, lang: str = "en") -> str:
    """A sentence saying why: the filter's failing rules with the values seen, or the policy."""
    if kind == "reenrollment":
        policy = (reason or {}).get("policy", "never")
        return _t(lang, "No empezó: ya tenía un recorrido en este flujo y la política de reinscripción "
                        "(«{policy}») no admite otro.",
                  "Not started: it already had a journey in this flow and the re-enrollment policy "
                  "(«{policy}») does not allow another.", policy=policy)
    if isinstance(reason, dict) and reason.get("note"):
        return _t(lang, "No empezó: filtro. {note}.", "Not started: filter. {note}.",
                  note=translate_rendered(lang, str(reason["note"])))
    failed = [r for r in flatten(reason) if not r["result"]] or flatten(reason)
    rules = rules_text(failed, lang)
    return _t(lang, "No empezó: el filtro no se cumplió. {rules}.", "Not started: the filter was not met. {rules}.",
              rules=rules)


def counts(conn: Connection, flow: str | None = None) -> list[NotStartedCount]:
    """Per flow (all, or one by id or name): contacts not started and refusals, by flow name."""
    q = (select(NS.flow_id, flows.c.name, func.count(), func.sum(NS.times))
         .select_from(not_started.join(flows, flows.c.id == NS.flow_id))
         .group_by(NS.flow_id, flows.c.name).order_by(flows.c.name))
    if flow:
        q = q.where(NS.flow_id == resolve_flow_id(conn, flow))
    return [NotStartedCount(fid, name, int(n), int(t or 0)) for fid, name, n, t in conn.execute(q)]


def _contact_filter(contact: str) -> Any:
    key = contact.strip()
    return NS.contact_email == key.lower() if "@" in key else NS.contact_id == key


def list_not_started(conn: Connection, flow: str | None = None, contact: str | None = None,
                     since: float | None = None, until: float | None = None, limit: int = 100,
                     offset: int = 0, lang: str = "en") -> list[dict[str, Any]]:
    """The contacts not started, latest refusal first, in the `history not-started --json` shape."""
    where = []
    if flow:
        where.append(NS.flow_id == resolve_flow_id(conn, flow))
    if contact:
        where.append(_contact_filter(contact))
    if since is not None:
        where.append(NS.at >= since)
    if until is not None:
        where.append(NS.at < until)
    rows = conn.execute(
        select(not_started, flows.c.name.label("flow_name"))
        .select_from(not_started.join(flows, flows.c.id == NS.flow_id))
        .where(*where).order_by(NS.at.desc(), NS.id.desc()).limit(limit).offset(offset)
    ).mappings().all()
    titles = TitleCache(lang)
    out = []
    for r in rows:
        node = titles.node(conn, r["flow_version_id"], r["node_id"])
        out.append({
            "flow": {"id": r["flow_id"], "name": r["flow_name"]},
            "contact": {"id": r["contact_id"], "email": r["contact_email"] or None},
            "trigger": {"id": r["node_id"], "title": node[1] if node else r["node_id"]},
            "kind": r["kind"], "times": r["times"], "first_at": to_iso(r["first_at"]), "at": to_iso(r["at"]),
            "origin": r["origin"], "compared": flatten(r["reason"]) if r["kind"] == "filter" else [],
            "reason": explain(r["kind"], r["reason"], lang),
        })
    return out


def why(conn: Connection, flow: str, contact: str, lang: str = "en") -> dict[str, Any]:
    """One contact and one flow: did it start, and if not, why (on demand).

    {"started": [enrollment ids], "not_started": row | None, "text": a sentence}.
    """
    flow_id = resolve_flow_id(conn, flow)
    key = contact.strip()
    who = enrollments.c.contact_email == key.lower() if "@" in key else enrollments.c.contact_id == key
    started = list(conn.scalars(select(enrollments.c.id).where(enrollments.c.flow_id == flow_id, who)
                                .order_by(enrollments.c.id)))
    found = list_not_started(conn, flow_id, contact, limit=1, lang=lang)
    row = found[0] if found else None
    began = trn(lang, "It started: journey {journeys}.", "It started: journeys {journeys}.", len(started),
                journeys=", ".join(f"#{i}" for i in started)) if started else ""
    if row is not None:
        last = format_datetime(from_iso(row["at"]), lang)
        times = f" ({times_text(row['times'], lang)}, " + _t(lang, "la última el {when})", "last on {when})", when=last)
        text = " ".join(p for p in (began, row["reason"] + times) if p)
    elif started:
        text = began
    else:
        text = _t(lang, "Sin rastro: ningún lanzador de este flujo coincidió con un cambio de este contacto "
                        "(o fue antes del periodo que se guarda).",
                  "No trace: no trigger of this flow matched a change of this contact (or it was before "
                  "the period kept).")
    return {"flow_id": flow_id, "started": started, "not_started": row, "text": text}
