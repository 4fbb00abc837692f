"""Conditions as data: the operators, what value each takes, and structural checks.

A condition is ``{"match": "all" | "any", "rules": [rule, ...]}``; a rule is
``{"field": "contact.city", "op": "equals", "value": "Madrid"}`` or itself a nested
condition. The engine evaluates conditions; this module only defines their shape.
`has_tag` / `not_has_tag` look at the contact's tags, so their `field` may be left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from runtime.catalog.types import Text
from runtime.dates import read_moment

T = Text
MAX_DEPTH = 8
FIELD_PREFIXES = ("contact", "deal", "owner")
_FIELD_RE = re.compile(r"^(contact|deal|owner)\.[^.\s][^\n]*$")


class ValueKind(StrEnum):
    """What an operator compares against."""

    NONE = "none"  # no value (is_empty)
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"  # ISO date or date-time, or a merge field
    DAYS = "days"  # a whole number of days >= 0
    TAG = "tag"
    LIST = "list"  # a non-empty list of texts


@dataclass(frozen=True)
class Operator:
    """One comparison a rule can make. `symbol` is its short form in summaries."""

    id: str
    title: Text
    value: ValueKind
    symbol: Text
    needs_field: bool = True


OPERATORS: tuple[Operator, ...] = (
    Operator("equals", T("es igual a", "equals"), ValueKind.TEXT, T("=", "=")),
    Operator("not_equals", T("no es igual a", "does not equal"), ValueKind.TEXT, T("≠", "≠")),
    Operator("contains", T("contiene", "contains"), ValueKind.TEXT, T("contiene", "contains")),
    Operator(
        "not_contains",
        T("no contiene", "does not contain"),
        ValueKind.TEXT,
        T("no contiene", "does not contain"),
    ),
    Operator(
        "starts_with",
        T("empieza por", "starts with"),
        ValueKind.TEXT,
        T("empieza por", "starts with"),
    ),
    Operator("is_empty", T("está vacío", "is empty"), ValueKind.NONE, T("está vacío", "is empty")),
    Operator(
        "is_not_empty",
        T("no está vacío", "is not empty"),
        ValueKind.NONE,
        T("no está vacío", "is not empty"),
    ),
    Operator("greater_than", T("es mayor que", "is greater than"), ValueKind.NUMBER, T(">", ">")),
    Operator("less_than", T("es menor que", "is less than"), ValueKind.NUMBER, T("<", "<")),
    Operator("before", T("es anterior a", "is before"), ValueKind.DATE, T("antes de", "before")),
    Operator("after", T("es posterior a", "is after"), ValueKind.DATE, T("después de", "after")),
    Operator(
        "within_last_days",
        T("en los últimos días", "within the last days"),
        ValueKind.DAYS,
        T("en los últimos", "within the last"),
    ),
    Operator(
        "has_tag",
        T("tiene la etiqueta", "has the tag"),
        ValueKind.TAG,
        T("tiene la etiqueta", "has tag"),
        needs_field=False,
    ),
    Operator(
        "not_has_tag",
        T("no tiene la etiqueta", "does not have the tag"),
        ValueKind.TAG,
        T("no tiene la etiqueta", "has no tag"),
        needs_field=False,
    ),
    Operator("in_list", T("es uno de", "is one of"), ValueKind.LIST, T("es uno de", "is one of")),
)
OPERATOR_BY_ID: dict[str, Operator] = {op.id: op for op in OPERATORS}
RULE_KEYS = frozenset({"field", "op", "value"})
CONDITION_KEYS = frozenset({"match", "rules"})


@dataclass(frozen=True)
class ConditionProblem:
    """One structural problem. `path` locates it, e.g. "rules[1].rules[0].value"."""

    path: str
    code: str
    message: Text


def is_field_path(value: Any) -> bool:
    """True for a dotted CRM field path such as "contact.city" or "deal.amount"."""
    return isinstance(value, str) and bool(_FIELD_RE.match(value.strip()))


def is_condition(value: Any) -> bool:
    """True when `value` looks like a (possibly nested) condition rather than a rule."""
    return isinstance(value, Mapping) and ("rules" in value or "match" in value)


def count_rules(cond: Any) -> int:
    """How many leaf rules a condition holds (0 for an empty or malformed one)."""
    if not isinstance(cond, Mapping) or not isinstance(cond.get("rules"), list):
        return 0
    return sum(count_rules(r) if is_condition(r) else 1 for r in cond["rules"])


def check_condition(cond: Any) -> list[ConditionProblem]:
    """Structural problems of a condition; empty when it is well formed."""
    problems: list[ConditionProblem] = []
    _check(cond, "", "", 0, problems)
    return problems


def _add(problems: list, path: str, label: str, code: str, es: str, en: str) -> None:
    _add_text(problems, path, label, code, T(es, en))


def _add_text(problems: list, path: str, label: str, code: str, message: Text) -> None:
    if label:
        message = T("Regla {rule}: {problem}", "Rule {rule}: {problem}").format(rule=label, problem=message)
    problems.append(ConditionProblem(path, code, message))


def _check(cond: Any, path: str, label: str, depth: int, problems: list) -> None:
    if not isinstance(cond, Mapping):
        _add(problems, path, label, "not_condition", "no es una condición.", "is not a condition.")
        return
    if depth > MAX_DEPTH:
        _add_text(problems, path, label, "too_deep",
                  T("más de {depth} niveles anidados.", "more than {depth} nested levels.").format(depth=MAX_DEPTH))
        return
    extra = sorted(set(cond) - CONDITION_KEYS)
    if extra:
        _add_text(problems, path, label, "unknown_key", T("clave desconocida «{key}».", "unknown key «{key}».")
                                                        .format(key=extra[0]))
    if cond.get("match") not in ("all", "any"):
        _add(
            problems,
            _join(path, "match"),
            label,
            "bad_match",
            "«match» debe ser «all» (todas) o «any» (alguna).",
            "«match» must be «all» or «any».",
        )
    rules = cond.get("rules")
    if not isinstance(rules, list):
        _add(
            problems,
            _join(path, "rules"),
            label,
            "bad_rules",
            "«rules» debe ser una lista.",
            "«rules» must be a list.",
        )
        return
    for i, rule in enumerate(rules):
        sub_path = _join(path, f"rules[{i}]")
        sub_label = f"{label}.{i + 1}" if label else str(i + 1)
        if is_condition(rule):
            _check(rule, sub_path, sub_label, depth + 1, problems)
        else:
            _check_rule(rule, sub_path, sub_label, problems)


def _join(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _check_rule(rule: Any, path: str, label: str, problems: list) -> None:
    if not isinstance(rule, Mapping):
        _add(
            problems,
            path,
            label,
            "not_rule",
            "no es una regla (campo, operador, valor).",
            "is not a rule (field, operator, value).",
        )
        return
    extra = sorted(set(rule) - RULE_KEYS)
    if extra:
        _add_text(problems, path, label, "unknown_key", T("clave desconocida «{key}».", "unknown key «{key}».")
                                                        .format(key=extra[0]))
    raw_op = rule.get("op")
    op = OPERATOR_BY_ID.get(raw_op) if isinstance(raw_op, str) else None
    if op is None:
        if rule.get("op") in (None, ""):
            _add(
                problems,
                _join(path, "op"),
                label,
                "missing_op",
                "falta el operador.",
                "the operator is missing.",
            )
        else:
            _add_text(problems, _join(path, "op"), label, "unknown_op",
                      T("operador desconocido «{op}».", "unknown operator «{op}».").format(op=rule.get("op")))
    field = rule.get("field")
    if field in (None, ""):
        if op is None or op.needs_field:
            _add(
                problems,
                _join(path, "field"),
                label,
                "missing_field",
                "falta el campo.",
                "the field is missing.",
            )
    elif not is_field_path(field):
        _add_text(problems, _join(path, "field"), label, "bad_field",
                  T("«{field}» no es un campo (use contact.*, deal.* u owner.*).",
                    "«{field}» is not a field (use contact.*, deal.* or owner.*).").format(field=field))
    if op is not None:
        _check_value(op, rule.get("value"), _join(path, "value"), label, problems)


def _check_value(op: Operator, value: Any, path: str, label: str, problems: list) -> None:
    kind = op.value
    if kind is ValueKind.NONE:
        return
    if value is None or value == "" or value == []:
        _add(problems, path, label, "missing_value", "falta el valor.", "the value is missing.")
        return
    if _is_merge(value):
        return
    ok = {
        ValueKind.TEXT: lambda v: isinstance(v, str | int | float | bool),
        ValueKind.NUMBER: _is_number,
        ValueKind.DATE: _is_date,
        ValueKind.DAYS: lambda v: (n := _number(v)) is not None and n >= 0 and n == int(n),
        ValueKind.TAG: lambda v: isinstance(v, str) and bool(v.strip()),
        ValueKind.LIST: lambda v: (
            isinstance(v, list) and all(isinstance(x, str | int | float) for x in v)
        ),
    }[kind](value)
    if not ok:
        _add_text(problems, path, label, "bad_value",
                  T("el valor debe ser {kind}.", "the value must be {kind}.").format(kind=_EXPECTED[kind]))


_EXPECTED = {
    ValueKind.TEXT: T("un texto", "a text"),
    ValueKind.NUMBER: T("un número", "a number"),
    ValueKind.DATE: T("una fecha AAAA-MM-DD", "a YYYY-MM-DD date"),
    ValueKind.DAYS: T("un número entero de días, 0 o más", "a whole number of days, 0 or more"),
    ValueKind.TAG: T("una etiqueta", "a tag"),
    ValueKind.LIST: T("una lista de valores", "a list of values"),
}


def _is_merge(value: Any) -> bool:
    return isinstance(value, str) and "{{" in value and "}}" in value


def _number(value: Any) -> float | None:
    """The value as a number (a decimal comma is accepted), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def _is_number(value: Any) -> bool:
    return _number(value) is not None


def _is_date(value: Any) -> bool:
    """A date the engine reads (ISO or day/month/year; runtime.dates)."""
    return isinstance(value, str) and read_moment(value) is not None
