"""The chaos scenarios: two runtimes with skewed clocks, SIGKILL rounds, prompt stop, a designer and services
sharing a flow (office). Each returns Figures."""

from __future__ import annotations

import contextlib
import random
import threading
import time

from tests.processes import Designer, Service
from tests.runtime.chaos.support import (
    Figures,
    Hook,
    calls_by_owner,
    email,
    flow_document,
    mail_counts,
    seed,
    settled,
    step_count,
    tally,
    trigger,
    uncertain_reasons,
    wait_for,
    webhook,
)
from tests.runtime.email.smtp_support import SmtpServer

# A restarted runtime must be making progress again within this many seconds. The killed one's calls
# are handed on at once (its process is gone); a stall would wait for its work items' lease (300 s).
# The other slow path, missed heartbeats (10 s), is told apart by its log line, not by a stopwatch:
# the wait ends as soon as progress is seen, so a busy machine only makes it longer, never a failure.
RESUME = 60.0


def skewed_runtimes(url: str, contacts: int, delay: float, offset: float = 301.0, deadline: float = 240.0) -> Figures:
    """Runtime A starts sending to a slow webhook; runtime B joins with its clock `offset` s ahead."""
    with Hook(delay) as hook:
        seed(url, flow_document([trigger(), webhook(hook.url), ("action.add_tag", "Hecho", {"tag": "hecho"})]),
             contacts)
        with Service(url) as a:
            wait_for(lambda: hook.total > 0, 60)
            with Service(url, offset=offset) as b:
                took = wait_for(lambda: settled(url, contacts), deadline, step=0.5)
                a.term()
                b.term()
        figures = tally(url, contacts, {"webhook": lambda: hook.emails})
        figures.extra["webhook calls"] = hook.total
        figures.extra["seconds to settle"] = f"not within {deadline:.0f} s" if took is None else f"{took:.1f}"
        return figures


def fresh_start(url: str, contacts: int, deadline: float = 240.0) -> Figures:
    """Two runtimes started at once on a fresh database whose change events wait (never re-enroll)."""
    with Hook() as hook:
        seed(url, flow_document([trigger(), webhook(hook.url)]), contacts)
        with Service(url) as a, Service(url) as b:
            took = wait_for(lambda: settled(url, contacts), deadline, step=0.5)
            a.term()
            b.term()
        figures = tally(url, contacts, {"webhook": lambda: hook.emails})
        figures.extra["seconds to settle"] = f"not within {deadline:.0f} s" if took is None else f"{took:.1f}"
        return figures


def sigkill_rounds(url: str, contacts: int, kills: int, seed_: int = 20261123, deadline: float = 120.0) -> Figures:
    """`kills` SIGKILLs at random moments of a webhook + SMTP + CRM-write flow; resumption after each restart."""
    rng = random.Random(seed_)
    with Hook() as hook, SmtpServer() as smtp:
        nodes = [trigger(), ("action.update_fields", "Fase", {"values": {"contact.lifecycle_stage": "lead"}}),
                 webhook(hook.url), email(), ("action.add_tag", "Hecho", {"tag": "hecho"})]
        seed(url, flow_document(nodes), contacts, smtp_port=smtp.port)

        def progress() -> int:
            return hook.total + len(smtp.envelopes) + step_count(url)

        resumed: list[float | None] = []  # per restart with work left: seconds to progress, None: none
        runs: list[Service] = []

        def restart() -> Service:
            run = Service(url)
            runs.append(run)
            before = progress()
            if not settled(url, contacts):
                resumed.append(wait_for(lambda: progress() > before, RESUME))
            return run

        for _ in range(kills):
            with restart() as run:
                time.sleep(rng.uniform(0.2, 2.0))
                run.kill()
        with restart() as run:
            took = wait_for(lambda: settled(url, contacts), deadline, step=0.5)
            code, _ = run.term()
        figures = tally(url, contacts, {"webhook": lambda: hook.emails, "email": lambda: mail_counts(smtp)})
        waits = [r for r in resumed if r is not None]
        figures.extra["SIGKILLs"] = kills
        stalled = sum(1 for r in resumed if r is None)
        figures.extra[f"restarts without progress within {RESUME:.0f} s"] = f"{stalled} of {len(resumed)}"
        figures.numbers["stalled restarts"] = stalled
        by_beats = sum(1 for run in runs for line in run.lines if "no heartbeat for" in line)
        figures.extra["handovers after missed heartbeats (not a gone process)"] = by_beats
        figures.numbers["handovers by missed heartbeats"] = by_beats
        figures.extra["slowest resumption after a restart (s)"] = f"{max(waits):.1f}" if waits else "n/a"
        figures.extra["final run: seconds to settle"] = f"not within {deadline:.0f}" if took is None else f"{took:.1f}"
        figures.extra["final run exit code on SIGTERM"] = code
        figures.extra["webhook calls / emails accepted"] = f"{hook.total} / {len(smtp.envelopes)}"
        return figures


