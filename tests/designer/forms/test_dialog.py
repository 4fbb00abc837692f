"""Flow → Web form address…: enabled for a flow with a form trigger; the address, its sample form, rotation."""

from __future__ import annotations

from designer.forms.dialog import FormAddressDialog, sample_form
from designer.forms.install import FormsExtension
from runtime.flows import repository
from tests.runtime.engine.engine_support import FlowBuilder


def _saved_form_flow(db) -> str:
    b = FlowBuilder(name="Presupuesto web")
    b.flow.nodes.clear()
    form = b.add("trigger.form_submitted", email_field="correo", fields={}, update_existing=True, tag="")
    b.chain(form, b.add("action.add_tag", tag="web"))
    with db.begin() as conn:
        repository.import_flow(conn, b.flow)
    return b.flow.id


def test_address_sample_and_rotation(make_window, db, memory_keyring) -> None:
    window = make_window()
    ext = next(e for e in window.extensions if isinstance(e, FormsExtension))
    ext.update_enabled()
    assert not window.acts["form_address"].isEnabled()  # no flow with a form trigger is open
    flow_id = _saved_form_flow(db)
    assert window.open_flow(flow_id)
    ext.update_enabled()
    assert window.acts["form_address"].isEnabled()
    assert window.acts["form_address"].text() == "Dirección del &formulario web…"
    shown = []
    ext.exec_dialog = shown.append
    dialog = ext.open()
    assert isinstance(dialog, FormAddressDialog) and shown == [dialog]
    url = dialog.url.text()
    assert url.startswith(f"http://127.0.0.1:8765/in/{flow_id}/")
    assert dialog.windowTitle() == "Dirección del formulario web: Presupuesto web"
    assert 'name="correo" required' in dialog.sample.toPlainText() and url in dialog.sample.toPlainText()
    assert ext.open().url.text() == url  # the same address until a new one is asked for
    assert dialog.rotate() and dialog.url.text() != url


def test_without_a_keyring_it_says_how_to_get_one(qtbot, db, no_keyring) -> None:
    flow_id = _saved_form_flow(db)
    dialog = FormAddressDialog(db, flow_id, "Presupuesto web")
    qtbot.addWidget(dialog)
    assert dialog.url.text() == "" and "keyring" in dialog.error.text()
    assert not dialog.rotate_button.isEnabled()


def test_sample_form_escapes_the_address() -> None:
    assert 'action="http://x/in/a&quot;b"' in sample_form('http://x/in/a"b')
