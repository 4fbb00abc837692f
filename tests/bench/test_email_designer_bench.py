"""Email designer benchmark: the Outbox page with 500 (of 20,000) messages, and the template
editor's contact search and live preview in a CRM of 100,000 contacts.

Targets: outbox refresh 100 ms, an event batch that adds nothing 5 ms, contact search 200 ms,
one preview render 50 ms. Prints figures and ratios; asserts nothing about time.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

from runtime.store.db import open_database  # noqa: E402
from tests.designer.shell_fixtures import bulk_contacts  # noqa: E402

CONTACTS = 100_000
MESSAGES = 20_000


def _line(label: str, seconds: float, target: float) -> None:
    print(f"{label}: {seconds * 1000:.1f} ms (target {target * 1000:.0f} ms, ratio {seconds / target:.2f})")


def _best(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def test_outbox_and_template_preview(tmp_path: Path, qapp: QApplication) -> None:
    from sqlalchemy import insert

    from designer.email.outbox_page import OutboxPage
    from designer.email.template_form import TemplateForm
    from runtime.email import EmailTemplate
    from runtime.store.schema_runtime import outbox
    from runtime.store.types import now

    db = open_database(str(tmp_path / "bench.db"))
    bulk_contacts(db, CONTACTS)
    ts = now()
    rows = [{"idempotency_key": f"{i}:n:1", "account": "", "sender": "Caudal <caudal@localhost>",
             "recipient": f"persona{i:06d}@ejemplo.es", "subject": f"Hola {i} — tu cita",
             "body_html": "<p>Hola</p>" * 20, "body_text": "Hola\n" * 20, "created_at": ts + i}
            for i in range(MESSAGES)]
    with db.begin() as conn:
        conn.execute(insert(outbox), rows)

    page = OutboxPage(db)
    page.resize(1200, 800)
    page.show()
    qapp.processEvents()
    print(f"\n{CONTACTS:,} contacts, {MESSAGES:,} outbox messages")
    _line("outbox page refresh (newest 500)", _best(page.refresh), 0.100)
    _line("outbox event batch, nothing new", _best(lambda: page.on_events([object()]), 20), 0.005)

    form = TemplateForm(db, None, "es")
    form.resize(1000, 600)
    form.show()
    form.load(EmailTemplate("t", "Bench", "Hola {{ contact.first_name }}",
                            "<h2>Hola {{ contact.first_name }}</h2><p>{{ contact.city }}</p>" * 10))

    def search() -> None:
        form.contact.search.setText("sofia vega")
        form.contact.run_search()
        form.contact.search.setText("")

    _line("contact picker search (accent-insensitive, 100k)", _best(search), 0.200)
    _line("template preview render", _best(form.render_now, 10), 0.050)
    assert form.rendered is not None and form.contact.contact_id()
    db.dispose()
