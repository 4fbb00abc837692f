"""The main window: flows list, the flow editor with its docks, the contacts page, menus, status.

`MainWindow` is a `FlowWindow` (main_window_flow: the flow being edited: open, save,
activate, versions) that builds the widgets, switches languages, lays out the docks,
keeps running in the tray and closes. Its menus are a `WindowMenus` (main_window_actions),
the runtime's state in the status bar a `RuntimeStatus` (main_window_runtime). Feature
packages see it as a `designer.extension.Host` (the parts they may touch).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QTabWidget, QWidget

from designer.dialogs import ask
from designer.extension import Extension
from designer.field_source import LocalFieldSource
from designer.flow_editor import FlowEditor
from designer.i18n import Translators, current_language, resources_dir
from designer.main_window_actions import WindowMenus, tr, trn
from designer.main_window_flow import FlowWindow
from designer.main_window_runtime import RuntimeStatus
from designer.panels.contacts.view import ContactsView
from designer.panels.flows_list import FlowsList
from designer.panels.versions import VersionsPanel
from designer.runtime_bridge import RuntimeBridge
from designer.settings import Settings
from designer.tray import Tray
from runtime.catalog import get_catalog
from runtime.store.db import Database

VALIDATE_DELAY_MS = 600


class MainWindow(FlowWindow):
    """Caudal's main window (see the module docstring); `designer.extension.Host` for feature packages."""

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
        self.flow_revision = 0  # the draft's revision the editor was loaded from (two people editing)
        self.quitting = False
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "caudal.svg")))

        self.field_source = LocalFieldSource(db)
        self.editor = FlowEditor(catalog=get_catalog(), lang=current_language(),
                                 field_source=self.field_source, down=settings.top_down)
        self.editor.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())
        self.editor.changed.connect(self._update_dirty)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.check_problems)
        self.editor.changed.connect(lambda: self._validate_timer.start())

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
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)  # never "Bandeja de s…"
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.addTab(self.editor, QIcon(str(resources_dir() / "icons" / "flow.svg")), "")
        self.tabs.addTab(self.contacts, QIcon(str(resources_dir() / "icons" / "contacts.svg")), "")
        self.setCentralWidget(self.tabs)
        # wide pages (contacts, history) must not squeeze the editor's docks: the pages
        # minimums count only while they are shown (their docks step aside then)
        self.tabs.setMinimumSize(480, 320)

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
        # the side docks run to the bottom: Problems sits under the canvas, not under everything
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["inspector"], self.docks["versions"])
        self.docks["inspector"].raise_()
        self._hidden_docks: list[QDockWidget] = []
        self.tabs.currentChanged.connect(self._on_page)

        self.runtime_status = RuntimeStatus(self, bridge)
        if bridge is not None:
            bridge.events.connect(self._on_runtime_events)

        self.tray = Tray(self.windowIcon(), self.bring_back, self.quit_app, self)
        self.menu_bar = WindowMenus(self)
        self.acts = self.menu_bar.acts
        self.menus = self.menu_bar.menus
        self.extensions: list[Extension] = []
        self._install_extensions()
        self.retranslate()
        geometry, state = settings.window_geometry(), settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_screen()
        # the default dock sizes need the real window size: applied when first shown
        self._default_layout_pending = state is None or not self.restoreState(state)
        self._open_initial()

    def _install_extensions(self) -> None:
        """Pages and menu entries contributed by feature packages, one line each.

        Each `install_*(window)` adds its widgets through the parts `designer.extension.Host`
        declares and returns an `Extension`, retranslated on every language change.
        """
        from designer.history.install import install_history

        self.extensions.append(install_history(self))
        from designer.connections import install_connections

        self.extensions.append(install_connections(self))
        from designer.email.install import install_email

        self.extensions.append(install_email(self))
        from designer.tasks.install import install_tasks

        self.extensions.append(install_tasks(self))
        from designer.forms.install import install_forms

        self.extensions.append(install_forms(self))
        from designer.appsettings.install import install_app_settings

        self.extensions.append(install_app_settings(self))
        from designer.dialogs.database_menu import install_database_menu

        self.extensions.append(install_database_menu(self))

    def add_menu_actions(self, menu: str, actions: dict[str, QAction], group: str | None = None) -> None:
        """Add feature actions to `acts` and to `menu`: at its end after a separator, or into
        `group` ("pages" of the View menu: after the last page)."""
        self.menu_bar.add(menu, actions, group)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_layout_pending:
            self._default_layout_pending = False
            self._default_layout()
            QTimer.singleShot(0, self.editor.fit)  # frame the flow in the canvas's real size

    def _fit_screen(self) -> None:
        """1440 x 900, or the whole screen when it is smaller (1280 x 720: maximized)."""
        screen = self.screen() or QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        width = min(1440, avail.width()) if avail is not None else 1440
        height = min(900, avail.height()) if avail is not None else 900
        self.resize(width, height)
        if avail is not None and (avail.width() < 1500 or avail.height() < 940):
            self.move(avail.topLeft())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _default_layout(self) -> None:
        """Docks in proportion to the window: the canvas keeps more than half the width."""
        width = self.width()
        left = max(230, min(290, int(width * 0.19)))
        right = max(300, min(400, int(width * 0.25)))
        self.resizeDocks([self.docks["flows"], self.docks["inspector"]], [left, right],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["problems"], self.docks["flows"]], [90, 220],
                         Qt.Orientation.Vertical)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menu_bar.retranslate()
        docks = {"flows": self.tr("Flows"), "palette": self.tr("Nodes"), "inspector": self.tr("Inspector"),
                 "versions": self.tr("Versions"), "problems": self.tr("Problems")}
        for key, text in docks.items():
            self.docks[key].setWindowTitle(text)
        self.tabs.setTabText(0, self.tr("Flow"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.runtime_status.retranslate()
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

    def _on_page(self, index: int) -> None:
        """Every page but the flow editor gets the whole width: the editor's docks step aside."""
        editor_docks = [self.docks[k] for k in ("palette", "inspector", "versions", "problems")]
        if index == 1:
            self.contacts.refresh()
        if index != 0:
            self._hidden_docks += [d for d in editor_docks if d.isVisible()]
            for dock in self._hidden_docks:
                dock.hide()
        else:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = []
            self.docks["inspector"].raise_()

    def _on_runtime_events(self, _batch: list) -> None:
        """Flows change contacts (tags, fields): keep the visible contacts page current."""
        if self.tabs.currentIndex() == 1 and self.isVisible():
            self.contacts.refresh()

    def _on_enrolled(self, count: int) -> None:
        self.statusBar().showMessage(trn("%n contact(s) sent into the flow", count), 5000)
        if self.bridge is not None:
            self.bridge.refresh_in_flight()

    def open_logs(self) -> bool:
        """Help → Open the logs folder: where caudal.log (and crash.log) are, to send them."""
        from designer.diagnostics import log_dir
        from designer.dialogs.crash import open_folder

        return open_folder(log_dir())

    def set_top_down(self, on: bool) -> None:
        """View → Draw flows top-down (else left to right)."""
        self.settings.top_down = on
        self.editor.set_down(on)

    def set_keep_running(self, on: bool) -> None:
        """The tray setting: closing the window keeps the flows running (when there is a tray)."""
        self.settings.keep_running_in_tray = on
        if on and not self.tray.available:
            self.statusBar().showMessage(
                tr("This desktop has no tray: flows stop when Caudal is closed."), 6000)

    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()

    def _remember_hide_inactive(self, on: bool) -> None:
        self.settings.hide_inactive = on

    def about(self) -> None:
        from runtime import __version__

        ask.info(self, self.tr("About Caudal"),
                 self.tr("Caudal %1\nDraw CRM automation flows and run them on your own desktop.")
                 .replace("%1", __version__))

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
