"""The panel's rows: each filter, every sort key, paging, shown status, names and titles."""

from __future__ import annotations

import pytest

from runtime.history import (
    SORT_KEYS,
    HistoryError,
    HistoryFilter,
    count_rows,
    page_rows,
)
from tests.runtime.history.history_support import (
    failing_flow,
    hook_engine,
    hook_flow,
    person,
    run_one,
    slow,
    welcome_flow,
)


@pytest.fixture
def world(db, crm, engine, clock, httpserver):
    """Five journeys at different times: waiting, completed, failed, uncertain, waiting."""
    shop, _ = welcome_flow(db)
    tasks, task_node = failing_flow(db)
    ana = person(crm, "Ana", "García", "ana@example.es")
    jose = person(crm, "José", "Muñoz", "jose@example.es", city="Sevilla")
    bea = person(crm, "Bea", "Ortiz", "bea@example.es")
    ids = {}
    ids["ana"] = run_one(db, engine, shop.version_id, ana)
    clock.advance(3600)
    ids["jose"] = run_one(db, engine, shop.version_id, jose)
    clock.advance(3600)
    ids["bea_task"] = run_one(db, engine, tasks, bea)
    clock.advance(3600)
    httpserver.expect_request("/late").respond_with_handler(slow(0.6))
    hooks, hook_node, _ = hook_flow(db, httpserver.url_for("/late"))
    eng, channel = hook_engine(db, clock)
    try:
        ids["jose_hook"] = run_one(db, eng, hooks, jose)
    finally:
        channel.close()
    clock.advance(3600)
    ids["bea_shop"] = run_one(db, engine, shop.version_id, bea)
    return {"shop": shop, "tasks": tasks, "task_node": task_node, "hook_node": hook_node, "ids": ids}


def ids_of(db, f: HistoryFilter | None = None, **kw):
    with db.begin() as conn:
        f = f or HistoryFilter()
        rows = page_rows(conn, f, **kw)
        assert count_rows(conn, f) >= len(rows)
        return [r.id for r in rows]


def test_unfiltered_newest_change_first_with_names_titles_and_statuses(db, world):
    ids = world["ids"]
    with db.begin() as conn:
        rows = page_rows(conn, HistoryFilter())
        assert count_rows(conn, HistoryFilter()) == 5
    assert [r.id for r in rows] == [ids["bea_shop"], ids["jose_hook"], ids["bea_task"], ids["jose"], ids["ana"]]
    by_id = {r.id: r for r in rows}
    ana = by_id[ids["ana"]]
    assert (ana.contact_name, ana.contact_email, ana.flow_name, ana.version) == ("Ana García", "ana@example.es",
                                                                                "Bienvenida", 1)
    assert ana.status == "waiting" and ana.current_node_title == "Esperar un día"
    assert ana.current_node_type == "wait.duration" and ana.next_due_at == ana.started_at + 86400
    assert ana.actions_done == 1
    assert by_id[ids["jose"]].status == "completed" and by_id[ids["jose"]].actions_done == 2
    assert by_id[ids["bea_task"]].status == "failed" and by_id[ids["bea_task"]].current_node_title == "Crear tarea"
    assert by_id[ids["jose_hook"]].status == "uncertain" and by_id[ids["jose_hook"]].next_due_at is None


@pytest.mark.parametrize("status,who", [
    ("waiting", {"ana", "bea_shop"}), ("completed", {"jose"}), ("failed", {"bea_task"}),
    ("uncertain", {"jose_hook"}), ("active", set()), ("cancelled", set()), ("exited", set()),
])
def test_each_status_filter(db, world, status, who):
    assert set(ids_of(db, HistoryFilter(statuses=frozenset({status})))) == {world["ids"][k] for k in who}


def test_statuses_or_together_and_unknown_is_refused(db, world):
    ids = world["ids"]
    got = ids_of(db, HistoryFilter(statuses=frozenset({"failed", "uncertain"})))
    assert set(got) == {ids["bea_task"], ids["jose_hook"]}
    with db.begin() as conn, pytest.raises(HistoryError, match="unknown status dormido"):
        count_rows(conn, HistoryFilter(statuses=frozenset({"dormido"})))


def test_flow_filter(db, world):
    ids = world["ids"]
    assert ids_of(db, HistoryFilter(flow_id=world["shop"].flow_id)) == [ids["bea_shop"], ids["jose"], ids["ana"]]


