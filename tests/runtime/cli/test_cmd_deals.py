"""`deals` commands: pipelines, add with stage by name, move, list --json."""

from __future__ import annotations

import json

import pytest

from runtime.cli.main import main


@pytest.fixture
def cli(db_url, capsys: pytest.CaptureFixture[str]):
    db = db_url

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_pipeline_deal_move_list(cli) -> None:
    code, _, err = cli("deals", "add", "--title", "Web", "--pipeline", "Ventas", "--stage", "Nuevo")
    assert code == 1 and "no pipeline 'Ventas'" in err
    code, out, _ = cli("deals", "add-pipeline", "Ventas", "--stage", "Nuevo", "--stage", "Propuesta",
                       "--stage", "Ganado")
    assert code == 0 and "Nuevo > Propuesta > Ganado" in out
    cli("contacts", "add", "--email", "ana@x.es")
    code, out, _ = cli("deals", "add", "--title", "Web", "--contact", "ana@x.es", "--pipeline", "Ventas",
                       "--stage", "Nuevo", "--amount", "1500")
    assert code == 0 and out.strip() == "deal 1 created [Ventas / Nuevo]"
    code, _, err = cli("deals", "move", "1", "--stage", "Cerrado")
    assert code == 1 and "(stages: Nuevo, Propuesta, Ganado)" in err
    assert cli("deals", "move", "1", "--stage", "propuesta")[1].strip() == "deal 1 moved to Propuesta"
    assert cli("deals", "move", "1", "--stage", "Propuesta")[1].strip() == "deal 1 already at Propuesta"
    code, out, _ = cli("deals", "list", "--json")
    [deal] = json.loads(out)
    assert deal["contact"] == {"id": "1", "email": "ana@x.es"}
    assert (deal["pipeline"], deal["stage"], deal["amount"]) == ("Ventas", "Propuesta", 1500.0)
    assert deal["created_at"].endswith("Z")
    pipelines = json.loads(cli("deals", "pipelines", "--json")[1])
    assert [s["name"] for s in pipelines[0]["stages"]] == ["Nuevo", "Propuesta", "Ganado"]
    code, _, err = cli("deals", "move", "99", "--stage", "Nuevo")
    assert code == 1 and "no deal with id 99" in err


def test_deal_for_unknown_contact_is_refused(cli) -> None:
    cli("deals", "add-pipeline", "Ventas", "--stage", "Nuevo")
    code, _, err = cli("deals", "add", "--title", "X", "--contact", "nadie@x.es", "--pipeline", "Ventas",
                       "--stage", "Nuevo")
    assert code == 1 and "no contact with email nadie@x.es" in err
    assert json.loads(cli("deals", "list", "--json")[1]) == []
