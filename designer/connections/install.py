"""`install_connections(window)`: Settings → CRM connections…, Flow → Flow settings… (the flow's
CRM), the status-bar queue/quota label, and pickers that follow the open flow's CRM."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from designer.connections import flow_crm
from designer.connections.status import ConnectionsStatusLabel
from designer.extension import Host
from designer.field_source import ConnectionFieldSource, field_source_for
from runtime.crm import connections

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



class ConnectionsExtension:
    """What `install_connections` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.sources: dict[str, ConnectionFieldSource] = {}
        self.dialog: Any = None
        self.actions: dict[str, QAction] = {}
        for key, slot in (("crm_connections", self.open_connections), ("flow_settings", self.open_flow_settings)):
            action = QAction(window.window())
            action.setObjectName(f"action_{key}")
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.actions[key] = action
        window.add_menu_actions("settings", {"crm_connections": self.actions["crm_connections"]})
        window.add_menu_actions("flow", {"flow_settings": self.actions["flow_settings"]})
        self.status = ConnectionsStatusLabel(self.live_status, window.window())
        window.statusBar().addPermanentWidget(self.status)
        window.editor.loaded.connect(self.follow_open_flow)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["crm_connections"].setText(translate("ConnectionsMenus", "&CRM connections…"))
        self.actions["flow_settings"].setText(translate("ConnectionsMenus", "Flow &settings…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    # -- live status ------------------------------------------------------------------
    def live_status(self) -> dict[str, dict[str, Any]]:
        """resolver.status() of the running service ({} when it is not running)."""
        resolver = getattr(getattr(self.window.bridge, "runtime", None), "resolver", None)
        return resolver.status() if resolver is not None else {}

    # -- pickers ----------------------------------------------------------------------
    def use_crm(self, crm: str) -> Any:
        """Point the inspector's pickers at `crm` (a connection's real fields, or the local CRM's)."""
        source = field_source_for(self.window.db, crm, self.window.field_source, self.sources)
        self.window.editor.set_field_source(source)
        return source

    def follow_open_flow(self) -> None:
        self.use_crm(flow_crm.current_crm(self.window.editor))

    # -- dialogs ----------------------------------------------------------------------
    def open_connections(self) -> Any:
        from designer.connections.dialog import ConnectionsDialog

        self.dialog = ConnectionsDialog(self.window.db, self.live_status, self.window.window())
        self.dialog.changed.connect(self._connections_changed)
        self.dialog.synced.connect(self._wake_runtime)
        self.exec_dialog(self.dialog)
        self.dialog = None
        return self

    def exec_dialog(self, dialog: Any) -> None:
        """Run the dialog modally (tests replace this to drive it)."""
        dialog.exec()

    def _connections_changed(self) -> None:
        known = {c.name for c in connections.list_connections(self.window.db)}
        for name in [n for n in self.sources if n not in known]:
            self.sources.pop(name).close()
        for source in self.sources.values():
            source.refresh()
        self.follow_open_flow()
        self.status.refresh()

    def _wake_runtime(self, _name: str) -> None:
        runtime = getattr(self.window.bridge, "runtime", None)
        if runtime is not None and hasattr(runtime, "wake"):
            runtime.wake()

    def open_flow_settings(self) -> str | None:
        """Ask for the open flow's CRM; an undoable change when it differs."""
        if not self.window.flow_id:
            return None
        editor = self.window.editor
        chosen = flow_crm.choose_crm(self.window.window(), self.window.db, flow_crm.current_crm(editor))
        if chosen is None or chosen == flow_crm.current_crm(editor):
            return None
        editor.undo_stack.push(flow_crm.SetFlowCrmCmd(editor, chosen, self.use_crm))
        return chosen


def install_connections(window: Host) -> ConnectionsExtension:
    return ConnectionsExtension(window)
