"""In-process change notification: after commit only, once per transaction, never on rollback."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from runtime.crm.base import CrmOps
from runtime.crm.local import LocalCrm, add_listener, remove_listener
from runtime.store.schema_crm import change_events


@pytest.fixture
def calls():
    seen: list[int] = []

    def listener() -> None:
        seen.append(1)

    add_listener(listener)
    yield seen
    remove_listener(listener)


def test_listener_called_once_per_committed_transaction(crm: LocalCrm, calls: list[int]) -> None:
    crm.create_contact({"email": "a@x.es"}, tags=("x", "y"))  # three events, one transaction
    assert len(calls) == 1
    crm.update_contact("a@x.es", {"first_name": "A"})
    assert len(calls) == 2
    crm.update_contact("a@x.es", {"first_name": "A"})  # nothing changed: no event, no call
    crm.search("a")
    assert len(calls) == 2


def test_listener_not_called_on_rollback(crm: LocalCrm, calls: list[int]) -> None:
    with pytest.raises(ValueError), crm.db.begin() as conn:
        crm.bind(conn).create_contact({"email": "b@x.es"}, "cli")
        raise ValueError("abort")
    assert calls == []
    crm.list_users()
    assert calls == []


def test_listener_sees_the_committed_rows(crm: LocalCrm) -> None:
    """A listener that reads at once (another thread, new connection) finds the event."""
    found: list[int] = []
    done = threading.Event()

    def reader() -> None:
        with crm.db.begin() as conn:
            found.append(len(conn.execute(select(change_events.c.id)).all()))
        done.set()

    def listener() -> None:
        threading.Thread(target=reader).start()

    add_listener(listener)
    try:
        with crm.db.begin() as conn:
            crm.bind(conn).create_contact({"email": "c@x.es"}, "enrollment:7")
        assert done.wait(10)
    finally:
        remove_listener(listener)
    assert found == [1]


def test_ops_implements_every_crmops_method(crm: LocalCrm) -> None:
    names = [n for n in vars(CrmOps) if not n.startswith("_")]
    assert names, "CrmOps lists methods"
    with crm.db.begin() as conn:
        ops = crm.bind(conn)
        for name in names:
            assert callable(getattr(ops, name)), name
    assert crm.name == "local"
