"""`check_config`: the problems of one node's config against its type's schema.

Messages name the field by its title in Spanish and English, e.g.
es "Falta «Etiqueta»." / en "«Tag» is required.". Fields hidden by `visible_when`
are neither required nor checked. The per-kind checks live in `field_checks` and
`item_checks`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from runtime.catalog import field_checks as fc
from runtime.catalog import item_checks as ic
from runtime.catalog.conditions import count_rules
from runtime.catalog.field_checks import ConfigProblem, problem
from runtime.catalog.types import ConfigField, FieldKind, NodeType, Text

__all__ = ["ConfigProblem", "check_config", "is_empty"]

T = Text
_STRING_KINDS = frozenset(
    {
        FieldKind.TEXT,
        FieldKind.TEMPLATE,
        FieldKind.LONG_TEMPLATE,
        FieldKind.CRON,
        FieldKind.TIMEZONE,
        FieldKind.TIME,
        FieldKind.FIELD,
        FieldKind.TAG,
        FieldKind.USER,
        FieldKind.PIPELINE,
        FieldKind.STAGE,
        FieldKind.FLOW,
        FieldKind.EMAIL_ACCOUNT,
        FieldKind.EMAIL_TEMPLATE,
        FieldKind.RECIPIENT,
        FieldKind.RECIPIENT_LIST,
        FieldKind.URL,
    }
)
_LIST_KINDS = frozenset(
    {
        FieldKind.MULTI_CHOICE,
        FieldKind.FIELD_LIST,
        FieldKind.USER_LIST,
        FieldKind.CASES,
        FieldKind.BRANCHES,
        FieldKind.WEEKDAYS,
        FieldKind.USER_RULES,
    }
)
_MAP_KINDS = frozenset({FieldKind.FIELD_VALUES, FieldKind.KEY_VALUES})


def is_empty(value: Any) -> bool:
    """None, an empty/blank string, an empty list or mapping, or a condition with no rules."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping) and ("rules" in value or "match" in value):
        return count_rules(value) == 0 and isinstance(value.get("rules"), list)
    if isinstance(value, list | tuple | Mapping):
        return len(value) == 0
    return False


def check_config(node_type: NodeType, config: Mapping[str, Any] | None) -> list[ConfigProblem]:
    """Every problem of `config` for a node of `node_type` (empty list = valid).

    Args:
        node_type: the node's type (a `NodeType`, or a type id looked up in the catalog).
        config: the node's config; keys left out take their field's default.
    """
    if isinstance(node_type, str):
        from runtime.catalog import get_catalog  # here: runtime.catalog imports this module

        found = get_catalog().get(node_type)
        if found is None:
            raise KeyError(f"unknown node type {node_type!r}")
        node_type = found
    if config is None:
        config = {}
    if not isinstance(config, Mapping):
        return [
            ConfigProblem(
                "",
                "bad_config",
                T("La configuración no es un objeto.", "The config is not an object."),
            )
        ]
    problems: list[ConfigProblem] = []
    for key in sorted(k for k in config if node_type.field(k) is None):
        problems.append(
            ConfigProblem(
                key, "unknown_field", T("Campo desconocido «{field}».", "Unknown field «{field}».").format(field=key)
            )
        )
    effective = {**node_type.default_config(), **config}
    for f in node_type.fields:
        if not f.is_visible(effective):
            continue
        value = config.get(f.name, f.default)
        if is_empty(value):
            if f.required and not _excused(node_type, f.name, effective):
                problems.append(
                    ConfigProblem(
                        f.name,
                        "missing",
                        T("Falta «{field}».", "«{field}» is required.").format(field=f.title),
                    )
                )
            if f.kind is FieldKind.CONDITION and value is not None:
                problems.extend(fc.condition(f, value))  # an empty condition still needs its shape
            continue
        problems.extend(_check_value(f, value))
    return problems


def _check_value(f: ConfigField, value: Any) -> list[ConfigProblem]:
    kind = f.kind
    if kind in _STRING_KINDS and not isinstance(value, str):
        return [problem(f, "wrong_kind", "debe ser un texto.", "must be a text.")]
    if kind in _LIST_KINDS and not isinstance(value, list):
        return [problem(f, "wrong_kind", "debe ser una lista.", "must be a list.")]
    if kind in _MAP_KINDS and not isinstance(value, Mapping):
        return [
            problem(
                f,
                "wrong_kind",
                "debe ser una lista de pares clave-valor.",
                "must be a set of key-value pairs.",
            )
        ]
    checker = CHECKERS.get(kind)
    return checker(f, value) if checker else []


CHECKERS: dict[FieldKind, Callable[[ConfigField, Any], list[ConfigProblem]]] = {
    FieldKind.INTEGER: fc.integer,
    FieldKind.NUMBER: fc.number,
    FieldKind.BOOLEAN: fc.boolean,
    FieldKind.CHOICE: fc.choice,
    FieldKind.MULTI_CHOICE: fc.multi_choice,
    FieldKind.CONDITION: fc.condition,
    FieldKind.CRON: fc.cron,
    FieldKind.TIMEZONE: fc.timezone,
    FieldKind.TIME: fc.time,
    FieldKind.FIELD: fc.field_path,
    FieldKind.FIELD_LIST: fc.field_list,
    FieldKind.USER_LIST: fc.user_list,
    FieldKind.RECIPIENT: fc.recipient,
    FieldKind.RECIPIENT_LIST: fc.recipient_list,
    FieldKind.URL: fc.url,
    FieldKind.FIELD_VALUES: fc.field_values,
    FieldKind.KEY_VALUES: fc.key_values,
    FieldKind.WEEKDAYS: fc.weekdays,
    FieldKind.CASES: ic.cases,
    FieldKind.BRANCHES: ic.branches,
    FieldKind.USER_RULES: ic.user_rules,
}


# Required fields that another field, when set, makes optional: (type id, field) -> other.
# (send_email: a stored template brings its own subject and body; a deal trigger may name
# only the stage it leaves.)
REQUIRED_UNLESS = {
    ("trigger.deal_stage_changed", "to_stage"): "from_stage",
    ("action.send_email", "subject"): "template",
    ("action.send_email", "body"): "template",
}


def _excused(node_type: NodeType, name: str, config: Mapping[str, Any]) -> bool:
    other = REQUIRED_UNLESS.get((node_type.id, name))
    return other is not None and not is_empty(config.get(other))
