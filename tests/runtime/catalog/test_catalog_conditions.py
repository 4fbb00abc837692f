"""Condition shape checks and operator metadata (runtime/catalog/conditions.py)."""

from __future__ import annotations

import pytest

from runtime.catalog.conditions import (
    OPERATOR_BY_ID,
    OPERATORS,
    ValueKind,
    check_condition,
    count_rules,
    is_field_path,
)

ISSUE_OPERATORS = [
    "equals",
    "not_equals",
    "contains",
    "not_contains",
    "starts_with",
    "is_empty",
    "is_not_empty",
    "greater_than",
    "less_than",
    "before",
    "after",
    "within_last_days",
    "has_tag",
    "not_has_tag",
    "in_list",
]


def rule(op: str, value=None, field: str | None = "contact.city") -> dict:
    r = {"op": op}
    if field is not None:
        r["field"] = field
    if value is not None:
        r["value"] = value
    return r


def cond(*rules, match: str = "all") -> dict:
    return {"match": match, "rules": list(rules)}


def codes(c) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in check_condition(c)]


def test_operators_are_the_issue_list_with_titles_and_value_kinds() -> None:
    assert [op.id for op in OPERATORS] == ISSUE_OPERATORS
    for op in OPERATORS:
        assert op.title.es and op.title.en and op.symbol.es and op.symbol.en
        assert isinstance(op.value, ValueKind)
    assert OPERATOR_BY_ID["is_empty"].value is ValueKind.NONE
    assert OPERATOR_BY_ID["within_last_days"].value is ValueKind.DAYS
    assert OPERATOR_BY_ID["in_list"].value is ValueKind.LIST
    assert not OPERATOR_BY_ID["has_tag"].needs_field


@pytest.mark.parametrize(
    "good",
    [
        cond(),
        cond(rule("equals", "Madrid")),
        cond(rule("equals", 3), rule("is_empty"), match="any"),
        cond(rule("greater_than", "1,5", "deal.amount"), rule("less_than", 10, "deal.amount")),
        cond(
            rule("before", "2026-12-01", "deal.close_date"), rule("after", "2026-01-01T10:00:00Z")
        ),
        cond(rule("after", "{{ contact.created_at }}")),
        cond(rule("within_last_days", 7, "contact.created_at")),
        cond(rule("has_tag", "cliente", None), rule("not_has_tag", "baja", "contact.tags")),
        cond(rule("in_list", ["Madrid", "Sevilla"])),
        cond(
            rule("equals", "Madrid"), cond(rule("is_not_empty", field="owner.email"), match="any")
        ),
    ],
)
def test_well_formed_conditions_have_no_problems(good: dict) -> None:
    assert check_condition(good) == []


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ("all", [("", "not_condition")]),
        ({"match": "some", "rules": []}, [("match", "bad_match")]),
        ({"rules": []}, [("match", "bad_match")]),
        ({"match": "all", "rules": "x"}, [("rules", "bad_rules")]),
        ({"match": "all", "rules": [], "extra": 1}, [("", "unknown_key")]),
        (cond("city = Madrid"), [("rules[0]", "not_rule")]),
        (cond(rule("like", "x")), [("rules[0].op", "unknown_op")]),
        (cond(rule([], "x")), [("rules[0].op", "unknown_op")]),  # not text: a problem, not a TypeError
        (cond({"field": "contact.city", "value": "x"}), [("rules[0].op", "missing_op")]),
        (cond(rule("equals", "x", None)), [("rules[0].field", "missing_field")]),
        (cond(rule("equals", "x", "city")), [("rules[0].field", "bad_field")]),
        (cond(rule("equals")), [("rules[0].value", "missing_value")]),
        (cond(rule("equals", "")), [("rules[0].value", "missing_value")]),
        (cond(rule("greater_than", "mucho")), [("rules[0].value", "bad_value")]),
        (cond(rule("before", "mañana")), [("rules[0].value", "bad_value")]),
        (cond(rule("within_last_days", -1)), [("rules[0].value", "bad_value")]),
        (cond(rule("within_last_days", 1.5)), [("rules[0].value", "bad_value")]),
        (cond(rule("in_list", "Madrid")), [("rules[0].value", "bad_value")]),
        (cond(rule("has_tag", None, None)), [("rules[0].value", "missing_value")]),
        (cond({**rule("equals", "x"), "negate": True}), [("rules[0]", "unknown_key")]),
        (
            cond(rule("equals", "x"), cond(rule("equals", "y"), rule("nope", "z"))),
            [("rules[1].rules[1].op", "unknown_op")],
        ),
    ],
)
def test_structural_problems_are_located(bad, expected) -> None:
    assert codes(bad) == expected


def test_messages_name_the_rule_in_both_languages() -> None:
    [problem] = check_condition(cond(rule("equals", "x"), cond(rule("equals"))))
    assert problem.message.es == "Regla 2.1: falta el valor."
    assert problem.message.en == "Rule 2.1: the value is missing."


def test_nesting_is_bounded() -> None:
    deep: dict = cond(rule("equals", "x"))
    for _ in range(20):
        deep = cond(deep)
    assert [p.code for p in check_condition(deep)] == ["too_deep"]


def test_count_rules_and_field_paths() -> None:
    assert count_rules(cond()) == 0
    assert count_rules(cond(rule("equals", "x"), cond(rule("is_empty"), rule("is_empty")))) == 3
    assert count_rules("nope") == 0
    assert is_field_path("contact.city") and is_field_path("deal.amount")
    assert is_field_path("contact.código postal")
    assert not is_field_path("city") and not is_field_path("lead.x") and not is_field_path(3)
