"""Change events -> enrollments: matching, OR'ed triggers, filters, durable cursor."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from runtime.crm.local import LocalCrm, LocalCrmOps
from runtime.engine import event_rows, triggers
from runtime.engine.triggers import (
    TriggerIndex,
    TriggerNode,
    contact_filter,
    process_events,
    trigger_matches,
)
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import cursors
from runtime.store.types import now
from tests.databases import blocked_on_a_lock

V0 = Path(__file__).parents[1] / "flows" / "fixtures" / "v0_welcome.json"


class Recorder:
    """Stands in for the engine's enroll/wake_contact: records what the triggers asked."""

    def __init__(self) -> None:
        self.enrolled: list[tuple[int, str, str, str]] = []
        self.woken: list[str] = []

    def enroll(self, conn, version_id, contact_id, trigger_node=None, origin="manual"):
        self.enrolled.append((version_id, str(contact_id), trigger_node, origin))
        return len(self.enrolled)

    def wake_contact(self, conn, crm, contact_id):
        self.woken.append(str(contact_id))


def city_filter(conn, crm, contact_id, condition):
    """The real filter check: the engine's condition rules over the local CRM."""
    return contact_filter(LocalCrmOps(conn), contact_id, condition, now())


def add_flow(db, name, nodes, active=True, activated_at=None, reenrollment="always"):
    flow_id = str(uuid.uuid4())
    doc = {"format": "caudal.flow", "schema_version": 1,
           "flow": {"id": flow_id, "name": name, "settings": {"reenrollment": reenrollment}, "nodes": nodes,
                    "edges": []}}
    with db.begin() as conn:
        ts = now() if activated_at is None else activated_at
        conn.execute(insert(flows).values(id=flow_id, name=name, document=doc, is_active=False,
                                          created_at=ts, updated_at=ts))
        vid = conn.execute(insert(flow_versions).values(flow_id=flow_id, version=1, document=doc,
                                                        created_at=ts)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == flow_id).values(is_active=active, active_version_id=vid))
    return vid


def node(type_, **config):
    return {"id": str(uuid.uuid4()), "type": type_, "type_version": 1, "title": type_, "config": config}


def run(db, engine, filter_fn=city_filter):
    with db.begin() as conn:
        return process_events(conn, engine, TriggerIndex(), filter_fn)


def test_contact_created_enrolls_once_and_cursor_survives_restart(db):
    vid = add_flow(db, "Alta", [node("trigger.contact_created")])
    crm = LocalCrm(db)
    cid = crm.create_contact({"email": "ana@example.es"}, origin="cli")
    rec = Recorder()
    assert run(db, rec) >= 1
    assert rec.enrolled == [(vid, str(cid), rec.enrolled[0][2], rec.enrolled[0][3])]
    assert rec.enrolled[0][3].startswith("event:")
    # A "restart": a fresh index and recorder see nothing new.
    again = Recorder()
    assert run(db, again) == 0 and again.enrolled == []


def test_cursor_rolls_back_with_a_failed_transaction(db):
    add_flow(db, "Alta", [node("trigger.contact_created")])
    LocalCrm(db).create_contact({"email": "ana@example.es"}, origin="cli")

    class Boom(Recorder):
        def enroll(self, *a, **k):
            raise RuntimeError("crash in the middle")

    with pytest.raises(RuntimeError):
        run(db, Boom())
    with db.begin() as conn:
        # still where the migration put it
        assert conn.scalar(select(cursors.c.value).where(cursors.c.name == event_rows.EVENTS_CURSOR)) == "0"
    rec = Recorder()
    run(db, rec)
    assert len(rec.enrolled) == 1


