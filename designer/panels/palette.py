"""The palette: node types grouped by kind, searchable, dragged or double-clicked onto the canvas."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from designer.canvas import style
from designer.canvas.graph import NODE_MIME, TEXT_PREFIX
from runtime.catalog import Catalog
from runtime.catalog.types import NodeKind, Text

KIND_TITLES: dict[NodeKind, Text] = {
    NodeKind.TRIGGER: Text("Lanzadores", "Triggers"),
    NodeKind.ACTION: Text("Acciones", "Actions"),
    NodeKind.DECISION: Text("Decisiones", "Decisions"),
    NodeKind.WAIT: Text("Esperas", "Waits"),
}
TYPE_ROLE = Qt.ItemDataRole.UserRole


def fold(text: str) -> str:
    """Lower-case `text` without accents, for accent-insensitive search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mime_for(type_id: str) -> QMimeData:
    """The drag payload of a palette entry (our MIME type plus a text fallback)."""
    mime = QMimeData()
    mime.setData(NODE_MIME, type_id.encode())
    mime.setText(TEXT_PREFIX + type_id)
    return mime


class _Tree(QTreeWidget):
    def mimeTypes(self) -> list[str]:
        return [NODE_MIME, "text/plain"]

    def mimeData(self, items) -> QMimeData:
        type_id = items[0].data(0, TYPE_ROLE) if items else None
        return mime_for(type_id) if type_id else QMimeData()


class Palette(QWidget):
    """Signals `add_requested(type_id)` on double-click (the editor adds at the view centre)."""

    add_requested = Signal(str)

    def __init__(self, catalog: Catalog, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.catalog = catalog
        self.lang = lang
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.tree.setIndentation(12)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self._groups: dict[NodeKind, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()
        self.set_language(lang)

    def _build(self) -> None:
        for kind in KIND_TITLES:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setIcon(0, style.kind_icon(kind))
            group.setForeground(0, QBrush(QColor(*style.kind_color(kind))))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self._groups[kind] = group
            for nt in self.catalog.of_kind(kind):
                item = QTreeWidgetItem(group)
                item.setData(0, TYPE_ROLE, nt.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                self._items[nt.id] = item
            group.setExpanded(True)

    def set_language(self, lang: str) -> None:
        """Retitle groups and entries from the catalog's texts."""
        self.lang = lang
        self.search.setPlaceholderText(self.tr("Search nodes…"))
        for kind, group in self._groups.items():
            group.setText(0, KIND_TITLES[kind].get(lang))
        for type_id, item in self._items.items():
            nt = self.catalog.get(type_id)
            item.setText(0, nt.title.get(lang))
            item.setToolTip(0, nt.description.get(lang))
        self.apply_filter(self.search.text())

    def apply_filter(self, text: str) -> None:
        """Show entries whose title or description contains `text` (accents ignored)."""
        needle = fold(text.strip())
        for kind, group in self._groups.items():
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                nt = self.catalog.get(item.data(0, TYPE_ROLE))
                hay = fold(" ".join([nt.title.get(self.lang), nt.title.es, nt.title.en, nt.description.get(self.lang),
                                     nt.id]))
                visible = not needle or needle in hay
                item.setHidden(not visible)
                shown += visible
            group.setHidden(shown == 0)
            del kind

    def visible_types(self) -> list[str]:
        return [t for t, item in self._items.items()
                if not item.isHidden() and not item.parent().isHidden()]

    def item_for(self, type_id: str) -> QTreeWidgetItem | None:
        return self._items.get(type_id)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        type_id = item.data(0, TYPE_ROLE)
        if type_id:
            self.add_requested.emit(type_id)
