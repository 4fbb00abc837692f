"""Operator actions on enrollments: confirm, call `runtime.history.actions`, show the results.

The module-level `confirm`, `choose_node` and `show_results` are the only places that
open a dialog, so tests replace them (monkeypatch) and answer without a modal loop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from designer.i18n import current_language, text_of
from runtime.catalog import get_catalog
from runtime.flows import repository
from runtime.i18n import translate_rendered
from runtime.store.db import Database

KEYS = ("retry", "resolve_send", "resolve_done", "skip_wait", "move", "cancel", "reenroll")


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before acting; True = go ahead."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose_node(parent: QWidget | None, title: str, label: str, nodes: list[tuple[str, str]]) -> str | None:
    """A node id picked from (id, title) pairs, or None if cancelled."""
    titles = [t for _, t in nodes]
    chosen, ok = QInputDialog.getItem(parent, title, label, titles, 0, False)
    if not ok or chosen not in titles:
        return None
    return nodes[titles.index(chosen)][0]


def show_results(parent: QWidget | None, title: str, text: str, failed: bool) -> None:
    box = QMessageBox.warning if failed else QMessageBox.information
    box(parent, title, text)


def version_nodes(db: Database, flow_id: str, version: int) -> list[tuple[str, str]]:
    """(node id, title) of one flow version, in document order, triggers left out."""
    catalog = get_catalog()
    with db.begin() as conn:
        vid = next((v.id for v in repository.list_versions(conn, flow_id) if v.version == version), None)
        if vid is None:
            return []
        flow = repository.load_version(conn, vid)
    out = []
    for node in flow.nodes:
        ntype = catalog.get(node.type)
        if ntype is not None and str(ntype.kind) == "trigger":
            continue
        out.append((node.id, node.title or (text_of(ntype.title) if ntype else node.type)))
    return out


class OperatorActions(QObject):
    """Texts and flow of each action; `run(key, rows)` returns the results (None if not done)."""

    def __init__(self, db: Database, parent: QWidget | None = None, wake: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.widget = parent
        self.wake = wake  # () -> None: wake the embedded runtime so the change runs at once

    def title(self, key: str) -> str:
        return {
            "retry": self.tr("Retry failed step"),
            "resolve_send": self.tr("Resolve: send again"),
            "resolve_done": self.tr("Resolve: mark as done"),
            "skip_wait": self.tr("Skip wait"),
            "move": self.tr("Move to node…"),
            "cancel": self.tr("Cancel"),
            "reenroll": self.tr("Re-enroll"),
        }[key]

    def question(self, key: str, n: int, node: str = "") -> str:
        texts = {
            "retry": self.tr("Run the failed step again for %n contact(s)?", "", n),
            "resolve_send": self.tr("The outcome of the step is unknown for %n contact(s). "
                                    "Send it again? The receiver may get it twice.", "", n),
            "resolve_done": self.tr("Mark the uncertain step as done for %n contact(s) and go on "
                                    "without sending it again?", "", n),
            "skip_wait": self.tr("End the wait now for %n contact(s) and go on to the next step?", "", n),
            "move": self.tr("Move %n contact(s) to the node «%1»? They continue from there.", "", n),
            "cancel": self.tr("Stop the journey of %n contact(s)? Nothing more will run for them.", "", n),
            "reenroll": self.tr("Start the flow again from its trigger for %n contact(s)?", "", n),
        }
        return texts[key].replace("%1", node)

    def run(self, key: str, rows: list[Any]) -> list[Any] | None:
        """Confirm, act on `rows` (HistoryRow), report; the ActionResults, or None if cancelled."""
        from runtime.history import actions

        if not rows:
            return None
        ids = [int(r.id) for r in rows]
        node_title, node_id = "", None
        if key == "move":
            versions = {(r.flow_id, r.version) for r in rows}
            if len(versions) != 1:
                show_results(self.widget, self.title(key),
                             self.tr("Choose contacts of one flow version to move them together."), True)
                return None
            (flow_id, version), = versions
            nodes = version_nodes(self.db, flow_id, version)
            node_id = choose_node(self.widget, self.title(key), self.tr("Node to move to:"), nodes)
            if node_id is None:
                return None
            node_title = dict(nodes).get(node_id, node_id)
        if not confirm(self.widget, self.title(key), self.question(key, len(ids), node_title)):
            return None
        w = {"wake": self.wake}
        calls = {
            "retry": lambda: actions.retry(self.db, ids, **w),
            "resolve_send": lambda: actions.resolve(self.db, ids, how="send_again", **w),
            "resolve_done": lambda: actions.resolve(self.db, ids, how="mark_done", **w),
            "skip_wait": lambda: actions.skip_wait(self.db, ids, **w),
            "move": lambda: actions.move(self.db, ids, node_id or "", **w),
            "cancel": lambda: actions.cancel(self.db, ids, **w),
            "reenroll": lambda: actions.reenroll(self.db, ids, **w),
        }
        results = list(calls[key]())
        self.report(key, results)
        return results

    def report(self, key: str, results: list[Any]) -> None:
        done = sum(1 for r in results if r.ok)
        failed = [r for r in results if not r.ok]
        text = self.tr("%n contact(s) done.", "", done)
        if failed:
            lines = [f"#{r.enrollment_id}: {translate_rendered(current_language(), r.message)}" for r in failed[:20]]
            if len(failed) > 20:
                lines.append(self.tr("…and %n more.", "", len(failed) - 20))
            text += "\n\n" + self.tr("%n could not be changed:", "", len(failed)) + "\n" + "\n".join(lines)
        show_results(self.widget, self.title(key), text, bool(failed))
