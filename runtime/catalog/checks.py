"""`check_config`: the problems of one node's config against its type's schema.

Messages name the field by its title in Spanish and English, e.g.
es "Falta «Etiqueta»." / en "«Tag» is required.". Fields hidden by `visible_when`
are neither required nor checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runtime.catalog.conditions import check_condition, count_rules, is_field_path
from runtime.catalog.cron import to_trigger
from runtime.catalog.types import ConfigField, FieldKind, NodeType, Text

T = Text
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_STRING_KINDS = frozenset({
    FieldKind.TEXT, FieldKind.TEMPLATE, FieldKind.LONG_TEMPLATE, FieldKind.CRON,
    FieldKind.TIMEZONE, FieldKind.TIME, FieldKind.FIELD, FieldKind.TAG, FieldKind.USER,
    FieldKind.PIPELINE, FieldKind.STAGE, FieldKind.FLOW, FieldKind.EMAIL_ACCOUNT,
    FieldKind.RECIPIENT, FieldKind.URL,
})
_LIST_KINDS = frozenset({
    FieldKind.MULTI_CHOICE, FieldKind.FIELD_LIST, FieldKind.USER_LIST, FieldKind.CASES,
    FieldKind.BRANCHES, FieldKind.WEEKDAYS,
})
_MAP_KINDS = frozenset({FieldKind.FIELD_VALUES, FieldKind.KEY_VALUES})
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class ConfigProblem:
    """One problem of a node's config: the field it concerns, a code, a message."""

    field: str
    code: str
    message: Text


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
        from runtime.catalog import get_catalog

        found = get_catalog().get(node_type)
        if found is None:
            raise KeyError(f"unknown node type {node_type!r}")
        node_type = found
    if config is None:
        config = {}
    if not isinstance(config, Mapping):
        return [ConfigProblem("", "bad_config", T("La configuración no es un objeto.",
                                                  "The config is not an object."))]
    problems: list[ConfigProblem] = []
    for key in sorted(k for k in config if node_type.field(k) is None):
        problems.append(ConfigProblem(key, "unknown_field", T(
            f"Campo desconocido «{key}».", f"Unknown field «{key}».")))
    effective = {**node_type.default_config(), **config}
    for f in node_type.fields:
        if not f.is_visible(effective):
            continue
        value = config.get(f.name, f.default)
        if is_empty(value):
            if f.required:
                problems.append(ConfigProblem(f.name, "missing", T(
                    f"Falta «{f.title.es}».", f"«{f.title.en}» is required.")))
            if f.kind is FieldKind.CONDITION and value is not None:
                problems.extend(_condition(f, value))  # an empty condition still needs its shape
            continue
        problems.extend(_check_value(f, value))
    return problems


def _problem(f: ConfigField, code: str, es: str, en: str) -> ConfigProblem:
    return ConfigProblem(f.name, code, T(f"«{f.title.es}»: {es}", f"«{f.title.en}»: {en}"))


def _check_value(f: ConfigField, value: Any) -> list[ConfigProblem]:
    kind = f.kind
    if kind in _STRING_KINDS and not isinstance(value, str):
        return [_problem(f, "wrong_kind", "debe ser un texto.", "must be a text.")]
    if kind in _LIST_KINDS and not isinstance(value, list):
        return [_problem(f, "wrong_kind", "debe ser una lista.", "must be a list.")]
    if kind in _MAP_KINDS and not isinstance(value, Mapping):
        return [_problem(f, "wrong_kind", "debe ser una lista de pares clave-valor.",
                         "must be a set of key-value pairs.")]
    checker = _CHECKERS.get(kind)
    return checker(f, value) if checker else []


