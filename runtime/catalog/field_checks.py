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
from runtime.i18n.rendered import translate_rendered
from runtime.i18n.text import Lazy

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
    return about(f, code, T(es, en))


def about(f: ConfigField, code: str, message: Text) -> ConfigProblem:
    """A problem of field `f`: "«Title»: message"."""
    return ConfigProblem(f.name, code, T("«{field}»: {problem}", "«{field}»: {problem}").format(
        field=f.title, problem=message))


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
            about(f, "out_of_range", T("debe ser {minimum:g} o más.", "must be {minimum:g} or more.")
                                     .format(minimum=f.minimum))
        ]
    if f.maximum is not None and value > f.maximum:
        return [
            about(f, "out_of_range", T("debe ser {maximum:g} o menos.", "must be {maximum:g} or less.")
                                     .format(maximum=f.maximum))
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
            about(f, "bad_choice",
                  T("«{value}» no es una opción ({options}).", "«{value}» is not an option ({options}).")
                  .format(value=value, options=", ".join(allowed)))
        ]
    return []


def multi_choice(f: ConfigField, values: list) -> list[ConfigProblem]:
    return [p for v in values for p in choice(f, v)][:1]


def condition(f: ConfigField, value: Any) -> list[ConfigProblem]:
    return [
        about(f, "bad_condition", p.message)
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
        reason = str(exc)  # English, from cron.py's marked texts
        return [about(f, "bad_cron", T("expresión cron no válida ({reason}).", "invalid cron expression ({reason}).")
                      .format(reason=Lazy(lambda lang: translate_rendered(lang, reason))))]
    return []


def timezone(f: ConfigField, value: str) -> list[ConfigProblem]:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return [
            about(f, "bad_timezone", T("zona horaria desconocida «{value}».", "unknown time zone «{value}».")
                                     .format(value=value))
        ]
    return []


def time(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not _TIME_RE.match(value.strip()):
        return [
            about(f, "bad_time", T("«{value}» no es una hora HH:MM.", "«{value}» is not an HH:MM time.")
                                 .format(value=value))
        ]
    return []


def field_path(f: ConfigField, value: str) -> list[ConfigProblem]:
    if not is_field_path(value):
        return [
            about(f, "bad_field",
                  T("«{value}» no es un campo (contact.*, deal.*, owner.*).",
                    "«{value}» is not a field (contact.*, deal.*, owner.*).").format(value=value))
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
        about(f, "bad_recipient", T(
            "«{value}» no es «contact», «owner», «deal_owner», un usuario (id), una dirección de correo "
            "ni un campo combinado.",
            "«{value}» is not «contact», «owner», «deal_owner», a user (id), an email address "
            "or a merge field.").format(value=value))
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
                about(f, "wrong_kind",
                      T("el valor de «{key}» debe ser un texto.", "the value of «{key}» must be a text.")
                      .format(key=key))
            ]
    return []


def key_values(f: ConfigField, values: Mapping) -> list[ConfigProblem]:
    for key, v in values.items():
        if not isinstance(key, str) or not key.strip():
            return [problem(f, "wrong_kind", "hay un nombre vacío.", "has an empty name.")]
        secret = isinstance(v, Mapping) and set(v) == {"secret"} and isinstance(v["secret"], str)
        if not (isinstance(v, str) or secret):
            return [
                about(f, 'wrong_kind',
                      T('«{key}» debe ser un texto o una referencia {{"secret": …}}.',
                        '«{key}» must be a text or a {{"secret": …}} reference.').format(key=key))
            ]
    return []


def weekdays(f: ConfigField, values: list) -> list[ConfigProblem]:
    bad = [v for v in values if v not in WEEKDAYS]
    if bad or len(set(values)) != len(values):
        return [
            about(f, "bad_weekday", T("use días distintos de {days}.", "use distinct days among {days}.")
                                    .format(days=", ".join(WEEKDAYS)))
        ]
    return []
