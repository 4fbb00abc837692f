"""The contact dialog: deals with amounts written the way the chosen language writes them, the
owner and the deals edited."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.panels.contacts.detail import ContactDialog, format_amount
from runtime.crm.local import LocalCrm
from tests.designer.shell_fixtures import db, demo, translators  # noqa: F401


def test_deal_amounts_follow_the_language(db, translators, qtbot):
    demo(db)
    crm = LocalCrm(db)
    contact = crm.search("ana garcia").rows[0]["id"]
    translators.install("es")
    dialog = ContactDialog(crm, contact)
    qtbot.addWidget(dialog)
    assert dialog.deals.rowCount() >= 1
    assert dialog.deals.item(0, 3).text() == "1.500"
    assert format_amount(15000.5) == "15.000,50"
    translators.install("en")
    assert format_amount(1500) == "1,500"
    translators.install("fr")
    assert format_amount(1500.5) == "1\u202f500,50"
    assert format_amount(None) == ""


def test_the_dialog_edits_the_owner_and_the_deals(db, translators, qtbot):
    demo(db)
    crm = LocalCrm(db)
    contact = crm.search("ana garcia").rows[0]["id"]
    dialog = ContactDialog(crm, contact)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentText().startswith("Lucía Fernández")
    dialog.owner.setCurrentIndex(0)  # "(sin propietario)"
    stage = dialog.deals.cellWidget(0, 2)
    stage.setCurrentText("Propuesta")
    row = dialog.deals_editor.add_deal()
    dialog.deals.cellWidget(row, 0).setText("Mantenimiento")
    dialog.deals.cellWidget(row, 2).setCurrentText("Cualificado")
    dialog.deals.cellWidget(row, 3).setText("300")
    assert dialog.save()
    assert crm.get_contact(contact)["owner_id"] is None
    deals = {d["title"]: d for d in crm.list_deals(contact=contact)}
    assert deals["Web para Panadería Sol"]["stage"] == "Propuesta"
    assert deals["Mantenimiento"]["stage"] == "Cualificado" and deals["Mantenimiento"]["amount"] == 300
    again = ContactDialog(crm, contact)
    qtbot.addWidget(again)
    again.owner.setCurrentIndex(again.owner.findText("Marco", flags=Qt.MatchFlag.MatchStartsWith))
    assert again.save()
    assert crm.get_contact(contact)["owner_id"] is not None
