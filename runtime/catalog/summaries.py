"""One-line summaries of a node's config for the canvas ("Espera 2 días", "Si ciudad = Madrid").

Each catalog entry points its `summary` at one of these functions; `summarize` is
the public entry: it fills defaults and never raises on a malformed config.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from runtime.catalog.cron import describe_cron
from runtime.catalog.phrases import (
    NOT_SET,
    amount_with_unit,
    condition_phrase,
    field_label,
    offset_phrase,
    shorten,
    weekdays_phrase,
)
from runtime.catalog.types import NodeType, Text
from runtime.i18n.formats import format_time

T = Text
Config = Mapping[str, Any]
MAX_LENGTH = 60


def summarize(node_type: NodeType, config: Config | None, lang: str) -> str:
    """The one-line summary of a node of `node_type` with `config`, in `lang` ("es", "en", "fr", "id")."""
    merged = {**node_type.default_config(), **(config or {})}
    if node_type.summary is None:
        return node_type.title.get(lang)
    try:
        return shorten(node_type.summary(merged, lang), MAX_LENGTH)
    except (TypeError, ValueError, KeyError, AttributeError):
        return node_type.title.get(lang)


def _v(config: Config, key: str, limit: int = 40) -> str:
    value = config.get(key)
    return NOT_SET if value in (None, "", [], {}) else shorten(value, limit)


def _time(config: Config, key: str, lang: str) -> str:
    """ "09:30" as the language writes a time (9:30, 09.30, 9:30 AM); as typed when it is not HH:MM."""
    value = config.get(key)
    try:
        hour, minute = str(value).split(":")
        return format_time(dt.time(int(hour), int(minute)), lang)
    except (TypeError, ValueError):
        return _v(config, key)


def _with_filter(head: Text, config: Config, lang: str) -> str:
    phrase = condition_phrase(config.get("filter"), lang)
    if phrase == NOT_SET:
        return head.get(lang)
    return T("{head}, si {condition}", "{head}, if {condition}").format(head=head, condition=phrase).get(lang)


def _who(value: Any) -> Text:
    if value == "contact":
        return T("al contacto", "to the contact")
    if value == "owner":
        return T("al propietario", "to the owner")
    if value == "deal_owner":
        return T("al propietario del negocio", "to the deal's owner")
    return T("a {who}", "to {who}").format(who=_v({"x": value}, "x"))


# triggers


def contact_created(c: Config, lang: str) -> str:
    return _with_filter(T("Contacto nuevo", "New contact"), c, lang)


def contact_updated(c: Config, lang: str) -> str:
    fields = [f for f in c.get("fields") or [] if isinstance(f, str)]
    if not fields:
        head = T("Cambia cualquier campo", "Any field changes")
    else:
        shown = ", ".join(field_label(f, lang) for f in fields[:3]) + (
            "…" if len(fields) > 3 else ""
        )
        head = T("Cambia {fields}", "{fields} changes").format(fields=shown)
    return _with_filter(head, c, lang)


def tag_added(c: Config, lang: str) -> str:
    return _with_filter(T("Etiqueta: {tag}", "Tag: {tag}").format(tag=_v(c, "tag")), c, lang)


def deal_stage_changed(c: Config, lang: str) -> str:
    if c.get("from_stage") and not c.get("to_stage"):
        return T("{pipeline}: sale de {stage}", "{pipeline}: leaves {stage}").format(
            pipeline=_v(c, "pipeline"), stage=_v(c, "from_stage")).get(lang)
    if c.get("from_stage"):
        move = f"{_v(c, 'from_stage')} → {_v(c, 'to_stage')}"
        return f"{_v(c, 'pipeline')}: {move}"
    return T("{pipeline}: pasa a {stage}", "{pipeline}: moves to {stage}").format(
        pipeline=_v(c, "pipeline"), stage=_v(c, "to_stage")).get(lang)


def _working(c: Config, text: str, lang: str) -> str:
    """`text`, marked when the moment keeps to working time."""
    return f"{text} {T('(laborable)', '(working time)').get(lang)}" if c.get("working_time") else text


def date_field(c: Config, lang: str) -> str:
    text = f"{offset_phrase(c.get('offset_days'), c.get('field'), lang)}, {_time(c, 'at_time', lang)}"
    return _working(c, text[:1].upper() + text[1:], lang)


def schedule(c: Config, lang: str) -> str:
    text = describe_cron(c.get("cron") or "", lang)
    return f"{text} ({c['timezone']})" if c.get("timezone") else text


def form_submitted(c: Config, lang: str) -> str:
    mapped = len(c.get("fields") or {})
    text = T("Envío web (correo en «{value}», {mapped} campo(s))",
             "Web submission (email in «{value}», {mapped} field(s))").format(value=_v(c, "email_field"), mapped=mapped)
    return _with_filter(text, c, lang)


def manual(c: Config, lang: str) -> str:
    label = c.get("label")
    return f"«{shorten(label, 40)}»" if label else T("Se lanza a mano", "Started by hand").get(lang)


# actions


def update_fields(c: Config, lang: str) -> str:
    values = c.get("values") or {}
    if not isinstance(values, Mapping) or not values:
        return T("Sin campos", "No fields").get(lang)
    items = list(values.items())
    text = ", ".join(f"{field_label(k, lang)} = {shorten(v, 20)}" for k, v in items[:2])
    return text + (
        T(" y {n} más", " and {n} more").format(n=len(items) - 2).get(lang)
        if len(items) > 2
        else ""
    )


def add_tag(c: Config, lang: str) -> str:
    return T("Añade «{tag}»", "Add «{tag}»").format(tag=_v(c, "tag")).get(lang)


def remove_tag(c: Config, lang: str) -> str:
    return T("Quita «{tag}»", "Remove «{tag}»").format(tag=_v(c, "tag")).get(lang)


def create_task(c: Config, lang: str) -> str:
    days = c.get("due_in_days")
    due = (
        T("para hoy", "due today")
        if days == 0
        else T("en {span}", "in {span}").format(span=amount_with_unit(days, "days", lang))
    )
    return f"{_v(c, 'title')} ({due.get(lang)})"


def assign_owner(c: Config, lang: str) -> str:
    if c.get("strategy") == "round_robin":
        n = len(c.get("users") or [])
        text = T("Por turnos entre {n} usuarios", "Round robin among {n} users").format(n=n)
    elif c.get("strategy") == "rules":
        n = len(c.get("rules") or [])
        text = T("Según {field} ({n} regla(s))", "By {field} ({n} rule(s))").format(field=_v(c, "rule_field"), n=n)
    else:
        text = T("Propietario: {user}", "Owner: {user}").format(user=_v(c, "user"))
    target = c.get("target") or "contact"
    if target == "deal":
        text = T("Negocio. {assignment}", "Deal. {assignment}").format(assignment=text)
    elif target == "both":
        text = T("Contacto y negocio. {assignment}", "Contact and deal. {assignment}").format(assignment=text)
    return text.get(lang)


def move_deal_stage(c: Config, lang: str) -> str:
    return f"{_v(c, 'pipeline')} → {_v(c, 'stage')}"


def send_email(c: Config, lang: str) -> str:
    if c.get("template"):
        return T("Plantilla guardada {who}", "Stored template {who}").format(who=_who(c.get("to"))).get(lang)
    return f"«{_v(c, 'subject')}» {_who(c.get('to')).get(lang)}"


def notify_user(c: Config, lang: str) -> str:
    who = (
        T("Al propietario", "To the owner")
        if c.get("user") == "owner"
        else T("A {user}", "To {user}").format(user=_v(c, "user"))
    )
    return f"{who.get(lang)}: {_v(c, 'message')}"


def webhook(c: Config, lang: str) -> str:
    return f"{c.get('method') or 'POST'} {_v(c, 'url', MAX_LENGTH)}"


def generate_report(c: Config, lang: str) -> str:
    return T("Informe {who}", "Report {who}").format(who=_who(c.get("send_to"))).get(lang)


def enroll_in_flow(c: Config, lang: str) -> str:
    return T("Flujo: {flow}", "Flow: {flow}").format(flow=_v(c, "flow")).get(lang)


# waits


def wait_duration(c: Config, lang: str) -> str:
    span = amount_with_unit(c.get("amount"), c.get("unit"), lang)
    if c.get("count") == "business":
        return T("Espera {span} laborables", "Wait {span} of business time").format(span=span).get(lang)
    return _working(c, T("Espera {span}", "Wait {span}").format(span=span).get(lang), lang)


def wait_until_date_field(c: Config, lang: str) -> str:
    when = f"{offset_phrase(c.get('offset_days'), c.get('field'), lang)}, {_time(c, 'at_time', lang)}"
    return _working(c, T("Hasta {when}", "Until {when}").format(when=when).get(lang), lang)


def wait_until_time(c: Config, lang: str) -> str:
    days = weekdays_phrase(c.get("weekdays"), lang)
    text = T("Hasta {days} a las {time}", "Until {days} at {time}").format(
        days=days, time=_time(c, "at_time", lang)).get(lang)
    return _working(c, f"{text} ({c['timezone']})" if c.get("timezone") else text, lang)


# decisions


def decision_if(c: Config, lang: str) -> str:
    phrase = condition_phrase(c.get("condition"), lang)
    return T("Si {condition}", "If {condition}").format(condition=phrase).get(lang)


def decision_switch(c: Config, lang: str) -> str:
    n = len([x for x in c.get("cases") or [] if isinstance(x, Mapping)])
    label = field_label(c.get("field"), lang)
    cases = T("1 caso", "1 case") if n == 1 else T("{n} casos", "{n} cases").format(n=n)
    return T("Según {field}: {cases}", "By {field}: {cases}").format(field=label, cases=cases).get(lang)


def decision_split(c: Config, lang: str) -> str:
    parts = [
        f"{b.get('name') or b.get('port')} {b.get('percent', 0):g} %"
        for b in c.get("branches") or []
        if isinstance(b, Mapping)
    ]
    return " / ".join(parts) or NOT_SET


def decision_wait_until(c: Config, lang: str) -> str:
    phrase = condition_phrase(c.get("condition"), lang)
    span = amount_with_unit(c.get("timeout_amount"), c.get("timeout_unit"), lang)
    return T("Hasta que {condition} (máx. {span})", "Until {condition} (max {span})").format(
        condition=phrase, span=span).get(lang)
