"""Operator actions ask first, then change the enrollments through runtime.history.actions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from designer.history import operator
from designer.history.panel import HistoryPanel
from runtime.store.schema_runtime import enrollments, work_items


def _status(db, eid):
    with db.begin() as conn:
        return conn.execute(select(enrollments.c.status, enrollments.c.current_node)
                            .where(enrollments.c.id == eid)).first()


def _due(db, eid):
    with db.begin() as conn:
        return conn.execute(select(work_items.c.node_id, work_items.c.due_at)
                            .where(work_items.c.enrollment_id == eid)).all()


@pytest.fixture
def answers(monkeypatch):
    """Record the confirmation questions and results; answer `answers.yes`."""

    class Answers:
        yes = True
        questions: list[tuple[str, str]] = []
        results: list[tuple[str, str, bool]] = []
        node: str | None = None

    a = Answers()
    a.questions, a.results = [], []
    monkeypatch.setattr(operator, "confirm", lambda parent, title, text: a.questions.append((title, text)) or a.yes)
    monkeypatch.setattr(operator, "show_results",
                        lambda parent, title, text, failed: a.results.append((title, text, failed)))
    monkeypatch.setattr(operator, "choose_node", lambda parent, title, label, nodes: a.node)
    return a


@pytest.fixture
def panel(qtbot, db, world):
    p = HistoryPanel(db)
    qtbot.addWidget(p)
    p.resize(1200, 600)
    p.show()
    return p


def _select(panel, *eids):
    panel.table.clearSelection()
    for eid in eids:
        row = panel.model.row_of(eid)
        assert row >= 0
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows)


def test_no_means_nothing_happens(panel, db, world, answers):
    answers.yes = False
    _select(panel, world.eids["ana"])
    assert panel.actions_bar.run("cancel") is None
    assert "1" in answers.questions[0][1] and answers.results == []
    assert _status(db, world.eids["ana"]).status == "waiting"


def test_cancel_a_selection_of_two(panel, db, world, answers):
    _select(panel, world.eids["ana"], world.eids["eva"])
    assert panel.actions_bar.acts["cancel"].isEnabled()
    results = panel.actions_bar.run("cancel")
    assert "2" in answers.questions[-1][1]
    assert [r.ok for r in results] == [True, True]
    assert _status(db, world.eids["ana"]).status == "cancelled"
    assert _status(db, world.eids["eva"]).status == "cancelled"
    assert answers.results[-1][2] is False
    assert panel.model.row_at(panel.model.row_of(world.eids["ana"])).status == "cancelled"  # refreshed


def test_retry_failed(panel, db, world, answers):
    _select(panel, world.eids["dani"])
    assert panel.actions_bar.acts["retry"].isEnabled()
    results = panel.actions_bar.run("retry")
    assert results[0].ok and _status(db, world.eids["dani"]).status != "failed"
    assert _due(db, world.eids["dani"])


def test_skip_wait(panel, db, world, answers, clock):
    _select(panel, world.eids["ana"])
    before = _due(db, world.eids["ana"])
    results = panel.actions_bar.run("skip_wait")
    assert results[0].ok
    after = _due(db, world.eids["ana"])
    assert after != before


def test_resolve_mark_done_and_send_again(panel, db, world, answers):
    _select(panel, world.eids["eva"])
    results = panel.actions_bar.run("resolve_done")
    assert results[0].ok and answers.questions[-1][0] == panel.operator.title("resolve_done")
    assert _status(db, world.eids["eva"]).current_node != world.nodes["hook"] or _due(db, world.eids["eva"])


def test_resolve_send_again(panel, db, world, answers):
    _select(panel, world.eids["eva"])
    results = panel.actions_bar.run("resolve_send")
    assert results[0].ok
    assert [n for n, _ in _due(db, world.eids["eva"])] == [world.nodes["hook"]]


def test_move_to_a_picked_node(panel, db, world, answers):
    _select(panel, world.eids["ana"])
    answers.node = world.nodes["other"]
    results = panel.actions_bar.run("move")
    assert results[0].ok and "Etiqueta otros" in answers.questions[-1][1]
    assert _status(db, world.eids["ana"]).current_node == world.nodes["other"]


def test_move_refuses_two_flows(panel, db, world, answers):
    _select(panel, world.eids["ana"], world.eids["dani"])
    assert not panel.actions_bar.acts["move"].isEnabled()
    assert panel.actions_bar.run("move") is None
    assert answers.results[-1][2] is True and answers.questions == []


def test_reenroll_makes_a_new_enrollment(panel, db, world, answers):
    _select(panel, world.eids["bea"])
    results = panel.actions_bar.run("reenroll")
    assert results[0].ok
    assert panel.model.total == 6


def test_failures_are_listed(panel, db, world, answers):
    _select(panel, world.eids["bea"], world.eids["dani"])  # bea completed: nothing to retry
    results = panel.actions_bar.run("retry")
    assert sorted(r.ok for r in results) == [False, True]
    title, text, failed = answers.results[-1]
    assert failed and f"#{world.eids['bea']}" in text and "no hay nada que reintentar" in text  # in the UI language


def test_actions_from_the_journey(qtbot, db, world, answers):
    from designer.history.journey import JourneyDialog

    dialog = JourneyDialog(db, world.eids["ana"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.buttons["cancel"].click()
    assert _status(db, world.eids["ana"]).status == "cancelled"
    assert dialog.journey.status == "cancelled"
    assert "operator" in {e.state for e in dialog.journey.entries}


def test_context_menu_offers_the_same_actions(panel, world):
    _select(panel, world.eids["dani"])
    menu = panel.actions_bar.context_menu(panel)
    texts = [a.text() for a in menu.actions()]
    assert panel.actions_bar.acts["retry"] in menu.actions() and len(texts) == 6
    assert panel.actions_bar.acts["retry"].isEnabled() and not panel.actions_bar.acts["skip_wait"].isEnabled()
