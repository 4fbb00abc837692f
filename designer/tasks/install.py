"""`install_tasks(window)`: the Tasks page (View → Tasks, Ctrl+5), live with the runtime's events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from designer.tasks.page import TasksPage


def tr(text: str) -> str:
    return QCoreApplication.translate("TasksMenus", text)


class TasksExtension:
    """What `install_tasks` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.page = TasksPage(window.db, parent=window)
        self.page_index = window.tabs.addTab(self.page, "")
        self.action = QAction(window)
        self.action.setObjectName("action_show_tasks")
        self.action.setShortcut(QKeySequence("Ctrl+5"))
        self.action.triggered.connect(lambda _c=False: self.show())
        window.acts["show_tasks"] = self.action
        view = window.menus["view"]
        separators = [a for a in view.actions() if a.isSeparator()]
        view.insertAction(separators[0], self.action) if separators else view.addAction(self.action)
        bridge = getattr(window, "bridge", None)
        if bridge is not None:
            bridge.events.connect(self.page.on_events)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(tr("&Tasks"))
        self.window.tabs.setTabText(self.page_index, tr("Tasks"))
        self.page.retranslate()

    def show(self) -> None:
        self.window.tabs.setCurrentWidget(self.page)


def install_tasks(window: Any) -> TasksExtension:
    return TasksExtension(window)
