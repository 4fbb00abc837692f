"""Dry runs: a flow file played over a cohort of contacts on a scratch copy of the data.

`simulate_flow` never touches the real database and never lets anything leave the
machine: it works on a temporary SQLite file (a copy of the real one made with
sqlite3's backup API, or of a PostgreSQL database's data without its history; or a
fresh one holding the contacts of a CSV), with the
engine's dry-run channels (webhooks are not called; emails stay in the scratch
outbox; a flow on a CRM connection is played against the cohort, never the remote
CRM) and a `ManualClock` that jumps from due time to due time until N days have
passed. Every contact enters through the flow's first trigger, whatever it is.

The result (`as_json`, the `simulate --json` shape, docs/cli/runtime.md) says, for
each contact, the path it took (node titles) and where it stands at the end, and
for each node how many contacts reached it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update

from runtime.crm.local import LocalCrm
from runtime.engine import Channels, Engine, ManualClock
from runtime.engine.activation import ActivationRefused, activate_flow
from runtime.flows import fileformat, repository
from runtime.history import TitleCache, list_enrollments
from runtime.store.copy import copy_rows
from runtime.store.db import Database, open_database
from runtime.store.schema_crm import crm_contacts
from runtime.store.schema_flows import flows
from runtime.store.schema_runtime import outbox, timers, work_items
from runtime.store.types import now, to_iso

DAY = 86_400.0
MAX_JUMPS = 100_000  # a runaway guard: a flow cannot need more clock jumps than this


class SimulationError(Exception):
    """The simulation cannot run (bad file, invalid flow, no contacts...)."""


@dataclass
class Simulation:
    """What a dry run found."""

    flow_id: str
    flow_name: str
    days: int
    started_at: float
    ended_at: float
    contacts: list[dict[str, Any]]
    nodes: list[dict[str, Any]]
    emails: int

    def as_json(self) -> dict[str, Any]:
        return {
            "flow": {"id": self.flow_id, "name": self.flow_name},
            "days": self.days,
            "started_at": to_iso(self.started_at),
            "ended_at": to_iso(self.ended_at),
            "contacts": self.contacts,
            "nodes": self.nodes,
            "emails_in_outbox": self.emails,
        }


# What a dry run does not need from the real database: its history and its pending work.
NOT_COPIED = ("enrollments", "work_items", "steps", "side_effects", "outbox", "timers", "change_events", "cursors")


def copy_sqlite(db: Database, target: Path) -> None:
    """Copy a live SQLite database with the backup API (consistent even while `run` writes)."""
    source_path = db.url.split("///", 1)[-1]
    src = sqlite3.connect(source_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _copy_of(source: Database, path: Path) -> Database:
    """A scratch SQLite file holding `source`'s data: the whole file for SQLite, from a server
    (PostgreSQL) everything but its history and pending work, read in one snapshot."""
    if source.is_sqlite:
        copy_sqlite(source, path)
        return open_database(f"sqlite:///{path}")

    scratch = open_database(f"sqlite:///{path}")
    try:
        copy_rows(source.engine, scratch.engine, skip=NOT_COPIED)
    except Exception:
        scratch.dispose()
        raise
    return scratch


def _scratch(workdir: Path, source: Database | None, contacts_csv: str | Path | None) -> Database:
    path = workdir / "scratch.db"
    if source is not None:
        scratch = _copy_of(source, path)
        with scratch.begin() as conn:  # the copy runs nothing but the simulated flow
            conn.execute(delete(work_items))
            conn.execute(delete(timers))
            conn.execute(update(flows).values(is_active=False, active_version_id=None))
        return scratch

    if contacts_csv is None:
        raise SimulationError("no contacts to simulate with: give a contacts CSV or a database")
    scratch = open_database(f"sqlite:///{path}")
    try:
        LocalCrm(scratch).import_csv(contacts_csv)
    except Exception as exc:
        scratch.dispose()
        raise SimulationError(f"{contacts_csv}: {exc}") from None
    return scratch


def simulate_flow(flow_file: str | Path, *, contacts_csv: str | Path | None = None,
                  source: Database | None = None, days: int = 30, start: float | None = None) -> Simulation:
    """Play `flow_file` for `days` days over the CSV's contacts or every contact of `source`.

    Raises:
        FlowFileError: the file cannot be loaded.
        SimulationError: the flow is invalid, or there are no contacts.
    """
    if days < 0:
        raise SimulationError("--days must be 0 or more")
    flow = fileformat.load(flow_file)
    # The cohort stands in for the flow's CRM, whatever connection it names: nothing is
    # read from or written to HubSpot/Bitrix24 (a dry run), and the scratch copy needs
    # no connection registered.
    flow.settings.crm = None
    workdir = Path(tempfile.mkdtemp(prefix="caudal-sim-"))
    try:
        scratch = _scratch(workdir, source, contacts_csv)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    try:
        with scratch.begin() as conn:
            stored = repository.import_flow(conn, flow).flow
        clock = ManualClock(start if start is not None else _now())
        begin = clock.now()
        try:
            activation = activate_flow(scratch, stored.id, now=begin)
        except ActivationRefused as exc:
            raise SimulationError(str(exc)) from None
        engine = Engine(scratch, clock=clock, channels=Channels.dry_run())
        triggers = [n for n in stored.nodes if n.type.startswith("trigger.")]
        with scratch.begin() as conn:
            ids = [str(i) for i in scratch_contact_ids(conn)]
            if not ids:
                raise SimulationError("there are no contacts to simulate")
            for cid in ids:
                engine.enroll(conn, activation.version_id, cid, trigger_node=triggers[0].id, origin="simulate")
        end = begin + days * DAY
        _play(engine, clock, end)
        return _result(scratch, stored, activation.version_id, days, begin, end)
    finally:
        scratch.dispose()
        shutil.rmtree(workdir, ignore_errors=True)


def _now() -> float:
    return now()


def scratch_contact_ids(conn: Any) -> list[int]:
    return list(conn.scalars(select(crm_contacts.c.id).order_by(crm_contacts.c.id)))


def _play(engine: Any, clock: Any, end: float) -> None:
    """Run due work, then jump the clock to the next due time, until `end`."""
    for _ in range(MAX_JUMPS):
        while engine.run_due(limit=1000, now=clock.now()):
            pass
        due = engine.next_due_at()
        if due is None or due > end:
            clock.set(end)
            while engine.run_due(limit=1000, now=end):
                pass
            return
        clock.set(max(due, clock.now()))
    raise SimulationError(f"the flow still had work after {MAX_JUMPS} clock jumps")


def _result(db: Database, flow: Any, version_id: int, days: int, begin: float, end: float) -> Simulation:
    titles = TitleCache()
    with db.begin() as conn:
        items = list_enrollments(conn, flow=flow.id, limit=10**9, titles=titles)
        emails = int(conn.scalar(select(func.count()).select_from(outbox)) or 0)
    reached: dict[str, set[int]] = {}
    contacts = []
    for e in sorted(items, key=lambda x: x["id"]):
        path = []
        for s in e["steps"]:
            reached.setdefault(s["node_id"], set()).add(e["id"])
            path.append({"node_id": s["node_id"], "title": s["title"], "status": s["status"], "at": s["started_at"],
                         "error": s["error"]})
        contacts.append({"id": e["contact"]["id"], "email": e["contact"]["email"], "status": e["status"],
                         "current_node": e["current_node"], "path": path})
    nodes = []
    with db.begin() as conn:
        for n in flow.nodes:
            kind, title = titles.node(conn, version_id, n.id) or (n.type, n.title)
            nodes.append({"id": n.id, "type": kind, "title": title, "reached": len(reached.get(n.id, ()))})
    return Simulation(flow.id, flow.name, days, begin, end, contacts, nodes, emails)
