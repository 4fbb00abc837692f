"""Helpers for the connections tests: fill the add form as a user would, and a saved flow."""

from __future__ import annotations

from typing import Any

from runtime.flows import repository
from runtime.flows.model import Edge, Endpoint, Flow, Node

TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555"


def answer_add(dialog: Any, name: str, secret: str, tag: str = "") -> None:
    """Make `dialog.exec_add` fill the form and press Add instead of blocking."""

    def fill(form: Any) -> bool:
        form.name.setText(name)
        form.secret.setText(secret)
        form.tag_property.setText(tag)
        form.accept()
        dialog.last_form = form
        return form.added is not None

    dialog.exec_add = fill


def saved_flow(db: Any, name: str = "Bienvenida") -> str:
    """A small valid flow on the local CRM, stored as a draft; returns its id."""
    trigger = Node(id="00000000-0000-4000-8000-000000000001", type="trigger.contact_created", title="Alta",
                   config={}, position=(0.0, 0.0))
    task = Node(id="00000000-0000-4000-8000-000000000002", type="action.add_tag", title="Etiqueta",
                config={"tag": "nuevo"}, position=(250.0, 0.0))
    flow = Flow(id="00000000-0000-4000-8000-000000000000", name=name, nodes=[trigger, task],
                edges=[Edge(Endpoint(trigger.id, "out"), Endpoint(task.id, "in"))])
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    return flow.id
