"""Operator actions on real engine runs: each one's effect, its record in the journey, and its refusals."""

from __future__ import annotations

import pytest

from runtime.history import actions, journey
from runtime.store.schema_runtime import side_effects
from tests.runtime.engine.engine_support import step_rows
from tests.runtime.history.history_support import (
    failing_flow,
    hook_engine,
    hook_flow,
    person,
    row,
    run_one,
    slow,
    welcome_flow,
)


def entries(db, eid, lang="en"):
    with db.begin() as conn:
        return journey(conn, eid, lang=lang).entries


def test_retry_runs_the_failed_step_again_and_is_recorded(db, crm, engine, clock):
    tasks, task = failing_flow(db)
    eid = run_one(db, engine, tasks, person(crm, "Bea", "Ortiz", "bea@example.es"))
    crm.create_user("nadie@example.es", "Nadie")
    woken = []
    [res] = actions.retry(db, [eid], actor="marta", now=clock.now(), wake=lambda: woken.append(1))
    assert res.ok and res.message == "will be retried" and woken == [1]
    assert row(db, eid).status == "active"
    engine.run_due()
    assert row(db, eid).status == "completed" and row(db, eid).actions_done == 1
    got = entries(db, eid)
    assert [(e.kind, e.state) for e in got] == [("trigger", "done"), ("action", "failed"), ("operator", "operator"),
                                                ("action", "done")]
    op = got[2]
    assert op.node_type == "operator.retry" and op.detail["by"] == "marta" and op.detail["attempt"] == 2
    assert op.reason == "An operator asked to retry the failed step (marta)."
    assert [r.attempt for r in step_rows(db, eid) if r.node_type == "action.create_task"] == [1, 2]


