"""`install_forms(window)`: Flow → Web form address… (enabled when the open flow has a form trigger)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

FORM = "trigger.form_submitted"


def tr(text: str) -> str:
    return QCoreApplication.translate("FormsMenus", text)


class FormsExtension:
    """What `install_forms` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("action_form_address")
        self.action.triggered.connect(lambda _c=False: self.open())
        window.acts["form_address"] = self.action
        window.menus["flow"].addAction(self.action)
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
        if node is None:
            return None
        flow = self.window.editor.flow()
        dialog = FormAddressDialog(self.window.db, self.window.flow_id, flow.name,
                                   str(node.config.get("email_field") or "email"), self.window)
        self.exec_dialog(dialog)
        return dialog

    def exec_dialog(self, dialog: Any) -> None:
        """Run the dialog modally (tests replace this to drive it)."""
        dialog.exec()


def install_forms(window: Any) -> FormsExtension:
    return FormsExtension(window)
