"""The Outbox page: messages the engine wrote, live refresh from runtime events, the "stays local" banner."""

from __future__ import annotations

from designer.email.outbox_page import OutboxPage
from designer.runtime_bridge import RuntimeBridge
from runtime.email import SmtpAccount, add_account
from tests.designer.email.email_support import run_one_step


def _page(qtbot, db) -> OutboxPage:
    page = OutboxPage(db)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_a_message_sent_by_the_engine_appears_live(qtbot, db):
    bridge = RuntimeBridge(db)
    page = _page(qtbot, db)
    bridge.events.connect(page.on_events)
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    run_one_step(db, "action.send_email", bridge.deliver, to="contact",
                 subject="Hola {{ contact.first_name }} ✉", body="<p>Tu cita es <b>mañana</b>.</p>")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    assert not page.empty.isVisible()
    assert [page.model.index(0, c).data() for c in (2, 3)] == ["jose@example.es", "Hola José ✉"]
    assert page.selected_id() is not None
    assert "Tu cita es mañana." in page.html_view.toPlainText()
    assert "mañana" in page.text_view.toPlainText()


def test_a_hidden_page_refreshes_when_shown(qtbot, db):
    page = _page(qtbot, db)
    page.hide()
    run_one_step(db, "action.send_email", page.on_events, to="contact", subject="Uno", body="x")
    assert page.stale and page.model.rowCount() == 0
    page.show()
    assert page.model.rowCount() == 1 and not page.stale


def test_banner_says_emails_stay_local_and_offers_accounts(qtbot, db, memory_keyring):
    page = _page(qtbot, db)
    assert page.banner.isVisible()
    local_text = page.banner_text.text()
    with qtbot.waitSignal(page.accounts_requested):
        page.banner_button.click()
    add_account(db, SmtpAccount("oficina", "127.0.0.1", 25, "none", "", "ana@example.es"), None)
    page.update_banner()
    assert page.banner_text.text() != local_text
