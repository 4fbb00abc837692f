"""The review before activation in the window: warnings in the Problems panel, a question
before switching on (cancel keeps it off), and the unsaved-changes question of an active flow.
Two people editing one flow: a save over a newer save (another desktop) offers reload or a copy."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from designer.dialogs import ask
from runtime.flows import repository
from runtime.store.db import open_database
from tests.designer.shell_fixtures import db, demo, make_window, settings, translators  # noqa: F401


def _copy_of_the_example(db, demo_id: str) -> str:
    with db.begin() as conn:
        return repository.duplicate(conn, demo_id, "Bienvenida bis").id


def test_a_second_flow_on_the_same_trigger_warns_and_asks_before_activating(db, make_window, monkeypatch):
    copy_id = _copy_of_the_example(db, demo(db))
    window = make_window()
    window.flows_list.refresh()
    assert window.open_flow(copy_id)
    panel = window.editor.problems_widget
    assert panel.count() == 0 and panel.warning_count() == 1
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("«Bienvenida»" in t and "dos correos de bienvenida" in t for t in texts)
    asked = []
    monkeypatch.setattr(ask, "proceed", lambda *a: asked.append(a) or False)
    assert not window.set_active(copy_id, True)
    assert asked and asked[0][3] == "Activar de todos modos" and "«Bienvenida»" in asked[0][2]
    with db.begin() as conn:
        assert not repository.require(conn, copy_id).is_active
    monkeypatch.setattr(ask, "proceed", lambda *a: True)
    assert window.set_active(copy_id, True)
    with db.begin() as conn:
        assert repository.require(conn, copy_id).is_active


def test_a_flow_without_warnings_activates_without_a_question(db, make_window, monkeypatch):
    flow_id = demo(db)
    window = make_window()
    assert window.set_active(flow_id, False)
    monkeypatch.setattr(ask, "proceed", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    assert window.set_active(flow_id, True)


def test_closing_an_active_flow_with_problems_says_so_before_saving(db, make_window, monkeypatch):
    demo(db)
    window = make_window()
    window.editor.add_node_at_center("wait.duration")  # unconnected: "no trigger leads here"
    asked = []
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: asked.append(a[2]) or "cancel")
    window.close()
    assert "está activo" in asked[0] and "1 problema" in asked[0] and "versión activa" in asked[0]


def _other_desktop_saves(db, flow_id: str, description: str) -> None:
    other = open_database(db.url)  # a second process on the same database
    try:
        with other.begin() as conn:
            flow = repository.get(conn, flow_id)
            flow.description = description
            repository.save(conn, flow, based_on=repository.revision(conn, flow_id))
    finally:
        other.dispose()


def test_a_save_over_a_newer_save_asks_and_never_overwrites(db, make_window, monkeypatch):
    flow_id = demo(db)
    window = make_window()
    _other_desktop_saves(db, flow_id, "de Marta")
    window.editor.add_node_at_center("wait.duration")
    asked = []
    answers = iter(["cancel", "reload"])
    monkeypatch.setattr(ask, "reload_copy_cancel", lambda parent, title, text: asked.append(text) or next(answers))
    assert not window.save()  # cancel: nothing written, the edit stays
    assert "«Bienvenida» se guardó en otro sitio" in asked[0]  # the window speaks Spanish
    assert window.dirty
    with db.begin() as conn:
        stored = repository.get(conn, flow_id)
    assert stored.description == "de Marta" and len(stored.nodes) == 6
    assert not window.save()  # reload: the other desktop's draft, the edit dropped
    assert not window.dirty and len(window.editor.flow().nodes) == 6
    window.editor.add_node_at_center("wait.duration")
    assert window.save()  # based on the reloaded revision: saved
    with db.begin() as conn:
        assert len(repository.get(conn, flow_id).nodes) == 7


def test_save_as_copy_keeps_both_versions_and_opens_the_copy(db, make_window, monkeypatch):
    flow_id = demo(db)
    window = make_window()
    window.editor.add_node_at_center("wait.duration")
    _other_desktop_saves(db, flow_id, "de Marta")
    monkeypatch.setattr(ask, "reload_copy_cancel", lambda *a: "copy")
    assert window.save()
    assert window.flow_id != flow_id and window.flow_name == "Bienvenida (2)" and not window.dirty
    assert window.flows_list.names() == ["Bienvenida", "Bienvenida (2)"]
    with db.begin() as conn:
        assert len(repository.get(conn, window.flow_id).nodes) == 7
        theirs = repository.get(conn, flow_id)
    assert len(theirs.nodes) == 6 and theirs.description == "de Marta"
    window.editor.add_node_at_center("wait.duration")
    assert window.save()  # the copy is an ordinary flow now


def test_renaming_the_open_flow_here_is_not_a_conflict(db, make_window, monkeypatch):
    flow_id = demo(db)
    window = make_window()
    window.editor.add_node_at_center("wait.duration")
    monkeypatch.setattr(ask, "text", lambda *a: "Bienvenida 2027")
    monkeypatch.setattr(ask, "reload_copy_cancel", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    assert window.flows_list.rename_current() == "Bienvenida 2027"
    assert window.save()
    with db.begin() as conn:
        stored = repository.get(conn, flow_id)
    assert stored.name == "Bienvenida 2027" and len(stored.nodes) == 7
