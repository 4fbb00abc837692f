"""The History page's "Not started" button: the count per filtered flow, and the list with reasons."""

from __future__ import annotations

from designer.history.not_started import NotStartedButton, NotStartedDialog
from designer.history.panel import HistoryPanel
from runtime.crm.local import LocalCrm
from runtime.service import Runtime
from tests.runtime.engine.engine_support import FlowBuilder, activate


def _vip_flow(db) -> str:
    b = FlowBuilder(name="VIP de Madrid")
    b.flow.nodes.clear()
    trigger = b.add("trigger.contact_updated", node_title="Cambia la ciudad", fields=["contact.city"],
                    filter={"match": "all", "rules": [{"field": "contact.city", "op": "equals", "value": "Madrid"}]})
    tag = b.add("action.add_tag", tag="vip")
    b.chain(trigger, tag)
    activate(db, b)
    return b.flow.id


def test_button_counts_and_the_list_says_why(qtbot, db) -> None:
    flow_id = _vip_flow(db)
    crm = LocalCrm(db)
    for email, city in (("ana@example.es", "Sevilla"), ("bea@example.es", "Madrid")):
        crm.create_contact({"email": email})
        crm.update_contact(email, {"city": city})
    Runtime(db).run_until_idle()
    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    button = panel.not_started
    assert isinstance(button, NotStartedButton) and button.contacts == 1 and button.isEnabled()
    panel.show_flow(flow_id)
    assert button.contacts == 1
    dialog = button.open()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, NotStartedDialog) and dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(6)]
    assert cells[1:5] == ["VIP de Madrid", "ana@example.es", "Cambia la ciudad", "1"]
    assert "«Madrid»" in cells[5] and "«Sevilla»" in cells[5]
    other = FlowBuilder(name="Otro")
    other.chain(other.trigger, other.add("action.add_tag", tag="x"))
    activate(db, other)
    panel.refresh()
    panel.show_flow(other.flow.id)
    assert button.contacts == 0 and not button.isEnabled()
