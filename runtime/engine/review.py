"""`review(flow, db)`: warnings worth reading before switching a flow on (they never block it).

`validate` says what keeps a flow from running; `review` says what will run, but
probably not as meant, because of the rest of the office's data:

- `same_trigger`: another active flow starts on the same event (the same tag, the same
  stage...), so one contact enters both (two welcome emails);
- `no_owner`: a task, notice or email goes to "the contact's owner" while some contacts
  of the local CRM have none (tasks are then created unassigned, or for the node's
  fallback user; notices and emails to the owner fail for those contacts);
- `zero_wait_loop`: a loop whose only waits last 0 minutes: a contact goes round
  without pause until the flow's step limit stops it.

The designer shows them before activating; `flows activate` prints them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.catalog import get_catalog
from runtime.catalog.types import NodeKind, Text
from runtime.flows import repository
from runtime.flows.graph import cycles
from runtime.flows.model import Flow, Node
from runtime.flows.validate import WAITING_TYPES, node_label
from runtime.i18n.text import Lazy
from runtime.store.db import Database
from runtime.store.schema_crm import crm_contacts
from runtime.store.schema_flows import flows

T = Text
CODES = ("same_trigger", "no_owner", "zero_wait_loop")
# node type -> the config key naming who receives it, and the values meaning "the owner"
OWNER_TARGETS = {
    "action.create_task": ("assignee", ("", "owner")),
    "action.notify_user": ("user", ("", "owner")),
    "action.send_email": ("to", ("owner",)),
    "action.generate_report": ("send_to", ("", "owner")),
}


@dataclass(frozen=True)
class ReviewWarning:
    """One thing to look at before activation; `node_id` is the node concerned, if any."""

    code: str
    node_id: str | None
    message: Text

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "node_id": self.node_id, "message": self.message.as_dict()}


def review(flow: Flow, db: Database | Connection) -> list[ReviewWarning]:
    """The warnings for `flow` (its draft as given) against the database's other flows and CRM."""
    if isinstance(db, Database):
        with db.begin() as conn:
            return review(flow, conn)
    conn = db

    catalog = get_catalog()
    out = _same_trigger(conn, flow, catalog)
    out += _no_owner(conn, flow, catalog)
    out += _zero_wait_loops(flow, catalog)
    return out


# --- two active flows on one trigger ------------------------------------------------------

def _fold(value: Any) -> str:
    return str(value or "").strip().casefold()


def trigger_key(node: Node) -> tuple[Any, ...] | None:
    """What makes two trigger nodes fire on the same event (None: never compared)."""
    c = node.config
    if node.type == "trigger.contact_created":
        return (node.type,)
    if node.type == "trigger.tag_added":
        return (node.type, _fold(c.get("tag")))
    if node.type == "trigger.deal_stage_changed":
        return (node.type, _fold(c.get("to_stage")))
    if node.type == "trigger.date_field":
        return (node.type, _fold(c.get("field")), c.get("offset_days") or 0)
    if node.type == "trigger.schedule":
        return (node.type, " ".join(str(c.get("cron") or "").split()), _fold(c.get("timezone")))
    if node.type == "trigger.contact_updated":
        return (node.type,)
    return None  # manual starts are a person's choice


def _overlap(a: Node, b: Node) -> bool:
    ka, kb = trigger_key(a), trigger_key(b)
    if ka is None or ka != kb:
        return False
    if a.type == "trigger.deal_stage_changed":  # an empty pipeline means any pipeline
        pa, pb = _fold(a.config.get("pipeline")), _fold(b.config.get("pipeline"))
        return not pa or not pb or pa == pb
    if a.type == "trigger.contact_updated":  # no fields chosen means any field
        fa = {_fold(f) for f in a.config.get("fields") or []}
        fb = {_fold(f) for f in b.config.get("fields") or []}
        return not fa or not fb or bool(fa & fb)
    return True


def _describe(node: Node, catalog: Any) -> Text:
    c = node.config
    if node.type == "trigger.tag_added":
        return T("cuando un contacto recibe la etiqueta «{tag}»", "when a contact gets the tag «{tag}»").format(
            tag=c.get("tag"))
    if node.type == "trigger.deal_stage_changed":
        return T("cuando un negocio pasa a «{stage}»", "when a deal moves to «{stage}»").format(
            stage=c.get("to_stage"))
    ntype = catalog.get(node.type)
    return T("con «{title}»", "on «{title}»").format(title=ntype.title if ntype else node.type)


