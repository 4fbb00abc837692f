"""Two runtimes, one database: a call is sent by one of them, once (compare-and-set claims, held items).

Real SQLite, real engines (each its own clock), the registry, a loopback HTTP server.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, update
from werkzeug import Response

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.engine import (
    Engine,
    EngineSettings,
    EnrollmentStatus,
    ManualClock,
    StepStatus,
    claims,
    ledger,
)
from runtime.engine.loop import BatchRunner
from runtime.engine.registry import Registry
from runtime.store.schema_runtime import runtimes, side_effects, work_items
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows


@pytest.fixture
def channel():
    c = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=30)
    yield c
    c.close()


def _engine(db, clock, channel, **settings) -> Engine:
    return Engine(db, clock=clock, channels=Channels(webhook=channel),
                  settings=EngineSettings(backoff_base=10.0, **settings))


def _flow(db, httpserver) -> tuple[int, str]:
    b = FlowBuilder()
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body='{"email": "{{ contact.email }}"}')
    b.chain(b.trigger, h, b.add("action.add_tag", tag="avisado"))
    return activate(db, b), h


def _recorded(db, engine, clock) -> list:
    """Run batches until the webhook calls are recorded (committed, held), without sending them:
    the runtime is "still working" on them."""
    externals: list = []
    for _ in range(3):
        with db.begin(immediate=True) as conn:
            externals += BatchRunner(engine, conn, clock.now(), careful=True).run(100).externals
    assert externals
    return externals


def _ledger(db) -> dict[str, tuple[str, str]]:
    with db.begin() as conn:
        return {k: (s, o) for k, s, o in conn.execute(select(side_effects.c.key, side_effects.c.status,
                                                             side_effects.c.owner))}


def _keys(httpserver) -> list[str]:
    return [req.headers["Idempotency-Key"] for req, _ in httpserver.log]


def _register(db, engine, clock, **kw) -> Registry:
    registry = Registry(db, engine.owner, "run", clock, **kw)
    registry.register()
    return registry


def test_a_call_held_by_a_live_runtime_is_left_alone_by_one_whose_clock_is_301_s_ahead(db, crm, channel,
                                                                                        httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock_a = ManualClock()
    clock_b = ManualClock(clock_a.now() + 301)  # past A's 300 s lease on its own clock
    a, b = _engine(db, clock_a, channel), _engine(db, clock_b, channel)
    _register(db, a, clock_a)
    _register(db, b, clock_b)
    vid, h = _flow(db, httpserver)
    eid = enroll(db, a, vid, crm.create_contact({"email": "ana@example.es"}))
    calls = _recorded(db, a, clock_a)
    assert b.run_due() == 0 and httpserver.log == []  # held by A, which still beats
    assert b.next_due_at() is None  # and not "due" for B either (no busy loop)
    a.deliver_externals(calls)
    b.run_due()  # A handed the item back, its outcome recorded: B finishes the step
    assert _keys(httpserver) == [calls[0][0]]
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert _ledger(db)[calls[0][0]] == (ledger.DONE, a.owner)


def test_of_a_runtime_taken_for_dead_and_the_one_taking_over_exactly_one_sends(db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a, b = _engine(db, clock, channel), _engine(db, clock, channel)
    _register(db, a, clock)
    watcher = _register(db, b, clock, alive=lambda pid: False)  # A's process looks gone
    vid, h = _flow(db, httpserver)
    eid = enroll(db, a, vid, crm.create_contact({"email": "bea@example.es"}))
    [(key, _, _)] = calls = _recorded(db, a, clock)
    assert watcher.sweep() == 1  # A's call handed on: its pending row superseded
    assert _ledger(db)[key][0] == ledger.SUPERSEDED
    b.run_due()
    a.deliver_externals(calls)  # A was only frozen: it wakes up and tries its call
    assert _keys(httpserver) == [ledger.make_key(eid, h, 1, 2)]  # B's new attempt, alone
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_a_call_in_flight_when_its_runtime_died_is_uncertain_and_its_late_outcome_changes_nothing(
        db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a, b = _engine(db, clock, channel), _engine(db, clock, channel)
    _register(db, a, clock)
    watcher = _register(db, b, clock, alive=lambda pid: False)
    vid, h = _flow(db, httpserver)
    eid = enroll(db, a, vid, crm.create_contact({"email": "eva@example.es"}))
    [(key, _, _)] = _recorded(db, a, clock)
    with db.begin(immediate=True) as conn:
        assert ledger.claim(conn, [key], a.owner) == [key]  # A is making the call...
    watcher.sweep()  # ...when it is judged dead
    b.run_due()
    [row] = [r for r in step_rows(db, eid) if r.node_id == h]
    assert row.status == StepStatus.UNCERTAIN and httpserver.log == []
    a._finish_calls([(key, ledger.DONE, {"response": {"status": 200}})])  # A's answer arrives late
    assert _ledger(db)[key][0] == ledger.UNCERTAIN  # what B reported stands; a person decides
    assert enrollment(db, eid).status == EnrollmentStatus.WAITING


def test_stop_starts_no_new_call_and_hands_the_rest_back(db, crm, channel, httpserver):
    engine = _engine(db, ManualClock(), channel, max_parallel_calls=4)
    signalled = threading.Event()

    def handler(request):
        if not signalled.is_set():  # the signal arrives while the first calls are under way
            signalled.set()
            engine.stopping.set()
        return Response("ok")

    httpserver.expect_request("/hook").respond_with_handler(handler)
    vid, h = _flow(db, httpserver)
    ids = [enroll(db, engine, vid, crm.create_contact({"email": f"p{i}@example.es"})) for i in range(10)]
    engine.run_due()
    assert len(httpserver.log) == 4  # the calls in hand, no more
    statuses = sorted(s for s, _ in _ledger(db).values())
    assert statuses == [ledger.DONE] * 4 + [ledger.SUPERSEDED] * 6
    with db.begin() as conn:
        assert conn.scalar(select(work_items.c.id).where(work_items.c.owner.is_not(None))) is None
    engine.stopping.clear()  # the next start
    engine.run_due()
    sent = [req.get_json()["email"] for req, _ in httpserver.log]
    assert sorted(sent) == sorted(f"p{i}@example.es" for i in range(10))  # each once
    assert all(enrollment(db, eid).status == EnrollmentStatus.COMPLETED for eid in ids)


def test_claim_and_supersede_are_compare_and_set(db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a = _engine(db, clock, channel)
    vid, _h = _flow(db, httpserver)
    for i in range(2):
        enroll(db, a, vid, crm.create_contact({"email": f"c{i}@example.es"}))
    first, second = (key for key, _, _ in _recorded(db, a, clock))
    with db.begin(immediate=True) as conn:
        assert ledger.claim(conn, [first, second], "someone-else") == []  # not theirs
        assert ledger.supersede(conn, [second], clock.now()) == 1
        assert ledger.claim(conn, [first, second], a.owner) == [first]  # the superseded one is gone
        assert ledger.supersede(conn, [first], clock.now()) == 0  # being sent: too late
        assert ledger.claim(conn, [first], a.owner) == []  # and claimed once only


def test_release_hands_back_only_the_given_calls_and_keeps_the_ones_being_sent(db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a = _engine(db, clock, channel)
    vid, _h = _flow(db, httpserver)
    for i in range(3):
        enroll(db, a, vid, crm.create_contact({"email": f"r{i}@example.es"}))
    k1, k2, k3 = (key for key, _, _ in _recorded(db, a, clock))
    with db.begin(immediate=True) as conn:
        ledger.claim(conn, [k1], a.owner)
        assert claims.release(conn, a.owner, clock.now(), {k1, k2}) == 2
        assert claims.held_count(conn) == {a.owner: 1}
    states = _ledger(db)
    assert [states[k][0] for k in (k1, k2, k3)] == [ledger.SENDING, ledger.SUPERSEDED, ledger.PENDING]


def test_an_engine_without_a_registry_keeps_the_lease_as_its_only_claim(db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a, b = _engine(db, clock, channel), _engine(db, clock, channel)  # neither registered
    vid, h = _flow(db, httpserver)
    eid = enroll(db, a, vid, crm.create_contact({"email": "lease@example.es"}))
    [(key, _, _)] = _recorded(db, a, clock)
    assert b.run_due() == 0  # within A's lease
    clock.advance(a.settings.external_lease + 1)
    b.run_due()  # A's lease ran out: B supersedes A's pending row and sends a new attempt
    assert _keys(httpserver) == [ledger.make_key(eid, h, 1, 2)]
    assert _ledger(db)[key][0] == ledger.SUPERSEDED


def test_a_registered_runtimes_items_wait_for_it_even_past_the_lease(db, crm, channel, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    clock = ManualClock()
    a, b = _engine(db, clock, channel), _engine(db, clock, channel)
    _register(db, a, clock)
    vid, h = _flow(db, httpserver)
    enroll(db, a, vid, crm.create_contact({"email": "slow@example.es"}))
    calls = _recorded(db, a, clock)
    clock.advance(3600)  # an hour of slow calls: A still beats, so the item is still A's
    assert b.run_due() == 0 and httpserver.log == []
    with db.begin() as conn:
        conn.execute(update(runtimes).where(runtimes.c.id == a.owner).values(beat=runtimes.c.beat + 1))
    a.deliver_externals(calls)
    assert len(httpserver.log) == 1
