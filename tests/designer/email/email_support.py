"""Helpers shared by the designer's email tests: run a one-step flow through the real engine."""

from __future__ import annotations

from typing import Any

from runtime.crm.local import LocalCrm
from runtime.engine import Engine, ManualClock
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll


def run_one_step(db, type_id: str, events: Any, contact: dict | None = None, **config: Any) -> str:
    """Activate trigger -> `type_id`(config), enroll one contact, run it; returns the contact id."""
    crm = LocalCrm(db)
    cid = crm.create_contact(contact or {"email": "jose@example.es", "first_name": "José"})
    builder = FlowBuilder("Correo")
    step = builder.add(type_id, node_title="Aviso de cita", **config)
    builder.chain(builder.trigger, step)
    version = activate(db, builder)
    engine = Engine(db, clock=ManualClock(), events=events)
    enroll(db, engine, version, cid)
    engine.run_due()
    return str(cid)
