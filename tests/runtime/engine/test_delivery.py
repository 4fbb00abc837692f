"""The events hub: subscribers hear each event once committed; a batch nobody listens to builds none."""

from __future__ import annotations

import logging

from runtime.engine import Engine, EngineSettings
from runtime.engine.delivery import Hub, listening
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll


def _flow(db) -> int:
    b = FlowBuilder()
    b.chain(b.trigger, b.add("action.add_tag", tag="uno"), b.add("action.add_tag", tag="dos"))
    return activate(db, b)


def test_a_batch_nobody_listens_to_builds_no_events_and_a_subscriber_hears_the_next(db, crm, clock):
    hub = Hub()
    engine = Engine(db, clock=clock, events=hub, settings=EngineSettings())
    vid = _flow(db)
    enroll(db, engine, vid, crm.create_contact({"email": "a@example.es"}))
    assert not listening(hub)
    assert engine.run_batch(clock.now(), 50).events == []
    heard: list = []
    unsubscribe = hub.subscribe(heard.append)
    enroll(db, engine, vid, crm.create_contact({"email": "b@example.es"}))
    batch = engine.run_batch(clock.now(), 50)
    assert listening(hub) and batch.events and heard[-len(batch.events):] == batch.events
    assert [e.kind for e in heard][0] == "enrollment_changed"  # the enrollment's, delivered at its commit
    unsubscribe()
    assert not listening(hub)


def test_the_sink_taken_over_still_hears_and_a_failing_subscriber_stops_nobody(caplog):
    upstream: list = []
    hub = Hub(upstream=upstream.append)
    assert listening(hub)  # the sink it took over listens
    heard: list = []

    def broken(_event: object) -> None:
        raise RuntimeError("boom")

    hub.subscribe(broken)
    hub.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        hub("ev")
    assert upstream == ["ev"] and heard == ["ev"] and "boom" in caplog.text
