"""The local CRM's batch reads (BatchReads) give what the one-call reads give, contact by contact."""

from __future__ import annotations

from runtime.crm.base import Batching, BatchReads
from runtime.crm.local import LocalCrm
from runtime.crm.local.batch import LocalBatch
from runtime.crm.local.ops import LocalCrmOps
from runtime.store.db import Database


def _seed(crm: LocalCrm) -> list[str]:
    crm.create_user("eva@acme.es", "Eva")
    crm.create_pipeline("Ventas", ["Nuevo", "Propuesta", "Ganado"])
    ids = [str(crm.create_contact({"email": f"c{i}@ejemplo.es", "first_name": f"Nombre{i}", "city": "Sevilla",
                                   "company": "Acme" if i else ""}, origin="seed",
                                  tags=("lead", "Zeta", "alfa")[:i + 1]))
           for i in range(3)]
    crm.create_deal("Primero", "Ventas", "Nuevo", contact=ids[0], amount=100, custom={"origen": "web"})
    crm.create_deal("Segundo", "Ventas", "Propuesta", contact=ids[0], amount=250)
    crm.create_deal("Otro", "Ventas", "Nuevo", contact=ids[2])
    return ids


def test_the_local_crm_offers_batch_reads_and_batches(db: Database, crm: LocalCrm) -> None:
    with db.begin() as conn:
        ops = crm.bind(conn)
        assert isinstance(ops, BatchReads) and isinstance(ops, Batching)


def test_get_contacts_equals_get_contact_for_each_and_leaves_out_unknown_ids(db: Database, crm: LocalCrm) -> None:
    ids = _seed(crm)
    with db.begin() as conn:
        ops = LocalCrmOps(conn)
        found = ops.get_contacts([*ids, "999", "not-an-id", f"00{ids[1]}"])
        assert sorted(found) == sorted(ids)
        for cid in ids:
            one = ops.get_contact(cid)
            assert one is not None and sorted(found[cid].pop("tags")) == sorted(one.pop("tags"))
            assert found[cid] == one
        # Tags in case-folded order (as LocalBatch keeps them); the one-call read orders them by the
        # database's collation, which puts "Zeta" first on SQLite.
        assert ops.get_contacts([ids[2]])[ids[2]]["tags"] == ["alfa", "lead", "Zeta"]


def test_contact_emails_equals_the_emails_of_get_contacts(db: Database, crm: LocalCrm) -> None:
    ids = [*_seed(crm), str(crm.create_contact({"first_name": "Sin correo"}, origin="seed"))]
    with db.begin() as conn:
        ops = LocalCrmOps(conn)
        wanted = [*ids, "999", "not-an-id"]
        assert ops.contact_emails(wanted) == {c: r["email"] or "" for c, r in ops.get_contacts(wanted).items()}
        assert ops.contact_emails(wanted)[ids[-1]] == ""


def test_contacts_deals_equals_contact_deals_for_each(db: Database, crm: LocalCrm) -> None:
    ids = _seed(crm)
    with db.begin() as conn:
        ops = LocalCrmOps(conn)
        found = ops.contacts_deals(ids)
        assert sorted(found) == sorted(ids)
        for cid in ids:
            assert found[cid] == ops.contact_deals(cid)
        assert [d["title"] for d in found[ids[0]]] == ["Segundo", "Primero"] and found[ids[1]] == []


def test_a_batch_serves_read_ahead_deals_and_rereads_them_after_a_deal_write(db: Database, crm: LocalCrm) -> None:
    ids = _seed(crm)
    with db.begin() as conn:
        batch = LocalCrmOps(conn).begin_batch(ids, deals_of=[ids[0]])
        assert isinstance(batch, LocalBatch) and set(batch.records) == set(ids) and set(batch.deals) == {ids[0]}
        first = batch.contact_deals(ids[0])
        first[0]["custom"]["changed"] = True  # a caller's change never reaches the batch's copy
        assert batch.contact_deals(ids[0]) == LocalCrmOps(conn).contact_deals(ids[0])
        deal = first[0]["id"]
        assert batch.move_deal(deal, "Ganado", "flow:1:n1:1")
        assert batch.deals == {}  # dropped: read again, as it is now
        assert batch.contact_deals(ids[0])[0]["stage"] == "Ganado"
        assert batch.contact_deals(ids[2]) == LocalCrmOps(conn).contact_deals(ids[2])  # not read ahead: one call