def test_retry_and_cancel_refuse_the_wrong_state(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    done = run_one(db, engine, shop.version_id, person(crm, "José", "", "jose@example.es", city="Sevilla"))
    waiting = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    before = len(step_rows(db, done)), len(step_rows(db, waiting))
    results = actions.retry(db, [done, waiting, 999], now=clock.now())
    assert [(r.ok, r.message) for r in results] == [
        (False, f"enrollment {done} is completed, not failed: nothing to retry"),
        (False, f"enrollment {waiting} is waiting, not failed: nothing to retry"),
        (False, "no enrollment 999")]
    [res] = actions.cancel(db, [done], now=clock.now())
    assert not res.ok and "only an active or waiting journey can be cancelled" in res.message
    assert (len(step_rows(db, done)), len(step_rows(db, waiting))) == before
    assert row(db, done).status == "completed" and row(db, waiting).status == "waiting"


def test_skip_wait_continues_now(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    [res] = actions.skip_wait(db, [eid], now=clock.now())
    assert res.ok
    engine.run_due()
    e = row(db, eid)
    assert e.status == "completed" and e.current_node == shop.after_wait
    got = entries(db, eid)
    # the wait's own row (written when it began) turns done; the operator's record follows it
    assert [(e.kind, e.state) for e in got][3:] == [("wait", "done"), ("operator", "operator"), ("action", "done")]
    assert got[4].node_type == "operator.skip_wait"
    [again] = actions.skip_wait(db, [eid], now=clock.now())
    assert not again.ok and "not waiting" in again.message


def test_skip_wait_after_its_due_time_passed_with_no_runtime(db, crm, engine, clock):
    """The service was off when the wait came due: the contact still shows waiting, and skipping works."""
    shop, _ = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    clock.advance(3 * 86400)  # nothing ran meanwhile
    [res] = actions.skip_wait(db, [eid], now=clock.now())
    assert res.ok and res.message == "continues now"
    engine.run_due()
    assert row(db, eid).status == "completed"


def test_skip_a_wait_until_whose_recheck_time_passed(db, crm, engine, clock):
    """A 3-day wait-until re-checks every 60 s; five minutes later its deadline can still be ended now."""
    from tests.runtime.engine.engine_support import FlowBuilder, activate

    b = FlowBuilder("Pago")
    wu = b.add("decision.wait_until", condition={"match": "all", "rules": [{"op": "has_tag", "value": "pagó"}]},
               timeout_amount=3, timeout_unit="days")
    late = b.add("action.add_tag", tag="recordar")
    b.chain(b.trigger, wu)
    b.link(wu, late, "timed_out")
    vid = activate(db, b)
    ana = person(crm, "Ana", "", "ana@example.es")
    eid = run_one(db, engine, vid, ana)
    assert row(db, eid).status == "waiting"
    clock.advance(300)
    [res] = actions.skip_wait(db, [eid], now=clock.now())
    assert res.ok, res.message
    engine.run_due()
    assert row(db, eid).status == "completed" and "recordar" in crm.get_contact(ana)["tags"]


def test_move_validates_the_node_and_runs_it_next(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    [bad] = actions.move(db, [eid], "nowhere", now=clock.now())
    assert not bad.ok and "node 'nowhere' is not in its flow version" in bad.message
    assert row(db, eid).current_node == shop.wait
    [res] = actions.move(db, [eid], shop.other, actor="luis", now=clock.now())
    assert res.ok
    engine.run_due()
    e = row(db, eid)
    assert e.status == "completed" and e.current_node == shop.other
    assert "fuera" in crm.get_contact(e.contact_id)["tags"]
    got = entries(db, eid, lang="es")
    wait_entry = next(x for x in got if x.node_id == shop.wait and x.kind == "wait")
    assert wait_entry.state == "cancelled"
    move = next(x for x in got if x.kind == "operator")
    assert move.reason == "Un operador movió el contacto a «Fuera» (luis)."
    assert move.detail["from"] == shop.wait


def test_move_back_to_a_node_already_run_uses_a_fresh_attempt(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    actions.move(db, [eid], shop.tag, now=clock.now())
    engine.run_due()
    tag_steps = [r for r in step_rows(db, eid) if r.node_type == "action.add_tag" and r.node_id == shop.tag]
    assert [r.attempt for r in tag_steps] == [1, 2]


def test_cancel_a_waiting_contact(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    [res] = actions.cancel(db, [eid], actor="marta", now=clock.now())
    assert res.ok and row(db, eid).status == "cancelled" and row(db, eid).finished_at == clock.now()
    clock.advance(2 * 86400)
    assert engine.run_due() == 0
    got = entries(db, eid)
    assert [e.state for e in got][-2:] == ["cancelled", "operator"]


def test_reenroll_ignores_the_policy_but_not_a_live_journey(db, crm, engine, clock):
    shop, _ = welcome_flow(db)  # re-enrollment policy: never
    cid = person(crm, "José", "", "jose@example.es", city="Sevilla")
    done = run_one(db, engine, shop.version_id, cid)
    from tests.runtime.engine.engine_support import enroll

    assert enroll(db, engine, shop.version_id, cid) is None  # the policy refuses
    [res] = actions.reenroll(db, [done], now=clock.now())
    assert res.ok
    new_id = int(res.message.rsplit(" ", 1)[-1])
    assert row(db, new_id).status == "active" and row(db, new_id).contact_id == str(cid)
    engine.run_due()
    assert row(db, new_id).status == "completed"
    assert entries(db, new_id)[0].detail == {"origin": "operator:operator"}
    assert entries(db, done)[-1].detail["new_enrollment"] == new_id
    waiting = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    [no] = actions.reenroll(db, [waiting], now=clock.now())
    assert not no.ok and "still in the flow" in no.message


@pytest.fixture
def uncertain(db, crm, clock, httpserver):
    """An enrollment whose webhook call timed out after sending (uncertain), and a fast server now."""
    httpserver.expect_oneshot_request("/hook").respond_with_handler(slow(0.6))
    vid, hook, tag = hook_flow(db, httpserver.url_for("/hook"))
    engine, channel = hook_engine(db, clock)
    eid = run_one(db, engine, vid, person(crm, "Eva", "", "eva@example.es"))
    from tests.loopback import served

    served(httpserver)  # the late answer went out (a sleep guessed how long that takes)
    httpserver.clear()
    yield engine, eid, hook, tag
    channel.close()


def test_resolve_send_again_uses_the_same_key(db, clock, httpserver, uncertain):
    engine, eid, hook, tag = uncertain
    assert row(db, eid).status == "waiting" and row(db, eid).next_due_at is None
    [bad] = actions.retry(db, [eid], now=clock.now())
    assert not bad.ok and "use resolve" in bad.message
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    [res] = actions.resolve(db, [eid], "send_again", now=clock.now())
    assert res.ok
    engine.run_due()
    assert len(httpserver.log) == 1
    assert httpserver.log[0][0].headers["Idempotency-Key"] == f"{eid}:{hook}:1:1"
    e = row(db, eid)
    assert e.status == "completed" and e.actions_done == 2
    got = entries(db, eid)
    assert [x.state for x in got] == ["done", "uncertain", "operator", "done", "done"]
    assert got[2].node_type == "operator.send_again" and got[2].detail["key"] == f"{eid}:{hook}:1:1"


def test_resolve_mark_done_goes_on_without_calling(db, crm, clock, httpserver, uncertain):
    engine, eid, hook, tag = uncertain
    [res] = actions.resolve(db, [eid], "mark_done", actor="marta", now=clock.now())
    assert res.ok
    engine.run_due()
    assert httpserver.log == []
    e = row(db, eid)
    assert e.status == "completed" and e.current_node == tag
    with db.begin() as conn:
        status = conn.execute(side_effects.select().where(side_effects.c.enrollment_id == eid)).first().status
    assert status == "done"
    [again] = actions.resolve(db, [eid], "mark_done", now=clock.now())
    assert not again.ok and "only an uncertain step can be resolved" in again.message
    with pytest.raises(ValueError, match="send_again"):
        actions.resolve(db, [eid], "maybe")


def test_actions_on_a_selection_in_the_callers_transaction(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    ids = [run_one(db, engine, shop.version_id, person(crm, n, "", f"{n}@example.es")) for n in ("a", "b", "c")]
    with db.begin(immediate=True) as conn:
        results = actions.cancel(conn, ids, now=clock.now())
    assert all(r.ok for r in results) and {row(db, i).status for i in ids} == {"cancelled"}