def test_or_of_triggers_gives_one_enrollment_per_event_per_flow(db):
    vid = add_flow(db, "Dos", [node("trigger.contact_updated", fields=[]),
                               node("trigger.contact_updated", fields=["contact.city"])])
    other = add_flow(db, "Otro", [node("trigger.contact_updated", fields=["city"])])
    crm = LocalCrm(db)
    crm.create_contact({"email": "b@example.es"}, origin="cli")
    crm.update_contact("b@example.es", {"city": "Madrid"}, origin="cli")
    rec = Recorder()
    run(db, rec)
    assert sorted(v for v, *_ in rec.enrolled) == sorted([vid, other])


def test_contact_updated_fields_any_of_and_filter(db):
    vid = add_flow(db, "Ciudad", [node("trigger.contact_updated", fields=["contact.phone", "contact.city"],
                                       filter={"match": "all", "rules": [
                                           {"field": "contact.city", "op": "equals", "value": "Sevilla"}]})])
    crm = LocalCrm(db)
    crm.create_contact({"email": "c@example.es"}, origin="cli")
    rec = Recorder()
    # The filter sees the contact as it is when the event is handled (the service
    # handles each event at once), so handle them one by one here.
    crm.update_contact("c@example.es", {"first_name": "Carla"}, origin="cli")  # not a watched field
    run(db, rec)
    crm.update_contact("c@example.es", {"city": "Madrid"}, origin="cli")  # filter fails
    run(db, rec)
    crm.update_contact("c@example.es", {"city": "Sevilla"}, origin="cli")  # matches
    run(db, rec)
    assert [v for v, *_ in rec.enrolled] == [vid]


def test_tag_added_matches_tag_case_insensitively(db):
    vid = add_flow(db, "Clientes", [node("trigger.tag_added", tag="Cliente")])
    crm = LocalCrm(db)
    crm.create_contact({"email": "d@example.es"}, origin="cli")
    crm.add_tag("d@example.es", "otra", origin="cli")
    crm.add_tag("d@example.es", "cliente", origin="cli")
    rec = Recorder()
    run(db, rec)
    assert [v for v, *_ in rec.enrolled] == [vid]


def test_a_version_stored_in_an_old_format_fires_as_the_engine_reads_it(db):
    """The index reads documents through the format's migrations (v0 `kind: tag_added`)."""
    doc = json.loads(V0.read_text(encoding="utf-8"))
    with db.begin() as conn:
        conn.execute(insert(flows).values(id=doc["id"], name=doc["name"], document=doc, is_active=False,
                                          created_at=0, updated_at=0))
        vid = conn.execute(insert(flow_versions).values(flow_id=doc["id"], version=1, document=doc,
                                                        created_at=0)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == doc["id"]).values(is_active=True, active_version_id=vid))
    crm = LocalCrm(db)
    crm.create_contact({"email": "e@example.es"}, origin="cli")
    crm.add_tag("e@example.es", "cliente", origin="cli")
    rec = Recorder()
    run(db, rec)
    assert [(v, node) for v, _, node, _ in rec.enrolled] == [(vid, "n-trigger")]


def test_a_version_no_caudal_wrote_is_skipped_not_fatal(db, caplog):
    vid = add_flow(db, "Rota", [node("trigger.contact_created")])
    with db.begin() as conn:
        conn.execute(update(flow_versions).where(flow_versions.c.id == vid).values(document={"flow": {}}))
    LocalCrm(db).create_contact({"email": "f@example.es"}, origin="cli")
    rec = Recorder()
    assert run(db, rec) >= 1  # the events are consumed
    assert rec.enrolled == [] and "cannot be read" in caplog.text


