"""Chains: a step that leads to one next node hands it over in the same batch (runtime.engine.loop)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from werkzeug import Response

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.engine import Engine, EngineSettings, EnrollmentStatus, StepStatus
from runtime.store.schema_crm import change_events
from runtime.store.schema_runtime import side_effects, steps, work_items
from tests.databases import add_failing_trigger, drop_failing_trigger
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, items, step_rows


def _origins(db) -> list[str]:
    with db.begin() as conn:
        return list(conn.scalars(select(change_events.c.origin).where(change_events.c.origin.like("flow:%"))
                                 .order_by(change_events.c.id)))


def test_a_chain_of_immediate_steps_runs_and_commits_in_one_batch(db, crm, engine, events):
    cid = crm.create_contact({"email": "b@example.es", "city": "Madrid"})
    b = FlowBuilder()
    t1 = b.add("action.add_tag", tag="uno")
    dec = b.add("decision.if", condition={"match": "all", "rules": [
        {"field": "contact.tags", "op": "contains", "value": "uno"}]})
    t2 = b.add("action.add_tag", tag="dos")
    b.chain(b.trigger, t1, dec)
    b.link(dec, t2, "yes")
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert engine.run_due(max_batches=1) == 3
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.COMPLETED and e.current_node == t2 and e.step_count == 4
    rows = step_rows(db, eid)
    assert [(r.node_id, r.status) for r in rows] == [(b.trigger, "done"), (t1, "done"), (dec, "done"), (t2, "done")]
    assert rows[2].detail["branch"] == "yes"  # the decision saw the tag its chain added before the commit
    assert crm.get_contact(cid)["tags"] == ["dos", "uno"] and not items(db, eid)
    assert _origins(db) == [f"flow:{eid}:{t1}:1:1", f"flow:{eid}:{t2}:3:1"]  # each arrival its own visit
    assert [ev.kind for ev in events if ev.enrollment_id == eid and ev.kind == "step_finished"] == ["step_finished"] * 3
    assert [(ev.status, ev.node_id) for ev in events if ev.kind == "enrollment_changed"][-1] == ("completed", t2)


def test_with_a_chain_limit_of_one_each_step_commits_before_the_next(db, crm, clock):
    engine = Engine(db, clock=clock, settings=EngineSettings(chain_limit=1))
    cid = crm.create_contact({"email": "b@example.es"})
    b = FlowBuilder()
    t1 = b.add("action.add_tag", tag="uno")
    t2 = b.add("action.add_tag", tag="dos")
    b.chain(b.trigger, t1, t2)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert engine.run_due(max_batches=1) == 1
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.ACTIVE and e.current_node == t2
    assert [r.node_id for r in step_rows(db, eid)] == [b.trigger, t1]
    assert crm.get_contact(cid)["tags"] == ["uno"]
    engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_a_chain_stops_at_a_wait_and_its_item_moves_there(db, crm, engine, clock):
    cid = crm.create_contact({"email": "w@example.es"})
    b = FlowBuilder()
    t1 = b.add("action.add_tag", tag="uno")
    wait = b.add("wait.duration", amount=1, unit="hours")
    t2 = b.add("action.add_tag", tag="dos")
    b.chain(b.trigger, t1, wait, t2)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    [claimed] = items(db, eid)
    assert engine.run_due() == 2
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.WAITING and e.current_node == wait
    [moved] = items(db, eid)
    assert (moved.id, moved.node_id, moved.due_at) == (claimed.id, wait, clock.now() + 3600)  # the same row
    assert step_rows(db, eid)[-1].status == StepStatus.WAITING
    clock.advance(3601)
    assert engine.run_due() == 2  # the wait ends and hands over to the tag
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert crm.get_contact(cid)["tags"] == ["dos", "uno"]


def test_a_chain_longer_than_the_limit_goes_on_in_the_next_batch(db, crm, clock):
    engine = Engine(db, clock=clock, settings=EngineSettings(chain_limit=3))
    cid = crm.create_contact({"email": "l@example.es"})
    b = FlowBuilder()
    tags = [b.add("action.add_tag", tag=f"t{i}") for i in range(5)]
    b.chain(b.trigger, *tags)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert engine.run_due(max_batches=1) == 3
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.ACTIVE and e.current_node == tags[3] and e.visits == 4
    [item] = items(db, eid)
    assert (item.node_id, item.visit, item.attempt) == (tags[3], 4, 1)
    assert engine.run_due(max_batches=1) == 2
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert _origins(db) == [f"flow:{eid}:{t}:{i}:1" for i, t in enumerate(tags, 1)]


def test_forks_are_not_chained(db, crm, engine):
    cid = crm.create_contact({"email": "f@example.es"})
    b = FlowBuilder()
    t1 = b.add("action.add_tag", tag="uno")
    left, right = b.add("action.add_tag", tag="izq"), b.add("action.add_tag", tag="der")
    b.chain(b.trigger, t1, left)
    b.link(t1, right)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert engine.run_due(max_batches=1) == 1
    assert sorted(i.node_id for i in items(db, eid)) == sorted([left, right])
    assert engine.run_due() == 2
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_a_crash_in_a_chain_leaves_nothing_of_it(db, crm, engine):
    cid = crm.create_contact({"email": "c@example.es"})
    b = FlowBuilder()
    upd = b.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    tag = b.add("action.add_tag", tag="vip")
    b.chain(b.trigger, upd, tag)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    [before] = items(db, eid)
    with db.begin() as conn:  # the database fails on the chain's second step row
        add_failing_trigger(conn, "boom", "steps", "NEW.node_type = 'action.add_tag'", "disk on fire")
    with pytest.raises(Exception, match="disk on fire"):
        engine.run_due()
    assert [r.node_id for r in step_rows(db, eid)] == [b.trigger]
    assert items(db, eid) == [before] and enrollment(db, eid).status == EnrollmentStatus.ACTIVE
    assert crm.get_contact(cid)["lifecycle_stage"] == "" and _origins(db) == []
    with db.begin() as conn:
        drop_failing_trigger(conn, "boom", "steps")
    assert engine.run_due() == 2
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED and len(_origins(db)) == 2  # once each


def test_an_external_call_in_a_chain_is_made_after_the_steps_before_it_committed(db, crm, clock, httpserver):
    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=5)
    engine = Engine(db, clock=clock, channels=Channels(webhook=channel))
    seen: list[tuple] = []

    def handler(request):  # what another connection sees while the call is being made
        with db.begin() as conn:
            seen.append((
                sorted(conn.scalars(select(steps.c.node_type).where(steps.c.status == "done"))),
                conn.execute(select(work_items.c.node_id, work_items.c.owner)).all(),
                conn.scalar(select(func.count()).select_from(side_effects).where(side_effects.c.status == "sending")),
            ))
        return Response(json.dumps({"ok": True}), content_type="application/json")

    httpserver.expect_request("/hook").respond_with_handler(handler)
    cid = crm.create_contact({"email": "h@example.es"})
    b = FlowBuilder()
    tag = b.add("action.add_tag", tag="uno")
    hook = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}")
    after = b.add("action.add_tag", tag="dos")
    b.chain(b.trigger, tag, hook, after)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    try:
        engine.run_due()
    finally:
        channel.close()
    assert seen == [(["action.add_tag", "trigger.manual"], [(hook, engine.owner)], 1)]
    assert [(r.node_id, r.status) for r in step_rows(db, eid)] == [
        (b.trigger, "done"), (tag, "done"), (hook, "done"), (after, "done")]
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED and not items(db, eid)
    with db.begin() as conn:
        assert conn.scalar(select(side_effects.c.key)) == f"{eid}:{hook}:2:1"
