"""The three-way questions answer with the button the person clicks (a real QMessageBox, clicked from its loop)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.dialogs import ask


def _click(label: str | None) -> None:
    """From inside the box's event loop: click the button showing `label` (None: close the box)."""
    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if label is None:
            box.reject()
            return
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
        button.click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize(("label", "answer"), [("Reload", "reload"), ("Save as copy", "copy"), ("Cancel", "cancel"),
                                               (None, "cancel")])
def test_reload_copy_cancel(qapp, label, answer):
    _click(label)
    assert ask.reload_copy_cancel(None, "Save", "saved elsewhere") == answer


@pytest.mark.parametrize(("label", "answer"), [("Save", "save"), ("Discard", "discard"), ("Cancel", "cancel")])
def test_save_discard_cancel(qapp, label, answer):
    _click(label)
    assert ask.save_discard_cancel(None, "Unsaved changes", "Save them?") == answer
