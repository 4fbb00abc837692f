"""A small real world for the history page's tests: two flows, the real Engine, every status.

`build_world(db, clock)` makes, through the real engine on a real SQLite file:

- flow "Bienvenida": trigger -> tag -> if city is Madrid -> yes: wait 1 day -> tag; no: tag.
  ana (Madrid) waits at the wait, bea (Sevilla) completes by the "no" branch,
  carla (Madrid) waits and is then cancelled by the engine.
- flow "Avisos": trigger -> webhook -> tag. dani fails (a loopback URL the default guard
  refuses), eva is uncertain (the process "died" during the call).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.crm.local import LocalCrm
from runtime.engine import Engine, EngineSettings, ManualClock, ledger
from runtime.engine.loop import BatchRunner
from runtime.store.db import Database
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll

HOOK_URL = "http://127.0.0.1:9/hook"


@dataclass
class World:
    welcome: FlowBuilder
    notices: FlowBuilder
    nodes: dict[str, str] = field(default_factory=dict)
    eids: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)


def make_clock() -> ManualClock:
    return ManualClock(start=time.time() - 3600)


def build_world(db: Database, clock: ManualClock) -> World:
    crm = LocalCrm(db)
    settings = EngineSettings(backoff_base=10.0, max_attempts=2)
    engine = Engine(db, clock=clock, settings=settings)
    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=30)
    hook_engine = Engine(db, clock=clock, channels=Channels(webhook=channel), settings=settings)

    w = FlowBuilder(name="Bienvenida")
    tag = w.add("action.add_tag", node_title="Etiqueta nuevo", tag="nuevo")
    dec = w.add("decision.if", node_title="¿Es de Madrid?",
                condition={"match": "all", "rules": [{"field": "contact.city", "op": "equals", "value": "madrid"}]})
    wait = w.add("wait.duration", node_title="Esperar un día", amount=1, unit="days")
    end = w.add("action.add_tag", node_title="Etiqueta fin", tag="fin")
    other = w.add("action.add_tag", node_title="Etiqueta otros", tag="otros")
    w.chain(w.trigger, tag, dec)
    w.link(dec, wait, "yes")
    w.chain(wait, end)
    w.link(dec, other, "no")

    n = FlowBuilder(name="Avisos")
    hook = n.add("action.webhook", node_title="Avisar al CRM", method="POST", url=HOOK_URL, body="{}")
    done = n.add("action.add_tag", node_title="Etiqueta avisado", tag="avisado")
    n.chain(n.trigger, hook, done)

    world = World(w, n)
    world.nodes = {"tag": tag, "decision": dec, "wait": wait, "end": end, "other": other,
                   "hook": hook, "hook_tag": done, "welcome_trigger": w.trigger, "notices_trigger": n.trigger}
    world.versions = {"welcome": activate(db, w), "notices": activate(db, n)}
    people = {"ana": ("Ana", "Madrid"), "bea": ("Bea", "Sevilla"), "carla": ("Carla", "Madrid"),
              "dani": ("Dani", "Bilbao"), "eva": ("Eva", "Vigo")}
    for key, (first, city) in people.items():
        world.contacts[key] = crm.create_contact({"email": f"{key}@ejemplo.es", "first_name": first,
                                                  "last_name": "Prueba", "city": city})
    for key in ("ana", "bea", "carla"):
        world.eids[key] = enroll(db, engine, world.versions["welcome"], world.contacts[key])
        clock.advance(60)
        engine.run_due()
    assert engine.cancel(world.eids["carla"])
    clock.advance(60)
    world.eids["dani"] = enroll(db, engine, world.versions["notices"], world.contacts["dani"])
    engine.run_due()
    clock.advance(60)
    # eva: the batch records the ledger row and the call is claimed; the process "dies" mid-call
    world.eids["eva"] = enroll(db, hook_engine, world.versions["notices"], world.contacts["eva"])
    with db.begin(immediate=True) as conn:
        batch = BatchRunner(hook_engine, conn, clock.now(), careful=True).run(100)
    with db.begin(immediate=True) as conn:
        ledger.claim(conn, [key for key, _, _ in batch.externals])
    clock.advance(hook_engine.settings.external_lease + 1)
    hook_engine.run_due()
    channel.close()
    return world
