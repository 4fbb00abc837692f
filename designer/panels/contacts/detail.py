"""A contact's detail and edit dialog: its fields, owner, tags, deals and tasks (new contacts too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import current_language, said
from designer.panels.contacts.deals_editor import DealsEditor
from runtime.catalog.values import value_label
from runtime.crm.local import InvalidInput, LocalCrm, NotFound
from runtime.crm.local.fields import LIFECYCLE_STAGES
from runtime.i18n import formats

TEXT_FIELDS = ("email", "first_name", "last_name", "phone", "company", "source")
CITY = "city"  # the custom key CSV imports use for "Ciudad" / "City"


class ContactDialog(QDialog):
    """Edit contact `contact_id` (None = a new contact). `saved_id` is set after a save."""

    def __init__(self, crm: LocalCrm, contact_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.contact_id = contact_id
        self.saved_id: str | None = None
        self.original: dict[str, Any] = crm.get_contact(contact_id) or {} if contact_id else {}
        self.setWindowTitle(self.tr("Contact") if contact_id else self.tr("New contact"))
        self.setMinimumWidth(520)

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"email": self.tr("Email"), "first_name": self.tr("First name"),
                  "last_name": self.tr("Last name"), "phone": self.tr("Phone"),
                  "company": self.tr("Company"), "source": self.tr("Source"), CITY: self.tr("City")}
        for key in (*TEXT_FIELDS, CITY):
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{key}")
            value = self.original.get(key) if key != CITY else (self.original.get("custom") or {}).get(CITY)
            edit.setText("" if value is None else str(value))
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.stage = QComboBox(self)
        self.stage.setEditable(True)
        self.stage.addItem("", "")
        for key in LIFECYCLE_STAGES:  # shown in the user's language, stored as the CRM's key
            self.stage.addItem(value_label("lifecycle_stage", key, current_language()), key)
        self.stage.setCurrentText(value_label("lifecycle_stage", self.original.get("lifecycle_stage"),
                                              current_language()))
        form.addRow(self.tr("Lifecycle stage"), self.stage)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("contact_tags")
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. cliente, vip"))
        self.tags.setText(", ".join(self.original.get("tags") or []))
        form.addRow(self.tr("Tags"), self.tags)

        self.owner = QComboBox(self)
        self.owner.setObjectName("contact_owner")
        self.owner.addItem(self.tr("(no owner)"), None)
        for user in crm.list_users():
            self.owner.addItem(f"{user.get('name') or user['email']} <{user['email']}>", str(user["id"]))
        self.owner.setCurrentIndex(max(0, self.owner.findData(self.original.get("owner_id"))))
        form.addRow(self.tr("Owner"), self.owner)

        self.deals_editor = DealsEditor(crm, contact_id, format_amount, self)
        self.deals = self.deals_editor.table

        self.tasks = QTableWidget(0, 4, self)
        self.tasks.setObjectName("contact_tasks")
        self.tasks.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Owner"), self.tr("Done")])
        self.tasks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tasks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tasks.verticalHeader().hide()
        if contact_id:
            self._fill_tasks(crm.find_tasks("all", contact=contact_id))

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Deals"), self))
        layout.addWidget(self.deals_editor)
        layout.addWidget(QLabel(self.tr("Tasks"), self))
        layout.addWidget(self.tasks)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill_tasks(self, tasks: list[dict[str, Any]]) -> None:
        """Open tasks first (soonest due), then done ones; overdue ones in red."""
        from designer.tasks.page import OVERDUE, due_text

        ordered = sorted(tasks, key=lambda t: (t["done"], t["due_at"] is None, t["due_at"] or 0))
        self.tasks.setRowCount(len(ordered))
        for r, task in enumerate(ordered):
            cells = (task["title"], due_text(task["due_at"]), (task["owner"] or {}).get("name") or "",
                     self.tr("yes") if task["done"] else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if task["overdue"]:
                    item.setForeground(OVERDUE)
                self.tasks.setItem(r, c, item)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: self.edits[key].text().strip() for key in TEXT_FIELDS}
        values[CITY] = self.edits[CITY].text().strip() or None
        text = self.stage.currentText().strip()
        index = self.stage.findText(text)
        values["lifecycle_stage"] = self.stage.itemData(index) if index >= 0 else text
        values["owner_id"] = self.owner.currentData()
        if not values["company"]:
            values["company"] = None
        return values

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def save(self) -> bool:
        """Write the changes; on bad input say what is wrong and keep the dialog open."""
        values = self.values()
        wanted = self.tag_list()
        try:
            if self.contact_id is None:
                values = {k: v for k, v in values.items() if v not in (None, "")}
                self.saved_id = str(self.crm.create_contact(values, tags=tuple(wanted)))
                self.deals_editor.apply(self.saved_id)
            else:
                if self.original.get("custom", {}).get(CITY) is None and values[CITY] is None:
                    values.pop(CITY)
                self.crm.update_contact(self.contact_id, values)
                had = set(self.original.get("tags") or [])
                for tag in wanted:
                    if tag not in had:
                        self.crm.add_tag(self.contact_id, tag)
                for tag in had - set(wanted):
                    self.crm.remove_tag(self.contact_id, tag)
                self.deals_editor.apply(self.contact_id)
                self.saved_id = self.contact_id
        except (InvalidInput, NotFound) as exc:
            self.error.setText(said(exc))
            return False
        self.accept()
        return True


def format_amount(amount: float | None) -> str:
    """An amount as the chosen language writes it ("1.500" in Spanish, "1,500" in English)."""
    return formats.format_amount(amount, current_language())
