"""Screenshots of the History page, a journey and the canvas badges:
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_history.py es|fr|id

A fresh demo database in that language; three weeks of contacts sent through the example flow by
the real engine on a manual clock (some still waiting, some VIP, one cancelled), and a second flow
whose webhook fails for some and is uncertain for one. Writes history.png, journey.png,
journey_failed.png and history_canvas.png next to this file (history.<lang>.png and
journey.<lang>.png for languages other than Spanish).
"""
# ruff: noqa: E402, E702
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CAUDAL_SETTINGS"] = "/tmp/caudal_hist_settings.ini"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtCore import Qt

from designer.app import make_app
from designer.first_start import first_start
from designer.i18n import Translators
from designer.main_window import MainWindow
from designer.settings import Settings
from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.crm.local import LocalCrm
from runtime.engine import Engine, EngineSettings, ManualClock, ledger
from runtime.engine.activation import activate_flow
from runtime.engine.loop import BatchRunner
from runtime.flows import repository
from runtime.flows.model import Edge, Endpoint, Flow, Node, new_id
from runtime.store.db import open_database

app = make_app()
LANG = sys.argv[1] if len(sys.argv) > 1 else "es"
SUFFIX = "" if LANG == "es" else f".{LANG}"
tr = Translators(); tr.install(LANG)
DB = "/tmp/caudal_hist.db"
for suffix in ("", "-wal", "-shm"):
    Path(DB + suffix).unlink(missing_ok=True)
Path("/tmp/caudal_hist_settings.ini").unlink(missing_ok=True)
db = open_database(DB)
welcome_id = first_start(db, LANG)
crm = LocalCrm(db)

# a second flow: a webhook to a loopback address (refused by the default guard) then a tag
trigger, hook, tag = new_id(), new_id(), new_id()
WORDS = {  # the second flow's names: flow, trigger, webhook, tag node, tag, button
    "es": ("Aviso al ERP", "Inicio manual", "Avisar al ERP", "Marcar avisado", "avisado", "Enviar"),
    "en": ("ERP notice", "Manual start", "Tell the ERP", "Mark notified", "notified", "Send"),
    "fr": ("Avis à l'ERP", "Départ manuel", "Prévenir l'ERP", "Marquer prévenu", "prévenu", "Envoyer"),
    "id": ("Kabari ERP", "Mulai manual", "Beri tahu ERP", "Tandai sudah dikabari", "dikabari", "Kirim"),
}[LANG]
notices = Flow(id=new_id(), name=WORDS[0], nodes=[
    Node(id=trigger, type="trigger.manual", title=WORDS[1], config={"label": WORDS[5]}, position=(0.0, 0.0)),
    Node(id=hook, type="action.webhook", title=WORDS[2], position=(300.0, 0.0),
         config={"method": "POST", "url": "http://127.0.0.1:9/erp", "body": "{}"}),
    Node(id=tag, type="action.add_tag", title=WORDS[3], config={"tag": WORDS[4]}, position=(600.0, 0.0)),
], edges=[Edge(Endpoint(trigger, "out"), Endpoint(hook, "in")), Edge(Endpoint(hook, "out"), Endpoint(tag, "in"))])
with db.begin() as conn:
    repository.import_flow(conn, notices)
notices_version = activate_flow(db, notices.id).version_id
with db.begin() as conn:
    welcome = repository.require(conn, welcome_id)
welcome_version = welcome.active_version_id

