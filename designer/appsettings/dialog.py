"""The runtime settings page: one editor per known setting, built from runtime.appsettings.

Titles and help come from the registry (Spanish and English); a list setting (the webhook
allowlist) is edited entry by entry, each entry checked as it is added. Saving writes the
changed settings in ONE transaction: a refused value is named in red and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import current_language
from runtime.appsettings import SETTINGS, Setting, SettingError, list_settings, set_setting
from runtime.appsettings.registry import check_value
from runtime.store.db import Database


class ListEditor(QWidget):
    """Entries of a list setting: add (checked at once), remove."""

    def __init__(self, setting: Setting, values: list[str], say_error: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.say_error = say_error
        self.list = QListWidget(self)
        self.list.setObjectName(f"list_{setting.key}")
        self.list.addItems(list(values))
        self.list.setMaximumHeight(110)
        self.entry = QLineEdit(self)
        self.entry.setObjectName(f"entry_{setting.key}")
        self.entry.setPlaceholderText(setting.example)
        self.entry.returnPressed.connect(self.add)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def values(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self) -> bool:
        """Add the typed entries (comma separated) when all are valid; else say why."""
        words = [w for w in self.entry.text().split(",") if w.strip()]
        if not words:
            return False
        try:
            new = check_value(self.setting, words)
        except SettingError as exc:
            self.say_error(exc.message.get(current_language()))
            return False
        for value in new:
            if value not in self.values():
                self.list.addItem(value)
        self.entry.clear()
        self.say_error("")
        return True

    def remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class AppSettingsDialog(QDialog):
    """Edits every setting of runtime.appsettings; `saved` is emitted after a save."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("app_settings")
        self.db = db
        self.setMinimumWidth(560)
        with db.begin() as conn:
            current = {v.setting.key: v.value for v in list_settings(conn)}
        self.initial = {k: list(v) if isinstance(v, list | tuple) else v for k, v in current.items()}
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.editors: dict[str, Any] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.helps: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        page = QWidget(self)
        boxes = QVBoxLayout(page)
        for s in SETTINGS:
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            help_label = QLabel(box)
            help_label.setWordWrap(True)
            inner.addWidget(help_label)
            editor = self._editor(s, current[s.key], box)
            inner.addWidget(editor)
            self.boxes[s.key], self.helps[s.key], self.editors[s.key] = box, help_label, editor
            boxes.addWidget(box)
        boxes.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.resize(640, 640)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _editor(self, s: Setting, value: Any, parent: QWidget) -> QWidget:
        editor: QWidget  # one kind of editor per setting kind (retranslate and save tell them apart)
        if s.kind == "bool":
            editor = QCheckBox(parent)
            editor.setChecked(value is True)
        elif s.kind == "int":
            editor = QSpinBox(parent)
            editor.setRange(s.minimum or 0, s.maximum if s.maximum is not None else 2**31 - 1)
            editor.setValue(int(value or 0))
        elif s.kind == "list":
            editor = ListEditor(s, [str(v) for v in value or []], self.error.setText, parent)
        else:
            editor = QLineEdit(parent)
            editor.setText(str(value or ""))
        editor.setObjectName(f"setting_{s.key}")
        return editor

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Runtime settings"))
        for s in SETTINGS:
            self.boxes[s.key].setTitle(f"{s.title.get(lang)}  ({s.key})")
            self.helps[s.key].setText(s.help.get(lang))
            editor = self.editors[s.key]
            if isinstance(editor, QCheckBox):
                editor.setText(self.tr("Allowed"))
            if isinstance(editor, ListEditor):
                editor.add_button.setText(self.tr("Add"))
                editor.remove_button.setText(self.tr("Remove"))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, ListEditor):
                out[key] = editor.values()
            else:
                out[key] = editor.text().strip()
        return out

    def save(self) -> bool:
        """Store the changed values in one transaction; on a refusal say why and store nothing."""
        try:
            with self.db.begin() as conn:
                for key, value in self.values().items():
                    if value != self.initial.get(key):
                        set_setting(conn, key, value)
        except SettingError as exc:
            self.error.setText(exc.message.get(current_language()))
            return False
        self.saved.emit()
        self.accept()
        return True
