"""The journey dialog: a line per step with its state, the why, decisions' values, waits, errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from designer.history.journey import JourneyDialog


def _open(qtbot, db, eid) -> JourneyDialog:
    dialog = JourneyDialog(db, eid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _entries(dialog):
    return [dialog.timeline.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(dialog.timeline.topLevelItemCount())]


def _select(dialog, node_id):
    entry = [e for e in _entries(dialog) if e.node_id == node_id][-1]
    dialog.select_step(entry.step_id)
    return entry


def test_waiting_contact_shows_decision_values_and_wait_end(qtbot, db, world):
    dialog = _open(qtbot, db, world.eids["ana"])
    entries = _entries(dialog)
    assert [e.node_id for e in entries][:3] == [world.nodes["welcome_trigger"], world.nodes["tag"],
                                                world.nodes["decision"]]
    assert "ana@ejemplo.es" in dialog.header.text() and "Bienvenida" in dialog.header.text()
    assert entries[-1].state == "waiting" and dialog.current_entry() is entries[-1]
    assert dialog.d_until.text() and dialog.form.isRowVisible(dialog.labels["until"])
    assert dialog.timeline.topLevelItem(len(entries) - 1).text(3)  # the reason sentence
    decision = _select(dialog, world.nodes["decision"])
    assert decision.branch == "yes" and dialog.d_branch.text() == "Sí"  # the port's title, not its key
    assert dialog.compared.rowCount() == 1
    row = [dialog.compared.item(0, c).text() for c in range(5)]
    assert row[:4] == ["ciudad", "es igual a", "madrid", "Madrid"]  # labels in the UI language, values as stored
    assert not dialog.form.isRowVisible(dialog.labels["error"])
    assert dialog.buttons["skip_wait"].isEnabled() and not dialog.buttons["retry"].isEnabled()


def test_condition_false_branch(qtbot, db, world):
    dialog = _open(qtbot, db, world.eids["bea"])
    decision = _select(dialog, world.nodes["decision"])
    assert decision.branch == "no"
    assert dialog.compared.item(0, 4).text() != dialog.tr("yes")
    assert _entries(dialog)[-1].node_id == world.nodes["other"]
    assert not dialog.buttons["skip_wait"].isEnabled()


def test_failed_step_shows_whole_error_copyable(qtbot, db, world):
    dialog = _open(qtbot, db, world.eids["dani"])
    entry = dialog.current_entry()
    assert entry.state == "failed" and entry.node_id == world.nodes["hook"]
    assert "loopback" in dialog.error.toPlainText() and dialog.error.isReadOnly()
    assert dialog.error.toPlainText() == entry.error
    assert dialog.form.isRowVisible(dialog.labels["error"])
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == entry.error
    assert dialog.buttons["retry"].isEnabled()
    assert dialog.timeline.topLevelItem(1).foreground(0).color().red() > 200  # red for failed


def test_uncertain_and_cancelled(qtbot, db, world):
    dialog = _open(qtbot, db, world.eids["eva"])
    entry = dialog.current_entry()
    assert entry.state == "uncertain" and "may or may not" in (entry.error or "")
    assert dialog.buttons["resolve_send"].isEnabled() and dialog.buttons["resolve_done"].isEnabled()
    cancelled = _open(qtbot, db, world.eids["carla"])
    assert "cancelled" in {e.state for e in _entries(cancelled)}
    assert not cancelled.buttons["retry"].isEnabled()
