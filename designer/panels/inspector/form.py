"""The inspector: a form generated from the selected node's config schema.

It never changes a node itself: every edit becomes `edit_requested(uid, title,
config, merge_key)`, which the editor turns into one undoable command. After
undo/redo the editor calls `show_node` again and only changed values are rewritten.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.panels.inspector.base import FieldEditor
from designer.panels.inspector.factory import make_editor
from designer.panels.inspector.sources import Choices
from runtime.catalog.types import FieldKind, NodeType


class Inspector(QWidget):
    """Signals `edit_requested(uid, title, config, merge_key or "")`."""

    edit_requested = Signal(str, str, dict, str)

    def __init__(self, field_source: Any = None, lang: str = "es",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.choices = Choices(field_source)
        self.lang = lang
        self.uid: str | None = None
        self.node_type: NodeType | None = None
        self.title = ""
        self.config: dict[str, Any] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.title_edit = QLineEdit()
        self.clear()

    # --- public ----------------------------------------------------------------------

    def clear(self) -> None:
        """Show the empty state (no node or several nodes selected)."""
        self.uid, self.node_type, self.editors, self.labels = None, None, {}, {}
        page = QWidget()
        lay = QVBoxLayout(page)
        hint = QLabel(self.tr("Select one node to edit its settings."), page)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(hint)
        self._set_page(page)

    def show_node(self, uid: str, node_type: NodeType | None, title: str,
                  config: dict[str, Any]) -> None:
        """Show `uid`'s form; same node again = only refresh values that changed."""
        if uid == self.uid and node_type is self.node_type:
            self.title, self.config = title, copy.deepcopy(config)
            if self.title_edit.text() != title:
                self.title_edit.setText(title)
            for name, editor in self.editors.items():
                editor.set_value(self.config.get(name))
            self._apply_visibility()
            return
        self.uid, self.node_type = uid, node_type
        self.title, self.config = title, copy.deepcopy(config)
        self._build()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.uid is not None:
            self._build()
        else:
            self.clear()

    def set_field_source(self, source: Any) -> None:
        self.choices = Choices(source)
        if self.uid is not None:
            self._build()

    # --- building --------------------------------------------------------------------

    def _set_page(self, page: QWidget) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(page)

    def _build(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # labels above their fields: a narrow inspector (1280 x 720) needs no sideways scrolling
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        nt = self.node_type
        header = nt.title.get(self.lang) if nt else self.tr("Unknown node type")
        self.header = QLabel(f"<b>{header}</b>", page)
        self.header.setWordWrap(True)
        form.addRow(self.header)
        if nt is not None:
            desc = QLabel(nt.description.get(self.lang), page)
            desc.setWordWrap(True)
            desc.setStyleSheet("color: palette(mid);")
            form.addRow(desc)
        self.title_edit = QLineEdit(self.title, page)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(header)
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.setToolTip(self.tr("The name this step shows on the canvas and in the history."))
        form.addRow(self.tr("Name of the step"), self.title_edit)
        self.editors, self.labels = {}, {}
        for field in nt.fields if nt else ():
            editor = make_editor(field, self.lang, self.choices, lambda: self.config)
            editor.setObjectName(f"field_{field.name}")
            editor.set_value(self.config.get(field.name, copy.deepcopy(field.default)))
            editor.setToolTip(field.help.get(self.lang))
            editor.edited.connect(lambda v, typing, n=field.name: self._field_edited(n, v, typing))
            label = QLabel(field.title.get(self.lang) + (" *" if field.required else ""), page)
            label.setToolTip(field.help.get(self.lang))
            if field.kind == FieldKind.BOOLEAN:
                label.setText("")
            self.editors[field.name], self.labels[field.name] = editor, label
            form.addRow(label, editor)
        self._set_page(page)
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        nt = self.node_type
        for field in nt.fields if nt else ():
            visible = field.is_visible(self.config)
            self.editors[field.name].setVisible(visible)
            self.labels[field.name].setVisible(visible)

    # --- edits -------------------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        if self.uid is None:
            return
        self.title = text
        self.edit_requested.emit(self.uid, text, copy.deepcopy(self.config), "title")

    def _field_edited(self, name: str, value: Any, typing: bool) -> None:
        if self.uid is None:
            return
        self.config[name] = value
        self._apply_visibility()
        for other, editor in self.editors.items():
            if other != name:
                editor.refresh_choices()
        self.edit_requested.emit(self.uid, self.title, copy.deepcopy(self.config),
                                 f"field:{name}" if typing else "")

    def editor(self, name: str) -> FieldEditor | None:
        return self.editors.get(name)