def test_deal_stage_changed_pipeline_to_and_from(db):
    crm = LocalCrm(db)
    crm.create_pipeline("Ventas", ["Nuevo", "Propuesta", "Ganado"], origin="cli")
    crm.create_pipeline("Soporte", ["Abierto", "Ganado"], origin="cli")
    cid = crm.create_contact({"email": "e@example.es"}, origin="cli")
    to_won = add_flow(db, "Ganado", [node("trigger.deal_stage_changed", pipeline="Ventas", to_stage="Ganado")])
    from_prop = add_flow(db, "DesdePropuesta", [node("trigger.deal_stage_changed", pipeline="Ventas",
                                                    to_stage="Ganado", from_stage="Propuesta")])
    at_new = add_flow(db, "Nuevo", [node("trigger.deal_stage_changed", pipeline="Ventas", to_stage="Nuevo")])
    deal = crm.create_deal("Web", "Ventas", "Nuevo", origin="cli", contact="e@example.es")
    crm.move_deal(deal, "Ganado", origin="cli")  # from Nuevo: only to_won
    deal2 = crm.create_deal("App", "Ventas", "Propuesta", origin="cli", contact="e@example.es")
    crm.move_deal(deal2, "Ganado", origin="cli")  # from Propuesta: both
    other = crm.create_deal("Ticket", "Soporte", "Abierto", origin="cli", contact="e@example.es")
    crm.move_deal(other, "Ganado", origin="cli")  # other pipeline: none
    rec = Recorder()
    run(db, rec)
    got = [v for v, *_ in rec.enrolled]
    assert got == [at_new, to_won, to_won, from_prop]
    assert {c for _, c, *_ in rec.enrolled} == {str(cid)}


def test_inactive_flows_and_events_before_activation_are_ignored(db):
    crm = LocalCrm(db)
    crm.create_contact({"email": "old@example.es"}, origin="cli")
    add_flow(db, "Tarde", [node("trigger.contact_created")])  # activated after that event
    add_flow(db, "Apagado", [node("trigger.contact_created")], active=False)
    rec = Recorder()
    run(db, rec)
    assert rec.enrolled == []


def test_every_contact_event_wakes_the_contact(db):
    crm = LocalCrm(db)
    cid = crm.create_contact({"email": "w@example.es"}, origin="cli")
    crm.add_tag(cid, "x", origin="cli")
    rec = Recorder()
    run(db, rec)
    assert rec.woken == [str(cid), str(cid)]


def test_pure_matching_ignores_other_entities():
    n = TriggerNode("n", "trigger.contact_created", "", {})
    assert not trigger_matches(n, {"entity": "deal", "kind": "created", "changes": {}})
    assert trigger_matches(n, {"entity": "contact", "kind": "created", "changes": {}})


@pytest.mark.parametrize("node", [
    TriggerNode("n", "trigger.contact_created", "", {}),
    TriggerNode("n", "trigger.contact_updated", "", {}),
    TriggerNode("n", "trigger.tag_added", "", {"tag": "vip"}),
    TriggerNode("n", "trigger.deal_stage_changed", "", {"to_stage": "won"}),
    TriggerNode("n", "trigger.deal_stage_changed", "", {"from_stage": "new"}),
], ids=lambda n: f"{n.type}:{sorted(n.config)}")
def test_an_event_of_a_kind_no_trigger_hears_is_one_no_trigger_matches(node):
    """EVENT_KINDS lets an event pass a flow by unread: it must name every kind a trigger can match."""
    changes = {"tag": [None, "vip"], "stage": ["new", "won"], "email": ["a@e.es", "b@e.es"]}
    matched = [(entity, kind) for entity in ("contact", "deal", "task", "company")
               for kind in ("created", "updated", "deleted", "tag_added", "tag_removed", "stage_changed")
               if trigger_matches(node, {"entity": entity, "kind": kind, "changes": changes},
                                  {"pipeline": "", "contact_id": "1"})]
    assert matched and set(matched) <= set(triggers.EVENT_KINDS[node.type])


def test_filter_uses_the_engine_conditions_on_contact_owner_and_tags(db):
    crm = LocalCrm(db)
    crm.create_user("eva@acme.es", "Eva", origin="cli")
    cid = crm.create_contact({"email": "f@example.es", "city": "Madrid", "owner_id": "eva@acme.es"},
                             origin="cli", tags=("vip",))
    with db.begin() as conn:
        ops = LocalCrmOps(conn)
        ok = {"match": "all", "rules": [{"field": "contact.city", "op": "equals", "value": "madrid"},
                                        {"op": "has_tag", "value": "VIP"},
                                        {"field": "owner.email", "op": "equals", "value": "eva@acme.es"}]}
        assert contact_filter(ops, str(cid), ok, now())
        bad = {"match": "any", "rules": [{"field": "contact.city", "op": "equals", "value": "Bilbao"}]}
        assert not contact_filter(ops, str(cid), bad, now())
        assert not contact_filter(ops, "999", bad, now())


