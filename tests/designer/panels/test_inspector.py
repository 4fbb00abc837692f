"""The inspector: generated forms, one undo step per edit, merge-field picker, live visibility."""

from designer.panels.inspector.cron import next_runs, preview
from runtime.flows.model import Flow, Node
from tests.designer.designer_samples import all_types_flow


def _one(editor, type_id, config=None):
    nt = editor.catalog.get(type_id)
    editor.load_flow(Flow(id="f", name="x", nodes=[
        Node(id="n", type=type_id, config={**nt.default_config(), **(config or {})})]))
    editor.select_node("n")
    return editor.inspector_widget


def test_every_catalog_type_gets_a_form(editor):
    flow = all_types_flow()
    editor.load_flow(flow)
    for node in flow.nodes:
        editor.select_node(node.id)
        nt = editor.catalog.get(node.type)
        assert set(editor.inspector_widget.editors) == {f.name for f in nt.fields}
    assert editor.flow() == flow  # showing forms edits nothing


def test_typing_a_template_is_one_undo_step_and_undo_restores_form_and_summary(editor):
    insp = _one(editor, "action.send_email", {"subject": "Hola", "to": "contact"})
    node = editor.graph.node_by_uid("n")
    subject = insp.editor("subject").text
    for ch in " Ana":
        subject.end(False)
        subject.insert(ch)
        subject.textEdited.emit(subject.text())
    assert editor.flow().nodes[0].config["subject"] == "Hola Ana"
    assert "Hola Ana" in node.view.summary()
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.flow().nodes[0].config["subject"] == "Hola"
    assert insp.editor("subject").value() == "Hola"
    assert "Ana" not in node.view.summary()


def test_merge_field_picker_lists_labels_by_record_and_inserts_the_key(editor, qtbot):
    from PySide6.QtCore import Qt

    insp = _one(editor, "action.send_email", {"subject": "Hola "})
    picker = insp.editor("subject").picker
    insp.editor("subject").text.end(False)
    popup = picker.open_popup()
    labels = [i.text(0) for i in popup.leaves()]
    assert labels == ["First name", "City"]  # labels (in the UI language), not keys
    assert popup.tree.topLevelItem(0).text(0) == "Contact"  # grouped by record
    assert popup.leaves()[0].text(1) == "contact.first_name"  # the key as a hint
    qtbot.keyClicks(popup.search, "cit")
    assert popup.visible_values() == ["contact.city"]
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert editor.flow().nodes[0].config["subject"] == "Hola {{ contact.city }}"


def test_spin_box_and_choice_edits_and_title(editor):
    insp = _one(editor, "wait.duration")
    insp.editor("amount").box.setValue(5)
    unit = insp.editor("unit").combo
    unit.setCurrentIndex(unit.findData("weeks"))
    unit.activated.emit(unit.currentIndex())
    insp.title_edit.setText("Pausa")
    insp.title_edit.textEdited.emit("Pausa")
    node = editor.flow().nodes[0]
    assert node.config["amount"] == 5 and node.config["unit"] == "weeks"
    assert node.title == "Pausa"
    assert editor.graph.node_by_uid("n").view.title() == "Pausa"
    editor.undo_stack.undo()
    assert editor.flow().nodes[0].title == ""
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.flow().nodes[0].config["amount"] == 1
    assert insp.editor("amount").value() == 1


def test_visible_when_hides_fields_live(editor):
    insp = _one(editor, "action.assign_owner", {"strategy": "fixed"})
    field = editor.catalog.get("action.assign_owner").field("users")
    assert field is not None and field.visible_when
    assert insp.editor("users").isHidden()
    combo = insp.editor("strategy").combo
    combo.setCurrentIndex(combo.findData("round_robin"))
    combo.activated.emit(combo.currentIndex())
    assert not insp.editor("users").isHidden()
    assert insp.editor("user").isHidden()


