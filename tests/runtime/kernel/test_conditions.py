"""Conditions: every operator, coercion rules, nested groups, and the why record."""

from __future__ import annotations

import pytest

from runtime.kernel.conditions import MISSING, evaluate, to_number

NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z
DATA = {"contact.city": "Madrid ", "contact.amount": "1.200,50", "contact.signup": "2025-12-28",
        "contact.alta": "28/12/2025",
        "contact.tags": ["VIP", "cliente"], "contact.empty": "  ", "deal.stage": "Propuesta"}


def lookup(path):
    return DATA.get(path, MISSING)


def rule(field, op, value=None):
    return {"match": "all", "rules": [{"field": field, "op": op, "value": value}]}


@pytest.mark.parametrize(("field", "op", "value", "expected"), [
    ("contact.city", "equals", "madrid", True),
    ("contact.city", "not_equals", "Sevilla", True),
    ("contact.amount", "equals", "1200.5", True),
    ("contact.city", "contains", "adr", True),
    ("contact.city", "not_contains", "x", True),
    ("contact.city", "starts_with", "MA", True),
    ("contact.empty", "is_empty", None, True),
    ("contact.nothing", "is_empty", None, True),
    ("contact.city", "is_not_empty", None, True),
    ("contact.amount", "greater_than", 1000, True),
    ("contact.amount", "less_than", "1000", False),
    ("contact.signup", "before", "2026-01-01", True),
    ("contact.signup", "after", "2025-12-28T10:00:00Z", False),  # bare date: compared by day
    ("contact.signup", "within_last_days", 7, True),
    ("contact.signup", "within_last_days", 2, False),
    ("contact.alta", "before", "29/12/2025", True),  # day/month/year on both sides
    ("contact.alta", "after", "2025-12-27", True),
    ("contact.alta", "within_last_days", 7, True),
    ("", "has_tag", "vip", True),
    ("", "not_has_tag", "vip", False),
    ("contact.city", "in_list", ["Sevilla", "madrid"], True),
    ("contact.city", "in_list", "Bilbao, Lima", False),
    ("contact.tags", "contains", "cliente", True),
    ("deal.stage", "equals", "propuesta", True),
])
def test_operators(field, op, value, expected):
    holds, why = evaluate(rule(field, op, value), lookup, NOW)
    assert holds is expected, why


def test_why_records_values_and_notes():
    holds, why = evaluate(rule("contact.city", "greater_than", 3), lookup, NOW)
    assert not holds and why["rules"][0]["note"] == "the value is not a number"
    holds, why = evaluate(rule("contact.zip", "equals", "1"), lookup, NOW)
    assert why["rules"][0]["note"] == "the field does not exist" and why["rules"][0]["actual"] is None


def test_nested_any_all():
    cond = {"match": "any", "rules": [
        {"field": "contact.city", "op": "equals", "value": "Lima"},
        {"match": "all", "rules": [{"field": "", "op": "has_tag", "value": "VIP"},
                                   {"field": "contact.amount", "op": "greater_than", "value": 10}]},
    ]}
    holds, why = evaluate(cond, lookup, NOW)
    assert holds and why["rules"][0]["result"] is False and why["rules"][1]["result"] is True
    assert evaluate({"match": "all", "rules": []}, lookup, NOW)[0] is True


@pytest.mark.parametrize("text", ["7", "-3", "+4", ".5", "1e5", "nan", "Inf", "infinity", "١٢٣", "１２", "Madrid",
                                  "e5", "_1", "x1", "-", "١x"])
def test_a_text_reads_as_a_number_exactly_when_float_reads_it(text):
    try:
        expected: float | None = float(text)
    except ValueError:
        expected = None
    got = to_number(text)
    assert (got is None and expected is None) or got == expected or (got != got and expected != expected)
