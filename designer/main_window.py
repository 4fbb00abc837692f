"""The main window: flows list, the flow editor with its docks, the contacts page, menus, status.

It owns the flow being edited: open (asking about unsaved changes), save (Ctrl+S,
through the repository), activate/stop (validation first; problems go to the
problems dock), versions, language switching and the runtime's state in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from designer.dialogs import ask
from designer.dialogs.version_view import VersionDialog
from designer.field_source import LocalFieldSource
from designer.flow_editor import FlowEditor
from designer.i18n import Translators, current_language, resources_dir, text_of
from designer.panels.contacts.view import ContactsView
from designer.panels.flows_list import FlowsList
from designer.panels.versions import VersionsPanel
from designer.runtime_bridge import ActivationRefused, RuntimeBridge, activate, deactivate
from designer.settings import Settings
from designer.tray import Tray
from runtime.catalog import get_catalog
from runtime.flows import repository
from runtime.flows.model import Flow
from runtime.flows.repository import RepositoryError
from runtime.flows.validate import validate
from runtime.store.db import Database

VALIDATE_DELAY_MS = 600


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings, translators: Translators | None = None,
                 bridge: RuntimeBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.db = db
        self.settings = settings
        self.translators = translators
        self.bridge = bridge
        self.flow_id: str | None = None
        self.flow_name = ""
        self.quitting = False
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "caudal.svg")))

        self.field_source = LocalFieldSource(db)
        self.editor = FlowEditor(catalog=get_catalog(), lang=current_language(),
                                 field_source=self.field_source)
        self.editor.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())
        self.editor.changed.connect(self._update_dirty)
        self.editor.changed.connect(lambda: self._validate_timer.start())
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.check_problems)

        self.flows_list = FlowsList(db)
        self.flows_list.hide_inactive.setChecked(settings.hide_inactive)
        self.flows_list.hide_inactive.toggled.connect(self._remember_hide_inactive)
        self.flows_list.flow_selected.connect(self.open_flow)
        self.flows_list.activation_requested.connect(self.set_active)
        self.flows_list.flow_deleted.connect(self._on_deleted)
        self.flows_list.flow_renamed.connect(self._on_renamed)
        self.versions = VersionsPanel(db)
        self.versions.open_version.connect(self.open_version)
        self.contacts = ContactsView(db, bridge)
        self.contacts.contacts_changed.connect(self.field_source.refresh)
        self.contacts.enrolled.connect(self._on_enrolled)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, QIcon(str(resources_dir() / "icons" / "flow.svg")), "")
        self.tabs.addTab(self.contacts, QIcon(str(resources_dir() / "icons" / "contacts.svg")), "")
        self.setCentralWidget(self.tabs)

        self.docks: dict[str, QDockWidget] = {}
        for key, widget, area in (
            ("flows", self.flows_list, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("palette", self.editor.palette_widget, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("inspector", self.editor.inspector_widget, Qt.DockWidgetArea.RightDockWidgetArea),
            ("versions", self.versions, Qt.DockWidgetArea.RightDockWidgetArea),
            ("problems", self.editor.problems_widget, Qt.DockWidgetArea.BottomDockWidgetArea),
        ):
            dock = QDockWidget(self)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[key] = dock
        self.tabifyDockWidget(self.docks["inspector"], self.docks["versions"])
        self.docks["inspector"].raise_()
        self._hidden_docks: list[QDockWidget] = []
        self.tabs.currentChanged.connect(self._on_page)

        self.state_label = QLabel(self)
        self.state_label.setObjectName("runtimeState")
        self.in_flight_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.in_flight_label)
        self.statusBar().addPermanentWidget(self.state_label)
        self.runtime_state = bridge.state if bridge else "stopped"
        self.in_flight = 0
        if bridge is not None:
            bridge.state_changed.connect(self._on_runtime_state)
            bridge.in_flight_changed.connect(self._on_in_flight)
            bridge.events.connect(self._on_runtime_events)

        self.tray = Tray(self.windowIcon(), self.bring_back, self.quit_app, self)
        self._make_actions()
        self.extensions: list = []
        self._install_extensions()
        self.retranslate()
        self.resize(1440, 900)
        geometry, state = settings.window_geometry(), settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is None or not self.restoreState(state):
            self._default_layout()
        self._open_initial()

    def _install_extensions(self) -> None:
        """Pages, docks and menu entries contributed by feature packages, one line each.

        Each `install_*(window)` adds its widgets through the window's public parts (tabs,
        docks, menus, acts, bridge, db) and returns an object with `retranslate()`, which
        the window calls on every language change.
        """
        from designer.history.install import install_history

        self.extensions.append(install_history(self))
        from designer.connections import install_connections

        self.extensions.append(install_connections(self))
        from designer.email.install import install_email

        self.extensions.append(install_email(self))

    def _default_layout(self) -> None:
        self.resizeDocks([self.docks["flows"], self.docks["inspector"]], [270, 390],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["problems"], self.docks["flows"]], [90, 220],
                         Qt.Orientation.Vertical)

    # -- actions and menus ------------------------------------------------------------
    def _action(self, key: str, slot, shortcut: QKeySequence | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        self.acts[key] = action
        return action

    def _make_actions(self) -> None:
        self.acts: dict[str, QAction] = {}
        a = self._action
        a("new", self.flows_list.new_flow, QKeySequence.StandardKey.New)
        a("import", self.flows_list.import_file, QKeySequence.StandardKey.Open)
        a("export", self.flows_list.export_current, "Ctrl+E")
        a("save", self.save, QKeySequence.StandardKey.Save)
        a("quit", self.quit_app, QKeySequence.StandardKey.Quit)
        a("check", self.check_problems, "F7")
        a("activate", lambda: self.set_active(self.flow_id, True) if self.flow_id else None, "Ctrl+Shift+A")
        a("deactivate", lambda: self.set_active(self.flow_id, False) if self.flow_id else None)
        a("show_editor", lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        a("show_contacts", lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        a("tray", self._set_keep_running, None, checkable=True)
        self.acts["tray"].setChecked(self.settings.keep_running_in_tray)
        a("about", self.about)
        self.lang_group = QActionGroup(self)
        for lang, label in (("es", "Español"), ("en", "English")):
            act = a(f"lang_{lang}", lambda _c=False, lg=lang: self.set_language(lg), checkable=True)
            act.setText(label)
            act.setChecked(lang == current_language())
            self.lang_group.addAction(act)

        bar = self.menuBar()
        self.menus = {key: bar.addMenu("") for key in ("file", "edit", "flow", "view", "settings", "help")}
        m = self.menus
        m["file"].addActions([self.acts["new"], self.acts["import"], self.acts["export"]])
        m["file"].addSeparator()
        m["file"].addAction(self.acts["save"])
        m["file"].addSeparator()
        m["file"].addAction(self.acts["quit"])
        ed = self.editor.actions_by_name
        m["edit"].addActions([ed["undo"], ed["redo"]])
        m["edit"].addSeparator()
        m["edit"].addActions([ed[k] for k in ("copy", "paste", "duplicate", "delete", "select_all")])
        m["flow"].addActions([self.acts["check"], self.acts["activate"], self.acts["deactivate"]])
        m["flow"].addSeparator()
        m["flow"].addActions([ed["layout"], ed["fit"]])
        m["view"].addActions([self.acts["show_editor"], self.acts["show_contacts"]])
        m["view"].addSeparator()
        m["view"].addActions([d.toggleViewAction() for d in self.docks.values()])
        m["view"].addSeparator()
        m["view"].addActions([ed["zoom_in"], ed["zoom_out"]])
        self.lang_menu = m["settings"].addMenu("")
        self.lang_menu.addActions(self.lang_group.actions())
        m["settings"].addAction(self.acts["tray"])
        m["help"].addAction(self.acts["about"])

    # -- language ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New flow"), "import": self.tr("&Import flow…"),
            "export": self.tr("&Export flow…"), "save": self.tr("&Save"), "quit": self.tr("&Quit"),
            "check": self.tr("&Check problems"), "activate": self.tr("&Activate"),
            "deactivate": self.tr("S&top"), "show_editor": self.tr("Flow &editor"),
            "show_contacts": self.tr("&Contacts"),
            "tray": self.tr("Keep flows running when the window is closed"),
            "about": self.tr("&About Caudal"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        menus = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "flow": self.tr("F&low"),
                 "view": self.tr("&View"), "settings": self.tr("&Settings"), "help": self.tr("&Help")}
        for key, text in menus.items():
            self.menus[key].setTitle(text)
        self.lang_menu.setTitle(self.tr("&Language"))
        docks = {"flows": self.tr("Flows"), "palette": self.tr("Nodes"), "inspector": self.tr("Inspector"),
                 "versions": self.tr("Versions"), "problems": self.tr("Problems")}
        for key, text in docks.items():
            self.docks[key].setWindowTitle(text)
        self.tabs.setTabText(0, self.tr("Flow"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self._show_runtime()
        self.tray.retranslate()
        for extension in self.extensions:
            extension.retranslate()
        self._update_title()

    def set_language(self, lang: str) -> None:
        """Switch every visible label (and the editor, and the saved setting) to `lang`."""
        if self.translators is not None:
            self.translators.install(lang)  # posts LanguageChange to every widget
            QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # deliver them now
        self.settings.language = lang
        self.editor.set_language(lang)
        self.acts[f"lang_{lang}"].setChecked(True)
        self.retranslate()

    # -- the current flow -------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.flow_id is not None and not self.editor.undo_stack.isClean()

    def _update_dirty(self) -> None:
        if self.flow_id:
            self.flows_list.set_dirty(self.flow_id, self.dirty)
        self._update_title()

    def _update_title(self) -> None:
        name = self.flow_name or self.tr("no flow open")
        self.setWindowTitle(f"{name}[*] — Caudal")
        self.setWindowModified(self.dirty)

    def _open_initial(self) -> None:
        with self.db.begin() as conn:
            infos = repository.list_flows(conn)
        ids = [i.id for i in infos]
        wanted = self.settings.last_flow_id
        if ids:
            self.open_flow(wanted if wanted in ids else ids[0])

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.dirty:
            return True
        answer = ask.save_discard_cancel(
            self, self.tr("Unsaved changes"),
            self.tr("The flow «%1» has unsaved changes. Save them?").replace("%1", self.flow_name))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.editor.undo_stack.setClean()
            if self.flow_id:
                self.flows_list.set_dirty(self.flow_id, False)
            return True
        return False

    def open_flow(self, flow_id: str) -> bool:
        """Load a flow's draft into the editor (after asking about unsaved changes)."""
        if flow_id == self.flow_id:
            return True
        if not self.maybe_save():
            self.flows_list.select_flow(self.flow_id)
            return False
        with self.db.begin() as conn:
            flow = repository.get(conn, flow_id)
        self._load(flow)
        self.flows_list.select_flow(flow_id)
        self.settings.last_flow_id = flow_id
        self.tabs.setCurrentIndex(0)
        return True

    def _load(self, flow: Flow) -> None:
        self.flow_id, self.flow_name = flow.id, flow.name
        self.editor.load_flow(flow)
        self.editor.undo_stack.setClean()
        self.versions.show_flow(flow.id)
        self.check_problems()
        self._update_dirty()

    def close_flow(self) -> None:
        self.flow_id, self.flow_name = None, ""
        self.editor.load_flow(Flow(id="", name=""))
        self.editor.undo_stack.setClean()
        self.versions.show_flow(None)
        self._update_title()

    def save(self) -> bool:
        """Ctrl+S: store the editor's flow as the draft; False (and a message) if refused."""
        if not self.flow_id:
            return False
        flow = self.editor.flow()
        flow.id, flow.name = self.flow_id, self.flow_name
        try:
            with self.db.begin(immediate=True) as conn:
                repository.save(conn, flow)
        except RepositoryError as exc:
            ask.error(self, self.tr("Save"), text_of(exc.message))
            return False
        self.editor.undo_stack.setClean()
        self.flows_list.refresh()
        self._update_dirty()
        self.statusBar().showMessage(self.tr("Saved «%1»").replace("%1", self.flow_name), 3000)
        return True

    def check_problems(self) -> list:
        """Validate the editor's flow and show the problems (on nodes and in the panel)."""
        if not self.flow_id:
            self.editor.set_problems([])
            return []
        problems = validate(self.editor.flow())
        self.editor.set_problems(problems)
        return problems

    def set_active(self, flow_id: str, on: bool) -> bool:
        """Switch a flow on (validating first; the open one is saved first) or off."""
        if flow_id == self.flow_id and self.dirty and not self.save():
            self.flows_list.refresh()
            return False
        try:
            if on:
                with self.db.begin() as conn:
                    flow = repository.get(conn, flow_id)
                activate(self.db, flow)
            else:
                deactivate(self.db, flow_id)
        except ActivationRefused as exc:
            self.flows_list.refresh()
            self._show_refusal(flow_id, exc)
            return False
        except RepositoryError as exc:
            self.flows_list.refresh()
            ask.error(self, self.tr("Activate"), text_of(exc.message))
            return False
        self.flows_list.refresh()
        if flow_id == self.flow_id:
            self.versions.show_flow(flow_id)
        message = self.tr("Flow activated") if on else self.tr("Flow stopped")
        self.statusBar().showMessage(message, 4000)
        if self.bridge is not None and self.bridge.runtime is not None:
            self.bridge.runtime.wake()
        return True

    def _show_refusal(self, flow_id: str, exc: ActivationRefused) -> None:
        if flow_id != self.flow_id:
            self.open_flow(flow_id)
        if flow_id == self.flow_id:
            self.editor.set_problems(exc.problems)
            self.docks["problems"].show()
            self.docks["problems"].raise_()
        self.statusBar().showMessage(
            self.tr("Cannot activate: %n problem(s) to fix first (see Problems).", "", len(exc.problems)),
            8000)

    def open_version(self, version_id: int) -> VersionDialog:
        with self.db.begin() as conn:
            flow = repository.load_version(conn, version_id)
            number = next((v.version for v in repository.list_versions(conn, flow.id) if v.id == version_id), 0)
        dialog = VersionDialog(flow, number, lambda parent: FlowEditor(
            catalog=get_catalog(), lang=current_language(), field_source=self.field_source, parent=parent), self)
        dialog.show()
        return dialog

    def _on_deleted(self, flow_id: str) -> None:
        if flow_id == self.flow_id:
            self.close_flow()

    def _on_renamed(self, flow_id: str, name: str) -> None:
        if flow_id == self.flow_id:
            self.flow_name = name
            self._update_title()

    def _on_page(self, index: int) -> None:
        """The contacts page gets the whole width: the editor's docks step aside."""
        editor_docks = [self.docks[k] for k in ("palette", "inspector", "versions", "problems")]
        if index == 1:
            self.contacts.refresh()
            self._hidden_docks = [d for d in editor_docks if d.isVisible()]
            for dock in self._hidden_docks:
                dock.hide()
        else:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = []
            self.docks["inspector"].raise_()

    def _remember_hide_inactive(self, on: bool) -> None:
        self.settings.hide_inactive = on

    # -- runtime ------------------------------------------------------------------------
    def _on_runtime_state(self, state: str) -> None:
        self.runtime_state = state
        self._show_runtime()

    def _on_in_flight(self, count: int) -> None:
        self.in_flight = count
        self._show_runtime()

    def _on_runtime_events(self, _batch: list) -> None:
        """Flows change contacts (tags, fields): keep the visible contacts page current."""
        if self.tabs.currentIndex() == 1 and self.isVisible():
            self.contacts.refresh()

    def _on_enrolled(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n contact(s) sent into the flow", "", count), 5000)
        if self.bridge is not None:
            self.bridge.refresh_in_flight()

    def _show_runtime(self) -> None:
        states = {"running": self.tr("Runtime running"), "stopped": self.tr("Runtime stopped"),
                  "unavailable": self.tr("Runtime unavailable")}
        self.state_label.setText("● " + states.get(self.runtime_state, self.runtime_state))
        self.state_label.setProperty("state", self.runtime_state)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        if self.bridge is not None and self.bridge.error:
            self.state_label.setToolTip(self.bridge.error)
        self.in_flight_label.setText(self.tr("%n contact(s) in flows", "", self.in_flight))

    def _set_keep_running(self, on: bool) -> None:
        self.settings.keep_running_in_tray = on
        if on and not self.tray.available:
            self.statusBar().showMessage(
                self.tr("This desktop has no tray: flows stop when Caudal is closed."), 6000)

    # -- closing ---------------------------------------------------------------------------
    def about(self) -> None:
        from runtime import __version__

        ask.info(self, self.tr("About Caudal"),
                 self.tr("Caudal %1\nDraw CRM automation flows and run them on your own desktop.")
                 .replace("%1", __version__))

    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            self.quitting = False
            return
        self.tabs.setCurrentIndex(0)  # save the editor's dock layout, not the contacts page's
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if not self.quitting and self.settings.keep_running_in_tray and self.tray.available:
            self.tray.show()
            self.tray.notify("Caudal", self.tr("Flows keep running. Open Caudal from the tray icon."))
            self.hide()
            event.ignore()
            return
        self.tray.hide()
        if self.bridge is not None:
            self.bridge.stop()
        event.accept()
        app = QApplication.instance()
        if app is not None and self.quitting:
            app.quit()
