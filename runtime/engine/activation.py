"""Switching flows on and off: validate, freeze a version, plan its trigger timers.

`activate_flow` refuses an invalid draft (`ActivationRefused` carries the problems);
otherwise it freezes the draft as a new immutable version (or keeps the active one
when the draft has not changed since), makes it the flow's active version and plans
its schedule and date-field timers, all in one transaction. Contacts already in
flight stay on the version they entered with.

Date-field triggers cannot plan a timer for a record whose field holds text that is
not a date (`31/02/2027`): `Activation.unreadable_dates` lists them, so the caller can
say so instead of the trigger staying silent for those contacts.

`deactivate_flow` stops new enrollments (triggers and timers); contacts in flight go
on unless `cancel_running`, which cancels them through the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.catalog import get_catalog
from runtime.crm.connections import crm_problem
from runtime.crm.writable import read_only_problems
from runtime.dates import FORMATS, date_problem
from runtime.engine import Engine, timers
from runtime.engine.triggers import active_version
from runtime.flows import repository
from runtime.flows.problems import ActivationRefused, Problem
from runtime.flows.summary import summary_of
from runtime.flows.validate import node_label, validate
from runtime.i18n import CODES, tr
from runtime.store.db import Database
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments
from runtime.store.types import now as wall_now

LIVE_STATUSES = ("active", "waiting")
__all__ = ["Activation", "ActivationRefused", "UnreadableDate", "activate_flow", "deactivate_flow"]


@dataclass(frozen=True)
class UnreadableDate:
    """A record a date-field trigger will not fire for: its field holds no date Caudal reads."""

    trigger: str  # the trigger node's title (or id)
    field: str  # "contact.renovacion"
    subject: str  # "contact:4"
    value: str

    def text(self, lang: str = "en") -> str:
        why = date_problem(self.value, lang) or tr(lang, "«{value}» is not a date ({formats})",
                                                   value=self.value, formats=tr(lang, FORMATS))
        kind, _, number = self.subject.partition(":")
        subject = (tr(lang, "contact {number}", number=number) if kind == "contact"
                   else tr(lang, "deal {number}", number=number) if kind == "deal" else f"{kind} {number}")
        return tr(lang, "trigger «{trigger}» will not fire for {subject}: {field}: {why}", trigger=self.trigger,
                  subject=subject, field=self.field, why=why)


@dataclass(frozen=True)
class Activation:
    """What `activate_flow` did."""

    flow_id: str
    flow_name: str
    version_id: int
    version: int
    new_version: bool  # False: the draft equals the already active version
    timers_planned: int
    unreadable_dates: tuple[UnreadableDate, ...] = ()


def _unreadable_dates(conn: Connection, version: Any) -> tuple[UnreadableDate, ...]:
    """Records whose date-field trigger field holds text that is not a date (no timer planned)."""
    out = []
    for node in version.of_type(timers.DATE_FIELD):
        path = str(node.config.get("field") or "")
        for subject, value in timers._date_values(conn, version.crm, path):
            if value not in (None, "") and timers.parse_date(value) is None:
                out.append(UnreadableDate(node.title or node.id, path, subject, str(value)))
    return tuple(out)


def _problem_lines(flow: Any, problems: list[Problem], lang: str) -> list[str]:
    catalog = get_catalog()
    out = []
    for p in problems:
        node = flow.node(p.node_id) if p.node_id else None
        where = tr(lang, "node {id} («{title}»): ", id=p.node_id, title=node_label(node, catalog, lang)) \
            if node is not None else ""
        out.append(f"  - [{p.code}] {where}{p.message.get(lang)}")
    return out


def activate_flow(db: Database, flow_id_or_name: str, now: float | None = None) -> Activation:
    """Validate, freeze and switch on a flow (by id or exact name).

    Raises:
        repository.FlowNotFound: no such flow.
        ActivationRefused: the draft has validation problems (nothing changed).
    """
    with db.begin(immediate=True) as conn:
        info = repository.require(conn, flow_id_or_name)
        flow = repository.get(conn, info.id)
        problems = validate(flow)
        problems += [p for p in [crm_problem(conn, flow.settings.crm)] if p is not None]
        problems += read_only_problems(conn, flow)
        if problems:
            lines = {lang: _problem_lines(flow, problems, lang) for lang in CODES}
            raise ActivationRefused(info.name, problems, lines)
        draft = conn.scalar(select(flows.c.document).where(flows.c.id == info.id))
        version_id = info.active_version_id if info.is_active else None
        same = version_id is not None and conn.scalar(
            select(flow_versions.c.document).where(flow_versions.c.id == version_id)) == draft
        if version_id is None or not same:
            version_id = repository.freeze_version(conn, info.id)
        row = conn.execute(select(flow_versions).where(flow_versions.c.id == version_id)).one()
        repository.set_active(conn, info.id, version_id)
        others = [v for v in conn.scalars(select(flow_versions.c.id).where(
            flow_versions.c.flow_id == info.id, flow_versions.c.id != version_id))]
        timers.drop_unfired(conn, others)
        planned, unreadable = 0, tuple[UnreadableDate, ...]()
        if not same:  # the new version's document is the draft validated above: no second parse
            version = active_version(info.id, info.name, version_id, row.created_at, summary_of(flow))
            planned = timers.plan_version(conn, version, wall_now() if now is None else now)
            unreadable = _unreadable_dates(conn, version)
        return Activation(info.id, info.name, version_id, row.version, not same, planned, unreadable)


def deactivate_flow(db: Database, flow: str, cancel_running: bool = False, engine: Any = None) -> int:
    """Stop new enrollments into a flow (by id or exact name); returns how many were cancelled.

    Contacts in flight continue on their version unless `cancel_running`, which cancels
    each live enrollment through the engine (`engine.cancel`).
    """
    with db.begin(immediate=True) as conn:
        info = repository.require(conn, flow)
        repository.set_active(conn, info.id, None)
        versions = list(conn.scalars(select(flow_versions.c.id).where(flow_versions.c.flow_id == info.id)))
        timers.drop_unfired(conn, versions)
        live = _live_enrollments(conn, info.id) if cancel_running else []
    if not live:
        return 0
    if engine is None:
        engine = Engine(db)
    for enrollment_id in live:
        engine.cancel(enrollment_id)
    return len(live)


def _live_enrollments(conn: Connection, flow_id: str) -> list[int]:
    return list(conn.scalars(select(enrollments.c.id).where(
        enrollments.c.flow_id == flow_id, enrollments.c.status.in_(LIVE_STATUSES)).order_by(enrollments.c.id)))
