"""Why a contact did not start: counted per flow, listed as "not started: filter", the reason for one
contact on demand (rules with the values seen), re-enrollment refusals, and retention."""

from __future__ import annotations

import json
import time

import pytest

from runtime.history import retention
from runtime.store.db import open_database
from tests.runtime.cli.cli_support import make_cli, write_flow


@pytest.fixture
def env(db_url, tmp_path, capsys, monkeypatch):
    cli, db = make_cli(db_url, capsys, monkeypatch)
    flow = write_flow(tmp_path / "vip.caudal.json", "VIP de Madrid", [
        ("trigger.contact_updated", {"fields": ["contact.city"], "filter": {"match": "all", "rules": [
            {"field": "contact.city", "op": "equals", "value": "Madrid"}]}}),
        ("action.add_tag", {"tag": "vip-madrid"}),
    ], reenrollment="never")
    assert cli("flows", "import", str(flow))[0] == 0
    assert cli("flows", "activate", "VIP de Madrid")[0] == 0
    for email in ("ana@example.es", "bea@example.es", "cris@example.es"):
        assert cli("contacts", "add", "--email", email)[0] == 0
    for email, city in (("ana@example.es", "Sevilla"), ("bea@example.es", "Madrid"), ("ana@example.es", "Cádiz"),
                        ("bea@example.es", "Toledo"), ("bea@example.es", "Madrid")):
        assert cli("contacts", "update", email, "--field", f"city={city}")[0] == 0
        assert cli("run", "--until-idle")[0] == 0  # one change handled at a time, as a running service would
    return cli, db


def test_counted_listed_and_explained(env) -> None:
    cli, _ = env
    code, out, _ = cli("history", "not-started", "--by-flow")
    assert code == 0 and out == "VIP de Madrid: 2 contacts not started (4 times)\n"
    rows = {r["contact"]["email"]: r for r in json.loads(cli("history", "not-started", "--json")[1])}
    ana, bea = rows["ana@example.es"], rows["bea@example.es"]
    assert ana["kind"] == "filter" and ana["times"] == 2 and ana["trigger"]["title"] == "Contact updated"
    assert ana["compared"] == [{"field": "contact.city", "operator": "equals", "expected": "Madrid",
                                "actual": "Cádiz", "result": False}]
    assert bea["kind"] == "reenrollment" and bea["times"] == 2  # Toledo (filter), then Madrid again (policy)
    out = cli("history", "not-started", "--contact", "ana@example.es")[1]
    assert "VIP de Madrid · ana@example.es · not started: filter · «Contact updated» ×2" in out
    assert "Not started: the filter was not met. city equals «Madrid»: value «Cádiz» → no." in out

    code, out, _ = cli("history", "why", "--flow", "VIP de Madrid", "--contact", "ana@example.es", "--lang", "es")
    assert code == 0 and out.startswith(
        "No empezó: el filtro no se cumplió. ciudad es igual a «Madrid»: valor «Cádiz» → no. (2 veces, la última")
    out = cli("history", "why", "--flow", "VIP de Madrid", "--contact", "bea@example.es")[1]
    assert out.startswith("It started: journey #1. Not started: it already had a journey in this flow and "
                          "the re-enrollment policy («never») does not allow another.")
    out = cli("history", "why", "--flow", "VIP de Madrid", "--contact", "cris@example.es")[1]
    assert out.startswith("No trace: no trigger of this flow matched a change of this contact")
    code, _, err = cli("history", "why", "--flow", "Nada", "--contact", "ana@example.es")
    assert code == 1 and "no flow with id or name 'Nada'" in err
    assert json.loads(cli("history", "--json")[1])[0]["contact"]["email"] == "bea@example.es"  # the one journey


def test_kept_for_the_retention_setting(env) -> None:
    cli, db = env
    assert cli("settings", "set", "history.not_started_keep_days", "2")[0] == 0
    database = open_database(db)
    try:
        retention.maybe_compact(database, time.time() + 86400)  # a day later: kept
        assert len(json.loads(cli("history", "not-started", "--json")[1])) == 2
        retention.maybe_compact(database, time.time() + 3 * 86400, check_every=0)  # three days later: gone
        assert json.loads(cli("history", "not-started", "--json")[1]) == []
    finally:
        database.dispose()
