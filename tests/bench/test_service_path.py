"""The path users run, end to end: `python main.py run --until-idle` on flows a user draws (make bench).

10,000 local contacts are tagged into (a) the example flow (resources/examples/bienvenida.caudal.json:
trigger -> email to the outbox -> wait 2 days) and (b) a marketing flow (trigger -> email through an
SMTP account to a real aiosmtpd sink on 127.0.0.1, from a template with contact fields -> task ->
tag -> if/else on a custom field -> update fields | wait). Then one real `run --until-idle`
subprocess on the SQLite file turns the tag events into enrollments and runs every step that is
due. Printed next to the engine bench's rate on the same machine in the same run
(tests/bench/test_engine_throughput.py, its 10k issue flow): step rows per second of the whole
process (start-up included) and net of the start-up of an idle `run --until-idle`, and the ratio
engine bench / service path (target: <= 1.5). Asserts what was done, never how fast.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from runtime.email.accounts import SmtpAccount, add_account
from runtime.engine.activation import activate_flow
from runtime.flows import repository
from runtime.flows.fileformat import from_document
from runtime.flows.model import Edge, Endpoint, Flow, FlowSettings, Node, new_id
from runtime.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]
N = 10_000
ROWS: list[str] = []


def _engine_bench() -> Any:
    spec = importlib.util.spec_from_file_location("engine_bench", Path(__file__).with_name("test_engine_throughput.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Sink:
    """Counts what a real SMTP server on loopback accepted."""

    def __init__(self) -> None:
        self.accepted = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.accepted += 1
        return "250 2.0.0 queued"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _example_flow() -> Flow:
    return from_document(json.loads((ROOT / "resources/examples/bienvenida.caudal.json").read_text(encoding="utf-8")))


def _marketing_flow() -> Flow:
    ids = {k: new_id() for k in ("trigger", "email", "task", "tag", "if", "update", "wait")}
    body = ("<p>Hola {{ contact.first_name }} {{ contact.last_name }}:</p>"
            "<p>Gracias por unirte desde {{ contact.city | default('tu ciudad') }}. Te escribimos a {{ contact.email }}.</p>")
    nodes = [
        Node(ids["trigger"], "trigger.tag_added", title="Nuevo cliente", config={"tag": "cliente",
                                                                                  "filter": {"match": "all", "rules": []}}),
        Node(ids["email"], "action.send_email", title="Bienvenida", config={
            "account": "sink", "to": "contact", "subject": "¡Hola, {{ contact.first_name }}!", "body": body}),
        Node(ids["task"], "action.create_task", title="Llamar", config={
            "title": "Llamar a {{ contact.first_name }}", "due_in_days": 2, "assignee": "owner", "notes": ""}),
        Node(ids["tag"], "action.add_tag", title="Bienvenida enviada", config={"tag": "bienvenida-enviada"}),
        Node(ids["if"], "decision.if", title="¿Madrid?", config={"condition": {"match": "all", "rules": [
            {"field": "contact.city", "op": "equals", "value": "Madrid"}]}}),
        Node(ids["update"], "action.update_fields", title="Oportunidad",
             config={"values": {"contact.lifecycle_stage": "oportunidad"}}),
        Node(ids["wait"], "wait.duration", title="Esperar", config={"amount": 3, "unit": "days"}),
    ]

    def e(a: str, b: str, port: str = "out") -> Edge:
        return Edge(Endpoint(ids[a], port), Endpoint(ids[b], "in"))

    edges = [e("trigger", "email"), e("email", "task"), e("task", "tag"), e("tag", "if"), e("if", "update", "yes"),
             e("if", "wait", "no")]
    return Flow(new_id(), "Marketing", settings=FlowSettings(reenrollment="never", timezone="Europe/Madrid"),
                nodes=nodes, edges=edges)


def _prepare(path: Path, flow: Flow, smtp_port: int | None) -> None:
    """A fresh file: N contacts (one owner), the flow switched on, every contact tagged «cliente»
    (the rows and change events `contacts tag` writes, in one go: the set-up is not measured)."""
    bench = _engine_bench()
    db = open_database(f"sqlite:///{path}")
    bench._seed_contacts(db, N)
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    if smtp_port is not None:
        add_account(db, SmtpAccount("sink", "127.0.0.1", smtp_port, "none", "", "Caudal <caudal@example.es>"), None)
    activate_flow(db, flow.id)
    now = time.time()
    with db.begin() as conn:
        tag = conn.exec_driver_sql("INSERT INTO crm_tags (name) VALUES ('cliente') RETURNING id").scalar()
        conn.exec_driver_sql("INSERT INTO crm_contact_tags (contact_id, tag_id, created_at) SELECT id, ?, ? FROM crm_contacts",
                             (tag, now))
        conn.exec_driver_sql(
            "INSERT INTO change_events (crm, entity, entity_id, kind, changes, origin, occurred_at)"
            " SELECT 'local', 'contact', CAST(id AS TEXT), 'tag_added', ?, 'manual', ? FROM crm_contacts ORDER BY id",
            (json.dumps({"tag": [None, "cliente"]}), now + 1))
    db.dispose()


def _run(path: Path) -> tuple[float, str]:
    """(wall seconds, stderr) of one `main.py run --until-idle` on `path`."""
    env = {**os.environ, "CAUDAL_DB": f"sqlite:///{path}"}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "main.py", "run", "--until-idle", "--db", str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr
    return wall, done.stderr


def _counts(path: Path) -> dict[str, int]:
    db = open_database(f"sqlite:///{path}")
    out = {}
    with db.begin() as conn:
        for name, query in (("enrollments", "SELECT COUNT(*) FROM enrollments"), ("steps", "SELECT COUNT(*) FROM steps"),
                            ("outbox", "SELECT COUNT(*) FROM outbox"), ("tasks", "SELECT COUNT(*) FROM crm_tasks"),
                            ("failed", "SELECT COUNT(*) FROM steps WHERE status NOT IN ('done', 'waiting')"),
                            ("waiting", "SELECT COUNT(*) FROM enrollments WHERE status = 'waiting'")):
            out[name] = conn.exec_driver_sql(query).scalar()
    db.dispose()
    return out


def _startup(tmp_path: Path) -> float:
    """Best of 3 idle `run --until-idle` on a migrated database with nothing due: the fixed cost."""
    path = tmp_path / "idle.db"
    open_database(f"sqlite:///{path}").dispose()
    return min(_run(path)[0] for _ in range(3))


@pytest.fixture(scope="module")
def engine_rate(tmp_path_factory: pytest.TempPathFactory) -> float:
    """The engine bench's best node-steps/s (10k contacts, its issue flow, best of 2) on this machine now."""
    bench = _engine_bench()
    tmp = tmp_path_factory.mktemp("engine")
    runs = [bench._engine_run(tmp / f"e{i}.db", N, bench._flow()) for i in range(2)]
    return max(r["steps"] / r["elapsed"] for r in runs)


