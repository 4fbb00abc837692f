"""The crash dialog: what went wrong, where the log is, and the details to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def open_folder(path: Path) -> bool:
    """Show `path` in the system's file manager (creating it first)."""
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class CrashDialog(QDialog):
    """`summary` ("KeyError: 'x'"), the traceback in `details`, the log file's path."""

    def __init__(self, summary: str, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        self.details_text = details
        self.log_path = log_path
        head = QLabel(self.tr("Caudal hit an error it did not expect. Your saved flows and the contacts "
                              "in them are safe; what you were doing may not have finished."), self)
        head.setWordWrap(True)
        what = QLabel(f"<b>{_escape(summary)}</b>", self)
        what.setObjectName("crashSummary")
        what.setWordWrap(True)
        where = QLabel(self.tr("The details are in the log file %1: send it to whoever supports you.")
                       .replace("%1", f"<code>{_escape(str(log_path))}</code>"), self)
        where.setObjectName("crashLogPath")
        where.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("Open the logs folder"), self)
        self.copy_button = QPushButton(self.tr("Copy the details"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: open_folder(self.log_path.parent))
        self.copy_button.clicked.connect(self.copy)
        lay = QVBoxLayout(self)
        for w in (head, what, where, self.details):
            lay.addWidget(w)
        lay.addWidget(buttons)

    def copy(self) -> None:
        """The summary, log path and traceback to the clipboard."""
        QGuiApplication.clipboard().setText(f"{self.log_path}\n\n{self.details_text}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
