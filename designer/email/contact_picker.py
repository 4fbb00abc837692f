"""Choose a local-CRM contact to preview an email for: a search box feeding a combo."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSizePolicy, QWidget

from runtime.crm.local import LocalCrm
from runtime.store.db import Database

SEARCH_DELAY_MS = 250
MAX_RESULTS = 50


def contact_label(row: dict) -> str:
    name = " ".join(str(row.get(k) or "") for k in ("first_name", "last_name")).strip()
    email = str(row.get("email") or "")
    if name and email:
        return f"{name} <{email}>"
    return name or email or f"#{row.get('id')}"


class ContactPicker(QWidget):
    """Signals `contact_changed(contact_id)` ("" when the search finds nobody)."""

    contact_changed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = LocalCrm(db)
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(170)
        self.combo = QComboBox(self)
        self.combo.setObjectName("contact")
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(18)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 2)
        row.addWidget(self.combo, 3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.combo.currentIndexChanged.connect(lambda _i: self.contact_changed.emit(self.contact_id()))
        self.retranslate()
        self.run_search()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search contacts…"))

    def run_search(self) -> None:
        """Fill the combo with the contacts matching the search text (first one chosen)."""
        previous = self.contact_id()
        try:
            rows = self.crm.search(self.search.text(), limit=MAX_RESULTS, with_tags=False).rows
        except Exception:  # a bad search must not break the editor
            rows = []
        self.combo.blockSignals(True)
        self.combo.clear()
        for row in rows:
            self.combo.addItem(contact_label(row), str(row["id"]))
        index = self.combo.findData(previous)
        self.combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.combo.blockSignals(False)
        if self.contact_id() != previous:
            self.contact_changed.emit(self.contact_id())

    def contact_id(self) -> str:
        data = self.combo.currentData()
        return str(data) if data is not None else ""

    def choose(self, contact_id: str) -> bool:
        """Select `contact_id` if it is among the results."""
        index = self.combo.findData(str(contact_id))
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0
