"""LocalBatch (write-behind local CRM ops) against the one-call path, on real SQLite files."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from runtime.crm.local import LocalCrm
from runtime.crm.local.batch import LocalBatch
from runtime.crm.local.batch_reads import local_contacts
from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.ops import LocalCrmOps
from runtime.store.db import Database, open_database
from runtime.store.schema_crm import (
    change_events,
    crm_contact_tags,
    crm_contacts,
    crm_fields,
    crm_tasks,
)


def _seed(db: Database) -> list[str]:
    crm = LocalCrm(db)
    crm.create_user("eva@acme.es", "Eva")
    ids = [str(crm.create_contact({"email": f"c{i}@ejemplo.es", "first_name": f"Nombre{i}", "city": "Sevilla"},
                                  origin="seed", tags=("lead",))) for i in range(3)]
    return ids


def _script(ops: Any, ids: list[str]) -> list[Any]:
    """The same writes and reads through any CrmOps; returns what each call returned."""
    a, b, c = ids
    return [
        ops.update_contact(a, {"contact.lifecycle_stage": "cliente", "city": "Madrid"}, "flow:1:n1:1"),
        ops.get_contact(a)["custom"]["city"],
        ops.update_contact(a, {"contact.lifecycle_stage": "cliente"}, "flow:1:n2:1"),  # no change: {}
        ops.add_tag(a, "vip", "flow:1:n3:1"),
        ops.add_tag(a, "vip", "flow:1:n4:1"),  # already tagged: False
        "vip" in ops.get_contact(a)["tags"],
        ops.update_contact(b, {"first_name": "Bea", "zona": "norte", "city": None}, "flow:2:n1:1"),
        ops.update_contact(b, {"email": "bea@ejemplo.es"}, "flow:2:n2:1"),  # one-call path, after a flush
        ops.get_contact(b)["email"],
        ops.create_task(c, "Llamar", "", 100.0, "1", "flow:3:n1:1") != "",
        ops.add_tag(c, "nuevo", "flow:3:n2:1"),
        ops.remove_tag(c, "lead", "flow:3:n3:1"),
        sorted(ops.get_contact(c)["tags"]),
    ]


def _state(db: Database) -> dict[str, Any]:
    with db.begin() as conn:
        contacts = [(r.id, r.email, r.first_name, r.lifecycle_stage, r.custom, r.search_text)
                    for r in conn.execute(select(crm_contacts).order_by(crm_contacts.c.id))]
        links = sorted((r.contact_id, r.tag_id) for r in conn.execute(select(crm_contact_tags)))
        events = [(r.entity, r.entity_id, r.kind, r.changes, r.origin)
                  for r in conn.execute(select(change_events).where(change_events.c.origin.like("flow%"))
                                        .order_by(change_events.c.id))]
        tasks = [(r.title, r.contact_id, r.assignee_id, r.due_at) for r in conn.execute(select(crm_tasks))]
        fields = sorted(r.key for r in conn.execute(select(crm_fields)))
    return {"contacts": contacts, "links": links, "events": events, "tasks": tasks, "fields": fields}


@pytest.mark.parametrize("raw_custom", [False, True])
def test_batch_writes_what_the_one_call_path_writes(make_db_url, raw_custom: bool) -> None:
    one, two = open_database(make_db_url("one.db")), open_database(make_db_url("two.db"))
    ids = _seed(one)
    assert _seed(two) == ids
    with one.begin() as conn:
        expected = _script(LocalCrmOps(conn), ids)
    with two.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, ids, raw_custom=raw_custom))
        got = _script(batch, ids)
        batch.flush()
    assert got == expected
    assert got[1] == "Madrid" and got[2] == {} and got[4] is False and got[5] is True
    assert _state(two) == _state(one)
    assert [e[2] for e in _state(two)["events"]] == ["updated", "tag_added", "updated", "updated", "created",
                                                      "tag_added", "tag_removed"]
    one.dispose()
    two.dispose()


def test_reads_see_queued_writes_and_the_database_sees_them_at_flush(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        batch.update_contact(a, {"lifecycle_stage": "cliente", "first_name": "Ana"}, "flow:9:x:1")
        batch.add_tag(a, "madrid", "flow:9:y:1")
        seen = batch.get_contact(a)
        assert seen["lifecycle_stage"] == "cliente" and seen["first_name"] == "Ana" and "madrid" in seen["tags"]
        row = conn.execute(select(crm_contacts).where(crm_contacts.c.id == int(a))).first()
        assert row.lifecycle_stage == "" and conn.scalar(select(change_events.c.id).where(
            change_events.c.origin == "flow:9:x:1")) is None  # still queued
        assert batch.pending
        batch.flush()
        assert not batch.pending
        row = conn.execute(select(crm_contacts).where(crm_contacts.c.id == int(a))).first()
        assert (row.lifecycle_stage, row.first_name, row.search_text) == ("cliente", "Ana", "ana c0@ejemplo.es")
        assert row.updated_at == seen["updated_at"]


def test_custom_keys_are_remembered_once(db: Database) -> None:
    a, b, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a, b]))
        batch.update_contact(a, {"puntos": 7}, "flow")
        batch.update_contact(b, {"puntos": 9, "alta": "2026-01-02"}, "flow")
        batch.flush()
        kinds = dict(conn.execute(select(crm_fields.c.key, crm_fields.c.kind)).all())
    assert kinds == {"city": "text", "puntos": "number", "alta": "date"}


def test_bad_input_is_refused_before_anything_is_queued(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, {})
        with pytest.raises(NotFound, match="no contact with id 999"):
            batch.update_contact("999", {"city": "x"}, "flow")
        with pytest.raises(InvalidInput, match="'tags' cannot be set"):
            batch.update_contact(a, {"tags": "x"}, "flow")
        with pytest.raises(InvalidInput, match="empty tag"):
            batch.add_tag(a, "  ", "flow")
        with pytest.raises(InvalidInput, match="no user '77'"):
            batch.create_task(a, "Llamar", "", None, "77", "flow")
        assert not batch.pending
        assert batch.get_contact(a)["custom"] == {"city": "Sevilla"}  # read on demand


def test_discard_forgets_the_queue_and_the_overlay(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        batch.update_contact(a, {"city": "Madrid"}, "flow")
        batch.discard()
        assert not batch.pending and batch.get_contact(a)["custom"]["city"] == "Sevilla"
        batch.flush()
    assert LocalCrm(db).get_contact(a)["custom"]["city"] == "Sevilla"


def test_contacts_given_by_email_take_the_one_call_path(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        batch.update_contact(a, {"city": "Madrid"}, "flow:1")
        assert batch.add_tag("c0@ejemplo.es", "correo", "flow:2")
        assert batch.get_contact(a)["tags"] == ["correo", "lead"]
    with db.begin() as conn:
        origins = [r.origin for r in conn.execute(select(change_events).where(change_events.c.origin.like("flow%"))
                                                  .order_by(change_events.c.id))]
    assert origins == ["flow:1", "flow:2"]  # queued first, flushed before the one-call write


def test_one_overlay_record_per_contact_whatever_the_id_spelling(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        batch.update_contact(f"00{a}", {"city": "Madrid"}, "flow:1")
        assert batch.get_contact(a)["custom"]["city"] == "Madrid"
        assert batch.add_tag(f" {a} ", "vip", "flow:2") and not batch.add_tag(f"0{a}", "vip", "flow:3")
        batch.flush()
    contact = LocalCrm(db).get_contact(a)
    assert contact["custom"]["city"] == "Madrid" and contact["tags"] == ["lead", "vip"]


def test_rollback_to_a_mark_undoes_queued_writes_and_the_overlay(db: Database) -> None:
    a, b, c = _seed(db)
    LocalCrm(db).add_tag(c, "vip", origin="seed")  # the tag exists: tagging b only queues a link
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a, b], raw_custom=True))
        batch.update_contact(a, {"city": "Cádiz"}, "flow:1")  # an earlier step: kept
        mark = batch.mark()
        batch.update_contact(a, {"first_name": "Ana", "nivel": 3}, "flow:2")
        batch.add_tag(b, "vip", "flow:2")
        batch.update_contact(b, {"city": "Madrid"}, "flow:2")
        assert batch.rollback_to(mark)
        assert batch.get_contact(a)["first_name"] == "Nombre0" and batch.get_contact(a)["custom"] == {"city": "Cádiz"}
        assert batch.get_contact(b)["tags"] == ["lead"] and batch.get_contact(b)["custom"] == {"city": "Sevilla"}
        batch.update_contact(b, {"nivel": 1}, "flow:3")  # the undone custom key is new again
        batch.flush()
        kinds = dict(conn.execute(select(crm_fields.c.key, crm_fields.c.kind)).all())
    assert kinds == {"city": "text", "nivel": "number"}
    assert [(e[1], e[4]) for e in _state(db)["events"]] == [(a, "flow:1"), (b, "flow:3")]
    assert _state(db)["links"] == [(int(a), 1), (int(b), 1), (int(c), 1), (int(c), 2)]  # the seed's tags only


def test_rollback_is_refused_once_something_reached_the_database(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        mark = batch.mark()
        batch.update_contact(a, {"city": "Madrid"}, "flow:1")
        batch.add_tag(a, "nueva-etiqueta", "flow:2")  # creates the tag row at once
        assert not batch.rollback_to(mark)
        assert batch.pending  # nothing was undone
        mark = batch.mark()
        batch.add_tag(a, "otra-etiqueta", "flow:2")
        assert not batch.rollback_to(mark)
        mark = batch.mark()
        batch.update_contact(a, {"lifecycle_stage": "cliente"}, "flow:3")
        batch.flush()
        assert not batch.rollback_to(mark)


def test_tasks_are_queued_with_their_ids_and_inserted_at_flush(db: Database) -> None:
    a, b, _ = _seed(db)
    LocalCrm(db).create_task(int(a), "Antes", origin="seed")  # the table's highest id so far
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a, b]))
        first = batch.create_task(a, "Llamar", "", 100.0, "1", "flow:1")
        mark = batch.mark()
        dropped = batch.create_task(b, "Olvidar", "", None, None, "flow:2")
        assert batch.rollback_to(mark)  # a queued task is undone like any queued write
        second = batch.create_task(b, "Escribir", "nota", None, None, "flow:3")
        assert conn.scalar(select(crm_tasks.c.id).where(crm_tasks.c.title == "Llamar")) is None  # still queued
        batch.flush()
        rows = {r.title: r for r in conn.execute(select(crm_tasks))}
    assert set(rows) == {"Antes", "Llamar", "Escribir"}
    assert len({rows["Antes"].id, int(first), int(dropped), int(second)}) == 4
    assert (str(rows["Llamar"].id), rows["Llamar"].contact_id, rows["Llamar"].assignee_id) == (first, int(a), 1)
    assert (str(rows["Escribir"].id), rows["Escribir"].notes) == (second, "nota")
    created = [(e[1], e[4]) for e in _state(db)["events"] if e[2] == "created"]
    assert created == [(first, "flow:1"), (second, "flow:3")]
    assert str(LocalCrm(db).create_task(int(a), "Después", origin="seed")) not in (first, second)


def test_a_task_created_by_the_table_refreshes_the_ids_taken_ahead(db: Database) -> None:
    a, _, _ = _seed(db)
    with db.begin() as conn:
        batch = LocalBatch(conn, local_contacts(conn, [a]))
        first = batch.create_task(a, "Uno", "", None, None, "flow:1")
        by_email = batch.create_task("c0@ejemplo.es", "Dos", "", None, None, "flow:2")  # one-call: flushes first
        third = batch.create_task(a, "Tres", "", None, None, "flow:3")
        batch.flush()
        ids = dict(conn.execute(select(crm_tasks.c.title, crm_tasks.c.id)).all())
    assert ids == {"Uno": int(first), "Dos": int(by_email), "Tres": int(third)} and len(set(ids.values())) == 3
