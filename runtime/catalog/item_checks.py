"""Checks of the item lists that define output ports: switch cases and split branches."""

from __future__ import annotations

from collections.abc import Mapping

from runtime.catalog.field_checks import ConfigProblem, problem
from runtime.catalog.types import ConfigField, FieldKind


def ported_items(f: ConfigField, items: list, keys: tuple[str, ...]) -> list[ConfigProblem]:
    """Shared checks of switch cases and split branches: shape and unique port ids."""
    seen: set[str] = {"in", "other"} if f.kind is FieldKind.CASES else {"in"}
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping) or not isinstance(item.get("port"), str):
            return [
                problem(
                    f,
                    "wrong_kind",
                    f"el elemento {n} debe tener {', '.join(keys)}.",
                    f"item {n} must have {', '.join(keys)}.",
                )
            ]
        port = item["port"]
        if not port.strip():
            return [
                problem(
                    f,
                    "missing_port",
                    f"al elemento {n} le falta el id de su salida («port»).",
                    f"item {n} has no output id («port»).",
                )
            ]
        if port in seen:
            return [
                problem(
                    f,
                    "duplicate_port",
                    f"el elemento {n} repite la salida «{port}».",
                    f"item {n} repeats the output «{port}».",
                )
            ]
        seen.add(port)
        extra = sorted(set(item) - set(keys))
        if extra:
            return [
                problem(
                    f,
                    "unknown_key",
                    f"el elemento {n} tiene la clave desconocida «{extra[0]}».",
                    f"item {n} has the unknown key «{extra[0]}».",
                )
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
                problem(
                    f, "missing_value", f"falta el valor del caso {n}.", f"case {n} has no value."
                )
            ]
        if not isinstance(value, str | int | float | bool):
            return [
                problem(
                    f,
                    "wrong_kind",
                    f"el valor del caso {n} debe ser un texto.",
                    f"case {n}'s value must be a text.",
                )
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
                problem(
                    f,
                    "bad_percent",
                    f"el porcentaje de la rama {n} debe estar entre 0 y 100.",
                    f"branch {n}'s percent must be between 0 and 100.",
                )
            ]
        total += pct
    if abs(total - 100) > 1e-6:
        return [
            problem(
                f,
                "bad_percent_sum",
                f"los porcentajes suman {total:g} y deben sumar 100.",
                f"the percents add up to {total:g}; they must add up to 100.",
            )
        ]
    return []


def user_rules(f: ConfigField, items: list) -> list[ConfigProblem]:
    """Rows {value, user}: both texts, a value in one row only (compared without case or accents)."""
    from runtime.crm.local.text import fold

    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("value", "user")):
            return [problem(f, "wrong_kind", f"la fila {n} necesita un valor y un usuario (textos).",
                            f"row {n} needs a value and a user (texts).")]
        values = [fold(v.strip()) for v in item["value"].split(",") if v.strip()]
        if not values or not item["user"].strip():
            return [problem(f, "missing_value", f"a la fila {n} le falta el valor o el usuario.",
                            f"row {n} lacks its value or its user.")]
        repeated = [v for v in values if v in seen]
        if repeated:
            return [problem(f, "duplicate_value", f"el valor «{repeated[0]}» está en dos filas.",
                            f"the value «{repeated[0]}» is in two rows.")]
        seen.update(values)
    return []
