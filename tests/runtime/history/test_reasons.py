"""reasons.meaning: what a task step for a contact without owner says in the journey."""

from runtime.history.reasons import meaning


def test_a_task_without_owner_is_done_and_says_why():
    m = meaning("action", "action.create_task", "done", {"task_id": "7", "assignee": None, "no_owner": True},
                None, "es")
    assert m.state == "done" and m.reason == "Tarea creada sin asignar: el contacto no tiene propietario."
    m = meaning("action", "action.create_task", "done",
                {"task_id": "7", "assignee": "3", "no_owner": True, "fallback": "ana@acme.es"}, None, "en")
    assert m.reason == "Task assigned to ana@acme.es: the contact has no owner."
    assert meaning("action", "action.create_task", "done", {"task_id": "7"}, None, "en").reason == "Done."
