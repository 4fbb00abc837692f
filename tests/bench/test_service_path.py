"""The path users run, end to end: `python main.py run --until-idle` on flows a user draws (make bench).

10,000 local contacts are tagged into (a) the example flow (resources/examples/bienvenida.caudal.json:
trigger -> email to the outbox -> wait 2 days) and (b) a marketing flow (trigger -> email from a
template with contact fields -> task -> tag -> if/else on a custom field -> update fields | wait),
its email to the outbox, and again for 2,000 contacts through an SMTP account to a real aiosmtpd
sink on 127.0.0.1 (the sink's pace is most of that row). Then a real `run --until-idle`
subprocess on the SQLite file turns the tag events into enrollments and runs every step that is
due. Printed next to the engine bench's rate on the same machine (tests/bench/test_engine_throughput.py,
its 10k issue flow), in turns: a service run on a fresh copy, an idle start, an engine round, 5 times
(SMTP: 3): step rows per second of the whole process (start-up included), per CPU second net of an
idle start, and the ratios engine bench / service path, each within its turn (a shared machine's
slower and faster spells then fall on both sides), the median turn's (target: <= 1.5); and, per
flow, the engine on that same flow in process over the service path: what the path itself adds.
Asserts what was done, never how fast.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from aiosmtpd.controller import Controller

from runtime.email.accounts import SmtpAccount, add_account
from runtime.engine import Engine
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


def _marketing_flow(account: str = "") -> Flow:
    ids = {k: new_id() for k in ("trigger", "email", "task", "tag", "if", "update", "wait")}
    body = ("<p>Hola {{ contact.first_name }} {{ contact.last_name }}:</p>"
            "<p>Gracias por unirte desde {{ contact.city | default('tu ciudad') }}."
            " Te escribimos a {{ contact.email }}.</p>")
    nodes = [
        Node(ids["trigger"], "trigger.tag_added", title="Nuevo cliente",
             config={"tag": "cliente", "filter": {"match": "all", "rules": []}}),
        Node(ids["email"], "action.send_email", title="Bienvenida", config={
            "account": account, "to": "contact", "subject": "¡Hola, {{ contact.first_name }}!", "body": body}),
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


def _prepare(path: Path, n: int, flow: Flow, smtp_port: int | None) -> None:
    """A fresh file: `n` contacts (one owner), the flow switched on, every contact tagged «cliente»
    (the rows and change events `contacts tag` writes, in one go: the set-up is not measured)."""
    bench = _engine_bench()
    db = open_database(f"sqlite:///{path}")
    bench._seed_contacts(db, n)
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    if smtp_port is not None:
        add_account(db, SmtpAccount("sink", "127.0.0.1", smtp_port, "none", "", "Caudal <caudal@example.es>"), None)
    activate_flow(db, flow.id)
    now = time.time()
    with db.begin() as conn:
        tag = conn.exec_driver_sql("INSERT INTO crm_tags (name) VALUES ('cliente') RETURNING id").scalar()
        conn.exec_driver_sql("INSERT INTO crm_contact_tags (contact_id, tag_id, created_at)"
                             " SELECT id, ?, ? FROM crm_contacts", (tag, now))
        conn.exec_driver_sql(
            "INSERT INTO change_events (crm, entity, entity_id, kind, changes, origin, occurred_at)"
            " SELECT 'local', 'contact', CAST(id AS TEXT), 'tag_added', ?, 'manual', ? FROM crm_contacts ORDER BY id",
            (json.dumps({"tag": [None, "cliente"]}), now + 1))
    db.dispose()


def _run(path: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stderr) of one `main.py run --until-idle` on `path`. CPU time
    (user + system of the child) is the figure a busy shared machine disturbs least."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "main.py", "run", "--until-idle", "--db", str(path)], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, done.stderr


def _counts(path: Path) -> dict[str, int]:
    db = open_database(f"sqlite:///{path}")
    out = {}
    with db.begin() as conn:
        for name, query in (("enrollments", "SELECT COUNT(*) FROM enrollments"),
                            ("steps", "SELECT COUNT(*) FROM steps"),
                            ("outbox", "SELECT COUNT(*) FROM outbox"), ("tasks", "SELECT COUNT(*) FROM crm_tasks"),
                            ("failed", "SELECT COUNT(*) FROM steps WHERE status NOT IN ('done', 'waiting')"),
                            ("waiting", "SELECT COUNT(*) FROM enrollments WHERE status = 'waiting'")):
            out[name] = conn.exec_driver_sql(query).scalar()
    db.dispose()
    return out


class _Turn(NamedTuple):
    """One turn, its parts back to back: a service run on a fresh copy of the prepared file, an
    idle start, an engine round."""

    wall: float  # seconds of the service run
    cpu: float
    start_wall: float  # seconds of the idle start
    start_cpu: float
    engine_wall: float  # node-steps per second of the engine round
    engine_cpu: float  # per CPU second

    def ratios(self, rows: int) -> tuple[float, float]:
        """(wall, CPU net of the idle start) ratio of the engine's rate to the service path's."""
        return self.engine_wall * self.wall / rows, self.engine_cpu * max(self.cpu - self.start_cpu, 1e-9) / rows


def _turns(path: Path, idle: Path, runs: int) -> tuple[list[_Turn], str]:
    """`runs` turns, and the last service run's stderr. A shared machine has slower and faster
    spells of a minute or so; each turn's ratio is taken within one, and the row shows the median
    turn's."""
    turns, stderr = [], ""
    for i in range(runs):
        copy = path.with_name(f"{path.stem}-{i}.db")
        shutil.copyfile(path, copy)
        wall, cpu, stderr = _run(copy)
        start_wall, start_cpu, _ = _run(idle)
        turns.append(_Turn(wall, cpu, start_wall, start_cpu, *_engine_round(path.with_name(f"engine-{i}.db"))))
    return turns, stderr


