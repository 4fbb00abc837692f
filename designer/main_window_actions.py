"""The main window's own actions and its menu bar (File, Edit, Flow, View, Settings, Help).

A mixin of `MainWindow`: `window.acts` (key -> QAction) and `window.menus` (key -> QMenu)
are public; feature packages add their entries to them through `_install_extensions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from designer.i18n import LANGUAGES, current_language


def tr(text: str) -> str:
    """The window's words keep the context "MainWindow" (PySide's self.tr in a mixin
    finds plurals only under the mixin's own name)."""
    return QCoreApplication.translate("MainWindow", text)


def trn(text: str, n: int) -> str:
    """A "%n" plural of the window."""
    return QCoreApplication.translate("MainWindow", text, "", n)


class ActionsMixin:
    """Builds `acts` and `menus` from the window's panels and the editor's actions."""

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
        for lang, language in LANGUAGES.items():  # each language named in itself
            act = a(f"lang_{lang}", lambda _c=False, lg=lang: self.set_language(lg), checkable=True)
            act.setText(language.name)
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

    def _retranslate_actions(self) -> None:
        texts = {
            "new": tr("&New flow"), "import": tr("&Import flow…"),
            "export": tr("&Export flow…"), "save": tr("&Save"), "quit": tr("&Quit"),
            "check": tr("&Check problems"), "activate": tr("&Activate"),
            "deactivate": tr("S&top"), "show_editor": tr("Flow &editor"),
            "show_contacts": tr("&Contacts"),
            "tray": tr("Keep flows running when the window is closed"),
            "about": tr("&About Caudal"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        menus = {"file": tr("&File"), "edit": tr("&Edit"), "flow": tr("F&low"),
                 "view": tr("&View"), "settings": tr("&Settings"), "help": tr("&Help")}
        for key, text in menus.items():
            self.menus[key].setTitle(text)
        self.lang_menu.setTitle(tr("&Language"))
