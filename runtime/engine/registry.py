"""The runtime registry: who works on this database, their heartbeats, and a dead runtime's claims.

Every runtime (a `run` service, each designer's embedded one) has a row in `runtimes`: its
id (the engine's `owner`), kind, host, pid and a `beat` counter it increments every
`interval` seconds from its own thread (`Heartbeat`), also while it is busy making calls.
That heartbeat is what keeps its claims: work items it holds (runtime.engine.claims) are
never taken over while it beats, however long its calls take.

Another runtime judges it dead when
  * it runs on the same machine and its process is gone (at once: a SIGKILL, a crash), or
  * its `beat` has not moved for `missed` intervals, measured on the OBSERVER's own monotonic
    clock (so two machines whose clocks are minutes apart never make a live runtime look dead);
and then, in one transaction whose compare-and-set on the `beat` it observed proves the row
did not move meanwhile, deletes its row and releases its claims (items due now, pending calls
superseded). A runtime that finds its own row gone (it was frozen, e.g. a suspended laptop)
registers again; what it held was handed on, and its compare-and-set claims fail for those.
A clean stop releases its own claims and removes its row.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from runtime.engine import claims
from runtime.store.db import Database
from runtime.store.schema_runtime import runtimes

log = logging.getLogger(__name__)


def machine_id() -> str:
    """This machine: its host name and hardware address (an unknown address is random per
    process, which only makes other processes of this machine look remote: the slower rule)."""
    return f"{socket.gethostname()[:60]}/{uuid.getnode():012x}"


def pid_alive(pid: int) -> bool | None:
    """Whether process `pid` of THIS machine exists (None: cannot tell on this system)."""
    if os.name != "posix":
        return None  # os.kill(pid, 0) would terminate it on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return None
    return True


@dataclass
class _Seen:
    beat: int
    since: float  # the observer's monotonic time when this beat was first seen


class Registry:
    """This runtime's row, and its view of the others.

    Args:
        runtime_id: the engine's `owner`.
        kind: what runs ("run", "designer", "until-idle", ...), shown by `main.py runtimes`.
        clock: the runtime's clock (heartbeat_at, release times).
        interval / missed: seconds between beats; beats missed before another is dead.
        monotonic: the observer's own clock (replaceable in tests).
        alive: pid -> alive? on this machine (replaceable in tests).
    """

    def __init__(self, db: Database, runtime_id: str, kind: str, clock: Any, interval: float = 2.0,
                 missed: int = 5, monotonic: Callable[[], float] = time.monotonic,
                 alive: Callable[[int], bool | None] = pid_alive) -> None:
        self.db, self.id, self.kind, self.clock = db, runtime_id, kind, clock
        self.interval, self.missed = interval, missed
        self.monotonic, self.alive = monotonic, alive
        self.machine, self.host, self.pid = machine_id(), socket.gethostname()[:255], os.getpid()
        self._seen: dict[str, _Seen] = {}
        self._registered = False
        self._own = threading.Lock()  # a last beat never re-registers a runtime that just left

    def register(self) -> None:
        with self._own:
            self._insert()

    def _insert(self) -> None:
        now = self.clock.now()
        with self.db.begin(immediate=True) as conn:
            conn.execute(delete(runtimes).where(runtimes.c.id == self.id))
            conn.execute(insert(runtimes).values(id=self.id, kind=self.kind, host=self.host, machine=self.machine,
                                                 pid=self.pid, started_at=now, heartbeat_at=now, beat=0))
        self._registered = True

    def beat(self) -> None:
        """One heartbeat; registers again if another runtime had judged this one dead."""
        with self._own:
            if not self._registered:
                return
            with self.db.begin(immediate=True) as conn:
                found = conn.execute(update(runtimes).where(runtimes.c.id == self.id)
                                     .values(heartbeat_at=self.clock.now(), beat=runtimes.c.beat + 1)).rowcount
            if not found:
                log.warning("runtime %s was taken for dead (its claims went to others); registering again", self.id)
                self._insert()

    def unregister(self) -> None:
        """A clean stop: hand back what this runtime holds and remove its row."""
        with self._own:
            self._registered = False
            with self.db.begin(immediate=True) as conn:
                claims.release(conn, self.id, self.clock.now())
                conn.execute(delete(runtimes).where(runtimes.c.id == self.id))

    def dead(self) -> list[tuple[str, int, str]]:
        """(id, beat, why) of the other runtimes judged dead now (see the module docstring)."""
        with self.db.begin() as conn:
            rows = conn.execute(select(runtimes.c.id, runtimes.c.machine, runtimes.c.pid, runtimes.c.beat)).all()
        now = self.monotonic()
        found, present = [], set()
        for rid, machine, pid, beat in rows:
            if rid == self.id:
                continue
            present.add(rid)
            seen = self._seen.get(rid)
            if seen is None or seen.beat != beat:
                seen = self._seen[rid] = _Seen(beat, now)
            if machine == self.machine and self.alive(pid) is False:
                found.append((rid, beat, f"its process {pid} is gone"))
            elif now - seen.since >= self.interval * self.missed:
                found.append((rid, beat, f"no heartbeat for {now - seen.since:.0f} s"))
        for rid in set(self._seen) - present:
            del self._seen[rid]
        return found

    def sweep(self) -> int:
        """Release the claims of every runtime judged dead; returns the items freed."""
        freed = 0
        for rid, beat, why in self.dead():
            with self.db.begin(immediate=True) as conn:
                if not conn.execute(delete(runtimes).where(runtimes.c.id == rid, runtimes.c.beat == beat)).rowcount:
                    continue  # it beat meanwhile: alive after all
                n = claims.release(conn, rid, self.clock.now())
            self._seen.pop(rid, None)
            log.warning("runtime %s stopped (%s); %d call(s) it held were handed on", rid, why, n)
            freed += n
        return freed


def list_runtimes(db: Database) -> list[dict[str, Any]]:
    """The registered runtimes, oldest first: id, kind, host, pid, started_at, heartbeat_at (its
    own clock), beat, calls_held, and `process` on this machine: "running" | "gone" (None elsewhere)."""
    with db.begin() as conn:
        rows = conn.execute(select(runtimes).order_by(runtimes.c.started_at, runtimes.c.id)).mappings().all()
        held = claims.held_count(conn)
    here = machine_id()
    out = []
    for r in rows:
        alive = pid_alive(r["pid"]) if r["machine"] == here else None
        out.append({"id": r["id"], "kind": r["kind"], "host": r["host"], "pid": r["pid"],
                    "started_at": r["started_at"], "heartbeat_at": r["heartbeat_at"], "beat": r["beat"],
                    "calls_held": held.get(r["id"], 0),
                    "process": None if alive is None else ("running" if alive else "gone")})
    return out


class Heartbeat:
    """A thread that beats and sweeps every `registry.interval` seconds; `on_freed()` after a
    sweep freed work (the service wakes up to run it)."""

    def __init__(self, registry: Registry, on_freed: Callable[[], None] | None = None) -> None:
        self.registry = registry
        self.on_freed = on_freed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="caudal-heartbeat", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(5.0)

    def _run(self) -> None:
        while not self._stop.wait(self.registry.interval):
            try:
                self.registry.beat()
            except Exception:  # noqa: BLE001 - a busy or unreachable database: the next beat tries again
                log.warning("heartbeat failed", exc_info=True)
            try:
                if self.registry.sweep() and self.on_freed is not None:
                    self.on_freed()
            except Exception:  # noqa: BLE001 - the next beat tries again
                log.exception("could not look for stopped runtimes")
