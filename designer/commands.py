"""Undoable edits of the flow editor that NodeGraphQt does not provide itself.

NodeGraphQt already pushes add / delete / move / connect commands onto the same
QUndoStack; these cover node data (title + config) and auto-layout. Commands talk
to the canvas document through two methods: `set_node_data` and `move_nodes`.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

MERGE_ID = 4711


class NodeDataTarget(Protocol):
    def set_node_data(self, uid: str, title: str, config: dict[str, Any]) -> list: ...
    def reconnect(self, connections: list) -> None: ...
    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> None: ...


class SetNodeDataCmd(QUndoCommand):
    """Set one node's title and config; port changes drop (and on undo restore) edges.

    Consecutive edits with the same `merge_key` on the same node merge into one
    step, so typing a word is a single undo.
    """

    def __init__(
        self,
        doc: NodeDataTarget,
        uid: str,
        before: tuple[str, dict[str, Any]],
        after: tuple[str, dict[str, Any]],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.uid = uid
        self.before = (before[0], copy.deepcopy(before[1]))
        self.after = (after[0], copy.deepcopy(after[1]))
        self.merge_key = merge_key
        self.removed: list = []

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetNodeDataCmd)
            and other.uid == self.uid
            and other.merge_key == self.merge_key
            and not other.removed
            and not self.removed
        ):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.removed = self.doc.set_node_data(self.uid, self.after[0], copy.deepcopy(self.after[1]))

    def undo(self) -> None:
        self.doc.set_node_data(self.uid, self.before[0], copy.deepcopy(self.before[1]))
        self.doc.reconnect(self.removed)


class MoveNodesCmd(QUndoCommand):
    """Move many nodes at once (auto-layout) as one step."""

    def __init__(
        self,
        doc: NodeDataTarget,
        before: dict[str, tuple[float, float]],
        after: dict[str, tuple[float, float]],
        text: str | None = None,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Auto-layout"))
        self.doc = doc
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        self.doc.move_nodes(self.after)

    def undo(self) -> None:
        self.doc.move_nodes(self.before)
