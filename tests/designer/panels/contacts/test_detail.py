"""The contact dialog lists deals with amounts written the way the chosen language writes them."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

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
