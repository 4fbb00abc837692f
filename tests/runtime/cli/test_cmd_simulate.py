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


def test_human_and_json(db_url, csv, capsys):
    db = db_url
    assert main(["--db", db, "simulate", EXAMPLE, "--contacts", csv, "--days", "5"]) == 0
    out = capsys.readouterr().out
    assert "Simulated «Bienvenida» for 1 contact over 5 days" in out
    assert "ana@example.es: Nuevo cliente → Correo de bienvenida" in out
    assert main(["--db", db, "simulate", EXAMPLE, "--contacts", csv, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # a VIP without an owner: the task is created unassigned, the contact completes (issue 13)
    assert doc["days"] == 30 and doc["contacts"][0]["status"] == "completed"
    assert {"id", "type", "title", "reached"} <= set(doc["nodes"][0])


def test_errors(db_url, tmp_path, csv, capsys):
    db = db_url
    assert main(["--db", db, "simulate", str(tmp_path / "missing.caudal.json"), "--contacts", csv]) == 1
    assert "missing.caudal.json" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", db, "simulate", EXAMPLE])  # neither --contacts nor --all-contacts


def test_all_contacts_of_the_database_on_either_backend(db_url, capsys):
    """--all-contacts copies the real data (SQLite: the file; PostgreSQL: the rows) and leaves it untouched."""
    assert main(["--db", db_url, "contacts", "add", "--email", "ana@example.es", "--tag", "vip"]) == 0
    assert main(["--db", db_url, "contacts", "add", "--email", "bea@example.es"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "simulate", EXAMPLE, "--all-contacts", "--json", "--days", "5"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["email"] for c in doc["contacts"]] == ["ana@example.es", "bea@example.es"]
    assert main(["--db", db_url, "history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the real database ran nothing
