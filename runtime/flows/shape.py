"""Shape checks of a v1 flow document (a plain dict): keys, types, unique node ids.

`check_shape(doc, lines)` returns every `FileIssue` found, each with the line of the
object it concerns and, inside a node, the node's id and title. It knows nothing of
the catalog; `resolve` does that next.
"""

from __future__ import annotations

from typing import Any

from runtime.catalog.types import Text
from runtime.flows.errors import FileIssue
from runtime.flows.jsonlines import LineMap, Path

T = Text
FLOW_KEYS = ("id", "name", "description", "settings", "nodes", "edges")
SETTINGS_KEYS = ("reenrollment", "goal", "timezone", "crm", "max_steps")
NODE_KEYS = ("id", "type", "type_version", "title", "config", "position")
EDGE_KEYS = ("from", "to")
ENDPOINT_KEYS = ("node", "port")
# Flow and node ids are stored in columns of this size (a uuid4 is 36): PostgreSQL refuses longer.
MAX_ID = 36

_KINDS = {
    "text": T("un texto", "a text"),
    "int": T("un número entero", "a whole number"),
    "object": T("un objeto", "an object"),
    "list": T("una lista", "a list"),
    "object|null": T("un objeto o null", "an object or null"),
    "text|null": T("un texto o null", "a text or null"),
    "position": T("una lista de dos números [x, y]", "a list of two numbers [x, y]"),
}


def _is(kind: str, value: Any) -> bool:
    if kind == "text":
        return isinstance(value, str) and bool(value.strip())
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "list":
        return isinstance(value, list)
    if kind == "object|null":
        return value is None or isinstance(value, dict)
    if kind == "text|null":
        return value is None or isinstance(value, str)
    if kind == "position":
        return (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        )
    raise ValueError(kind)


class _Checker:
    def __init__(self, lines: LineMap) -> None:
        self.lines = lines
        self.issues: list[FileIssue] = []

    def add(self, path: Path, code: str, message: Text, node: dict[str, Any] | None = None) -> None:
        node_id = node_title = None
        if node is not None:
            nid, title = node.get("id"), node.get("title")
            node_id = nid if isinstance(nid, str) else None
            node_title = title if isinstance(title, str) and title else None
        self.issues.append(FileIssue(code, message, self.lines.line(path), node_id, node_title))

    def keys(self, obj: dict[str, Any], path: Path, allowed: tuple[str, ...], required: tuple[str, ...],
             where: Text, node: dict[str, Any] | None = None) -> None:
        for key in required:
            if key not in obj:
                self.add(path, "missing_key", T("falta «{key}» en {where}.", "{where} has no «{key}».").format(
                    key=key, where=where), node)
        for key in obj:
            if key not in allowed:
                self.add(path, "unknown_key",
                         T("clave desconocida «{key}» en {where}.", "unknown key «{key}» in {where}.")
                         .format(key=key, where=where), node)

    def typed(self, obj: dict[str, Any], key: str, kind: str, path: Path, where: Text,
              node: dict[str, Any] | None = None) -> bool:
        """True when `key` is absent or of `kind`; records an issue otherwise."""
        if key not in obj or _is(kind, obj[key]):
            return True
        self.add(path, "wrong_type", T("«{key}» en {where} debe ser {kind}.", "«{key}» of {where} must be {kind}.")
                 .format(key=key, where=where, kind=_KINDS[kind]), node)
        return False

    def short_id(self, obj: dict[str, Any], path: Path, where: Text, node: dict[str, Any] | None = None) -> None:
        value = obj.get("id")
        if isinstance(value, str) and len(value) > MAX_ID:
            self.add(path, "id_too_long", T("el «id» de {where} tiene {count} caracteres; como mucho {limit}.",
                                            "the «id» of {where} has {count} characters; at most {limit}.").format(
                where=where, count=len(value), limit=MAX_ID), node)


