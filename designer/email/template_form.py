"""One email template being edited: name, subject, HTML body with merge fields, live preview.

The preview renders the texts as typed (saved or not) through `runtime.email.render_email`
for the contact chosen above it: the HTML in a QTextBrowser, the generated plain text in
a second tab, and the merge fields the contact lacks listed underneath. A template the
sandbox refuses shows the refusal instead of a preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.email.contact_picker import ContactPicker
from designer.email.highlight import TemplateHighlighter
from designer.email.messages import describe
from designer.panels.inspector.editors import MergeFieldButton
from designer.panels.inspector.sources import Choices
from runtime.store.db import Database

PREVIEW_DELAY_MS = 300
EXTRA_PATHS = ("owner.name", "owner.email")


class MergeChoices(Choices):
    """The CRM's fields plus the owner's, for the merge-field menus."""

    def fields(self) -> list[dict[str, Any]]:
        fields = super().fields()
        paths = {f.get("path") for f in fields}
        return fields + [{"path": p, "title": p.split(".", 1)[1]} for p in EXTRA_PATHS if p not in paths]


class TemplateForm(QWidget):
    """Signals `changed()` when the user edits the name, subject or body."""

    changed = Signal()

    def __init__(self, db: Database, field_source: Any = None, lang: str = "es",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.template: Any = None
        self.rendered: Any = None
        self.error = ""
        self._quiet = False
        choices = MergeChoices(field_source)

        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.subject_fields = MergeFieldButton(choices, self.subject.insert)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setTabChangesFocus(True)
        self.highlighter = TemplateHighlighter(self.body.document())
        self.body_fields = MergeFieldButton(choices, self.body.insertPlainText)
        self.body_fields.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.subject_fields)
        self.form = QFormLayout()
        self.name_label, self.subject_label = QLabel(self), QLabel(self)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.subject_label, subject_row)
        self.body_label = QLabel(self)
        body_head = QHBoxLayout()
        body_head.addWidget(self.body_label, 1)
        body_head.addWidget(self.body_fields)
        left = QWidget(self)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.form)
        lay.addLayout(body_head)
        lay.addWidget(self.body, 1)

        self.contact = ContactPicker(db, self)
        self.contact.contact_changed.connect(lambda _c: self.render_now())
        self.contact_label = QLabel(self)
        self.preview_subject = QLabel(self)
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.preview_subject.font())
        bold.setBold(True)
        self.preview_subject.setFont(bold)
        self.html_view = QTextBrowser(self)
        self.html_view.setObjectName("previewHtml")
        self.html_view.setOpenLinks(False)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("previewText")
        self.text_view.setReadOnly(True)
        self.preview_tabs = QTabWidget(self)
        self.preview_tabs.addTab(self.html_view, "")
        self.preview_tabs.addTab(self.text_view, "")
        self.missing = QLabel(self)
        self.missing.setObjectName("previewMissing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget(self)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.contact_label)
        pick_row.addWidget(self.contact, 1)
        rlay.addLayout(pick_row)
        rlay.addWidget(self.preview_subject)
        rlay.addWidget(self.preview_tabs, 1)
        rlay.addWidget(self.missing)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([500, 500])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_now)
        for signal in (self.name.textEdited, self.subject.textChanged, self.body.textChanged):
            signal.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("&Name"))
        self.name_label.setBuddy(self.name)
        self.subject_label.setText(self.tr("&Subject"))
        self.subject_label.setBuddy(self.subject)
        self.body_label.setText(self.tr("HTML &body"))
        self.body_label.setBuddy(self.body)
        self.body_fields.setText(self.tr("Insert field"))
        self.body_fields.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.contact_label.setText(self.tr("Preview for"))
        self.preview_tabs.setTabText(0, self.tr("HTML"))
        self.preview_tabs.setTabText(1, self.tr("Plain text"))
        self.body.setPlaceholderText(self.tr('<p>Hello {{ contact.first_name | default("customer") }},</p>'))
        self.contact.retranslate()
        self._show_result()

    # -- content -------------------------------------------------------------------------
    def load(self, template: Any) -> None:
        """Show `template` (an EmailTemplate, or None for an empty form) without `changed`."""
        self._quiet = True
        self.template = template
        self.name.setText(getattr(template, "name", "") or "")
        self.subject.setText(getattr(template, "subject", "") or "")
        self.body.setPlainText(getattr(template, "body_html", "") or "")
        self.subject.setCursorPosition(0)
        self._quiet = False
        self.setEnabled(template is not None)
        self.render_now()

    def texts(self) -> tuple[str, str, str]:
        """(name, subject, body_html) as typed."""
        return self.name.text().strip(), self.subject.text(), self.body.toPlainText()

    def _edited(self, *_args: Any) -> None:
        if self._quiet:
            return
        self.changed.emit()
        self._timer.start()

    # -- preview -------------------------------------------------------------------------
    def render_now(self) -> None:
        """Render the typed texts for the chosen contact and show the result."""
        self._timer.stop()
        self.rendered, self.error = None, ""
        contact = self.contact.contact_id()
        if self.template is None:
            self._show_result()
            return
        from runtime.email import render_email

        _name, subject, body = self.texts()
        try:
            self.rendered = render_email(self.db, (subject, body), contact or None, crm="local",
                                         lang=self.lang)
        except Exception as exc:  # a refused or broken template: say why, keep editing
            self.error = describe(exc)
        if not contact:
            self.error = self.tr("No contact to preview with: add one on the Contacts page.")
        self._show_result()

    def _show_result(self) -> None:
        r = self.rendered
        if r is None:
            self.preview_subject.setText("")
            self.html_view.setHtml("")
            self.text_view.setPlainText("")
            self.missing.setStyleSheet("color: #9a3b3b;")
            self.missing.setText(self.error)
            return
        self.preview_subject.setText(self.tr("Subject: %1").replace("%1", r.subject))
        self.html_view.setHtml(r.html)
        self.text_view.setPlainText(r.text)
        missing = list(r.missing or ())
        if self.error:
            self.missing.setStyleSheet("color: #9a6a00;")
            self.missing.setText(self.error)
        elif missing:
            self.missing.setStyleSheet("color: #9a6a00;")
            self.missing.setText(self.tr("Merge fields empty for this contact: %1").replace("%1", ", ".join(missing)))
        else:
            self.missing.setStyleSheet("color: #1b7f5b;")
            self.missing.setText(self.tr("Every merge field has a value for this contact."))