@pytest.mark.postgresql_only(reason="row locks between two runtimes: SQLite's one writer serializes them already")
def test_two_runtimes_on_a_fresh_postgresql_database_handle_the_first_events_once(db):
    add_flow(db, "Alta", [node("trigger.contact_created")])
    crm = LocalCrm(db)
    for i in range(20):
        crm.create_contact({"email": f"p{i}@example.es"}, origin="cli")
    entered, gate, lock = threading.Event(), threading.Event(), threading.Lock()
    seen = Recorder()

    class Shared(Recorder):
        def __init__(self, pause: bool) -> None:
            super().__init__()
            self.pause = pause

        def enroll(self, conn, *args, **kwargs):
            if self.pause:  # the first runtime is inside its transaction, cursor not yet moved
                entered.set()
                gate.wait(30)
            with lock:
                return seen.enroll(conn, *args, **kwargs)

    first = threading.Thread(target=run, args=(db, Shared(True)))
    first.start()
    assert entered.wait(30)
    second = threading.Thread(target=run, args=(db, Shared(False)))
    second.start()
    blocked = blocked_on_a_lock(db, second)  # on the first one's cursor lock (unlocked, it would be done)
    gate.set()
    first.join(30)
    second.join(30)
    assert len(seen.enrolled) == 20  # each event handled once
    assert blocked


def test_a_batch_of_events_enrolls_as_event_by_event_would(db):
    """The real engine enrolls a batch's local events in bulk: each enrollment keeps its event as
    origin, and a contact tagged twice in one batch meets the policy as it would one by one."""
    from runtime.engine import Engine
    from runtime.store.schema_runtime import enrollments, not_started, steps

    once = add_flow(db, "Una vez", [node("trigger.tag_added", tag="vip")], reenrollment="never")
    again = add_flow(db, "Siempre", [node("trigger.tag_added", tag="vip")])
    crm = LocalCrm(db)
    ana, eva = (crm.create_contact({"email": f"{n}@example.es"}) for n in ("ana", "eva"))
    crm.add_tag(ana, "vip")
    crm.add_tag(eva, "vip")
    crm.remove_tag(ana, "vip")
    crm.add_tag(ana, "vip")
    assert run(db, Engine(db)) >= 4
    with db.begin() as conn:
        got = conn.execute(select(enrollments.c.flow_version_id, enrollments.c.contact_id, steps.c.detail)
                           .join(steps, steps.c.enrollment_id == enrollments.c.id).order_by(enrollments.c.id)).all()
        refused = conn.execute(select(not_started.c.flow_version_id, not_started.c.contact_id, not_started.c.kind,
                                      not_started.c.origin)).all()
    by_flow = {vid: [(r.contact_id, r.detail["origin"]) for r in got if r.flow_version_id == vid]
               for vid in (once, again)}
    assert len({r.detail["origin"] for r in got}) == 3  # three tag events enrolled someone, each its own origin
    assert sorted(c for c, _ in by_flow[once]) == sorted([str(ana), str(eva)])
    assert sorted(c for c, _ in by_flow[again]) == sorted([str(ana), str(ana), str(eva)])
    ana_again = [o for c, o in by_flow[again] if c == str(ana)]
    assert len(set(ana_again)) == 2  # two journeys, from two events
    assert [(r.flow_version_id, r.contact_id, r.kind) for r in refused] == [(once, str(ana), "reenrollment")]
    assert refused[0].origin == max(ana_again, key=lambda o: int(o.split(":")[1]))  # the second tag event
