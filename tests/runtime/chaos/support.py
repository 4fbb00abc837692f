"""The chaos harness: real `main.py run` processes on one database, SIGKILL/SIGTERM, and the figures.

A loopback webhook (`Hook`) and a real SMTP server (aiosmtpd, `tests.runtime.email.smtp_support`)
count what arrives, by contact and by idempotency key; `tally` reads the history, retries what it
marks uncertain (as a person would), and says what was lost, what arrived twice, and whether each
repeat was reported. The processes (`run` services, the designer) are tests/processes.py; the
scenarios are scenarios.py.
"""

from __future__ import annotations

import collections
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytest_httpserver import HTTPServer
from sqlalchemy import func, insert, select
from werkzeug import Response

from runtime.crm.local import LocalCrm
from runtime.email import SmtpAccount, add_account
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.history import list_enrollments
from runtime.store.db import open_database
from runtime.store.schema_runtime import app_settings, enrollments, side_effects, steps

N = "c0ffee00-0000-4000-8000-00000000000"
ACCOUNT = "oficina"


def flow_document(nodes: list[tuple[str, str, dict]], name: str = "Choque") -> dict:
    """A linear flow file (trigger first) from (type, title, config) triples."""
    return {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": N + "0", "name": name, "description": "",
        "settings": {"reenrollment": "never", "goal": None, "timezone": "UTC", "max_steps": 1000},
        "nodes": [{"id": f"{N}{i + 1}", "type": t, "type_version": 1, "title": title, "config": cfg,
                   "position": [i * 200, 0]} for i, (t, title, cfg) in enumerate(nodes)],
        "edges": [{"from": {"node": f"{N}{i + 1}", "port": "out"}, "to": {"node": f"{N}{i + 2}", "port": "in"}}
                  for i in range(len(nodes) - 1)]}}


def trigger() -> tuple[str, str, dict]:
    return "trigger.contact_created", "Alta", {"filter": {"match": "all", "rules": []}}


def webhook(url: str) -> tuple[str, str, dict]:
    return "action.webhook", "Avisar", {"method": "POST", "url": url, "headers": {},
                                        "body": '{"email": "{{ contact.email }}"}'}


def email() -> tuple[str, str, dict]:
    return "action.send_email", "Correo", {"account": ACCOUNT, "to": "contact", "subject": "Hola",
                                           "body": "<p>Hola {{ contact.email }}</p>"}


def emails(count: int) -> list[str]:
    return [f"p{i}@example.es" for i in range(count)]


class Hook:
    """A threaded HTTP server on 127.0.0.1 answering after `delay` s; counts each POST on arrival.

    `gate`: while it is not set, requests are counted and then held (a scenario lets the other
    processes join first).
    """

    def __init__(self, delay: float = 0.0, gate: threading.Event | None = None) -> None:
        self.delay = delay
        self.gate = gate
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.server.expect_request("/hook", method="POST").respond_with_handler(self._handle)
        self.keys: collections.Counter[str] = collections.Counter()
        self.emails: collections.Counter[str] = collections.Counter()
        self.arrivals: list[float] = []  # time.monotonic() of each arrival
        self._lock = threading.Lock()

    def _handle(self, request: Any) -> Response:
        email_ = json.loads(request.get_data(as_text=True))["email"]
        with self._lock:
            self.keys[request.headers.get("Idempotency-Key", "")] += 1
            self.emails[email_] += 1
            self.arrivals.append(time.monotonic())
        if self.gate is not None:
            self.gate.wait(120)
        if self.delay:
            time.sleep(self.delay)
        return Response("ok")

    @property
    def url(self) -> str:
        return self.server.url_for("/hook")

    @property
    def total(self) -> int:
        return len(self.arrivals)

    def __enter__(self) -> Hook:
        self.server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.clear()
        if self.server.is_running():
            self.server.stop()


def mail_counts(smtp: Any) -> collections.Counter[str]:
    """Accepted messages per recipient of a `SmtpServer`."""
    out: collections.Counter[str] = collections.Counter()
    for _sender, rcpts in list(smtp.envelopes):
        for rcpt in rcpts:
            out[rcpt] += 1
    return out


def seed(url: str, document: dict, count: int, smtp_port: int | None = None,
         settings: dict[str, Any] | None = None) -> None:
    """A database at `url` with the flow active, `count` contacts imported (their events waiting)."""
    db = open_database(url)
    try:
        with db.begin() as conn:
            conn.execute(insert(app_settings).values(key="webhooks.allow_private", value=True))
            for key, value in (settings or {}).items():
                conn.execute(insert(app_settings).values(key=key, value=value))
            repository.import_flow(conn, fileformat.from_document(document))
        if smtp_port is not None:
            add_account(db, SmtpAccount(ACCOUNT, "127.0.0.1", smtp_port, "none", "", f"Caudal <equipo@{ACCOUNT}.es>"),
                        None)
        activate_flow(db, document["flow"]["name"])
        crm = LocalCrm(db)
        with db.begin() as conn:
            ops = crm.bind(conn)
            for address in emails(count):
                ops.create_contact({"email": address}, "import")
    finally:
        db.dispose()


