"""The "update fields" editor: one row per field, a field picker over its new value."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout

from designer.panels.inspector.base import FieldEditor, tr
from designer.panels.inspector.editors import TemplateEditor
from designer.panels.inspector.picker import PickerEditor
from designer.panels.inspector.sources import Choices


def use_key(text: str) -> str:
    return tr("Use the field key «%1»").replace("%1", text)


class FieldValueRow(QFrame):
    """A field (picker) and its new value (template text), with a remove button."""

    def __init__(self, choices: Choices, path: str, value: str, owner: FieldValuesEditor) -> None:
        super().__init__()
        self.setObjectName("fieldValueRow")
        self.field = PickerEditor(choices.field_picks, use_key)
        self.field.set_value(path)
        self.text = TemplateEditor(choices, multiline=False)
        self.text.set_value(value)
        self.text.text.setPlaceholderText(tr("New value"))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove this field"))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.field, 1)
        head.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(2)
        lay.addLayout(head)
        lay.addWidget(self.text)
        self.field.edited.connect(lambda _v, _t: owner.emit_value(False))
        self.text.edited.connect(lambda _v, typing: owner.emit_value(typing))
        self.remove.clicked.connect(lambda: owner.remove_row(self))


class FieldValuesEditor(FieldEditor):
    """CRM field path -> new value (template text)."""

    def __init__(self, choices: Choices) -> None:
        super().__init__()
        self.choices = choices
        self.rows: list[FieldValueRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr("Add field"), self)
        self.add_button.clicked.connect(self.add_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.rows_layout)
        lay.addWidget(self.add_button)

    def value(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in self.rows:
            path = row.field.value().strip()
            if path:
                out[path] = row.text.value()
        return out

    def set_value(self, value: Any) -> None:
        wanted = value if isinstance(value, dict) else {}
        if wanted == self.value() and self.rows:
            return  # (an empty row just added stays)
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for path, text in wanted.items():
            self._append(str(path), "" if text is None else str(text))

    def _append(self, path: str, text: str) -> FieldValueRow:
        row = FieldValueRow(self.choices, path, text, self)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def add_row(self) -> FieldValueRow:
        """A new row whose field picker opens at once (the row counts once a field is picked)."""
        row = self._append("", "")
        row.field.combo.setFocus()
        return row

    def remove_row(self, row: FieldValueRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.emit_value(False)

    def emit_value(self, typing: bool) -> None:
        self.edited.emit(self.value(), typing)