def test_condition_builder_rules_groups_and_value_hiding(editor, qtbot):
    from PySide6.QtCore import Qt

    insp = _one(editor, "decision.if")
    cond = insp.editor("condition")
    cond.group.add_rule.click()
    row = cond.group.children_[0]
    qtbot.keyClick(row.field.combo, "C")  # typing on a picker opens its search
    qtbot.keyClicks(row.field.combo.popup_widget.search, "ity")
    qtbot.keyClick(row.field.combo.popup_widget.search, Qt.Key.Key_Return)
    assert row.field.combo.currentText() == "City"
    row.value.setEditText("Madrid")
    row.value.lineEdit().textEdited.emit("Madrid")
    cond.group.add_group.click()
    expected = {"match": "all", "rules": [
        {"field": "contact.city", "op": "equals", "value": "Madrid"},
        {"match": "any", "rules": []}]}
    assert editor.flow().nodes[0].config["condition"] == expected
    row = insp.editor("condition").group.children_[0]
    row.op.setCurrentIndex(row.op.findData("is_empty"))
    row.op.activated.emit(row.op.currentIndex())
    assert row.value.isHidden()
    assert editor.flow().nodes[0].config["condition"]["rules"][0] == {
        "field": "contact.city", "op": "is_empty"}
    assert "Si" in editor.graph.node_by_uid("n").view.summary()


def test_branches_editor_shows_live_sum_and_adds_ports(editor):
    insp = _one(editor, "decision.split")
    branches = insp.editor("branches")
    assert "100" in branches.footer.text()
    branches.add_button.click()
    assert "100" in branches.footer.text()
    assert editor.graph.node_by_uid("n").visible_output_names() == [
        "branch_1", "branch_2", "branch_3"]
    branches.table.item(0, 1).setText("70")
    assert "120" in branches.footer.text()


def test_key_values_secret_shows_only_the_reference(editor):
    insp = _one(editor, "action.webhook", {"headers": {"Authorization": {"secret": "crm:token"}}})
    kv = insp.editor("headers")
    assert kv.rows() == [["Authorization", "crm:token", True]]
    assert kv.value() == {"Authorization": {"secret": "crm:token"}}


def test_cron_preview_and_next_runs():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    now = datetime(2026, 1, 1, 12, 0, tzinfo=ZoneInfo("Europe/Madrid"))  # a Thursday
    runs = next_runs("0 9 * * 1", "Europe/Madrid", 3, now)
    assert [r.strftime("%a %d %H:%M") for r in runs] == [
        "Mon 05 09:00", "Mon 12 09:00", "Mon 19 09:00"]
    assert preview("0 9 * * 1", "es", "Europe/Madrid", now).startswith("Cada lunes a las 9:00")
    assert "lun, 5 ene 2026, 9:00" in preview("0 9 * * 1", "es", "Europe/Madrid", now)
    assert preview("0 9 * * 1", "en", "Europe/Madrid", now).startswith("Every Monday at 9:00\u202fAM")
    assert "Sen, 5 Jan 2026 09.00" in preview("0 9 * * 1", "id", "Europe/Madrid", now)
    assert "Invalid" in preview("0 9 *", "en", "UTC", now)


def test_assign_owner_rule_table_edits_the_config(editor):
    insp = _one(editor, "action.assign_owner", {"strategy": "rules", "target": "both",
                                                "rule_field": "contact.provincia"})
    rules = insp.editor("rules")
    assert rules.isVisibleTo(insp) and not insp.editor("user").isVisibleTo(insp)
    rules.add_row()
    rules.table.item(0, 0).setText("Sevilla, Cádiz")
    rules.table.item(0, 1).setText("iker@acme.es")
    assert editor.flow().nodes[0].config["rules"] == [{"value": "Sevilla, Cádiz", "user": "iker@acme.es"}]
    assert "contact.provincia (1" in editor.graph.node_by_uid("n").view.summary()
