"""Clientify connector against a loopback fake of its API v1: ops, polling, and a flow end to end."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from runtime.crm import connections, pause
from runtime.crm.base import ConnectionPaused, CrmError
from runtime.crm.clientify import ClientifyApi, ClientifyOps
from runtime.crm.polling import poll
from runtime.crm.resolver import ConnectorResolver
from runtime.engine import ManualClock
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_crm import change_events
from runtime.store.schema_runtime import enrollments
from tests.runtime.crm.clientify.fake_clientify import KEY, FakeClientify
from tests.runtime.crm.flow_support import task_flow

T0 = 1_800_000_000.0


@pytest.fixture
def fake(httpserver) -> FakeClientify:
    return FakeClientify(httpserver)


@pytest.fixture
def ops(fake) -> ClientifyOps:
    return ClientifyOps(ClientifyApi(KEY, fake.base, sleep=lambda s: None))


def test_contact_ops(fake, ops) -> None:
    fake.put_contact("12", T0, email="Ana@x.es", first_name="Ana", owner="eva@acme.es", tags=["vip"],
                     custom={"plan": "basic"})
    c = ops.get_contact("12")
    assert (c["email"], c["first_name"], c["owner_id"], c["tags"], c["custom"]) == (
        "ana@x.es", "Ana", "eva@acme.es", ["vip"], {"plan": "basic"})
    assert ops.get_contact("99") is None and ops.find_contact("ANA@x.es")["id"] == "12"
    assert ops.update_contact("12", {"first_name": "Ana", "plan": "pro", "email": "ana@y.es"}, "t") == {
        "plan": ["basic", "pro"], "email": ["ana@x.es", "ana@y.es"]}
    assert fake.contacts["12"]["custom_fields"] == [{"field": "plan", "value": "pro"}]
    assert fake.contacts["12"]["emails"][0]["email"] == "ana@y.es"
    assert ops.add_tag("12", "nuevo", "t") and not ops.add_tag("12", "nuevo", "t")
    assert ops.remove_tag("12", "vip", "t") and fake.contacts["12"]["tags"] == ["nuevo"]
    assert ops.set_owner("12", "leo@acme.es", "t") and fake.contacts["12"]["owner"] == "leo@acme.es"
    assert ops.get_contacts(["12", "99"])["99"] is None


def test_deals_tasks_and_pickers(fake, ops) -> None:
    fake.put_contact("12", T0, email="ana@x.es")
    fake.put_deal("40", T0, contact="12", name="Web", amount="300.00")
    [deal] = ops.contact_deals("12")
    assert (deal["pipeline"], deal["stage"], deal["amount"], deal["contact_id"]) == ("Ventas", "Nuevo", 300.0, "12")
    assert ops.move_deal("40", "Ganado", "t") and fake.deals["40"]["pipeline_stage"].endswith("/stages/32/")
    assert not ops.move_deal("40", "32", "t")
    with pytest.raises(CrmError, match="no deal stage 'X'"):
        ops.move_deal("40", "X", "t")
    task = ops.create_task("12", "Llamar", "nota", T0, "eva@acme.es", "t", marker="9:n:1")
    assert ops.create_task("12", "Llamar", "nota", T0, "eva@acme.es", "t", marker="9:n:1") == task  # found by key
    assert len(fake.tasks) == 1 and fake.tasks[task]["related_contacts"] == [f"{fake.base}/contacts/12/"]
    assert fake.tasks[task]["description"].endswith("[caudal:9:n:1]") and fake.tasks[task]["type"] == 1
    assert ops.list_users() == [{"id": "eva@acme.es", "email": "eva@acme.es", "name": "Eva Ruiz"}]
    assert [p["name"] for p in ops.list_pipelines()] == ["Ventas"]
    assert {"path": "contact.plan", "title": "Plan", "kind": "choice", "custom": True} in ops.list_fields()


def test_bad_key_pauses_and_429_waits_for_retry_after(fake, ops) -> None:
    fake.put_contact("12", T0, email="ana@x.es")
    fake.throttle_next = 2
    sleeps: list[float] = []
    slow = ClientifyOps(ClientifyApi(KEY, fake.base, sleep=sleeps.append))
    assert slow.get_contact("12")["email"] == "ana@x.es" and len([s for s in sleeps if s >= 2]) == 2
    bad = ClientifyOps(ClientifyApi("wrong-key", fake.base, sleep=lambda s: None))
    with pytest.raises(ConnectionPaused, match="Invalid token") as info:
        bad.get_contact("12")
    assert info.value.reason == "auth" and "wrong-key" not in str(info.value)


def test_polling_by_modified_pages_and_events(db_url, fake, memory_keyring) -> None:
    db = open_database(db_url)
    connections.add_connection(db, "clientify", "cf", KEY, base_url=fake.base, created_at=T0)
    for i in range(130):
        fake.put_contact(str(i + 1), T0 + 1 + i, email=f"c{i}@x.es")
    fake.put_deal("40", T0 + 5, contact="3", name="Web")

    def sync(now: float):
        conn = connections.get_connection(db, "cf")
        _, source = connections.open_connector(conn, sleep=lambda s: None)
        return poll(db, "cf", conn.created_at, source, clock=lambda: now)

    assert sync(T0 + 200).events == 131
    fake.put_deal("40", T0 + 210, contact="3", pipeline_stage=f"{fake.base}/deals/pipelines/stages/32/")
    fake.put_contact("7", T0 + 220, tags=["vip"])
    assert sync(T0 + 300).events == 2 and sync(T0 + 330).events == 0
    with db.begin() as c:
        kinds = sorted(c.execute(select(change_events.c.kind).where(change_events.c.id > 131)).scalars())
    assert kinds == ["stage_changed", "tag_added"]
    assert any("modified%5Bgte%5D=" in p or "modified[gte]=" in p for _, p in fake.requests)
    db.dispose()


def test_a_polled_change_runs_a_flow_and_a_lost_answer_makes_one_task(db_url, tmp_path: Path, fake,
                                                                      memory_keyring) -> None:
    db = open_database(db_url)
    t0 = float(int(time.time()))
    connections.add_connection(db, "clientify", "cf", KEY, base_url=fake.base, created_at=t0 - 60)
    fake.put_contact("12", t0 - 59, created=t0 - 3600, email="ana@x.es", first_name="Ana", owner="eva@acme.es",
                     custom={"plan": "basic"})
    flow = fileformat.load(task_flow(tmp_path / "f.caudal.json", "cf", "contact.plan", "pro", name="Pro en Clientify"))
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    activate_flow(db, "Pro en Clientify", now=t0 - 30)
    clock = ManualClock(t0)
    runtime = Runtime(db, clock=clock, connectors=ConnectorResolver(db, sleep=lambda s: None))
    runtime.run_until_idle()
    fake.put_contact("12", t0 + 5, custom={"plan": "pro"})
    fake.lose_next_create = 1
    clock.set(t0 + 61)
    runtime.run_until_idle()
    assert len(fake.tasks) == 1
    [task] = fake.tasks.values()
    assert task["name"] == "Llamar a Ana" and task["assigned_to"] == "eva@acme.es"
    with db.begin() as conn:
        assert conn.execute(select(enrollments.c.status)).scalars().all() == ["completed"]
    fake.key = "rotated"  # the key is revoked: the connection pauses, nothing fails
    fake.put_contact("12", t0 + 70, custom={"plan": "basic"})
    clock.set(t0 + 130)
    runtime.run_until_idle()
    assert pause.load(db)["cf"].reason == "auth"
    runtime.close()
    db.dispose()
