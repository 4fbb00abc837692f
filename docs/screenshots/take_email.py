"""Screenshots of the email features (and /tmp/caudal_email_inspector.png):
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_email.py es

A fresh demo database (first start) with one template, one SMTP account and two outbox
messages; writes template_editor.png, email_accounts.png and outbox.png next to this file.
"""
# ruff: noqa: E402, E702
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CAUDAL_SETTINGS"] = "/tmp/caudal_email_shot_settings.ini"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import keyring

from tests.keyring_memory import MemoryKeyring

keyring.set_keyring(MemoryKeyring())  # the screenshot never touches the real keyring

from PySide6.QtCore import Qt

from designer.app import make_app
from designer.email.accounts_dialog import AccountsDialog
from designer.email.templates_dialog import TemplatesDialog
from designer.field_source import LocalFieldSource
from designer.first_start import first_start
from designer.i18n import Translators
from designer.main_window import MainWindow
from designer.settings import Settings
from runtime.channels.outbox import Message, Outbox
from runtime.crm.local import LocalCrm
from runtime.email import EmailTemplate, SmtpAccount, TestResult, add_account, save_template
from runtime.store.db import open_database
from runtime.store.types import now

lang = sys.argv[1] if len(sys.argv) > 1 else "es"
app = make_app()
tr = Translators(); tr.install(lang)
for suffix in ("", "-wal", "-shm"):
    Path("/tmp/caudal_email_shot.db" + suffix).unlink(missing_ok=True)
db = open_database("/tmp/caudal_email_shot.db"); first_start(db)
crm = LocalCrm(db)
crm.create_contact({"email": "jose.nunez@ejemplo.es", "first_name": "José", "last_name": "Núñez",
                    "company": "Óptica Núñez"})
save_template(db, EmailTemplate("", "Bienvenida", "¡Hola {{ contact.first_name }}! Tu cita está confirmada",
                                '<h2>¡Bienvenido, {{ contact.first_name | default("cliente") }}!</h2>\n'
                                "<p>Gracias por confiar en <b>{{ contact.company }}</b>.</p>\n"
                                "<p>Tu asesor te llamará desde {{ contact.city }}.</p>\n"
                                "<p>Un saludo,<br>{{ owner.name }}</p>\n"))
save_template(db, EmailTemplate("", "Recordatorio de cita", "Mañana te esperamos", "<p>Hola</p>"))
shots = ROOT / "docs" / "screenshots"

templates = TemplatesDialog(db, LocalFieldSource(db), lang)
templates.form.contact.search.setText("núñez"); templates.form.contact.run_search()
templates.show(); app.processEvents()
templates.grab().save(str(shots / "template_editor.png"))
templates.dirty = False; templates.close()

add_account(db, SmtpAccount("oficina", "smtp.ejemplo.es", 587, "starttls", "ana@ejemplo.es",
                            "Ana Torres <ana@ejemplo.es>"), "demo-password")
accounts = AccountsDialog(db)
accounts.show(); app.processEvents()
accounts._tested(TestResult(True, "connected to smtp.ejemplo.es:587 (starttls) and logged in as ana@ejemplo.es"))
app.processEvents()
accounts.grab().save(str(shots / "email_accounts.png"))
accounts.close()

with db.begin() as conn:
    for i, (to, subject) in enumerate((("jose.nunez@ejemplo.es", "¡Hola José! Tu cita está confirmada"),
                                       ("carmen.ruiz@ejemplo.es", "Mañana te esperamos"))):
        Outbox().deliver(conn, Message(f"{i}:n:1", to, subject, body_text=f"{subject}\n\nUn saludo.",
                                       body_html=f"<h2>{subject}</h2><p>Un saludo.</p>",
                                       sender="Caudal <caudal@localhost>"), now() - 60 * (1 - i))
window = MainWindow(db, Settings("/tmp/caudal_email_shot_settings.ini"), tr, None)
window.setWindowState(Qt.WindowState.WindowNoState)  # (offscreen: an 800 x 800 screen)
window.resize(1400, 820); window.show()
window.acts["show_outbox"].trigger(); app.processEvents()
window.grab().save(str(shots / "outbox.png"))
window.tabs.setCurrentIndex(0); app.processEvents()
window.editor.doc.select(["b1e0c0de-0000-4000-8000-000000000002"])
app.processEvents()
inspector = window.editor.inspector_widget
inspector.setParent(None); inspector.resize(430, 520); inspector.show(); app.processEvents()
inspector.grab().save("/tmp/caudal_email_inspector.png")
window.quitting = True; window.close()
print("saved", *(p.name for p in sorted(shots.glob("*.png"))))
