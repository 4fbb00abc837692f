"""Catalog entries: decisiones, which send a contact down one of several output ports.

decision.switch and decision.split derive their ports from their config: each case or
branch carries a stable `port` id ("case_1", "branch_2") that edges refer to, so
renaming a label never breaks a connection. `next_port_id` picks the id for a new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.catalog import summaries as s
from runtime.catalog.common_fields import IN_PORTS, T, condition_field, duration_fields
from runtime.catalog.types import ConfigField, FieldKind, NodeKind, NodeType, Port

DECISION = NodeKind.DECISION
OTHER_PORT = Port("other", T("Otro", "Other"), role="other")


def next_port_id(items: Any, prefix: str) -> str:
    """A port id "<prefix>_<n>" not used by any of `items` (n = highest + 1)."""
    highest = 0
    for item in items if isinstance(items, list) else []:
        port = item.get("port") if isinstance(item, Mapping) else None
        if (
            isinstance(port, str)
            and port.startswith(f"{prefix}_")
            and port[len(prefix) + 1 :].isdigit()
        ):
            highest = max(highest, int(port[len(prefix) + 1 :]))
    return f"{prefix}_{highest + 1}"


def _items(config: Mapping[str, Any], key: str, reserved: set[str]) -> list[Mapping[str, Any]]:
    """Well-formed items of `config[key]` with unique port ids (tolerates any config)."""
    out: list[Mapping[str, Any]] = []
    seen = set(reserved)
    items = config.get(key) if isinstance(config, Mapping) else None
    for item in items if isinstance(items, list) else []:
        port = item.get("port") if isinstance(item, Mapping) else None
        if isinstance(port, str) and port.strip() and port not in seen:
            seen.add(port)
            out.append(item)
    return out


def switch_ports(config: Mapping[str, Any]) -> tuple[Port, ...]:
    """One port per case (titled by its label, else its value), then `other`."""
    ports = []
    for n, case in enumerate(_items(config, "cases", {"in", "other"}), 1):
        label = str(case.get("label") or case.get("value") or "").strip()
        title = T(label, label) if label else T("Caso {n}", "Case {n}").format(n=n)
        ports.append(Port(case["port"], title))
    return (*ports, OTHER_PORT)


def split_ports(config: Mapping[str, Any]) -> tuple[Port, ...]:
    """One port per branch, titled "A (50 %)"."""
    ports = []
    for branch in _items(config, "branches", {"in"}):
        name = str(branch.get("name") or branch["port"])
        pct = branch.get("percent")
        text = f"{name} ({pct:g} %)" if isinstance(pct, int | float) else name
        ports.append(Port(branch["port"], T(text, text)))
    return tuple(ports)


TYPES: list[NodeType] = [
    NodeType(
        id="decision.if",
        version=1,
        kind=DECISION,
        title=T("Si / si no", "If / else"),
        description=T(
            "Comprueba una condición: los contactos que la cumplen salen por «Sí», el resto por «No».",
            "Checks a condition: contacts that meet it leave through «Yes», the rest through «No».",
        ),
        icon="git-fork",
        fields=(
            condition_field(
                "condition",
                T("Condición", "Condition"),
                T(
                    "Reglas unidas con Y (todas) u O (alguna).",
                    "Rules joined by AND (all) or OR (any).",
                ),
            ),
        ),
        inputs=IN_PORTS,
        outputs=(Port("yes", T("Sí", "Yes"), role="yes"), Port("no", T("No", "No"), role="no")),
        summary=s.decision_if,
    ),
    NodeType(
        id="decision.switch",
        version=1,
        kind=DECISION,
        title=T("Según el valor", "Branch by value"),
        description=T(
            "Envía a cada contacto por una salida según el valor de un campo; si no coincide "
            "ninguno, por «Otro».",
            "Sends each contact through one output by the value of a field; when none matches, "
            "through «Other».",
        ),
        icon="list-tree",
        fields=(
            ConfigField(
                "field",
                FieldKind.FIELD,
                T("Campo", "Field"),
                T(
                    "El campo cuyo valor decide, p. ej. contact.city.",
                    "The field whose value decides, e.g. contact.city.",
                ),
                default="",
                required=True,
            ),
            ConfigField(
                "cases",
                FieldKind.CASES,
                T("Casos", "Cases"),
                T(
                    "Cada caso: un valor y el nombre de su salida.",
                    "Each case: a value and the name of its output.",
                ),
                default=[],
                required=True,
            ),
        ),
        inputs=IN_PORTS,
        dynamic_outputs=switch_ports,
        summary=s.decision_switch,
    ),
    NodeType(
        id="decision.split",
        version=1,
        kind=DECISION,
        title=T("Reparto A/B", "A/B split"),
        description=T(
            "Reparte los contactos al azar entre varias ramas según porcentajes (suman 100).",
            "Shares contacts out at random among branches by percentage (adding up to 100).",
        ),
        icon="shuffle",
        fields=(
            ConfigField(
                "branches",
                FieldKind.BRANCHES,
                T("Ramas", "Branches"),
                T(
                    "Nombre y porcentaje de cada rama; deben sumar 100.",
                    "Name and percent of each branch; they must add up to 100.",
                ),
                default=[
                    {"port": "branch_1", "name": "A", "percent": 50},
                    {"port": "branch_2", "name": "B", "percent": 50},
                ],
                required=True,
            ),
        ),
        inputs=IN_PORTS,
        dynamic_outputs=split_ports,
        summary=s.decision_split,
    ),
    NodeType(
        id="decision.wait_until",
        version=1,
        kind=DECISION,
        title=T("Esperar a que se cumpla", "Wait until"),
        description=T(
            "Espera hasta que el contacto cumpla una condición (sale por «Se cumple») o hasta "
            "agotar el plazo (sale por «Plazo agotado»).",
            "Waits until the contact meets a condition (leaves through «Met») or the time limit "
            "runs out (leaves through «Timed out»).",
        ),
        icon="alarm-clock",
        fields=(
            condition_field(
                "condition",
                T("Condición", "Condition"),
                T("Sigue en cuanto se cumple.", "Goes on as soon as it is met."),
            ),
            *duration_fields(
                "timeout_",
                T("Plazo máximo", "Time limit"),
                T("Cuánto esperar como mucho.", "How long to wait at most."),
                amount=3,
                minimum=1,
            ),
        ),
        inputs=IN_PORTS,
        outputs=(
            Port("met", T("Se cumple", "Met"), role="yes"),
            Port("timed_out", T("Plazo agotado", "Timed out"), role="no"),
        ),
        summary=s.decision_wait_until,
    ),
]
