"""What a step row means for a person: its state, a sentence saying why (in the reader's language), the compared values.

Reads only what the engine records in `steps` (status, detail, error); see
runtime/engine/detail.py for the detail each node kind writes (the executors and loop.py). Branches
are named by their port's title ("Sí", not «yes»), times in the reader's format, stored English
errors translated (runtime/history/wording.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from runtime.catalog.types import Text
from runtime.history.wording import (
    error_text,
    labelled,
    moved_text,
    origin_text,
    rules_text,
    value_text,
    when,
    why_not_working,
)
from runtime.i18n.rendered import translate_rendered
from runtime.store.types import from_iso

if TYPE_CHECKING:  # not at run time: the runtime.engine package loads the whole engine
    from runtime.kernel.detail import StepDetail

T = Text
PortTitle = Callable[[str], str]
__all__ = ["Meaning", "flatten", "meaning", "rules_text", "why_not_working", "moved_text"]


@dataclass
class Meaning:
    """state (ENTRY_STATES), reason, compared rules, branch (port key), until (epoch), branch_title."""

    state: str
    reason: str
    compared: list[dict[str, Any]] = field(default_factory=list)
    branch: str | None = None
    until: float | None = None
    branch_title: str | None = None


def _t(lang: str, es: str, en: str, **values: Any) -> str:
    """`Text(es, en)` with `{fields}` filled, in `lang`."""
    return T(es, en).format(**values).get(lang)


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


def _epoch(value: Any) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    try:
        return from_iso(value) if value else None
    except (TypeError, ValueError):
        return None


def meaning(kind: str, node_type: str, status: str, detail: StepDetail, error: str | None,
            lang: str = "es", *, port_title: PortTitle | None = None, tz: dt.tzinfo | None = None) -> Meaning:
    """The Meaning of one step row (see JourneyEntry for the fields).

    `port_title` names a branch by its port key (default: the key); times are shown in
    `tz` (default: the local zone).
    """
    if node_type.startswith("operator."):
        return _operator(node_type.removeprefix("operator."), detail, lang)
    branch = detail.get("branch")
    if status == "failed":
        retry_at = _epoch(detail.get("retry_at"))
        problem = error_text(error, lang)
        if retry_at is not None:
            return Meaning("failed", _t(lang, "Falló; se reintentará el {when}: {error}",
                                        "Failed; will retry on {when}: {error}", when=when(retry_at, lang, tz),
                                        error=problem), until=retry_at)
        return Meaning("failed", _t(lang, "Falló: {error}", "Failed: {error}", error=problem))
    if status == "uncertain":
        return Meaning("uncertain", _t(
            lang, "Resultado incierto: puede que se haya enviado o no. "
                  "Decida: enviar de nuevo o darlo por hecho. ({error})",
            "Outcome unknown: it may or may not have been sent. Decide: send again or mark done. ({error})",
            error=error_text(error, lang)))
    if status == "cancelled":
        return Meaning("cancelled", _t(lang, "Cancelado.", "Cancelled."))
    if status == "waiting" and detail.get("held") is not None:  # its CRM connection was paused (runtime.crm.pause)
        until = _epoch(detail.get("until"))
        return Meaning("waiting", _t(
            lang, "Esperando a la conexión «{connection}», en pausa; sigue sola cuando vuelva (a más tardar "
                  "se reintenta el {when}): {error}",
            "Waiting for the connection «{connection}», which is paused; it goes on by itself when it is back "
            "(tried again by {when} at the latest): {error}", connection=detail.get("held"), when=when(until, lang, tz),
            error=error_text(error, lang)), until=until)
    if status == "waiting":
        until = _epoch(detail.get("until")) or _epoch(detail.get("deadline"))
        if kind == "decision":
            compared = flatten(detail.get("why"))
            return Meaning("waiting", _t(lang, "Esperando a que se cumpla la condición (como mucho hasta el {when})",
                                         "Waiting for the condition (at most until {when})",
                                         when=when(until, lang, tz)), labelled(compared, lang), until=until)
        return Meaning("waiting", _t(lang, "Esperando hasta el {when}", "Waiting until {when}",
                                     when=when(until, lang, tz)) + moved_text(detail, lang, tz), until=until)
    if status == "skipped":
        if detail.get("exit") == "goal":
            compared = flatten(detail.get("why"))
            return Meaning("condition_false",
                           _t(lang, "No se ejecutó: el contacto cumplió el objetivo y salió del flujo.",
                                                 "Not run: the contact met the goal and left the flow."),
                           labelled(compared, lang))
        why = translate_rendered(lang, str(detail.get("reason") or ""))
        return Meaning("no_change", _t(lang, "No cambió nada: {why}", "Changed nothing: {why}", why=why))
    if kind == "trigger":
        return Meaning("done", origin_text(detail.get("origin"), lang) + moved_text(detail, lang, tz))
    if kind == "decision":
        m = _decision(node_type, detail, branch, lang, port_title or str)
        m.compared = labelled(m.compared, lang)
        return m
    if kind == "wait":
        until = _epoch(detail.get("until"))
        return Meaning("done", _t(lang, "La espera terminó ({when}).", "The wait ended ({when}).",
                                  when=when(until, lang, tz)) + moved_text(detail, lang, tz), until=until)
    return _action(detail, lang)


def _decision(node_type: str, detail: StepDetail, branch: Any, lang: str, port_title: PortTitle) -> Meaning:
    name = port_title(str(branch)) if branch is not None else ""
    if "why" in detail:
        compared = flatten(detail.get("why"))
        rules = rules_text(compared, lang)
        holds = bool((detail.get("why") or {}).get("result"))
        if node_type.endswith("wait_until") and branch == "timed_out":
            text = _t(lang, "Se agotó el tiempo sin cumplirse la condición: {rules}",
                      "Timed out without the condition holding: {rules}", rules=rules)
        elif holds:
            text = _t(lang, "La condición se cumplió (rama «{branch}»): {rules}",
                      "The condition held (branch «{branch}»): {rules}", branch=name, rules=rules)
        else:
            text = _t(lang, "La condición no se cumplió (rama «{branch}»): {rules}",
                      "The condition was false (branch «{branch}»): {rules}", branch=name, rules=rules)
        state = "done" if holds and branch != "timed_out" else "condition_false"
        return Meaning(state, text, compared, branch, branch_title=name)
    if "field" in detail:  # switch
        case = detail.get("case")
        compared = [{"field": detail.get("field"), "operator": "equals", "expected": case,
                     "actual": detail.get("value"), "result": case is not None}]
        values = {"field": labelled(compared, lang)[0]["field_label"], "value": value_text(detail.get("value"), lang),
                  "branch": name}
        if case is None:
            text = _t(lang, "{field} = {value}: ningún caso coincide (rama «{branch}»)",
                      "{field} = {value}: no case matched (branch «{branch}»)", **values)
        else:
            text = _t(lang, "{field} = {value}: caso {case} (rama «{branch}»)",
                      "{field} = {value}: case {case} (branch «{branch}»)", case=value_text(case, lang), **values)
        return Meaning("done", text, compared, branch, branch_title=name)
    if "draw" in detail:  # split
        shown = detail.get("name") or name
        return Meaning("done", _t(lang, "Reparto aleatorio: {draw} → rama «{branch}»",
                                  "Random split: {draw} → branch «{branch}»", draw=detail["draw"], branch=shown),
                       [], branch, branch_title=shown)
    return Meaning("done", _t(lang, "Rama «{branch}».", "Branch «{branch}».", branch=name), [], branch,
                   branch_title=name)


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
            return Meaning("done", _t(lang, "Tarea asignada a {user}: el contacto no tiene propietario.",
                                      "Task assigned to {user}: the contact has no owner.",
                                      user=detail.get("fallback")))
        return Meaning("done", _t(lang, "Tarea creada sin asignar: el contacto no tiene propietario.",
                                  "Task created unassigned: the contact has no owner."))
    if detail.get("to"):
        cc = detail.get("cc")
        copies = ", ".join(str(c) for c in cc) if isinstance(cc, list) else ""
        if copies:
            return Meaning("done", _t(lang, "Enviado a {to} (copia a {copies}).", "Sent to {to} (copy to {copies}).",
                                      to=detail["to"], copies=copies))
        return Meaning("done", _t(lang, "Enviado a {to}.", "Sent to {to}.", to=detail["to"]))
    if "rule" in detail:
        return Meaning("done", _assigned_by_rule(detail, lang))
    return Meaning("done", _t(lang, "Hecho.", "Done."))


def _assigned_by_rule(detail: Mapping[str, Any], lang: str) -> str:
    seen = f"{detail.get('field')} = {value_text(detail.get('value'), lang)}"
    if detail.get("rule") is None:
        return _t(lang, "Asignado a {user} por defecto: ninguna regla para {seen}.",
                  "Assigned to {user} by default: no rule for {seen}.", user=detail.get("user"), seen=seen)
    return _t(lang, "Asignado a {user} por la regla «{rule}» ({seen}).",
              "Assigned to {user} by the rule «{rule}» ({seen}).", user=detail.get("user"), rule=detail["rule"],
              seen=seen)


_OPERATOR = {
    "retry": T("Un operador pidió reintentar el paso fallido", "An operator asked to retry the failed step"),
    "send_again": T("Un operador pidió enviar de nuevo", "An operator asked to send again"),
    "mark_done": T("Un operador lo dio por hecho", "An operator marked it done"),
    "skip_wait": T("Un operador saltó la espera", "An operator skipped the wait"),
    "move": T("Un operador movió el contacto a «{node}»", "An operator moved the contact to «{node}»"),
    "cancel": T("Un operador canceló el recorrido", "An operator cancelled the journey"),
    "reenroll": T("Un operador volvió a inscribir al contacto (inscripción #{enrollment})",
                  "An operator enrolled the contact again (enrollment #{enrollment})"),
}


def _operator(action: str, detail: StepDetail, lang: str) -> Meaning:
    text = _OPERATOR.get(action) or T("Acción de operador «{action}»", "Operator action «{action}»")
    if action == "reenroll" and not detail.get("new_enrollment"):
        text = T("Un operador volvió a inscribir al contacto", "An operator enrolled the contact again")
    if action == "cancel" and detail.get("reason") == "contact deleted":
        text = T("Un operador canceló el recorrido: el contacto se borró",
                 "An operator cancelled the journey: the contact was deleted")
    said = text.format(action=action, node=detail.get("to_title") or detail.get("to") or "?",
                       enrollment=detail.get("new_enrollment")).get(lang)
    by = detail.get("by") or T("operador", "operator").get(lang)
    return Meaning("operator", f"{said} ({by}).")
