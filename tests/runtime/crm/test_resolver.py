"""A failing connection never stops anything else, pauses visibly, and resumes by itself
(through the real runtime service, on loopback fakes of HubSpot and Bitrix24)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime.cli.main import main
from runtime.crm import connections, pause
from runtime.store.schema_runtime import enrollments, steps
from tests.runtime.crm.crm_support import office
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN

NEW_TOKEN = "pat-na1-99999999-8888-7777-6666-555555555555"


def _journeys(db) -> list[tuple]:
    with db.begin() as conn:
        return [tuple(r) for r in conn.execute(select(enrollments.c.crm, enrollments.c.contact_id,
                                                      enrollments.c.status).order_by(enrollments.c.id))]


def _ticked(db) -> list[str]:
    """Contacts the schedule flow (tests.runtime.crm.flow_support.schedule_flow) enrolled."""
    from tests.runtime.crm.flow_support import N

    with db.begin() as conn:
        return sorted(conn.execute(select(enrollments.c.contact_id).where(
            enrollments.c.trigger_node == f"{N}61")).scalars())


def test_a_revoked_hubspot_token_stops_nothing_else_and_update_resumes_it(db_url, tmp_path: Path, httpserver,
                                                                           memory_keyring, capsys) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.hub.put_contact("1", o.t0 + 5, plan="pro")
    o.portal.put_contact("5", o.t0 + 5, UF_CRM_CITY="Madrid")
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()  # both polls work: the changes are change events now
    o.hub.token = "revoked"  # then HubSpot refuses the token
    o.runtime.run_until_idle()  # no exception: HubSpot's work waits, Bitrix24's goes on
    assert len(o.portal.activities) == 1 and not o.hub.tasks
    found = pause.load(o.db)["acme"]
    assert found.reason == "auth" and "check the token" in found.message
    assert o.runtime.resolver.status()["acme"]["paused"]["reason"] == "auth"
    # the polled contact was enrolled from its poll snapshot; its steps wait for the connection
    assert sorted(_journeys(o.db)) == [("acme", "1", "waiting"), ("oficina", "5", "completed")]
    with o.db.begin() as conn:
        held = conn.execute(select(steps.c.node_type, steps.c.error).where(steps.c.status == "waiting")).all()
    assert len(held) == 1 and "paused (auth)" in held[0].error
    assert main(["--db", o.path, "connections", "list"]) == 0
    assert "PAUSED (auth)" in capsys.readouterr().out
    calls = len(o.hub.requests)
    o.runtime.run_until_idle()  # a second pass while paused: no new call, no new step row
    assert len(o.hub.requests) == calls
    o.hub.token = NEW_TOKEN
    connections.update_connection(o.db, "acme", NEW_TOKEN)  # keeps the cursors; held work due now
    assert "acme" not in pause.load(o.db)
    o.clock.set(o.t0 + 62)
    o.runtime.run_until_idle()
    assert [t["properties"]["hs_task_subject"] for t in o.hub.tasks] == ["Llamar a Ana"]
    assert sorted(_journeys(o.db)) == [("acme", "1", "completed"), ("oficina", "5", "completed")]
    with o.db.begin() as conn:
        assert len(conn.execute(select(steps.c.id).where(steps.c.status == "waiting")).all()) == 1  # one row
    o.close()


def test_events_a_paused_connection_cannot_read_wait_and_replay_in_order(db_url, tmp_path: Path, httpserver,
                                                                         memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url, stage=True)
    o.hub.put_contact("9", o.t0 - 3000, created=o.t0 - 4000, email="eva@x.es", firstname="Eva",
                      hubspot_owner_id="501")  # never polled: the deal's event must read it
    o.hub.put_deal("70", o.t0 + 3, contact="9", dealname="Web", dealstage="closedwon")
    o.hub.put_contact("1", o.t0 + 5, plan="pro")
    o.portal.put_contact("5", o.t0 + 5, UF_CRM_CITY="Madrid")
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()
    o.hub.token = "revoked"
    o.runtime.run_until_idle()
    assert _journeys(o.db) == [("oficina", "5", "completed")]  # acme's events wait, in order
    with o.db.begin() as conn:
        from runtime.engine.event_rows import read_holds

        assert list(read_holds(conn)) == ["acme"]
    o.hub.token = NEW_TOKEN
    connections.update_connection(o.db, "acme", NEW_TOKEN)
    o.clock.set(o.t0 + 62)
    o.runtime.run_until_idle()
    assert sorted(t["properties"]["hs_task_subject"] for t in o.hub.tasks) == ["Felicitar a Eva", "Llamar a Ana"]
    assert sorted(_journeys(o.db)) == [("acme", "1", "completed"), ("acme", "9", "completed"),
                                       ("oficina", "5", "completed")]
    with o.db.begin() as conn:
        assert read_holds(conn) == {}
    o.close()


def test_cli_run_until_idle_with_a_revoked_token_exits_cleanly(db_url, tmp_path: Path, httpserver, memory_keyring,
                                                              capsys) -> None:
    o = office(tmp_path, httpserver, db_url=db_url, ago=600)
    o.hub.token = "revoked"
    o.portal.put_contact("5", o.t0 + 5, UF_CRM_CITY="Madrid")
    o.runtime.close()
    assert main(["--db", o.path, "run", "--until-idle"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "could not poll acme" in err
    assert len(o.portal.activities) == 1
    o.db.dispose()


def test_a_daily_quota_pauses_until_its_reset_then_resumes_by_itself(db_url, tmp_path: Path, httpserver,
                                                                     memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.hub.put_contact("1", o.t0 + 5, plan="pro")
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()
    o.hub.daily_limit_hit = True
    o.runtime.run_until_idle()
    found = pause.load(o.db)["acme"]
    assert found.reason == "quota" and found.until == o.t0 + 61 + 3600
    assert ("acme", "1", "waiting") in _journeys(o.db) and not o.hub.tasks
    o.hub.daily_limit_hit = False  # HubSpot's daily reset
    o.clock.set(o.t0 + 61 + 3601)
    o.runtime.run_until_idle()
    assert len(o.hub.tasks) == 1 and "acme" not in pause.load(o.db)
    assert ("acme", "1", "completed") in _journeys(o.db)
    o.close()


def test_a_bitrix24_operation_time_block_waits_for_operating_reset_at(db_url, tmp_path: Path, httpserver,
                                                                      memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.portal.put_contact("5", o.t0 + 5, UF_CRM_CITY="Madrid")
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()
    o.portal.blocked_until = o.t0 + 400
    o.runtime.run_until_idle()
    found = pause.load(o.db)["oficina"]
    assert (found.reason, found.until) == ("blocked", o.t0 + 400) and not o.portal.activities
    o.portal.blocked_until = None
    o.clock.set(o.t0 + 401)
    o.runtime.run_until_idle()
    assert len(o.portal.activities) == 1 and ("oficina", "5", "completed") in _journeys(o.db)
    o.close()


def test_a_throttle_storm_ends_in_waiting_never_in_failed_contacts(db_url, tmp_path: Path, httpserver,
                                                                   memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.hub.put_contact("1", o.t0 + 5, plan="pro")
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()
    o.hub.throttle_next = 10_000  # every call answers 429 TEN_SECONDLY_ROLLING for a long while
    o.runtime.run_until_idle()
    assert pause.load(o.db)["acme"].reason == "throttled"
    assert ("acme", "1", "waiting") in _journeys(o.db)
    o.hub.throttle_next = 0
    o.clock.set(o.t0 + 200)
    o.runtime.run_until_idle()
    assert len(o.hub.tasks) == 1 and ("acme", "1", "completed") in _journeys(o.db)
    o.close()


def test_update_replaces_the_secret_keeps_cursors_and_refuses_bad_input(db_url, tmp_path: Path, httpserver,
                                                                        memory_keyring, capsys) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    with o.db.begin() as conn:
        before = conn.execute(select(steps.c.id)).all()
    from runtime.crm.polling import last_polled

    polled = last_polled(o.db, "acme")
    o.runtime.close()
    import io
    import sys

    stdin = sys.stdin
    try:
        sys.stdin = io.StringIO(NEW_TOKEN + "\n")
        assert main(["--db", o.path, "connections", "update", "acme", "--poll-seconds", "120"]) == 0
        sys.stdin = io.StringIO("has spaces in it\n")
        assert main(["--db", o.path, "connections", "update", "acme"]) == 1
    finally:
        sys.stdin = stdin
    out = capsys.readouterr()
    assert "poll cursors kept" in out.out and "must not contain spaces" in out.err
    assert NEW_TOKEN not in out.out + out.err
    updated = connections.get_connection(o.db, "acme")
    assert updated.poll_seconds == 120 and updated.updated_at > 0
    assert connections.load_secret(updated) == NEW_TOKEN and last_polled(o.db, "acme") == polled
    with o.db.begin() as conn:
        assert conn.execute(select(steps.c.id)).all() == before
    assert TOKEN != NEW_TOKEN
    o.db.dispose()


def test_a_schedule_tick_on_a_paused_connection_waits_then_fires(db_url, tmp_path: Path, httpserver,
                                                                 memory_keyring) -> None:
    from runtime.engine.activation import activate_flow
    from runtime.flows import fileformat, repository
    from tests.runtime.crm.flow_support import schedule_flow

    o = office(tmp_path, httpserver, db_url=db_url)
    o.hub.put_contact("2", o.t0 - 58, created=o.t0 - 3600, email="leo@x.es", plan="pro")
    o.hub.put_contact("1", o.t0 - 58, plan="pro")
    flow = fileformat.load(schedule_flow(tmp_path / "s.caudal.json", "acme", cron="* * * * *"))
    with o.db.begin() as conn:
        repository.import_flow(conn, flow)
    activate_flow(o.db, flow.name, now=o.t0)
    o.hub.token = "revoked"
    o.clock.set(o.t0 + 61)
    o.runtime.run_until_idle()  # the tick cannot list HubSpot's contacts: it waits, nothing fails
    assert pause.load(o.db)["acme"].reason == "auth"
    assert _ticked(o.db) == []
    o.hub.token = NEW_TOKEN
    connections.update_connection(o.db, "acme", NEW_TOKEN)
    o.clock.set(o.t0 + 122)  # the postponed tick looks again within a minute
    o.runtime.run_until_idle()
    assert _ticked(o.db) == ["1", "2"]
    assert o.hub.contacts["1"]["caudal_tags"] == "diario" and o.hub.contacts["2"]["caudal_tags"] == "diario"
    o.close()
