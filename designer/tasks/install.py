"""`install_tasks(window)`: the Tasks page (View → Tasks, Ctrl+5), live with the runtime's events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from designer.extension import Host
from designer.tasks.page import TasksPage


def tr(text: str) -> str:
    return QCoreApplication.translate("TasksMenus", text)


class TasksExtension:
    """What `install_tasks` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.page = TasksPage(window.db, parent=window.window())
        self.page_index = window.tabs.addTab(self.page, "")
        self.action = QAction(window.window())
        self.action.setObjectName("action_show_tasks")
        self.action.setShortcut(QKeySequence("Ctrl+5"))
        self.action.triggered.connect(lambda _c=False: self.show())
        window.add_menu_actions("view", {"show_tasks": self.action}, group="pages")
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


def install_tasks(window: Host) -> TasksExtension:
    return TasksExtension(window)
