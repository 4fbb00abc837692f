"""The main window: demo data on open, save/reopen, unsaved marker and question, activation,
problems pointing at nodes, versions, layout memory and language switching."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from designer.dialogs import ask
from runtime.flows import repository
from runtime.flows.fileformat import dumps
from tests.designer.shell_fixtures import db, demo, make_window, settings, translators  # noqa: F401


def test_opens_with_demo_data(db, make_window):
    flow_id = demo(db)
    window = make_window()
    assert window.flow_id == flow_id
    assert window.flows_list.names() == ["Bienvenida"]
    assert window.flows_list.infos[flow_id].is_active
    assert len(window.editor.flow().nodes) == 6
    assert window.contacts.model.total == 12
    assert window.menus["file"].title() == "&Archivo"
    assert "Bienvenida" in window.windowTitle()
    assert window.docks["palette"].widget() is window.editor.palette_widget


def test_save_and_reopen_round_trips_identically(db, make_window, qtbot):
    flow_id = demo(db)
    window = make_window()
    window.editor.add_node_at_center("wait.duration")
    assert window.dirty
    assert window.isWindowModified()
    assert window.flows_list.names() == ["Bienvenida •"]
    edited = dumps(window.editor.flow())
    assert window.save()
    assert not window.dirty and window.flows_list.names() == ["Bienvenida"]
    with db.begin() as conn:
        stored = repository.get(conn, flow_id)
    assert dumps(stored) == edited
    window.close_flow()
    assert window.open_flow(flow_id)
    assert dumps(window.editor.flow()) == edited
    assert not window.dirty


def test_switching_flows_asks_about_unsaved_changes(db, make_window, monkeypatch):
    first = demo(db)
    with db.begin() as conn:
        other = repository.create(conn, "Otro").id
    window = make_window()
    window.flows_list.refresh()
    window.editor.add_node_at_center("wait.duration")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: next(answers))
    assert not window.open_flow(other)
    assert window.flow_id == first and window.dirty
    assert window.open_flow(other)
    assert window.flow_id == other and not window.dirty
    with db.begin() as conn:
        assert len(repository.get(conn, first).nodes) == 6  # the discarded edit never reached the DB


def test_activation_is_blocked_by_problems_and_a_problem_selects_its_node(db, make_window, qtbot):
    demo(db)
    with db.begin() as conn:
        broken = repository.create(conn, "Sin lanzador").id
    window = make_window()
    window.flows_list.refresh()
    assert window.open_flow(broken)
    node_id = window.editor.add_node_at_center("action.add_tag")
    assert not window.set_active(broken, True)
    with db.begin() as conn:
        assert not repository.require(conn, broken).is_active
    item = window.flows_list.item_for(broken)
    assert item.checkState(1) == Qt.CheckState.Unchecked
    panel = window.editor.problems_widget.list
    rows = [panel.item(i) for i in range(panel.count())]
    target = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole) == node_id)
    window.editor.doc.select([])
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(target).center())
    assert window.editor.selected_node_ids() == [node_id]


def test_switch_in_the_list_activates_and_lists_versions(db, make_window, qtbot):
    flow_id = demo(db)
    window = make_window()
    assert window.versions.tree.topLevelItemCount() == 1
    window.flows_list.item_for(flow_id).setCheckState(1, Qt.CheckState.Unchecked)  # the user's click

    def stopped() -> bool:
        with db.begin() as conn:
            return not repository.require(conn, flow_id).is_active

    qtbot.waitUntil(stopped, timeout=30_000)
    window.editor.add_node_at_center("wait.duration")
    window.editor.undo_stack.undo()  # a no-op edit, then activation from the menu
    window.acts["activate"].trigger()
    with db.begin() as conn:
        info = repository.require(conn, flow_id)
    assert info.is_active
    assert window.flows_list.item_for(flow_id).checkState(1) == Qt.CheckState.Checked
    dialog = window.open_version(window.versions.version_ids()[0])
    assert "solo lectura" in dialog.windowTitle()
    assert len(dialog.editor.flow().nodes) == 6
    dialog.close()


def test_save_then_activate_reads_and_validates_the_draft_once(db, make_window, monkeypatch):
    from runtime.engine import activation
    from runtime.flows import fileformat

    flow_id = demo(db)
    window = make_window()
    window.set_active(flow_id, False)
    node = window.editor.flow().nodes[1]
    window.editor.doc.edit_node(node.id, "Otro título", node.config)
    assert window.dirty
    calls = {"read": 0, "validate": 0}

    def counted(name, real):
        def call(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(fileformat, "upgrade_document", counted("read", fileformat.upgrade_document))
    monkeypatch.setattr(activation, "validate", counted("validate", activation.validate))
    assert window.set_active(flow_id, True)  # dirty: saved first, then activated
    assert not window.dirty
    assert calls == {"read": 1, "validate": 1}
    with db.begin() as conn:
        assert repository.require(conn, flow_id).active_version == 2


def test_window_layout_is_remembered(db, make_window, settings):
    demo(db)
    window = make_window()
    window.docks["versions"].show()
    window.docks["palette"].hide()
    window.quitting = True
    window.close()
    assert settings.window_state() is not None and settings.window_geometry() is not None
    again = make_window()
    assert not again.docks["palette"].isVisible()
    assert again.docks["versions"].isVisible()


def test_switching_language_changes_visible_labels(db, make_window):
    demo(db)
    window = make_window()
    assert window.flows_list.buttons["new"].text() == "Nuevo"
    window.set_language("en")
    assert window.menus["file"].title() == "&File"
    assert window.docks["problems"].windowTitle() == "Problems"
    assert window.flows_list.buttons["new"].text() == "New"
    assert window.contacts.buttons["run"].text() == "Run flow…"
    assert window.editor.lang == "en"
    assert window.settings.language == "en"
    window.set_language("es")
    assert window.menus["file"].title() == "&Archivo"
    assert window.contacts.buttons["run"].text() == "Ejecutar flujo…"
    assert window.tabs.tabText(1) == "Contactos"


def test_the_language_menu_lists_four_languages_each_in_itself(db, make_window):
    demo(db)
    window = make_window()
    names = [a.text() for a in window.menu_bar.lang_menu.actions()]
    assert names == ["Español", "English", "Français", "Bahasa Indonesia"]
    window.acts["lang_fr"].trigger()
    assert window.menus["file"].title() == "&Fichier" and window.settings.language == "fr"
    assert window.acts["lang_fr"].isChecked() and not window.acts["lang_es"].isChecked()
    window.acts["lang_id"].trigger()
    assert window.menus["file"].title() == "&Berkas" and window.tabs.tabText(1) == "Kontak"
    palette_groups = [window.editor.palette_widget.tree.topLevelItem(i).text(0)
                      for i in range(window.editor.palette_widget.tree.topLevelItemCount())]
    assert "Pemicu" in palette_groups  # runtime texts (the catalog's kinds) follow too


def test_first_layout_gives_the_inspector_room_despite_wide_pages(db, make_window):
    demo(db)
    window = make_window()  # the window carries wide pages (contacts, and feature pages)
    assert window.docks["inspector"].width() >= 250  # was squeezed to ~140 px
    assert window.docks["flows"].width() >= 220
    window.tabs.setCurrentIndex(1)  # the contacts page gets the room its docks leave
    assert window.contacts.width() >= window.contacts.minimumSizeHint().width()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(db, make_window, monkeypatch):
    demo(db)
    window = make_window()
    window.editor.add_node_at_center("wait.duration")
    asked = []
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: asked.append(a[2]) or "cancel")
    window.close()
    assert asked and "Bienvenida" in asked[0]
    assert window.isVisible() and window.dirty
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: "save")
    window.quitting = True
    window.close()
    assert not window.isVisible() and not window.dirty


def test_the_canvas_right_click_menu_holds_the_editors_translated_actions(db, make_window):
    demo(db)
    window = make_window()
    menu = window.editor.viewer.context_menus()["graph"]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Deshacer", "Rehacer"] and "Copiar" in texts
    window.editor.add_node_at_center("wait.duration")
    assert window.editor.actions_by_name["undo"].text().startswith("Deshacer Añadir")
    window.set_language("en")
    assert window.editor.actions_by_name["undo"].text().startswith("Undo ")
    assert window.editor.actions_by_name["copy"].text() == "Copy"


def test_no_two_actions_share_a_shortcut(db, make_window):
    from PySide6.QtGui import QAction

    demo(db)
    window = make_window()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            assert key not in seen, f"{key} on both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()


def test_every_page_but_the_editor_moves_the_editor_docks_aside(db, make_window):
    demo(db)
    window = make_window()
    window.show()
    inspector = window.docks["inspector"]
    assert inspector.isVisible()
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert not inspector.isVisible(), window.tabs.tabText(index)
    window.tabs.setCurrentIndex(0)
    assert inspector.isVisible()


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)])
def test_fits_the_common_screens(db, make_window, size):
    demo(db)
    window = make_window(size=size)
    QApplication.processEvents()
    assert window.editor.width() > 0.5 * window.width()  # the canvas keeps most of the width
    bar = window.tabs.tabBar()
    assert bar.sizeHint().width() <= window.tabs.width()  # every tab whole, no scrolling
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i))
    inspector = window.editor.inspector_widget
    too_wide = []
    for nt in window.editor.catalog:
        uid = window.editor.add_node_at_center(nt.id)
        window.editor.select_node(uid)
        QApplication.processEvents()
        page = inspector.scroll.widget()
        if page.minimumSizeHint().width() > inspector.scroll.viewport().width():
            too_wide.append((nt.id, page.minimumSizeHint().width(), inspector.scroll.viewport().width()))
    assert too_wide == []  # no inspector form needs sideways scrolling


def test_a_small_screen_gets_the_whole_window(db, settings, translators, qtbot):
    from designer.main_window import MainWindow

    demo(db)
    window = MainWindow(db, settings, translators)  # the offscreen screen is 800 x 800
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.editor.undo_stack.setClean()


def test_feature_pages_follow_the_windows_own_in_the_view_menu(db, make_window):
    demo(db)
    window = make_window()
    shown = [a for a in window.menus["view"].actions() if not a.isSeparator()]
    pages = [window.acts[k] for k in ("show_editor", "show_contacts", "history_page", "show_outbox", "show_tasks")]
    assert shown[:5] == pages  # Ctrl+1..5, in order, before the docks
    assert window.menus["view"].actions()[5].isSeparator()
    assert window.acts["show_history"] in window.menus["flow"].actions()
