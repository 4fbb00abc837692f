"""Bitrix24 connector and polling against a fake portal: ops, paging, 503 storms, redaction."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from runtime.crm import connections
from runtime.crm.base import ConnectionPaused, CrmError, NotFound
from runtime.crm.bitrix24 import Bitrix24Api, Bitrix24Ops
from runtime.crm.polling import poll
from runtime.store.db import open_database
from runtime.store.schema_crm import change_events
from tests.runtime.crm.bitrix24.fake_bitrix24 import KEY, FakeBitrix24

T0 = 1_800_000_000.0




@pytest.fixture
def portal(httpserver) -> FakeBitrix24:
    return FakeBitrix24(httpserver)


@pytest.fixture
def ops(portal) -> Bitrix24Ops:
    return Bitrix24Ops(Bitrix24Api(portal.webhook, sleep=lambda s: None), tag_field="UF_CRM_TAGS")


def test_contact_ops(portal, ops) -> None:
    portal.put_contact("5", T0, EMAIL="Ana@x.es", NAME="Ana", UF_CRM_CITY="Madrid", UF_CRM_TAGS=["vip"],
                       ASSIGNED_BY_ID="1")
    c = ops.get_contact("5")
    assert (c["email"], c["first_name"], c["owner_id"], c["tags"]) == ("ana@x.es", "Ana", "1", ["vip"])
    assert c["custom"] == {"UF_CRM_CITY": "Madrid"} and c["updated_at"] == T0
    assert ops.find_contact("ANA@x.es")["id"] == "5" and ops.get_contact("6") is None
    assert ops.update_contact("5", {"first_name": "Ana", "UF_CRM_CITY": "Sevilla", "email": "ana@y.es"}, "t") == {
        "UF_CRM_CITY": ["Madrid", "Sevilla"], "email": ["ana@x.es", "ana@y.es"]}
    assert portal.calls[-1] == ("crm.contact.update", {"id": "5", "fields": {
        "UF_CRM_CITY": "Sevilla", "EMAIL": [{"VALUE": "ana@y.es", "VALUE_TYPE": "WORK", "ID": "95"}]}})
    assert ops.add_tag("5", "nuevo", "t") and portal.contacts["5"]["UF_CRM_TAGS"] == ["vip", "nuevo"]
    assert not ops.add_tag("5", "nuevo", "t")
    assert ops.set_owner("5", "7", "t") and portal.contacts["5"]["ASSIGNED_BY_ID"] == "7"


def test_deals_tasks_and_metadata(portal, ops) -> None:
    portal.put_deal("3", T0, TITLE="Web", STAGE_ID="NEW", CONTACT_ID="5", OPPORTUNITY="300.00")
    [deal] = ops.contact_deals("5")
    assert (deal["pipeline"], deal["stage"], deal["amount"]) == ("General", "Nuevo", 300.0)
    assert ops.move_deal("3", "Ganado", "t") and portal.deals["3"]["STAGE_ID"] == "WON"
    assert not ops.move_deal("3", "WON", "t")
    with pytest.raises(CrmError, match="no deal stage 'X'"):
        ops.move_deal("3", "X", "t")
    assert ops.create_task("5", "Llamar", "nota", T0, "1", "t") == "901"
    assert portal.activities[-1] == {"ownerTypeId": 3, "ownerId": 5, "title": "Llamar", "description": "nota",
                                     "deadline": "2027-01-15T08:00:00+00:00", "responsibleId": 1}
    assert ops.list_users() == [{"id": "1", "email": "eva@acme.es", "name": "Eva Ruiz"}]
    assert ops.list_pipelines() == [{"id": "0", "name": "General", "stages": [
        {"id": "NEW", "name": "Nuevo", "position": 0}, {"id": "WON", "name": "Ganado", "position": 1}]}]
    fields = {f["path"]: f for f in ops.list_fields()}
    assert fields["contact.UF_CRM_CITY"]["title"] == "Ciudad" and fields["contact.first_name"]["custom"] is False


def test_503_storm_is_retried_and_wrong_key_says_check_the_token(portal, ops, caplog) -> None:
    portal.put_contact("5", T0, EMAIL="a@x.es")
    portal.throttle_next = 3
    with caplog.at_level(logging.WARNING, logger="caudal.crm.http"):
        assert ops.get_contact("5")["email"] == "a@x.es"
    assert ops.api.http.status.throttled == 3
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("caudal"))
    assert KEY not in ours and "/rest/***/crm.contact.list.json" in ours
    bad = Bitrix24Ops(Bitrix24Api(portal.webhook.replace(KEY, "wrongkey123"), sleep=lambda s: None))
    with pytest.raises(ConnectionPaused, match="check the token") as info:
        bad.get_contact("5")
    assert "wrongkey123" not in str(info.value) and info.value.reason == "auth"


def test_polling_pages_of_50_durable_and_deduplicated(tmp_path: Path, portal, memory_keyring) -> None:
    path = str(tmp_path / "b24.db")
    db = open_database(path)
    connections.add_connection(db, "bitrix24", "portal", portal.webhook, tag_property="UF_CRM_TAGS", created_at=T0)
    for i in range(120):
        portal.put_contact(str(i + 1), T0 + 1 + i, EMAIL=f"c{i}@x.es")
    portal.put_deal("3", T0 + 5, TITLE="Web", STAGE_ID="NEW")

    def sync(database, now):
        conn = connections.get_connection(database, "portal")
        _, source = connections.open_connector(conn, sleep=lambda s: None)
        return poll(database, "portal", conn.created_at, source, clock=lambda: now)

    assert sync(db, T0 + 200).events == 121
    pages = [p["start"] for m, p in portal.calls if m == "crm.contact.list"]
    assert pages == [0, 50, 100]
    portal.put_deal("3", T0 + 210, STAGE_ID="WON")
    portal.put_contact("7", T0 + 220, UF_CRM_TAGS=["vip"])
    db.dispose()
    db = open_database(path)  # restart
    assert sync(db, T0 + 300).events == 2
    assert sync(db, T0 + 330).events == 0
    with db.begin() as c:
        kinds = c.execute(select(change_events.c.kind, change_events.c.crm).order_by(change_events.c.id)).all()
    assert kinds[-2:] == [("tag_added", "portal"), ("stage_changed", "portal")] or kinds[-2:] == [
        ("stage_changed", "portal"), ("tag_added", "portal")]
    # The webhook URL is nowhere in the database file.
    db.dispose()
    data = Path(path).read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("b24.db-"))
    assert KEY.encode() not in data and portal.webhook.encode() not in data


def test_a_move_to_another_funnel_uses_crm_item_update(portal, ops) -> None:
    portal.statuses.append({"ENTITY_ID": "DEAL_STAGE_4", "STATUS_ID": "C4:NEW", "NAME": "Entrante", "SORT": 10})
    portal.categories = [{"id": 0, "name": "General"}, {"id": 4, "name": "Mayoristas"}]
    portal.put_deal("3", T0, TITLE="Web", STAGE_ID="NEW", CONTACT_ID="5")
    assert ops.move_deal("3", "Entrante", "t", "Mayoristas")
    assert (portal.deals["3"]["CATEGORY_ID"], portal.deals["3"]["STAGE_ID"]) == ("4", "C4:NEW")
    assert portal.calls[-1] == ("crm.item.update", {"entityTypeId": 2, "id": 3,
                                                    "fields": {"categoryId": 4, "stageId": "C4:NEW"}})
    assert ops.move_deal("3", "Ganado", "t", "General") and portal.calls[-1][0] == "crm.item.update"
    assert ops.move_deal("3", "Nuevo", "t") and portal.calls[-1] == (
        "crm.deal.update", {"id": "3", "fields": {"STAGE_ID": "NEW"}})  # same funnel: no CATEGORY_ID sent


def test_a_missing_method_says_so_instead_of_record_not_found(portal, ops) -> None:
    with pytest.raises(CrmError, match="does not offer this method") as info:
        ops.api.call("crm.nosuch.method")
    assert "ERROR_METHOD_NOT_FOUND" in str(info.value) and not isinstance(info.value, NotFound)


def test_many_contacts_are_read_with_one_batch_call_per_2500(portal, ops) -> None:
    for i in range(120):
        portal.put_contact(str(i + 1), T0, EMAIL=f"c{i}@x.es")
    found = ops.get_contacts([str(i + 1) for i in range(120)] + ["999"])
    assert len(found) == 121 and found["999"] is None and found["7"]["email"] == "c6@x.es"
    assert [m for m, _ in portal.calls if m == "batch"] == ["batch"]  # 3 list commands, one HTTP call
