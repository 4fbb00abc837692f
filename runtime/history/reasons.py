"""What one step row means for a person: its state, a sentence saying why (es/en), the compared values.

Reads only what the engine records in `steps` (status, detail, error); see
runtime/engine/detail.py for the detail each node kind writes (the executors and loop.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from runtime.catalog.conditions import OPERATORS
from runtime.store.types import from_iso, to_iso

if TYPE_CHECKING:  # not at run time: the runtime.engine package loads the whole engine
    from runtime.engine.detail import StepDetail

_OPS = {op.id: op.title for op in OPERATORS}


@dataclass
class Meaning:
    """state (ENTRY_STATES), reason, compared rules, branch, until (epoch)."""

    state: str
    reason: str
    compared: list[dict[str, Any]] = field(default_factory=list)
    branch: str | None = None
    until: float | None = None


def _t(lang: str, es: str, en: str) -> str:
    return es if lang == "es" else en


def _value(v: Any) -> str:
    if v is None:
        return "∅"
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return f"«{v}»"


def flatten(why: Any) -> list[dict[str, Any]]:
    """The leaf rules of a condition's `why` as {field, operator, expected, actual, result[, note]}."""
    out: list[dict[str, Any]] = []
    if not isinstance(why, dict):
        return out
    for rule in why.get("rules") or []:
        if isinstance(rule, dict) and "rules" in rule:
            out.extend(flatten(rule))
        elif isinstance(rule, dict):
            item = {"field": rule.get("field", ""), "operator": rule.get("op", ""), "expected": rule.get("expected"),
                    "actual": rule.get("actual"), "result": bool(rule.get("result"))}
            if rule.get("note"):
                item["note"] = rule["note"]
            out.append(item)
    return out


def rules_text(compared: list[dict[str, Any]], lang: str) -> str:
    """"field op «expected»: value «actual» → yes/no; ..." in `lang`."""
    parts = []
    for c in compared:
        op = _OPS.get(c["operator"])
        op_text = op.get(lang) if op else c["operator"]
        verdict = _t(lang, "sí", "yes") if c["result"] else _t(lang, "no", "no")
        parts.append(f"{c['field']} {op_text} {_value(c['expected'])}: {_t(lang, 'valor', 'value')} "
                     f"{_value(c['actual'])} → {verdict}")
    return "; ".join(parts)


_DAYS = {"mon": ("lunes", "Monday"), "tue": ("martes", "Tuesday"), "wed": ("miércoles", "Wednesday"),
         "thu": ("jueves", "Thursday"), "fri": ("viernes", "Friday"), "sat": ("sábado", "Saturday"),
         "sun": ("domingo", "Sunday")}


def why_not_working(why: dict[str, Any], lang: str) -> str:
    """"Christmas Day (a public holiday, ES-MD)", "Sunday is not a working day", "outside business hours"."""
    if why.get("kind") == "holiday":
        name = (why.get("name") or {}).get(lang) or (why.get("name") or {}).get("en") or ""
        region = why.get("region") or ""
        return _t(lang, f"{name} (festivo, {region})", f"{name} (a public holiday, {region})")
    if why.get("kind") == "day_off":
        es, en = _DAYS.get(why.get("day", ""), (why.get("day", ""),) * 2)
        return _t(lang, f"el {es} no es laborable", f"{en} is not a working day")
    return _t(lang, f"fuera del horario laboral ({why.get('hours')})", f"outside business hours ({why.get('hours')})")


def moved_text(detail: dict[str, Any], lang: str) -> str:
    """" Moved from X to Y: <why>." / " Skipped: ..." for waits and triggers kept to working time."""
    out = ""
    moved = detail.get("moved")
    if isinstance(moved, dict) and isinstance(moved.get("why"), dict):
        why = why_not_working(moved["why"], lang)
        out += _t(lang, f" Se movió del {moved.get('from')} al {moved.get('to')}: {why}.",
                  f" Moved from {moved.get('from')} to {moved.get('to')}: {why}.")
    skipped = [s for s in detail.get("skipped") or [] if isinstance(s, dict)]
    if skipped:
        days = "; ".join(f"{s.get('date')} {why_not_working(s, lang)}" for s in skipped)
        out += _t(lang, f" Días no laborables saltados: {days}.", f" Non-working days skipped: {days}.")
    return out


