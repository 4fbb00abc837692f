"""Screenshots of the canvas and the designer's new parts, taken on a real X display (popups and
dialogs are separate windows, so the screen is grabbed, not the main window):

    Xvfb :99 -screen 0 1280x720x24 &   DISPLAY=:99 .venv/bin/python docs/screenshots/take_designer.py 1280
    Xvfb :98 -screen 0 1440x900x24 &   DISPLAY=:98 .venv/bin/python docs/screenshots/take_designer.py 1440

A fresh demo database; the issue's flow ("Clientes de Madrid") built through the editor's own
operations and a 64-step flow. Writes, next to this file, for 1280: canvas_example.png,
field_picker.png, insert_step.png, review.png, canvas_64.png, find.png, crash_dialog.png,
contact_dialog.png; for 1440: window_1440x900.png.
"""
# ruff: noqa: E402, E702
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
os.environ["CAUDAL_SETTINGS"] = "/tmp/caudal_designer_shot.ini"
os.environ["CAUDAL_LOG_DIR"] = "/tmp/caudal_designer_shot_logs"

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.app import make_app
from designer.first_start import first_start
from designer.i18n import Translators
from designer.main_window import MainWindow
from designer.settings import Settings
from runtime.catalog import get_catalog
from runtime.flows import repository
from runtime.flows.model import Edge, Endpoint, Flow, Node, new_id
from runtime.store.db import open_database

WIDTH = int(sys.argv[1]) if len(sys.argv) > 1 else 1280
app = make_app()
tr = Translators(); tr.install("es")
Path("/tmp/caudal_designer_shot.ini").unlink(missing_ok=True)
for suffix in ("", "-wal", "-shm"):
    Path("/tmp/caudal_designer_shot.db" + suffix).unlink(missing_ok=True)
db = open_database("/tmp/caudal_designer_shot.db")
welcome = first_start(db)


def big_flow() -> Flow:
    """64 steps: a nurturing series down a spine of "did they open it?" decisions; each "no"
    goes to a short reminder branch of its own."""
    catalog = get_catalog()

    def node(type_id: str, name: str, **config) -> Node:
        return Node(id=new_id(), type=type_id, title=name, config={**catalog.get(type_id).default_config(), **config})

    nodes = [node("trigger.tag_added", "Nuevo suscriptor", tag="boletín")]
    edges: list[Edge] = []

    def link(a: Node, b: Node, port: str = "out") -> None:
        edges.append(Edge(Endpoint(a.id, port), Endpoint(b.id, "in")))

    spine = nodes[0]
    for week in range(1, 13):  # 1 + 12 x 5 + 3 = 64 steps
        mail = node("action.send_email", f"Correo semana {week}", subject=f"Semana {week}", body="Hola")
        wait = node("wait.duration", f"Esperar 3 días (semana {week})", amount=3, unit="days")
        ask = node("decision.if", f"¿Abrió el correo {week}?", condition={"match": "all", "rules": [
            {"field": "contact.tags", "op": "has_tag", "value": f"abrio-{week}"}]})
        nodes += [mail, wait, ask]
        link(spine, mail, "yes" if spine.type == "decision.if" else "out")
        link(mail, wait)
        link(wait, ask)
        reminder = node("action.send_email", f"Recordatorio {week}", subject="¿Lo viste?", body="Hola")
        tag = node("action.add_tag", f"Marcar frío {week}", tag="frio")
        nodes += [reminder, tag]
        link(ask, reminder, "no")
        link(reminder, tag)
        spine = ask
    last = node("action.add_tag", "Marcar comprometido", tag="comprometido")
    pause = node("wait.duration", "Esperar una semana", amount=1, unit="weeks")
    call = node("action.create_task", "Llamar al comprometido", title="Llamar a {{ contact.first_name }}")
    nodes += [last, pause, call]
    link(spine, last, "yes")
    link(last, pause)
    link(pause, call)
    assert len(nodes) == 64
    return Flow(id=new_id(), name="Serie de bienvenida (64 pasos)", nodes=nodes, edges=edges)


big = big_flow()
with db.begin() as conn:
    repository.import_flow(conn, big)

w = MainWindow(db, Settings("/tmp/caudal_designer_shot.ini"), tr, None)
w.show()
ed = w.editor


def settle(ms: int = 200) -> None:
    QTest.qWait(ms)


def shot(name: str) -> None:
    settle()
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / name))
    print("wrote", name, flush=True)


def click(widget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())


