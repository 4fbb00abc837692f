"""Walks every node type of the real catalog: identity, ports, schema and defaults."""

from __future__ import annotations

import pytest

from runtime.catalog import check_config, get_catalog
from runtime.catalog.types import FieldKind, NodeKind, NodeType, Text
from tests.runtime.catalog.catalog_samples import SAMPLES

CATALOG = list(get_catalog())
IDS = [t.id for t in CATALOG]

# The issue's "Node catalog v1" table: id -> (kind, static output ports or None if dynamic).
TABLE = {
    "trigger.contact_created": ("trigger", ["out"]),
    "trigger.contact_updated": ("trigger", ["out"]),
    "trigger.tag_added": ("trigger", ["out"]),
    "trigger.deal_stage_changed": ("trigger", ["out"]),
    "trigger.date_field": ("trigger", ["out"]),
    "trigger.schedule": ("trigger", ["out"]),
    "trigger.manual": ("trigger", ["out"]),
    "trigger.form_submitted": ("trigger", ["out"]),
    "action.update_fields": ("action", ["out"]),
    "action.add_tag": ("action", ["out"]),
    "action.remove_tag": ("action", ["out"]),
    "action.create_task": ("action", ["out"]),
    "action.assign_owner": ("action", ["out"]),
    "action.move_deal_stage": ("action", ["out"]),
    "action.send_email": ("action", ["out"]),
    "action.notify_user": ("action", ["out"]),
    "action.webhook": ("action", ["out"]),
    "action.generate_report": ("action", ["out"]),
    "action.enroll_in_flow": ("action", ["out"]),
    "wait.duration": ("wait", ["out"]),
    "wait.until_date_field": ("wait", ["out"]),
    "wait.until_time": ("wait", ["out"]),
    "decision.if": ("decision", ["yes", "no"]),
    "decision.switch": ("decision", None),
    "decision.split": ("decision", None),
    "decision.wait_until": ("decision", ["met", "timed_out"]),
}

# The required fields each type's default config leaves empty (nothing else may be wrong).
MISSING_BY_DEFAULT = {
    "trigger.contact_created": set(),
    "trigger.contact_updated": set(),
    "trigger.tag_added": {"tag"},
    "trigger.deal_stage_changed": {"pipeline", "to_stage"},
    "trigger.date_field": {"field"},
    "trigger.schedule": set(),
    "trigger.manual": set(),
    "trigger.form_submitted": set(),
    "action.update_fields": {"values"},
    "action.add_tag": {"tag"},
    "action.remove_tag": {"tag"},
    "action.create_task": {"title"},
    "action.assign_owner": {"user"},
    "action.move_deal_stage": {"pipeline", "stage"},
    "action.send_email": {"subject", "body"},
    "action.notify_user": {"message"},
    "action.webhook": {"url"},
    "action.generate_report": {"template"},
    "action.enroll_in_flow": {"flow"},
    "wait.duration": set(),
    "wait.until_date_field": {"field"},
    "wait.until_time": set(),
    "decision.if": {"condition"},
    "decision.switch": {"field", "cases"},
    "decision.split": set(),
    "decision.wait_until": {"condition"},
}

PY_TYPES = {
    FieldKind.INTEGER: (int,),
    FieldKind.NUMBER: (int, float),
    FieldKind.BOOLEAN: (bool,),
    FieldKind.CONDITION: (dict,),
    FieldKind.FIELD_VALUES: (dict,),
    FieldKind.KEY_VALUES: (dict,),
    **{
        k: (list,)
        for k in (
            FieldKind.MULTI_CHOICE,
            FieldKind.FIELD_LIST,
            FieldKind.USER_LIST,
            FieldKind.CASES,
            FieldKind.BRANCHES,
            FieldKind.WEEKDAYS,
            FieldKind.USER_RULES,
        )
    },
}


def test_catalog_is_exactly_the_table() -> None:
    assert sorted(IDS) == sorted(TABLE)
    assert len(IDS) == len(set(IDS))


def test_aliases_are_unique_and_never_an_id() -> None:
    aliases = [a for t in CATALOG for a in t.aliases]
    assert len(aliases) == len(set(aliases))
    assert not set(aliases) & set(IDS)


def _texts(t: NodeType) -> list[tuple[str, Text]]:
    out = [("title", t.title), ("description", t.description)]
    out += [(f"port {p.name}", p.title) for p in (*t.inputs, *t.output_ports())]
    for f in t.fields:
        out += [(f"{f.name}.title", f.title), (f"{f.name}.help", f.help)]
        out += [(f"{f.name}.choice {c.value}", c.title) for c in f.choices]
    return out


@pytest.mark.parametrize("node_type", CATALOG, ids=IDS)
def test_identity_texts_and_ports(node_type: NodeType) -> None:
    kind, outputs = TABLE[node_type.id]
    assert node_type.kind == NodeKind(kind)
    assert node_type.id.split(".")[0] == kind
    assert node_type.version == 1
    assert node_type.icon and " " not in node_type.icon
    for where, text in _texts(node_type):
        assert text.es.strip() and text.en.strip(), f"{node_type.id}: {where} lacks a language"
    inputs = [p.name for p in node_type.inputs]
    assert inputs == ([] if kind == "trigger" else ["in"])
    out_names = [p.name for p in node_type.output_ports()]
    assert len(out_names) == len(set(out_names)) and not set(out_names) & set(inputs)
    assert out_names == outputs if outputs is not None else node_type.dynamic_outputs is not None
    assert out_names == [p.name for p in node_type.output_ports(SAMPLES[node_type.id])] or (
        node_type.dynamic_outputs is not None
    )


@pytest.mark.parametrize("node_type", CATALOG, ids=IDS)
def test_field_schema_is_consistent(node_type: NodeType) -> None:
    names = [f.name for f in node_type.fields]
    assert len(names) == len(set(names))
    for f in node_type.fields:
        assert isinstance(f.kind, FieldKind)
        if f.kind is FieldKind.CHOICE:
            values = [c.value for c in f.choices]
            assert values and len(values) == len(set(values)) and f.default in values
        for other, allowed in (f.visible_when or {}).items():
            target = node_type.field(other)
            assert target is not None, f"{f.name} depends on unknown field {other}"
            assert set(allowed) <= {c.value for c in target.choices}
        expected = PY_TYPES.get(f.kind, (str,))
        assert type(f.default) in expected, f"{node_type.id}.{f.name} default {f.default!r}"
        if f.minimum is not None and f.maximum is not None:
            assert f.minimum <= f.default <= f.maximum


@pytest.mark.parametrize("node_type", CATALOG, ids=IDS)
def test_default_config_names_exactly_the_required_fields_left_empty(node_type: NodeType) -> None:
    problems = check_config(node_type, node_type.default_config())
    assert {p.code for p in problems} <= {"missing"}
    assert {p.field for p in problems} == MISSING_BY_DEFAULT[node_type.id]
    for p in problems:
        f = node_type.field(p.field)
        assert f is not None and f.required
        assert p.message.es == f"Falta «{f.title.es}»."
        assert p.message.en == f"«{f.title.en}» is required."


@pytest.mark.parametrize("node_type", CATALOG, ids=IDS)
def test_a_filled_in_config_has_no_problems(node_type: NodeType) -> None:
    assert check_config(node_type, SAMPLES[node_type.id]) == []


def test_default_configs_are_fresh_copies() -> None:
    split = get_catalog().get("decision.split")
    first = split.default_config()
    first["branches"].append({"port": "branch_3"})
    assert len(split.default_config()["branches"]) == 2
