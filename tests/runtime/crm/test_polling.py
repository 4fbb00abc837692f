"""Polling a fake HubSpot: events, durable cursor across a restart, overlap de-dup, 10k split."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from runtime.crm import connections
from runtime.crm.hubspot import changes as hs_changes
from runtime.crm.polling import diff_events
from runtime.store.db import open_database
from runtime.store.schema_crm import change_events
from tests.databases import blocked_on_a_lock
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot

T0 = 1_800_000_000.0




@pytest.fixture
def setup(db_url, httpserver, memory_keyring):
    fake = FakeHubSpot(httpserver)
    path = db_url
    db = open_database(path)
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               tag_property="caudal_tags", created_at=T0)
    return fake, db, path


def events(db) -> list[tuple]:
    with db.begin() as c:
        rows = c.execute(select(change_events).order_by(change_events.c.id)).all()
    return [(r.crm, r.entity, r.entity_id, r.kind, r.changes, r.origin) for r in rows]


def sync(db, now: float):
    conn = connections.get_connection(db, "acme")
    connector, source = connections.open_connector(conn, sleep=lambda s: None)
    from runtime.crm.polling import poll

    return poll(db, "acme", conn.created_at, source, clock=lambda: now)


def test_created_updated_tags_and_stage_changes(setup) -> None:
    fake, db, _ = setup
    fake.put_contact("1", T0 + 10, email="ana@x.es", firstname="Ana", city="Madrid")
    fake.put_contact("2", T0 + 20, created=T0 - 1000, email="old@x.es")  # made before we connected
    fake.put_deal("7", T0 + 30, contact="1", dealname="Web", dealstage="appointmentscheduled")
    result = sync(db, T0 + 60)
    assert result.events == 3
    evs = events(db)
    assert evs[0][:4] == ("acme", "contact", "1", "created") and evs[0][4]["city"] == [None, "Madrid"]
    assert evs[1][:5] == ("acme", "contact", "2", "updated", {})
    assert evs[2][:4] == ("acme", "deal", "7", "created") and evs[2][5] == "poll"
    fake.put_contact("1", T0 + 70, city="Sevilla", caudal_tags="vip")
    fake.put_deal("7", T0 + 80, dealstage="closedwon")
    assert sync(db, T0 + 120).events == 3
    assert [e[3:5] for e in events(db)[3:]] == [
        ("updated", {"city": ["Madrid", "Sevilla"]}),
        ("tag_added", {"tag": [None, "vip"]}),
        ("stage_changed", {"stage": ["Cita", "Ganado"]}),
    ]


def test_overlap_rereads_are_not_repeated_and_restart_neither_misses_nor_repeats(setup) -> None:
    fake, db, path = setup
    fake.put_contact("1", T0 + 10, email="a@x.es")
    assert sync(db, T0 + 60).events == 1
    again = sync(db, T0 + 90)  # the overlap re-reads contact 1
    assert again.events == 0 and again.skipped == 1
    fake.put_contact("2", T0 + 100, email="b@x.es")
    db.dispose()
    db2 = open_database(path)  # "restart": new objects on the same file
    assert sync(db2, T0 + 150).events == 1
    assert sync(db2, T0 + 200).events == 0
    # A change that the search index shows late (modified before the cursor) is still caught.
    fake.put_contact("3", T0 + 140, email="late@x.es")
    assert sync(db2, T0 + 260).events == 1
    assert [e[2] for e in events(db2)] == ["1", "2", "3"]


def test_window_nearing_the_search_cap_is_split(setup, monkeypatch) -> None:
    fake, db, _ = setup
    fake.search_cap = 300
    monkeypatch.setattr(hs_changes, "SPLIT_AT", 250)
    for i in range(700):
        fake.put_contact(str(i + 1), T0 + 1 + i * 0.05, email=f"c{i}@x.es")
    result = sync(db, T0 + 60)
    assert result.events == 700 and len({e[2] for e in events(db)}) == 700
    contact_searches = [s for s in fake.searches
                        if s["filterGroups"][0]["filters"][0]["propertyName"] == "lastmodifieddate"]
    assert all(int(s.get("after") or 0) < 300 for s in contact_searches)


def test_diff_events_shapes() -> None:
    assert diff_events("contact", {"a": 1, "tags": ["x"]}, {"a": 2, "tags": []}, False) == [
        ("updated", {"a": [1, 2]}), ("tag_removed", {"tag": ["x", None]})]
    assert diff_events("deal", {"stage": "A", "pipeline": "P"}, {"stage": "B", "pipeline": "Q"}, False) == [
        ("stage_changed", {"stage": ["A", "B"], "pipeline": ["P", "Q"]})]


def test_resolver_polls_only_connections_that_are_due(setup) -> None:
    fake, db, _ = setup
    resolver = connections.ConnectorResolver(db, sleep=lambda s: None)
    assert resolver("acme").bind(None).list_users()[0]["id"] == "501"
    fake.put_contact("1", T0 + 10, email="a@x.es")
    first = resolver.poll_due(T0 + 30)
    assert first["acme"].events == 1
    assert resolver.poll_due(T0 + 60) == {}  # polled 30 s ago; the interval is 60 s
    assert resolver.poll_due(T0 + 95)["acme"].events == 0
    fake.token = "revoked"
    assert "check the token" in str(resolver.poll_due(T0 + 200)["acme"])
    status = resolver.status()["acme"]
    assert status["pending"] == 0 and status["calls"] > 0 and "check the token" in status["last_error"]
    resolver.close()


class ListSource:
    """A connector's polling side reduced to a list of records (our own interface, not a vendor's)."""

    entities = ("contact",)

    def __init__(self) -> None:
        self.records: list = []

    def changed(self, entity: str, start: float, end: float):
        return [r for r in self.records if start <= r.modified < end]


@pytest.mark.postgresql_only(reason="row locks between two pollers: SQLite's one writer serializes them already")
def test_two_runtimes_polling_one_connection_at_once_record_each_change_once(db, monkeypatch) -> None:
    from runtime.crm import polling

    source = ListSource()
    source.records.append(polling.Record("1", T0 + 10, T0 + 10, {"email": "ana@x.es"}))
    polling.poll(db, "acme", T0, source, clock=lambda: T0 + 60)  # the cursor row exists from here on
    source.records += [polling.Record(str(i), T0 + 60 + i, T0 + 60 + i, {"email": f"p{i}@x.es"}) for i in (2, 3)]
    entered, gate = threading.Event(), threading.Event()
    record_event = polling.record_event

    def pausing(conn, *args, **kwargs):  # the first poller stops inside its write transaction
        if threading.current_thread() is first and not entered.is_set():
            entered.set()
            gate.wait(30)
        return record_event(conn, *args, **kwargs)

    monkeypatch.setattr(polling, "record_event", pausing)

    outcomes: list = []

    def poll_once() -> None:
        try:
            outcomes.append(polling.poll(db, "acme", T0, source, clock=lambda: T0 + 120).events)
        except Exception as exc:  # noqa: BLE001 - recorded: neither poll may fail
            outcomes.append(exc)

    first = threading.Thread(target=poll_once)
    first.start()
    assert entered.wait(30)
    second = threading.Thread(target=poll_once)
    second.start()
    blocked = blocked_on_a_lock(db, second)  # on the cursor's lock (unlocked, it would be done)
    gate.set()
    first.join(30)
    second.join(30)
    assert blocked and sorted(outcomes, key=str) == [0, 2]  # one recorded the changes; the other saw the cursor moved
    assert [e[2:4] for e in events(db)] == [("1", "created"), ("2", "created"), ("3", "created")]
