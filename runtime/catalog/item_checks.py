"""Checks of the item lists that define output ports: switch cases and split branches."""

from __future__ import annotations

from collections.abc import Mapping

from runtime.catalog.field_checks import ConfigProblem, about
from runtime.catalog.types import ConfigField, FieldKind
from runtime.catalog.types import Text as T
from runtime.fold import fold


def ported_items(f: ConfigField, items: list, keys: tuple[str, ...]) -> list[ConfigProblem]:
    """Shared checks of switch cases and split branches: shape and unique port ids."""
    seen: set[str] = {"in", "other"} if f.kind is FieldKind.CASES else {"in"}
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping) or not isinstance(item.get("port"), str):
            return [
                about(f, "wrong_kind", T("el elemento {n} debe tener {keys}.", "item {n} must have {keys}.")
                                       .format(n=n, keys=", ".join(keys)))
            ]
        port = item["port"]
        if not port.strip():
            return [
                about(f, "missing_port",
                      T("al elemento {n} le falta el id de su salida («port»).", "item {n} has no output id («port»).")
                      .format(n=n))
            ]
        if port in seen:
            return [
                about(f, "duplicate_port",
                      T("el elemento {n} repite la salida «{port}».", "item {n} repeats the output «{port}».")
                      .format(n=n, port=port))
            ]
        seen.add(port)
        extra = sorted(set(item) - set(keys))
        if extra:
            return [
                about(f, "unknown_key",
                      T("el elemento {n} tiene la clave desconocida «{key}».", "item {n} has the unknown key «{key}».")
                      .format(n=n, key=extra[0]))
            ]
    return []


def cases(f: ConfigField, items: list) -> list[ConfigProblem]:
    problems = ported_items(f, items, ("port", "label", "value"))
    if problems:
        return problems
    for n, item in enumerate(items, 1):
        value = item.get("value")
        if value is None or (isinstance(value, str) and not value.strip()):
            return [
                about(f, "missing_value", T("falta el valor del caso {n}.", "case {n} has no value.").format(n=n))
            ]
        if not isinstance(value, str | int | float | bool):
            return [
                about(f, 'wrong_kind', T('el valor del caso {n} debe ser un texto.', "case {n}'s value must be a text.")
                                       .format(n=n))
            ]
    return []


def branches(f: ConfigField, items: list) -> list[ConfigProblem]:
    problems = ported_items(f, items, ("port", "name", "percent"))
    if problems:
        return problems
    total = 0.0
    for n, item in enumerate(items, 1):
        pct = item.get("percent")
        if isinstance(pct, bool) or not isinstance(pct, int | float) or not 0 <= pct <= 100:
            return [
                about(f, 'bad_percent',
                      T('el porcentaje de la rama {n} debe estar entre 0 y 100.',
                        "branch {n}'s percent must be between 0 and 100.").format(n=n))
            ]
        total += pct
    if abs(total - 100) > 1e-6:
        return [
            about(f, "bad_percent_sum",
                  T("los porcentajes suman {total:g} y deben sumar 100.",
                    "the percents add up to {total:g}; they must add up to 100.").format(total=total))
        ]
    return []


def user_rules(f: ConfigField, items: list) -> list[ConfigProblem]:
    """Rows {value, user}: both texts, a value in one row only (compared without case or accents)."""
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("value", "user")):
            return [about(f, "wrong_kind",
                          T("la fila {n} necesita un valor y un usuario (textos).",
                            "row {n} needs a value and a user (texts).").format(n=n))]
        values = [fold(v.strip()) for v in item["value"].split(",") if v.strip()]
        if not values or not item["user"].strip():
            return [about(f, "missing_value",
                          T("a la fila {n} le falta el valor o el usuario.", "row {n} lacks its value or its user.")
                          .format(n=n))]
        repeated = [v for v in values if v in seen]
        if repeated:
            return [about(f, "duplicate_value",
                          T("el valor «{value}» está en dos filas.", "the value «{value}» is in two rows.")
                          .format(value=repeated[0]))]
        seen.update(values)
    return []
