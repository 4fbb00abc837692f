"""Inspector pickers for a send-email step: the SMTP account and the stored email template.

Both read the database behind the inspector's field source (`source.db`, or the local
CRM's `source.crm.db`); with none they offer only their first, built-in choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from designer.panels.inspector.base import FieldEditor, tr
from designer.panels.inspector.editors import ComboEditor
from designer.panels.inspector.sources import Choices

LOCAL_OUTBOX = ""  # the stored value meaning "no account: the local outbox"
WRITE_HERE = ""  # the stored value meaning "no template: the node's own subject and body"


def email_db(choices: Choices) -> Any:
    """The database the pickers list from, found through the field source."""
    return choices.db()


def account_items(choices: Choices) -> list[tuple[str, str]]:
    """(value, label): "(local outbox)" first, then every SMTP account by name."""
    items = [(LOCAL_OUTBOX, tr("(local outbox)"))]
    db = email_db(choices)
    if db is None:
        return items
    try:
        from runtime.email import list_accounts

        accounts = list_accounts(db)
    except Exception:  # a picker without accounts beats a broken inspector
        return items
    return items + [(a.name, f"{a.name} — {a.sender}" if a.sender else a.name) for a in accounts]


def template_items(choices: Choices) -> list[tuple[str, str]]:
    """(value, label): "(write here)" first, then every stored template (value = its id)."""
    items = [(WRITE_HERE, tr("(write here)"))]
    db = email_db(choices)
    if db is None:
        return items
    try:
        from runtime.email import list_templates

        templates = list_templates(db)
    except Exception:
        return items
    return items + [(str(t.id), t.name) for t in templates]


class AccountPicker(ComboEditor):
    """EMAIL_ACCOUNT: a combo of account names, "(local outbox)" (empty value) first."""

    def __init__(self, choices: Choices) -> None:
        super().__init__(lambda: account_items(choices), editable=False)
        self.combo.setToolTip(tr("Without an account the email stays in the local outbox."))


class TemplatePicker(FieldEditor):
    """EMAIL_TEMPLATE: a stored template, or "(write here)" for the node's own texts.

    "Edit templates…" opens the templates dialog (`open_dialog(parent, selected_id)`);
    afterwards the list is re-read and a template created there can be picked at once.
    """

    def __init__(self, choices: Choices, open_dialog: Callable[[Any, str], Any] | None = None) -> None:
        super().__init__()
        self.choices = choices
        self.open_dialog = open_dialog or self._default_dialog
        self.combo_editor = ComboEditor(lambda: template_items(choices), editable=False)
        self.combo = self.combo_editor.combo
        self.combo_editor.edited.connect(self.edited.emit)
        self.edit_button = QPushButton(tr("Edit templates…"), self)
        self.edit_button.setObjectName("editTemplates")
        self.edit_button.clicked.connect(self.edit_templates)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo_editor, 1)
        row.addWidget(self.edit_button)

    def value(self) -> str:
        return self.combo_editor.value()

    def set_value(self, value: Any) -> None:
        self.combo_editor.set_value(value)

    def refresh_choices(self) -> None:
        self.combo_editor.refresh_choices()

    def edit_templates(self) -> None:
        self.open_dialog(self.window(), self.value())
        self.refresh_choices()

    def _default_dialog(self, parent: Any, selected: str) -> Any:
        db = email_db(self.choices)
        if db is None:
            return None
        from designer.email.templates_dialog import TemplatesDialog
        from designer.i18n import current_language

        dialog = TemplatesDialog(db, self.choices.source, current_language(), parent, select=selected or None)
        dialog.exec()
        return dialog
