"""Demo data: seeded once, in Spanish, with owners, a pipeline and deals."""

from __future__ import annotations

from runtime.crm.local import LocalCrm
from runtime.crm.local.demo import has_contacts


def test_seed_demo_is_idempotent(crm: LocalCrm) -> None:
    with crm.db.begin() as conn:
        assert not has_contacts(conn)
    assert crm.seed_demo() is True
    assert crm.seed_demo() is False
    assert len(crm.list_users()) == 3
    [ventas] = crm.list_pipelines()
    assert [s["name"] for s in ventas["stages"]] == ["Nuevo", "Cualificado", "Propuesta", "Negociación",
                                                     "Ganado", "Perdido"]
    page = crm.search("", limit=100)
    assert page.total == 12
    assert len({r["custom"]["city"] for r in page.rows}) >= 8
    assert len({r["lifecycle_stage"] for r in page.rows}) >= 4
    assert all(r["owner_id"] for r in page.rows)
    assert len(crm.list_deals()) >= 4
    assert crm.search("jose munoz").rows[0]["tags"] == ["cliente", "vip"]
