"""First start: demo CRM + the example flow, active, in the UI language; never twice, never over user data."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import pytest

from designer.first_start import first_start, is_empty
from runtime.crm.local import LocalCrm
from runtime.flows import repository
from tests.designer.shell_fixtures import db  # noqa: F401


def test_seeds_an_empty_database_once(db):
    assert is_empty(db)
    flow_id = first_start(db)
    with db.begin() as conn:
        infos = repository.list_flows(conn)
    assert [(i.id, i.name, i.is_active, i.active_version) for i in infos] == [(flow_id, "Bienvenida", True, 1)]
    crm = LocalCrm(db)
    assert crm.search("").total == 12
    assert crm.list_pipelines()[0]["name"] == "Ventas"
    assert len(crm.list_users()) == 3
    assert first_start(db) is None  # second start: nothing more
    assert crm.search("").total == 12


def test_leaves_a_used_database_alone(db):
    LocalCrm(db).create_contact({"email": "mia@ejemplo.es"})
    assert not is_empty(db)
    assert first_start(db) is None
    with db.begin() as conn:
        assert repository.list_flows(conn) == []


@pytest.mark.parametrize(("lang", "flow", "trigger_tag", "pipeline", "first_stage", "customer_tag"), [
    ("fr", "Bienvenue", "client", "Ventes", "Nouveau", "client"),
    ("id", "Selamat Datang", "pelanggan", "Penjualan", "Baru", "pelanggan"),
    ("en", "Welcome", "customer", "Sales", "New", "customer"),
])
def test_demo_and_example_in_the_ui_language(db, lang, flow, trigger_tag, pipeline, first_stage, customer_tag):
    flow_id = first_start(db, lang)
    with db.begin() as conn:
        stored = repository.get(conn, flow_id)
    assert stored.name == flow
    trigger = next(n for n in stored.nodes if n.type == "trigger.tag_added")
    assert trigger.config["tag"] == trigger_tag
    crm = LocalCrm(db)
    [sales] = crm.list_pipelines()
    assert (sales["name"], sales["stages"][0]["name"]) == (pipeline, first_stage)
    tagged = crm.search("", tag=customer_tag).total
    assert crm.search("").total == 12 and tagged >= 3  # the example flow has contacts to start from
    assert {r["lifecycle_stage"] for r in crm.search("", limit=100).rows} <= {
        "subscriber", "lead", "mql", "sql", "opportunity", "customer", "evangelist", "other"}