NAMES = {
    "es": (["Lucía", "Mateo", "Valeria", "Hugo", "Martina", "Leo", "Julia", "Daniel", "Sara", "Álvaro",
            "Paula", "Pablo", "Carmen", "Diego", "Elena", "Adrián", "Noa", "Javier", "Irene", "Marco"],
           ["García", "Fernández", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres", "Gil", "Ruiz"],
           "ejemplo.es", "Madrid"),
    "en": (["Olivia", "Jack", "Amelia", "Harry", "Isla", "Oscar", "Ava", "George", "Mia", "Noah"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker"],
           "example.co.uk", "London"),
    "fr": (["Léa", "Lucas", "Chloé", "Hugo", "Manon", "Louis", "Camille", "Jules", "Inès", "Arthur"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"],
           "exemple.fr", "Lyon"),
    "id": (["Putri", "Rizky", "Siti", "Agus", "Dewi", "Bayu", "Ayu", "Dimas", "Nur", "Eko"],
           ["Saputra", "Wijaya", "Lestari", "Santoso", "Hidayat", "Kusuma", "Pratama", "Utami", "Nugraha", "Halim"],
           "contoh.co.id", "Jakarta"),
}[LANG]
first, last, domain, city = NAMES
people = []
for i in range(48):
    f, la = first[i % len(first)], last[(i * 7) % len(last)]
    plain = __import__("unicodedata").normalize("NFKD", f"{f}.{la}").encode("ascii", "ignore").decode().lower()
    email = f"{plain}{i}@{domain}"
    tags = ["vip"] if i % 5 == 0 else []
    people.append(crm.create_contact({"email": email, "first_name": f, "last_name": la, "city": city},
                                     tags=tags))

DAY = 86400.0
clock = ManualClock(start=time.time() - 21 * DAY)
settings = EngineSettings(max_attempts=1)
engine = Engine(db, clock=clock, settings=settings)
welcome_trigger = "b1e0c0de-0000-4000-8000-000000000001"
eids: list[int] = []
for day in range(21):
    batch = people[(day * 2) % len(people):(day * 2) % len(people) + 2 + day % 3]
    with db.begin(immediate=True) as conn:
        eids += engine.enroll_many(conn, welcome_version, batch, trigger_node=welcome_trigger, origin="manual")
    if day % 4 == 1:
        with db.begin(immediate=True) as conn:
            engine.enroll(conn, notices_version, people[day], trigger_node=trigger)
    engine.run_due()
    clock.advance(DAY * 0.98)
engine.cancel(eids[-1])
# one uncertain call: the process "died" during the webhook
channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=1)
hook_engine = Engine(db, clock=clock, channels=Channels(webhook=channel), settings=settings)
with db.begin(immediate=True) as conn:
    hook_engine.enroll(conn, notices_version, people[30], trigger_node=trigger)
with db.begin(immediate=True) as conn:
    calls = BatchRunner(hook_engine, conn, clock.now(), careful=True).run(100)
with db.begin(immediate=True) as conn:
    ledger.claim(conn, [key for key, _, _ in calls.externals])
clock.advance(hook_engine.settings.external_lease + 1)
hook_engine.run_due()
channel.close()

w = MainWindow(db, Settings("/tmp/caudal_hist_settings.ini"), tr, None)
w.setWindowState(Qt.WindowState.WindowNoState)  # (offscreen: an 800 x 800 screen)
w.resize(1560, 940); w.show()
ext = w.extensions[0]


def shots() -> None:
    w.open_flow(welcome_id)
    ext.show_history(welcome_id)
    panel = ext.panel
    done = next(r for r in panel.model.rows if r.status == "completed")
    waiting = next(r for r in panel.model.rows if r.status == "waiting")
    panel.select_enrollment(waiting.id)  # (a VIP without owner no longer fails: its task is unassigned)
    panel.chart_loader.wait()
    app.processEvents()
    w.grab().save(str(OUT / f"history{SUFFIX}.png"))
    dialog = panel.open_journey(done.id)
    dialog.resize(1000, 640)
    entry = next(e for e in dialog.journey.entries if e.kind == "decision")
    dialog.select_step(entry.step_id)
    app.processEvents()
    dialog.grab().save(str(OUT / f"journey{SUFFIX}.png"))
    if SUFFIX:
        app.quit()
        return
    ext.show_history(notices.id)  # the webhook that fails
    panel = ext.panel
    failed = next(r for r in panel.model.rows if r.status == "failed")
    dialog = panel.open_journey(failed.id)
    dialog.resize(1000, 640)
    app.processEvents()
    dialog.grab().save(str(OUT / "journey_failed.png"))
    dialog.close()
    w.tabs.setCurrentIndex(0)
    w.editor.fit()
    app.processEvents()
    w.grab().save(str(OUT / "history_canvas.png"))
    app.quit()


from PySide6.QtCore import QTimer

QTimer.singleShot(300, shots)
app.exec()