def wait_for(predicate: Callable[[], Any], timeout: float, step: float = 0.1) -> float | None:
    """Seconds until `predicate()` held, or None after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(step)
    return None


def step_count(url: str) -> int:
    db = open_database(url, migrate=False)
    try:
        with db.begin() as conn:
            return int(conn.scalar(select(func.count()).select_from(steps)) or 0)
    finally:
        db.dispose()


def calls_by_owner(url: str, status: str | None = None) -> collections.Counter[str]:
    """Ledger rows (in `status`, if given) per runtime that recorded them: which process did the work."""
    db = open_database(url, migrate=False)
    try:
        with db.begin() as conn:
            query = select(side_effects.c.owner, func.count()).group_by(side_effects.c.owner)
            if status is not None:
                query = query.where(side_effects.c.status == status)
            rows = conn.execute(query).all()
        return collections.Counter({owner or "": int(n) for owner, n in rows})
    finally:
        db.dispose()


def uncertain_reasons(url: str) -> collections.Counter[str]:
    """Uncertain ledger rows by their recorded error, e.g. "interrupted during the call" (its runtime
    died mid-call) or the channel's "no answer after sending (ReadTimeout)"."""
    db = open_database(url, migrate=False)
    try:
        with db.begin() as conn:
            details = conn.execute(select(side_effects.c.detail).where(side_effects.c.status == "uncertain")).scalars()
            return collections.Counter(str((d or {}).get("error", ""))[:90] for d in details)
    finally:
        db.dispose()


def settled(url: str, count: int) -> bool:
    """Every contact enrolled and no journey left to run (only those held by an uncertain step)."""
    db = open_database(url, migrate=False)
    try:
        with db.begin() as conn:
            total = conn.scalar(select(func.count()).select_from(enrollments))
            if total < count:
                return False
            live = list_enrollments(conn, status="active", limit=count) + list_enrollments(
                conn, status="waiting", limit=count)
        return all(any(s["status"] == "uncertain" for s in e["steps"]) for e in live)
    finally:
        db.dispose()


@dataclass
class Figures:
    """What a chaos scenario measured (printed by `report`)."""

    contacts: int
    enrolled_twice: int = 0
    lost: int = 0  # not completed, or a channel never reached, after uncertain steps were retried
    uncertain: int = 0  # contacts whose history showed an uncertain step
    duplicates: dict[str, int] = field(default_factory=dict)  # channel -> contacts reached more than once
    silent: dict[str, int] = field(default_factory=dict)  # channel -> of those, not reported uncertain
    extra: dict[str, Any] = field(default_factory=dict)  # printed
    numbers: dict[str, float] = field(default_factory=dict)  # for the tests' assertions, not printed

    @property
    def silent_total(self) -> int:
        return sum(self.silent.values())

    def report(self, title: str) -> str:
        share = 100.0 * self.uncertain / self.contacts if self.contacts else 0.0
        lines = [f"\n== {title}: {self.contacts} contacts",
                 f"   lost: {self.lost}; enrolled twice: {self.enrolled_twice}",
                 f"   left uncertain: {self.uncertain} ({share:.1f}%)"]
        for channel in self.duplicates:
            lines.append(f"   {channel}: {self.duplicates[channel]} contacts reached twice or more, "
                         f"{self.silent[channel]} of them NOT reported uncertain")
        lines += [f"   {k}: {v}" for k, v in self.extra.items()]
        text = "\n".join(lines)
        print(text, flush=True)
        return text


def tally(url: str, count: int, channels: dict[str, Callable[[], collections.Counter[str]]]) -> Figures:
    """Read the history, retry what it marks uncertain, run what is due in-process, then count.

    `channels`: name -> a function giving the deliveries per contact email so far.
    """
    from runtime.engine import Engine
    from runtime.service import Runtime

    figures = Figures(count)
    db = open_database(url, migrate=False)
    try:
        with db.begin() as conn:
            items = list_enrollments(conn, limit=count * 3)
        uncertain = {e["contact"]["email"] for e in items if any(s["status"] == "uncertain" for s in e["steps"])}
        figures.uncertain = len(uncertain)
        engine = Engine(db)
        for e in items:
            if e["contact"]["email"] in uncertain and e["status"] != "completed":
                engine.retry(e["id"])
        Runtime(db, engine=engine).run_until_idle()  # and whatever a stop left undone
        with db.begin() as conn:
            items = list_enrollments(conn, limit=count * 3)
    finally:
        db.dispose()
    per_contact = collections.Counter(e["contact"]["email"] for e in items)
    figures.enrolled_twice = sum(1 for n in per_contact.values() if n > 1)
    received = {name: counter() for name, counter in channels.items()}
    done = {e["contact"]["email"] for e in items if e["status"] == "completed"}
    lost = set(emails(count)) - done
    for name, got in received.items():
        lost |= set(emails(count)) - set(got)
        twice = {address for address, n in got.items() if n > 1}
        figures.duplicates[name] = len(twice)
        figures.silent[name] = len(twice - uncertain)
    figures.lost = len(lost)
    return figures
