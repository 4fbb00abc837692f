"""`install_history(window)`: the History page, its menu entries, canvas badges and live updates.

Wires the parts together through the window's `Host` parts: a tab in `window.tabs`,
"Show history" in the Flow menu and "History" among the View menu's pages, the canvas
badges on `window.editor`, and `window.bridge.events` (this process's runtime) and
`changed_elsewhere` (other processes' work), throttled, for live data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from designer.canvas.badges import STATES, CanvasBadges
from designer.extension import Host
from designer.history import states
from designer.history.live import Throttle
from designer.history.loader import CountsLoader
from designer.history.panel import HistoryPanel
from designer.i18n import resources_dir
from runtime import history


class HistoryExtension(QObject):
    """The installed history feature; `retranslate()` is called on language changes."""

    def __init__(self, window: Host) -> None:
        super().__init__(window.window())
        self.window = window
        self.panel = HistoryPanel(window.db)
        self.index = window.tabs.addTab(self.panel, QIcon(str(resources_dir() / "icons" / "history.svg")), "")
        self.badges = CanvasBadges(window.editor.graph, self)
        self.badges.badge_clicked.connect(self.show_node)
        self.canvas_live = Throttle(self._refresh_badges_for, parent=self)
        self.counts_loader = CountsLoader(window.db, self)  # live refreshes read off the GUI thread
        self.counts_loader.ready.connect(self._on_counts)
        self._counts_wanted = False  # an off-thread read was asked for since the last direct one

        self.show_action = QAction(window.window())
        self.show_action.setObjectName("action_show_history")
        self.show_action.setShortcut(QKeySequence("Ctrl+H"))
        self.show_action.triggered.connect(lambda: self.show_history(window.flow_id))
        self.page_action = QAction(window.window())
        self.page_action.setObjectName("action_history_page")
        self.page_action.setShortcut(QKeySequence("Ctrl+3"))
        self.page_action.triggered.connect(lambda: window.tabs.setCurrentWidget(self.panel))
        window.add_menu_actions("flow", {"show_history": self.show_action})
        window.add_menu_actions("view", {"history_page": self.page_action}, group="pages")

        window.editor.loaded.connect(self.refresh_badges)
        self.panel.enrollment_selected.connect(self.show_path)
        self.panel.changed.connect(self.refresh_badges)
        window.tabs.currentChanged.connect(self._on_page)
        if window.bridge is not None:
            window.bridge.events.connect(self.on_events)
            window.bridge.changed_elsewhere.connect(self.on_changed_elsewhere)
            self.panel.operator.wake = self._wake
        self.retranslate()

    def retranslate(self) -> None:
        w = self.window
        w.tabs.setTabText(self.index, self.tr("History"))
        self.show_action.setText(self.tr("Show &history of this flow"))
        self.page_action.setText(self.tr("&History"))
        self.panel.retranslate()
        self.refresh_badges()

    # -- navigation ------------------------------------------------------------------
    def show_history(self, flow_id: str | None = None, node_id: str | None = None,
                     statuses: frozenset[str] | None = None) -> None:
        """Switch to the History page filtered to `flow_id` (None: all), `node_id` and `statuses`."""
        title = self.window.editor.node_title(node_id) if node_id else ""
        self.panel.show_flow(flow_id, node_id, title, statuses)
        self.window.tabs.setCurrentWidget(self.panel)

    def show_node(self, node_id: str) -> None:
        """A badge was clicked: the contacts at that node now (the badge's states, not who ended there)."""
        shown = self.badges.counts_shown().get(node_id) or {}
        self.show_history(self.window.flow_id, node_id, frozenset(shown) or frozenset(STATES))

    def _on_page(self, index: int) -> None:
        """Showing the History page re-reads it (the window moves the editor's docks aside)."""
        if index == self.index:
            self.panel.refresh()
        elif index == 0:
            self.refresh_badges()

    # -- canvas ----------------------------------------------------------------------
    def refresh_badges(self) -> None:
        flow_id = self.window.flow_id
        if not flow_id:
            self.badges.set_counts({})
            self.badges.clear_path()
            return
        self._counts_wanted = False  # a read already under way is older than this one
        with self.window.db.begin() as conn:
            self._show_counts(history.node_counts(conn, flow_id))

    def _show_counts(self, counts: dict) -> None:
        self.badges.set_counts({k: v for k, v in counts.items() if v.total}, self._tooltip)

    def _refresh_badges_for(self, flows: set[str | None]) -> None:
        """The throttle's callback (live): the counts are read in the loader's thread."""
        if self.window.flow_id and (self.window.flow_id in flows or None in flows):
            self._counts_wanted = True
            self.counts_loader.load(self.window.flow_id)

    def _on_counts(self, flow_id: str, counts: dict) -> None:
        if self._counts_wanted and flow_id == self.window.flow_id:
            self._show_counts(counts)

    def _tooltip(self, _node_id: str, counts: dict[str, int]) -> str:
        parts = [f"{n} {states.label(k).lower()}" for k, n in counts.items() if n]
        return ", ".join(parts) + "\n" + self.tr("Click to see these contacts in the history")

    def show_path(self, enrollment_id: int, flow_id: str) -> None:
        """Highlight the enrollment's path when its flow is the one open."""
        if flow_id != self.window.flow_id:
            self.badges.clear_path()
            return
        with self.window.db.begin() as conn:
            nodes = history.nodes_of(conn, enrollment_id)
            edges = history.path_of(conn, enrollment_id)
        row = self.panel.model.row_of(enrollment_id)
        current = self.panel.model.row_at(row).current_node_id if row >= 0 else None
        self.badges.highlight_path(nodes, edges, current)

    # -- live ------------------------------------------------------------------------
    def _wake(self) -> None:
        runtime = getattr(self.window.bridge, "runtime", None)
        if runtime is not None and hasattr(runtime, "wake"):
            runtime.wake()

    def on_events(self, batch: list) -> None:
        self.panel.on_events(batch)
        self.canvas_live.poke_events(batch)

    def on_changed_elsewhere(self) -> None:
        """Another process's work: which flows it touched is unknown, so any flow (None)."""
        self.panel.live.poke(None)
        self.canvas_live.poke(None)


def install_history(window: Host) -> HistoryExtension:
    """Add the history feature to `window`; returns the object the window retranslates."""
    return HistoryExtension(window)
