"""`validate`: every problem code, on flows built in memory as the designer would."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.flows.fileformat import load
from runtime.flows.model import Edge, Endpoint, Flow, FlowSettings, Node
from runtime.flows.problems import CODES, Problem
from runtime.flows.validate import validate

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"


def flow(nodes: list[Node], edges: list[tuple], **settings) -> Flow:
    return Flow("f", "F", settings=FlowSettings(**settings), nodes=nodes,
                edges=[Edge(Endpoint(a, pa), Endpoint(b, pb)) for a, pa, b, pb in edges])


def codes(problems: list[Problem]) -> list[tuple[str, str | None]]:
    return [(p.code, p.node_id) for p in problems]


def start(id: str = "s") -> Node:
    return Node(id, "t.start", title="Inicio")


def tag(id: str, value: str = "x") -> Node:
    return Node(id, "a.tag", title=f"Tag {id}", config={"tag": value})


def test_example_is_clean_with_the_real_catalog() -> None:
    assert validate(load(EXAMPLE)) == []


def test_clean_flow(tiny) -> None:
    assert validate(flow([start(), tag("a")], [("s", "out", "a", "in")]), tiny) == []


def test_no_trigger_skips_unreachable(tiny) -> None:
    problems = validate(flow([tag("a"), tag("b")], [("a", "out", "b", "in")]), tiny)
    assert codes(problems) == [("no_trigger", None)]
    assert problems[0].message.es.startswith("El flujo no tiene ningún lanzador")
    assert validate(flow([], []), tiny)[0].code == "no_trigger"


def test_unknown_type_and_config_problems(tiny) -> None:
    nodes = [start(), Node("u", "zzz.nope", title="Raro"), Node("a", "a.tag", config={}),
             Node("b", "a.tag", config={"tag": 3, "colour": "red"})]
    edges = [("s", "out", "u", "in"), ("s", "out", "a", "in"), ("s", "out", "b", "in")]
    problems = validate(flow(nodes, edges), tiny)
    assert codes(problems) == [("unknown_type", "u"), ("missing_config", "a"),
                               ("invalid_config", "b"), ("invalid_config", "b")]
    assert problems[0].message.en == "Unknown node type «zzz.nope»."
    assert problems[1].field == "tag" and problems[1].message.en == "«Tag» is required."
    assert problems[1].message.es == "Falta «Etiqueta»."
    assert {p.field for p in problems[2:]} == {"tag", "colour"}


def test_dangling_and_duplicate_edges(tiny) -> None:
    edges = [("s", "out", "a", "in"), ("s", "out", "ghost", "in"), ("ghost", "out", "a", "in"),
             ("s", "out", "a", "in"), ("x", "out", "y", "in")]
    problems = validate(flow([start(), tag("a")], edges), tiny)
    assert codes(problems) == [("dangling_edge", "s"), ("dangling_edge", "a"),
                               ("duplicate_edge", "s"), ("dangling_edge", None)]
    assert problems[0].message.en == "Edge #2 points to node «ghost», which does not exist."
    assert problems[2].message.en == "Edge #4 repeats another one: out → in."


def test_wrong_ports(tiny) -> None:
    nodes = [start(), Node("i", "d.if"), tag("a"), start("s2")]
    edges = [("s", "out", "i", "in"), ("i", "maybe", "a", "in"), ("i", "yes", "a", "side"),
             ("i", "no", "s2", "in")]
    problems = validate(flow(nodes, edges), tiny)
    assert codes(problems) == [("wrong_port", "i"), ("wrong_port", "a"), ("wrong_port", "s2")]
    assert "(outputs: yes, no)" in problems[0].message.en
    assert "«side», which is not an input" in problems[1].message.en
    assert problems[2].message.en == "Edge #4 goes into a trigger; triggers have no input."


def test_unreachable_in_document_order(tiny) -> None:
    nodes = [start(), tag("b"), tag("a"), tag("c")]
    problems = validate(flow(nodes, [("s", "out", "a", "in"), ("b", "out", "c", "in")]), tiny)
    assert codes(problems) == [("unreachable", "b"), ("unreachable", "c")]


@pytest.mark.parametrize("holder", ["w.wait", "decision.wait_until"])
def test_loop_through_a_wait_is_fine(tiny, holder: str) -> None:
    port = "met" if holder == "decision.wait_until" else "out"
    nodes = [start(), tag("a"), Node("w", holder)]
    edges = [("s", "out", "a", "in"), ("a", "out", "w", "in"), (("w", port, "a", "in"))]
    assert validate(flow(nodes, edges), tiny) == []


def test_loop_without_wait(tiny) -> None:
    nodes = [start(), tag("a"), Node("i", "d.if", title="¿Otra vez?"), tag("z"), Node("w", "w.wait")]
    edges = [("s", "out", "a", "in"), ("a", "out", "i", "in"), ("i", "yes", "a", "in"),
             ("i", "no", "w", "in"), ("w", "out", "a", "in"), ("s", "out", "z", "in"),
             ("z", "out", "z", "in")]
    problems = validate(flow(nodes, edges), tiny)
    assert codes(problems) == [("loop_without_wait", "a"), ("loop_without_wait", "z")]
    assert "«Tag a», «¿Otra vez?»" in problems[0].message.en
    assert problems[0].message.es.startswith("Bucle sin espera entre «Tag a», «¿Otra vez?»")


def test_settings_problems(tiny) -> None:
    problems = validate(flow([start()], [], reenrollment="sometimes", timezone="Mars/Olympus",
                             max_steps=0, goal={"match": "most", "rules": []}), tiny)
    assert codes(problems) == [("bad_reenrollment", None), ("bad_goal", None),
                               ("bad_timezone", None), ("bad_max_steps", None)]
    assert [p.field for p in problems] == ["reenrollment", "goal", "timezone", "max_steps"]
    assert "use one of: never, always, after_exit" in problems[0].message.en
    assert problems[1].message.en == "Goal: «match» must be «all» or «any»."
    ok = validate(flow([start()], [], goal={"match": "all", "rules": [
        {"field": "contact.lifecycle_stage", "op": "equals", "value": "cliente"}]}), tiny)
    assert ok == []


def test_every_code_is_listed_and_order_is_stable(tiny) -> None:
    nodes = [Node("u", "zzz"), tag("a", ""), tag("b"), tag("c")]
    edges = [("a", "out", "ghost", "in"), ("b", "out", "c", "in"), ("b", "out", "c", "in"),
             ("c", "out", "b", "in"), ("b", "oops", "c", "in")]
    f = flow(nodes, edges, reenrollment="x")
    first = validate(f, tiny)
    assert first == validate(f.clone(), tiny)
    order = [CODES.index(p.code) for p in first]
    assert order == sorted(order)
    assert first[0].as_dict() == {"code": "no_trigger", "node_id": None, "field": None,
                                  "message": {lang: first[0].message.get(lang) for lang in ("es", "en", "fr", "id")}}


def test_real_catalog_switch_ports_follow_cases() -> None:
    cases = [{"port": "case_1", "label": "Madrid", "value": "Madrid"},
             {"port": "case_2", "label": "Sevilla", "value": "Sevilla"}]
    nodes = [Node("s", "trigger.manual", config={"label": "Ir"}),
             Node("w", "decision.switch", title="Ciudad", config={"field": "contact.city", "cases": cases}),
             Node("a", "action.add_tag", config={"tag": "madrid"}),
             Node("b", "action.add_tag", config={"tag": "otra"})]
    edges = [("s", "out", "w", "in"), ("w", "case_1", "a", "in"), ("w", "other", "b", "in"),
             ("w", "case_3", "b", "in")]
    problems = validate(flow(nodes, edges))
    assert codes(problems) == [("wrong_port", "w")]
    assert "«case_3»" in problems[0].message.en and "case_1, case_2, other" in problems[0].message.en
    nodes[1].config["cases"].append({"port": "case_3", "label": "Cádiz", "value": "Cádiz"})
    assert validate(flow(nodes, edges)) == []


def test_real_catalog_loop_through_a_wait_validates() -> None:
    nodes = [Node("s", "trigger.manual", config={"label": "Ir"}),
             Node("t", "action.add_tag", config={"tag": "x"}),
             Node("w", "wait.duration", config={"amount": 1, "unit": "days"})]
    edges = [("s", "out", "t", "in"), ("t", "out", "w", "in"), ("w", "out", "t", "in")]
    assert validate(flow(nodes, edges)) == []
    edges[2] = ("t", "out", "t", "in")
    assert [p.code for p in validate(flow(nodes, edges))] == ["loop_without_wait"]


@pytest.mark.parametrize("amount", [0, "0", None, "", -1])
def test_real_catalog_loop_through_a_zero_wait_is_a_loop_without_wait(amount) -> None:
    nodes = [Node("s", "trigger.manual", config={"label": "Ir"}),
             Node("t", "action.add_tag", title="Etiquetar", config={"tag": "x"}),
             Node("w", "wait.duration", title="Esperar nada", config={"amount": amount, "unit": "minutes"})]
    edges = [("s", "out", "t", "in"), ("t", "out", "w", "in"), ("w", "out", "t", "in")]
    problems = [p for p in validate(flow(nodes, edges)) if p.code == "loop_without_wait"]
    assert [(p.code, p.node_id) for p in problems] == [("loop_without_wait", "w")]
    assert problems[0].message.en == (
        "Loop through «Etiquetar», «Esperar nada» whose wait «Esperar nada» lasts 0: a contact would go "
        "round without pause. Make the wait longer than 0.")
    assert "Ponga una espera de más de 0" in problems[0].message.es
    nodes[2].config["amount"] = 1
    assert validate(flow(nodes, edges)) == []


def test_a_zero_wait_outside_a_loop_is_fine() -> None:
    nodes = [Node("s", "trigger.manual", config={"label": "Ir"}),
             Node("w", "wait.duration", config={"amount": 0, "unit": "minutes"})]
    assert validate(flow(nodes, [("s", "out", "w", "in")])) == []
