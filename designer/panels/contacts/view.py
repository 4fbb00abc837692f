"""The contacts page: debounced search, a sortable paged table, edit, CSV import, "Run flow…".

Live: the runtime's events (flows change tags and fields; the main window pokes `live`) and
other processes' work (`RuntimeBridge.changed_elsewhere`) refresh the page through a
`Throttle`, in place (the selection and the scroll position stay), and only while it is
visible (else when shown).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.dialogs import ask, run_flow
from designer.history.live import Throttle
from designer.i18n import said
from designer.panels.contacts.detail import ContactDialog
from designer.panels.contacts.import_wizard import ImportDialog
from designer.panels.contacts.model import ContactsModel
from designer.runtime_bridge import EnrollError, enroll_contacts
from runtime.crm.local import LocalCrm
from runtime.flows import repository
from runtime.store.db import Database

SEARCH_DELAY_MS = 250


class ContactsView(QWidget):
    """Signals `contacts_changed()` after an edit or import; `enrolled(count)` after "Run flow…"."""

    contacts_changed = Signal()
    enrolled = Signal(int)

    def __init__(self, db: Database, bridge: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bridge = bridge
        self.crm = LocalCrm(db)
        self.model = ContactsModel(db, parent=self)
        self.live = Throttle(lambda _flows: self.refresh_live(), parent=self)
        self.stale = False
        if bridge is not None:  # (this process's runtime events come through the window)
            bridge.changed_elsewhere.connect(self.live.poke)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.count = QLabel(self)
        self.count.setObjectName("hint")

        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("new", self.new_contact), ("edit", self.edit_selected),
                          ("import", self.import_csv), ("run", self.run_flow)):
            button = QPushButton(self)
            button.setObjectName(f"contacts_{key}")
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = button
        self.buttons["run"].setObjectName("primary")

        self.table = QTableView(self)
        self.table.setModel(self.model)
        # unsorted (newest ids last) until a header is clicked; every sort answers a search
        # at 100k contacts in well under 200 ms (runtime/crm/local/search.py filters first)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((190, 240, 170, 110, 170)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda index: self.edit_contact(self.model.contact_id(index.row())))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())

        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.count)
        top.addStretch(1)
        for key in ("new", "edit", "import", "run"):
            top.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._update_buttons()

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, email or company…"))
        texts = {"new": self.tr("New contact"), "edit": self.tr("Edit…"),
                 "import": self.tr("Import CSV…"), "run": self.tr("Run flow…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["run"].setToolTip(self.tr("Send the selected contacts through an active flow"))
        self.model.set_headers([self.tr("Name"), self.tr("Email"), self.tr("Company"), self.tr("Stage"),
                                self.tr("Tags"), self.tr("Updated")])
        self._update_count()

    # -- state --------------------------------------------------------------------
    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n contact(s)", "", self.model.total))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.contact_id(r) for r in rows]

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        self.buttons["edit"].setEnabled(has)
        self.buttons["run"].setEnabled(has)

    def refresh(self) -> None:
        self.model.reload()

    def refresh_live(self) -> None:
        """Re-read the loaded contacts in place (the throttle's callback)."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self.model.refresh()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh_live()

    # -- actions --------------------------------------------------------------------
    def new_contact(self) -> None:
        dialog = ContactDialog(self.crm, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.contacts_changed.emit()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_contact(ids[0])

    def edit_contact(self, contact_id: str) -> None:
        dialog = ContactDialog(self.crm, contact_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.contacts_changed.emit()

    def import_csv(self, path: str | None = None) -> None:
        path = path or ask.open_file(self, self.tr("Import contacts"),
                                     self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return
        dialog = ImportDialog(self.crm, path, self)
        dialog.imported.connect(self.refresh)
        dialog.imported.connect(self.contacts_changed)
        dialog.exec()

    def run_flow(self) -> int:
        """Ask for an active flow and enroll the selected contacts; returns how many entered."""
        ids = self.selected_ids()
        if not ids:
            return 0
        with self.db.begin() as conn:
            active = [f for f in repository.list_flows(conn) if f.is_active]
        if not active:
            ask.info(self, self.tr("Run flow"), self.tr("No flow is active. Switch one on in the flows list first."))
            return 0
        flow_id = run_flow.choose_flow(self, active, len(ids))
        if not flow_id:
            return 0
        try:
            made = enroll_contacts(self.db, flow_id, ids, self.bridge)
        except EnrollError as exc:
            ask.error(self, self.tr("Run flow"), said(exc))
            return 0
        self.enrolled.emit(made)
        return made
