"""The contacts page: debounced search, edit with tags, CSV import wizard, "Run flow…"."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import func, select

from designer.dialogs import run_flow
from designer.panels.contacts.detail import ContactDialog
from designer.panels.contacts.import_wizard import ImportDialog
from designer.panels.contacts.view import ContactsView
from runtime.crm.local import LocalCrm
from tests.designer.shell_fixtures import another_process, bulk_contacts, db, demo, has_engine, translators, watching  # noqa: F401


@pytest.fixture
def view(qtbot, db, translators):
    demo(db)
    widget = ContactsView(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_search_is_debounced(view, qtbot):
    assert view.model.total == 12
    queries = view.model.queries
    for ch in "muñoz":
        view.search.insert(ch)  # as typing does (keyClicks aborts on "ñ" offscreen)
    assert view.model.queries == queries  # nothing yet: typing goes on
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=30_000)
    assert view.model.queries == queries + 1  # one query for the whole word
    assert view.model.index(0, 0).data() == "José Muñoz"
    assert "1" in view.count.text()


def test_edit_contact_fields_and_tags(view, db):
    crm = LocalCrm(db)
    ana = crm.get_contact("ana.garcia@ejemplo.es")
    dialog = ContactDialog(crm, ana["id"])
    assert dialog.tags.text() == "boletín"
    assert dialog.deals.rowCount() == 1
    dialog.edits["city"].setText("Toledo")
    dialog.tags.setText("cliente, vip")
    assert dialog.save()
    saved = crm.get_contact(ana["id"])
    assert saved["custom"]["city"] == "Toledo"
    assert saved["tags"] == ["cliente", "vip"]


def test_new_contact_with_a_taken_email_says_so(view, db):
    dialog = ContactDialog(LocalCrm(db), None)
    dialog.edits["email"].setText("ana.garcia@ejemplo.es")
    assert not dialog.save()
    assert "ya existe un contacto" in dialog.error.text()  # the CRM's English message, in the UI language
    dialog.edits["email"].setText("nueva@ejemplo.es")
    dialog.edits["first_name"].setText("Nueva")
    dialog.tags.setText("boletín")
    assert dialog.save()
    assert LocalCrm(db).get_contact("nueva@ejemplo.es")["tags"] == ["boletín"]


def test_csv_import_maps_reports_and_refreshes(view, db, qtbot, tmp_path):
    csv_file = tmp_path / "nuevos.csv"
    csv_file.write_text("Correo;Nombre;Provincia\n"
                        "uno@ejemplo.es;Uno;Cádiz\n"
                        "no-es-un-correo;Dos;Jaén\n"
                        "tres@ejemplo.es;Tres;Soria\n", encoding="utf-8")
    dialog = ImportDialog(LocalCrm(db), csv_file)
    qtbot.addWidget(dialog)
    assert dialog.headers == ["Correo", "Nombre", "Provincia"]
    assert dialog.mapping() == {"Correo": "email", "Nombre": "first_name", "Provincia": "provincia"}
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("city"))
    dialog.skip_bad.setChecked(True)
    dialog.imported.connect(view.refresh)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.created == 2
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.errors.toPlainText().startswith("línea 3:")
    assert view.model.total == 14
    assert LocalCrm(db).get_contact("uno@ejemplo.es")["custom"]["city"] == "Cádiz"


def test_csv_import_refused_whole_when_a_row_is_bad(view, db, qtbot, tmp_path):
    csv_file = tmp_path / "malos.csv"
    csv_file.write_text("email,first_name\nbien@ejemplo.es,Bien\nmal,Mal\n", encoding="utf-8")
    dialog = ImportDialog(LocalCrm(db), csv_file)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert not dialog.report.applied
    assert "No se importó nada" in dialog.summary.text()
    assert LocalCrm(db).get_contact("bien@ejemplo.es") is None


@pytest.mark.skipif(not has_engine(), reason="runtime.engine.Engine has not landed yet")
def test_run_flow_enrolls_the_selected_contacts(view, db, monkeypatch):
    from runtime.store.schema_runtime import enrollments

    chosen = []

    def choose(parent, flows, count):
        chosen.append(([f.name for f in flows], count))
        return flows[0].id

    monkeypatch.setattr(run_flow, "choose_flow", choose)
    selection = view.table.selectionModel()
    for row in (0, 2):
        selection.select(view.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert view.buttons["run"].isEnabled()
    wanted = {view.model.contact_id(0), view.model.contact_id(2)}
    assert view.run_flow() == 2
    assert chosen == [(["Bienvenida"], 2)]
    with db.begin() as conn:
        rows = set(conn.scalars(select(enrollments.c.contact_id)))
        assert conn.scalar(select(func.count()).select_from(enrollments)) == 2
    assert rows == wanted


def test_a_contact_added_elsewhere_appears_and_the_view_stays_put(view, db, qtbot):
    from designer.runtime_bridge import RuntimeBridge

    bulk_contacts(db, 300)
    view.refresh()
    bridge = RuntimeBridge(db)
    live = ContactsView(db, bridge)
    qtbot.addWidget(live)
    live.resize(900, 400)
    live.show()
    qtbot.waitExposed(live)
    while live.model.canFetchMore():
        live.model.fetchMore()
    total = live.model.total
    live.table.selectRow(40)
    chosen = live.selected_ids()
    bar = live.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    try:
        watching(bridge, qtbot)
        another_process(db, "contacts", "add", "--email", "lejos@ejemplo.es")
        qtbot.waitUntil(lambda: live.model.total == total + 1, timeout=30000)
    finally:
        bridge.stop()
    assert live.selected_ids() == chosen
    assert bar.value() == scrolled
    assert str(live.model.total) in live.count.text()