def _integer(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [_problem(f, "wrong_kind", "debe ser un número entero.", "must be a whole number.")]
    return _range(f, value)


def _number(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [_problem(f, "wrong_kind", "debe ser un número.", "must be a number.")]
    return _range(f, value)


def _range(f: ConfigField, value: float) -> list[ConfigProblem]:
    if f.minimum is not None and value < f.minimum:
        return [_problem(f, "out_of_range", f"debe ser {f.minimum:g} o más.",
                         f"must be {f.minimum:g} or more.")]
    if f.maximum is not None and value > f.maximum:
        return [_problem(f, "out_of_range", f"debe ser {f.maximum:g} o menos.",
                         f"must be {f.maximum:g} or less.")]
    return []


def _boolean(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if not isinstance(value, bool):
        return [_problem(f, "wrong_kind", "debe ser sí o no.", "must be true or false.")]
    return []


def _choice(f: ConfigField, value: Any) -> list[ConfigProblem]:
    allowed = [c.value for c in f.choices]
    if value not in allowed:
        return [_problem(f, "bad_choice", f"«{value}» no es una opción ({', '.join(allowed)}).",
                         f"«{value}» is not an option ({', '.join(allowed)}).")]
    return []


def _multi_choice(f: ConfigField, values: list) -> list[ConfigProblem]:
    return [p for v in values for p in _choice(f, v)][:1]


def _condition(f: ConfigField, value: Any) -> list[ConfigProblem]:
    return [
        ConfigProblem(f.name, "bad_condition", T(f"«{f.title.es}»: {p.message.es}",
                                                 f"«{f.title.en}»: {p.message.en}"))
        for p in check_condition(value)
    ]


def _cron(f: ConfigField, value: str) -> list[ConfigProblem]:
    if len(value.split()) != 5:
        return [_problem(f, "bad_cron", "debe tener 5 partes (minuto hora día mes día-semana).",
                         "must have 5 parts (minute hour day month weekday).")]
    try:
        to_trigger(value, "UTC")
    except ValueError as exc:
        return [_problem(f, "bad_cron", f"expresión cron no válida ({exc}).",
                         f"invalid cron expression ({exc}).")]
    return []


def _timezone(f: ConfigField, value: str) -> list[ConfigProblem]:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return [_problem(f, "bad_timezone", f"zona horaria desconocida «{value}».",
                         f"unknown time zone «{value}».")]
    return []


def _time(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not _TIME_RE.match(value.strip()):
        return [_problem(f, "bad_time", f"«{value}» no es una hora HH:MM.",
                         f"«{value}» is not an HH:MM time.")]
    return []


def _field_path(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not is_field_path(value):
        return [_problem(f, "bad_field", f"«{value}» no es un campo (contact.*, deal.*, owner.*).",
                         f"«{value}» is not a field (contact.*, deal.*, owner.*).")]
    return []


def _field_list(f: ConfigField, values: list) -> list[ConfigProblem]:
    return [p for v in values for p in (
        _field_path(f, v) if isinstance(v, str)
        else [_problem(f, "wrong_kind", "cada campo debe ser un texto.", "each field must be a text.")]
    )][:1]


def _user_list(f: ConfigField, values: list) -> list[ConfigProblem]:
    if not all(isinstance(v, str) and v.strip() for v in values):
        return [_problem(f, "wrong_kind", "cada usuario debe ser un texto no vacío.",
                         "each user must be a non-empty text.")]
    if len(set(values)) != len(values):
        return [_problem(f, "duplicate", "hay usuarios repetidos.", "lists a user twice.")]
    return []


def _recipient(f: ConfigField, value: str) -> list[ConfigProblem]:
    v = value.strip()
    if v in ("contact", "owner") or "{{" in v or _EMAIL_RE.match(v):
        return []
    return [_problem(f, "bad_recipient",
                     f"«{value}» no es «contact», «owner» ni una dirección de correo.",
                     f"«{value}» is not «contact», «owner» or an email address.")]


def _url(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not value.strip().lower().startswith(("http://", "https://")):
        return [_problem(f, "bad_url", "debe empezar por http:// o https://.",
                         "must start with http:// or https://.")]
    return []


def _field_values(f: ConfigField, values: Mapping) -> list[ConfigProblem]:
    for key, v in values.items():
        if not is_field_path(key):
            return _field_path(f, str(key))
        if not isinstance(v, str | int | float | bool) and v is not None:
            return [_problem(f, "wrong_kind", f"el valor de «{key}» debe ser un texto.",
                             f"the value of «{key}» must be a text.")]
    return []


def _key_values(f: ConfigField, values: Mapping) -> list[ConfigProblem]:
    for key, v in values.items():
        if not isinstance(key, str) or not key.strip():
            return [_problem(f, "wrong_kind", "hay un nombre vacío.", "has an empty name.")]
        secret = isinstance(v, Mapping) and set(v) == {"secret"} and isinstance(v["secret"], str)
        if not (isinstance(v, str) or secret):
            return [_problem(f, "wrong_kind",
                             f"«{key}» debe ser un texto o una referencia {{\"secret\": …}}.",
                             f"«{key}» must be a text or a {{\"secret\": …}} reference.")]
    return []


def _weekdays(f: ConfigField, values: list) -> list[ConfigProblem]:
    bad = [v for v in values if v not in WEEKDAYS]
    if bad or len(set(values)) != len(values):
        return [_problem(f, "bad_weekday", f"use días distintos de {', '.join(WEEKDAYS)}.",
                         f"use distinct days among {', '.join(WEEKDAYS)}.")]
    return []


def _ported_items(f: ConfigField, items: list, keys: tuple[str, ...]) -> list[ConfigProblem]:
    """Shared checks of switch cases and split branches: shape and unique port ids."""
    seen: set[str] = {"in", "other"} if f.kind is FieldKind.CASES else {"in"}
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping) or not isinstance(item.get("port"), str):
            return [_problem(f, "wrong_kind", f"el elemento {n} debe tener {', '.join(keys)}.",
                             f"item {n} must have {', '.join(keys)}.")]
        port = item["port"].strip()
        if not port or port in seen:
            return [_problem(f, "duplicate_port", f"el elemento {n} repite la salida «{port}».",
                             f"item {n} repeats the output «{port}».")]
        seen.add(port)
        extra = sorted(set(item) - set(keys))
        if extra:
            return [_problem(f, "unknown_key", f"el elemento {n} tiene la clave desconocida «{extra[0]}».",
                             f"item {n} has the unknown key «{extra[0]}».")]
    return []


def _cases(f: ConfigField, items: list) -> list[ConfigProblem]:
    problems = _ported_items(f, items, ("port", "label", "value"))
    if problems:
        return problems
    for n, item in enumerate(items, 1):
        value = item.get("value")
        if value is None or (isinstance(value, str) and not value.strip()):
            return [_problem(f, "missing_value", f"falta el valor del caso {n}.",
                             f"case {n} has no value.")]
        if not isinstance(value, str | int | float | bool):
            return [_problem(f, "wrong_kind", f"el valor del caso {n} debe ser un texto.",
                             f"case {n}'s value must be a text.")]
    return []


def _branches(f: ConfigField, items: list) -> list[ConfigProblem]:
    problems = _ported_items(f, items, ("port", "name", "percent"))
    if problems:
        return problems
    total = 0.0
    for n, item in enumerate(items, 1):
        pct = item.get("percent")
        if isinstance(pct, bool) or not isinstance(pct, int | float) or not 0 <= pct <= 100:
            return [_problem(f, "bad_percent", f"el porcentaje de la rama {n} debe estar entre 0 y 100.",
                             f"branch {n}'s percent must be between 0 and 100.")]
        total += pct
    if abs(total - 100) > 1e-6:
        return [_problem(f, "bad_percent_sum", f"los porcentajes suman {total:g} y deben sumar 100.",
                         f"the percents add up to {total:g}; they must add up to 100.")]
    return []


_CHECKERS = {
    FieldKind.INTEGER: _integer,
    FieldKind.NUMBER: _number,
    FieldKind.BOOLEAN: _boolean,
    FieldKind.CHOICE: _choice,
    FieldKind.MULTI_CHOICE: _multi_choice,
    FieldKind.CONDITION: _condition,
    FieldKind.CRON: _cron,
    FieldKind.TIMEZONE: _timezone,
    FieldKind.TIME: _time,
    FieldKind.FIELD: _field_path,
    FieldKind.FIELD_LIST: _field_list,
    FieldKind.USER_LIST: _user_list,
    FieldKind.RECIPIENT: _recipient,
    FieldKind.URL: _url,
    FieldKind.FIELD_VALUES: _field_values,
    FieldKind.KEY_VALUES: _key_values,
    FieldKind.WEEKDAYS: _weekdays,
    FieldKind.CASES: _cases,
    FieldKind.BRANCHES: _branches,
}
