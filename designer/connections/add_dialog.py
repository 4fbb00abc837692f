"""Adding a HubSpot or Bitrix24 connection: name, the secret in a password field, options.

The secret goes straight to `runtime.crm.connections.add_connection`, which stores it in
the OS keyring only; the field is cleared afterwards and never shown again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import said
from runtime import secrets
from runtime.crm import connections
from runtime.store.db import Database


class AddConnectionDialog(QDialog):
    """Modal form; `accept()` only once the connection is stored (else the message says why)."""

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addConnectionDialog")
        self.db, self.kind = db, kind
        self.added: connections.Connection | None = None
        hubspot = kind == "hubspot"
        self.setWindowTitle(self.tr("Add a HubSpot connection") if hubspot else self.tr("Add a Bitrix24 connection"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. office"))
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("pat-na1-…" if hubspot else "https://yourportal.bitrix24.es/rest/1/…/")
        self.tag_property = QLineEdit(self)
        self.tag_property.setPlaceholderText("caudal_tags" if hubspot else "UF_CRM_TAGS")
        self.poll_seconds = QSpinBox(self)
        self.poll_seconds.setRange(10, 86_400)
        self.poll_seconds.setValue(60)
        self.poll_seconds.setSuffix(" s")
        self.base_url = ""  # tests point HubSpot at a loopback fake
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Private-app token") if hubspot else self.tr("Inbound webhook URL"), self.secret)
        form.addRow(self.tr("Tags property") if hubspot else self.tr("Tags field"), self.tag_property)
        form.addRow(self.tr("Check for changes every"), self.poll_seconds)
        hint = QLabel(self.tr("The token is kept in the system keyring, never in the database or in flow files.")
                      if hubspot else
                      self.tr("The webhook URL is a secret: it is kept in the system keyring and shown "
                         "without its key."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        """Store the connection (secret to the keyring); stay open with the reason if refused."""
        options: dict[str, Any] = {"poll_seconds": self.poll_seconds.value(),
                                   "tag_property": self.tag_property.text().strip()}
        if self.base_url:
            options["base_url"] = self.base_url
        try:
            self.added = connections.add_connection(self.db, self.kind, self.name.text().strip(),
                                                    self.secret.text(), **options)
        except secrets.SecretsUnavailable as exc:
            self.show_message(self.tr("The system keyring is not available, so the secret cannot be kept safely.")
                              + "\n\n" + str(exc))
            return
        except (connections.ConnectionProblem, ValueError) as exc:
            self.show_message(said(exc))
            return
        finally:
            if self.added is not None:
                self.secret.clear()
        super().accept()
