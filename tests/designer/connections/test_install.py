"""The connections extension in the main window: menu entries, the flow's CRM choice (undoable,
saved in the flow), pickers from the connected CRM, and the status-bar queue/quota label."""

from __future__ import annotations

import json

from designer.connections import flow_crm
from designer.connections.install import ConnectionsExtension
from runtime.crm import connections
from runtime.flows import fileformat, repository
from tests.designer.connections.connections_support import TOKEN, saved_flow


def extension(window) -> ConnectionsExtension:
    return next(e for e in window.extensions if isinstance(e, ConnectionsExtension))


def test_menus_offer_connections_and_flow_settings(make_window) -> None:
    window = make_window()
    assert window.acts["crm_connections"] in window.menus["settings"].actions()
    assert window.acts["flow_settings"] in window.menus["flow"].actions()
    assert window.acts["crm_connections"].text() == "&Conexiones CRM…"  # Spanish by default


def test_choosing_the_flow_crm_is_undoable_and_saved(make_window, db, memory_keyring, hubspot,
                                                    monkeypatch, tmp_path) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=hubspot.base)
    flow_id = saved_flow(db)
    window = make_window()
    assert window.open_flow(flow_id)
    ext = extension(window)
    asked = []
    monkeypatch.setattr(flow_crm, "choose_crm", lambda parent, d, crm: asked.append(crm) or "acme")
    assert ext.open_flow_settings() == "acme" and asked == ["local"]
    assert window.editor.flow().settings.crm == "acme" and window.dirty
    window.editor.undo_stack.undo()
    assert window.editor.flow().settings.crm is None
    assert window.editor.inspector_widget.choices.source is window.field_source  # back to the local CRM
    window.editor.undo_stack.redo()
    assert window.save()
    with db.begin() as conn:
        stored = repository.get(conn, flow_id)
    assert stored.settings.crm == "acme"
    fileformat.dump(stored, tmp_path / "out.caudal.json")
    assert json.loads((tmp_path / "out.caudal.json").read_text())["flow"]["settings"]["crm"] == "acme"

    window.close_flow()
    assert window.open_flow(flow_id)  # reopening follows the saved CRM
    assert window.editor.inspector_widget.choices.source is ext.sources["acme"]


def test_pickers_list_the_connected_crm_fields_users_and_stages(make_window, db, memory_keyring, hubspot,
                                                               monkeypatch) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=hubspot.base)
    flow_id = saved_flow(db)
    window = make_window()
    window.open_flow(flow_id)
    monkeypatch.setattr(flow_crm, "choose_crm", lambda *a: "acme")
    extension(window).open_flow_settings()
    choices = window.editor.inspector_widget.choices
    paths = choices.field_paths()
    assert "contact.plan" in paths and "contact.city" in paths and "contact.email" in paths
    assert ("eva@acme.es", "Eva Ruiz <eva@acme.es>") in choices.users()
    assert [p["name"] for p in choices.pipelines()] == ["Ventas"]
    assert choices.stages("Ventas") == ["Cita", "Ganado"]
    requests = len(hubspot.server.log)
    choices.field_paths()
    choices.users()
    assert len(hubspot.server.log) == requests  # cached: no second fetch


def test_status_bar_shows_queue_and_quota_only_while_non_trivial(make_window) -> None:
    window = make_window()
    ext = extension(window)
    live: dict = {}
    ext.live_status = lambda: live
    ext.status.source = ext.live_status
    assert ext.status.refresh() == "" and ext.status.isHidden()
    live["acme"] = {"pending": 4, "calls": 9, "remaining": 20, "limit": 190, "throttled": 0}
    text = ext.status.refresh()
    assert "acme" in text and "4" in text and "20" in text and not ext.status.isHidden()
    live["acme"] = {"pending": 0, "calls": 10, "remaining": 180, "limit": 190}
    assert ext.status.refresh() == "" and ext.status.isHidden()
    live["acme"] = {"pending": 0, "calls": 10, "paused": {"reason": "auth", "message": "HTTP 401", "since": 1.0,
                                                         "until": None}}
    text = ext.status.refresh()
    from designer.connections.status import pause_text

    assert "acme" in text and pause_text(live["acme"]) in text and not ext.status.isHidden()
    assert "HTTP 401" in ext.status.toolTip()
