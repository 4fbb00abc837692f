"""The review before activation in the window: warnings in the Problems panel, a question
before switching on (cancel keeps it off), and the unsaved-changes question of an active flow."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from designer.dialogs import ask
from runtime.flows import repository
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
