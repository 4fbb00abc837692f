"""Poll leases: of two runtimes on one database only one polls a connection; a dead holder's
lease passes on (the registry's liveness rules), against the loopback fake HubSpot."""

from __future__ import annotations

import subprocess
import sys

import pytest

from runtime.crm import connections, leases
from runtime.crm.connections import ConnectorResolver
from runtime.engine import ManualClock
from runtime.engine.registry import Registry
from runtime.service import Runtime
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot
from tests.runtime.crm.office_support import T0, two_handles


@pytest.fixture
def dbs(db):
    yield from two_handles(db)


def gone_pid() -> int:
    """The pid of a process of this machine that has ended (a SIGKILLed runtime's)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_one_live_holder_at_a_time(dbs, memory_keyring) -> None:
    a_db, b_db = dbs
    connections.add_connection(a_db, "hubspot", "acme", TOKEN, base_url="http://127.0.0.1:9")
    clock = ManualClock(T0)
    a, b = Registry(a_db, "a", "run", clock), Registry(b_db, "b", "run", clock)
    a.register()
    b.register()
    assert leases.claim(a_db, "acme", "a", T0)
    assert not leases.claim(b_db, "acme", "b", T0)  # a lives: b never polls
    assert leases.claim(a_db, "acme", "a", T0 + 60)  # renewed
    assert leases.holder(b_db, "acme") == "a"
    a.unregister()  # a clean stop: a is gone from the registry, its lease is free
    assert leases.claim(b_db, "acme", "b", T0 + 61)
    assert leases.release(b_db, "b") == 1 and leases.holder(a_db, "acme") is None


def test_a_killed_holders_lease_passes_on(dbs, memory_keyring) -> None:
    a_db, b_db = dbs
    connections.add_connection(a_db, "hubspot", "acme", TOKEN, base_url="http://127.0.0.1:9")
    clock = ManualClock(T0)
    killed, b = Registry(a_db, "killed", "run", clock), Registry(b_db, "b", "run", clock)
    killed.pid = gone_pid()
    killed.register()
    b.register()
    assert leases.claim(a_db, "acme", "killed", T0)
    assert not leases.claim(b_db, "acme", "b", T0)  # not yet judged dead
    b.sweep()  # its process is gone: the registry removes it
    assert leases.claim(b_db, "acme", "b", T0 + 1)
    assert leases.holder(a_db, "acme") == "b"


def service(db, clock: ManualClock) -> Runtime:
    return Runtime(db, clock=clock, connectors=ConnectorResolver(db, sleep=lambda s: None))


def test_only_one_of_two_services_polls_and_a_dead_ones_connection_passes_on(dbs, httpserver,
                                                                             memory_keyring) -> None:
    a_db, b_db = dbs
    fake = FakeHubSpot(httpserver)
    connections.add_connection(a_db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               created_at=T0 - 60)
    fake.put_contact("1", T0 - 50, created=T0 - 3600, email="ana@x.es")
    clock = ManualClock(T0)
    a, b = service(a_db, clock), service(b_db, clock)
    a.registry.pid = gone_pid()  # a will be "killed" later; alive until b's registry looks
    a.registry.alive = b.registry.alive = lambda pid: None  # cannot tell: only heartbeats count
    a.registry.register()
    b.registry.register()
    polled = {"a": 0, "b": 0}
    for round_ in range(5):  # each round b looks first: due, but a holds the lease
        clock.set(T0 + 60 * round_)
        for name, rt in (("a", a), ("b", b)) if round_ == 0 else (("b", b), ("a", a)):
            before = len(fake.requests)
            rt.poll_connections()
            polled[name] += len(fake.requests) > before
    assert polled == {"a": 5, "b": 0}

    # a is killed (its process is gone); b's registry notices, and the next round is b's.
    b.registry.alive = lambda pid: pid != a.registry.pid
    b.registry.sweep()
    clock.set(T0 + 300)
    before = len(fake.requests)
    b.poll_connections()
    assert len(fake.requests) > before and leases.holder(a_db, "acme") == b.registry.id
    b.close()
    a.resolver.close()
