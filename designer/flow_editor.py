"""FlowEditor: the canvas plus its palette, inspector and problems panels, as one contract.

```python
editor = FlowEditor(catalog=get_catalog(), lang="es", field_source=None)
editor.load_flow(flow); editor.flow() -> Flow; editor.undo_stack -> QUndoStack
editor.palette_widget / inspector_widget / problems_widget   # the main window docks them
editor.set_problems(problems); editor.select_node(node_id); editor.set_language(lang)
editor.set_down(True)   # top-down (default) or left to right
signals: changed(), selection_changed(list[str]), problem_activated(str), loaded()
```
Around the canvas: a "+" on every connection inserts a step, Ctrl+F finds a step, a
minimap shows where the view is in a big flow, and an empty canvas says how to start.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from designer.canvas import clipboard, inserting
from designer.canvas.document import CanvasDocument
from designer.canvas.find import FindBar
from designer.panels.inspector import Inspector
from designer.panels.inspector.picker import Pick, PickerPopup
from designer.panels.palette import KIND_TITLES, Palette, fold
from designer.panels.problems import ProblemsPanel, message_text
from runtime.catalog import Catalog, get_catalog
from runtime.catalog.types import NodeKind
from runtime.flows.model import Flow


class FlowEditor(QWidget):
    """The flow canvas widget; its side panels are attributes the main window places."""

    changed = Signal()
    selection_changed = Signal(list)
    problem_activated = Signal(str)
    loaded = Signal()  # a flow replaced the canvas (run overlays redraw)

    def __init__(self, catalog: Catalog | None = None, lang: str = "es",
                 field_source: Any = None, parent: QWidget | None = None, down: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("flow_editor")
        self.catalog = catalog or get_catalog()
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.doc = CanvasDocument(self.catalog, lang, self.undo_stack, self, down=down)
        self.graph = self.doc.graph
        self.viewer = self.graph.viewer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graph.widget)
        self.palette_widget = Palette(self.catalog, lang)
        self.inspector_widget = Inspector(field_source, lang)
        self.problems_widget = ProblemsPanel()
        self.find_bar = FindBar(self.viewer, self.find, self.select_node)
        self.viewer.overlays.append(self.find_bar)
        self.insert_popup: PickerPopup | None = None
        self._problems: list[Any] = []
        self._warnings: list[Any] = []
        self.actions_by_name: dict[str, QAction] = {}
        self._wire()
        self._make_actions()
        self.problems_widget.set_problems([], self.node_title, lang)

    # --- contract ---------------------------------------------------------------------

    def load_flow(self, flow: Flow) -> None:
        """Replace the canvas with `flow` and clear undo. See `load_warnings` for bad edges."""
        self.doc.load(flow)
        self.inspector_widget.clear()
        self.set_problems([], [])
        self.graph.fit_nodes()
        self._update_hint()
        self.loaded.emit()

    @property
    def load_warnings(self) -> list[str]:
        return list(self.doc.load_warnings)

    def flow(self) -> Flow:
        return self.doc.to_flow()

    def set_problems(self, problems: Sequence[Any], warnings: Sequence[Any] | None = None) -> None:
        """Show `problems` (runtime.flows.validate.Problem) on nodes and in the panel, and
        `warnings` (runtime.engine.review, None = keep the last ones) in the panel."""
        self._problems = list(problems)
        if warnings is not None:
            self._warnings = list(warnings)
        by_node: dict[str, list[str]] = {}
        for p in self._problems:
            node_id = getattr(p, "node_id", None)
            if node_id:
                by_node.setdefault(node_id, []).append(
                    message_text(getattr(p, "message", ""), self.lang))
        self.doc.set_problems(by_node)
        self.problems_widget.set_problems(self._problems, self.node_title, self.lang, self._warnings)

    def select_node(self, node_id: str) -> None:
        self.doc.select([node_id], center=True)

    def selected_node_ids(self) -> list[str]:
        return [n.uid for n in self.doc.selected_nodes()]

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.doc.set_language(lang)
        self.palette_widget.set_language(lang)
        self.inspector_widget.set_language(lang)
        self.set_problems(self._problems)
        self.viewer.rebuild_tab_search()

    def set_field_source(self, source: Any) -> None:
        self.inspector_widget.set_field_source(source)

    def set_overlay(self, texts: dict[str, str]) -> None:
        """Run overlay hook: a badge per node id (e.g. contacts waiting there)."""
        self.doc.set_overlay(texts)

    def node_title(self, node_id: str) -> str:
        node = self.graph.node_by_uid(node_id)
        return node.display_title(self.lang) if node else node_id

    # --- edits the shell can trigger ----------------------------------------------------

    def add_node_at_center(self, type_id: str) -> str:
        """At the view's centre, moved right until it covers no other node; a trigger next
        to the other triggers (they share the top row)."""
        x, y = self.graph.view_center()
        x, y = x - 110, y - 40
        nt = self.catalog.get(type_id)
        nodes = self.graph.flow_nodes()
        triggers = [n for n in nodes if n.NODE_TYPE is not None and n.NODE_TYPE.kind == NodeKind.TRIGGER]
        if nt is not None and nt.kind == NodeKind.TRIGGER and triggers:
            last = max(triggers, key=lambda n: n.view.sceneBoundingRect().right())
            x, y = last.view.sceneBoundingRect().right() + 40, last.view.xy_pos[1]
        rects = [n.view.sceneBoundingRect().adjusted(-10, -10, 10, 10) for n in nodes]
        for _ in range(len(rects) + 1):
            hit = next((r for r in rects if r.intersects(QRectF(x, y, 240, 80))), None)
            if hit is None:
                break
            x = hit.right() + 20
        return self.doc.add_node(type_id, (x, y))

    def add_step(self, type_id: str) -> str:
        """Palette double-click and Tab: after the one selected node, wired from its first free
        output (so a chain is built by picking its steps in order); else at the view's centre."""
        selected = self.doc.selected_nodes()
        uid = inserting.add_after(self.doc, type_id, selected[0].uid) if len(selected) == 1 else None
        if uid is None:
            return self.add_node_at_center(type_id)
        self.graph.center_on_node(self.graph.node_by_uid(uid))
        return uid

    def copy_selection(self) -> None:
        uids = self.selected_node_ids()
        if not uids:
            return
        text = clipboard.dumps(self.doc.fragment(uids))
        mime = QMimeData()
        mime.setData(clipboard.MIME, text.encode())
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)

    def paste(self) -> list[str]:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return []
        raw = (bytes(mime.data(clipboard.MIME).data()).decode() if mime.hasFormat(clipboard.MIME)
               else mime.text())
        try:
            fragment = clipboard.loads(raw)
        except (clipboard.FragmentError, json.JSONDecodeError):
            return []
        return self.doc.paste(fragment)

    def fit(self) -> None:
        selected = self.doc.selected_nodes()
        self.graph.fit_nodes(selected or None)

    def auto_layout(self) -> None:
        self.doc.auto_layout()
        self.graph.fit_nodes()

    def set_down(self, down: bool) -> None:
        """Draw top-down (True) or left to right; positions stay (Ctrl+L lays out again)."""
        self.graph.set_down(down)
        self.graph.fit_nodes()

    # --- find, insert, empty canvas ------------------------------------------------------

    def find(self, text: str) -> list[str]:
        """Uids of the nodes whose title or type matches `text` (accents and case ignored)."""
        words = fold(text).split()
        found = []
        for node in self.graph.flow_nodes():
            nt = node.NODE_TYPE
            hay = fold(" ".join([node.display_title(self.lang), nt.title.get(self.lang) if nt else "",
                                 node.type_id]))
            if all(w in hay for w in words):
                found.append(node.uid)
        return found

    def insert_choices(self) -> list[Pick]:
        """Every node type a connection can lead into (not triggers), grouped by kind."""
        return [Pick(nt.id, nt.title.get(self.lang), KIND_TITLES[nt.kind].get(self.lang),
                     nt.description.get(self.lang)[:60])
                for kind in (NodeKind.ACTION, NodeKind.DECISION, NodeKind.WAIT)
                for nt in self.catalog if nt.kind == kind]

    def show_insert(self, edge: tuple) -> PickerPopup:
        """The searchable list of steps to put on `edge` (a "+" was clicked)."""
        popup = PickerPopup(self.insert_choices(), None, self)
        popup.setObjectName("insertPopup")
        popup.picked.connect(lambda type_id: inserting.insert_on_edge(self.doc, type_id, edge))
        self.insert_popup = popup
        popup.show_at(QCursor.pos(), 320)
        return popup

    def _update_hint(self) -> None:
        hint = self.viewer.hint
        if not self.doc.meta.id:
            hint.setText(self.tr("No flow is open. Create one with File → New flow, or pick one in the "
                                 "Flows list."))
        else:
            hint.setText(self.tr("This flow is empty. Double-click a trigger in Nodes (or drag it here, or "
                                 "press Tab and type its name): it says when contacts come in. Then pick "
                                 "what happens to them: each step goes below the selected one."))
        hint.setVisible(not self.graph.flow_nodes())
        self.viewer.place_overlays()

    def show_quick_add(self) -> None:
        """Tab: NodeGraphQt's search menu listing catalog titles."""
        names = {nt.title.get(self.lang): [nt.id] for nt in self.catalog}
        self.viewer.rebuild_tab_search()
        self.viewer.tab_search_set_nodes(names)
        self.viewer.tab_search_toggle()

    # --- wiring -------------------------------------------------------------------------

    def _wire(self) -> None:
        self.doc.changed.connect(self.changed)
        self.doc.changed.connect(self._update_hint)
        self.doc.changed.connect(self.viewer.minimap.refresh)
        self.graph.insert_requested.connect(self.show_insert)
        self.doc.selection_changed.connect(self._on_selection)
        self.doc.node_data_changed.connect(self._on_node_data)
        self.palette_widget.add_requested.connect(self.add_step)
        self.graph.quick_add_requested.connect(self.add_step)
        self.inspector_widget.edit_requested.connect(
            lambda uid, title, config, key: self.doc.edit_node(uid, title, config, key or None))
        self.problems_widget.problem_activated.connect(self._on_problem)
        self.viewer.installEventFilter(self)

    def _make_actions(self) -> None:
        specs = [
            ("undo", [QKeySequence.StandardKey.Undo], self.undo_stack.undo),
            ("redo", [QKeySequence.StandardKey.Redo], self.undo_stack.redo),
            ("delete", [QKeySequence.StandardKey.Delete, Qt.Key.Key_Backspace], self.doc.delete_selected),
            ("copy", [QKeySequence.StandardKey.Copy], self.copy_selection),
            ("paste", [QKeySequence.StandardKey.Paste], self.paste),
            ("duplicate", [QKeySequence("Ctrl+D")], self.doc.duplicate_selected),
            ("select_all", [QKeySequence.StandardKey.SelectAll], self.graph.select_all),
            ("fit", [QKeySequence("F")], self.fit),
            ("layout", [QKeySequence("Ctrl+L")], self.auto_layout),
            ("find", [QKeySequence.StandardKey.Find], self.find_bar.open_bar),
            ("zoom_in", [QKeySequence.StandardKey.ZoomIn], lambda: self.viewer._set_viewer_zoom(1.0, 0.1)),
            ("zoom_out", [QKeySequence.StandardKey.ZoomOut], lambda: self.viewer._set_viewer_zoom(-1.0, 0.1)),
        ]
        for name, keys, slot in specs:
            action = QAction(self)
            action.setObjectName(f"editor_{name}")
            shortcuts: list[QKeySequence] = []
            for key in keys:
                shortcuts += (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                              else [QKeySequence(key)])
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.addAction(action)
            self.actions_by_name[name] = action
        # our own undo/redo actions (not createUndoAction): their words follow a language switch
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self._undo_text = self._redo_text = ""
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text)
        self.actions_by_name["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(self.undo_stack.canRedo())
        a = self.actions_by_name
        self.graph.set_context_actions([a["undo"], a["redo"], None, a["copy"], a["paste"], a["duplicate"],
                                        a["delete"], None, a["select_all"], a["layout"], a["fit"]])
        self.retranslate()

    def retranslate(self) -> None:
        """Words of the editor's own actions, in the installed language."""
        texts = {
            "delete": self.tr("Delete"), "copy": self.tr("Copy"), "paste": self.tr("Paste"),
            "duplicate": self.tr("Duplicate"), "select_all": self.tr("Select all"),
            "fit": self.tr("Fit to view"), "layout": self.tr("Auto-layout"),
            "zoom_in": self.tr("Zoom in"), "zoom_out": self.tr("Zoom out"),
            "find": self.tr("Find in flow…"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.viewer.plus_tip = self.tr("Insert a step here")
        for pipe in self.viewer.all_pipes():
            if hasattr(pipe, "plus"):
                pipe.plus.setToolTip(self.viewer.plus_tip)
        self.find_bar.retranslate()
        self._update_hint()
        self._undo_texts()

    def _on_undo_text(self, text: str) -> None:
        self._undo_text = text
        self._undo_texts()

    def _on_redo_text(self, text: str) -> None:
        self._redo_text = text
        self._undo_texts()

    def _undo_texts(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.actions_by_name["undo"].setText(self.tr("Undo %1").replace("%1", undo) if undo else self.tr("Undo"))
        self.actions_by_name["redo"].setText(self.tr("Redo %1").replace("%1", redo) if redo else self.tr("Redo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.viewer and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Tab):
            self.show_quick_add()
            return True
        return super().eventFilter(watched, event)

    def _on_selection(self, uids: list[str]) -> None:
        self._show_inspector(uids)
        self.selection_changed.emit(list(uids))

    def _show_inspector(self, uids: list[str]) -> None:
        node = self.graph.node_by_uid(uids[0]) if len(uids) == 1 else None
        if node is None:
            self.inspector_widget.clear()
        else:
            self.inspector_widget.show_node(node.uid, node.NODE_TYPE, node.title, node.config)

    def _on_node_data(self, uid: str) -> None:
        if self.inspector_widget.uid == uid:
            node = self.graph.node_by_uid(uid)
            if node is not None:
                self.inspector_widget.show_node(uid, node.NODE_TYPE, node.title, node.config)

    def _on_problem(self, node_id: str) -> None:
        if node_id:
            self.select_node(node_id)
        self.problem_activated.emit(node_id)
