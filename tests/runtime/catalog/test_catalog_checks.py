"""check_config: required, unknown, wrong kinds and the special checks (catalog/checks.py)."""

from __future__ import annotations

import pytest

from runtime.catalog import check_config, get_catalog
from tests.runtime.catalog.catalog_samples import SAMPLES


def problems(type_id: str, **changes) -> list[tuple[str, str]]:
    config = {**SAMPLES[type_id], **changes}
    return [(p.field, p.code) for p in check_config(get_catalog().get(type_id), config)]


def test_missing_required_message_names_the_field_title() -> None:
    [p] = check_config(get_catalog().get("trigger.tag_added"), {"tag": "  "})
    assert (p.field, p.code) == ("tag", "missing")
    assert p.message.es == "Falta «Etiqueta»."
    assert p.message.en == "«Tag» is required."


def test_accepts_a_type_id_and_rejects_unknown_types() -> None:
    assert check_config("action.add_tag", {"tag": "vip"}) == []
    with pytest.raises(KeyError):
        check_config("action.nope", {})


def test_keys_left_out_take_defaults_and_none_config_is_empty() -> None:
    assert check_config("wait.duration", {}) == []
    assert [p.field for p in check_config("action.add_tag", None)] == ["tag"]


def test_non_mapping_config() -> None:
    assert [p.code for p in check_config("action.add_tag", ["tag"])] == ["bad_config"]


def test_unknown_keys() -> None:
    assert problems("action.add_tag", colour="red") == [("colour", "unknown_field")]


@pytest.mark.parametrize(
    ("type_id", "changes", "expected"),
    [
        ("wait.duration", {"amount": "2"}, [("amount", "wrong_kind")]),
        ("wait.duration", {"amount": True}, [("amount", "wrong_kind")]),
        ("wait.duration", {"amount": 1.5}, [("amount", "wrong_kind")]),
        ("wait.duration", {"amount": -1}, [("amount", "out_of_range")]),
        ("wait.duration", {"unit": "years"}, [("unit", "bad_choice")]),
        ("decision.wait_until", {"timeout_amount": 0}, [("timeout_amount", "out_of_range")]),
        ("action.add_tag", {"tag": 5}, [("tag", "wrong_kind")]),
        ("trigger.contact_updated", {"fields": "contact.email"}, [("fields", "wrong_kind")]),
        ("trigger.contact_updated", {"fields": ["email"]}, [("fields", "bad_field")]),
        ("action.update_fields", {"values": ["contact.city"]}, [("values", "wrong_kind")]),
        ("action.update_fields", {"values": {"city": "x"}}, [("values", "bad_field")]),
        ("action.assign_owner", {"users": ["a@x.es", "a@x.es"]}, [("users", "duplicate")]),
        ("action.send_email", {"to": "nadie"}, [("to", "bad_recipient")]),
        ("action.send_email", {"to": "{{ contact.partner_email }}"}, []),
        ("action.send_email", {"to": "ana@example.es"}, []),
        ("action.webhook", {"url": "ftp://example.com"}, [("url", "bad_url")]),
        ("action.webhook", {"method": "post"}, [("method", "bad_choice")]),
        (
            "action.webhook",
            {"headers": {"Authorization": {"secret": 1}}},
            [("headers", "wrong_kind")],
        ),
        ("action.webhook", {"headers": {"": "x"}}, [("headers", "wrong_kind")]),
        ("wait.until_time", {"weekdays": ["lunes"]}, [("weekdays", "bad_weekday")]),
        ("wait.until_time", {"weekdays": ["mon", "mon"]}, [("weekdays", "bad_weekday")]),
        ("wait.until_time", {"weekdays": []}, [("weekdays", "missing")]),
        ("trigger.date_field", {"at_time": "9:00"}, [("at_time", "bad_time")]),
        ("trigger.date_field", {"at_time": "24:00"}, [("at_time", "bad_time")]),
        ("trigger.schedule", {"cron": "0 9 * *"}, [("cron", "bad_cron")]),
        ("trigger.schedule", {"cron": "0 25 * * *"}, [("cron", "bad_cron")]),
        ("trigger.schedule", {"timezone": "Europe/Madird"}, [("timezone", "bad_timezone")]),
        ("trigger.schedule", {"timezone": ""}, []),
        ("decision.if", {"condition": {"match": "all", "rules": []}}, [("condition", "missing")]),
        (
            "trigger.contact_created",
            {"filter": {"match": "both", "rules": []}},
            [("filter", "bad_condition")],
        ),
        (
            "decision.if",
            {"condition": {"match": "all", "rules": [{"field": "contact.city", "op": "eq"}]}},
            [("condition", "bad_condition")],
        ),
    ],
)
def test_value_problems(type_id: str, changes: dict, expected: list) -> None:
    assert problems(type_id, **changes) == expected


