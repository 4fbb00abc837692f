"""`simulate`: human and --json output, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.cli.main import main

engine_module = pytest.importorskip("runtime.engine")
if not hasattr(engine_module, "Engine"):
    pytest.skip("the engine (runtime.engine.Engine) has not landed yet", allow_module_level=True)

EXAMPLE = str(Path(__file__).resolve().parents[3] / "resources" / "examples" / "bienvenida.caudal.json")


@pytest.fixture
def csv(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("email,first_name,tags\nana@example.es,Ana,vip\n", encoding="utf-8")
    return str(path)


def test_human_and_json(tmp_path, csv, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "simulate", EXAMPLE, "--contacts", csv, "--days", "5"]) == 0
    out = capsys.readouterr().out
    assert "Simulated «Bienvenida» for 1 contact over 5 days" in out
    assert "ana@example.es: Nuevo cliente → Correo de bienvenida" in out
    assert main(["--db", db, "simulate", EXAMPLE, "--contacts", csv, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # a VIP without an owner: the task is created unassigned, the contact completes (issue 13)
    assert doc["days"] == 30 and doc["contacts"][0]["status"] == "completed"
    assert {"id", "type", "title", "reached"} <= set(doc["nodes"][0])


def test_errors(tmp_path, csv, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "simulate", str(tmp_path / "missing.caudal.json"), "--contacts", csv]) == 1
    assert "missing.caudal.json" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", db, "simulate", EXAMPLE])  # neither --contacts nor --all-contacts
