"""The Outbox page: emails that stayed on this computer (steps without an SMTP account).

A banner says plainly that these messages were not sent and offers the accounts
dialog; the table (time, from, to, subject) follows the runtime's events, and the
selected message shows as HTML and as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from designer.email.outbox_model import OutboxModel
from runtime.channels.outbox import list_messages, newest_id
from runtime.store.db import Database

LIMIT = 500
BANNER_STYLE = ("QFrame#outboxBanner { background: #fff4d6; border: 1px solid #e8c968;"
                " border-radius: 6px; } QFrame#outboxBanner QLabel { color: #5c4600; }")


class OutboxPage(QWidget):
    """Signals `accounts_requested()` when the banner's button is pressed."""

    accounts_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox")
        self.db = db
        self.messages: list[dict[str, Any]] = []
        self.stale = False

        self.banner = QFrame(self)
        self.banner.setObjectName("outboxBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.banner)
        self.banner_button.setObjectName("primary")
        self.banner_button.clicked.connect(self.accounts_requested.emit)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)

        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 220)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())

        self.subject = QLabel(self)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: 600;")
        self.html_view = QTextBrowser(self)
        self.html_view.setOpenLinks(False)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.views = QTabWidget(self)
        self.views.addTab(self.html_view, "")
        self.views.addTab(self.text_view, "")
        detail = QWidget(self)
        dlay = QVBoxLayout(detail)
        dlay.setContentsMargins(0, 0, 0, 0)
        dlay.addWidget(self.subject)
        dlay.addWidget(self.views, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([300, 400])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.addWidget(self.banner)
        outer.addWidget(self.empty)
        outer.addWidget(split, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.views.setTabText(0, self.tr("HTML"))
        self.views.setTabText(1, self.tr("Plain text"))
        self.empty.setText(self.tr("The outbox is empty. Emails from flow steps without an "
                                   "account will appear here."))
        self.update_banner()

    def update_banner(self) -> None:
        """Word the banner after whether any SMTP account exists."""
        try:
            from runtime.email import list_accounts

            has_accounts = bool(list_accounts(self.db))
        except Exception:  # no email runtime in this build: everything stays local
            has_accounts = False
        if has_accounts:
            self.banner_text.setText(self.tr(
                "<b>These emails were not sent.</b> Steps without a sending account write here "
                "instead; choose an account in the step to send through SMTP."))
            self.banner_button.setText(self.tr("Email accounts…"))
        else:
            self.banner_text.setText(self.tr(
                "<b>Emails stay on this computer.</b> No email account is set up yet, so every "
                "email a flow writes lands in this local outbox and nobody receives it."))
            self.banner_button.setText(self.tr("Set up an email account…"))

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the outbox (newest first), keeping the selected message selected."""
        selected = self.selected_id()
        with self.db.begin() as conn:
            self.messages = list_messages(conn, limit=LIMIT)
        self.stale = False
        self.model.set_rows(self.messages)
        self.empty.setVisible(not self.messages)
        row = next((i for i, m in enumerate(self.messages) if m["id"] == selected), 0)
        if self.messages:
            self.table.selectRow(row)
        self._show_selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def _show_selected(self) -> None:
        wanted = self.selected_id()
        message = next((m for m in self.messages if m["id"] == wanted), None)
        if message is None:
            self.subject.setText("")
            self.html_view.setHtml("")
            self.text_view.setPlainText("")
            return
        self.subject.setText(f"{message.get('subject') or ''}\n→ {message.get('recipient') or ''}")
        html = message.get("body_html") or ""
        self.html_view.setHtml(html) if html else self.html_view.setPlainText(message.get("body_text") or "")
        self.text_view.setPlainText(message.get("body_text") or "")

    def on_events(self, _batch: list) -> None:
        """Runtime events arrived: refresh now if shown and the outbox grew, else on the next show."""
        if not self.isVisible():
            self.stale = True
        elif self._newest_id() != (self.messages[0]["id"] if self.messages else None):
            self.refresh()

    def _newest_id(self) -> int | None:
        with self.db.begin() as conn:
            return newest_id(conn)

    def showEvent(self, event: Any) -> None:
        if self.stale:
            self.refresh()
        self.update_banner()
        super().showEvent(event)
