"""A create is never doubled: a task whose answer was lost is looked for, not created again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from runtime.crm.base import MaybeSent
from runtime.crm.channel import CrmChannel, stable_key
from runtime.kernel.outcome import StepError, TransientError, UncertainError
from runtime.store.schema_runtime import enrollments, side_effects
from tests.runtime.crm.crm_support import office


def _statuses(db) -> list[tuple]:
    with db.begin() as conn:
        return sorted(tuple(r) for r in conn.execute(select(enrollments.c.crm, enrollments.c.status)))


def test_a_hubspot_task_whose_answer_was_lost_is_created_once(db_url, tmp_path: Path, httpserver,
                                                              memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.hub.lose_next_create = 1  # HubSpot creates the task, then the answer is a 502
    o.hub.put_contact("1", o.t0 + 5, plan="pro")
    o.clock.set(o.t0 + 61)
    o.runtime.run_until_idle()
    assert len(o.hub.tasks) == 1  # made once; the 502 was not repeated blindly
    assert "[caudal:" in o.hub.tasks[0]["properties"]["hs_task_body"]
    assert ("acme", "completed") in _statuses(o.db)
    with o.db.begin() as conn:
        rows = conn.execute(select(side_effects.c.channel, side_effects.c.status, side_effects.c.detail)).all()
    assert [(r.channel, r.status) for r in rows] == [("crm", "done")]
    assert rows[0].detail["response"]["verified"] is True
    o.close()


def test_a_bitrix24_todo_whose_answer_was_lost_is_added_once(db_url, tmp_path: Path, httpserver,
                                                             memory_keyring) -> None:
    o = office(tmp_path, httpserver, db_url=db_url)
    o.portal.fail_next_add = 1  # the to-do is added, then the answer is a 500
    o.portal.put_contact("5", o.t0 + 5, UF_CRM_CITY="Madrid")
    o.clock.set(o.t0 + 61)
    o.runtime.run_until_idle()
    assert len(o.portal.activities) == 1 and ("oficina", "completed") in _statuses(o.db)
    assert [m for m, _ in o.portal.calls].count("crm.activity.todo.add") == 1
    o.close()


class _Ops:
    def __init__(self, found: str | None, verify_fails: bool = False) -> None:
        self.found, self.verify_fails, self.created, self.looked = found, verify_fails, 0, []

    def create_task(self, *args, marker: str = "", look_first: bool = True) -> str:
        self.created += 1
        self.looked.append(look_first)
        raise MaybeSent("HubSpot: POST /crm/v3/objects/tasks timed out after the request was sent")

    def find_task(self, contact_id: str, marker: str, deal_id: str | None = None) -> str | None:
        if self.verify_fails:
            raise MaybeSent("down")
        return self.found


class _Connector:
    def __init__(self, ops: _Ops) -> None:
        self.ops = ops
        from runtime.crm.remote import ReadCache

        self.reads = ReadCache()


class _Resolver:
    pauses: dict = {}

    def __init__(self, ops: _Ops) -> None:
        self.connector = _Connector(ops)

    def __call__(self, name: str) -> _Connector:
        return self.connector

    def is_paused(self, name: str) -> bool:
        return False

    def worked(self, name: str) -> None:
        pass


REQUEST = {"crm": "acme", "op": "create_task", "contact_id": "1", "title": "t", "notes": "", "due_at": 1.0,
           "assignee_id": "501"}


def test_an_ambiguous_create_is_verified_then_retried_or_uncertain() -> None:
    import pytest

    assert stable_key("12:node-1:3:2") == "12:node-1:3" and stable_key("12:node-1:1") == "12:node-1"
    ops = _Ops(found="77")
    channel = CrmChannel(_Resolver(ops))
    assert channel.deliver(REQUEST, "12:n:1") == {"task_id": "77", "verified": True}
    channel.deliver(REQUEST, "12:n:2")
    assert ops.looked == [False, True]  # a first attempt cannot have made anything: no look before it
    with pytest.raises(TransientError, match="it was not created"):  # looked for: safe to create again
        CrmChannel(_Resolver(_Ops(found=None))).deliver(REQUEST, "12:n:1")
    with pytest.raises(UncertainError, match="looking for the task failed"):  # cannot tell: a person decides
        CrmChannel(_Resolver(_Ops(found=None, verify_fails=True))).deliver(REQUEST, "12:n:1")
    with pytest.raises(StepError, match="unknown CRM operation"):
        channel.deliver({**REQUEST, "op": "drop_database"}, "12:n:1")
    assert channel.confirm_not_sent("12:n:1") is True
