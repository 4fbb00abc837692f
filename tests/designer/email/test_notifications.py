"""UserNotified events from a real notify_user step reach the status bar (and the tray where there is one)."""

from __future__ import annotations

from designer.email.notifications import Notice, Notifier, as_notice
from designer.runtime_bridge import RuntimeBridge
from runtime.crm.local import LocalCrm
from runtime.engine.events import RuntimeEvent, UserNotified
from tests.designer.email.email_support import run_one_step


class RecordingTray:
    """Stands in for the desktop's tray, which the offscreen platform does not have."""

    def __init__(self) -> None:
        self.popups: list[tuple[str, str]] = []

    def popup(self, title: str, text: str) -> bool:
        self.popups.append((title, text))
        return True


def test_only_user_notified_events_become_notices():
    plain = RuntimeEvent("step_finished", 1, "f", "done", "n")
    notified = UserNotified("user_notified", 1, "f", "done", "n", user_email="ana@acme.es",
                            title="Cita", message="Llama a José")
    assert as_notice(plain) is None
    assert as_notice(notified) == Notice("ana@acme.es", "Cita", "Llama a José")


def test_a_notify_user_step_shows_a_notification_in_the_open_window(qtbot, db, make_window):
    bridge = RuntimeBridge(db)
    window = make_window(bridge)
    extension = next(e for e in window.extensions if hasattr(e, "notifier"))
    tray = RecordingTray()
    extension.notifier.tray = tray
    LocalCrm(db).create_user("ana@acme.es", "Ana Díaz")
    run_one_step(db, "action.notify_user", bridge.deliver, user="ana@acme.es",
                 message="Llama a {{ contact.first_name }} hoy")
    qtbot.waitUntil(lambda: bool(extension.notifier.shown), timeout=30_000)
    notice = extension.notifier.shown[0]
    assert (notice.user_email, notice.title, notice.message) == ("ana@acme.es", "Aviso de cita",
                                                                 "Llama a José hoy")
    assert tray.popups and tray.popups[0][0] == "Aviso de cita" and "Llama a José hoy" in tray.popups[0][1]
    assert "Llama a José hoy" in window.statusBar().currentMessage()


def test_without_tray_or_status_bar_a_notice_is_still_recorded():
    notifier = Notifier(tray=None, status_bar=None)
    notifier.show(Notice("", "", "Hola"))  # no tray, no status bar: recorded, nothing breaks
    assert notifier.shown == [Notice("", "", "Hola")]


def test_the_embedded_runtime_delivers_the_notification(qtbot, db, make_window):
    from designer.runtime_bridge import enroll_contacts
    from runtime.engine.activation import activate_flow
    from runtime.flows import repository
    from tests.runtime.engine.engine_support import FlowBuilder

    crm = LocalCrm(db)
    crm.create_user("ana@acme.es", "Ana Díaz")
    cid = crm.create_contact({"email": "lucia@example.es", "first_name": "Lucía"})
    builder = FlowBuilder("Avisos")
    step = builder.add("action.notify_user", node_title="Nueva cita", user="ana@acme.es",
                       message="{{ contact.first_name }} pidió cita")
    builder.chain(builder.trigger, step)
    with db.begin() as conn:
        repository.import_flow(conn, builder.flow)
    activate_flow(db, builder.flow.id)
    bridge = RuntimeBridge(db)
    window = make_window(bridge)
    extension = next(e for e in window.extensions if hasattr(e, "notifier"))
    assert bridge.start() == "running"
    try:
        assert enroll_contacts(db, builder.flow.id, [cid], bridge) == 1
        qtbot.waitUntil(lambda: bool(extension.notifier.shown), timeout=30_000)
    finally:
        bridge.stop()
    assert extension.notifier.shown[0].message == "Lucía pidió cita"
    assert "Nueva cita" in window.statusBar().currentMessage()
    outbox = extension.outbox
    window.acts["show_outbox"].trigger()
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=30_000)
    assert outbox.model.index(0, 2).data() == "ana@acme.es"  # notify_user's email stayed local too