def _epoch(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    try:
        return from_iso(value) if value else None
    except (TypeError, ValueError):
        return None


def meaning(kind: str, node_type: str, status: str, detail: StepDetail, error: str | None,
            lang: str = "es") -> Meaning:
    """The Meaning of one step row (see JourneyEntry for the fields)."""
    if node_type.startswith("operator."):
        return _operator(node_type.removeprefix("operator."), detail, lang)
    branch = detail.get("branch")
    if status == "failed":
        retry_at = _epoch(detail.get("retry_at"))
        if retry_at is not None:
            return Meaning("failed", _t(lang, f"Falló; se reintentará el {to_iso(retry_at)}: {error}",
                                        f"Failed; will retry at {to_iso(retry_at)}: {error}"), until=retry_at)
        return Meaning("failed", _t(lang, f"Falló: {error}", f"Failed: {error}"))
    if status == "uncertain":
        return Meaning("uncertain", _t(
            lang, f"Resultado incierto: puede que se haya enviado o no. Decida: enviar de nuevo o darlo por hecho. ({error})",
            f"Outcome unknown: it may or may not have been sent. Decide: send again or mark done. ({error})"))
    if status == "cancelled":
        return Meaning("cancelled", _t(lang, "Cancelado.", "Cancelled."))
    if status == "waiting" and detail.get("held") is not None:  # its CRM connection was paused (runtime.crm.pause)
        until = _epoch(detail.get("until"))
        return Meaning("waiting", _t(
            lang, f"Esperando a la conexión «{detail['held']}», en pausa; sigue sola cuando vuelva (a más tardar "
                  f"se reintenta el {to_iso(until)}): {error}",
            f"Waiting for the connection «{detail['held']}», which is paused; it goes on by itself when it is back "
            f"(tried again by {to_iso(until)} at the latest): {error}"), until=until)
    if status == "waiting":
        until = _epoch(detail.get("until")) or _epoch(detail.get("deadline"))
        if kind == "decision":
            compared = flatten(detail.get("why"))
            return Meaning("waiting", _t(lang, f"Esperando a que se cumpla la condición (como mucho hasta {to_iso(until)})",
                                         f"Waiting for the condition (at most until {to_iso(until)})"),
                           compared, until=until)
        return Meaning("waiting", _t(lang, f"Esperando hasta {to_iso(until)}", f"Waiting until {to_iso(until)}")
                       + moved_text(detail, lang), until=until)
    if status == "skipped":
        if detail.get("exit") == "goal":
            compared = flatten(detail.get("why"))
            return Meaning("condition_false", _t(lang, "No se ejecutó: el contacto cumplió el objetivo y salió del flujo.",
                                                 "Not run: the contact met the goal and left the flow."), compared)
        why = detail.get("reason") or ""
        return Meaning("no_change", _t(lang, f"No cambió nada: {why}", f"Changed nothing: {why}"))
    if kind == "trigger":
        origin = detail.get("origin") or ""
        return Meaning("done", _t(lang, f"Entró en el flujo ({origin}).", f"Entered the flow ({origin}).")
                       + moved_text(detail, lang))
    if kind == "decision":
        return _decision(node_type, detail, branch, lang)
    if kind == "wait":
        until = _epoch(detail.get("until"))
        return Meaning("done", _t(lang, f"La espera terminó ({to_iso(until)}).", f"The wait ended ({to_iso(until)}).")
                       + moved_text(detail, lang), until=until)
    return _action(detail, lang)


def _decision(node_type: str, detail: StepDetail, branch: Any, lang: str) -> Meaning:
    if "why" in detail:
        compared = flatten(detail.get("why"))
        rules = rules_text(compared, lang)
        holds = bool((detail.get("why") or {}).get("result"))
        if node_type.endswith("wait_until") and branch == "timed_out":
            return Meaning("condition_false", _t(lang, f"Se agotó el tiempo sin cumplirse la condición: {rules}",
                                                 f"Timed out without the condition holding: {rules}"), compared, branch)
        if holds:
            return Meaning("done", _t(lang, f"La condición se cumplió (rama «{branch}»): {rules}",
                                      f"The condition held (branch «{branch}»): {rules}"), compared, branch)
        return Meaning("condition_false", _t(lang, f"La condición no se cumplió (rama «{branch}»): {rules}",
                                             f"The condition was false (branch «{branch}»): {rules}"), compared, branch)
    if "field" in detail:  # switch
        case = detail.get("case")
        compared = [{"field": detail.get("field"), "operator": "equals", "expected": case,
                     "actual": detail.get("value"), "result": case is not None}]
        if case is None:
            return Meaning("done", _t(lang, f"{detail.get('field')} = {_value(detail.get('value'))}: ningún caso coincide "
                                      f"(rama «{branch}»)", f"{detail.get('field')} = {_value(detail.get('value'))}: "
                                      f"no case matched (branch «{branch}»)"), compared, branch)
        return Meaning("done", _t(lang, f"{detail.get('field')} = {_value(detail.get('value'))}: caso {_value(case)} "
                                  f"(rama «{branch}»)", f"{detail.get('field')} = {_value(detail.get('value'))}: "
                                  f"case {_value(case)} (branch «{branch}»)"), compared, branch)
    if "draw" in detail:  # split
        name = detail.get("name") or branch
        return Meaning("done", _t(lang, f"Reparto aleatorio: {detail['draw']} → rama «{name}»",
                                  f"Random split: {detail['draw']} → branch «{name}»"), [], branch)
    return Meaning("done", _t(lang, f"Rama «{branch}».", f"Branch «{branch}»."), [], branch)


def _action(detail: StepDetail, lang: str) -> Meaning:
    if detail.get("changed") is False:
        return Meaning("no_change", _t(lang, "No cambió nada: el contacto ya estaba así.",
                                       "Changed nothing: the contact was already like that."))
    if "changes" in detail and not detail.get("changes"):
        return Meaning("no_change", _t(lang, "No cambió nada: los campos ya tenían esos valores.",
                                       "Changed nothing: the fields already held those values."))
    if detail.get("outbox") == "already delivered":
        return Meaning("no_change", _t(lang, "No se envió de nuevo: este mensaje ya estaba entregado.",
                                       "Not sent again: this message was already delivered."))
    if detail.get("refused"):
        return Meaning("no_change", _t(lang, "No cambió nada: el otro flujo no admitió al contacto.",
                                       "Changed nothing: the other flow did not take the contact."))
    if detail.get("no_owner"):
        if detail.get("fallback"):
            return Meaning("done", _t(lang, f"Tarea asignada a {detail['fallback']}: el contacto no tiene propietario.",
                                      f"Task assigned to {detail['fallback']}: the contact has no owner."))
        return Meaning("done", _t(lang, "Tarea creada sin asignar: el contacto no tiene propietario.",
                                  "Task created unassigned: the contact has no owner."))
    if detail.get("to"):
        copies = ", ".join(detail.get("cc") or [])
        cc = _t(lang, f" (copia a {copies})", f" (copy to {copies})") if copies else ""
        return Meaning("done", _t(lang, f"Enviado a {detail['to']}{cc}.", f"Sent to {detail['to']}{cc}."))
    if "rule" in detail:
        return Meaning("done", _assigned_by_rule(detail, lang))
    return Meaning("done", _t(lang, "Hecho.", "Done."))


def _assigned_by_rule(detail: dict[str, Any], lang: str) -> str:
    seen = f"{detail.get('field')} = {_value(detail.get('value'))}"
    if detail.get("rule") is None:
        return _t(lang, f"Asignado a {detail.get('user')} por defecto: ninguna regla para {seen}.",
                  f"Assigned to {detail.get('user')} by default: no rule for {seen}.")
    return _t(lang, f"Asignado a {detail.get('user')} por la regla «{detail['rule']}» ({seen}).",
              f"Assigned to {detail.get('user')} by the rule «{detail['rule']}» ({seen}).")


_OPERATOR = {
    "retry": ("Un operador pidió reintentar el paso fallido", "An operator asked to retry the failed step"),
    "send_again": ("Un operador pidió enviar de nuevo", "An operator asked to send again"),
    "mark_done": ("Un operador lo dio por hecho", "An operator marked it done"),
    "skip_wait": ("Un operador saltó la espera", "An operator skipped the wait"),
    "move": ("Un operador movió el contacto", "An operator moved the contact"),
    "cancel": ("Un operador canceló el recorrido", "An operator cancelled the journey"),
    "reenroll": ("Un operador volvió a inscribir al contacto", "An operator enrolled the contact again"),
}


def _operator(action: str, detail: StepDetail, lang: str) -> Meaning:
    es, en = _OPERATOR.get(action, (f"Acción de operador «{action}»", f"Operator action «{action}»"))
    by = detail.get("by") or "operator"
    extra = ""
    if action == "move":
        extra = _t(lang, f" a «{detail.get('to_title') or detail.get('to')}»", f" to «{detail.get('to_title') or detail.get('to')}»")
    elif action == "cancel" and detail.get("reason") == "contact deleted":
        extra = _t(lang, ": el contacto se borró", ": the contact was deleted")
    elif action == "reenroll" and detail.get("new_enrollment"):
        extra = _t(lang, f" (inscripción #{detail['new_enrollment']})", f" (enrollment #{detail['new_enrollment']})")
    return Meaning("operator", f"{_t(lang, es, en)}{extra} ({by}).")
