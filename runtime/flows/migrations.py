"""The schema_version chain: small named, pure migrations from old documents to v1.

A document is the plain dict parsed from a file. `migrate(doc)` applies, in order,
every migration from the document's version up to `CURRENT_SCHEMA_VERSION` and
returns a new dict (the input is never changed; a current document comes back as is).
Each migration may declare `moves`: JSON paths it relocated, so line numbers found in the old file still point home.

Version 0 (Caudal's prototype files) had no `format` key, `"version": 0`, the flow's
fields at the top level, nodes with `kind`/`label`/`params`/`x`/`y`, old type ids
without a family prefix, `reenroll` as a boolean, and `links` whose ends were
"node:port" strings.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FORMAT = "caudal.flow"
CURRENT_SCHEMA_VERSION = 1

Doc = dict[str, Any]
Path = tuple[str | int, ...]

# Type ids of version 0 and what they are called now.
V0_TYPE_IDS: dict[str, str] = {
    "contact_created": "trigger.contact_created",
    "tag_added": "trigger.tag_added",
    "manual": "trigger.manual",
    "send_email": "action.send_email",
    "add_tag": "action.add_tag",
    "remove_tag": "action.remove_tag",
    "create_task": "action.create_task",
    "wait": "wait.duration",
    "if": "decision.if",
}


@dataclass(frozen=True)
class Migration:
    """One step of the chain: applies to documents of `from_version`."""

    from_version: int
    name: str
    apply: Callable[[Doc], Doc]
    moves: tuple[tuple[Path, Path], ...] = ()


def v0_to_v1_wrap_in_envelope(doc: Doc) -> Doc:
    """Top-level flow fields move under `flow`; `format` and `schema_version` appear."""
    flow = {k: v for k, v in doc.items() if k != "version"}
    return {"format": FORMAT, "schema_version": 0, "flow": flow}


def v0_to_v1_rename_reenroll_to_settings(doc: Doc) -> Doc:
    """`reenroll` (bool) and `timezone` become `settings` {reenrollment, goal, timezone}."""
    flow = doc["flow"]
    settings: dict[str, Any] = {"reenrollment": "never", "goal": None}
    if "reenroll" in flow:
        reenroll = flow.pop("reenroll")
        settings["reenrollment"] = "always" if reenroll is True else "never"
    if "timezone" in flow:
        settings["timezone"] = flow.pop("timezone")
    flow["settings"] = settings
    return doc


def v0_to_v1_rename_node_keys(doc: Doc) -> Doc:
    """Nodes: `kind` -> `type` (new ids), `label` -> `title`, `params` -> `config`, x/y -> position."""
    for node in doc["flow"].get("nodes", []):
        if not isinstance(node, dict):
            continue
        if "kind" in node:
            kind = node.pop("kind")
            node["type"] = V0_TYPE_IDS.get(kind, kind) if isinstance(kind, str) else kind
        if "label" in node:
            node["title"] = node.pop("label")
        if "params" in node:
            node["config"] = node.pop("params")
        if "x" in node or "y" in node:
            node["position"] = [node.pop("x", 0), node.pop("y", 0)]
    return doc


def v0_to_v1_rename_wait_days_to_amount(doc: Doc) -> Doc:
    """v0 waits counted only days (`days`); v1 `wait.duration` has `amount` and `unit`."""
    for node in doc["flow"].get("nodes", []):
        if not isinstance(node, dict) or node.get("type") != "wait.duration":
            continue
        config = node.get("config")
        if isinstance(config, dict) and "days" in config:
            config["amount"] = config.pop("days")
            config.setdefault("unit", "days")
    return doc


def v0_to_v1_rename_links_to_edges(doc: Doc) -> Doc:
    """`links` [{source: "node:port", target: "node:port"}] -> `edges` [{from, to}]."""
    flow = doc["flow"]
    if "links" not in flow:
        return doc
    links = flow.pop("links")
    if not isinstance(links, list):
        flow["edges"] = links  # the shape check reports it
        return doc
    flow["edges"] = [
        {"from": _endpoint(link.get("source")), "to": _endpoint(link.get("target"))}
        if isinstance(link, dict)
        else link
        for link in links
    ]
    return doc


def _endpoint(text: Any) -> Any:
    if not isinstance(text, str) or ":" not in text:
        return text  # left as is: the shape check names it
    node, port = text.rsplit(":", 1)
    return {"node": node, "port": port}


def v0_to_v1_set_schema_version(doc: Doc) -> Doc:
    doc["schema_version"] = 1
    return doc


MIGRATIONS: tuple[Migration, ...] = (
    Migration(0, "v0_to_v1_wrap_in_envelope", v0_to_v1_wrap_in_envelope,
              moves=(((), ("flow",)),)),
    Migration(0, "v0_to_v1_rename_reenroll_to_settings", v0_to_v1_rename_reenroll_to_settings),
    Migration(0, "v0_to_v1_rename_node_keys", v0_to_v1_rename_node_keys),
    Migration(0, "v0_to_v1_rename_wait_days_to_amount", v0_to_v1_rename_wait_days_to_amount),
    Migration(0, "v0_to_v1_rename_links_to_edges", v0_to_v1_rename_links_to_edges,
              moves=((("flow", "links"), ("flow", "edges")),)),
    Migration(0, "v0_to_v1_set_schema_version", v0_to_v1_set_schema_version),
)


def document_version(doc: Doc) -> int | None:
    """The schema version a parsed document claims, or None when it says none.

    v1+ documents carry `schema_version`; v0 ones carry `"version": 0` and no `format`.
    """
    if "schema_version" in doc:
        v = doc["schema_version"]
        return v if isinstance(v, int) and not isinstance(v, bool) else None
    if "format" not in doc and doc.get("version") == 0:
        return 0
    return None


def migrate(doc: Doc, version: int) -> tuple[Doc, list[Migration]]:
    """Bring `doc` (at `version`) to `CURRENT_SCHEMA_VERSION`; return it and the steps applied."""
    applied = [s for s in MIGRATIONS if version <= s.from_version < CURRENT_SCHEMA_VERSION]
    if not applied:
        return doc, []
    current = copy.deepcopy(doc)
    for step in applied:
        current = step.apply(current)
    return current, applied
