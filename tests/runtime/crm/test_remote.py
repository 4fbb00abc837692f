"""ReadView: inside a transaction a remote connector answers from its read cache, never over HTTP."""

from __future__ import annotations

import pytest

from runtime.crm.base import CrmError
from runtime.crm.http.cache import TtlCache
from runtime.crm.pause import Pause
from runtime.crm.remote import ReadMiss, ReadView, RemoteConnector, contact_from_fields


class _Ops:
    def __init__(self) -> None:
        self.cache = TtlCache(clock=lambda: 0.0)


def _connector() -> RemoteConnector:
    connector = RemoteConnector("acme", api=None, ops=_Ops())
    connector.clock = lambda: 100.0
    return connector


def test_a_view_serves_the_cache_and_notes_what_it_misses() -> None:
    connector = _connector()
    view = connector.bind(object())
    assert isinstance(view, ReadView) and connector.bind(None) is connector.ops
    with pytest.raises(ReadMiss) as miss:
        view.get_contact("7")
    assert miss.value.reason == "reading" and miss.value.until == 100.0 and connector.reads.wanted_contacts == {"7"}
    connector.reads.put_contacts({"7": {"id": "7", "email": "ana@x.es"}, "8": None}, 100.0)
    assert view.get_contact("7")["email"] == "ana@x.es" and view.get_contact("8") is None
    assert connector.reads.wanted_contacts == set()
    assert view.find_contact("ANA@x.es")["id"] == "7"
    with pytest.raises(ReadMiss):
        view.list_users()
    assert connector.reads.wanted_meta == {"users"}
    connector.ops.cache.get("users", lambda: [{"id": "3", "email": "eva@x.es", "name": "Eva"}])
    assert view.get_user("EVA@x.es")["id"] == "3"
    with pytest.raises(ReadMiss):
        view.contact_deals("7")
    with pytest.raises(CrmError, match="through the ledger"):
        view.create_task("7", "t", "", None, None, "o")


def test_a_paused_connection_raises_its_pause_until_then() -> None:
    connector = _connector()
    connector.paused = Pause("auth", "HTTP 401", 50.0, 200.0)
    connector.reads.put_contacts({"7": {"id": "7"}}, 100.0)
    with pytest.raises(CrmError) as paused:
        connector.bind(object()).get_contact("7")
    assert paused.value.reason == "auth" and paused.value.held
    connector.clock = lambda: 200.0
    assert connector.bind(object()).get_contact("7") == {"id": "7"}


def test_contact_from_a_poll_snapshot() -> None:
    contact = contact_from_fields("7", {"email": "a@x.es", "first_name": "Ana", "tags": ["vip"], "city": "Lima"})
    assert contact["custom"] == {"city": "Lima"} and contact["tags"] == ["vip"] and contact["owner_id"] == ""
