"""The Tasks page and the contact dialog's tasks: due, overdue, owner, contact, done; marking done."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.panels.contacts.detail import ContactDialog
from designer.tasks.page import OVERDUE, TasksPage
from runtime.crm.local import LocalCrm

NOW = 1_795_417_200.0  # 2026-11-23T07:00:00Z: the page's clock, so "overdue" never depends on today


def _seed(db) -> LocalCrm:
    crm = LocalCrm(db)
    crm.create_user("eva@acme.es", "Eva")
    crm.create_user("iker@acme.es", "Iker")
    crm.create_contact({"email": "ana@example.es", "first_name": "Ana", "last_name": "García"})
    crm.create_contact({"email": "bea@example.es", "first_name": "Bea"})
    crm.create_pipeline("Ventas", ["Nuevo", "Ganado"])
    deal = crm.create_deal("Placas Ana", "Ventas", "Nuevo", contact="ana@example.es")
    crm.create_task("ana@example.es", "Llamar a Ana", due_at=NOW + 86400, assignee="eva@acme.es", deal_id=deal)
    crm.create_task("ana@example.es", "Enviar presupuesto", due_at=NOW - 3600, assignee="eva@acme.es",
                    notes="El de 6 placas")
    crm.create_task("bea@example.es", "Visita técnica", due_at=NOW + 2 * 86400, assignee="iker@acme.es")
    return crm


def _column(page: TasksPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_page_lists_filters_and_marks_done(qtbot, db, translators) -> None:
    crm = _seed(db)
    translators.install("en")
    page = TasksPage(db, now=lambda: NOW)
    qtbot.addWidget(page)
    assert _column(page, 1) == ["Enviar presupuesto", "Llamar a Ana", "Visita técnica"]
    assert _column(page, 3) == ["Eva", "Eva", "Iker"] and _column(page, 4)[0] == "Ana García"
    assert _column(page, 5) == ["", "Placas Ana", ""]
    overdue = page.table.item(0, 2)
    assert overdue.foreground().color() == OVERDUE and overdue.toolTip() == "Overdue task"
    assert page.table.item(1, 2).foreground().color() != OVERDUE
    assert page.table.item(0, 1).toolTip() == "El de 6 placas"
    assert page.count.text() == "3 tasks"

    page.state.setCurrentIndex(page.state.findData("overdue"))
    assert _column(page, 1) == ["Enviar presupuesto"]
    page.state.setCurrentIndex(page.state.findData("open"))
    page.owner.setCurrentIndex(page.owner.findText("Iker <iker@acme.es>"))
    assert _column(page, 1) == ["Visita técnica"]
    page.owner.setCurrentIndex(0)

    changed = []
    page.changed.connect(lambda: changed.append(True))
    page.table.selectRow(0)
    assert page.mark_selected_done() == 1 and changed == [True]
    assert _column(page, 1) == ["Llamar a Ana", "Visita técnica"]
    page.state.setCurrentIndex(page.state.findData("done"))
    assert _column(page, 1) == ["Enviar presupuesto"]
    assert page.table.item(0, 0).checkState() == Qt.CheckState.Checked
    assert [t["title"] for t in crm.find_tasks("done")] == ["Enviar presupuesto"]


def test_page_in_the_window_and_in_spanish(make_window, db) -> None:
    _seed(db)
    window = make_window()
    ext = next(e for e in window.extensions if hasattr(e, "page") and isinstance(e.page, TasksPage))
    assert window.tabs.tabText(ext.page_index) == "Tareas"
    assert window.acts["show_tasks"] in window.menus["view"].actions()
    window.acts["show_tasks"].trigger()
    assert window.tabs.currentWidget() is ext.page
    assert ext.page.table.horizontalHeaderItem(2).text() == "Vence"
    assert ext.page.state.currentText() == "Tareas pendientes" and ext.page.table.rowCount() == 3
    window.set_language("en")
    assert window.tabs.tabText(ext.page_index) == "Tasks" and ext.page.done_button.text() == "Mark done"


def test_contact_dialog_shows_the_contacts_tasks(qtbot, db, translators) -> None:
    crm = _seed(db)
    crm.complete_task(crm.find_tasks("open", contact="ana@example.es")[1]["id"])
    translators.install("en")
    ana = crm.get_contact("ana@example.es")["id"]
    dialog = ContactDialog(crm, ana)
    qtbot.addWidget(dialog)
    rows = [[dialog.tasks.item(r, c).text() for c in range(4)] for r in range(dialog.tasks.rowCount())]
    assert [r[0] for r in rows] == ["Enviar presupuesto", "Llamar a Ana"]  # open first, then done
    assert rows[0][2] == "Eva" and rows[0][3] == "" and rows[1][3] == "yes"