def _enrolled(path: Path, n: int, flow: Flow) -> tuple[Any, Engine]:
    """(database, engine) of a file with `n` contacts, `flow` switched on and every contact
    enrolled in bulk: what the engine bench does before its clock starts."""
    bench = _engine_bench()
    db = open_database(f"sqlite:///{path}")
    bench._seed_contacts(db, n)
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    version = activate_flow(db, flow.id).version_id
    engine = Engine(db)
    with db.begin() as conn:
        engine.enroll_many(conn, version, [str(i + 1) for i in range(n)])
    return db, engine


def _same_flow_engine(path: Path, n: int, make: Any) -> float:
    """Contacts per CPU second of `Engine.run_due` in process on the same flow, timed as the
    engine bench times its own flow: what the service path adds is the rest (events to
    enrollments, passes, the process)."""
    db, engine = _enrolled(path, n, make())
    cpu0 = time.process_time()
    engine.run_due(limit=_engine_bench().BATCH)
    cpu = time.process_time() - cpu0
    db.dispose()
    return n / cpu


def _idle(tmp_path: Path) -> Path:
    """A migrated database with nothing due: `run --until-idle` on it is the fixed cost of a start."""
    path = tmp_path / "idle.db"
    open_database(f"sqlite:///{path}").dispose()
    return path


def _engine_round(path: Path) -> tuple[float, float]:
    """(node-steps per wall second, per CPU second) of `Engine.run_due` on the engine bench's issue
    flow at N contacts, timed as that bench times it (enrollment in bulk first, not timed)."""
    bench = _engine_bench()
    db, engine = _enrolled(path, N, bench._flow())
    wall0, cpu0 = time.perf_counter(), time.process_time()
    steps = engine.run_due(limit=bench.BATCH)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    db.dispose()
    assert steps == 4 * N
    return steps / wall, steps / cpu


@pytest.mark.parametrize(("label", "n", "make", "rows_per_contact"), [
    ("example (outbox)", N, _example_flow, 3),
    ("marketing (outbox)", N, _marketing_flow, 6),
    ("marketing (SMTP sink)", N // 5, lambda: _marketing_flow("sink"), 6),
])
def test_service_path(tmp_path: Path, label: str, n: int, make: Any, rows_per_contact: int) -> None:
    flow = make()
    sink = _Sink()
    smtp = any(node.config.get("account") for node in flow.nodes)
    port = _free_port() if smtp else None
    controller = Controller(sink, hostname="127.0.0.1", port=port) if port is not None else None
    if controller is not None:
        controller.start()
    try:
        path = tmp_path / "service.db"
        _prepare(path, n, flow, port)
        turns, stderr = _turns(path, _idle(tmp_path), runs=3 if smtp else 5)
    finally:
        if controller is not None:
            controller.stop()
    counts = _counts(path.with_name("service-2.db"))
    assert counts["enrollments"] == n, (counts, stderr)
    assert counts["failed"] == 0, (counts, stderr)
    assert counts["steps"] == rows_per_contact * n, (counts, stderr)
    assert sink.accepted in (0, len(turns) * n) and counts["outbox"] + sink.accepted // len(turns) == n, \
        (counts, sink.accepted)
    rows = counts["steps"]
    best = _Turn(min(t.wall for t in turns), min(t.cpu for t in turns), min(t.start_wall for t in turns),
                 min(t.start_cpu for t in turns), max(t.engine_wall for t in turns), max(t.engine_cpu for t in turns))
    rate, net = rows / best.wall, rows / max(best.cpu - best.start_cpu, 1e-9)
    ratio, cpu_ratio = (statistics.median(r) for r in zip(*(t.ratios(rows) for t in turns), strict=True))
    same = f"{_same_flow_engine(tmp_path / 'same.db', n, make) / (n / max(best.cpu - best.start_cpu, 1e-9)):5.2f}" \
        if not smtp else "    -"
    ROWS.append(f"{label:<22} | {n:>7,} | {rows:>7,} | {best.wall:6.2f} s | {best.cpu:6.2f} s |"
                f" {best.start_wall:4.2f}/{best.start_cpu:4.2f} s |"
                f" {rate:>7,.0f} | {net:>7,.0f} | {best.engine_wall:>7,.0f} | {best.engine_cpu:>7,.0f} |"
                f" {ratio:5.2f} | {cpu_ratio:5.2f} |"
                f" {min(t.ratios(rows)[1] for t in turns):4.2f}-{max(t.ratios(rows)[1] for t in turns):4.2f} | {same}")
    print("\n service path: `main.py run --until-idle` in a subprocess on a SQLite file, in turns of three back"
          " to back (a service run on a fresh copy, an idle start, a round of the engine bench's issue flow at 10k,"
          " Engine.run_due in process): 5 turns (SMTP: 3)")
    print(" flow                   | contacts|    rows | wall     | CPU      | start w/CPU |"
          " rows/s  | rows/CPU-s| eng/s   |"
          " eng/CPU-s | ratio | CPU ratio | turns     | same flow")
    for line in ROWS:
        print(" " + line)
    print(" wall, CPU, start, rows/s, eng/s: the best turn's. rows/s: step rows over the process's wall time, start-up"
          " included; rows/CPU-s: over its CPU time net of an idle start's. ratio = engine / service path (wall; CPU),"
          " each turn's within its turn, the median turn's shown, then the turns' CPU ratios from lowest to highest;"
          " target <= 1.5. same flow: contacts per CPU-s of"
          " Engine.run_due on the same flow (enrolled in bulk first, as the engine bench does) / the service path's:"
          " what the path itself adds (events to enrollments, passes)")
