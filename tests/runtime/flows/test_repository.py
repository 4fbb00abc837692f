"""The flows repository on a real SQLite file: import, find, save, rename, versions, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert, select

from runtime.flows import repository as repo
from runtime.flows.fileformat import dumps, load
from runtime.flows.model import Node
from runtime.store.db import open_database
from runtime.store.schema_flows import flow_versions
from runtime.store.schema_runtime import enrollments

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(f"sqlite:///{tmp_path}/t.db")
    yield database
    database.dispose()


def test_import_then_export_is_identical(db) -> None:
    with db.begin() as conn:
        result = repo.import_flow(conn, load(EXAMPLE))
    assert not result.id_changed and not result.name_changed
    with db.begin() as conn:
        assert dumps(repo.get(conn, result.flow.id)) == EXAMPLE.read_text(encoding="utf-8")
        assert dumps(repo.get(conn, "Bienvenida")) == EXAMPLE.read_text(encoding="utf-8")


def test_second_import_gets_new_id_and_suffixed_name(db) -> None:
    flow = load(EXAMPLE)
    with db.begin() as conn:
        repo.import_flow(conn, flow)
        second = repo.import_flow(conn, flow)
        third = repo.import_flow(conn, flow)
    assert second.id_changed and second.name_changed and second.original_id == flow.id
    assert second.flow.name == "Bienvenida (2)" and third.flow.name == "Bienvenida (3)"
    with db.begin() as conn:
        again = repo.import_flow(conn, repo.get(conn, "Bienvenida (2)"))
        assert again.flow.name == "Bienvenida (4)"
        assert [i.name for i in repo.list_flows(conn)] == [
            "Bienvenida", "Bienvenida (2)", "Bienvenida (3)", "Bienvenida (4)"]


def test_find_by_id_or_exact_name(db) -> None:
    with db.begin() as conn:
        flow = repo.import_flow(conn, load(EXAMPLE)).flow
        assert repo.find(conn, flow.id).name == "Bienvenida"
        assert repo.find(conn, "Bienvenida").id == flow.id
        assert repo.find(conn, "bienvenida") is None
        with pytest.raises(repo.FlowNotFound) as info:
            repo.require(conn, "Nada")
    assert str(info.value) == "No flow has the id or name «Nada»."
    assert info.value.message.es == "No hay ningún flujo con id o nombre «Nada»."


def test_list_rows(db) -> None:
    with db.begin() as conn:
        assert not repo.has_flows(conn)
        repo.create(conn, "zeta")
        assert repo.has_flows(conn)
        repo.import_flow(conn, load(EXAMPLE))
        rows = repo.list_flows(conn)
    assert [(r.name, r.node_count, r.is_active, r.active_version) for r in rows] == [
        ("Bienvenida", 6, False, None), ("zeta", 0, False, None)]
    d = rows[0].as_dict()
    assert set(d) == {"id", "name", "description", "is_active", "active_version", "created_at",
                      "updated_at", "node_count"}
    assert d["updated_at"].endswith("Z")


def test_create_save_rename_duplicate(db) -> None:
    with db.begin() as conn:
        draft = repo.create(conn, "Nuevo flujo")
        assert repo.create(conn, "Nuevo flujo").name == "Nuevo flujo (2)"
        draft.nodes.append(Node("n1", "trigger.manual", title="Botón", config={"label": "Ir"}))
        draft.nodes.append(Node("n2", "zzz.unknown"))  # drafts may be invalid
        repo.save(conn, draft)
        assert [n.type for n in repo.get(conn, draft.id).nodes] == ["trigger.manual", "zzz.unknown"]
        with pytest.raises(repo.NameTaken):
            repo.rename(conn, draft.id, "Nuevo flujo (2)")
        renamed = repo.rename(conn, draft.id, "  Alta  ")
        assert renamed.name == "Alta" and repo.get(conn, "Alta").id == draft.id
        copy = repo.duplicate(conn, "Alta")
        assert copy.name == "Alta (2)" and copy.id != draft.id
        assert [n.id for n in copy.nodes] == ["n1", "n2"]
        with pytest.raises(repo.RepositoryError):
            repo.rename(conn, draft.id, "   ")
        with pytest.raises(repo.FlowNotFound):
            repo.save(conn, repo.get(conn, "Alta").__class__("missing-id", "X"))


def test_versions_are_numbered_frozen_and_loadable(db) -> None:
    with db.begin() as conn:
        flow = repo.import_flow(conn, load(EXAMPLE)).flow
        v1 = repo.freeze_version(conn, flow.id)
        flow.nodes[0].config["tag"] = "otro"
        repo.save(conn, flow)
        v2 = repo.freeze_version(conn, flow.id)
        versions = repo.list_versions(conn, flow.id)
        assert [(v.id, v.version, v.node_count) for v in versions] == [(v1, 1, 6), (v2, 2, 6)]
        assert repo.load_version(conn, v1).nodes[0].config["tag"] == "cliente"
        assert repo.load_version(conn, v2).nodes[0].config["tag"] == "otro"
        other = repo.create(conn, "Otro")
        assert repo.list_versions(conn, other.id) == []
        assert conn.scalar(select(flow_versions.c.version).where(
            flow_versions.c.id == repo.freeze_version(conn, other.id))) == 1
        with pytest.raises(repo.FlowNotFound):
            repo.load_version(conn, 999)


def test_active_flow_cannot_be_deleted_and_stopped_one_goes_with_its_history(db) -> None:
    with db.begin() as conn:
        flow = repo.import_flow(conn, load(EXAMPLE)).flow
        version = repo.freeze_version(conn, flow.id)
        repo.set_active(conn, flow.id, version)
        info = repo.require(conn, flow.id)
        assert info.is_active and info.active_version == 1 and info.active_version_id == version
        conn.execute(insert(enrollments).values(
            flow_id=flow.id, flow_version_id=version, contact_id="1", status="active",
            started_at=0.0, updated_at=0.0))
        with pytest.raises(repo.FlowIsActive):
            repo.delete(conn, "Bienvenida")
        repo.set_active(conn, flow.id, None)
        repo.delete(conn, "Bienvenida")
        assert repo.list_flows(conn) == []
        assert conn.scalar(select(enrollments.c.id)) is None
        assert conn.scalar(select(flow_versions.c.id)) is None
