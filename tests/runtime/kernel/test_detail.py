"""The step detail contract: what real runs write in `steps.detail` is what runtime/engine/detail.py declares."""

from __future__ import annotations

from sqlalchemy import select

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.engine import Engine, EngineSettings, EnrollmentStatus
from runtime.history import actions
from runtime.history.reasons import meaning
from runtime.kernel.detail import KEYS_BY_KIND
from runtime.store.schema_runtime import steps
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment


def _every_step(db) -> list:
    with db.begin() as conn:
        return conn.execute(select(steps).order_by(steps.c.id)).all()


def _undeclared(rows) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for r in rows:
        kind = r.node_type.split(".", 1)[0]
        extra = set(r.detail or {}) - KEYS_BY_KIND[kind]
        if extra:
            found.setdefault(r.node_type, set()).update(extra)
    return found


def test_every_key_written_by_a_run_of_every_node_kind_is_declared(db, crm, engine, clock):
    owner = crm.create_user("eva@acme.es", "Eva")
    target = FlowBuilder(name="Destino")
    target.chain(target.trigger, target.add("wait.duration", amount=5, unit="days"))
    activate(db, target)
    b = FlowBuilder(name="Todo", goal={"match": "all", "rules": [{"op": "has_tag", "value": "meta"}]})
    upd = b.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    tag = b.add("action.add_tag", tag="vip")
    untag = b.add("action.remove_tag", tag="vip")
    task = b.add("action.create_task", title="Llamar", assignee=str(owner))
    own = b.add("action.assign_owner", strategy="fixed", user="eva@acme.es")
    deal = b.add("action.move_deal_stage", pipeline="Ventas", stage="Ganado")
    cond = b.add("decision.if", condition={"match": "all", "rules": [
        {"field": "contact.city", "op": "equals", "value": "Madrid"}]})
    switch = b.add("decision.switch", field="contact.city", cases=[
        {"port": "case_1", "value": "Madrid", "label": "Madrid"}])
    split = b.add("decision.split", branches=[{"port": "branch_1", "name": "A", "percent": 100}])
    wait = b.add("wait.duration", amount=1, unit="hours")
    mail = b.add("action.send_email", to="contact", subject="Hola", body="Hola {{ contact.zip }}")
    until = b.add("decision.wait_until", condition={"match": "all", "rules": [{"op": "has_tag", "value": "pagó"}]},
                  timeout_amount=1, timeout_unit="hours")
    go = b.add("action.enroll_in_flow", flow="Destino")
    b.chain(b.trigger, upd, tag, untag, task, own, deal, cond)
    b.link(cond, switch, "yes")
    b.link(cond, switch, "no")
    b.link(switch, split, "case_1")
    b.link(switch, split, "other")
    b.link(split, wait, "branch_1")
    b.chain(wait, mail, until)
    b.link(until, go, "met")
    b.link(until, go, "timed_out")
    vid = activate(db, b)
    ana = crm.create_contact({"email": "ana@example.es", "city": "Madrid"})
    bea = crm.create_contact({"email": "bea@example.es", "city": "Sevilla"})
    e1, e2 = enroll(db, engine, vid, ana), enroll(db, engine, vid, bea)
    engine.run_due()
    clock.advance(3600)
    engine.run_due()
    crm.add_tag(bea, "meta", origin="cli")  # bea meets the goal: her next step is skipped
    clock.advance(3600)
    engine.run_due()
    actions.cancel(db, [e1])
    actions.reenroll(db, [e1])
    moved = enroll(db, engine, vid, crm.create_contact({"email": "cai@example.es"}))
    actions.move(db, [moved], wait)
    actions.skip_wait(db, [moved])
    engine.run_due()

    rows = _every_step(db)
    kinds = {r.node_type.split(".", 1)[0] for r in rows}
    assert kinds == {"trigger", "action", "decision", "wait", "operator"}
    assert {r.node_type for r in rows} >= {"action.enroll_in_flow", "decision.wait_until", "action.send_email"}
    assert enrollment(db, e2).status == EnrollmentStatus.EXITED
    assert _undeclared(rows) == {}
    for r in rows:  # and the history reads each of them
        kind = r.node_type.split(".", 1)[0]
        assert meaning(kind, r.node_type, r.status, r.detail or {}, r.error, "en").reason


def test_a_webhook_retried_then_delivered_writes_declared_keys(db, crm, clock, httpserver):
    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=2)
    engine = Engine(db, clock=clock, channels=Channels(webhook=channel), settings=EngineSettings(backoff_base=10.0))
    httpserver.expect_ordered_request("/hook").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder()
    b.chain(b.trigger, b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}"))
    eid = enroll(db, engine, activate(db, b), crm.create_contact({"email": "wh@example.es"}))
    engine.run_due()
    clock.advance(60)
    engine.run_due()
    channel.close()
    rows = _every_step(db)
    assert [r.status for r in rows if r.node_type == "action.webhook"] == ["failed", "done"]
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert _undeclared(rows) == {}


def test_an_undeclared_key_is_found() -> None:
    class Row:
        node_type, detail = "decision.if", {"branch": "yes", "mood": "happy"}

    assert _undeclared([Row()]) == {"decision.if": {"mood"}}
