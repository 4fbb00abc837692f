"""Dynamic output ports of switch and split, and stable port ids (catalog/decisions.py)."""

from __future__ import annotations

from runtime.catalog import get_catalog
from runtime.catalog.decisions import next_port_id, split_ports, switch_ports


def names_and_titles(ports) -> list[tuple[str, str, str, str]]:
    return [(p.name, p.title.es, p.title.en, p.role) for p in ports]


def test_switch_ports_follow_cases_and_end_with_other() -> None:
    config = {
        "cases": [
            {"port": "case_1", "label": "Madrid", "value": "madrid"},
            {"port": "case_3", "label": "", "value": "Sevilla"},
            {"port": "case_2", "label": "", "value": ""},
        ]
    }
    assert names_and_titles(switch_ports(config)) == [
        ("case_1", "Madrid", "Madrid", "default"),
        ("case_3", "Sevilla", "Sevilla", "default"),
        ("case_2", "Caso 3", "Case 3", "default"),
        ("other", "Otro", "Other", "other"),
    ]
    switch = get_catalog().get("decision.switch")
    assert [p.name for p in switch.output_ports(config)] == ["case_1", "case_3", "case_2", "other"]
    assert [p.name for p in switch.output_ports()] == ["other"]


def test_renaming_a_case_keeps_its_port() -> None:
    before = switch_ports({"cases": [{"port": "case_1", "label": "Madrid", "value": "M"}]})
    after = switch_ports({"cases": [{"port": "case_1", "label": "Capital", "value": "M"}]})
    assert before[0].name == after[0].name == "case_1"
    assert after[0].title.es == "Capital"


def test_split_ports_show_name_and_percent() -> None:
    split = get_catalog().get("decision.split")
    assert names_and_titles(split.output_ports()) == [
        ("branch_1", "A (50 %)", "A (50 %)", "default"),
        ("branch_2", "B (50 %)", "B (50 %)", "default"),
    ]


def test_malformed_items_are_skipped_not_fatal() -> None:
    config = {
        "cases": [
            "x",
            {"label": "no port"},
            {"port": "case_1"},
            {"port": "case_1"},
            {"port": "other"},
            {"port": ""},
        ]
    }
    assert [p.name for p in switch_ports(config)] == ["case_1", "other"]
    assert switch_ports({"cases": "nope"})[-1].name == "other"
    assert split_ports({"branches": 5}) == ()
    assert split_ports({"branches": [{"port": "b", "percent": 12.5}]})[0].title.en == "b (12.5 %)"


def test_next_port_id() -> None:
    assert next_port_id([], "case") == "case_1"
    assert (
        next_port_id([{"port": "case_1"}, {"port": "case_7"}, {"port": "x_9"}], "case") == "case_8"
    )
    assert next_port_id("junk", "branch") == "branch_1"
    assert (
        next_port_id(get_catalog().get("decision.split").default_config()["branches"], "branch")
        == "branch_3"
    )