def test_hidden_fields_are_not_required_nor_checked() -> None:
    assert problems("action.assign_owner", strategy="fixed", user="eva@acme.es", users="junk") == []
    assert problems("action.assign_owner", strategy="fixed", user="") == [("user", "missing")]
    assert problems("action.assign_owner", strategy="round_robin", users=[]) == [
        ("users", "missing")
    ]
    assert problems("action.webhook", method="GET", body=42) == []


def test_condition_messages_name_field_and_rule() -> None:
    config = {"condition": {"match": "all", "rules": [{"field": "contact.city", "op": "equals"}]}}
    [p] = check_config("decision.if", config)
    assert p.message.es == "«Condición»: Regla 1: falta el valor."
    assert p.message.en == "«Condition»: Rule 1: the value is missing."


@pytest.mark.parametrize(
    ("branches", "code"),
    [
        (
            [{"port": "a", "name": "A", "percent": 60}, {"port": "b", "name": "B", "percent": 30}],
            "bad_percent_sum",
        ),
        (
            [{"port": "a", "name": "A", "percent": 50}, {"port": "a", "name": "B", "percent": 50}],
            "duplicate_port",
        ),
        (
            [{"port": "a", "name": "A", "percent": 150}, {"port": "b", "percent": -50}],
            "bad_percent",
        ),
        (
            [{"port": "a", "name": "A", "percent": "50"}, {"port": "b", "percent": 50}],
            "bad_percent",
        ),
        ([{"name": "A", "percent": 100}], "wrong_kind"),
        ([{"port": "in", "name": "A", "percent": 100}], "duplicate_port"),
        ([{"port": "a", "name": "A", "percent": 100, "colour": "red"}], "unknown_key"),
    ],
)
def test_split_branches(branches: list, code: str) -> None:
    assert problems("decision.split", branches=branches) == [("branches", code)]


def test_split_percent_sum_message() -> None:
    branches = [
        {"port": "a", "name": "A", "percent": 60},
        {"port": "b", "name": "B", "percent": 30},
    ]
    [p] = check_config("decision.split", {"branches": branches})
    assert p.message.es == "«Ramas»: los porcentajes suman 90 y deben sumar 100."
    assert p.message.en == "«Branches»: the percents add up to 90; they must add up to 100."


def test_split_accepts_thirds() -> None:
    third = 100 / 3
    branches = [{"port": f"b{i}", "name": str(i), "percent": third} for i in range(3)]
    assert problems("decision.split", branches=branches) == []


@pytest.mark.parametrize(
    ("cases", "code"),
    [
        (
            [
                {"port": "case_1", "label": "M", "value": "Madrid"},
                {"port": "case_1", "label": "S", "value": "Sevilla"},
            ],
            "duplicate_port",
        ),
        ([{"port": "other", "label": "M", "value": "Madrid"}], "duplicate_port"),
        ([{"port": "case_1", "label": "M", "value": ""}], "missing_value"),
        ([{"port": "case_1", "label": "M", "value": ["x"]}], "wrong_kind"),
        (["Madrid"], "wrong_kind"),
    ],
)
def test_switch_cases(cases: list, code: str) -> None:
    assert problems("decision.switch", cases=cases) == [("cases", code)]


def test_blank_port_ids_are_named() -> None:
    cases = [{"port": " ", "label": "M", "value": "Madrid"}]
    [p] = check_config("decision.switch", {"field": "contact.city", "cases": cases})
    assert (p.field, p.code) == ("cases", "missing_port")
    assert p.message.en == "«Cases»: item 1 has no output id («port»)."