def stop_promptly(url: str, contacts: int, delay: float = 0.5, after: int = 16) -> Figures:
    """SIGTERM `run` while it calls a webhook answering in `delay` s: time to exit, calls after the signal."""
    with Hook(delay) as hook:
        seed(url, flow_document([trigger(), webhook(hook.url)]), contacts)
        with Service(url) as run:
            wait_for(lambda: hook.total >= after, 60)
            signalled = time.monotonic()
            code, seconds = run.term()
        late = sum(1 for t in hook.arrivals if t > signalled)
        hook.delay = 0.0  # the rest is delivered in-process by `tally`
        figures = tally(url, contacts, {"webhook": lambda: hook.emails})
        figures.extra["exit code"] = code
        figures.extra["seconds from SIGTERM to exit"] = f"{seconds:.1f}"
        figures.extra["webhook calls arriving after the signal"] = late
        figures.numbers.update(late=late, seconds=seconds)
        return figures


def office(url: str, contacts: int, services: int, delay: float = 0.0, kill_at: int | None = None,
           deadline: float = 240.0) -> Figures:
    """A designer and `services` `run` services on one database share a webhook flow.

    The designer starts first; its first calls are held at the webhook until the services have
    joined, so each process takes part.
    `kill_at`: the first service is SIGKILLed once that many calls arrived; the others finish.
    Figures: keys delivered twice, calls per process (ledger owner), seconds to settle.
    """
    gate = threading.Event()
    with Hook(delay, gate) as hook:
        seed(url, flow_document([trigger(), webhook(hook.url), ("action.add_tag", "Hecho", {"tag": "hecho"})]),
             contacts)
        with contextlib.ExitStack() as stack:
            stack.callback(gate.set)  # never leave a request held
            designer = stack.enter_context(Designer(url))
            wait_for(lambda: hook.total > 0, 60)
            runs = [stack.enter_context(Service(url)) for _ in range(services)]
            gate.set()
            names = {designer.runtime_id: "designer"} | {r.identify(): f"service {i + 1}" for i, r in enumerate(runs)}
            if kill_at is not None:
                wait_for(lambda: hook.total >= kill_at, 120, step=0.02)
                runs[0].kill()
                names[runs[0].runtime_id] += " (SIGKILLed)"
            took = wait_for(lambda: settled(url, contacts), deadline, step=0.5)
            codes = [p.term()[0] for p in (designer, *runs) if p.proc.poll() is None]
        calls, doubts, reasons = calls_by_owner(url), calls_by_owner(url, "uncertain"), uncertain_reasons(url)
        figures = tally(url, contacts, {"webhook": lambda: hook.emails})
    twice = sum(1 for n in hook.keys.values() if n > 1)
    figures.numbers.update(keys_twice=twice, designer_calls=calls[designer.runtime_id])
    figures.extra["webhook calls / distinct idempotency keys"] = f"{hook.total} / {len(hook.keys)}"
    figures.extra["keys delivered twice"] = twice
    figures.extra["calls recorded per process (ledger owner)"] = ", ".join(
        f"{name} {calls[rid]}" for rid, name in names.items())
    figures.extra["uncertain calls per process"] = ", ".join(f"{name} {doubts[rid]}" for rid, name in names.items())
    figures.extra["why uncertain"] = dict(reasons)
    figures.extra["services' warnings of a runtime taken for dead"] = sum(
        1 for r in runs for line in r.lines if "taken for dead" in line or "no heartbeat for" in line)
    figures.extra["exit codes on SIGTERM"] = codes
    figures.extra["seconds to settle"] = f"not within {deadline:.0f} s" if took is None else f"{took:.1f}"
    figures.numbers["unclean exits"] = sum(1 for c in codes if c != 0)
    figures.numbers["running at the end"] = len(codes)
    return figures
