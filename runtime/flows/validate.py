"""`validate(flow)`: every problem that keeps a flow from being activated.

Works on any `Flow`, including one the designer built with unknown types or edges
to nowhere (loading a file refuses those; a canvas may still hold them). Problems
come in a stable order: flow-level ones (no trigger, settings), then per node in
document order (unknown type, config), then per edge in document order (dangling,
duplicate, wrong port), then unreachable nodes in document order, then loops (a wait
of 0, such as «Wait 0 minutes», holds no one, so it does not break a loop).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runtime.catalog import get_catalog
from runtime.catalog.checks import check_config
from runtime.catalog.conditions import check_condition
from runtime.catalog.registry import Catalog
from runtime.catalog.types import NodeKind, NodeType, Text
from runtime.flows.graph import cycles, reachable
from runtime.flows.model import REENROLLMENT_POLICIES, Flow, FlowSettings, Node
from runtime.flows.problems import Problem
from runtime.i18n.text import Lazy

__all__ = ["Problem", "validate", "node_label"]

T = Text
# Node types that hold a contact for a while, so a loop through one is not a busy loop.
WAITING_TYPES = frozenset({"decision.wait_until"})


def node_label(node: Node, catalog: Catalog, lang: str = "en") -> str:
    """The node's title, or its type's title when it has none, or its type id."""
    if node.title:
        return node.title
    ntype = catalog.get(node.type)
    return ntype.title.get(lang) if ntype else node.type


def validate(flow: Flow, catalog: Catalog | None = None) -> list[Problem]:
    """Every problem of `flow`, in a stable order (empty list = ready to activate)."""
    if catalog is None:
        catalog = get_catalog()
    types = {n.id: catalog.get(n.type) for n in flow.nodes}
    problems: list[Problem] = []
    triggers = [n.id for n in flow.nodes if (t := types[n.id]) and t.kind is NodeKind.TRIGGER]
    if not triggers:
        problems.append(Problem("no_trigger", None, T(
            "El flujo no tiene ningún lanzador: nadie podrá entrar en él.",
            "The flow has no trigger: no one can ever enter it.")))
    problems.extend(_settings(flow.settings))
    for node in flow.nodes:
        problems.extend(_node(node, types[node.id]))
    links = _edges(flow, types, problems)
    if triggers:
        seen = reachable(triggers, links)
        problems.extend(
            Problem("unreachable", n.id, T(
                "Ningún lanzador llega a este nodo: nadie pasará por él.",
                "No trigger leads to this node: no one will ever reach it."))
            for n in flow.nodes if n.id not in seen
        )
    problems.extend(_loops(flow, types, links, catalog))
    return problems


def _settings(s: FlowSettings) -> list[Problem]:
    out: list[Problem] = []
    if s.reenrollment not in REENROLLMENT_POLICIES:
        allowed = ", ".join(REENROLLMENT_POLICIES)
        out.append(Problem("bad_reenrollment", None,
                           T("Reinscripción «{reenrollment}» no válida; use una de: {allowed}.",
                             "Re-enrollment «{reenrollment}» is not valid; use one of: {allowed}.")
                           .format(reenrollment=s.reenrollment, allowed=allowed),
            "reenrollment"))
    if s.goal is not None:
        out.extend(
            Problem("bad_goal", None, T("Objetivo: {problem}", "Goal: {problem}").format(problem=p.message), "goal")
            for p in check_condition(s.goal)
        )
    try:
        ZoneInfo(s.timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        out.append(Problem("bad_timezone", None,
                           T("Zona horaria «{timezone}» desconocida (p. ej. Europe/Madrid).",
                             "Unknown time zone «{timezone}» (e.g. Europe/Madrid).").format(timezone=s.timezone),
                           "timezone"))
    if isinstance(s.max_steps, bool) or not isinstance(s.max_steps, int) or s.max_steps < 1:
        out.append(Problem("bad_max_steps", None, T(
            "El máximo de pasos por contacto debe ser un número entero de 1 o más.",
            "The maximum steps per contact must be a whole number of 1 or more."), "max_steps"))
    return out


def _node(node: Node, ntype: NodeType | None) -> list[Problem]:
    if ntype is None:
        return [Problem("unknown_type", node.id, T("Tipo de nodo desconocido «{type}».", "Unknown node type «{type}».")
                                                 .format(type=node.type))]
    return [
        Problem("missing_config" if p.code == "missing" else "invalid_config", node.id, p.message,
                p.field or None)
        for p in check_config(ntype, node.config)
    ]


def _edges(flow: Flow, types: dict[str, NodeType | None],
           problems: list[Problem]) -> list[tuple[str, str]]:
    """Report edge problems; return the (source, target) pairs between existing nodes."""
    nodes = flow.node_map()
    links: list[tuple[str, str]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for i, e in enumerate(flow.edges, 1):
        src, dst = e.source, e.target
        missing = [end.node for end in (src, dst) if end.node not in nodes]
        if missing:
            anchor = src.node if src.node in nodes else dst.node if dst.node in nodes else None
            problems.append(Problem("dangling_edge", anchor,
                                    T("La conexión n.º {number} apunta al nodo «{node}», que no existe.",
                                      "Edge #{number} points to node «{node}», which does not exist.")
                                    .format(number=i, node=missing[0])))
            continue
        key = (src.node, src.port, dst.node, dst.port)
        if key in seen:
            problems.append(Problem("duplicate_edge", src.node,
                                    T("La conexión n.º {number} repite otra: {source} → {target}.",
                                      "Edge #{number} repeats another one: {source} → {target}.")
                                    .format(number=i, source=src.port, target=dst.port)))
            continue
        seen.add(key)
        links.append((src.node, dst.node))
        problems.extend(_ports(i, e.source.port, e.target.port, nodes[src.node], nodes[dst.node],
                               types[src.node], types[dst.node]))
    return links


def _ports(i: int, out_port: str, in_port: str, src: Node, dst: Node, src_type: NodeType | None,
           dst_type: NodeType | None) -> list[Problem]:
    out: list[Problem] = []
    if src_type is not None:
        names = [p.name for p in src_type.output_ports(src.config)]
        if out_port not in names:
            have = ", ".join(names) or "—"
            out.append(Problem("wrong_port", src.id,
                               T("La conexión n.º {number} sale de «{port}», que no es una salida de este nodo "
                                 "(salidas: {have}).",
                                 "Edge #{number} leaves from «{port}», which is not an output of this node "
                                 "(outputs: {have}).").format(number=i, port=out_port, have=have)))
    if dst_type is not None:
        names = [p.name for p in dst_type.inputs]
        if not names:
            out.append(Problem("wrong_port", dst.id,
                               T("La conexión n.º {number} entra en un lanzador; los lanzadores no tienen entrada.",
                                 "Edge #{number} goes into a trigger; triggers have no input.").format(number=i)))
        elif in_port not in names:
            out.append(Problem("wrong_port", dst.id,
                               T("La conexión n.º {number} entra por «{port}», que no es una entrada de este nodo "
                                 "(entradas: {have}).",
                                 "Edge #{number} enters through «{port}», which is not an input of this node "
                                 "(inputs: {have}).").format(number=i, port=in_port, have=", ".join(names))))
    return out


def _waits_zero(node: Node, ntype: NodeType) -> bool:
    """A duration wait set to 0 (or left empty): it lets a contact through at once."""
    field = next((f for f in ntype.fields if f.name == "amount"), None)
    if field is None:
        return False
    amount = node.config.get("amount", field.default)
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        return True
    try:
        return float(amount) <= 0
    except (TypeError, ValueError):
        return False  # not a number: the config check reports it


def _loops(flow: Flow, types: dict[str, NodeType | None], links: list[tuple[str, str]],
           catalog: Catalog) -> list[Problem]:
    nodes = flow.node_map()
    zero: set[str] = set()

    def waits(node_id: str) -> bool:
        t = types[node_id]
        if t is None or not (t.kind is NodeKind.WAIT or t.id in WAITING_TYPES):
            return False
        if _waits_zero(nodes[node_id], t):
            zero.add(node_id)
            return False
        return True

    busy = [n.id for n in flow.nodes if not waits(n.id)]
    out = []
    for comp in cycles(busy, links):
        def names(ids: list[str]) -> Lazy:
            return Lazy(lambda lang: ", ".join(f"«{node_label(nodes[n], catalog, lang)}»" for n in ids))

        zeros = [n for n in comp if n in zero]
        if not zeros:
            out.append(Problem("loop_without_wait", comp[0], T(
                "Bucle sin espera entre {nodes}: un contacto daría vueltas sin parar. Añada una espera.",
                "Loop with no wait through {nodes}: a contact would go round without pause. Add a wait.").format(
                nodes=names(comp))))
            continue
        out.append(Problem("loop_without_wait", zeros[0], T(
            "Bucle entre {nodes} cuya espera {waits} es de 0: un contacto daría vueltas sin parar. "
            "Ponga una espera de más de 0.",
            "Loop through {nodes} whose wait {waits} lasts 0: a contact would go round without pause. "
            "Make the wait longer than 0.").format(nodes=names(comp), waits=names(zeros))))
    return out
