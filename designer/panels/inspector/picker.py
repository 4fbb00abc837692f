"""A searchable picker: labels people read, grouped, the stored key only as a grey hint.

`PickerCombo` looks like any combo box; opening it (click, Space, F4, or just typing)
shows a `PickerPopup`: a search box over the items, grouped by `Pick.group`. Typing
filters by label, key or group; Up/Down move; Enter picks; Esc closes. With `new_text`
a typed value that matches nothing can be used as is ("Create tag «fuera»").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.panels.inspector.base import FieldEditor, tr
from designer.panels.palette import fold

VALUE_ROLE = Qt.ItemDataRole.UserRole
HINT_COLOR = QColor(120, 132, 146)


@dataclass(frozen=True)
class Pick:
    """One choice: the stored `value`, the `label` shown, its `group` and a grey `hint`."""

    value: str
    label: str
    group: str = ""
    hint: str = ""
    shown: str = ""  # the text of the closed picker (default: the label)

    def display(self) -> str:
        return self.shown or self.label


def _matches(pick: Pick, words: list[str]) -> bool:
    hay = fold(f"{pick.label} {pick.value} {pick.group} {pick.hint}")
    return all(w in hay for w in words)


class PickerPopup(QFrame):
    """The popup list; `picked(value)` when one is chosen (then it closes)."""

    picked = Signal(str)

    def __init__(self, picks: list[Pick], new_text: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("pickerPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.picks = picks
        self.new_text = new_text
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("pickerList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        # the label whole, the key (a hint) gets what is left
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setFocusProxy(self.search)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        lay.addWidget(self.search)
        lay.addWidget(self.tree)
        self._new_item: QTreeWidgetItem | None = None
        self._fill()
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)

    # --- building ---------------------------------------------------------------

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for pick in self.picks:
            parent: QTreeWidget | QTreeWidgetItem = self.tree
            if pick.group:
                if pick.group not in groups:
                    head = QTreeWidgetItem(self.tree, [pick.group, ""])
                    head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    head.setFont(0, bold)
                    head.setExpanded(True)
                    head.setFirstColumnSpanned(True)
                    groups[pick.group] = head
                parent = groups[pick.group]
            item = QTreeWidgetItem(parent, [pick.label, pick.hint])
            item.setData(0, VALUE_ROLE, pick.value)
            item.setForeground(1, QBrush(HINT_COLOR))
            if pick.hint:
                item.setToolTip(0, pick.hint)
        self.tree.expandAll()
        self._filter("")

    def leaves(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, VALUE_ROLE) is not None:
                out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def visible_values(self) -> list[str]:
        """The values a user can pick now (the "new" entry's included), in order."""
        return [i.data(0, VALUE_ROLE) for i in self.leaves() if not i.isHidden()]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        by_value = {p.value: p for p in self.picks}
        if self._new_item is not None:
            index = self.tree.indexOfTopLevelItem(self._new_item)
            self.tree.takeTopLevelItem(index)
            self._new_item = None
        first = exact = None
        for item in self.leaves():
            pick = by_value.get(item.data(0, VALUE_ROLE))
            shown = pick is not None and _matches(pick, words)
            item.setHidden(not shown)
            if shown:
                first = first or item
                if text.strip().casefold() in (pick.label.casefold(), pick.value.casefold()):
                    exact = exact or item
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                top.setHidden(all(top.child(j).isHidden() for j in range(top.childCount())))
        typed = text.strip()
        if self.new_text is not None and typed and exact is None:
            self._new_item = QTreeWidgetItem([self.new_text(typed), ""])
            self._new_item.setData(0, VALUE_ROLE, typed)
            font = QFont(self.font())
            font.setItalic(True)
            self._new_item.setFont(0, font)
            self.tree.addTopLevelItem(self._new_item)
            self._new_item.setFirstColumnSpanned(True)
        current = exact or first or self._new_item
        self.tree.setCurrentItem(current) if current is not None else self.tree.clearSelection()

    # --- keys and choice ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.tree.currentItem()
                if item is not None and item.data(0, VALUE_ROLE) is not None:
                    self._on_item(item)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        items = [i for i in self.leaves() if not i.isHidden()]
        if self._new_item is not None:
            items.append(self._new_item)
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) if current in items else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8}[Qt.Key(key)]
        self.tree.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, VALUE_ROLE)
        if value is None:
            return
        self.close()
        self.picked.emit(str(value))

    def popup_at(self, anchor: QWidget, text: str = "") -> None:
        """Show under `anchor` (above when there is no room), with `text` typed in."""
        self.show_at(anchor.mapToGlobal(QPoint(0, anchor.height())), max(anchor.width(), 300),
                     anchor.mapToGlobal(QPoint(0, 0)).y(), text)

    def show_at(self, below: QPoint, width: int = 300, above_y: int | None = None, text: str = "") -> None:
        """Show with its top-left at `below` (global), or ending at `above_y` when there is no room."""
        rows = max(1, min(12, len(self.picks) + len({p.group for p in self.picks if p.group})))
        height = 44 + rows * (self.tree.fontMetrics().height() + 8)
        screen = (QApplication.screenAt(below) or QApplication.primaryScreen()).availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - width))
        top = below.y() if above_y is None else above_y
        y = below.y() if below.y() + height <= screen.bottom() else max(screen.top(), top - height)
        self.setGeometry(x, y, width, height)
        self.show()
        self.search.setFocus()
        if text:
            self.search.setText(text)


