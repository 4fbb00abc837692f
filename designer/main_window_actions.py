"""The main window's own actions and its menu bar (File, Edit, Flow, View, Settings, Help).

`WindowMenus` builds them; `window.acts` (key -> QAction) and `window.menus` (key -> QMenu)
are its dictionaries. Feature packages add entries through `MainWindow.add_menu_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from designer.i18n import LANGUAGES, current_language

if TYPE_CHECKING:
    from designer.main_window import MainWindow


def tr(text: str) -> str:
    """The window's words keep the context "MainWindow" (PySide's self.tr in a mixin
    finds plurals only under the mixin's own name)."""
    return QCoreApplication.translate("MainWindow", text)


def trn(text: str, n: int) -> str:
    """A "%n" plural of the window."""
    return QCoreApplication.translate("MainWindow", text, "", n)


class WindowMenus:
    """The window's actions (`acts`, key -> QAction) and menus (`menus`, key -> QMenu).

    Feature packages add entries with `add` (through `MainWindow.add_menu_actions`): at
    a menu's end after a separator, or into a named group ("view", "pages": the pages
    the window switches between, after the last one of them).
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.acts: dict[str, QAction] = {}
        a = self._action
        a("new", window.flows_list.new_flow, QKeySequence.StandardKey.New)
        a("import", window.flows_list.import_file, QKeySequence.StandardKey.Open)
        a("export", window.flows_list.export_current, "Ctrl+E")
        a("save", window.save, QKeySequence.StandardKey.Save)
        a("quit", window.quit_app, QKeySequence.StandardKey.Quit)
        a("check", window.check_problems, "F7")
        a("activate", lambda: window.set_active(window.flow_id, True) if window.flow_id else None, "Ctrl+Shift+A")
        a("deactivate", lambda: window.set_active(window.flow_id, False) if window.flow_id else None)
        a("show_editor", lambda: window.tabs.setCurrentIndex(0), "Ctrl+1")
        a("show_contacts", lambda: window.tabs.setCurrentIndex(1), "Ctrl+2")
        a("top_down", window.set_top_down, None, checkable=True)
        self.acts["top_down"].setChecked(window.settings.top_down)
        a("tray", window.set_keep_running, None, checkable=True)
        self.acts["tray"].setChecked(window.settings.keep_running_in_tray)
        a("logs", window.open_logs)
        a("about", window.about)
        self.lang_group = QActionGroup(window)
        for lang, language in LANGUAGES.items():  # each language named in itself
            act = a(f"lang_{lang}", lambda _c=False, lg=lang: window.set_language(lg), checkable=True)
            act.setText(language.name)
            act.setChecked(lang == current_language())
            self.lang_group.addAction(act)

        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {
            key: bar.addMenu("") for key in ("file", "edit", "flow", "view", "settings", "help")}
        m = self.menus
        m["file"].addActions([self.acts["new"], self.acts["import"], self.acts["export"]])
        m["file"].addSeparator()
        m["file"].addAction(self.acts["save"])
        m["file"].addSeparator()
        m["file"].addAction(self.acts["quit"])
        ed = window.editor.actions_by_name
        m["edit"].addActions([ed["undo"], ed["redo"]])
        m["edit"].addSeparator()
        m["edit"].addActions([ed[k] for k in ("copy", "paste", "duplicate", "delete", "select_all")])
        m["edit"].addSeparator()
        m["edit"].addAction(ed["find"])
        m["flow"].addActions([self.acts["check"], self.acts["activate"], self.acts["deactivate"]])
        m["flow"].addSeparator()
        m["flow"].addActions([ed["layout"], ed["fit"]])
        pages = [self.acts["show_editor"], self.acts["show_contacts"]]
        self.groups: dict[tuple[str, str], list[QAction]] = {("view", "pages"): pages}
        m["view"].addActions(pages)
        m["view"].addSeparator()
        m["view"].addActions([d.toggleViewAction() for d in window.docks.values()])
        m["view"].addSeparator()
        m["view"].addActions([ed["zoom_in"], ed["zoom_out"]])
        m["view"].addAction(self.acts["top_down"])
        self.lang_menu = m["settings"].addMenu("")
        self.lang_menu.addActions(self.lang_group.actions())
        m["settings"].addAction(self.acts["tray"])
        m["help"].addAction(self.acts["logs"])
        m["help"].addAction(self.acts["about"])

    def _action(self, key: str, slot: Callable[..., object], shortcut: QKeySequence | QKeySequence.StandardKey
                | str | None = None, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        self.acts[key] = action
        return action

    def add(self, menu: str, actions: dict[str, QAction], group: str | None = None) -> None:
        """Register `actions` in `acts` and show them in `menu` (see the class docstring)."""
        self.acts.update(actions)
        target = self.menus[menu]
        if group is None:
            target.addSeparator()
            target.addActions(list(actions.values()))
            return
        members = self.groups[(menu, group)]
        shown = target.actions()
        after = shown.index(members[-1]) + 1
        before = shown[after] if after < len(shown) else None
        for action in actions.values():
            if before is None:
                target.addAction(action)
            else:
                target.insertAction(before, action)
        members.extend(actions.values())

    def retranslate(self) -> None:
        texts = {
            "new": tr("&New flow"), "import": tr("&Import flow…"),
            "export": tr("&Export flow…"), "save": tr("&Save"), "quit": tr("&Quit"),
            "check": tr("&Check problems"), "activate": tr("&Activate"),
            "deactivate": tr("S&top"), "show_editor": tr("Flow &editor"),
            "show_contacts": tr("&Contacts"),
            "tray": tr("Keep flows running when the window is closed"),
            "top_down": tr("Draw flows top-down"),
            "about": tr("&About Caudal"), "logs": tr("Open the &logs folder"),
        }
        for key, text in texts.items():
            self.acts[key].setText(text)
        menus = {"file": tr("&File"), "edit": tr("&Edit"), "flow": tr("F&low"),
                 "view": tr("&View"), "settings": tr("&Settings"), "help": tr("&Help")}
        for key, text in menus.items():
            self.menus[key].setTitle(text)
        self.lang_menu.setTitle(tr("&Language"))
