"""Journeys: each entry's state and reason (es/en/fr/id), decisions' compared values and branch, the path walked."""

from __future__ import annotations

import datetime as dt

import pytest

from runtime.history import HistoryError, journey, nodes_of, path_of
from tests.runtime.history.history_support import (
    failing_flow,
    hook_engine,
    hook_flow,
    person,
    run_one,
    slow,
    welcome_flow,
)


def states(j):
    return [(e.title, e.state) for e in j.entries]


def test_waiting_journey_done_decision_true_and_wait_until(db, crm, engine, clock):
    shop, b = welcome_flow(db)
    eid = run_one(db, engine, shop.version_id, person(crm, "Ana", "García", "ana@example.es"))
    with db.begin() as conn:
        j = journey(conn, eid, tz=dt.UTC)
    assert (j.contact_name, j.flow_name, j.version, j.status) == ("Ana García", "Bienvenida", 1, "waiting")
    assert j.current_node_title == "Esperar un día" and j.actions_done == 1 and not j.uncertain
    assert states(j) == [("Inicio", "done"), ("Etiquetar", "done"), ("¿Es de Madrid?", "done"),
                         ("Esperar un día", "waiting")]
    assert [e.kind for e in j.entries] == ["trigger", "action", "decision", "wait"]
    decision = j.entries[2]
    assert (decision.branch, decision.branch_title) == ("yes", "Sí")
    assert decision.compared == [{"field": "contact.city", "operator": "equals", "expected": "Madrid",
                                  "actual": "Madrid", "result": True, "field_label": "ciudad",
                                  "operator_label": "es igual a"}]
    assert decision.reason == "La condición se cumplió (rama «Sí»): ciudad es igual a «Madrid»: valor «Madrid» → sí"
    wait = j.entries[3]
    assert wait.until == clock.now() + 86400 and wait.status == "waiting"
    assert wait.reason == "Esperando hasta el vie, 2 ene 2026, 0:00"
    clock.advance(86400)
    engine.run_due()
    with db.begin() as conn:
        j = journey(conn, eid, lang="en", tz=dt.UTC)
        fr = journey(conn, eid, lang="fr", tz=dt.UTC)
        id_ = journey(conn, eid, lang="id", tz=dt.UTC)
    assert states(j)[-2:] == [("Esperar un día", "done"), ("Etiqueta final", "done")]
    assert j.entries[3].reason == "The wait ended (Fri, Jan 2, 2026, 12:00\u202fAM)." and j.status == "completed"
    assert fr.entries[3].reason == "L'attente est terminée (ven. 2 janv. 2026, 00:00)."
    assert id_.entries[2].reason == "Kondisi terpenuhi (cabang «Ya»): kota sama dengan «Madrid»: nilai «Madrid» → ya"
    assert fr.entries[0].reason == "Entré dans le flux : lancé à la main."


def test_condition_false_and_no_change(db, crm, engine):
    shop, _ = welcome_flow(db)
    cid = person(crm, "José", "Muñoz", "jose@example.es", city="Sevilla", tags=("nuevo",))
    eid = run_one(db, engine, shop.version_id, cid)
    with db.begin() as conn:
        j = journey(conn, eid)
    assert states(j) == [("Inicio", "done"), ("Etiquetar", "no_change"), ("¿Es de Madrid?", "condition_false"),
                         ("Fuera", "done")]
    tag, decision = j.entries[1], j.entries[2]
    assert tag.status == "done" and "No cambió nada" in tag.reason and tag.detail["changed"] is False
    assert decision.branch == "no" and decision.compared[0]["actual"] == "Sevilla"
    assert decision.compared[0]["result"] is False and "no se cumplió" in decision.reason


def test_failed_step_shows_the_whole_error(db, crm, engine):
    tasks, task = failing_flow(db)
    eid = run_one(db, engine, tasks, person(crm, "Bea", "Ortiz", "bea@example.es"))
    with db.begin() as conn:
        j = journey(conn, eid, lang="en")
    last = j.entries[-1]
    assert (last.node_id, last.state, last.status) == (task, "failed", "failed")
    assert last.error == "create_task: there is no user 'nadie@example.es' in the CRM «local»"
    assert last.reason == "Failed: there is no user 'nadie@example.es' in the CRM «local»" and j.status == "failed"
    with db.begin() as conn:
        es = journey(conn, eid, lang="es").entries[-1]
    assert es.reason == "Falló: no hay ningún usuario 'nadie@example.es' en el CRM «local»"
    assert es.error_text == "no hay ningún usuario 'nadie@example.es' en el CRM «local»" and es.error == last.error


def test_uncertain_step(db, crm, clock, httpserver):
    httpserver.expect_request("/late").respond_with_handler(slow(0.6))
    vid, hook, _ = hook_flow(db, httpserver.url_for("/late"))
    engine, channel = hook_engine(db, clock)
    try:
        eid = run_one(db, engine, vid, person(crm, "Eva", "Lo", "eva@example.es"))
    finally:
        channel.close()
    with db.begin() as conn:
        j = journey(conn, eid)
    last = j.entries[-1]
    assert last.node_id == hook and last.state == "uncertain" and "ReadTimeout" in last.error
    assert "enviar de nuevo" in last.reason and j.uncertain and j.status == "uncertain"


def test_goal_exit_is_not_run_with_the_compared_values(db, crm, engine):
    from tests.runtime.engine.engine_support import FlowBuilder, activate

    b = FlowBuilder("Objetivo", goal={"match": "all", "rules": [{"op": "has_tag", "value": "cliente"}]})
    tag = b.add("action.add_tag", node_title="Etiquetar", tag="x")
    b.chain(b.trigger, tag)
    vid = activate(db, b)
    eid = run_one(db, engine, vid, person(crm, "Gil", "", "gil@example.es", tags=("cliente",)))
    with db.begin() as conn:
        j = journey(conn, eid)
    assert j.status == "exited" and j.entries[-1].state == "condition_false"
    assert j.entries[-1].compared[0]["operator"] == "has_tag" and "objetivo" in j.entries[-1].reason


def test_transient_failure_then_retry_later(db, crm, clock, httpserver):
    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    vid, hook, _ = hook_flow(db, httpserver.url_for("/busy"))
    engine, channel = hook_engine(db, clock, timeout=5)  # the loopback server may still be busy with a slow test
    try:
        eid = run_one(db, engine, vid, person(crm, "Hugo", "", "hugo@example.es"))
    finally:
        channel.close()
    with db.begin() as conn:
        j = journey(conn, eid, lang="en")
    first = j.entries[1]
    assert first.state == "failed" and first.until is not None and "will retry" in first.reason
    assert j.status == "waiting"


def test_path_of_follows_the_branch_taken(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    ana = run_one(db, engine, shop.version_id, person(crm, "Ana", "", "ana@example.es"))
    jose = run_one(db, engine, shop.version_id, person(crm, "José", "", "jose@example.es", city="Sevilla"))
    with db.begin() as conn:
        trigger = nodes_of(conn, ana)[0]
        assert path_of(conn, ana) == [(trigger, shop.tag), (shop.tag, shop.decision), (shop.decision, shop.wait)]
        assert path_of(conn, jose) == [(trigger, shop.tag), (shop.tag, shop.decision), (shop.decision, shop.other)]
        assert nodes_of(conn, jose) == [trigger, shop.tag, shop.decision, shop.other]
        with pytest.raises(HistoryError, match="no enrollment 999"):
            journey(conn, 999)
