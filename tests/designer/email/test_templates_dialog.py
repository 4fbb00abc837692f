"""Email templates: new/rename/delete, a live preview for a chosen contact, missing fields, refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.dialogs import ask
from designer.email.template_form import TemplateForm
from designer.email.templates_dialog import TemplatesDialog
from designer.field_source import LocalFieldSource
from runtime.crm.local import LocalCrm
from runtime.email import EmailTemplate, get_template, list_templates, save_template


def _contacts(db):
    crm = LocalCrm(db)
    jose = crm.create_contact({"email": "jose@example.es", "first_name": "José", "last_name": "Núñez"})
    crm.create_contact({"email": "zoe@example.es", "first_name": "Zoë", "last_name": "Ábalos", "city": "Cádiz"})
    return jose


def _dialog(qtbot, db, **kw) -> TemplatesDialog:
    dialog = TemplatesDialog(db, LocalFieldSource(db), "es", **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_renders_the_chosen_contact_and_lists_missing_fields(qtbot, db):
    jose = _contacts(db)
    save_template(db, EmailTemplate("", "Bienvenida", "Hola {{ contact.first_name }} 🎉",
                                    "<p>Hola <b>{{ contact.first_name }}</b>, ¿qué tal por {{ contact.city }}?</p>"))
    dialog = _dialog(qtbot, db)
    form = dialog.form
    form.contact.search.setText("núñez")
    form.contact.run_search()
    assert form.contact.contact_id() == str(jose)
    assert "José" in form.html_view.toPlainText()
    assert "Hola José 🎉" in form.preview_subject.text()
    assert "Hola José, ¿qué tal por ?" in form.text_view.toPlainText()
    assert "contact.city" in form.missing.text()


def test_typing_updates_the_preview_and_save_stores_it(qtbot, db):
    _contacts(db)
    save_template(db, EmailTemplate("", "Aviso", "Asunto", "<p>x</p>"))
    dialog = _dialog(qtbot, db)
    form = dialog.form
    form.contact.search.setText("abalos")
    form.contact.run_search()
    form.body.setPlainText("<p>Desde {{ contact.city }}: {{ contact.first_name }}</p>")
    assert dialog.dirty
    qtbot.waitUntil(lambda: "Desde Cádiz: Zoë" in form.html_view.toPlainText(), timeout=30_000)
    assert "Desde Cádiz: Zoë" in form.text_view.toPlainText()
    assert "contact.city" not in form.missing.text()
    assert dialog.save()
    assert get_template(db, "Aviso").body_html == "<p>Desde {{ contact.city }}: {{ contact.first_name }}</p>"
    assert not dialog.dirty


def test_merge_field_menu_inserts_crm_fields_into_the_body(qtbot, db):
    _contacts(db)
    save_template(db, EmailTemplate("", "Aviso", "Asunto", ""))
    dialog = _dialog(qtbot, db)
    form = dialog.form
    popup = form.body_fields.open_popup()
    paths = popup.visible_values()
    assert "contact.first_name" in paths and "owner.name" in paths
    qtbot.keyClicks(popup.search, "last name")
    assert popup.visible_values() == ["contact.last_name"]
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert form.body.toPlainText() == "{{ contact.last_name }}"


def test_injection_attempt_shows_the_refusal_instead_of_a_preview(qtbot, db):
    _contacts(db)
    form = TemplateForm(db, None, "es")
    qtbot.addWidget(form)
    form.load(EmailTemplate("", "Malo", "Hola", "<p>{{ ''.__class__.__mro__ }}</p>"))
    assert form.rendered is None
    assert "body" in form.missing.text().lower() and "__class__" in form.missing.text()
    assert form.html_view.toPlainText() == ""


def test_new_rename_delete(qtbot, db, monkeypatch):
    dialog = _dialog(qtbot, db)
    assert dialog.list.count() == 0 and not dialog.form.isEnabled()
    monkeypatch.setattr(ask, "text", lambda *a: "Recordatorio de cita")
    dialog.new_button.click()
    assert [t.name for t in list_templates(db)] == ["Recordatorio de cita"]
    assert dialog.form.isEnabled() and dialog.form.name.text() == "Recordatorio de cita"
    monkeypatch.setattr(ask, "text", lambda *a: "Cita mañana")
    dialog.rename_button.click()
    assert [t.name for t in list_templates(db)] == ["Cita mañana"]
    assert dialog.list.item(0).text() == "Cita mañana"
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    dialog.delete_button.click()
    assert list_templates(db) == [] and dialog.list.count() == 0


def test_a_name_clash_is_refused_with_the_reason(qtbot, db):
    save_template(db, EmailTemplate("", "Uno", "a", ""))
    save_template(db, EmailTemplate("", "Dos", "b", ""))
    dialog = _dialog(qtbot, db)
    dialog.form.name.setText("Uno")
    dialog.form.name.textEdited.emit("Uno")
    assert dialog.list.currentItem().text() == "Dos"
    assert not dialog.save()
    assert "Uno" in dialog.status.text()
    assert sorted(t.name for t in list_templates(db)) == ["Dos", "Uno"]


def test_switching_with_unsaved_changes_asks(qtbot, db, monkeypatch):
    save_template(db, EmailTemplate("", "A", "a", ""))
    save_template(db, EmailTemplate("", "B", "b", ""))
    dialog = _dialog(qtbot, db)
    dialog.form.subject.setText("cambiado")
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: "cancel")
    dialog.list.setCurrentRow(1)
    assert dialog.current.name == "A" and dialog.list.currentRow() == 0
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: "save")
    dialog.list.setCurrentRow(1)
    assert dialog.current.name == "B"
    assert get_template(db, "A").subject == "cambiado"


def test_merge_fields_are_highlighted_in_the_body(qtbot, db):
    form = TemplateForm(db, None, "es")
    qtbot.addWidget(form)
    form.load(EmailTemplate("", "Colores", "x", "<p>Hola {{ contact.first_name }}</p>"))
    block = form.body.document().firstBlock()
    formats = {(r.start, r.length): r.format.foreground().color().name() for r in block.layout().formats()}
    start = block.text().index("{{")
    assert formats[(start, len("{{ contact.first_name }}"))] == "#1f6fb2"
    assert formats[(0, 3)] == "#7b8794"  # the <p> tag, muted
