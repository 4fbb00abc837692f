"""A frozen flow version shown read-only: its own canvas, nothing saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from runtime.flows.model import Flow


class VersionDialog(QDialog):
    """Shows `flow` (version `number`) in a FlowEditor whose edits are never saved."""

    def __init__(self, flow: Flow, number: int, editor_factory: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 — version %2 (read-only)").replace("%1", flow.name)
                            .replace("%2", str(number)))
        self.resize(1000, 640)
        self.editor = editor_factory(self)
        self.editor.load_flow(flow)
        self.editor.setEnabled(True)
        note = QLabel(self.tr("A frozen version cannot be changed: edit the flow's draft instead."), self)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
