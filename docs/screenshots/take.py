"""Screenshots for the README: xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python docs/screenshots/take.py es

A fresh demo database (first start, in the language given: es, en, fr, id), a contact tagged
with the example's customer tag so one is in flight, the decision node selected; writes
main_window.png and contacts.png next to this file (main_window.<lang>.png for other languages).
"""
# ruff: noqa: E402, E702
import os
import sys

os.environ["CAUDAL_SETTINGS"]="/tmp/caudal_shot_settings.ini"
ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from PySide6.QtCore import QTimer

from designer.app import make_app
from designer.first_start import first_start
from designer.i18n import Translators
from designer.main_window import MainWindow
from designer.runtime_bridge import RuntimeBridge
from designer.settings import Settings
from runtime.store.db import open_database

app = make_app()
LANG = sys.argv[1] if len(sys.argv) > 1 else "es"
SUFFIX = "" if LANG == "es" else f".{LANG}"
tr = Translators(); tr.install(LANG)
__import__("pathlib").Path("/tmp/caudal_shot_settings.ini").unlink(missing_ok=True)  # the default layout
for _suffix in ("", "-wal", "-shm"):
    __import__("pathlib").Path("/tmp/caudal_shot.db" + _suffix).unlink(missing_ok=True)
db = open_database("/tmp/caudal_shot.db"); first_start(db, LANG)
bridge = RuntimeBridge(db)
w = MainWindow(db, Settings("/tmp/caudal_shot_settings.ini"), tr, bridge)
w.resize(1440, 900); w.show()
bridge.start()
from runtime.crm.local import LocalCrm
from runtime.crm.local.demo import demo_set

_demo = demo_set(LANG)
_tag = {"es": "cliente", "en": "customer", "fr": "client", "id": "pelanggan"}[LANG]
LocalCrm(db).add_tag(_demo["contacts"][2][0], _tag)  # the third demo contact, as in Spanish
def shots():
    w.editor.doc.select([])
    w.editor.fit()
    w.editor.doc.select(["b1e0c0de-0000-4000-8000-000000000004"])
    bridge.refresh_in_flight()
    app.processEvents()
    w.grab().save(str(ROOT / f"docs/screenshots/main_window{SUFFIX}.png"))
    if not SUFFIX:
        w.tabs.setCurrentIndex(1); app.processEvents()
        w.contacts.table.selectRow(2); app.processEvents()
        w.grab().save(str(ROOT / "docs/screenshots/contacts.png"))
    bridge.stop(); app.quit()
QTimer.singleShot(2500, shots)
app.exec()
