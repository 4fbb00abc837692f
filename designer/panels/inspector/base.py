"""The contract of one inspector field editor, and helpers every editor shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class FieldEditor(QWidget):
    """Edits one config value. Emits `edited(value, typing)`; `typing` edits may merge."""

    edited = Signal(object, bool)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` without emitting `edited`."""
        raise NotImplementedError

    def refresh_choices(self) -> None:
        """Re-read choices that depend on other fields (e.g. stages of the pipeline)."""


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], current: str,
               editable: bool = True) -> None:
    """(value, label) items; keeps an unknown `current` value visible rather than losing it."""
    combo.blockSignals(True)
    combo.clear()
    combo.setEditable(editable)
    # Enter must never add an item without data: its value would read back as "None"
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    if index < 0 and current not in (None, ""):
        combo.addItem(str(current), current)
        index = combo.count() - 1
    if index < 0 and editable:
        combo.setEditText("")
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> str:
    """The stored value of a combo: its data, or the typed text of an editable one."""
    index = combo.currentIndex()
    if combo.isEditable():
        text = combo.currentText().strip()
        data = combo.itemData(index) if index >= 0 else None
        if data is not None and combo.itemText(index) == combo.currentText():
            return str(data)
        return text
    data = combo.itemData(index) if index >= 0 else None
    return "" if data is None else str(data)
