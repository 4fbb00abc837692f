"""`enroll FLOW --contact EMAIL`: the manual trigger, its refusals, then `run --until-idle`."""

from __future__ import annotations

import json

import pytest

from runtime.cli.main import main

engine_module = pytest.importorskip("runtime.engine")
if not hasattr(engine_module, "Engine"):
    pytest.skip("the engine (runtime.engine.Engine) has not landed yet", allow_module_level=True)


def write_flow(path, trigger_type, trigger_config, reenrollment="never"):
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": "0f3a0000-0000-4000-8000-000000000000", "name": "Manual", "description": "",
        "settings": {"reenrollment": reenrollment, "goal": None, "timezone": "UTC", "max_steps": 1000},
        "nodes": [
            {"id": "0f3a0000-0000-4000-8000-000000000001", "type": trigger_type, "type_version": 1,
             "title": "Empieza", "config": trigger_config, "position": [0, 0]},
            {"id": "0f3a0000-0000-4000-8000-000000000002", "type": "action.add_tag", "type_version": 1,
             "title": "Marcar", "config": {"tag": "bienvenido"}, "position": [200, 0]}],
        "edges": [{"from": {"node": "0f3a0000-0000-4000-8000-000000000001", "port": "out"},
                   "to": {"node": "0f3a0000-0000-4000-8000-000000000002", "port": "in"}}]}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


@pytest.fixture
def db(db_url, tmp_path, capsys):
    path = db_url
    assert main(["--db", path, "flows", "import", write_flow(tmp_path / "m.caudal.json", "trigger.manual",
                                                           {"label": ""})]) == 0
    assert main(["--db", path, "contacts", "add", "--email", "ana@example.es"]) == 0
    capsys.readouterr()
    return path


def test_enroll_then_run_until_idle(db, capsys):
    assert main(["--db", db, "enroll", "Manual", "--contact", "ana@example.es"]) == 1
    assert "is not active" in capsys.readouterr().err
    assert main(["--db", db, "flows", "activate", "Manual"]) == 0
    assert main(["--db", db, "enroll", "Manual", "--contact", "ana@example.es"]) == 0
    assert "ana@example.es: enrollment 1 in «Manual» v1" in capsys.readouterr().out
    assert main(["--db", db, "run", "--until-idle"]) == 0
    assert main(["--db", db, "history", "--json"]) == 0
    [enrollment] = json.loads(capsys.readouterr().out)
    assert enrollment["status"] == "completed"
    assert [s["title"] for s in enrollment["steps"]][-1] == "Marcar"
    assert main(["--db", db, "contacts", "list", "--json"]) == 0
    assert "bienvenido" in capsys.readouterr().out
    # reenrollment "never": a second journey is refused, and says why.
    assert main(["--db", db, "enroll", "Manual", "--contact", "ana@example.es"]) == 1
    assert "re-enrollment policy" in capsys.readouterr().out


def test_refusals(db, tmp_path, capsys):
    assert main(["--db", db, "flows", "activate", "Manual"]) == 0
    assert main(["--db", db, "enroll", "Nada", "--contact", "ana@example.es"]) == 1
    assert "no flow with id or name 'Nada'" in capsys.readouterr().err
    assert main(["--db", db, "enroll", "Manual", "--contact", "nadie@example.es"]) == 1
    assert "no contact with email nadie@example.es" in capsys.readouterr().err
    other = write_flow(tmp_path / "t.caudal.json", "trigger.tag_added", {"tag": "x", "filter": {"match": "all",
                                                                                             "rules": []}})
    assert main(["--db", db, "flows", "import", other]) == 0
    capsys.readouterr()
    assert main(["--db", db, "flows", "activate", "Manual (2)"]) == 0
    assert main(["--db", db, "enroll", "Manual (2)", "--contact", "ana@example.es"]) == 1
    assert "has no manual trigger" in capsys.readouterr().err
