"""The condition builder: AND/OR groups of rules (field, operator, value), nested.

Reads and writes the catalog's condition shape {"match": "all"|"any", "rules": [...]};
the operator list and what value each takes come from runtime.catalog.conditions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.panels.inspector.base import FieldEditor, fill_combo, tr
from designer.panels.inspector.field_values import use_key
from designer.panels.inspector.picker import PickerEditor
from designer.panels.inspector.sources import Choices
from runtime.catalog.conditions import OPERATOR_BY_ID, OPERATORS, ValueKind, is_condition
from runtime.catalog.types import Text

MATCH = {"all": Text("Todas (Y)", "All (AND)"), "any": Text("Alguna (O)", "Any (OR)")}


def _to_value(text: str, kind: ValueKind) -> Any:
    if kind == ValueKind.NONE:
        return None
    if kind == ValueKind.LIST:
        return [p.strip() for p in text.split(",") if p.strip()]
    if kind in (ValueKind.NUMBER, ValueKind.DAYS):
        try:
            number = float(text.replace(",", "."))
            return int(number) if number == int(number) else number
        except ValueError:
            return text
    return text


def _from_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))


class RuleRow(QWidget):
    changed = Signal(bool)  # typing
    remove_requested = Signal(object)

    def __init__(self, rule: dict[str, Any], choices: Choices, lang: str) -> None:
        super().__init__()
        self.choices = choices
        row = QVBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.field = PickerEditor(choices.field_picks, use_key)
        self.field.set_value(str(rule.get("field") or ""))
        self.op = QComboBox(self)
        for op in OPERATORS:
            self.op.addItem(op.title.get(lang), op.id)
        index = self.op.findData(rule.get("op", "equals"))
        self.op.setCurrentIndex(max(index, 0))
        self.value = QComboBox(self)
        self.value.setEditable(True)
        self.value.setMinimumWidth(80)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove this rule"))
        for w in (self.op, self.value):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
        self.op.setMinimumContentsLength(12)  # "tiene la etiqueta" whole, the value gets the rest
        # the field on its own line, operator and value below: fits a narrow inspector
        bottom = QHBoxLayout()
        bottom.addWidget(self.op, 3)
        bottom.addWidget(self.value, 2)
        bottom.addWidget(self.remove)
        row.addWidget(self.field)
        row.addLayout(bottom)
        self._fill_value(_from_value(rule.get("value")))
        self.field.edited.connect(self._field_changed)
        self.op.activated.connect(self._op_changed)
        self.value.lineEdit().textEdited.connect(lambda _t: self.changed.emit(True))
        self.value.activated.connect(lambda _i: self.changed.emit(False))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def kind(self) -> ValueKind:
        return OPERATOR_BY_ID[self.op.currentData()].value

    def _fill_value(self, text: str) -> None:
        kind = self.kind()
        if kind == ValueKind.TAG:
            items = [(t, t) for t in self.choices.tags()]
        elif kind in (ValueKind.TEXT, ValueKind.LIST):
            items = [(c, c) for c in self.choices.field_choices(self.field.value())]
        else:
            items = []
        fill_combo(self.value, items, text)
        self.value.setEditText(text)
        self.value.setVisible(kind != ValueKind.NONE)
        self.field.setVisible(OPERATOR_BY_ID[self.op.currentData()].needs_field)

    def _field_changed(self, _value: str, _typing: bool) -> None:
        self._fill_value(self.value.currentText())
        self.changed.emit(False)

    def _op_changed(self, _index: int) -> None:
        self._fill_value(self.value.currentText())
        self.changed.emit(False)

    def rule(self) -> dict[str, Any]:
        op = OPERATOR_BY_ID[self.op.currentData()]
        out: dict[str, Any] = {}
        if op.needs_field or self.field.value():
            out["field"] = self.field.value()
        out["op"] = op.id
        if op.value != ValueKind.NONE:
            out["value"] = _to_value(self.value.currentText(), op.value)
        return out


class GroupBox(QFrame):
    """One AND/OR group; rows are RuleRows or nested GroupBoxes."""

    changed = Signal(bool)
    structure_changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, condition: dict[str, Any], choices: Choices, lang: str,
                 depth: int = 0) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choices, self.lang, self.depth = choices, lang, depth
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        self.match = QComboBox(self)
        for key, text in MATCH.items():
            self.match.addItem(text.get(lang), key)
        self.match.setCurrentIndex(max(self.match.findData(condition.get("match", "all")), 0))
        self.match.activated.connect(lambda _i: self.changed.emit(False))
        head.addWidget(self.match)
        head.addStretch(1)
        if depth:
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(tr("Remove this group"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            head.addWidget(remove)
        lay.addLayout(head)
        self.rows_layout = QVBoxLayout()
        lay.addLayout(self.rows_layout)
        self.children_: list[QWidget] = []
        for rule in condition.get("rules") or []:
            self._add(rule)
        buttons = QHBoxLayout()
        self.add_rule = QPushButton(tr("Add rule"), self)
        self.add_group = QPushButton(tr("Add group"), self)
        self.add_rule.clicked.connect(lambda: self._add_and_emit({"field": "", "op": "equals",
                                                                   "value": ""}))
        self.add_group.clicked.connect(lambda: self._add_and_emit({"match": "any", "rules": []}))
        buttons.addWidget(self.add_rule)
        buttons.addWidget(self.add_group)
        buttons.addStretch(1)
        lay.addLayout(buttons)

    def _add(self, item: Any) -> None:
        if is_condition(item):
            child: QWidget = GroupBox(item, self.choices, self.lang, self.depth + 1)
            child.structure_changed.connect(self.structure_changed)
        else:
            child = RuleRow(item if isinstance(item, dict) else {}, self.choices, self.lang)
        child.changed.connect(self.changed)
        child.remove_requested.connect(self._remove)
        self.children_.append(child)
        self.rows_layout.addWidget(child)

    def _add_and_emit(self, item: dict[str, Any]) -> None:
        self._add(item)
        self.changed.emit(False)

    def _remove(self, child: QWidget) -> None:
        self.children_.remove(child)
        child.setParent(None)
        child.deleteLater()
        self.changed.emit(False)

    def condition(self) -> dict[str, Any]:
        rules = [c.condition() if isinstance(c, GroupBox) else c.rule() for c in self.children_]
        return {"match": self.match.currentData(), "rules": rules}


class ConditionEditor(FieldEditor):
    def __init__(self, choices: Choices, lang: str) -> None:
        super().__init__()
        self.choices, self.lang = choices, lang
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.group: GroupBox | None = None
        self.set_value({"match": "all", "rules": []})

    def value(self) -> dict[str, Any]:
        return self.group.condition() if self.group else {"match": "all", "rules": []}

    def set_value(self, value: Any) -> None:
        value = value if is_condition(value) else {"match": "all", "rules": []}
        if self.group is not None and self.group.condition() == value:
            return
        if self.group is not None:
            self.group.setParent(None)
            self.group.deleteLater()
        self.group = GroupBox(value, self.choices, self.lang)
        self.group.changed.connect(lambda typing: self.edited.emit(self.value(), typing))
        self.lay.addWidget(self.group)

    def line_edits(self) -> list[QLineEdit]:
        return self.findChildren(QLineEdit)