@pytest.mark.parametrize(("label", "make", "smtp", "rows_per_contact"), [
    ("example (outbox)", _example_flow, False, 3),
    ("marketing (SMTP sink)", _marketing_flow, True, 6),
])
def test_service_path(tmp_path: Path, engine_rate: float, label: str, make: Any, smtp: bool,
                      rows_per_contact: int) -> None:
    sink = _Sink()
    port = _free_port() if smtp else None
    controller = Controller(sink, hostname="127.0.0.1", port=port) if port is not None else None
    if controller is not None:
        controller.start()
    try:
        path = tmp_path / "service.db"
        _prepare(path, make(), port)
        wall, stderr = _run(path)
    finally:
        if controller is not None:
            controller.stop()
    counts = _counts(path)
    assert counts["enrollments"] == N, (counts, stderr)
    assert counts["failed"] == 0, (counts, stderr)
    assert counts["steps"] == rows_per_contact * N, (counts, stderr)
    assert counts["outbox"] + sink.accepted == N, (counts, sink.accepted)
    start = _startup(tmp_path)
    rows = counts["steps"]
    rate, net = rows / wall, rows / max(wall - start, 1e-9)
    ROWS.append(f"{label:<22} | {N:>8,} | {rows:>7,} | {wall:6.2f} s | {start:5.2f} s | {N / wall:>9,.0f} | "
                f"{rate:>9,.0f} | {net:>9,.0f} | {engine_rate:>9,.0f} | {engine_rate / rate:5.2f} | {engine_rate / net:5.2f}")
    print("\n service path: `main.py run --until-idle` in a subprocess, SQLite file; engine = the engine bench's best"
          " node-steps/s (10k, issue flow) in this run")
    print(" flow                   | contacts |    rows | wall     | start   | contacts/s|  rows/s   | net rows/s|"
          " engine/s  | ratio | net ratio")
    for line in ROWS:
        print(" " + line)
    print(" target: ratio (engine bench / service path) <= 1.5")
