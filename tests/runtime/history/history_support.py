"""Helpers shared by the history tests: a small flow with every kind of step, run for a few contacts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from runtime.store.schema_runtime import enrollments
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll

MADRID = {"match": "all", "rules": [{"field": "contact.city", "op": "equals", "value": "Madrid"}]}


@dataclass
class Shop:
    """The «Bienvenida» flow: trigger -> tag -> if city = Madrid (yes: wait 1 day -> tag; no: tag)."""

    version_id: int
    flow_id: str
    tag: str
    decision: str
    wait: str
    after_wait: str
    other: str


def welcome_flow(db, name: str = "Bienvenida") -> tuple[Shop, FlowBuilder]:
    b = FlowBuilder(name)
    tag = b.add("action.add_tag", node_title="Etiquetar", tag="nuevo")
    dec = b.add("decision.if", node_title="¿Es de Madrid?", condition=MADRID)
    wait = b.add("wait.duration", node_title="Esperar un día", amount=1, unit="days")
    after = b.add("action.add_tag", node_title="Etiqueta final", tag="madrid")
    other = b.add("action.add_tag", node_title="Fuera", tag="fuera")
    b.chain(b.trigger, tag, dec)
    b.link(dec, wait, "yes")
    b.link(dec, other, "no")
    b.link(wait, after)
    vid = activate(db, b)
    return Shop(vid, b.flow.id, tag, dec, wait, after, other), b


def person(crm, first: str, last: str, email: str, city: str = "Madrid", tags: tuple[str, ...] = ()) -> str:
    return crm.create_contact({"email": email, "first_name": first, "last_name": last, "city": city}, tags=tags)


def run_one(db, engine, version_id: int, contact_id) -> int:
    eid = enroll(db, engine, version_id, contact_id)
    assert eid is not None
    engine.run_due()
    return eid


def row(db, eid: int):
    with db.begin() as conn:
        return conn.execute(select(enrollments).where(enrollments.c.id == eid)).first()


def hook_engine(db, clock, timeout: float = 0.3):
    """An Engine whose webhook channel may call 127.0.0.1 (close its channel after use)."""
    from runtime.channels import Channels
    from runtime.channels.ssrf import Guard
    from runtime.channels.webhook import WebhookChannel
    from runtime.engine import Engine, EngineSettings

    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=timeout)
    return Engine(db, clock=clock, channels=Channels(webhook=channel),
                  settings=EngineSettings(backoff_base=10.0, max_attempts=2)), channel


def slow(seconds: float):
    """A pytest-httpserver handler that answers too late (the caller's read times out: uncertain)."""
    import time

    from werkzeug import Response

    def handler(_request):
        time.sleep(seconds)
        return Response("late", 200)
    return handler


def hook_flow(db, url: str, name: str = "Avisos") -> tuple[int, str, str]:
    """trigger -> webhook -> add tag «avisado»; returns (version id, webhook node, tag node)."""
    b = FlowBuilder(name)
    h = b.add("action.webhook", node_title="Avisar al ERP", method="POST", url=url, body='{"a": 1}')
    t = b.add("action.add_tag", node_title="Marcar avisado", tag="avisado")
    b.chain(b.trigger, h, t)
    return activate(db, b), h, t


def failing_flow(db, name: str = "Tareas") -> tuple[int, str]:
    """trigger -> create a task for a user who does not exist (fails for good)."""
    b = FlowBuilder(name)
    task = b.add("action.create_task", node_title="Crear tarea", title="Llamar", assignee="nadie@example.es")
    b.chain(b.trigger, task)
    return activate(db, b), task
