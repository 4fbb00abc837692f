"""Email templates…: the stored templates (new, rename, delete) beside the editor with its preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.dialogs import ask
from designer.email.messages import describe
from designer.email.template_form import TemplateForm
from runtime.store.db import Database


class TemplatesDialog(QDialog):
    """Signals `templates_changed()` after a save, rename or delete."""

    templates_changed = Signal()

    def __init__(self, db: Database, field_source: Any = None, lang: str = "es",
                 parent: QWidget | None = None, select: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("email_templates")
        self.db = db
        self.current: Any = None  # the stored template in the form
        self.dirty = False

        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.currentItemChanged.connect(self._picked)
        self.new_button, self.rename_button, self.delete_button = (QPushButton(self) for _ in range(3))
        self.new_button.clicked.connect(self.new_template)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        left = QWidget(self)
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(self.list, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            button.setAutoDefault(False)
            llay.addWidget(button)

        self.form = TemplateForm(db, field_source, lang, self)
        self.form.changed.connect(self._mark_dirty)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 940])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(split, 1)
        outer.addLayout(bottom)
        self.resize(1180, 660)
        self.retranslate()
        self.refresh(select)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Email templates"))
        self.new_button.setText(self.tr("&New template"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.save_button.setText(self.tr("&Save template"))
        self.form.retranslate()

    # -- list ------------------------------------------------------------------------------
    def refresh(self, select: Any = None) -> None:
        """Re-read the stored templates; select the one with id `select` (or keep the current)."""
        from runtime.email import list_templates

        wanted = select if select is not None else getattr(self.current, "id", None)
        self.list.blockSignals(True)
        self.list.clear()
        for template in list_templates(self.db):
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i in range(self.list.count())
                    if str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) == str(wanted)), 0)
        if self.list.count():
            self.list.setCurrentRow(row)
            self._picked(self.list.currentItem())
        else:
            self._show(None)
        has = self.current is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        template_id = item.data(Qt.ItemDataRole.UserRole)
        if (self.current is not None and str(template_id) == str(self.current.id)
                and self.form.template is self.current):
            return
        if not self.maybe_save():
            self._select_row(getattr(self.current, "id", None))
            return
        from runtime.email import get_template

        self._show(get_template(self.db, template_id))

    def _select_row(self, template_id: Any) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) == str(template_id):
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)

    def _show(self, template: Any) -> None:
        self.current = template
        self.form.load(template)
        self.dirty = False
        self._status("")

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._status(self.tr("Unsaved changes"))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.dirty or self.current is None:
            return True
        answer = ask.save_discard_cancel(
            self, self.tr("Unsaved changes"),
            self.tr("The template «%1» has unsaved changes. Save them?").replace("%1", self.current.name))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.dirty = False
            return True
        return False

    # -- actions ---------------------------------------------------------------------------
    def _store(self, template_id: Any, name: str, subject: str, body: str) -> Any:
        from runtime.email import EmailTemplate, save_template

        saved = save_template(self.db, EmailTemplate(id=template_id or "", name=name, subject=subject,
                                                     body_html=body))
        self.templates_changed.emit()
        return saved

    def new_template(self) -> None:
        if not self.maybe_save():
            return
        taken = {self.list.item(i).text() for i in range(self.list.count())}
        name = ask.text(self, self.tr("New template"), self.tr("Name of the new template:"),
                        self._free_name(self.tr("New template"), taken))
        if not name or not name.strip():
            return
        try:
            saved = self._store("", name.strip(), self.tr("Hello {{ contact.first_name }}"),
                                self.tr('<p>Hello {{ contact.first_name | default("customer") }},</p>\n\n'
                                        "<p></p>\n\n<p>Best regards,<br>{{ owner.name }}</p>\n"))
        except Exception as exc:
            self._status(describe(exc), error=True)
            return
        self.current = None
        self.refresh(getattr(saved, "id", None))

    @staticmethod
    def _free_name(base: str, taken: set[str]) -> str:
        name, n = base, 2
        while name in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def rename_current(self) -> None:
        if self.current is None:
            return
        name = ask.text(self, self.tr("Rename template"), self.tr("New name:"), self.current.name)
        if not name or not name.strip() or name.strip() == self.current.name:
            return
        self.form.name.setText(name.strip())
        self.dirty = True
        self.save()

    def save(self) -> bool:
        """Store the form as the current template; False (and the reason shown) if refused."""
        if self.current is None:
            return False
        name, subject, body = self.form.texts()
        if not name:
            self._status(self.tr("The template needs a name."), error=True)
            return False
        try:
            saved = self._store(self.current.id, name, subject, body)
        except Exception as exc:  # duplicate name, refused template...: shown, nothing saved
            self._status(describe(exc), error=True)
            return False
        self.dirty = False
        self.current = None
        self.refresh(getattr(saved, "id", None))
        self._status(self.tr("Template «%1» saved.").replace("%1", name))
        return True

    def delete_current(self) -> None:
        if self.current is None:
            return
        if not ask.confirm(self, self.tr("Delete template"),
                           self.tr("Delete the template «%1»? Flow steps using it will fail "
                                   "until you choose another.").replace("%1", self.current.name)):
            return
        from runtime.email import delete_template

        try:
            delete_template(self.db, self.current.id)
        except Exception as exc:
            self._status(describe(exc), error=True)
            return
        self.dirty = False
        self.current = None
        self.templates_changed.emit()
        self.refresh()

    def _status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #9a3b3b;" if error else "")
        self.status.setText(text)

    def reject(self) -> None:
        if self.maybe_save():
            super().reject()