def build_madrid() -> str:
    """The issue's flow, built with the same operations as the palette double-clicks."""
    w.flows_list.refresh()
    with db.begin() as conn:
        flow_id = repository.create(conn, "Clientes de Madrid").id
    w.flows_list.refresh()
    w.open_flow(flow_id)
    trigger = ed.add_step("trigger.tag_added")
    ed.doc.edit_node(trigger, "", {**ed.graph.node_by_uid(trigger).config, "tag": "cliente"})
    mail = ed.add_step("action.send_email")
    ed.doc.edit_node(mail, "Bienvenida", {**ed.graph.node_by_uid(mail).config, "subject": "Bienvenida a bordo",
                                          "body": "Hola {{ contact.first_name }}, gracias por confiar en nosotros."})
    wait = ed.add_step("wait.duration")
    ed.doc.edit_node(wait, "", {"amount": 4, "unit": "days"})
    decision = ed.add_step("decision.if")
    ed.doc.edit_node(decision, "¿Es de Madrid?", {"condition": {"match": "all", "rules": [
        {"field": "contact.city", "op": "equals", "value": "Madrid"}]}})
    task = ed.add_step("action.create_task")
    ed.doc.edit_node(task, "", {**ed.graph.node_by_uid(task).config, "title": "Llamar a {{ contact.first_name }}"})
    ed.doc.select([decision])
    tag = ed.add_step("action.add_tag")
    ed.doc.edit_node(tag, "", {"tag": "fuera"})
    w.save()
    ed.fit()
    return decision


def run() -> None:
    if WIDTH >= 1440:
        w.open_flow(welcome)
        ed.fit()
        ed.doc.select(["b1e0c0de-0000-4000-8000-000000000004"])
        shot("window_1440x900.png")
        app.quit()
        return
    decision = build_madrid()
    ed.doc.select([])
    ed.fit()  # (with a selection, fit frames the selection)
    ed.doc.select([decision])
    settle(900)  # the problems panel checks 600 ms after the last edit
    shot("canvas_example.png")
    # the field picker of the condition: labels by record, the key as a hint
    row = ed.inspector_widget.editor("condition").group.children_[0]
    click(row.field.combo)
    shot("field_picker.png")
    row.field.combo.popup_widget.close()
    # a "+" on the connection into the wait
    pipe = next(p for p in ed.viewer.all_pipes()
                if ed.graph.model.nodes[p.input_port.node.id].type_id == "wait.duration")
    at = ed.viewer.mapFromScene(pipe.plus.scenePos())
    QCursor.setPos(ed.viewer.viewport().mapToGlobal(at))
    click(ed.viewer.viewport(), at)
    QTest.keyClicks(ed.insert_popup.search, "etiq")
    shot("insert_step.png")
    ed.insert_popup.close()
    # the review before activation (a modal question: answered from inside its loop)
    QTimer.singleShot(600, lambda: (shot("review.png"), _close_message_box()))
    w.set_active(w.flow_id, True)
    # a 64-step flow: readable, scrolled, with its minimap; then Ctrl+F
    w.open_flow(big.id)
    ed.auto_layout()
    w.save()
    ed.fit()
    shot("canvas_64.png")
    ed.find_bar.open_bar()
    QTest.keyClicks(ed.find_bar.edit, "abrio 1")  # accents are ignored
    shot("find.png")
    ed.find_bar.close_bar()
    # the crash dialog
    from designer.dialogs.crash import CrashDialog

    crash = CrashDialog("KeyError: 'owner_id'", _traceback(), Path("~/.local/state/Caudal/log/caudal.log"))
    crash.show()
    crash.move(w.geometry().center() - crash.rect().center())
    shot("crash_dialog.png")
    crash.close()
    # the contact dialog: owner and deals
    from designer.panels.contacts.detail import ContactDialog
    from runtime.crm.local import LocalCrm

    crm = LocalCrm(db)
    dialog = ContactDialog(crm, crm.search("ana garcia").rows[0]["id"], w)
    dialog.show()
    dialog.deals_editor.add_deal()
    shot("contact_dialog.png")
    dialog.close()
    w.editor.undo_stack.setClean()
    app.quit()


def _close_message_box() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.reject()


def _traceback() -> str:
    return ('Traceback (most recent call last):\n  File "designer/panels/contacts/view.py", line 120, in _open\n'
            '    owner = contact["owner_id"]\nKeyError: \'owner_id\'\n')


QTimer.singleShot(1500, run)
app.exec()
