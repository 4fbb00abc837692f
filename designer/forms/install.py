"""`install_forms(window)`: Flow → Web form address… (enabled when the open flow has a form trigger)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from designer.extension import Host

FORM = "trigger.form_submitted"


def tr(text: str) -> str:
    return QCoreApplication.translate("FormsMenus", text)


class FormsExtension:
    """What `install_forms` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.action = QAction(window.window())
        self.action.setObjectName("action_form_address")
        self.action.triggered.connect(lambda _c=False: self.open())
        window.add_menu_actions("flow", {"form_address": self.action})
        window.menus["flow"].aboutToShow.connect(self.update_enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(tr("Web &form address…"))

    def _form_node(self) -> Any:
        if not getattr(self.window, "flow_id", None):
            return None
        return next((n for n in self.window.editor.flow().nodes if n.type == FORM), None)

    def update_enabled(self) -> None:
        self.action.setEnabled(self._form_node() is not None)

    def open(self) -> Any:
        """The address dialog of the open flow (None when it has no form trigger)."""
        from designer.forms.dialog import FormAddressDialog

        node = self._form_node()
        flow_id = self.window.flow_id
        if node is None or flow_id is None:
            return None
        flow = self.window.editor.flow()
        dialog = FormAddressDialog(self.window.db, flow_id, flow.name,
                                   str(node.config.get("email_field") or "email"), self.window.window())
        self.exec_dialog(dialog)
        return dialog

    def exec_dialog(self, dialog: Any) -> None:
        """Run the dialog modally (tests replace this to drive it)."""
        dialog.exec()


def install_forms(window: Host) -> FormsExtension:
    return FormsExtension(window)
