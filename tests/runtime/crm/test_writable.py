"""Read-only CRM fields are refused when a flow is activated, not for every contact at run time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.crm import connections
from runtime.crm.writable import read_only
from runtime.engine.activation import ActivationRefused, activate_flow
from runtime.flows import fileformat, repository
from runtime.store.db import open_database
from tests.runtime.crm.flow_support import N, task_flow
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN


def _update_flow(tmp_path: Path, crm: str, values: dict) -> str:
    path = task_flow(tmp_path / "f.caudal.json", crm, "contact.plan", "pro", name="Origen")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["flow"]["nodes"][2] = {"id": f"{N}03", "type": "action.update_fields", "type_version": 1,
                               "title": "set", "config": {"values": values}, "position": [400, 0]}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("crm", ["acme", "oficina"])
def test_hubspot_original_source_is_refused_at_activation(tmp_path: Path, memory_keyring, crm: str) -> None:
    db = open_database(str(tmp_path / "w.db"))
    connections.add_connection(db, "hubspot", "acme", TOKEN)
    connections.add_connection(db, "bitrix24", "oficina", "https://p.bitrix24.es/rest/1/key123/")
    with db.begin() as conn:
        repository.import_flow(conn, fileformat.load(_update_flow(
            tmp_path, crm, {"contact.source": "web", "contact.city": "Madrid"})))
    if crm == "acme":  # HubSpot computes hs_analytics_source
        with pytest.raises(ActivationRefused) as info:
            activate_flow(db, "Origen")
        assert [p.code for p in info.value.problems] == ["read_only_field"]
        assert "hs_analytics_source" in info.value.text("en") and "nadie puede escribir" in info.value.text("es")
    else:  # Bitrix24's SOURCE_ID can be written
        assert activate_flow(db, "Origen").version == 1
    db.dispose()


def test_read_only_names() -> None:
    assert read_only("hubspot", "source") == "hs_analytics_source"
    assert read_only("hubspot", "hs_analytics_first_url") == "hs_analytics_first_url"
    assert read_only("hubspot", "city") is None and read_only("bitrix24", "source") is None
    assert read_only("pipedrive", "updated_at") == "updated_at"
