"""Inspector pickers on send_email: accounts with "(local outbox)" first, stored templates with
"(write here)" first, each choice one undoable edit of the node's config; "Edit templates…"."""

from __future__ import annotations

import pytest

from designer.email.templates_dialog import TemplatesDialog
from designer.field_source import LocalFieldSource
from designer.flow_editor import FlowEditor
from designer.panels.inspector.email_pickers import AccountPicker, TemplatePicker
from runtime.catalog import get_catalog
from runtime.email import EmailTemplate, SmtpAccount, add_account, save_template
from runtime.flows.model import Flow, Node


@pytest.fixture
def send_email_editor(qtbot, db):
    editor = FlowEditor(catalog=get_catalog(), lang="es", field_source=LocalFieldSource(db))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    nt = editor.catalog.get("action.send_email")
    editor.load_flow(Flow(id="f", name="x", nodes=[
        Node(id="n", type="action.send_email", config={**nt.default_config(), "subject": "Hola", "body": "x"})]))
    return editor


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_account_picker_lists_accounts_and_the_choice_is_undoable(send_email_editor, db, memory_keyring):
    add_account(db, SmtpAccount("oficina", "127.0.0.1", 587, "starttls", "", "Ana <ana@example.es>"), None)
    add_account(db, SmtpAccount("ventas", "127.0.0.1", 465, "ssl", "", "ventas@example.es"), None)
    editor = send_email_editor
    editor.select_node("n")
    picker = editor.inspector_widget.editor("account")
    assert isinstance(picker, AccountPicker)
    combo = picker.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "oficina", "ventas"]
    assert combo.itemText(0) == "(bandeja de salida local)" or combo.itemText(0) == "(local outbox)"
    assert combo.currentIndex() == 0
    _choose(combo, "ventas")
    assert editor.flow().nodes[0].config["account"] == "ventas"
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.flow().nodes[0].config["account"] == ""
    assert picker.combo.currentData() == ""


def test_template_picker_lists_templates_and_the_choice_is_undoable(send_email_editor, db):
    chosen = save_template(db, EmailTemplate("", "Bienvenida", "Hola", "<p>Hola</p>"))
    save_template(db, EmailTemplate("", "Aviso", "Ojo", "<p>Ojo</p>"))
    editor = send_email_editor
    editor.select_node("n")
    picker = editor.inspector_widget.editor("template")
    assert isinstance(picker, TemplatePicker)
    combo = picker.combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Aviso", "Bienvenida"]
    assert combo.itemData(0) == ""
    _choose(combo, chosen.id)
    assert editor.flow().nodes[0].config["template"] == chosen.id
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.flow().nodes[0].config["template"] == ""
    editor.undo_stack.redo()
    assert picker.combo.currentData() == chosen.id


def test_a_deleted_template_stays_visible_rather_than_silently_lost(send_email_editor, db):
    editor = send_email_editor
    node = editor.flow().nodes[0]
    node.config["template"] = "0000-gone"
    editor.load_flow(Flow(id="f", name="x", nodes=[node]))
    editor.select_node("n")
    assert editor.inspector_widget.editor("template").value() == "0000-gone"


def test_edit_templates_opens_the_dialog_and_rereads_the_list(send_email_editor, db, monkeypatch):
    opened = []

    def fake_exec(dialog: TemplatesDialog) -> int:
        opened.append(dialog)
        dialog._store("", "Nueva", "Hola", "<p>x</p>")  # what the user does in the dialog
        return 0

    monkeypatch.setattr(TemplatesDialog, "exec", fake_exec)
    editor = send_email_editor
    editor.select_node("n")
    picker = editor.inspector_widget.editor("template")
    assert picker.combo.count() == 1
    picker.edit_button.click()
    assert len(opened) == 1
    assert [picker.combo.itemText(i) for i in range(1, picker.combo.count())] == ["Nueva"]
    assert editor.undo_stack.count() == 0  # opening the dialog edits nothing in the flow
