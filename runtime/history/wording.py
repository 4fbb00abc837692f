"""The pieces of a journey's sentences in the reader's language: times, errors, origins, compared rules.

Steps store English (errors, skip reasons) and internal keys (origin "event:47", operator
"has_tag", field "contact.tags"); these helpers turn them into words for people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from runtime.catalog.conditions import OPERATOR_BY_ID, OPERATORS
from runtime.catalog.phrases import field_label
from runtime.catalog.types import Text
from runtime.i18n import Msg
from runtime.i18n.formats import format_date, format_datetime
from runtime.i18n.rendered import translate_rendered, without_prefix
from runtime.store.types import from_iso

T = Text
_OPS = {op.id: op.title for op in OPERATORS}
# An enrollment's status inside a stored English message ("enrollment 5 is waiting, not failed")
STATUS_WORDS = (Msg("active", context="status"), Msg("waiting", context="status"),
                Msg("completed", context="status"), Msg("exited", context="status"),
                Msg("failed", context="status"), Msg("cancelled", context="status"),
                Msg("uncertain", context="status"))


def when(ts: float | None, lang: str, tz: dt.tzinfo | None = None) -> str:
    """A moment as the reader writes it ("sáb, 21 nov 2026, 14:05"); "—" when unknown."""
    return format_datetime(ts, lang, long=True, tz=tz) if ts is not None else "—"


def error_text(error: str | None, lang: str) -> str:
    """A stored (English) error in `lang`, without the node type's id in front ("create_task: ")."""
    if not error:
        return ""
    return translate_rendered(lang, without_prefix(error))


_ORIGINS = {
    "event": T("Entró en el flujo por un cambio en el CRM.", "Entered the flow after a change in the CRM."),
    "timer": T("Entró en el flujo a la hora programada.", "Entered the flow at its scheduled time."),
    "manual": T("Entró en el flujo: se lanzó a mano.", "Entered the flow: started by hand."),
    "cli": T("Entró en el flujo: se lanzó desde la línea de órdenes.",
             "Entered the flow: started from the command line."),
    "simulate": T("Entró en el flujo en una simulación.", "Entered the flow in a simulation."),
    "flow": T("Entró en el flujo: lo envió otro flujo.", "Entered the flow: another flow sent the contact here."),
}


def origin_text(origin: Any, lang: str) -> str:
    """Why a contact entered the flow, from the enrollment's origin ("event:47", "manual", ...)."""
    kind, _, rest = str(origin or "").partition(":")
    if kind == "operator":
        return T("Entró de nuevo en el flujo: lo volvió a inscribir un operador ({who}).",
                 "Entered the flow again: an operator enrolled the contact again ({who}).").format(
            who=rest or "?").get(lang)
    found = _ORIGINS.get(kind)
    return (found or T("Entró en el flujo.", "Entered the flow.")).get(lang)


_DAYS = {"mon": T("el lunes no es laborable", "Monday is not a working day"),
         "tue": T("el martes no es laborable", "Tuesday is not a working day"),
         "wed": T("el miércoles no es laborable", "Wednesday is not a working day"),
         "thu": T("el jueves no es laborable", "Thursday is not a working day"),
         "fri": T("el viernes no es laborable", "Friday is not a working day"),
         "sat": T("el sábado no es laborable", "Saturday is not a working day"),
         "sun": T("el domingo no es laborable", "Sunday is not a working day")}


def why_not_working(why: dict[str, Any], lang: str) -> str:
    """ "Christmas Day (a public holiday, ES-MD)", "Sunday is not a working day", "outside business hours"."""
    if why.get("kind") == "holiday":
        names = why.get("name") or {}
        name = names.get(lang) or names.get("en") or "" if isinstance(names, dict) else str(names)
        return T("{name} (festivo, {region})", "{name} (a public holiday, {region})").format(
            name=name, region=why.get("region") or "").get(lang)
    if why.get("kind") == "day_off":
        found = _DAYS.get(why.get("day", ""))
        return found.get(lang) if found else str(why.get("day", ""))
    return T("fuera del horario laboral ({hours})", "outside business hours ({hours})").format(
        hours=why.get("hours")).get(lang)


def _moment(value: Any, lang: str, tz: dt.tzinfo | None) -> str:
    try:
        return when(from_iso(value), lang, tz) if isinstance(value, str) else when(value, lang, tz)
    except (TypeError, ValueError):
        return str(value)


def moved_text(detail: Mapping[str, Any], lang: str, tz: dt.tzinfo | None = None) -> str:
    """ " Moved from X to Y: <why>." / " Non-working days skipped: ..." for moments kept to working time."""
    out = ""
    moved = detail.get("moved")
    if isinstance(moved, dict) and isinstance(moved.get("why"), dict):
        out += " " + T("Se movió del {start} al {end}: {why}.", "Moved from {start} to {end}: {why}.").format(
            start=_moment(moved.get("from"), lang, tz), end=_moment(moved.get("to"), lang, tz),
            why=why_not_working(moved["why"], lang)).get(lang)
    skipped = [s for s in detail.get("skipped") or [] if isinstance(s, dict)]
    if skipped:
        days = "; ".join(f"{_day(s.get('date'), lang)} {why_not_working(s, lang)}" for s in skipped)
        out += " " + T("Días no laborables saltados: {days}.", "Non-working days skipped: {days}.").format(
            days=days).get(lang)
    return out


def _day(value: Any, lang: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(str(value)[:10]), lang)
    except ValueError:
        return str(value)


def value_text(v: Any, lang: str = "es") -> str:
    """A compared value: «Madrid», [«a», «b»], ∅ for nothing (« Madrid » in French)."""
    if v is None or v == []:
        return "∅"
    if isinstance(v, list):
        return "[" + ", ".join(value_text(x, lang) for x in v) + "]"
    return f"« {v} »" if lang == "fr" else f"«{v}»"


def labelled(compared: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The compared rules with `field_label` and `operator_label` added in `lang`."""
    out = []
    for c in compared:
        op = _OPS.get(str(c.get("operator")))
        out.append({**c, "field_label": field_label(c.get("field"), lang) if c.get("field") else "",
                    "operator_label": op.get(lang) if op else str(c.get("operator") or "")})
    return out


def rules_text(compared: list[dict[str, Any]], lang: str) -> str:
    """ "ciudad es igual a «Madrid»: valor «Sevilla» → no; ..." for the compared rules."""
    parts = []
    for c in labelled(compared, lang):
        verdict = T("sí", "yes") if c["result"] else T("no", "no")
        op = OPERATOR_BY_ID.get(str(c.get("operator")))
        rule = (T("{field} {operator} {expected}: valor {actual} → {verdict}",
                  "{field} {operator} {expected}: value {actual} → {verdict}") if op is None or op.needs_field
                else T("{operator} {expected}: valor {actual} → {verdict}",  # "has the tag «vip»"
                       "{operator} {expected}: value {actual} → {verdict}"))
        parts.append(rule.format(field=c["field_label"], operator=c["operator_label"],
                                 expected=value_text(c.get("expected"), lang), actual=value_text(c.get("actual"), lang),
                                 verdict=verdict).get(lang))
    return "; ".join(parts)
