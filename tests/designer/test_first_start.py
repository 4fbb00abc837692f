"""First start: demo CRM + the example flow, active; never twice, never over user data."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

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
