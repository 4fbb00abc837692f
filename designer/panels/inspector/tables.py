"""Table editors: headers (with secret references), field -> value, switch cases, split branches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as N_  # noqa: N814 (marks headers for translation)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from designer.panels.inspector.base import FieldEditor, tr
from runtime.catalog.decisions import next_port_id

PORT_ROLE = Qt.ItemDataRole.UserRole


class TableEditor(FieldEditor):
    """Rows of text cells with add / remove buttons. Subclasses map rows <-> the value."""

    columns: tuple[str, ...] = ()
    checkable_column: int | None = None  # a column shown as a checkbox

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(tr("Add"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.footer = QLabel(self)
        buttons.addWidget(self.footer)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self._quiet = False
        self.table.itemChanged.connect(self._changed)

    # rows ---------------------------------------------------------------------------
    def rows(self) -> list[list[Any]]:
        out = []
        for r in range(self.table.rowCount()):
            row = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if c == self.checkable_column:
                    row.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    row.append(item.text() if item else "")
            out.append(row)
        return out

    def set_rows(self, rows: list[list[Any]], tags: list[Any] | None = None) -> None:
        self._quiet = True
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem()
                if c == self.checkable_column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if cell else Qt.CheckState.Unchecked)
                else:
                    item.setText("" if cell is None else str(cell))
                if c == 0 and tags is not None:
                    item.setData(PORT_ROLE, tags[r])
                self.table.setItem(r, c, item)
        self._quiet = False
        self.update_footer()

    def row_tag(self, r: int) -> Any:
        item = self.table.item(r, 0)
        return item.data(PORT_ROLE) if item else None

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._quiet:
            self.update_footer()
            self.edited.emit(self.value(), False)

    def add_row(self) -> None:
        value = self.value()
        self.append_to(value)
        self.set_value(value)
        self.edited.emit(self.value(), False)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            r = self.table.rowCount() - 1
        if r < 0:
            return
        self.table.removeRow(r)
        self.update_footer()
        self.edited.emit(self.value(), False)

    def update_footer(self) -> None:
        pass

    def append_to(self, value: Any) -> None:
        raise NotImplementedError


class KeyValuesEditor(TableEditor):
    """Header name -> template text, or -> {"secret": name}: only the name is ever shown."""

    columns = (N_("Inspector", "Name"), N_("Inspector", "Value"), N_("Inspector", "Secret"))
    checkable_column = 2

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, text, secret in self.rows():
            if key.strip():
                out[key.strip()] = {"secret": text} if secret else text
        return out

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict) and value == self.value() and self.table.rowCount():
            return
        rows = []
        for key, v in (value or {}).items() if isinstance(value, dict) else []:
            secret = isinstance(v, dict) and "secret" in v
            rows.append([key, v["secret"] if secret else v, secret])
        self.set_rows(rows)
        self.table.setToolTip(tr("Tick “Secret” to store a reference to a secret in the "
                                 "system keyring; the secret itself is never shown here."))

    def append_to(self, value: dict[str, Any]) -> None:
        n = 1
        while f"X-Header-{n}" in value:
            n += 1
        value[f"X-Header-{n}"] = ""


class CasesEditor(TableEditor):
    """Switch cases: value and output label; each keeps its stable `port` id."""

    columns = (N_("Inspector", "Value"), N_("Inspector", "Output label"))

    def value(self) -> list[dict[str, str]]:
        return [
            {"port": self.row_tag(r), "label": label, "value": val}
            for r, (val, label) in enumerate(self.rows())
        ]

    def set_value(self, value: Any) -> None:
        items = [c for c in value or [] if isinstance(c, dict)] if isinstance(value, list) else []
        if items == self.value() and self.table.rowCount() == len(items):
            return
        self.set_rows([[c.get("value", ""), c.get("label", "")] for c in items],
                      [c.get("port") for c in items])

    def append_to(self, value: list[dict[str, str]]) -> None:
        value.append({"port": next_port_id(value, "case"), "label": "", "value": ""})


class BranchesEditor(TableEditor):
    """Split branches: name and percent, with the live sum (must be 100)."""

    columns = (N_("Inspector", "Name"), N_("Inspector", "Percent"))

    def value(self) -> list[dict[str, Any]]:
        out = []
        for r, (name, pct) in enumerate(self.rows()):
            try:
                number: float | int = float(pct.replace(",", "."))
                number = int(number) if number == int(number) else number
            except ValueError:
                number = 0
            out.append({"port": self.row_tag(r), "name": name, "percent": number})
        return out

    def set_value(self, value: Any) -> None:
        items = [b for b in value or [] if isinstance(b, dict)] if isinstance(value, list) else []
        if items == self.value() and self.table.rowCount() == len(items):
            return
        self.set_rows([[b.get("name", ""), f"{b.get('percent', 0):g}"
                        if isinstance(b.get("percent"), int | float) else str(b.get("percent"))]
                       for b in items], [b.get("port") for b in items])

    def total(self) -> float:
        return sum(float(b["percent"]) for b in self.value())

    def update_footer(self) -> None:
        total = self.total()
        self.footer.setText(tr("Total: %1 %").replace("%1", f"{total:g}"))
        self.footer.setStyleSheet("" if abs(total - 100) < 1e-9 else "color: #e5534b;")

    def append_to(self, value: list[dict[str, Any]]) -> None:
        port = next_port_id(value, "branch")
        value.append({"port": port, "name": chr(ord("A") + len(value) % 26), "percent": 0})


class UserRulesEditor(TableEditor):
    """A rule table: a field's value(s) -> a user (assign_owner by criteria)."""

    columns = (N_("Inspector", "Value"), N_("Inspector", "User"))

    def value(self) -> list[dict[str, str]]:
        return [{"value": v.strip(), "user": u.strip()} for v, u in self.rows() if v.strip() or u.strip()]

    def set_value(self, value: Any) -> None:
        if isinstance(value, list) and value == self.value() and self.table.rowCount():
            return
        rows = [[r.get("value", ""), r.get("user", "")] for r in value or [] if isinstance(r, dict)]
        self.set_rows(rows)

    def append_to(self, value: list[dict[str, str]]) -> None:
        value.append({"value": "", "user": ""})
