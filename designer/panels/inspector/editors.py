"""Simple field editors: texts, templates with merge fields, numbers, choices, pickers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.panels.inspector.base import FieldEditor, combo_value, fill_combo, tr
from designer.panels.inspector.picker import PickerPopup
from designer.panels.inspector.sources import Choices
from runtime.catalog.types import ConfigField


def _vbox(w: QWidget) -> QVBoxLayout:
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    return lay


class TextEditor(FieldEditor):
    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        _vbox(self).addWidget(self.line)
        self.line.textEdited.connect(lambda t: self.edited.emit(t, True))

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        if self.line.text() != str(value or ""):
            self.line.setText(str(value or ""))


class MergeFieldButton(QToolButton):
    """A "{ }" button opening a searchable list of merge fields by their labels;
    picking one calls `insert("{{ path }}")`."""

    def __init__(self, choices: Choices, insert: Callable[[str], None]) -> None:
        super().__init__()
        self.choices = choices
        self.insert = insert
        self.setText("{ }")
        self.setToolTip(tr("Insert a merge field"))
        self.popup_widget: PickerPopup | None = None
        self.clicked.connect(self.open_popup)

    def open_popup(self) -> PickerPopup:
        popup = PickerPopup(self.choices.field_picks(), None, self)
        popup.picked.connect(lambda path: self.insert("{{ " + path + " }}"))
        self.popup_widget = popup
        popup.popup_at(self)
        return popup


class TemplateEditor(FieldEditor):
    """One-line or multi-line template text with a merge-field picker."""

    def __init__(self, choices: Choices, multiline: bool) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.multiline = multiline
        if multiline:
            self.text = QPlainTextEdit(self)
            self.text.setMinimumHeight(90)
            self.text.textChanged.connect(self._changed)
        else:
            self.text = QLineEdit(self)
            self.text.textEdited.connect(lambda _t: self._changed())
        row.addWidget(self.text, 1)
        self.picker = MergeFieldButton(choices, self.insert)
        row.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignTop)
        self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.value(), True)

    def insert(self, snippet: str) -> None:
        """Insert `snippet` at the cursor (one edit)."""
        self.text.insertPlainText(snippet) if self.multiline else self.text.insert(snippet)
        if not self.multiline:
            self._changed()

    def value(self) -> str:
        return self.text.toPlainText() if self.multiline else self.text.text()

    def set_value(self, value: Any) -> None:
        value = str(value or "")
        if self.value() == value:
            return
        self._quiet = True
        self.text.setPlainText(value) if self.multiline else self.text.setText(value)
        self._quiet = False


class IntegerEditor(FieldEditor):
    def __init__(self, field: ConfigField, decimals: int | None = None) -> None:
        super().__init__()
        self.decimals = decimals
        box = QDoubleSpinBox(self) if decimals else QSpinBox(self)
        if decimals:
            box.setDecimals(decimals)
        low = field.minimum if field.minimum is not None else -1_000_000_000
        high = field.maximum if field.maximum is not None else 1_000_000_000
        box.setRange(low if decimals else int(low), high if decimals else int(high))
        box.setKeyboardTracking(False)
        self.box = box
        _vbox(self).addWidget(box)
        box.valueChanged.connect(lambda v: self.edited.emit(self.value(), True))

    def value(self) -> int | float:
        v = self.box.value()
        return float(v) if self.decimals else int(v)

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        try:
            self.box.setValue(float(value) if self.decimals else int(value or 0))
        except (TypeError, ValueError):
            self.box.setValue(0)
        self.box.blockSignals(False)


class BooleanEditor(FieldEditor):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.check = QCheckBox(text, self)
        _vbox(self).addWidget(self.check)
        self.check.toggled.connect(lambda v: self.edited.emit(bool(v), False))

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)


class ComboEditor(FieldEditor):
    """A choice from a fixed or CRM-fed list; `editable` allows typing a value."""

    def __init__(self, items: Callable[[], list[tuple[str, str]]], editable: bool) -> None:
        super().__init__()
        self.items = items
        self.editable = editable
        self.combo = QComboBox(self)
        self.combo.setEditable(editable)
        _vbox(self).addWidget(self.combo)
        self._current = ""
        fill_combo(self.combo, items(), "", editable)
        self.combo.activated.connect(lambda _i: self._emit(False))
        if editable:
            self.combo.lineEdit().textEdited.connect(lambda _t: self._emit(True))

    def _emit(self, typing: bool) -> None:
        self._current = combo_value(self.combo)
        self.edited.emit(self._current, typing)

    def value(self) -> str:
        return combo_value(self.combo)

    def set_value(self, value: Any) -> None:
        value = "" if value is None else str(value)
        if value == self.value() and self.combo.count():
            return
        self._current = value
        fill_combo(self.combo, self.items(), value, self.editable)

    def refresh_choices(self) -> None:
        fill_combo(self.combo, self.items(), self.value(), self.editable)


class TimeEditor(FieldEditor):
    def __init__(self) -> None:
        super().__init__()
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        _vbox(self).addWidget(self.time)
        self.time.timeChanged.connect(lambda _t: self.edited.emit(self.value(), True))

    def value(self) -> str:
        return self.time.time().toString("HH:mm")

    def set_value(self, value: Any) -> None:
        t = QTime.fromString(str(value or ""), "HH:mm")
        self.time.blockSignals(True)
        self.time.setTime(t if t.isValid() else QTime(9, 0))
        self.time.blockSignals(False)


class CheckListEditor(FieldEditor):
    """A list of checkable items (multi-choice, weekdays, field lists, user lists);
    lists longer than `SEARCH_FROM` items get a search box above them."""

    SEARCH_FROM = 8

    def __init__(self, items: Callable[[], list[tuple[str, str]]], rows: int = 6) -> None:
        super().__init__()
        self.items = items
        lay = _vbox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        lay.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(22 * rows + 6)
        lay.addWidget(self.list)
        self._quiet = False
        self.list.itemChanged.connect(self._changed)
        self._fill([])

    def _fill(self, selected: list[str]) -> None:
        self._quiet = True
        self.list.clear()
        known = self.items()
        values = [v for v, _ in known]
        for value, label in known + [(v, v) for v in selected if v not in values]:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if label != value:
                item.setToolTip(value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.search.setVisible(self.list.count() >= self.SEARCH_FROM)
        self._filter(self.search.text())
        self._quiet = False

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = f"{item.text()} {item.data(Qt.ItemDataRole.UserRole)}".casefold()
            item.setHidden(not all(w in hay for w in words))

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self.edited.emit(self.value(), False)

    def value(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        selected = [str(v) for v in value] if isinstance(value, list) else []
        if selected != self.value() or not self.list.count():
            self._fill(selected)
