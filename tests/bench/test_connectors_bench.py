"""What the CRM connections cost the runtime (make bench): prints figures, asserts no times.

1. The service builds its engine with a ConnectorResolver (so flows can run on HubSpot /
   Bitrix24). For local flows, steps/s with the resolver vs the engine's own local fast path
   (connectors=None), the throughput bench's two flows, 5,000 contacts.
2. An idle service's extra work per pass: `next_poll_at` with 0 and 5 connections (the
   service asks it on every pass and every 0.5 s cross-process check).
"""

from __future__ import annotations

import time

import keyring

from runtime.crm import connections
from runtime.engine import Engine
from runtime.engine.activation import activate_flow
from runtime.flows import repository
from runtime.store.db import open_database
from tests.bench.test_engine_throughput import _core_flow, _flow, _seed_contacts
from tests.keyring_memory import install_memory_keyring

N = 5_000


def _steps_per_s(tmp_path, name: str, with_resolver: bool, make_flow=_core_flow) -> float:
    db = open_database(str(tmp_path / f"{name}.db"))
    _seed_contacts(db, N)
    flow = make_flow()
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    version = activate_flow(db, flow.id).version_id
    engine = Engine(db, connectors=connections.ConnectorResolver(db) if with_resolver else None)
    with db.begin(immediate=True) as conn:
        engine.enroll_many(conn, version, [str(i + 1) for i in range(N)], origin="bench")
    started = time.perf_counter()
    steps = 0
    while (done := engine.run_due(limit=500)):
        steps += done
    elapsed = time.perf_counter() - started
    db.dispose()
    return steps / elapsed


def test_resolver_cost_on_local_flows(tmp_path) -> None:
    for label, make in (("core (decisions, waits)", _core_flow), ("with local CRM writes", _flow)):
        plain = max(_steps_per_s(tmp_path, f"plain{label[:4]}{i}", False, make) for i in range(2))
        resolved = max(_steps_per_s(tmp_path, f"res{label[:4]}{i}", True, make) for i in range(2))
        print(f"\n{label}, {N} contacts: engine alone {plain:,.0f} steps/s; with ConnectorResolver "
              f"{resolved:,.0f} steps/s (ratio {resolved / plain:.2f})")


def test_idle_poll_check_cost(tmp_path) -> None:
    backend, previous = install_memory_keyring()
    try:
        db = open_database(str(tmp_path / "idle.db"))
        resolver = connections.ConnectorResolver(db)
        for count in (0, 5):
            for i in range(count - len(connections.list_connections(db))):
                connections.add_connection(db, "hubspot", f"c{i}", f"pat-na1-{i:04d}")
            rounds = 500
            started = time.perf_counter()
            for _ in range(rounds):
                resolver.next_poll_at()
            per = (time.perf_counter() - started) / rounds * 1e6
            print(f"\nnext_poll_at with {count} connections: {per:,.0f} µs per call")
        db.dispose()
    finally:
        keyring.set_keyring(previous)
