"""The problems panel: one row per validation problem, then one per review warning (what will
run, but maybe not as meant); clicking one points at its node."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

NODE_ROLE = Qt.ItemDataRole.UserRole


def message_text(message: Any, lang: str) -> str:
    """A problem message in `lang` (a catalog Text, a dict {es, en} or plain text)."""
    if hasattr(message, "get") and not isinstance(message, dict):
        return message.get(lang)
    if isinstance(message, dict):
        return message.get(lang) or message.get("en") or message.get("es") or ""
    return str(message)


class ProblemsPanel(QWidget):
    """Signals `problem_activated(node_id)` ("" for flow-wide problems)."""

    problem_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # long warnings wrap: no sideways scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._problems: list[Any] = []
        self._warnings: list[Any] = []
        self._title_of: Callable[[str], str] = lambda node_id: node_id
        self._lang = "es"

    def set_problems(self, problems: Sequence[Any], title_of: Callable[[str], str],
                     lang: str, warnings: Sequence[Any] = ()) -> None:
        """Show `problems` and `warnings` (objects with node_id and message); `title_of` names a node."""
        self._problems = list(problems)
        self._warnings = list(warnings)
        self._title_of = title_of
        self._lang = lang
        self._fill()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        if not self._problems and not self._warnings:
            item = QListWidgetItem(self.tr("No problems"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        style = self.style()
        icons = (style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        for p, icon in [(p, icons[0]) for p in self._problems] + [(w, icons[1]) for w in self._warnings]:
            node_id = getattr(p, "node_id", None) or ""
            where = self._title_of(node_id) if node_id else self.tr("Flow")
            text = f"{where}: {message_text(getattr(p, 'message', ''), self._lang)}"
            item = QListWidgetItem(icon, text)
            item.setData(NODE_ROLE, node_id)
            item.setToolTip(text)
            self.list.addItem(item)

    def count(self) -> int:
        return len(self._problems)

    def warning_count(self) -> int:
        return len(self._warnings)

    def _on_item(self, item: QListWidgetItem) -> None:
        node_id = item.data(NODE_ROLE)
        if node_id is not None:
            self.problem_activated.emit(node_id)
