"""The web form address of a flow: shown, copied, rotated; a sample HTML form to paste in a website.

The token comes from runtime.inbound (kept only in the OS keyring); without a usable keyring
the dialog says how to get one and shows no address.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runtime.appsettings import get_setting
from runtime.inbound import form_url, rotate_token, token_for
from runtime.secrets import SecretsUnavailable
from runtime.store.db import Database


def sample_form(url: str, email_field: str = "email") -> str:
    """An HTML form posting to `url` (the same as in docs/forms.*.md)."""
    action = html.escape(url, quote=True)
    return (f'<form method="post" action="{action}">\n'
            f'  <label>Email <input type="email" name="{html.escape(email_field, quote=True)}" required></label>\n'
            '  <label>Nombre <input name="nombre"></label>\n'
            '  <label>Teléfono <input name="telefono"></label>\n'
            '  <input type="hidden" name="_redirect" value="https://www.example.es/gracias">\n'
            '  <button>Enviar</button>\n'
            '</form>\n')


class FormAddressDialog(QDialog):
    """The address of flow `flow_id` (created on first open); Copy and New address buttons."""

    def __init__(self, db: Database, flow_id: str, flow_name: str, email_field: str = "email",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_address")
        self.db = db
        self.flow_id = flow_id
        self.email_field = email_field
        self.setWindowTitle(self.tr("Web form address: %1").replace("%1", flow_name))
        self.setMinimumWidth(640)
        self.intro = QLabel(self.tr("Post a web form (or another app's JSON) to this address to start the flow. "
                                    "Keep it private: anyone with it can send contacts."), self)
        self.intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setObjectName("form_url")
        self.url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.url.text()))
        self.rotate_button = QPushButton(self.tr("New address"), self)
        self.rotate_button.setToolTip(self.tr("Make a new secret address; the old one stops working."))
        self.rotate_button.clicked.connect(self.rotate)
        self.sample = QPlainTextEdit(self)
        self.sample.setObjectName("form_sample")
        self.sample.setReadOnly(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.rotate_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Sample HTML form:"), self))
        layout.addWidget(self.sample)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_address(rotate=False)

    def show_address(self, rotate: bool) -> bool:
        with self.db.begin() as conn:
            host, port = get_setting(conn, "inbound.host").value, get_setting(conn, "inbound.port").value
        try:
            token = rotate_token(self.flow_id) if rotate else token_for(self.flow_id)
        except SecretsUnavailable as exc:
            self.error.setText(str(exc))
            self.url.clear()
            self.sample.clear()
            for button in (self.copy_button, self.rotate_button):
                button.setEnabled(False)
            return False
        url = form_url(str(host), int(port), self.flow_id, str(token))
        self.url.setText(url)
        self.sample.setPlainText(sample_form(url, self.email_field))
        return True

    def rotate(self) -> bool:
        return self.show_address(rotate=True)
