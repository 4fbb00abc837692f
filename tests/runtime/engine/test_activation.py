"""Activation: validate, freeze immutable versions, plan timers; deactivation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from runtime.engine.activation import ActivationRefused, activate_flow, deactivate_flow
from runtime.flows import fileformat, repository
from runtime.flows.model import Node
from runtime.store.db import open_database
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import timers

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "bienvenida.caudal.json"


@pytest.fixture
def db(tmp_path):
    d = open_database(f"sqlite:///{tmp_path}/t.db")
    yield d
    d.dispose()


def import_example(db):
    with db.begin() as conn:
        return repository.import_flow(conn, fileformat.load(EXAMPLE)).flow


def test_activate_freezes_version_and_marks_active(db):
    flow = import_example(db)
    result = activate_flow(db, flow.name)
    assert result.new_version and result.version == 1
    with db.begin() as conn:
        row = conn.execute(select(flows).where(flows.c.id == flow.id)).first()
        assert row.is_active and row.active_version_id == result.version_id
    # Activating again with an unchanged draft keeps the same version.
    again = activate_flow(db, flow.id)
    assert not again.new_version and again.version_id == result.version_id


def test_editing_then_activating_makes_a_new_version_and_keeps_the_old(db):
    flow = import_example(db)
    first = activate_flow(db, flow.id)
    flow.nodes[0].title = "Cliente nuevo"
    with db.begin() as conn:
        repository.save(conn, flow)
    second = activate_flow(db, flow.id)
    assert second.new_version and second.version == 2
    with db.begin() as conn:
        old = conn.scalar(select(flow_versions.c.document).where(flow_versions.c.id == first.version_id))
        assert old["flow"]["nodes"][0]["title"] != "Cliente nuevo"  # frozen, untouched


def test_invalid_flow_is_refused_with_problems_and_nothing_changes(db):
    flow = import_example(db)
    flow.nodes.append(Node(id="orphan-1", type="action.add_tag", title="Suelto", config={"tag": "x"}))
    with db.begin() as conn:
        repository.save(conn, flow)
    with pytest.raises(ActivationRefused) as err:
        activate_flow(db, flow.name)
    assert "unreachable" in [p.code for p in err.value.problems]
    assert "orphan-1" in str(err.value) and "«Suelto»" in str(err.value)
    assert "no se puede activar" in err.value.text("es")
    with db.begin() as conn:
        assert conn.scalar(select(func.count()).select_from(flow_versions)) == 0
        assert not conn.scalar(select(flows.c.is_active).where(flows.c.id == flow.id))


def test_unknown_flow(db):
    with pytest.raises(repository.FlowNotFound):
        activate_flow(db, "nope")


def schedule_flow(db):
    flow = import_example(db)
    trigger = flow.nodes[0]
    trigger.type, trigger.config = "trigger.schedule", {"cron": "0 9 * * *", "timezone": "UTC",
                                                       "filter": {"match": "all", "rules": []}}
    with db.begin() as conn:
        repository.save(conn, flow)
    return flow


def test_schedule_timer_planned_on_activate_and_dropped_on_deactivate(db):
    flow = schedule_flow(db)
    assert activate_flow(db, flow.id).timers_planned == 1
    assert deactivate_flow(db, flow.name) == 0
    with db.begin() as conn:
        assert conn.scalar(select(func.count()).select_from(timers)) == 0
        assert not conn.scalar(select(flows.c.is_active).where(flows.c.id == flow.id))
    # Reactivating the same draft after a stop plans again.
    assert activate_flow(db, flow.id).timers_planned == 1


def test_date_trigger_reads_day_first_and_reports_what_it_cannot_read(db):
    from runtime.crm.local import LocalCrm

    crm = LocalCrm(db)
    crm.create_contact({"email": "a@x.es", "renovacion": "15/01/2099"})
    crm.create_contact({"email": "b@x.es", "renovacion": "2099-01-15"})
    bad = crm.create_contact({"email": "c@x.es", "renovacion": "31/02/2099"})
    crm.create_contact({"email": "d@x.es"})
    flow = import_example(db)
    trigger = flow.nodes[0]
    trigger.type = "trigger.date_field"
    trigger.config = {"field": "contact.renovacion", "offset_days": 0, "at_time": "09:00"}
    with db.begin() as conn:
        repository.save(conn, flow)
    result = activate_flow(db, flow.id)
    assert result.timers_planned == 2
    with db.begin() as conn:
        assert set(conn.scalars(select(timers.c.due_at))) == {conn.scalar(select(timers.c.due_at))}  # one moment
    assert [u.text() for u in result.unreadable_dates] == [
        f"trigger «Nuevo cliente» will not fire for contact {bad}: contact.renovacion: «31/02/2099» is not a "
        "valid date (DD/MM/YYYY or YYYY-MM-DD)"]
