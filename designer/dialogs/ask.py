"""The designer's questions to the user, in one place so tests can answer them.

Callers use `ask.confirm(...)` etc. through the module, so a test can replace one
function (monkeypatch) and answer without a modal dialog blocking the event loop.
"""

from __future__ import annotations

from typing import Any

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


def _choose(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
            answers: list[tuple[str, Any]], default: str) -> str:
    """A question with a button per (answer, standard button or (label, role)) and Cancel; the answer
    clicked, "cancel" otherwise."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [(box.addButton(*spec) if isinstance(spec, tuple) else box.addButton(spec), answer)
               for answer, spec in answers]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(button for button, answer in buttons if answer == default))
    box.exec()
    return next((answer for button, answer in buttons if button is box.clickedButton()), "cancel")


def save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """"save", "discard" or "cancel" for unsaved changes."""
    return _choose(parent, QMessageBox.Icon.Question, title, text,
                   [("save", QMessageBox.StandardButton.Save), ("discard", QMessageBox.StandardButton.Discard)], "save")


def reload_copy_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """"reload", "copy" or "cancel" when a save finds the flow saved elsewhere meanwhile."""
    return _choose(parent, QMessageBox.Icon.Warning, title, text, [
        ("reload", (QCoreApplication.translate("ask", "Reload"), QMessageBox.ButtonRole.DestructiveRole)),
        ("copy", (QCoreApplication.translate("ask", "Save as copy"), QMessageBox.ButtonRole.AcceptRole)),
    ], "copy")


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
