"""Benchmark: the history panel at 100,000 enrollments / 1,000,000 steps (figures, no asserts).

Targets (issue 5): opening the panel and applying any filter under 150 ms (count_rows +
the first page of page_rows); one contact's 200-step journey under 50 ms. The data is
generated once with executemany into a SQLite file under pytest's temp root and reused by
later runs (delete /tmp/pytest-of-*/caudal-history-bench-*.db to rebuild). Each case runs
five times (the machine is shared): first (cold), median and best, in ms.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import time
import unicodedata
from pathlib import Path

from runtime.history import HistoryFilter, count_rows, daily_stats, journey, node_counts, page_rows
from runtime.store.db import open_database

ENROLLMENTS = 100_000
STEPS = 1_000_000
CONTACTS = 50_000
LONG_JOURNEY = 200
FLOWS = 5
T_END = 1_795_417_200.0  # 2026-11-23T07:00:00Z
DAY = 86400.0
VERSION = "v2"
FIRST = ["Ana", "José", "María", "Íñigo", "Lucía", "Jorge", "Núria", "Pablo", "Sofía", "Martín", "Elena", "Óscar"]
LAST = ["García", "Muñoz", "López", "Pérez", "Sánchez", "Ruiz", "Díaz", "Gómez", "Álvarez", "Romero", "Ortiz"]
STATUSES = [("completed", 40), ("waiting", 28), ("active", 10), ("failed", 8), ("uncertain", 2), ("exited", 7),
            ("cancelled", 5)]
NODE_TYPES = ["action.add_tag", "decision.if", "action.send_email", "wait.duration", "action.update_fields",
              "action.create_task", "wait.duration", "action.add_tag", "decision.if", "action.remove_tag"]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _flow_doc(f: int) -> dict:
    nodes = [{"id": f"f{f}-n0", "type": "trigger.manual", "title": "Inicio", "config": {}}]
    nodes += [{"id": f"f{f}-n{i}", "type": t, "title": f"Paso {i}", "config": {}}
              for i, t in enumerate(NODE_TYPES, 1)]
    edges = [{"from": {"node": nodes[i]["id"], "port": "yes" if "decision" in nodes[i]["type"] else "out"},
              "to": {"node": nodes[i + 1]["id"], "port": "in"}} for i in range(len(nodes) - 1)]
    return {"format": "caudal.flow", "schema_version": 1,
            "flow": {"id": f"flow-{f}", "name": f"Flujo {f}", "settings": {}, "nodes": nodes, "edges": edges}}


def build(path: Path) -> None:
    """Migrate an empty file, then fill it with the raw DB-API (executemany, one transaction)."""
    open_database(f"sqlite:///{path}").dispose()
    rnd = random.Random(5)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    for f in range(FLOWS):
        doc = json.dumps(_flow_doc(f))
        con.execute("INSERT INTO flows (id, name, description, document, is_active, active_version_id, created_at,"
                    " updated_at) VALUES (?, ?, '', ?, 1, ?, ?, ?)", (f"flow-{f}", f"Flujo {f}", doc, f + 1, T_END,
                                                                      T_END))
        con.execute("INSERT INTO flow_versions (id, flow_id, version, document, created_at) VALUES (?, ?, 1, ?, ?)",
                    (f + 1, f"flow-{f}", doc, T_END))
    contacts = []
    for c in range(1, CONTACTS + 1):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        email = f"{_fold(first)}.{_fold(last)}{c}@example.es"
        contacts.append((c, email, first, last, "", "", "", "{}", _fold(f"{first} {last} {email}"), T_END, T_END))
    con.executemany("INSERT INTO crm_contacts (id, email, first_name, last_name, phone, lifecycle_stage, source,"
                    " custom, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts)
    names, weights = zip(*STATUSES, strict=True)
    enrollments, steps = [], []
    per = (STEPS - LONG_JOURNEY) // (ENROLLMENTS - 1)
    extra = (STEPS - LONG_JOURNEY) - per * (ENROLLMENTS - 1)
    detail = json.dumps({"why": {"match": "all", "result": True, "rules": [
        {"field": "contact.city", "op": "equals", "expected": "Madrid", "actual": "Madrid", "result": True}]},
        "branch": "yes"})
    for e in range(1, ENROLLMENTS + 1):
        f = rnd.randrange(FLOWS)
        cid = rnd.randrange(1, CONTACTS + 1)
        status = rnd.choices(names, weights)[0]
        started = T_END - rnd.random() * 60 * DAY
        n = LONG_JOURNEY if e == 1 else per + (1 if e <= extra + 1 else 0)
        node = rnd.randrange(1, len(NODE_TYPES) + 1)
        due = None
        if status in ("waiting", "active"):
            due = started + rnd.random() * 5 * DAY
        stored = "waiting" if status == "uncertain" else status
        finished = started + n * 60 if stored in ("completed", "failed", "exited", "cancelled") else None
        enrollments.append((e, f"flow-{f}", f + 1, "local", str(cid), contacts[cid - 1][1], f"f{f}-n0", stored,
                            f"f{f}-n{node}", n, due, started, started + n * 60, finished, rnd.randrange(0, 9)))
        for s in range(n):
            i = s % (len(NODE_TYPES) + 1)
            ntype = "trigger.manual" if i == 0 else NODE_TYPES[i - 1]
            steps.append((e, f"f{f}-n{i}", ntype, 1, "done", started + s * 60, started + s * 60,
                          detail if "decision" in ntype else '{"tag": "cliente", "changed": true}', None))
        if len(steps) >= 100_000:
            con.executemany(_STEP, steps)
            steps.clear()
    con.executemany(_STEP, steps)
    con.executemany("INSERT INTO enrollments (id, flow_id, flow_version_id, crm, contact_id, contact_email,"
                    " trigger_node, status, current_node, step_count, next_due_at, started_at, updated_at,"
                    " finished_at, actions_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", enrollments)
    con.execute("COMMIT")  # no ANALYZE: a user's database has no planner statistics either
    con.close()


_STEP = ("INSERT INTO steps (enrollment_id, node_id, node_type, attempt, status, started_at, finished_at, detail,"
         " error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _times(fn, runs: int = 5) -> tuple[float, float, float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out[0], statistics.median(out), min(out)


def test_history_panel_at_100k(tmp_path_factory):
    path = tmp_path_factory.getbasetemp().parent / f"caudal-history-bench-{VERSION}.db"
    if not path.exists():
        start = time.perf_counter()
        build(path.with_suffix(".tmp"))
        path.with_suffix(".tmp").rename(path)
        print(f"\nbuilt {ENROLLMENTS:,} enrollments / {STEPS:,} steps in {time.perf_counter() - start:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB) at {path}")
    db = open_database(f"sqlite:///{path}")
    week = (T_END - 14 * DAY, T_END - 7 * DAY)
    cases = [("unfiltered (panel opens)", HistoryFilter(), "updated_at"),
             ("flow", HistoryFilter(flow_id="flow-2"), "updated_at")]
    cases += [(f"status {s}", HistoryFilter(statuses=frozenset({s})), "updated_at") for s, _ in STATUSES]
    cases += [("search name «muñoz»", HistoryFilter(search="muñoz"), "updated_at"),
              ("search «jose.garcia12»", HistoryFilter(search="jose.garcia12"), "updated_at"),
              ("search nobody «zzz»", HistoryFilter(search="zzz"), "updated_at"),
              ("date range (one week)", HistoryFilter(started_from=week[0], started_to=week[1]), "updated_at"),
              ("node", HistoryFilter(node_id="f1-n4"), "updated_at"),
              ("flow + waiting + node", HistoryFilter(flow_id="flow-1", statuses=frozenset({"waiting"}),
                                                      node_id="f1-n4"), "updated_at")]
    cases += [(f"sort by {k}", HistoryFilter(), k) for k in ("contact", "flow", "actions_done", "next_due_at",
                                                              "started_at", "status")]
    print(f"\nhistory panel, {ENROLLMENTS:,} enrollments / {STEPS:,} steps: count_rows + first page of 100 (ms)")
    print(f"{'case':<28} {'rows':>7} {'first':>7} {'median':>7} {'best':>7}  target 150 ms")
    try:
        with db.begin() as conn:
            for name, f, sort in cases:
                def one(f=f, sort=sort):
                    return count_rows(conn, f), page_rows(conn, f, sort=sort, limit=100)
                n, _ = one()
                first, median, best = _times(one)
                ok = "under" if median < 150 else "OVER"
                print(f"{name:<28} {n:>7,} {first:>7.1f} {median:>7.1f} {best:>7.1f}  {ok}")
            first, median, best = _times(lambda: page_rows(conn, HistoryFilter(), offset=50_000, limit=100))
            print(f"{'page at offset 50,000':<28} {'':>7} {first:>7.1f} {median:>7.1f} {best:>7.1f}  "
                  f"{'under' if median < 150 else 'OVER'}")
            for name, fn in (("daily stats, 30 days", lambda: daily_stats(conn, None, 30, now=T_END)),
                             ("daily stats, one flow", lambda: daily_stats(conn, "flow-1", 30, now=T_END)),
                             ("node counts, one flow", lambda: node_counts(conn, "flow-1"))):
                first, median, best = _times(fn)
                print(f"{name:<28} {'':>7} {first:>7.1f} {median:>7.1f} {best:>7.1f}")
            j = journey(conn, 1)
            first, median, best = _times(lambda: journey(conn, 1))
            print(f"{f'journey of {len(j.entries)} steps':<28} {'':>7} {first:>7.1f} {median:>7.1f} {best:>7.1f}  "
                  f"target 50 ms: {'under' if median < 50 else 'OVER'}")
    finally:
        db.dispose()
