"""`Engine`: enroll contacts, run due steps in group-committed batches, retry, cancel.

    engine = Engine(db, clock=SystemClock(), connectors=None, channels=None, events=None)
    with db.begin() as conn:
        engine.enroll(conn, version_id, contact_id, trigger_node, origin="manual")
    engine.run_due()            # everything due now, batch after batch; returns steps run

External calls (webhooks, SMTP) follow the ledger protocol of runtime.engine.ledger:
recorded (committed) with the batch, their work items held by this engine (`owner`, its
runtime id in the registry), claimed a few at a time by a compare-and-set and delivered
after the commit, their outcome committed and the item handed back, then the step is
finished by the next batch. `stopping` (set by the service on SIGINT/SIGTERM) ends
`run_due` before its next batch and `deliver_externals` before its next few calls; the
calls it did not claim are handed back (runtime.engine.claims) for whoever runs next.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy.engine import Connection

from runtime.channels import Channels
from runtime.crm.base import BatchReads
from runtime.crm.local import LocalCrm
from runtime.engine import claims, delivery, enrollment, ledger, operator, readahead
from runtime.engine.batch_rows import Batch
from runtime.engine.clock import Clock, SystemClock
from runtime.engine.compiled import FlowCache
from runtime.engine.events import RuntimeEvent
from runtime.engine.loop import BatchRunner, Redo
from runtime.engine.settings import EngineSettings
from runtime.i18n import N_
from runtime.kernel import sql
from runtime.kernel.outcome import StepError, TransientError, UncertainError
from runtime.kernel.states import ENROLLMENT_LIVE, EnrollmentStatus
from runtime.secrets import get_secret
from runtime.store import notify
from runtime.store.db import Database

log = logging.getLogger(__name__)
_LIVE = tuple(s.value for s in ENROLLMENT_LIVE)


class Engine:
    """The durable executor of flow versions over one database."""

    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
        connectors: Callable[[str], Any] | None = None,
        channels: Channels | None = None,
        events: Callable[[RuntimeEvent], None] | None = None,
        settings: EngineSettings | None = None,
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.connectors = connectors
        self.channels = channels or Channels()
        self.events = events
        self.settings = settings or EngineSettings()
        self.flows = FlowCache()
        self.owner = str(uuid.uuid4())  # this engine's id as a holder of work items (and in the registry)
        self.stopping = threading.Event()  # set: finish the calls in hand, start no more
        self._lock = threading.RLock()
        self._local: Any = None

    # -- collaborators ----------------------------------------------------------------
    def ops(self, conn: Connection, crm: str) -> Any:
        """CrmOps for `crm` bound to `conn` (the local CRM unless a resolver says otherwise)."""
        if self.connectors is not None:
            return self.connectors(crm).bind(conn)
        if crm != "local":
            raise StepError(N_('no connector for the CRM «{crm}» (only the local CRM is configured)').format(crm=crm))
        if self._local is None:
            self._local = LocalCrm(self.db)
        return self._local.bind(conn)

    def channel(self, name: str) -> Any:
        """The delivery channel `name`; the webhook channel is built from app settings on first use."""
        found = getattr(self.channels, name, None)
        if found is None and name == "crm":  # remote flows' CRM writes (runtime.crm.channel)
            found = getattr(self.connectors, "channel", None)
        if found is None and name == "webhook":
            from runtime.channels.webhook import WebhookChannel  # here: httpx costs the designer's start ~30 ms

            found = self.channels.webhook = WebhookChannel.from_settings(self.db)
        return found

    # -- enrollment ---------------------------------------------------------------------
    def enroll(self, conn: Connection, flow_version_id: int, contact_id: str | int, trigger_node: str | None = None,
               origin: str = "manual") -> int | None:
        """Enroll one contact (in the caller's transaction); None when the policy refuses."""
        ids = self.enroll_many(conn, flow_version_id, [contact_id], trigger_node, origin)
        return ids[0] if ids else None

    def enroll_many(self, conn: Connection, flow_version_id: int, contact_ids: list[str | int],
                    trigger_node: str | None = None, origin: str = "manual") -> list[int]:
        """Enroll many contacts at once; returns the new enrollment ids (refused ones left out)."""
        return [eid for _c, eid in self._enroll(conn, int(flow_version_id), [str(c) for c in contact_ids],
                                                 trigger_node, origin)]

    def enroll_each(self, conn: Connection, entries: list[tuple[int, str, str | None, str]]) -> list[int | None]:
        """Enroll (version id, contact id, trigger node, origin) entries, the outcome as if one by one
        in order but in bulk (the change events of a batch): each entry's enrollment id, or None when
        the policy refused it. A contact entering a version twice is enrolled in a later round, so the
        policy sees the first enrollment."""
        out: list[int | None] = [None] * len(entries)
        first = 0
        while first < len(entries):
            seen: set[tuple[int, str]] = set()
            end = first
            while end < len(entries) and (entries[end][0], str(entries[end][1])) not in seen:
                seen.add((entries[end][0], str(entries[end][1])))
                end += 1
            groups: dict[tuple[int, str | None], list[int]] = {}
            for i in range(first, end):
                groups.setdefault((entries[i][0], entries[i][2]), []).append(i)
            for (version, node), at in groups.items():
                contacts = [str(entries[i][1]) for i in at]
                ids = dict(self._enroll(conn, version, contacts, node, {c: entries[i][3] for c, i in zip(
                    contacts, at, strict=True)}))
                for c, i in zip(contacts, at, strict=True):
                    out[i] = ids.get(c)
            first = end
        return out

    def _enroll(self, conn: Connection, version_id: int, contact_ids: list[str], trigger_node: str | None,
                origin: str | dict[str, str]) -> list[tuple[str, int]]:
        """(contact id, new enrollment id) of the contacts the policy lets in."""
        flow = self.flows.get(conn, version_id)
        crm = flow.settings.crm or "local"
        wanted = list(dict.fromkeys(contact_ids))
        blocked = enrollment.blocked_contacts(conn, flow, crm, wanted)
        wanted = [c for c in wanted if c not in blocked]
        pairs = self._with_emails(conn, crm, wanted)
        if not pairs:
            return []
        ids, events = enrollment.start(conn, flow, crm, pairs, trigger_node, origin, self.clock.now(),
                                       delivery.listening(self.events))
        delivery.defer(conn, self.events, events)
        return [(c, eid) for (c, _email), eid in zip(pairs, ids, strict=True)]

    def _with_emails(self, conn: Connection, crm: str, contact_ids: list[str]) -> list[tuple[str, str]]:
        """(id, email) of the contacts that exist; unknown ids are refused. A CRM with the
        `BatchReads` capability (runtime.crm.base) is read in one go."""
        ops = self.ops(conn, crm)
        if isinstance(ops, BatchReads):
            emails = ops.contact_emails(contact_ids)
            return [(c, emails[c]) for c in contact_ids if c in emails]
        out = []
        for c in contact_ids:
            contact = ops.get_contact(c)
            if contact is not None:
                out.append((str(contact["id"]), contact.get("email") or ""))
        return out

    # -- the step loop -------------------------------------------------------------------
    def run_due(self, limit: int | None = None, now: float | None = None, max_batches: int | None = None) -> int:
        """Run every step due at `now` (default: the clock), `limit` items per batch; returns steps run.

        Keeps going while work is due (a step's successors are due at once), so it
        returns when idle or after `max_batches` batches.
        """
        total = 0
        batches = 0
        with self._lock:
            reads_ahead = hasattr(self.connectors, "fetch_for")  # remote CRMs: read before the transaction
            while (max_batches is None or batches < max_batches) and not self.stopping.is_set():
                at = self.clock.now() if now is None else now
                if reads_ahead:
                    readahead.for_steps(self.connectors, self, at, limit or self.settings.batch_size)
                batch = self.run_batch(at, limit or self.settings.batch_size)
                batches += 1
                total += batch.steps_done
                if batch.externals:
                    self.deliver_externals(batch.externals)
                if not batch.claimed:
                    break
        return total

    def run_batch(self, now: float, limit: int) -> Batch:
        """One group-committed batch; events are emitted after its commit."""
        try:
            batch = self._batch(now, limit, careful=False)
        except Redo:
            batch = self._batch(now, limit, careful=True)
        delivery.emit(self.events, batch.events)
        return batch

    def _batch(self, now: float, limit: int, careful: bool) -> Batch:
        with self.db.begin(immediate=True) as conn:
            batch = BatchRunner(self, conn, now, careful).run(limit)
            if batch.claimed:
                notify.mark(conn, notify.HISTORY)  # other processes' History pages and canvas counts
            return batch

    def deliver_externals(self, calls: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Make the calls recorded by a batch, then commit each outcome in the ledger."""
        def one(call: tuple[str, str, dict[str, Any]]) -> tuple[str, str, dict[str, Any]]:
            key, name, request = call
            try:
                response = self.channel(name).deliver(_resolve_secrets(request), key)
                return key, ledger.DONE, {"response": response}
            except TransientError as exc:
                held = {"held": True, "hold_key": getattr(exc, "key", "")} if getattr(exc, "held", False) else {}
                return key, ledger.TRANSIENT, {"error": str(exc), "retry_after": exc.retry_after, **held}
            except UncertainError as exc:
                return key, ledger.UNCERTAIN, {"error": str(exc)}
            except StepError as exc:
                return key, ledger.FAILED, {"error": str(exc)}
            except Exception as exc:  # noqa: BLE001 - recorded as the step's error
                log.exception("delivery %s failed", key)
                return key, ledger.FAILED, {"error": f"{exc.__class__.__name__}: {exc}"}

        workers = max(1, min(self.settings.max_parallel_calls, len(calls)))
        pool = ThreadPoolExecutor(workers) if workers > 1 else None
        handled: set[str] = set()
        try:
            for start in range(0, len(calls), workers):
                if self.stopping.is_set():
                    break
                chunk = calls[start:start + workers]
                with self.db.begin(immediate=True) as conn:
                    mine = set(ledger.claim(conn, [key for key, _, _ in chunk], self.owner))
                handled.update(key for key, _, _ in chunk)
                if len(mine) < len(chunk):
                    log.warning("%d call(s) were taken over by another runtime; not sending them",
                                len(chunk) - len(mine))
                chunk = [c for c in chunk if c[0] in mine]
                results = list(pool.map(one, chunk)) if pool and len(chunk) > 1 else [one(c) for c in chunk]
                self._finish_calls(results)
        finally:
            if pool is not None:
                pool.shutdown()
            rest = {key for key, _, _ in calls} - handled
            if rest:  # stopping (or an error): hand them back, never sent
                with self.db.begin(immediate=True) as conn:
                    claims.release(conn, self.owner, self.clock.now(), rest)

    def _finish_calls(self, results: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Commit the outcomes of delivered calls and hand their items back, due now.

        A row another runtime already settled (it took the call over, believing this one dead)
        keeps what it says; the outcome here is only logged.
        """
        if not results:
            return
        now = self.clock.now()
        with self.db.begin(immediate=True) as conn:
            keys = [k for k, _, _ in results]
            known = ledger.lookup(conn, keys)
            nodes = ledger.nodes(conn, keys)
            for key, status, detail in results:
                previous = (known.get(key) or (None, {}))[1] or {}
                if not ledger.finish(conn, key, status, now, {**previous, **detail}, expect=ledger.SENDING,
                                     owner=self.owner):
                    log.warning("call %s ended %s after another runtime had taken it over", key, status)
                    continue
                eid, node_id, visit, attempt = ledger.parse_key(key, nodes.get(key))
                sql.run(conn, "UPDATE work_items SET due_at = ?, owner = NULL WHERE enrollment_id = ? AND node_id = ?"
                              " AND visit = ? AND attempt = ? AND owner = ?",
                        (now, eid, node_id, visit, attempt, self.owner))

    def next_due_at(self) -> float | None:
        """When the earliest work item is due (None = nothing scheduled)."""
        with self.db.begin() as conn:
            return sql.run(conn, sql.NEXT_DUE, (self.owner,)).scalar()

    # -- the engine's own operator actions (table work in engine/operator.py) -----------
    def retry(self, enrollment_id: int) -> bool:
        """Run the failed (or uncertain) step of an enrollment again, as a new attempt."""
        with self.db.begin(immediate=True) as conn:
            retried = operator.retry_last_step(conn, enrollment_id, self.clock.now())
            if retried is not None:
                notify.mark(conn, notify.WORK)
        if retried is None:
            return False
        flow_id, node_id = retried
        delivery.emit(self.events, [RuntimeEvent("enrollment_changed", enrollment_id, flow_id,
                                                  EnrollmentStatus.ACTIVE.value, node_id)])
        return True

    def cancel(self, enrollment_id: int) -> bool:
        """Stop a live enrollment: its work goes, waiting steps are cancelled, a step row says so."""
        with self.db.begin(immediate=True) as conn:
            e = operator.cancel_live(conn, enrollment_id, self.clock.now(), self.flows)
            if e is not None:
                notify.mark(conn, notify.HISTORY)
        if e is None:
            return False
        delivery.emit(self.events, [RuntimeEvent("enrollment_changed", enrollment_id, e.flow_id,
                                                  EnrollmentStatus.CANCELLED.value, e.current_node)])
        return True

    def wake_contact(self, conn: Connection, crm: str, contact_id: str | int) -> int:
        """Make this contact's waiting decisions (wait_until) due now; returns how many."""
        now = self.clock.now()
        q = ("UPDATE work_items SET due_at = ? WHERE due_at > ? AND state LIKE '{\"wake\":1%' AND enrollment_id IN"
             " (SELECT id FROM enrollments WHERE crm = ? AND contact_id = ? AND status IN " + sql.in_list(len(_LIVE))
             + ")")
        return sql.run(conn, q, (now, now, crm, str(contact_id), *_LIVE)).rowcount

    def wake_contacts(self, conn: Connection, crm: str, contact_ids: list[str]) -> int:
        """`wake_contact` for many contacts of `crm` at once (the change events of a batch)."""
        now, woken = self.clock.now(), 0
        wanted = list(dict.fromkeys(str(c) for c in contact_ids))
        for at in range(0, len(wanted), 500):
            chunk = wanted[at:at + 500]
            q = ("UPDATE work_items SET due_at = ? WHERE due_at > ? AND state LIKE '{\"wake\":1%' AND enrollment_id IN"
                 " (SELECT id FROM enrollments WHERE crm = ? AND contact_id IN " + sql.in_list(len(chunk))
                 + " AND status IN " + sql.in_list(len(_LIVE)) + ")")
            woken += sql.run(conn, q, (now, now, crm, *chunk, *_LIVE)).rowcount
        return woken


def _resolve_secrets(request: dict[str, Any]) -> dict[str, Any]:
    """Header values like {"secret": "name"} -> the secret from the keyring (never stored)."""
    headers = request.get("headers") or {}
    if not any(isinstance(v, dict) for v in headers.values()):
        return request

    resolved = {}
    for name, value in headers.items():
        if isinstance(value, dict) and "secret" in value:
            try:
                resolved[name] = get_secret(str(value["secret"]))
            except Exception as exc:
                raise StepError(N_('header {name}: the secret {secret!r} is not available ({reason})').format(
                    name=name, secret=value['secret'], reason=exc)) from exc
        else:
            resolved[name] = value
    return {**request, "headers": resolved}
