"""What a feature package (designer/history, email, connections) may touch of the main window.

`install_*(window: Host) -> Extension` receives the window as a `Host` and uses nothing
else of it: pages go into `tabs`, menu entries through `add_menu_actions` (never placed
by index), dialogs and actions are parented to `window()`. The window calls
`retranslate()` of every extension on each language change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QTabWidget, QWidget

    from designer.field_source import LocalFieldSource
    from designer.flow_editor import FlowEditor
    from designer.runtime_bridge import RuntimeBridge
    from designer.tray import Tray
    from runtime.store.db import Database


class Host(Protocol):
    """The main window's parts open to feature packages."""

    db: Database
    bridge: RuntimeBridge | None  # the embedded runtime's events as Qt signals (None: no runtime)
    editor: FlowEditor  # the canvas, its undo stack, inspector and `loaded` signal
    field_source: LocalFieldSource  # the local CRM's fields for pickers
    tabs: QTabWidget  # the pages (index 0: the flow editor, 1: contacts)
    tray: Tray
    acts: dict[str, QAction]  # every action by key (read; add through add_menu_actions)
    menus: dict[str, QMenu]  # read only, e.g. to refresh an entry when its menu opens (aboutToShow)
    flow_id: str | None  # the flow open in the editor

    def window(self) -> QWidget:
        """The window itself, as the parent of dialogs, actions and child objects."""
        ...

    def statusBar(self) -> QStatusBar:  # Qt's name
        ...

    def add_menu_actions(self, menu: str, actions: dict[str, QAction], group: str | None = None) -> None:
        """Register `actions` by key and show them in `menu` ("file", "edit", "flow", "view",
        "settings", "help"): at its end after a separator, or into `group` ("pages" in "view")."""
        ...


class Extension(Protocol):
    """What `install_*` returns: the window retranslates it on language changes."""

    def retranslate(self) -> None: ...
