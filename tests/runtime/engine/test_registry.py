"""The runtime registry: heartbeats, who is dead (on the observer's clock), freeing their claims."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from runtime.engine import Engine, ManualClock, ledger
from runtime.engine.registry import Heartbeat, Registry, list_runtimes, machine_id, pid_alive
from runtime.store.schema_runtime import runtimes, side_effects, work_items
from tests.runtime.engine.engine_support import FlowBuilder, activate


class Tick:
    """The observer's monotonic clock, moved by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _registry(db, rid, clock=None, tick=None, alive=None, **kw) -> Registry:
    r = Registry(db, rid, "run", clock or ManualClock(), interval=2.0, missed=5, monotonic=tick or Tick(),
                 alive=alive or (lambda pid: True), **kw)
    r.register()
    return r


def _row(db, rid):
    with db.begin() as conn:
        return conn.execute(select(runtimes).where(runtimes.c.id == rid)).first()


def _hold(db, owner, eid_node_visit_attempt, status):
    """A work item held by `owner`, its ledger row in `status` (as an external step leaves them)."""
    eid, node, visit, attempt = eid_node_visit_attempt
    key = ledger.make_key(eid, node, visit, attempt)
    with db.begin() as conn:
        conn.execute(insert(work_items).values(enrollment_id=eid, node_id=node, attempt=attempt, visit=visit,
                                               due_at=9e9, owner=owner))
        conn.execute(insert(side_effects).values(key=key, enrollment_id=eid, node_id=node, channel="webhook",
                                                 status=status, created_at=0.0, owner=owner))
    return key


def _enrollment(db, crm) -> int:
    vid = activate(db, FlowBuilder())
    with db.begin() as conn:
        return Engine(db).enroll(conn, vid, str(crm.create_contact({"email": "x@example.es"})))


def test_register_beat_list_and_a_clean_unregister(db):
    clock = ManualClock()
    r = _registry(db, "a" * 36, clock=clock)
    clock.advance(5)
    r.beat()
    row = _row(db, r.id)
    assert (row.beat, row.heartbeat_at, row.pid, row.machine) == (1, clock.now(), r.pid, machine_id())
    [listed] = list_runtimes(db)
    assert listed["id"] == r.id and listed["process"] == "running" and listed["calls_held"] == 0
    r.unregister()
    assert list_runtimes(db) == []


def test_a_runtime_of_this_machine_whose_process_is_gone_is_dead_at_once(db):
    _registry(db, "gone")
    with db.begin() as conn:  # another process's row on this machine
        conn.execute(update(runtimes).where(runtimes.c.id == "gone").values(pid=999999))
    watcher = _registry(db, "watcher", alive=lambda pid: pid != 999999)
    assert [(rid, why) for rid, _, why in watcher.dead()] == [("gone", "its process 999999 is gone")]


def test_a_remote_runtime_is_judged_by_its_beats_on_the_observers_clock_never_by_its_own(db):
    far = ManualClock(ManualClock().now() + 300)  # its clock is 5 minutes ahead
    remote = _registry(db, "remote", clock=far)
    with db.begin() as conn:
        conn.execute(update(runtimes).where(runtimes.c.id == "remote").values(machine="elsewhere/000000000000"))
    tick = Tick()
    watcher = _registry(db, "watcher", tick=tick)
    assert watcher.dead() == []  # first sight
    for _ in range(10):  # it keeps beating: alive, whatever its clock says
        tick.t += 9
        far.advance(-1000)
        remote.beat()
        assert watcher.dead() == []
    tick.t += 9.9  # no beat for 9.9 s of the watcher's time
    assert watcher.dead() == []
    tick.t += 0.1  # 5 intervals of 2 s
    assert [(rid, why) for rid, _, why in watcher.dead()] == [("remote", "no heartbeat for 10 s")]


def test_sweep_frees_a_dead_runtimes_items_and_supersedes_its_pending_calls(db, crm):
    eid = _enrollment(db, crm)
    clock = ManualClock()
    _registry(db, "dead")
    watcher = _registry(db, "watcher", clock=clock, alive=lambda pid: False)
    pending = _hold(db, "dead", (eid, "n1", 1, 1), ledger.PENDING)
    sending = _hold(db, "dead", (eid, "n2", 2, 1), ledger.SENDING)
    mine = _hold(db, "watcher", (eid, "n3", 3, 1), ledger.PENDING)
    assert watcher.sweep() == 2
    with db.begin() as conn:
        owners = dict(conn.execute(select(work_items.c.node_id, work_items.c.owner)).all())
        due = set(conn.execute(select(work_items.c.due_at).where(work_items.c.owner.is_(None))).scalars())
        states = dict(conn.execute(select(side_effects.c.key, side_effects.c.status)).all())
    assert owners == {"n1": None, "n2": None, "n3": "watcher"} and due == {clock.now()}
    assert states == {pending: ledger.SUPERSEDED, sending: ledger.SENDING, mine: ledger.PENDING}
    assert [r["id"] for r in list_runtimes(db)] == ["watcher"]


def test_a_runtime_that_beats_between_the_look_and_the_release_keeps_its_claims(db, crm):
    eid = _enrollment(db, crm)
    slow = _registry(db, "slow")
    key = _hold(db, "slow", (eid, "n1", 1, 1), ledger.PENDING)

    class LookedEarlier(Registry):
        def dead(self):
            return [("slow", 0, "no heartbeat")]  # what it saw before "slow" beat

    watcher = LookedEarlier(db, "watcher", "run", ManualClock())
    slow.beat()
    assert watcher.sweep() == 0
    assert _row(db, "slow") is not None
    with db.begin() as conn:
        assert conn.scalar(select(side_effects.c.status).where(side_effects.c.key == key)) == ledger.PENDING


def test_a_runtime_taken_for_dead_registers_again_at_its_next_beat(db):
    frozen = _registry(db, "frozen")
    _registry(db, "watcher", alive=lambda pid: False).sweep()
    assert _row(db, "frozen") is None
    frozen.beat()  # e.g. the laptop woke up
    assert _row(db, "frozen").beat == 0


def test_heartbeat_thread_stops_and_pid_alive_knows_this_process(db):
    r = _registry(db, "hb")
    beat = Heartbeat(r)
    beat.start()
    beat.stop()
    assert pid_alive(r.pid) is True