def check_shape(doc: Any, lines: LineMap) -> list[FileIssue]:
    """Every shape problem of a v1 document (empty list = well formed)."""
    c = _Checker(lines)
    if not isinstance(doc, dict):
        c.add((), "wrong_type", T("el archivo debe contener un objeto JSON.",
                                  "the file must hold a JSON object."))
        return c.issues
    c.keys(doc, (), ("format", "schema_version", "flow"), ("format", "schema_version", "flow"),
           T("el documento", "the document"))
    flow = doc.get("flow")
    if "flow" in doc and not isinstance(flow, dict):
        c.add((), "wrong_type", T("«flow» debe ser un objeto.", "«flow» must be an object."))
    if not isinstance(flow, dict):
        return c.issues
    fp: Path = ("flow",)
    where = T("el flujo", "the flow")
    c.keys(flow, fp, FLOW_KEYS, ("id", "name", "nodes", "edges"), where)
    for key, kind in (("id", "text"), ("name", "text"), ("description", "text|null"),
                      ("settings", "object"), ("nodes", "list"), ("edges", "list")):
        c.typed(flow, key, kind, fp, where)
    c.short_id(flow, fp, where)
    if isinstance(flow.get("settings"), dict):
        _settings(c, flow["settings"], (*fp, "settings"))
    if isinstance(flow.get("nodes"), list):
        _nodes(c, flow["nodes"], (*fp, "nodes"))
    if isinstance(flow.get("edges"), list):
        _edges(c, flow["edges"], (*fp, "edges"))
    return c.issues


def _settings(c: _Checker, settings: dict[str, Any], path: Path) -> None:
    where = T("los ajustes", "the settings")
    c.keys(settings, path, SETTINGS_KEYS, (), where)
    for key, kind in (("reenrollment", "text"), ("goal", "object|null"), ("timezone", "text|null"),
                      ("crm", "text|null"), ("max_steps", "int")):
        c.typed(settings, key, kind, path, where)


def _nodes(c: _Checker, nodes: list[Any], path: Path) -> None:
    seen: dict[str, int] = {}
    for i, node in enumerate(nodes):
        np = (*path, i)
        where = T("el nodo n.º {number}", "node #{number}").format(number=i + 1)
        if not isinstance(node, dict):
            c.add(np, "wrong_type", T("{where} debe ser un objeto.", "{where} must be an object.").format(where=where))
            continue
        c.keys(node, np, NODE_KEYS, ("id", "type"), where, node)
        for key, kind in (("id", "text"), ("type", "text"), ("type_version", "int"),
                          ("title", "text|null"), ("config", "object"), ("position", "position")):
            c.typed(node, key, kind, np, where, node)
        c.short_id(node, np, where, node)
        nid = node.get("id")
        if isinstance(nid, str):
            if nid in seen:
                c.add(np, "duplicate_node_id",
                      T("id repetido: ya lo usa el nodo n.º {number}.", "duplicate id: node #{number} already uses it.")
                      .format(number=seen[nid] + 1), node)
            else:
                seen[nid] = i


def _edges(c: _Checker, edges: list[Any], path: Path) -> None:
    for i, edge in enumerate(edges):
        ep = (*path, i)
        where = T("la conexión n.º {number}", "edge #{number}").format(number=i + 1)
        if not isinstance(edge, dict):
            c.add(ep, "wrong_type", T("{where} debe ser un objeto.", "{where} must be an object.").format(where=where))
            continue
        c.keys(edge, ep, EDGE_KEYS, EDGE_KEYS, where)
        for end in EDGE_KEYS:
            value = edge.get(end)
            if end not in edge:
                continue
            end_where = T("«{end}» de {where}", "«{end}» of {where}").format(end=end, where=where)
            if not isinstance(value, dict):
                c.add(ep, "wrong_type", T("{where} debe ser un objeto {{node, port}}.",
                                          "{where} must be an object {{node, port}}.").format(where=end_where))
                continue
            c.keys(value, (*ep, end), ENDPOINT_KEYS, ENDPOINT_KEYS, end_where)
            for key in ENDPOINT_KEYS:
                c.typed(value, key, "text", (*ep, end), end_where)
