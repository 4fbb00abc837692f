"""`flows` commands against a real SQLite file: output, JSON shapes, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.cli.main import main

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"


@pytest.fixture
def cli(db_url, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    db = db_url

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write_broken(tmp_path: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"action.add_tag"', '"action.add_tagg"')
    path = tmp_path / "roto.caudal.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_prints_id_and_export_gives_the_same_file(cli, tmp_path: Path) -> None:
    code, out, err = cli("flows", "import", str(EXAMPLE))
    assert code == 0 and out == "b1e0c0de-0000-4000-8000-000000000000\n" and err == ""
    target = tmp_path / "out.caudal.json"
    code, out, _ = cli("flows", "export", "Bienvenida", str(target))
    assert code == 0 and "exported to" in out
    assert target.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_second_import_says_what_changed(cli) -> None:
    cli("flows", "import", str(EXAMPLE))
    code, out, err = cli("flows", "import", str(EXAMPLE))
    new_id = out.strip()
    assert code == 0 and len(new_id) == 36 and new_id != "b1e0c0de-0000-4000-8000-000000000000"
    assert "was taken: the imported flow has a new one" in err
    assert "imported as «Bienvenida (2)»" in err


def test_import_refuses_a_broken_file_with_file_line_and_node(cli, tmp_path: Path) -> None:
    path = write_broken(tmp_path)
    code, out, err = cli("flows", "import", str(path))
    assert code == 1 and out == ""
    assert f"caudal: {path}:" in err
    assert "node b1e0c0de-0000-4000-8000-000000000006 («Marcar seguimiento»): unknown node type" in err
    assert json.loads(cli("flows", "list", "--json")[1]) == []


def test_import_of_invalid_but_well_formed_flow_warns(cli, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"tag": "seguimiento"', '"tag": ""')
    path = tmp_path / "x.caudal.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = cli("flows", "import", str(path))
    assert code == 0 and "imported with 1 problem; see it with" in err


def test_list_table_and_json(cli) -> None:
    assert cli("flows", "list")[1].strip() == "No flows."
    cli("flows", "import", str(EXAMPLE))
    code, out, _ = cli("flows", "list")
    assert code == 0 and "stopped" in out and out.rstrip().endswith("Bienvenida")
    rows = json.loads(cli("flows", "list", "--json")[1])
    assert rows == [{
        "id": "b1e0c0de-0000-4000-8000-000000000000", "name": "Bienvenida",
        "description": rows[0]["description"], "is_active": False, "active_version": None,
        "created_at": rows[0]["created_at"], "updated_at": rows[0]["updated_at"], "node_count": 6,
    }]
    assert rows[0]["updated_at"].endswith("Z")


def test_show_text_and_json(cli) -> None:
    cli("flows", "import", str(EXAMPLE))
    code, out, _ = cli("flows", "show", "Bienvenida")
    assert code == 0 and "Nodes (6):" in out and "«Esperar 2 días»" in out and "No problems." in out
    data = json.loads(cli("flows", "show", "b1e0c0de-0000-4000-8000-000000000000", "--json")[1])
    assert data["name"] == "Bienvenida" and data["edge_count"] == 5 and data["versions"] == []
    assert data["problems"] == [] and data["document"]["format"] == "caudal.flow"
    assert data["nodes"][2] == {"id": "b1e0c0de-0000-4000-8000-000000000003", "type": "wait.duration",
                                "title": "Esperar 2 días", "kind": "wait",
                                "summary": data["nodes"][2]["summary"]}
    assert set(data["nodes"][2]["summary"]) == {"es", "en", "fr", "id"}


def test_unknown_flow_is_an_error(cli, tmp_path: Path) -> None:
    for argv in (("flows", "show", "Nada"), ("flows", "export", "Nada", str(tmp_path / "x.json"))):
        code, out, err = cli(*argv)
        assert code == 1 and out == "" and err == "caudal: No flow has the id or name «Nada».\n"


def test_validate_ok_and_problems(cli, tmp_path: Path) -> None:
    code, out, _ = cli("flows", "validate", str(EXAMPLE))
    assert (code, out) == (0, "OK\n")
    text = EXAMPLE.read_text(encoding="utf-8").replace('"tag": "seguimiento"', '"tag": ""')
    text = text.replace('"port": "no"', '"port": "maybe"')
    path = tmp_path / "p.caudal.json"
    path.write_text(text, encoding="utf-8")
    code, out, _ = cli("flows", "validate", str(path))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2
    assert lines[0] == (f"{path}: [missing_config] node b1e0c0de-0000-4000-8000-000000000006 "
                        "(«Marcar seguimiento»): «Tag» is required.")
    assert "[wrong_port] node b1e0c0de-0000-4000-8000-000000000004 («¿Es VIP?»)" in lines[1]
    data = json.loads(cli("flows", "validate", str(path), "--json")[1])
    assert data["ok"] is False and [p["code"] for p in data["problems"]] == [
        "missing_config", "wrong_port"]


def test_validate_reports_unknown_types_as_problems_and_broken_json_as_error(cli, tmp_path: Path) -> None:
    code, out, _ = cli("flows", "validate", str(write_broken(tmp_path)))
    assert code == 1 and "[unknown_type] node b1e0c0de-0000-4000-8000-000000000006" in out
    bad = tmp_path / "bad.caudal.json"
    bad.write_text("{\n  \"format\": \"caudal.flow\",\n", encoding="utf-8")
    code, out, err = cli("flows", "validate", str(bad))
    assert code == 1 and out == "" and err.startswith(f"caudal: {bad}:3: invalid JSON")
    data = json.loads(cli("flows", "validate", str(bad), "--json")[1])
    assert data["ok"] is False and data["problems"][0]["code"] == "bad_json"
    assert data["problems"][0]["line"] == 3


def test_lone_surrogate_is_refused_by_import_and_validate_nothing_stored(cli, tmp_path: Path) -> None:
    path = tmp_path / "s.caudal.json"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        '"Correo de bienvenida"', '"Correo \\ud800 de bienvenida"'), encoding="utf-8")
    for command in ("import", "validate"):
        code, out, err = cli("flows", command, str(path))
        assert code == 1 and out == ""
        assert err.startswith(f"caudal: {path}:29: node b1e0c0de-0000-4000-8000-000000000002 ")
        assert "«title» holds \\ud800, a lone half of a UTF-16 pair" in err
    data = json.loads(cli("flows", "validate", str(path), "--json")[1])
    assert [(p["code"], p["line"]) for p in data["problems"]] == [("bad_character", 29)]
    assert cli("flows", "list", "--json")[1].strip() == "[]"


def test_deep_nesting_is_refused_by_import_with_its_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "d.caudal.json"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        '"tag": "cliente"', '"tag": "cliente", "x": ' + "[" * 900 + "]" * 900), encoding="utf-8")
    code, out, err = cli("flows", "import", str(path))
    assert (code, out) == (1, "")
    assert err == f"caudal: {path}:25: objects and lists nested more than 64 levels deep.\n"


def test_loop_through_a_zero_minute_wait_does_not_validate(cli, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"amount": 2,\n          "unit": "days"',
                                                      '"amount": 0,\n          "unit": "minutes"')
    doc = json.loads(text)
    doc["flow"]["edges"].append({"from": {"node": "b1e0c0de-0000-4000-8000-000000000003", "port": "out"},
                                 "to": {"node": "b1e0c0de-0000-4000-8000-000000000002", "port": "in"}})
    path = tmp_path / "z.caudal.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = cli("flows", "validate", str(path))
    assert code == 1 and "[loop_without_wait] node b1e0c0de-0000-4000-8000-000000000003" in out
    assert "whose wait «Esperar 2 días» lasts 0" in out


def test_activate_warns_about_contacts_whose_date_the_trigger_cannot_read(cli, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text("email,renovacion\nana@x.es,15/01/2099\nbea@x.es,31/02/2099\n", encoding="utf-8")
    assert cli("contacts", "import", str(csv))[0] == 0
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["flow"]["nodes"][0].update(type="trigger.date_field", config={
        "field": "contact.renovacion", "offset_days": -3, "at_time": "10:00"})
    path = tmp_path / "r.caudal.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    cli("flows", "import", str(path))
    code, out, err = cli("flows", "activate", "Bienvenida")
    assert code == 0 and out == "«Bienvenida» active on version 1\n"
    assert err.startswith("warning: trigger «Nuevo cliente» will not fire for contact 2: contact.renovacion: "
                          "«31/02/2099» is not a valid date (DD/MM/YYYY or YYYY-MM-DD)\n")


def test_spanish_messages_follow_the_locale(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, err = cli("flows", "show", "Nada")
    assert err == "caudal: No hay ningún flujo con id o nombre «Nada».\n"
    code, out, _ = cli("flows", "validate", str(write_broken(tmp_path)))
    assert "[unknown_type] nodo b1e0c0de-0000-4000-8000-000000000006 («Marcar seguimiento»)" in out
    assert "Tipo de nodo desconocido" in out


def test_activate_prints_the_review_warnings_and_still_activates(cli) -> None:
    cli("flows", "import", str(EXAMPLE))
    code, out, err = cli("flows", "activate", "Bienvenida")
    assert code == 0 and "warning" not in out + err
    cli("flows", "import", str(EXAMPLE))  # a copy: «Bienvenida (2)», the same trigger
    code, out, err = cli("flows", "activate", "Bienvenida (2)")
    assert code == 0 and "«Bienvenida (2)» active on version 1" in out
    assert ("warning [same_trigger]: The active flow «Bienvenida» also starts when a contact gets the tag «cliente»"
            in err)
