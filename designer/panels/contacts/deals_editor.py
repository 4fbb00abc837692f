"""The contact dialog's deals: move a deal to another stage, add new deals (saved with the contact).

Moving a stage here is what a person does in a CRM, so a "deal moves to a stage" flow
starts for it, as it would for any other change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runtime.crm.local import LocalCrm


class DealsEditor(QWidget):
    """Rows: existing deals (stage editable), then new ones (all editable)."""

    def __init__(self, crm: LocalCrm, contact_id: str | None, amount_text: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.pipelines = {str(p["name"]): [str(s["name"]) for s in p.get("stages") or []]
                          for p in crm.list_pipelines()}
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("contactDeals")
        self.table.setHorizontalHeaderLabels([self.tr("Deal"), self.tr("Pipeline"), self.tr("Stage"),
                                              self.tr("Amount")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(96)  # a few rows even on a 720 px screen
        self.deals: list[dict[str, Any]] = crm.list_deals(contact=contact_id) if contact_id else []
        for deal in self.deals:
            r = self._row()
            for c, text in ((0, deal["title"]), (1, deal["pipeline"]), (3, amount_text(deal["amount"]))):
                self.table.setItem(r, c, QTableWidgetItem(str(text or "")))
            self.table.setCellWidget(r, 2, self._stages(str(deal["pipeline"]), str(deal["stage"])))
        self.add_button = QPushButton(self.tr("Add deal"), self)
        self.add_button.setObjectName("addDeal")
        self.add_button.setEnabled(bool(self.pipelines))
        self.add_button.clicked.connect(self.add_deal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def _row(self) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        return r

    def _stages(self, pipeline: str, current: str = "") -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItems(self.pipelines.get(pipeline) or ([current] if current else []))
        if current:
            combo.setCurrentText(current)
        return combo

    def add_deal(self) -> int:
        """A new row: title, pipeline, stage and amount to fill in; its index."""
        r = self._row()
        title = QLineEdit(self.table)
        title.setPlaceholderText(self.tr("Deal title"))
        pipeline = QComboBox(self.table)
        pipeline.addItems(list(self.pipelines))
        amount = QLineEdit(self.table)
        self.table.setCellWidget(r, 0, title)
        self.table.setCellWidget(r, 1, pipeline)
        self.table.setCellWidget(r, 2, self._stages(pipeline.currentText()))
        self.table.setCellWidget(r, 3, amount)
        pipeline.currentTextChanged.connect(
            lambda name, row=r: self.table.setCellWidget(row, 2, self._stages(name)))
        title.setFocus()
        return r

    def stage_of(self, row: int) -> str:
        combo = self.table.cellWidget(row, 2)
        return combo.currentText() if isinstance(combo, QComboBox) else ""

    def new_deals(self) -> list[dict[str, str]]:
        """The added rows with a title: {title, pipeline, stage, amount}."""
        out = []
        for r in range(len(self.deals), self.table.rowCount()):
            title, pipeline, amount = (self.table.cellWidget(r, c) for c in (0, 1, 3))
            if not (isinstance(title, QLineEdit) and isinstance(pipeline, QComboBox)
                    and isinstance(amount, QLineEdit)):
                continue  # every added row has these editors (add_row); anything else holds no new deal
            if title.text().strip():
                out.append({"title": title.text().strip(), "pipeline": pipeline.currentText(),
                            "stage": self.stage_of(r), "amount": amount.text().strip()})
        return out

    def apply(self, contact_id: str) -> None:
        """Move changed stages and create the new deals (raises InvalidInput/NotFound as the CRM does)."""
        for r, deal in enumerate(self.deals):
            stage = self.stage_of(r)
            if stage and stage != deal["stage"]:
                self.crm.move_deal(deal["id"], stage)
        for new in self.new_deals():
            self.crm.create_deal(new["title"], new["pipeline"], new["stage"], contact=contact_id,
                                 amount=new["amount"] or None)
