"""The designer's questions to the user, in one place so tests can answer them.

Callers use `ask.confirm(...)` etc. through the module, so a test can replace one
function (monkeypatch) and answer without a modal dialog blocking the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

FLOW_FILTER_ID = "flow"


def flow_file_filter() -> str:
    return QCoreApplication.translate("ask", "Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)")


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True = yes."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def proceed(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A warning with a button naming the action ("Activate anyway") and Cancel; True = go on."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """"save", "discard" or "cancel" for unsaved changes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    """One line of text, or None if cancelled."""
    result, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return result if ok else None


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
