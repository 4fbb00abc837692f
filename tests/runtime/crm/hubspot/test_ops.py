"""HubSpotOps against the fake HubSpot: records mapped to Caudal's shapes, writes sent right."""

from __future__ import annotations

import pytest

from runtime.crm.base import ConnectionPaused, CrmError


def test_get_find_and_update_contact(hubspot, ops) -> None:
    hubspot.put_contact("1", 1_700_000_000, email="Ana@Example.es", firstname="Ana", city="Madrid",
                        plan="pro", caudal_tags="vip;cliente", hubspot_owner_id="501")
    contact = ops.get_contact("1")
    assert contact["email"] == "ana@example.es" and contact["first_name"] == "Ana"
    assert contact["tags"] == ["vip", "cliente"] and contact["owner_id"] == "501"
    assert contact["custom"] == {"city": "Madrid", "plan": "pro"} and contact["updated_at"] == 1_700_000_000
    assert ops.find_contact("ANA@example.es")["id"] == "1"
    assert ops.find_contact("nobody@x.es") is None
    assert ops.get_contact("999") is None
    changes = ops.update_contact("1", {"first_name": "Ana María", "plan": "pro"}, "test")
    assert changes == {"first_name": ["Ana", "Ana María"]}
    assert hubspot.patches[-1] == ("/crm/v3/objects/contacts/1", {"firstname": "Ana María"})


def test_tags_owner_deals_tasks(hubspot, ops) -> None:
    hubspot.put_contact("1", 1_700_000_000, email="a@x.es", caudal_tags="vip")
    assert ops.add_tag("1", "nuevo", "t") is True
    assert hubspot.contacts["1"]["caudal_tags"] == "vip;nuevo"
    assert ops.add_tag("1", "nuevo", "t") is False
    assert ops.remove_tag("1", "vip", "t") is True and hubspot.contacts["1"]["caudal_tags"] == "nuevo"
    assert ops.set_owner("1", "501", "t") is True
    hubspot.put_deal("7", 1_700_000_000, contact="1", dealname="Web", dealstage="appointmentscheduled", amount="1200")
    deals = ops.contact_deals("1")
    assert deals == [{"id": "7", "title": "Web", "contact_id": "1", "pipeline": "Ventas", "pipeline_id": "default",
                      "stage": "Cita", "stage_id": "appointmentscheduled", "amount": 1200.0, "owner_id": "",
                      "close_date": None, "custom": {}}]
    assert ops.move_deal("7", "Ganado", "t", pipeline="Ventas") is True
    assert hubspot.deals["7"]["dealstage"] == "closedwon"
    with pytest.raises(CrmError, match="no deal stage 'Perdido'"):
        ops.move_deal("7", "Perdido", "t")
    task_id = ops.create_task("1", "Llamar", "Hola", 1_700_000_000, "501", "t", deal_id="7")
    task = hubspot.tasks[-1]
    assert task_id == "101" and task["properties"]["hs_task_subject"] == "Llamar"
    assert task["properties"]["hs_timestamp"] == "1700000000000" and task["properties"]["hubspot_owner_id"] == "501"
    assert [a["types"][0]["associationTypeId"] for a in task["associations"]] == [204, 216]


def test_metadata_lists_are_cached(hubspot, ops, httpserver) -> None:
    assert ops.list_users() == [{"id": "501", "email": "eva@acme.es", "name": "Eva Ruiz"}]
    assert ops.get_user("EVA@acme.es")["id"] == "501"
    assert ops.list_pipelines()[0]["stages"][1] == {"id": "closedwon", "name": "Ganado", "position": 1}
    fields = {f["path"]: f for f in ops.list_fields()}
    assert fields["contact.email"]["custom"] is False and fields["contact.plan"] == {
        "path": "contact.plan", "title": "Plan", "kind": "choice", "custom": True, "read_only": False}
    assert fields["contact.source"]["read_only"] is True  # hs_analytics_source: HubSpot computes it
    assert fields["contact.city"]["custom"] is False  # HubSpot's own, offered to flows
    calls = len(httpserver.log)
    ops.list_users(), ops.list_pipelines(), ops.list_fields()
    assert len(httpserver.log) == calls


def test_tags_without_a_tag_property_say_what_to_do(hubspot, ops) -> None:
    hubspot.put_contact("1", 1_700_000_000, email="a@x.es")
    ops.tag_property = ""
    with pytest.raises(CrmError, match="--tag-property"):
        ops.add_tag("1", "vip", "t")


def test_wrong_token_says_check_the_token(hubspot, ops) -> None:
    hubspot.token = "another"
    with pytest.raises(ConnectionPaused, match="check the token") as info:
        ops.get_contact("1")
    assert info.value.reason == "auth"
