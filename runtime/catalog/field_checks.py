"""Checks of one config value by its field kind (numbers, choices, cron, times, maps...).

Each checker takes the field and a value of the right Python shape and returns
`ConfigProblem`s whose messages start with the field's title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runtime.catalog.conditions import check_condition, is_field_path
from runtime.catalog.cron import to_trigger
from runtime.catalog.types import ConfigField, Text

T = Text
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class ConfigProblem:
    """One problem of a node's config: the field it concerns, a code, a message."""

    field: str
    code: str
    message: Text


def problem(f: ConfigField, code: str, es: str, en: str) -> ConfigProblem:
    return ConfigProblem(f.name, code, T(f"«{f.title.es}»: {es}", f"«{f.title.en}»: {en}"))


def integer(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [problem(f, "wrong_kind", "debe ser un número entero.", "must be a whole number.")]
    return in_range(f, value)


def number(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [problem(f, "wrong_kind", "debe ser un número.", "must be a number.")]
    return in_range(f, value)


def in_range(f: ConfigField, value: float) -> list[ConfigProblem]:
    if f.minimum is not None and value < f.minimum:
        return [
            problem(
                f,
                "out_of_range",
                f"debe ser {f.minimum:g} o más.",
                f"must be {f.minimum:g} or more.",
            )
        ]
    if f.maximum is not None and value > f.maximum:
        return [
            problem(
                f,
                "out_of_range",
                f"debe ser {f.maximum:g} o menos.",
                f"must be {f.maximum:g} or less.",
            )
        ]
    return []


def boolean(f: ConfigField, value: Any) -> list[ConfigProblem]:
    if not isinstance(value, bool):
        return [problem(f, "wrong_kind", "debe ser sí o no.", "must be true or false.")]
    return []


def choice(f: ConfigField, value: Any) -> list[ConfigProblem]:
    allowed = [c.value for c in f.choices]
    if value not in allowed:
        return [
            problem(
                f,
                "bad_choice",
                f"«{value}» no es una opción ({', '.join(allowed)}).",
                f"«{value}» is not an option ({', '.join(allowed)}).",
            )
        ]
    return []


def multi_choice(f: ConfigField, values: list) -> list[ConfigProblem]:
    return [p for v in values for p in choice(f, v)][:1]


def condition(f: ConfigField, value: Any) -> list[ConfigProblem]:
    return [
        ConfigProblem(
            f.name,
            "bad_condition",
            T(f"«{f.title.es}»: {p.message.es}", f"«{f.title.en}»: {p.message.en}"),
        )
        for p in check_condition(value)
    ]


def cron(f: ConfigField, value: str) -> list[ConfigProblem]:
    if len(value.split()) != 5:
        return [
            problem(
                f,
                "bad_cron",
                "debe tener 5 partes (minuto hora día mes día-semana).",
                "must have 5 parts (minute hour day month weekday).",
            )
        ]
    try:
        to_trigger(value, "UTC")
    except ValueError as exc:
        return [
            problem(
                f,
                "bad_cron",
                f"expresión cron no válida ({exc}).",
                f"invalid cron expression ({exc}).",
            )
        ]
    return []


def timezone(f: ConfigField, value: str) -> list[ConfigProblem]:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return [
            problem(
                f,
                "bad_timezone",
                f"zona horaria desconocida «{value}».",
                f"unknown time zone «{value}».",
            )
        ]
    return []


def time(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not _TIME_RE.match(value.strip()):
        return [
            problem(
                f,
                "bad_time",
                f"«{value}» no es una hora HH:MM.",
                f"«{value}» is not an HH:MM time.",
            )
        ]
    return []


def field_path(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not is_field_path(value):
        return [
            problem(
                f,
                "bad_field",
                f"«{value}» no es un campo (contact.*, deal.*, owner.*).",
                f"«{value}» is not a field (contact.*, deal.*, owner.*).",
            )
        ]
    return []


def field_list(f: ConfigField, values: list) -> list[ConfigProblem]:
    return [
        p
        for v in values
        for p in (
            field_path(f, v)
            if isinstance(v, str)
            else [
                problem(
                    f, "wrong_kind", "cada campo debe ser un texto.", "each field must be a text."
                )
            ]
        )
    ][:1]


def user_list(f: ConfigField, values: list) -> list[ConfigProblem]:
    if not all(isinstance(v, str) and v.strip() for v in values):
        return [
            problem(
                f,
                "wrong_kind",
                "cada usuario debe ser un texto no vacío.",
                "each user must be a non-empty text.",
            )
        ]
    if len(set(values)) != len(values):
        return [problem(f, "duplicate", "hay usuarios repetidos.", "lists a user twice.")]
    return []


RECIPIENT_WORDS = ("contact", "owner", "deal_owner")


def _recipient_ok(v: str) -> bool:
    return v in RECIPIENT_WORDS or v.isdigit() or "{{" in v or bool(_EMAIL_RE.match(v))


def recipient(f: ConfigField, value: str) -> list[ConfigProblem]:
    if _recipient_ok(value.strip()):
        return []
    return [
        problem(
            f,
            "bad_recipient",
            f"«{value}» no es «contact», «owner», «deal_owner», un usuario (id), una dirección de correo "
            "ni un campo combinado.",
            f"«{value}» is not «contact», «owner», «deal_owner», a user (id), an email address "
            "or a merge field.",
        )
    ]


def split_recipients(value: str) -> list[str]:
    """"owner, ana@x.es; {{ contact.partner }}" -> the items (commas or semicolons)."""
    return [part.strip() for part in re.split(r"[,;]", value) if part.strip()]


def recipient_list(f: ConfigField, value: str) -> list[ConfigProblem]:
    for part in split_recipients(value):
        if not _recipient_ok(part):
            return recipient(f, part)
    return []


def url(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not value.strip().lower().startswith(("http://", "https://")):
        return [
            problem(
                f,
                "bad_url",
                "debe empezar por http:// o https://.",
                "must start with http:// or https://.",
            )
        ]
    return []


def field_values(f: ConfigField, values: Mapping) -> list[ConfigProblem]:
    for key, v in values.items():
        if not is_field_path(key):
            return field_path(f, str(key))
        if not isinstance(v, str | int | float | bool) and v is not None:
            return [
                problem(
                    f,
                    "wrong_kind",
                    f"el valor de «{key}» debe ser un texto.",
                    f"the value of «{key}» must be a text.",
                )
            ]
    return []


def key_values(f: ConfigField, values: Mapping) -> list[ConfigProblem]:
    for key, v in values.items():
        if not isinstance(key, str) or not key.strip():
            return [problem(f, "wrong_kind", "hay un nombre vacío.", "has an empty name.")]
        secret = isinstance(v, Mapping) and set(v) == {"secret"} and isinstance(v["secret"], str)
        if not (isinstance(v, str) or secret):
            return [
                problem(
                    f,
                    "wrong_kind",
                    f'«{key}» debe ser un texto o una referencia {{"secret": …}}.',
                    f'«{key}» must be a text or a {{"secret": …}} reference.',
                )
            ]
    return []


def weekdays(f: ConfigField, values: list) -> list[ConfigProblem]:
    bad = [v for v in values if v not in WEEKDAYS]
    if bad or len(set(values)) != len(values):
        return [
            problem(
                f,
                "bad_weekday",
                f"use días distintos de {', '.join(WEEKDAYS)}.",
                f"use distinct days among {', '.join(WEEKDAYS)}.",
            )
        ]
    return []
