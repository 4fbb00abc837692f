"""The flows list: new, rename, duplicate, delete (confirmed or not), hide inactive, import/export."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from pathlib import Path

import pytest

from designer.dialogs import ask
from designer.panels.flows_list import FlowsList
from runtime.flows import fileformat, repository
from tests.designer.shell_fixtures import db, demo, translators  # noqa: F401

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "bienvenida.caudal.json"


@pytest.fixture
def flows(qtbot, db, translators):
    widget = FlowsList(db)
    qtbot.addWidget(widget)
    return widget


def test_new_rename_duplicate(flows, db, monkeypatch, qtbot):
    answers = iter(["Campaña", "Campaña de otoño"])
    monkeypatch.setattr(ask, "text", lambda *a: next(answers))
    with qtbot.waitSignal(flows.flow_selected) as selected:
        flows.buttons["new"].click()
    new_id = selected.args[0]
    flows.select_flow(new_id)
    assert flows.names() == ["Campaña"]
    with qtbot.waitSignal(flows.flow_renamed):
        flows.actions_["rename"].trigger()  # in "More" and the right-click menu
    assert flows.names() == ["Campaña de otoño"]
    flows.actions_["duplicate"].trigger()
    assert flows.names() == ["Campaña de otoño", "Campaña de otoño (2)"]
    with db.begin() as conn:
        assert repository.require(conn, new_id).name == "Campaña de otoño"


def test_rename_to_a_taken_name_says_why(flows, db, monkeypatch):
    with db.begin() as conn:
        a = repository.create(conn, "A").id
        repository.create(conn, "B")
    flows.refresh()
    flows.select_flow(a)
    errors = []
    monkeypatch.setattr(ask, "text", lambda *a: "B")
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    flows.rename_current()
    assert flows.names() == ["A", "B"]
    assert "«B»" in errors[0]


def test_delete_asks_first(flows, db, monkeypatch):
    with db.begin() as conn:
        flow_id = repository.create(conn, "Borrable").id
    flows.refresh()
    flows.select_flow(flow_id)
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    assert not flows.delete_current()
    assert flows.names() == ["Borrable"]
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    assert flows.delete_current()
    assert flows.names() == []
    with db.begin() as conn:
        assert repository.find(conn, flow_id) is None


def test_hide_inactive(flows, db):
    demo(db)
    with db.begin() as conn:
        repository.create(conn, "Parado")
    flows.refresh()
    assert flows.names() == ["Bienvenida", "Parado"]
    flows.hide_inactive.setChecked(True)
    assert flows.names() == ["Bienvenida"]


def test_import_export_round_trip(flows, db, tmp_path, monkeypatch):
    monkeypatch.setattr(ask, "open_file", lambda *a: str(EXAMPLE))
    flow_id = flows.import_file()
    assert flows.names() == ["Bienvenida"]
    flows.select_flow(flow_id)
    out = tmp_path / "copia.caudal.json"
    monkeypatch.setattr(ask, "save_file", lambda *a: str(out))
    assert flows.export_current() == str(out)
    assert out.read_text(encoding="utf-8") == fileformat.dumps(fileformat.load(EXAMPLE))
    # importing the export again keeps the nodes, under a new id and a free name
    monkeypatch.setattr(ask, "open_file", lambda *a: str(out))
    second = flows.import_file()
    assert second != flow_id
    assert flows.names() == ["Bienvenida", "Bienvenida (2)"]


def test_import_of_a_broken_file_names_file_and_line(flows, tmp_path, monkeypatch):
    bad = tmp_path / "roto.caudal.json"
    bad.write_text('{\n  "format": "caudal.flow",\n  "schema_version": 1,\n  "flow": [\n}', encoding="utf-8")
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    assert flows.import_file(str(bad)) is None
    assert flows.names() == []
    assert "roto.caudal.json:" in errors[0]