def _same_trigger(conn: Connection, flow: Flow, catalog: Any) -> list[ReviewWarning]:
    mine = [n for n in flow.nodes if n.type.startswith("trigger.") and trigger_key(n) is not None]
    if not mine:
        return []
    rows = conn.execute(select(flows.c.id, flows.c.name, flows.c.active_version_id).where(
        flows.c.is_active.is_(True), flows.c.id != flow.id).order_by(flows.c.name)).all()
    out = []
    for row in rows:
        if row.active_version_id is None:
            continue
        try:
            other = repository.load_version(conn, row.active_version_id, catalog)
        except Exception:  # noqa: BLE001 - an unreadable version must not hide the other warnings
            continue
        for node in mine:
            if any(_overlap(node, theirs) for theirs in other.nodes if theirs.type.startswith("trigger.")):
                out.append(ReviewWarning("same_trigger", node.id, T(
                    "El flujo activo «{flow}» también empieza {when}: el mismo contacto entrará en los "
                    "dos (p. ej. recibirá dos correos de bienvenida).",
                    "The active flow «{flow}» also starts {when}: the same contact will enter both "
                    "(e.g. get two welcome emails).").format(flow=row.name, when=_describe(node, catalog))))
                break
    return out


# --- "the owner" when contacts have none ------------------------------------------------

def _label(node: Node, catalog: Any) -> Lazy:
    return Lazy(lambda lang: node_label(node, catalog, lang))


def _names(nodes: list[Node], catalog: Any) -> Lazy:
    return Lazy(lambda lang: ", ".join(f"«{node_label(n, catalog, lang)}»" for n in nodes))


def _owner_nodes(flow: Flow) -> list[Node]:
    out = []
    for node in flow.nodes:
        target = OWNER_TARGETS.get(node.type)
        if target is not None and _fold(node.config.get(target[0], "owner")) in target[1]:
            out.append(node)
    return out


def _no_owner(conn: Connection, flow: Flow, catalog: Any) -> list[ReviewWarning]:
    if flow.settings.crm not in (None, "", "local"):
        return []  # a remote CRM's contacts are not counted here
    nodes = _owner_nodes(flow)
    if not nodes:
        return []
    missing = conn.scalar(select(func.count()).select_from(crm_contacts).where(crm_contacts.c.owner_id.is_(None)))
    if not missing:
        return []
    total = conn.scalar(select(func.count()).select_from(crm_contacts)) or 0
    out = []
    for node in nodes:
        if node.type == "action.create_task":
            fallback = str(node.config.get("fallback") or "").strip()
            what = (T("la tarea se asignará a {user}", "it will be assigned to {user}").format(user=fallback)
                    if fallback else T("la tarea se creará sin asignar", "it will be created unassigned"))
        else:
            what = T("no se enviará: ese paso fallará para ellos", "it will not be sent: this step will fail for them")
        out.append(ReviewWarning("no_owner", node.id, T(
            "«{node}» es para el propietario del contacto, pero {missing} de {total} contactos no tienen "
            "propietario: para ellos {what}.",
            "«{node}» goes to the contact's owner, but {missing} of {total} contacts have no owner: "
            "for them {what}.").format(node=_label(node, catalog), missing=missing, total=total, what=what)))
    return out


# --- loops through 0-minute waits ---------------------------------------------------------

def _zero_wait(node: Node) -> bool:
    if node.type != "wait.duration":
        return False
    try:
        return float(node.config.get("amount") or 0) <= 0
    except (TypeError, ValueError):
        return False


def _zero_wait_loops(flow: Flow, catalog: Any) -> list[ReviewWarning]:
    def real_wait(node: Node) -> bool:
        ntype = catalog.get(node.type)
        kind_wait = ntype is not None and (ntype.kind is NodeKind.WAIT or ntype.id in WAITING_TYPES)
        return kind_wait and not _zero_wait(node)

    nodes = flow.node_map()
    busy = [n.id for n in flow.nodes if not real_wait(n)]
    links: Iterable[tuple[str, str]] = [(e.source.node, e.target.node) for e in flow.edges
                                        if e.source.node in nodes and e.target.node in nodes]
    out = []
    for comp in cycles(busy, links):
        zeros = [n for n in comp if _zero_wait(nodes[n])]
        if not zeros:
            continue  # a loop with no wait at all: `validate` refuses it already
        names = _names([nodes[n] for n in comp], catalog)
        out.append(ReviewWarning("zero_wait_loop", zeros[0], T(
            "Bucle entre {nodes} cuya única espera es de 0 minutos: un contacto dará vueltas sin pausa hasta "
            "el límite de pasos del flujo.",
            "Loop through {nodes} whose only wait lasts 0 minutes: a contact goes round without pause until "
            "the flow's step limit.").format(nodes=names)))
    return out
