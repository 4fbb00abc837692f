"""Short readable phrases for summaries: field labels, conditions, durations, weekdays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.catalog.conditions import OPERATOR_BY_ID, ValueKind, is_condition
from runtime.catalog.types import Text

T = Text
MAX_RULES_SHOWN = 2

FIELD_LABELS: dict[str, Text] = {
    "first_name": T("nombre", "first name"),
    "last_name": T("apellidos", "last name"),
    "name": T("nombre", "name"),
    "email": T("email", "email"),
    "phone": T("teléfono", "phone"),
    "company": T("empresa", "company"),
    "owner_id": T("propietario", "owner"),
    "lifecycle_stage": T("etapa del ciclo de vida", "lifecycle stage"),
    "source": T("origen", "source"),
    "created_at": T("fecha de alta", "created on"),
    "updated_at": T("última modificación", "last modified"),
    "tags": T("etiquetas", "tags"),
    "city": T("ciudad", "city"),
    "country": T("país", "country"),
    "birthday": T("cumpleaños", "birthday"),
    "title": T("título", "title"),
    "pipeline": T("embudo", "pipeline"),
    "stage": T("etapa", "stage"),
    "amount": T("importe", "amount"),
    "close_date": T("fecha de cierre", "close date"),
}
_OWNERS = {"deal": T("{} del negocio", "deal {}"), "owner": T("{} del propietario", "owner {}")}

UNIT_WORDS: dict[str, tuple[Text, Text]] = {  # singular, plural
    "minutes": (T("minuto", "minute"), T("minutos", "minutes")),
    "hours": (T("hora", "hour"), T("horas", "hours")),
    "days": (T("día", "day"), T("días", "days")),
    "weeks": (T("semana", "week"), T("semanas", "weeks")),
}
WEEKDAY_SHORT: dict[str, Text] = {
    "mon": T("lun", "Mon"),
    "tue": T("mar", "Tue"),
    "wed": T("mié", "Wed"),
    "thu": T("jue", "Thu"),
    "fri": T("vie", "Fri"),
    "sat": T("sáb", "Sat"),
    "sun": T("dom", "Sun"),
}
NOT_SET = "—"


def shorten(text: Any, limit: int = 40) -> str:
    """One line of at most `limit` characters, with an ellipsis when cut."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def field_label(path: Any, lang: str) -> str:
    """ "contact.city" -> "ciudad"; "deal.amount" -> "importe del negocio"; unknown keys as written."""
    if not isinstance(path, str) or not path.strip():
        return NOT_SET
    entity, _, key = path.strip().partition(".")
    key = key.removeprefix("custom.") or entity
    label = FIELD_LABELS.get(key)
    text = label.get(lang) if label else key.replace("_", " ")
    owner = _OWNERS.get(entity)
    return owner.get(lang).format(text) if owner else text


def amount_with_unit(amount: Any, unit: Any, lang: str) -> str:
    """ "2 días" / "1 day"."""
    words = UNIT_WORDS.get(str(unit))
    if words is None:
        return f"{amount} {unit}"
    return f"{amount} {words[0 if amount == 1 else 1].get(lang)}"


def offset_phrase(days: Any, field: Any, lang: str) -> str:
    """ "3 días antes de cumpleaños" / "on birthday" / "2 days after close date"."""
    label = field_label(field, lang)
    if not isinstance(days, int) or days == 0:
        return T("el día de {field}", "the day of {field}").format(field=label).get(lang)
    span = amount_with_unit(abs(days), "days", lang)
    if days < 0:
        return T("{span} antes de {field}", "{span} before {field}").format(span=span, field=label).get(lang)
    return T("{span} después de {field}", "{span} after {field}").format(span=span, field=label).get(lang)


def weekdays_phrase(days: Any, lang: str) -> str:
    """ "lun–vie", "cualquier día", or "lun, mié, vie"."""
    if not isinstance(days, list) or not days:
        return NOT_SET
    order = list(WEEKDAY_SHORT)
    known = sorted({d for d in days if d in WEEKDAY_SHORT}, key=order.index)
    if len(known) == 7:
        return T("cualquier día", "any day").get(lang)
    if known == order[:5]:
        return f"{WEEKDAY_SHORT['mon'].get(lang)}–{WEEKDAY_SHORT['fri'].get(lang)}"
    return ", ".join(WEEKDAY_SHORT[d].get(lang) for d in known)


def condition_phrase(cond: Any, lang: str) -> str:
    """ "ciudad = Madrid y edad > 30" / "city = Madrid or 2 more"; NOT_SET when empty."""
    if (
        not isinstance(cond, Mapping)
        or not isinstance(cond.get("rules"), list)
        or not cond["rules"]
    ):
        return NOT_SET
    rules = cond["rules"]
    joiner = T(" o ", " or ") if cond.get("match") == "any" else T(" y ", " and ")
    shown = [
        f"({condition_phrase(r, lang)})" if is_condition(r) else rule_phrase(r, lang)
        for r in rules[:MAX_RULES_SHOWN]
    ]
    text = joiner.get(lang).join(shown)
    rest = len(rules) - MAX_RULES_SHOWN
    if rest > 0:
        text += joiner.get(lang) + T("{n} más", "{n} more").format(n=rest).get(lang)
    return text


def rule_phrase(rule: Any, lang: str) -> str:
    """ "ciudad = Madrid", "tiene la etiqueta cliente", "email está vacío"."""
    if not isinstance(rule, Mapping):
        return "?"
    op = OPERATOR_BY_ID.get(rule.get("op"))  # type: ignore[arg-type]
    if op is None:
        return f"{field_label(rule.get('field'), lang)} ?"
    value = rule.get("value")
    parts = [] if not op.needs_field else [field_label(rule.get("field"), lang)]
    parts.append(op.symbol.get(lang))
    if op.value is ValueKind.DAYS:
        parts.append(amount_with_unit(value, "days", lang))
    elif op.value is ValueKind.LIST and isinstance(value, list):
        parts.append(", ".join(str(v) for v in value))
    elif op.value is not ValueKind.NONE:
        parts.append(NOT_SET if value in (None, "") else str(value))
    return " ".join(parts)
