""""Run flow…": pick one of the active flows to send the selected contacts through."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runtime.flows.repository import FlowInfo


def choose_flow(parent: QWidget | None, flows: list[FlowInfo], count: int) -> str | None:
    """Ask which active flow to run `count` contacts through; its id, or None if cancelled.

    Tests replace this function (monkeypatch) to answer without a modal dialog.
    """
    dialog = RunFlowDialog(flows, count, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RunFlowDialog(QDialog):
    def __init__(self, flows: list[FlowInfo], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run flow"))
        self.list = QListWidget(self)
        for info in flows:
            item = QListWidgetItem(info.name)
            item.setData(256, info.id)
            item.setToolTip(info.description)
            self.list.addItem(item)
        if flows:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Send %n selected contact(s) through:", "", count)))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))
