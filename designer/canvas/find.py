"""Find in flow (Ctrl+F): a bar over the canvas; nodes match by title or type, Enter goes to the next.

The bar only finds; `FindBar.matches(text)` is given by the editor (uids in document
order), and `go(uid)` selects and centres one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QFrame):
    """Overlay child of the canvas viewer (top right)."""

    def __init__(self, parent: QWidget, matches: Callable[[str], list[str]], go: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.find_matches = matches
        self.go = go
        self.found: list[str] = []
        self.index = -1
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findText")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(200)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.count.setMinimumWidth(60)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        for w in (self.edit, self.count, self.previous_button, self.next_button, self.close_button):
            lay.addWidget(w)
        self.edit.textChanged.connect(self._search)
        self.edit.installEventFilter(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find a step by name or type"))
        self.previous_button.setToolTip(self.tr("Previous (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_count()

    def open_bar(self) -> None:
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.parentWidget().setFocus()

    def _search(self, text: str) -> None:
        self.found = self.find_matches(text) if text.strip() else []
        self.index = -1
        if self.found:
            self.step(1)
        self._show_count()

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end."""
        if not self.found:
            return
        self.index = (self.index + delta) % len(self.found)
        self.go(self.found[self.index])
        self._show_count()
        self.edit.setFocus()

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.found:
            self.count.setText(self.tr("no match"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1))
                               .replace("%2", str(len(self.found))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