@pytest.mark.parametrize("text,who", [
    ("jose", {"jose", "jose_hook"}), ("MUÑOZ", {"jose", "jose_hook"}), ("munoz", {"jose", "jose_hook"}),
    ("garc", {"ana"}), ("ana garcía", {"ana"}), ("bea@example", {"bea_task", "bea_shop"}),
    ("example.es", {"ana", "jose", "bea_task", "jose_hook", "bea_shop"}), ("nadie", set()), ("100%", set()),
])
def test_search_by_name_or_email_ignoring_case_and_accents(db, world, text, who):
    assert set(ids_of(db, HistoryFilter(search=text))) == {world["ids"][k] for k in who}


def test_date_range_and_node_filters(db, world):
    ids = world["ids"]
    with db.begin() as conn:
        rows = {r.id: r for r in page_rows(conn, HistoryFilter())}
    t_jose = rows[ids["jose"]].started_at
    got = ids_of(db, HistoryFilter(started_from=t_jose, started_to=t_jose + 2 * 3600))
    assert got == [ids["bea_task"], ids["jose"]]
    assert ids_of(db, HistoryFilter(started_from=t_jose + 10**6)) == []
    assert ids_of(db, HistoryFilter(node_id=world["shop"].wait)) == [ids["bea_shop"], ids["ana"]]
    assert ids_of(db, HistoryFilter(node_id=world["task_node"], statuses=frozenset({"failed"}))) == [ids["bea_task"]]


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_both_ways(db, world, key):
    with db.begin() as conn:
        up = page_rows(conn, HistoryFilter(), sort=key, descending=False)
        down = page_rows(conn, HistoryFilter(), sort=key, descending=True)
    assert [r.id for r in up] == [r.id for r in reversed(down)]
    value = {"contact": "contact_email", "flow": "flow_name", "current_node": "current_node_id"}.get(key, key)
    seen = [getattr(r, value) for r in up if getattr(r, value) is not None]
    if key == "status":
        seen = [r.status.replace("uncertain", "waiting") for r in up]  # stored status sorts
    assert seen == sorted(seen)


def test_sort_by_contact_and_actions(db, world):
    ids = world["ids"]
    got = ids_of(db, sort="contact", descending=False)
    assert got[0] == ids["ana"] and got[-1] in (ids["jose"], ids["jose_hook"])
    assert ids_of(db, sort="actions_done")[0] == ids["jose"]  # tag + tag: the most actions


def test_paging(db, world):
    everyone = ids_of(db)
    assert ids_of(db, offset=0, limit=2) + ids_of(db, offset=2, limit=2) + ids_of(db, offset=4, limit=2) == everyone
    assert ids_of(db, offset=5) == []
    with db.begin() as conn:
        with pytest.raises(HistoryError, match="sort key"):
            page_rows(conn, HistoryFilter(), sort="colour")
        with pytest.raises(HistoryError, match="0 or more"):
            page_rows(conn, HistoryFilter(), offset=-1)


def test_titles_in_english_when_the_node_has_none(db, crm, engine):
    from tests.runtime.engine.engine_support import FlowBuilder, activate

    b = FlowBuilder("Sin títulos")
    b.flow.nodes[0].title = ""
    wait = b.add("wait.duration", amount=1, unit="hours")
    b.flow.nodes[-1].title = ""
    b.chain(b.trigger, wait)
    vid = activate(db, b)
    run_one(db, engine, vid, person(crm, "Eva", "", "eva@example.es"))
    with db.begin() as conn:
        es = page_rows(conn, HistoryFilter())[0]
        en = page_rows(conn, HistoryFilter(), lang="en")[0]
    assert es.current_node_title == "Esperar" and en.current_node_title == "Wait"


def test_search_reaches_other_crms_by_email(db, world):
    from sqlalchemy import update

    from runtime.store.schema_runtime import enrollments

    ids = world["ids"]
    with db.begin() as conn:  # as if this journey ran on a HubSpot connection (contact id is HubSpot's)
        conn.execute(update(enrollments).where(enrollments.c.id == ids["ana"])
                     .values(crm="hubspot1", contact_id="hs-901", contact_email="ana@example.es"))
    assert ids_of(db, HistoryFilter(search="ANA@")) == [ids["ana"]]
    assert set(ids_of(db, HistoryFilter(search="muñoz"))) == {ids["jose"], ids["jose_hook"]}
    with db.begin() as conn:
        row = next(r for r in page_rows(conn, HistoryFilter()) if r.id == ids["ana"])
    assert row.contact_name == "" and row.contact_email == "ana@example.es"
