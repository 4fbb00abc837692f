"""HubSpot change windows: the 10,000-result search cap never hides a record."""

from __future__ import annotations

from runtime.crm.hubspot import HubSpotApi
from runtime.crm.hubspot.changes import changed_between
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot

T0 = 1_790_000_000.0


def test_10050_records_with_one_identical_lastmodifieddate_lose_none(httpserver) -> None:
    fake = FakeHubSpot(httpserver)
    for i in range(10_050):  # a bulk import: one millisecond for all of them
        fake.contacts[str(i + 1)] = {"createdate": "2026-01-01T00:00:00.000Z", "email": f"c{i}@x.es",
                                     "lastmodifieddate": "2026-09-21T10:13:20.123Z", "hs_object_id": str(i + 1)}
    api = HubSpotApi(TOKEN, httpserver.url_for("/").rstrip("/"), sleep=lambda s: None)
    found = list(changed_between(api, "contacts", T0 - 10**7, T0 + 10**7, ["email"]))
    assert len(found) == 10_050 and len({c.id for c in found}) == 10_050
    by_id = [b for b in fake.searches if b["sorts"][0]["propertyName"] == "hs_object_id"]
    assert by_id and all(any(f["propertyName"] == "hs_object_id" and f["operator"] == "GT"
                             for f in b["filterGroups"][0]["filters"]) for b in by_id)
    assert all(int(b.get("after") or 0) < 10_000 for b in fake.searches)  # never paged beyond the cap


def test_v4_associations_follow_their_paging(httpserver, monkeypatch) -> None:
    from tests.runtime.crm.hubspot import fake_hubspot

    monkeypatch.setattr(fake_hubspot, "PAGE_V4", 2)
    fake = FakeHubSpot(httpserver)
    for i in range(5):
        fake.put_deal(str(70 + i), T0, contact="1", dealname=f"d{i}", dealstage="appointmentscheduled")
    api = HubSpotApi(TOKEN, httpserver.url_for("/").rstrip("/"), sleep=lambda s: None)
    assert sorted(api.associations("contacts", "1", "deals")) == ["70", "71", "72", "73", "74"]
    assert sorted(api.batch_associations("contacts", ["1", "2"], "deals")["1"]) == ["70", "71", "72", "73", "74"]
    pages = [p for m, p in fake.requests if "/crm/v4/" in p]
    assert len(pages) >= 6  # 3 pages each way
    assert not any("/crm/v3/objects/contacts/1/associations" in p for _, p in fake.requests)
