"""Pipedrive connector (API v2) against a loopback fake: ops, polling, quota and a flow end to end."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from runtime.crm import connections, pause
from runtime.crm.base import ConnectionPaused, CrmError
from runtime.crm.pipedrive import PipedriveApi, PipedriveOps
from runtime.crm.polling import poll
from runtime.crm.resolver import ConnectorResolver
from runtime.engine import ManualClock
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_crm import change_events
from runtime.store.schema_runtime import enrollments
from tests.runtime.crm.flow_support import task_flow
from tests.runtime.crm.pipedrive.fake_pipedrive import TOKEN, FakePipedrive

T0 = 1_800_000_000.0
PLAN = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"


@pytest.fixture
def fake(httpserver) -> FakePipedrive:
    return FakePipedrive(httpserver)


@pytest.fixture
def ops(fake) -> PipedriveOps:
    return PipedriveOps(PipedriveApi(TOKEN, fake.base, sleep=lambda s: None))


def test_person_ops(fake, ops) -> None:
    fake.put_person("12", T0, name="Ana Pérez", email="Ana@x.es", owner_id=11, label_ids=[5], custom={PLAN: "basic"})
    c = ops.get_contact("12")
    assert (c["email"], c["first_name"], c["last_name"], c["owner_id"], c["tags"]) == (
        "ana@x.es", "Ana", "Pérez", "11", ["vip"])
    assert c["custom"] == {PLAN: "basic"} and ops.get_contact("99") is None
    assert ops.find_contact("ANA@x.es")["id"] == "12"
    assert ops.update_contact("12", {PLAN: "pro", "first_name": "Anna"}, "t") == {
        PLAN: ["basic", "pro"], "first_name": ["Ana", "Anna"]}
    assert fake.persons["12"]["name"] == "Anna Pérez" and fake.persons["12"]["custom_fields"][PLAN] == "pro"
    assert ops.add_tag("12", "cliente", "t") and fake.persons["12"]["label_ids"] == [5, 6]
    assert not ops.add_tag("12", "Cliente", "t") and ops.remove_tag("12", "vip", "t")
    with pytest.raises(CrmError, match="no person label «nuevo»"):
        ops.add_tag("12", "nuevo", "t")
    found = ops.get_contacts(["12", "13"])
    assert found["13"] is None and found["12"]["tags"] == ["cliente"]
    assert any("ids=12" in p for _, p in fake.requests)


def test_deals_activities_and_pickers(fake, ops) -> None:
    fake.put_person("12", T0, name="Ana", email="ana@x.es")
    fake.put_deal("40", T0, person="12", title="Web", value=300)
    [deal] = ops.contact_deals("12")
    assert (deal["pipeline"], deal["stage"], deal["amount"], deal["contact_id"]) == ("Ventas", "Nuevo", 300.0, "12")
    assert ops.move_deal("40", "Entrante", "t", "Mayoristas")
    assert (fake.deals["40"]["stage_id"], fake.deals["40"]["pipeline_id"]) == (3, 2)
    activity = ops.create_task("12", "Llamar", "nota", T0, "11", "t", marker="9:n:1")
    assert ops.create_task("12", "Llamar", "nota", T0, "11", "t", marker="9:n:1") == activity
    saved = fake.activities[activity]
    assert (saved["subject"], saved["person_id"], saved["owner_id"], saved["due_date"]) == (
        "Llamar", 12, 11, "2027-01-15")
    assert saved["note"].endswith("[caudal:9:n:1]") and len(fake.activities) == 1
    assert ops.list_users() == [{"id": "11", "email": "eva@acme.es", "name": "Eva Ruiz"}]
    assert [p["name"] for p in ops.list_pipelines()] == ["Ventas", "Mayoristas"]
    assert {"path": f"contact.{PLAN}", "title": "Plan", "kind": "text", "custom": True} in ops.list_fields()


def test_bad_token_pauses_and_an_empty_daily_budget_waits_for_midnight_utc(fake, ops) -> None:
    fake.put_person("12", T0, name="Ana", email="ana@x.es")
    bad = PipedriveOps(PipedriveApi("nope", fake.base, sleep=lambda s: None))
    with pytest.raises(ConnectionPaused, match="unauthorized access") as info:
        bad.get_contact("12")
    assert info.value.reason == "auth"
    fake.daily_left = 0
    late = PipedriveOps(PipedriveApi(TOKEN, fake.base, sleep=lambda s: None, wall=lambda: T0 + 100))
    with pytest.raises(ConnectionPaused) as info:
        late.get_contact("12")
    assert info.value.reason == "quota" and info.value.until == (T0 // 86400 + 1) * 86400


def test_polling_by_updated_since_with_cursor_paging(tmp_path: Path, fake, memory_keyring) -> None:
    db = open_database(str(tmp_path / "pd.db"))
    connections.add_connection(db, "pipedrive", "pd", TOKEN, base_url=fake.base, created_at=T0)
    for i in range(620):
        fake.put_person(str(i + 1), T0 + 1 + i / 10, name=f"P {i}", email=f"p{i}@x.es")
    fake.put_deal("40", T0 + 5, person="3", title="Web")

    def sync(now: float):
        conn = connections.get_connection(db, "pd")
        _, source = connections.open_connector(conn, sleep=lambda s: None)
        return poll(db, "pd", conn.created_at, source, clock=lambda: now)

    assert sync(T0 + 200).events == 621
    assert sum(1 for _, p in fake.requests if p.startswith("/api/v2/persons?")) == 2  # 500 a page
    fake.put_deal("40", T0 + 210, person="3", stage=2)
    fake.put_person("7", T0 + 220, label_ids=[5])
    assert sync(T0 + 300).events == 2 and sync(T0 + 330).events == 0
    with db.begin() as c:
        kinds = sorted(c.execute(select(change_events.c.kind).where(change_events.c.id > 621)).scalars())
    assert kinds == ["stage_changed", "tag_added"]
    db.dispose()


def test_a_polled_change_runs_a_flow_and_a_lost_answer_makes_one_activity(tmp_path: Path, fake,
                                                                         memory_keyring) -> None:
    db = open_database(str(tmp_path / "e2e.db"))
    t0 = float(int(time.time()))
    connections.add_connection(db, "pipedrive", "pd", TOKEN, base_url=fake.base, created_at=t0 - 60)
    fake.put_person("12", t0 - 59, created=t0 - 3600, name="Ana", email="ana@x.es", owner_id=11,
                    custom={PLAN: "basic"})
    flow = fileformat.load(task_flow(tmp_path / "f.caudal.json", "pd", f"contact.{PLAN}", "pro",
                                     name="Pro en Pipedrive"))
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    activate_flow(db, "Pro en Pipedrive", now=t0 - 30)
    clock = ManualClock(t0)
    runtime = Runtime(db, clock=clock, connectors=ConnectorResolver(db, sleep=lambda s: None))
    runtime.run_until_idle()
    fake.put_person("12", t0 + 5, custom={PLAN: "pro"})
    fake.lose_next_create = 1
    clock.set(t0 + 61)
    runtime.run_until_idle()
    assert [a["subject"] for a in fake.activities.values()] == ["Llamar a Ana"]
    with db.begin() as conn:
        assert conn.execute(select(enrollments.c.status)).scalars().all() == ["completed"]
    fake.token = "rotated"
    fake.put_person("12", t0 + 70, custom={PLAN: "basic"})
    clock.set(t0 + 130)
    runtime.run_until_idle()
    assert pause.load(db)["pd"].reason == "auth"
    runtime.close()
    db.dispose()
