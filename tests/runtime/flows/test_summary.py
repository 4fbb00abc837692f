"""The one reader of stored flow documents: a summary reads an old document as the engine does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.flows.errors import FlowFileError
from runtime.flows.fileformat import load, stored_document, to_document
from runtime.flows.summary import node_count, summarize, summary_of

V0 = Path(__file__).parent / "fixtures" / "v0_welcome.json"


def _v0() -> dict:
    return json.loads(V0.read_text(encoding="utf-8"))


def test_a_v0_document_is_summarized_as_the_migrated_flow() -> None:
    flow = load(V0)  # what the engine runs
    summary = summarize(_v0())
    assert [(n.id, n.type, n.title, dict(n.config)) for n in summary.nodes] == [
        (n.id, n.type, n.title, n.config) for n in flow.nodes]
    assert list(summary.edges) == flow.edges
    assert summary.settings == flow.settings
    assert [n.id for n in summary.of_kind("trigger")] == ["n-trigger"]
    assert summary.node("n-wait").kind == "wait"


def test_summary_of_a_built_flow_equals_the_summary_of_its_document() -> None:
    flow = load(V0)
    assert summary_of(flow) == summarize(to_document(flow))


def test_a_current_document_is_read_as_stored_and_an_old_one_migrated() -> None:
    current = to_document(load(V0))
    assert stored_document(current) is current
    old = _v0()
    migrated = stored_document(old)
    assert migrated["schema_version"] == current["schema_version"]
    assert summarize(migrated) == summarize(current)
    assert old == _v0()  # the stored dict is not changed
    assert node_count(old) == node_count(current) == 6


@pytest.mark.parametrize("doc", [{}, {"flow": {"id": "f", "name": "x", "nodes": [], "edges": []}},
                                 {"format": "caudal.flow", "schema_version": 9, "flow": {}}, "text"])
def test_a_document_no_caudal_wrote_is_refused_with_a_reason(doc) -> None:
    with pytest.raises(FlowFileError) as err:
        summarize(doc, "flow 7")
    assert err.value.source == "flow 7" and err.value.issues


def test_shown_title_falls_back_to_the_catalog_title() -> None:
    doc = to_document(load(V0))
    doc["flow"]["nodes"][2]["title"] = ""
    wait = summarize(doc).node("n-wait")
    assert wait.title == ""
    assert wait.shown_title("es") == wait.node_type.title.get("es") != ""
