"""Flow file format v1: canonical round trips and every way a file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.catalog import get_catalog
from runtime.flows.fileformat import FlowFileError, dump, dumps, load, loads, to_document
from runtime.flows.model import Edge, Endpoint, Flow, FlowSettings, Node
from tests.runtime.flows.flow_samples import document, edge, node, text

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"


def line_of(haystack: str, needle: str, nth: int = 1) -> int:
    """1-based line of the `nth` occurrence of `needle`."""
    at = -1
    for _ in range(nth):
        at = haystack.index(needle, at + 1)
    return haystack[:at].count("\n") + 1


def refused(source_text: str, catalog, source: str = "f.caudal.json") -> FlowFileError:
    with pytest.raises(FlowFileError) as info:
        loads(source_text, source, catalog)
    return info.value


def test_example_round_trips_byte_for_byte() -> None:
    original = EXAMPLE.read_text(encoding="utf-8")
    flow = load(EXAMPLE)
    assert flow.name == "Bienvenida" and len(flow.nodes) == 6 and len(flow.edges) == 5
    assert dumps(flow) == original
    assert original.endswith("}\n") and "\n  \"format\": \"caudal.flow\",\n" in original


def test_dump_writes_canonical_text(tmp_path: Path) -> None:
    flow = Flow(
        id="f", name="Ñandú «prueba»", description="línea 1\nlínea 2",
        settings=FlowSettings(reenrollment="after_exit", crm="hubspot:office", max_steps=50,
                              goal={"rules": [{"value": "cliente", "op": "has_tag"}], "match": "any"}),
        nodes=[Node("b", "action.add_tag", 1, "B", {"tag": "x"}, (10.5, 20.0)),
               Node("a", "trigger.manual", 1, "", {"label": "Go"}, (0.0, -3.0))],
        edges=[Edge(Endpoint("a", "out"), Endpoint("b", "in"))],
    )
    path = tmp_path / "x.caudal.json"
    dump(flow, path)
    written = path.read_text(encoding="utf-8")
    assert dumps(load(path)) == written
    doc = json.loads(written)
    assert list(doc) == ["format", "schema_version", "flow"]
    assert list(doc["flow"]) == ["id", "name", "description", "settings", "nodes", "edges"]
    assert list(doc["flow"]["settings"]) == ["reenrollment", "goal", "timezone", "crm", "max_steps"]
    assert list(doc["flow"]["settings"]["goal"]) == ["match", "rules"]  # sorted keys
    assert [n["id"] for n in doc["flow"]["nodes"]] == ["b", "a"]  # document order kept
    assert '"position": [10.5, 20]' in written and "Ñandú «prueba»" in written
    assert '{"from": {"node": "a", "port": "out"}, "to": {"node": "b", "port": "in"}}' in written
    assert not list(tmp_path.glob("*.tmp"))


def test_crm_is_left_out_when_null_and_defaults_fill_missing_settings(tiny) -> None:
    doc = document([node("s", "t.start")], [])
    del doc["flow"]["settings"]
    flow = loads(text(doc), catalog=tiny)
    assert flow.settings == FlowSettings()
    assert "crm" not in to_document(flow)["flow"]["settings"]


def test_config_keys_are_sorted_and_positions_normalised() -> None:
    doc = document([node("s", "trigger.manual", "S", zeta=1, label="A")], [])
    doc["flow"]["nodes"][0]["config"] = {"label": "A"}
    doc["flow"]["nodes"][0]["position"] = [1.0, 2.5]
    out = dumps(loads(text(doc)))
    assert '"position": [1, 2.5]' in out
    assert dumps(loads(out)) == out


def test_alias_resolves_to_current_type_id(tiny) -> None:
    flow = loads(text(document([node("s", "start", "S")], [])), catalog=tiny)
    assert flow.nodes[0].type == "t.start"


def test_missing_optional_node_keys_take_defaults(tiny) -> None:
    doc = document([{"id": "s", "type": "t.start"}], [])
    n = loads(text(doc), catalog=tiny).nodes[0]
    assert (n.title, n.config, n.position, n.type_version) == ("", {}, (0, 0), 1)


def test_broken_json_names_file_and_line(tiny) -> None:
    src = text(document([node("s", "t.start")], [])).replace('"title": ""', '"title": "",,')
    err = refused(src, tiny)
    assert err.codes == ["bad_json"]
    assert str(err).startswith(f"f.caudal.json:{line_of(src, ',,')}: invalid JSON")
    assert "JSON no válido" in err.text("es")


def test_duplicate_json_key_is_refused(tiny) -> None:
    src = '{"format": "caudal.flow",\n "format": "caudal.flow"}'
    err = refused(src, tiny)
    assert err.codes == ["bad_json"] and "duplicate key 'format'" in str(err)


def test_other_format_newer_version_and_no_version(tiny) -> None:
    doc = document([], [])
    doc["format"] = "n8n.workflow"
    assert "not a Caudal flow (format is 'n8n.workflow'" in str(refused(text(doc), tiny))
    doc = document([], [])
    doc["schema_version"] = 2
    err = refused(text(doc), tiny)
    assert err.codes == ["newer_schema_version"] and "schema_version 2, newer" in str(err)
    assert "actualice Caudal" in err.text("es")
    del doc["schema_version"]
    assert refused(text(doc), tiny).codes == ["no_schema_version"]
    assert refused("[1, 2]", tiny).codes == ["wrong_type"]


def test_unknown_type_names_file_line_and_node(tiny) -> None:
    src = text(document([node("s", "t.start", "Inicio"), node("n2", "a.nope", "Mi acción")],
                        [edge("s", "n2")]))
    err = refused(src, tiny, "dir/mi.caudal.json")
    assert err.codes == ["unknown_type"]
    want = line_of(src, '"id": "n2"') - 1
    assert str(err) == (f"dir/mi.caudal.json:{want}: node n2 («Mi acción»): "
                        "unknown node type «a.nope».")
    assert err.text("es") == (f"dir/mi.caudal.json:{want}: nodo n2 («Mi acción»): "
                              "tipo de nodo desconocido «a.nope».")


def test_edge_to_missing_node_and_missing_ports(tiny) -> None:
    src = text(document(
        [node("s", "t.start", "Inicio"), node("i", "d.if", "¿Sí?"), node("w", "w.wait", "Espera")],
        [edge("s", "ghost"), edge("s", "i"), edge("i", "w", port="maybe"), edge("w", "s")],
    ))
    err = refused(src, tiny)
    assert err.codes == ["missing_node", "missing_port", "missing_port"]
    first, second, third = err.issues
    lines = [line for line in src.splitlines(keepends=True)]
    edges_at = line_of(src, '"edges"')
    assert first.line is not None and first.line > edges_at and first.node_id is None
    assert "edge #1 (to) points to node «ghost», which does not exist" in str(err)
    assert second.node_id == "i" and "output port «maybe»" in second.message.en
    assert "(it has: yes, no)" in second.message.en
    assert third.node_id == "s" and "input port «in»" in third.message.en and "(it has: none)" in third.message.en
    assert lines  # the whole file was read


def test_duplicate_node_id_and_wrong_shapes_are_all_listed(tiny) -> None:
    doc = document([node("s", "t.start", "Inicio"), node("s", "w.wait", "Otra")], [edge("s", "s")])
    doc["flow"]["nodes"][1]["position"] = "centre"
    doc["flow"]["nodes"][0]["config"] = []
    doc["flow"]["edges"].append({"from": {"node": "s"}})
    doc["flow"]["settings"]["max_steps"] = "many"
    doc["flow"]["colour"] = "red"
    src = text(doc)
    err = refused(src, tiny)
    assert sorted(err.codes) == sorted(["unknown_key", "wrong_type", "wrong_type", "wrong_type",
                                        "duplicate_node_id", "missing_key", "missing_key"])
    msgs = str(err)
    assert "unknown key «colour» in the flow" in msgs
    assert "«max_steps» of the settings must be a whole number" in msgs
    second_node = line_of(src, '"id": "s"', nth=2) - 1
    assert f"f.caudal.json:{second_node}: node s («Otra»): duplicate id: node #1 already uses it." in msgs
    assert "«position» of node #2 must be a list of two numbers [x, y]" in msgs
    assert "«config» of node #1 must be an object" in msgs
    assert "edge #2 has no «to»" in msgs and "«from» of edge #2 has no «port»" in msgs


def test_ids_longer_than_a_uuid_are_refused_with_their_line(tiny) -> None:
    long_id = "nodo-de-entrada-con-un-nombre-bastante-largo"
    doc = document([node(long_id, "t.start", "Inicio")], [])
    doc["flow"]["id"] = "x" * 37
    src = text(doc)
    err = refused(src, tiny)
    assert err.codes == ["id_too_long", "id_too_long"]
    assert "the «id» of the flow has 37 characters; at most 36." in str(err)
    assert (f"f.caudal.json:{line_of(src, long_id) - 1}: node {long_id} («Inicio»): the «id» of node #1 has 44"
            " characters; at most 36.") in str(err)


def test_missing_required_keys(tiny) -> None:
    doc = document([{"type": "t.start"}], [])
    del doc["flow"]["edges"]
    err = refused(text(doc), tiny)
    assert set(err.codes) == {"missing_key"}
    assert "the flow has no «edges»" in str(err) and "node #1 has no «id»" in str(err)


def test_newer_node_type_version_is_refused(tiny) -> None:
    doc = document([node("s", "t.start"), node("a", "a.tag", "Etiquetar", tag="x")], [edge("s", "a")])
    doc["flow"]["nodes"][1]["type_version"] = 3
    err = refused(text(doc), tiny)
    assert err.codes == ["newer_type_version"] and err.issues[0].node_id == "a"


def test_lenient_load_keeps_unknown_types_and_dangling_edges(tiny) -> None:
    doc = document([node("s", "start"), node("x", "zzz")], [edge("s", "ghost")])
    flow = loads(text(doc), catalog=tiny, strict=False)
    assert [n.type for n in flow.nodes] == ["t.start", "zzz"] and len(flow.edges) == 1


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(FlowFileError) as info:
        load(tmp_path / "missing.caudal.json")
    assert info.value.codes == ["unreadable"] and "missing.caudal.json: cannot be read" in str(info.value)
    bad = tmp_path / "latin.caudal.json"
    bad.write_bytes('{\n"name": "Año"}'.encode("latin-1"))
    with pytest.raises(FlowFileError) as info:
        load(bad)
    assert str(info.value) == f"{bad}:2: the file is not UTF-8."


def test_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.caudal.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert load(path).name == "Bienvenida"


def test_real_catalog_refuses_edge_into_trigger() -> None:
    doc = document([node("a", "trigger.manual", "A", label="x"), node("b", "trigger.manual", "B")],
                   [edge("a", "b")])
    with pytest.raises(FlowFileError) as info:
        loads(text(doc), "t.caudal.json", get_catalog())
    assert info.value.codes == ["missing_port"] and info.value.issues[0].node_id == "b"
