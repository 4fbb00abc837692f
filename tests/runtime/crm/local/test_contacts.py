"""Contacts of the local CRM and their change events."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from runtime.crm.local import InvalidInput, LocalCrm, NotFound
from runtime.store.schema_crm import change_events, crm_contacts
from tests.runtime.crm.local.local_support import events


def test_create_normalises_email_creates_company_and_records_event(crm: LocalCrm) -> None:
    cid = crm.create_contact(
        {"email": "  Ana.Lopez@Example.ES ", "first_name": " Ana ", "company": "Acme", "city": "Madrid"},
        origin="cli",
        tags=("cliente",),
    )
    contact = crm.get_contact(cid)
    assert contact["email"] == "ana.lopez@example.es"
    assert contact["first_name"] == "Ana"
    assert contact["company"] == "Acme"
    assert contact["custom"] == {"city": "Madrid"}
    assert contact["tags"] == ["cliente"]
    assert crm.get_contact("ANA.LOPEZ@example.es")["id"] == str(cid)
    evs = events(crm.db, "contact")
    assert [e["kind"] for e in evs] == ["created", "tag_added"]
    assert evs[0]["changes"]["email"] == [None, "ana.lopez@example.es"]
    assert evs[0]["changes"]["city"] == [None, "Madrid"]
    assert "last_name" not in evs[0]["changes"]
    assert evs[0]["origin"] == "cli" and evs[0]["crm"] == "local" and evs[0]["entity_id"] == str(cid)
    assert evs[1]["changes"] == {"tag": [None, "cliente"]}
    assert [e["kind"] for e in events(crm.db, "company")] == ["created"]


def test_update_records_only_real_changes(crm: LocalCrm) -> None:
    cid = crm.create_contact({"email": "b@x.es", "first_name": "Bea", "city": "Sevilla"})
    changes = crm.update_contact("b@x.es", {"first_name": "Bea", "contact.city": "Cádiz", "phone": "600"}, "cli")
    assert changes == {"city": ["Sevilla", "Cádiz"], "phone": ["", "600"]}
    assert crm.update_contact(cid, {"first_name": "Bea", "city": "Cádiz"}, "cli") == {}
    kinds = [e["kind"] for e in events(crm.db, "contact")]
    assert kinds == ["created", "updated"]  # the no-op update wrote nothing
    assert events(crm.db, "contact")[-1]["changes"] == changes


def test_update_company_owner_and_removing_a_custom_field(crm: LocalCrm) -> None:
    uid = crm.create_user("eva@acme.es", "Eva")
    cid = crm.create_contact({"email": "c@x.es", "company": "Uno", "zona": "norte"})
    changes = crm.update_contact(cid, {"company": "Dos", "owner_id": "eva@acme.es", "zona": None}, "designer")
    assert changes == {"company": ["Uno", "Dos"], "owner_id": [None, str(uid)], "zona": ["norte", None]}
    contact = crm.get_contact(cid)
    assert contact["company"] == "Dos" and contact["owner_id"] == str(uid) and contact["custom"] == {}
    assert crm.search("dos").total == 1 and crm.search("uno").total == 0


def test_email_unique_and_validated(crm: LocalCrm) -> None:
    crm.create_contact({"email": "d@x.es"})
    with pytest.raises(InvalidInput, match="already exists"):
        crm.create_contact({"email": "D@X.es "})
    with pytest.raises(InvalidInput, match="invalid email 'not-an-email'"):
        crm.create_contact({"email": "not-an-email"})
    other = crm.create_contact({"email": "e@x.es"})
    with pytest.raises(InvalidInput, match="already exists"):
        crm.update_contact(other, {"email": "d@x.es"})


def test_read_only_and_unknown_records(crm: LocalCrm) -> None:
    cid = crm.create_contact({"email": "f@x.es"})
    with pytest.raises(InvalidInput, match="'tags' cannot be set here"):
        crm.update_contact(cid, {"tags": ["x"]})
    with pytest.raises(NotFound, match="no contact with email nadie@x.es"):
        crm.update_contact("nadie@x.es", {"first_name": "X"})
    with pytest.raises(NotFound, match="no contact with id 999"):
        crm.add_tag("999", "x")
    assert crm.get_contact("999") is None and crm.get_contact("zzz@x.es") is None


def test_a_failed_transaction_leaves_neither_change_nor_event(crm: LocalCrm) -> None:
    cid = crm.create_contact({"email": "g@x.es", "first_name": "Gil"})
    before = len(events(crm.db))
    with pytest.raises(RuntimeError), crm.db.begin() as conn:
        ops = crm.bind(conn)
        ops.update_contact(str(cid), {"first_name": "Gilberto"}, "enrollment:1")
        ops.add_tag(str(cid), "vip", "enrollment:1")
        raise RuntimeError("the step failed after the write")
    assert crm.get_contact(cid)["first_name"] == "Gil"
    assert crm.get_contact(cid)["tags"] == []
    assert len(events(crm.db)) == before


def test_delete_contact_keeps_deals_unlinked(crm: LocalCrm) -> None:
    crm.create_pipeline("Ventas", ["Nuevo", "Ganado"])
    cid = crm.create_contact({"email": "h@x.es"}, tags=("a",))
    deal = crm.create_deal("Trato", "Ventas", "Nuevo", contact=cid)
    crm.add_note(cid, "llamar")
    assert crm.delete_contact("h@x.es", "cli") is True
    assert crm.get_contact(cid) is None
    assert crm.get_deal(deal)["contact_id"] is None
    assert events(crm.db, "contact")[-1]["kind"] == "deleted"
    with crm.db.begin() as conn:
        assert conn.scalar(select(func.count()).select_from(crm_contacts)) == 0
        assert conn.scalar(select(func.count()).where(change_events.c.kind == "deleted")) == 1


def test_list_fields_has_standard_and_custom_with_kinds(crm: LocalCrm) -> None:
    crm.create_contact({"email": "i@x.es", "city": "Madrid", "score": 7, "birthday": "1990-05-01"})
    crm.create_contact({"email": "j@x.es", "city": "Lugo"}, tags=("vip",))
    by_path = {f["path"]: f for f in crm.list_fields()}
    assert by_path["contact.first_name"] == {"path": "contact.first_name", "title": "first_name",
                                              "kind": "text", "custom": False}
    assert by_path["contact.city"]["custom"] is True and by_path["contact.city"]["kind"] == "text"
    assert by_path["contact.score"]["kind"] == "number"
    assert by_path["contact.birthday"]["kind"] == "date"
    assert by_path["contact.tags"]["choices"] == ["vip"]
    for path in ("owner.name", "owner.email", "deal.amount", "deal.stage"):
        assert path in by_path


def test_long_texts_are_kept_whole_on_either_backend(crm: LocalCrm) -> None:
    """PostgreSQL used to refuse what SQLite kept (VARCHAR limits; revision 0008 lifted them)."""
    long = {"first_name": "N" * 300, "last_name": "A" * 250, "phone": "6" * 100, "lifecycle_stage": "l" * 100,
            "source": "s" * 200, "company": "C" * 260, "email": ("x" * 320) + "@example.es"}
    cid = crm.create_contact(long, origin="cli")
    contact = crm.get_contact(cid)
    assert {k: contact[k] for k in long} == long
    crm.create_pipeline("P" * 130, ["E" * 130], origin="cli")
    deal = crm.create_deal("T" * 400, "P" * 130, "E" * 130, origin="cli")
    assert crm.create_task(cid, "Llamar " * 60, origin="cli") and crm.get_deal(deal)["title"] == "T" * 400
