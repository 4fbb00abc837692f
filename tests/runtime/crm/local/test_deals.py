"""Users, pipelines, deals, tasks and notes of the local CRM."""

from __future__ import annotations

import pytest

from runtime.crm.local import InvalidInput, LocalCrm, NotFound
from tests.runtime.crm.local.local_support import events


def test_users_create_list_get(crm: LocalCrm) -> None:
    uid = crm.create_user(" Eva@Acme.es", "Eva Ruiz")
    crm.create_user("ana@acme.es", "Ana")
    assert [u["name"] for u in crm.list_users()] == ["Ana", "Eva Ruiz"]
    ops_user = crm._run(lambda c: crm.bind(c).get_user(str(uid)))
    assert ops_user == {"id": str(uid), "email": "eva@acme.es", "name": "Eva Ruiz", "active": True}
    assert crm._run(lambda c: crm.bind(c).get_user("EVA@acme.es"))["id"] == str(uid)
    with pytest.raises(InvalidInput, match="already exists"):
        crm.create_user("eva@acme.es", "Otra")
    with pytest.raises(InvalidInput, match="needs a name"):
        crm.create_user("x@acme.es", " ")


def test_pipeline_stages_are_ordered_and_validated(crm: LocalCrm) -> None:
    crm.create_pipeline("Ventas", ["Nuevo", "Propuesta", "Ganado"])
    [p] = crm.list_pipelines()
    assert p["name"] == "Ventas" and [s["name"] for s in p["stages"]] == ["Nuevo", "Propuesta", "Ganado"]
    assert [s["position"] for s in p["stages"]] == [0, 1, 2]
    with pytest.raises(InvalidInput, match="already exists"):
        crm.create_pipeline("Ventas", ["A"])
    with pytest.raises(InvalidInput, match="repeats a stage"):
        crm.create_pipeline("Otro", ["A", "a"])


def test_deal_create_move_and_events(crm: LocalCrm) -> None:
    crm.create_pipeline("Ventas", ["Nuevo", "Propuesta", "Ganado"])
    cid = crm.create_contact({"email": "ana@x.es"})
    did = crm.create_deal("Web nueva", "ventas", "nuevo", "cli", contact="ana@x.es", amount="1200,50")
    deal = crm.get_deal(did)
    assert deal["pipeline"] == "Ventas" and deal["stage"] == "Nuevo" and deal["amount"] == 1200.5
    assert deal["contact_id"] == str(cid) and deal["contact_email"] == "ana@x.es"
    assert crm.move_deal(did, "Propuesta", "cli") is True
    assert crm.move_deal(did, "Propuesta", "cli") is False
    evs = events(crm.db, "deal")
    assert [e["kind"] for e in evs] == ["created", "stage_changed"]
    assert evs[1]["changes"] == {"stage": ["Nuevo", "Propuesta"]}
    assert [d["id"] for d in crm.list_deals(contact="ana@x.es")] == [str(did)]
    assert crm._run(lambda c: crm.bind(c).contact_deals(str(cid)))[0]["stage"] == "Propuesta"


def test_unknown_stage_lists_the_stages(crm: LocalCrm) -> None:
    crm.create_pipeline("Ventas", ["Nuevo", "Ganado"])
    with pytest.raises(InvalidInput, match=r"no stage 'Cerrado' in pipeline 'Ventas' \(stages: Nuevo, Ganado\)"):
        crm.create_deal("T", "Ventas", "Cerrado")
    with pytest.raises(InvalidInput, match=r"no pipeline 'Compras' \(pipelines: Ventas\)"):
        crm.create_deal("T", "Compras", "Nuevo")
    with pytest.raises(InvalidInput, match="invalid amount"):
        crm.create_deal("T", "Ventas", "Nuevo", amount="mucho")
    with pytest.raises(NotFound, match="no deal with id 42"):
        crm.move_deal(42, "Ganado")


def test_tasks_and_notes(crm: LocalCrm) -> None:
    uid = crm.create_user("eva@acme.es", "Eva")
    cid = crm.create_contact({"email": "ana@x.es"})
    ops_task = crm._run(lambda c: crm.bind(c).create_task(str(cid), "Llamar", "hoy", 1.0, str(uid), "enrollment:3"))
    [task] = crm.list_tasks("ana@x.es")
    assert task["id"] == ops_task and task["assignee_id"] == str(uid) and task["notes"] == "hoy"
    crm.add_note(cid, "Interesada en la web")
    assert [n["body"] for n in crm.list_notes(cid)] == ["Interesada en la web"]
    assert events(crm.db, "task")[0]["origin"] == "enrollment:3"
    with pytest.raises(InvalidInput, match="no user"):
        crm.create_task(cid, "X", assignee="nadie@acme.es")


def test_set_owner_and_iter_ids_through_ops(crm: LocalCrm) -> None:
    uid = crm.create_user("eva@acme.es", "Eva")
    a = crm.create_contact({"email": "a@x.es"})
    b = crm.create_contact({"email": "b@x.es"})
    with crm.db.begin() as conn:
        ops = crm.bind(conn)
        assert ops.set_owner(str(a), str(uid), "enrollment:1") is True
        assert ops.set_owner(str(a), str(uid), "enrollment:1") is False
        assert ops.iter_contact_ids() == [str(a), str(b)]
        assert ops.find_contact("A@x.es")["owner_id"] == str(uid)
