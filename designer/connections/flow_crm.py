"""Flow → Flow settings…: choose the flow's CRM (the local CRM or a connection), undoably.

`SetFlowCrmCmd` goes on the editor's undo stack like every edit; it changes
`settings.crm` of the open flow (saved in the flow file) and tells the window to switch
the inspector's pickers to that CRM.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from runtime.crm import connections

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

LOCAL = "local"



def current_crm(editor: Any) -> str:
    """The open flow's CRM name ("local" for the embedded CRM)."""
    return editor.doc.meta.settings.crm or LOCAL


class SetFlowCrmCmd(QUndoCommand):
    """Set the open flow's `settings.crm` (None = local); `on_change(name)` after redo/undo."""

    def __init__(self, editor: Any, crm: str, on_change: Callable[[str], None] | None = None) -> None:
        super().__init__(translate("Commands", "Change the flow's CRM"))
        self.editor = editor
        self.before = current_crm(editor)
        self.after = crm or LOCAL
        self.on_change = on_change

    def _apply(self, crm: str) -> None:
        self.editor.doc.meta.settings.crm = None if crm == LOCAL else crm
        if self.on_change is not None:
            self.on_change(crm)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class FlowSettingsDialog(QDialog):
    """The flow's settings that have no node: for now, which CRM it runs on."""

    def __init__(self, db: Any, crm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowSettingsDialog")
        self.setWindowTitle(self.tr("Flow settings"))
        self.crm = QComboBox(self)
        self.crm.setObjectName("crm")
        self.crm.addItem(self.tr("Local CRM (built in)"), LOCAL)
        for c in connections.list_connections(db):
            kind = {"hubspot": "HubSpot", "bitrix24": "Bitrix24"}.get(c.kind, c.kind)
            self.crm.addItem(f"{c.name} ({kind})", c.name)
        index = self.crm.findData(crm)
        if index < 0:  # the flow names a connection that is gone: keep it visible
            self.crm.addItem(self.tr("%1 (missing connection)").replace("%1", crm), crm)
            index = self.crm.count() - 1
        self.crm.setCurrentIndex(index)
        form = QFormLayout()
        form.addRow(self.tr("CRM"), self.crm)
        hint = QLabel(self.tr("The contacts this flow enrolls, reads and changes live in this CRM. Add connections "
                         "in Settings → CRM connections."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> str:
        return str(self.crm.currentData())


def choose_crm(parent: QWidget | None, db: Any, crm: str) -> str | None:
    """Ask for the flow's CRM; the chosen name, or None if cancelled (tests replace this)."""
    dialog = FlowSettingsDialog(db, crm, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