class PickerCombo(QComboBox):
    """A combo box that opens a PickerPopup instead of its own list."""

    picked = Signal(str)

    def __init__(self, picks: Callable[[], list[Pick]], new_text: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picks = picks
        self.new_text = new_text
        self.popup_widget: PickerPopup | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.addItem("")

    def show_text(self, text: str, hint: str = "") -> None:
        """Show `text` (empty: the placeholder) and `hint` as the tooltip."""
        self.setItemText(0, text)
        self.setCurrentIndex(0 if text else -1)
        self.setToolTip(hint)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self.open_popup()

    def hidePopup(self) -> None:  # noqa: N802
        if self.popup_widget is not None:
            self.popup_widget.close()

    def open_popup(self, text: str = "") -> PickerPopup:
        popup = PickerPopup(self.picks(), self.new_text, self)
        popup.picked.connect(self.picked)
        self.popup_widget = popup
        popup.popup_at(self, text)
        return popup

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            self.open_popup(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_popup()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.open_popup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - scrolling the form must not change a value
        event.ignore()


class PickerEditor(FieldEditor):
    """A FieldEditor over a PickerCombo; unknown stored values stay visible as they are."""

    def __init__(self, picks: Callable[[], list[Pick]], new_text: Callable[[str], str] | None = None,
                 on_new: Callable[[str], None] | None = None, placeholder: str = "") -> None:
        super().__init__()
        self.picks = picks
        self.on_new = on_new
        self.combo = PickerCombo(picks, new_text, self)
        self.combo.setPlaceholderText(placeholder or tr("Choose…"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self._value = ""
        self.combo.picked.connect(self._picked)
        self._show()

    def _picked(self, value: str) -> None:
        known = any(p.value == value for p in self.picks())
        if not known and self.on_new is not None:
            self.on_new(value)
        self._value = value
        self._show()
        self.edited.emit(value, False)

    def _show(self) -> None:
        pick = next((p for p in self.picks() if p.value == self._value), None)
        if pick is not None:
            self.combo.show_text(pick.display(), pick.hint)
        else:
            self.combo.show_text(self._value, self._value)

    def value(self) -> str:
        return self._value

    def set_value(self, value: object) -> None:
        value = "" if value is None else str(value)
        if value != self._value or not self.combo.currentText():
            self._value = value
            self._show()

    def refresh_choices(self) -> None:
        self._show()
