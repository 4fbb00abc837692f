"""Which operator actions make sense for a selection, and the toolbar/context menu that offers them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from designer.history.operator import KEYS, OperatorActions

LIVE = ("active", "waiting")
ENDED = ("completed", "exited", "failed", "cancelled")


def _uncertain(row: Any) -> bool:
    return bool(getattr(row, "uncertain", False)) or row.status == "uncertain"


def enabled_for(key: str, rows: list[Any]) -> bool:
    """True when `key` can help at least one of `rows` (the runtime still checks each one)."""
    if not rows:
        return False
    if key == "retry":
        return any(r.status == "failed" for r in rows)
    if key in ("resolve_send", "resolve_done"):
        return any(_uncertain(r) for r in rows)
    if key == "skip_wait":
        return any(r.status == "waiting" and not _uncertain(r) for r in rows)
    if key == "move":
        return len({(r.flow_id, r.version) for r in rows}) == 1
    if key == "cancel":
        return any(r.status in (*LIVE, "uncertain") for r in rows)
    return any(r.status in ENDED for r in rows)  # reenroll: only an ended journey


class ActionsBar(QToolBar):
    """A toolbar of the operator actions; `rows_of()` gives the current selection."""

    def __init__(self, operator: OperatorActions, rows_of: Callable[[], list[Any]],
                 done: Callable[[list[Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_actions")
        self.operator = operator
        self.rows_of = rows_of
        self.done = done
        self.acts: dict[str, QAction] = {}
        for key in KEYS:
            if key == "resolve_done":
                continue
            act = QAction(self)
            act.setObjectName(f"history_{key}")
            act.triggered.connect(lambda _=False, k=key: self.run(k))
            self.acts[key] = act
        done_act = QAction(self)
        done_act.setObjectName("history_resolve_done")
        done_act.triggered.connect(lambda _=False: self.run("resolve_done"))
        self.acts["resolve_done"] = done_act
        self.resolve_menu = QMenu(self)
        self.resolve_menu.addActions([self.acts["resolve_send"], self.acts["resolve_done"]])
        self.resolve = QAction(self)
        self.resolve.setMenu(self.resolve_menu)
        for key in ("retry", "skip_wait", "move", "cancel", "reenroll"):
            self.addAction(self.acts[key])
            if key == "retry":
                self.addAction(self.resolve)
                button = self.widgetForAction(self.resolve)
                if isinstance(button, QToolButton):
                    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.retranslate()
        self.update_enabled([])

    def retranslate(self) -> None:
        for key, act in self.acts.items():
            act.setText(self.operator.title(key))
        self.resolve.setText(self.tr("Resolve"))
        self.resolve.setToolTip(self.tr("Decide a step whose outcome is unknown"))

    def update_enabled(self, rows: list[Any]) -> None:
        for key, act in self.acts.items():
            act.setEnabled(enabled_for(key, rows))
        self.resolve.setEnabled(enabled_for("resolve_send", rows))

    def context_menu(self, parent: QWidget) -> QMenu:
        """The same actions as a context menu (built per click, so enabling is current)."""
        menu = QMenu(parent)
        menu.addAction(self.acts["retry"])
        menu.addMenu(self.resolve_menu).setText(self.tr("Resolve"))
        for key in ("skip_wait", "move", "cancel", "reenroll"):
            menu.addAction(self.acts[key])
        return menu

    def run(self, key: str) -> list[Any] | None:
        results = self.operator.run(key, self.rows_of())
        if results is not None:
            self.done(results)
        return results
