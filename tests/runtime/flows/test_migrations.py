"""The schema_version chain: a v0 golden file loads as exactly the golden v1 text."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from runtime.flows import migrations
from runtime.flows.fileformat import FlowFileError, dumps, load, loads, read_document
from runtime.flows.validate import validate

FIXTURES = Path(__file__).parent / "fixtures"
V0 = FIXTURES / "v0_welcome.json"
V1 = FIXTURES / "v0_welcome.expected_v1.caudal.json"


def test_v0_golden_loads_as_golden_v1() -> None:
    assert dumps(load(V0)) == V1.read_text(encoding="utf-8")


def test_v0_migrated_flow_is_valid_with_the_real_catalog() -> None:
    assert validate(load(V0)) == []


def test_migration_chain_is_pure_and_named() -> None:
    raw = json.loads(V0.read_text(encoding="utf-8"))
    before = copy.deepcopy(raw)
    doc, applied = migrations.migrate(raw, 0)
    assert raw == before
    assert [m.name for m in applied] == [
        "v0_to_v1_wrap_in_envelope",
        "v0_to_v1_rename_reenroll_to_settings",
        "v0_to_v1_rename_node_keys",
        "v0_to_v1_rename_wait_days_to_amount",
        "v0_to_v1_rename_links_to_edges",
        "v0_to_v1_set_schema_version",
    ]
    assert all(m.name.startswith(f"v{m.from_version}_to_v{m.from_version + 1}_") for m in applied)
    assert doc["format"] == "caudal.flow" and doc["schema_version"] == 1
    assert doc["flow"]["edges"][3] == {"from": {"node": "n-if", "port": "yes"},
                                       "to": {"node": "n-task", "port": "in"}}
    assert doc["flow"]["nodes"][2]["config"] == {"amount": 2, "unit": "days"}
    assert migrations.migrate(doc, 1) == (doc, [])


def test_v0_reenroll_true_becomes_always() -> None:
    raw = json.loads(V0.read_text(encoding="utf-8"))
    raw["reenroll"] = True
    doc, _ = migrations.migrate(raw, 0)
    assert doc["flow"]["settings"]["reenrollment"] == "always"


def test_errors_in_a_v0_file_point_at_its_own_lines() -> None:
    text = V0.read_text(encoding="utf-8").replace('"kind": "wait"', '"kind": "sleep"')
    with pytest.raises(FlowFileError) as info:
        loads(text, "old.json")
    line = text[: text.index('"kind": "sleep"')].count("\n") + 1
    assert str(info.value) == f"old.json:{line}: node n-wait («Dos días»): unknown node type «sleep»."
    text = V0.read_text(encoding="utf-8").replace('"n-if:no"', '42')
    with pytest.raises(FlowFileError) as info:
        loads(text, "old.json")
    line = text[: text.index("42")].count("\n") + 1
    assert str(info.value) == f"old.json:{line}: «from» of edge #5 must be an object {{node, port}}."


def test_document_version_detection() -> None:
    assert migrations.document_version({"version": 0}) == 0
    assert migrations.document_version({"format": "caudal.flow", "version": 0}) is None
    assert migrations.document_version({"schema_version": True}) is None
    assert migrations.document_version({"schema_version": 1}) == 1


def test_read_document_of_v1_is_unchanged() -> None:
    text = V1.read_text(encoding="utf-8")
    doc, lines = read_document(text)
    assert doc == json.loads(text)
    assert lines.line(("flow", "nodes", 0)) == text[: text.index('"id": "n-trigger"')].count("\n")
