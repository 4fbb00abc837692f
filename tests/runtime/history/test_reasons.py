"""Reason sentences of step rows (runtime/history/reasons.py): a step held by a paused connection,
a task step for a contact without owner."""

from __future__ import annotations

from runtime.history.reasons import meaning


def test_a_held_step_says_which_connection_it_waits_for() -> None:
    detail = {"held": "acme", "until": "2027-01-15T08:05:00Z"}
    error = "the connection «acme» is paused (auth): HubSpot: HTTP 401; check the token"
    en = meaning("action", "action.create_task", "waiting", detail, error, "en")
    es = meaning("action", "action.create_task", "waiting", detail, error, "es")
    assert en.state == "waiting" and "«acme», which is paused" in en.reason and "check the token" in en.reason
    assert "en pausa" in es.reason and en.until == es.until and en.until is not None
    plain = meaning("wait", "wait.duration", "waiting", {"until": "2027-01-15T08:05:00Z"}, None, "en")
    assert plain.reason.startswith("Waiting until")


def test_a_task_without_owner_is_done_and_says_why():
    m = meaning("action", "action.create_task", "done", {"task_id": "7", "assignee": None, "no_owner": True},
                None, "es")
    assert m.state == "done" and m.reason == "Tarea creada sin asignar: el contacto no tiene propietario."
    m = meaning("action", "action.create_task", "done",
                {"task_id": "7", "assignee": "3", "no_owner": True, "fallback": "ana@acme.es"}, None, "en")
    assert m.reason == "Task assigned to ana@acme.es: the contact has no owner."
    assert meaning("action", "action.create_task", "done", {"task_id": "7"}, None, "en").reason == "Done."
