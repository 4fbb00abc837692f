"""The connections registry seen by flows and the service: unknown CRMs refused at activation,
poll scheduling, and a resolver that follows a connection removed and added again."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.crm import connections
from runtime.engine.activation import ActivationRefused, activate_flow
from runtime.flows import fileformat, repository
from runtime.store.db import open_database
from tests.runtime.crm.flow_support import task_flow

TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555"




@pytest.fixture
def db(tmp_path: Path):
    d = open_database(str(tmp_path / "c.db"))
    yield d
    d.dispose()


def _import(db, tmp_path: Path, crm: str) -> None:
    with db.begin() as conn:
        repository.import_flow(conn, fileformat.load(task_flow(tmp_path / "f.caudal.json", crm, "contact.plan",
                                                               "pro")))


def test_activation_refuses_a_flow_on_an_unknown_connection(db, tmp_path: Path, memory_keyring) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN)
    _import(db, tmp_path, "acmee")
    with pytest.raises(ActivationRefused) as refused:
        activate_flow(db, "Pro en HubSpot")
    assert [p.code for p in refused.value.problems] == ["unknown_crm"]
    text = refused.value.text("en")
    assert "«acmee»" in text and "known: local, acme" in text and "Pro en HubSpot" in text
    assert "no es ninguna conexión registrada" in refused.value.text("es")
    with db.begin() as conn:
        assert not repository.require(conn, "Pro en HubSpot").is_active  # nothing half-done


def test_activation_accepts_local_and_registered_connections(db, tmp_path: Path, memory_keyring) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN)
    _import(db, tmp_path, "acme")
    assert activate_flow(db, "Pro en HubSpot").version == 1
    with db.begin() as conn:
        assert connections.crm_problem(conn, None) is None
        assert connections.crm_problem(conn, "local") is None


def test_next_poll_at_follows_intervals_and_failed_attempts(db, memory_keyring) -> None:
    from runtime.crm.polling import poll

    assert connections.next_poll_at(db) is None
    connections.add_connection(db, "hubspot", "acme", TOKEN, poll_seconds=30, created_at=100.0)
    assert connections.next_poll_at(db) == 0.0  # never polled: due at once

    class Empty:
        entities = ("contact",)

        def changed(self, entity, start, end):
            return []

    poll(db, "acme", 100.0, Empty(), clock=lambda: 1000.0)
    assert connections.next_poll_at(db) == 1030.0
    assert connections.next_poll_at(db, {"acme": 1010.0}) == 1040.0  # a failed try at 1010


def test_resolver_reopens_a_connection_added_again(db, memory_keyring) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url="http://127.0.0.1:9")
    resolver = connections.ConnectorResolver(db, sleep=lambda s: None, max_attempts=1, timeout=0.5)
    first = resolver("acme")
    assert resolver("acme") is first and resolver("local").name == "local"
    connections.remove_connection(db, "acme")
    connections.add_connection(db, "hubspot", "acme", "pat-na1-new", base_url="http://127.0.0.1:9")
    results = resolver.poll_due(10**10)  # port 9 refuses: an error, reported, never raised
    assert isinstance(results["acme"], Exception)
    assert resolver("acme") is not first
    assert "pat-na1-new" not in resolver.status()["acme"]["poll_error"]
    resolver.close()


def test_simulate_plays_a_connection_flow_over_the_cohort_without_the_crm(tmp_path: Path) -> None:
    """No connection, no keyring, no HTTP: the CSV cohort stands in for the flow's CRM."""
    from runtime.simulate import simulate_flow

    csv = tmp_path / "cohort.csv"
    csv.write_text("email,first_name,plan\nana@x.es,Ana,pro\nleo@x.es,Leo,basic\n", encoding="utf-8")
    result = simulate_flow(task_flow(tmp_path / "f.caudal.json", "acme", "contact.plan", "pro"),
                           contacts_csv=csv, days=2).as_json()
    paths = {c["email"]: [s["title"] for s in c["path"]] for c in result["contacts"]}
    assert paths["ana@x.es"][-1] == "action.create_task" and "action.create_task" not in paths["leo@x.es"]
    errors = [s["error"] for c in result["contacts"] for s in c["path"] if s["error"]]
    assert errors == []  # the cohort stands in for the CRM (no "no connector"); Ana, with no owner, gets an
    # unassigned task
