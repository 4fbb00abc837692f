"""Flows in the database: drafts in `flows`, immutable snapshots in `flow_versions`.

Every function takes a SQLAlchemy Core `Connection` inside the caller's transaction
(`with db.begin() as conn:`). The draft is stored as its v1 file document, so exporting
gives back what was imported. Drafts may be invalid (the designer saves work in
progress); `validate` says what keeps them from being activated.

Names are unique: `create`, `import_flow` and `duplicate` give a taken name a
" (2)", " (3)"... suffix; `rename` and `save` refuse one. `import_flow` keeps the
file's id unless another flow has it, then assigns a new one and says so.

Two people editing: every save of a draft adds 1 to its `revision`. The designer passes
the revision it loaded (`save(..., based_on=r)`); if the draft was saved since (another
desktop, another window), the save is refused with `SaveConflict`, never a silent
overwrite. The check and the write are one conditional UPDATE, so two saves racing on
one revision cannot both win, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from runtime.catalog.registry import Catalog
from runtime.catalog.types import Text
from runtime.flows.errors import FlowFileError
from runtime.flows.fileformat import from_document, to_document
from runtime.flows.model import Flow, FlowSettings, new_id
from runtime.flows.summary import node_count
from runtime.store.rows import insert_id
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.types import now, to_iso

T = Text
MAX_NAME = 200
_SUFFIX_RE = re.compile(r"^(.*) \((\d+)\)$")


class RepositoryError(Exception):
    """A refused repository operation; `message` is Spanish and English, str() English."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


class FlowNotFound(RepositoryError, LookupError):
    """No flow (or version) with that id or name."""


class NameTaken(RepositoryError):
    """Another flow already has that name."""


class FlowIsActive(RepositoryError):
    """The flow is active and the operation needs it stopped."""


class SaveConflict(RepositoryError):
    """The draft was saved elsewhere after the revision this save was based on."""

    def __init__(self, name: str, revision: int, saved_at: float) -> None:
        super().__init__(T(
            "«{name}» se guardó en otro sitio (otro escritorio u otra ventana) después de que lo abriera: "
            "vuelva a cargarlo o guarde su versión como copia.",
            "«{name}» was saved elsewhere (another desktop or window) after you opened it: "
            "reload it, or save your version as a copy.").format(name=name))
        self.name, self.revision, self.saved_at = name, revision, saved_at


@dataclass(frozen=True)
class FlowInfo:
    """One row of the flows list."""

    id: str
    name: str
    description: str
    is_active: bool
    active_version_id: int | None
    active_version: int | None
    created_at: float
    updated_at: float
    node_count: int

    def as_dict(self) -> dict[str, Any]:
        """The `flows list --json` shape (times as ISO-8601 UTC)."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "is_active": self.is_active,
            "active_version": self.active_version,
            "created_at": to_iso(self.created_at),
            "updated_at": to_iso(self.updated_at),
            "node_count": self.node_count,
        }


@dataclass(frozen=True)
class VersionInfo:
    """One frozen version of a flow."""

    id: int
    flow_id: str
    version: int
    created_at: float
    node_count: int

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "created_at": to_iso(self.created_at),
                "node_count": self.node_count}


@dataclass(frozen=True)
class ImportResult:
    """What `import_flow` stored, and whether it had to change the id or the name."""

    flow: Flow
    original_id: str
    original_name: str

    @property
    def id_changed(self) -> bool:
        return self.flow.id != self.original_id

    @property
    def name_changed(self) -> bool:
        return self.flow.name != self.original_name


def _node_count(doc: Any, source: str) -> int:
    """The node count the flows list shows; 0 for a document no Caudal wrote (see `get`)."""
    try:
        return node_count(doc, source)
    except FlowFileError:
        return 0


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise RepositoryError(T("El nombre del flujo no puede estar vacío.",
                                "The flow's name cannot be empty."))
    if len(name) > MAX_NAME:
        raise RepositoryError(T("El nombre del flujo supera {limit} caracteres.",
                                "The flow's name is longer than {limit} characters.").format(limit=MAX_NAME))
    return name


def unique_name(conn: Connection, name: str, exclude_id: str | None = None) -> str:
    """`name`, or `name (2)`, `name (3)`... whichever no other flow has."""
    name = _check_name(name)
    query = select(flows.c.name).where(flows.c.id != exclude_id) if exclude_id else select(flows.c.name)
    taken = set(conn.scalars(query))
    if name not in taken:
        return name
    m = _SUFFIX_RE.match(name)
    stem, n = (m.group(1), int(m.group(2)) + 1) if m else (name, 2)
    while True:
        candidate = f"{stem} ({n})"
        if candidate not in taken and len(candidate) <= MAX_NAME:
            return candidate
        if len(candidate) > MAX_NAME:
            stem = stem[: MAX_NAME - len(f" ({n})")]
            continue
        n += 1


def _info(conn: Connection, row: Any) -> FlowInfo:
    version = None
    if row.active_version_id is not None:
        version = conn.scalar(select(flow_versions.c.version)
                              .where(flow_versions.c.id == row.active_version_id))
    return FlowInfo(row.id, row.name, row.description, bool(row.is_active), row.active_version_id,
                    version, row.created_at, row.updated_at, _node_count(row.document, f"flow {row.id}"))


def find(conn: Connection, id_or_name: str) -> FlowInfo | None:
    """The flow whose id, or else whose exact name, is `id_or_name`; None if none."""
    for column in (flows.c.id, flows.c.name):
        row = conn.execute(select(flows).where(column == id_or_name)).first()
        if row is not None:
            return _info(conn, row)
    return None


def require(conn: Connection, id_or_name: str) -> FlowInfo:
    """Like `find`, but raises `FlowNotFound` naming what was looked for."""
    info = find(conn, id_or_name)
    if info is None:
        raise FlowNotFound(T("No hay ningún flujo con id o nombre «{flow}».", "No flow has the id or name «{flow}».")
                           .format(flow=id_or_name))
    return info


def has_flows(conn: Connection) -> bool:
    """Whether any flow is stored (one indexed row read)."""
    return conn.scalar(select(flows.c.id).limit(1)) is not None


def list_flows(conn: Connection) -> list[FlowInfo]:
    """Every flow, by name (case-insensitive, then exact)."""
    infos = [_info(conn, row) for row in conn.execute(select(flows))]
    return sorted(infos, key=lambda i: (i.name.casefold(), i.name, i.id))


def get(conn: Connection, flow_id: str, catalog: Catalog | None = None) -> Flow:
    """The draft `Flow` of a flow (looked up by id or exact name)."""
    info = require(conn, flow_id)
    doc = conn.scalar(select(flows.c.document).where(flows.c.id == info.id))
    return from_document(doc, f"flow {info.id}", catalog, strict=False)


def _insert(conn: Connection, flow: Flow) -> None:
    t = now()
    conn.execute(insert(flows).values(id=flow.id, name=flow.name, description=flow.description,
                                      document=to_document(flow), is_active=False,
                                      active_version_id=None, created_at=t, updated_at=t))


def create(conn: Connection, name: str, description: str = "",
           settings: FlowSettings | None = None) -> Flow:
    """A new, empty flow with a fresh id (the name made unique if taken)."""
    flow = Flow(id=new_id(), name=unique_name(conn, name), description=description,
                settings=settings or FlowSettings())
    _insert(conn, flow)
    return flow


def import_flow(conn: Connection, flow: Flow) -> ImportResult:
    """Store a loaded flow as a new draft; a taken id or name is replaced (see module doc)."""
    stored = flow.clone()
    if conn.scalar(select(flows.c.id).where(flows.c.id == flow.id)) is not None:
        stored.id = new_id()
    stored.name = unique_name(conn, flow.name)
    _insert(conn, stored)
    return ImportResult(stored, flow.id, flow.name)


def save(conn: Connection, flow: Flow, based_on: int | None = None) -> int:
    """Replace a flow's draft with `flow` (same id); returns the draft's new revision.

    Refuses a name another flow has. `based_on`: the revision the caller loaded; a draft
    saved since raises `SaveConflict` and is left as it is (None: save whatever is there).
    """
    require_id(conn, flow.id)
    name = _check_name(flow.name)
    other = conn.scalar(select(flows.c.id).where(flows.c.name == name, flows.c.id != flow.id))
    if other is not None:
        raise NameTaken(T("Ya hay otro flujo llamado «{name}».", "Another flow is already called «{name}».")
                        .format(name=name))
    stored = flow.clone()
    stored.name = name
    where = [flows.c.id == flow.id] + ([] if based_on is None else [flows.c.revision == based_on])
    written = conn.execute(update(flows).where(*where).values(
        name=name, description=flow.description, document=to_document(stored), updated_at=now(),
        revision=flows.c.revision + 1))
    if written.rowcount != 1:
        row = conn.execute(select(flows.c.name, flows.c.revision, flows.c.updated_at)
                           .where(flows.c.id == flow.id)).one()
        raise SaveConflict(row.name, row.revision, row.updated_at)
    return revision(conn, flow.id)


def revision(conn: Connection, flow_id: str) -> int:
    """The revision of a flow's draft (0 until its first save)."""
    require_id(conn, flow_id)
    return int(conn.execute(select(flows.c.revision).where(flows.c.id == flow_id)).scalar_one())


def require_id(conn: Connection, flow_id: str) -> None:
    if conn.scalar(select(flows.c.id).where(flows.c.id == flow_id)) is None:
        raise FlowNotFound(T("No hay ningún flujo con id «{id}».", "No flow has the id «{id}».").format(id=flow_id))


def rename(conn: Connection, id_or_name: str, new_name: str) -> Flow:
    """Give a flow another (unique) name; returns the renamed draft."""
    flow = get(conn, id_or_name)
    flow.name = _check_name(new_name)
    save(conn, flow)
    return flow


def duplicate(conn: Connection, id_or_name: str, new_name: str | None = None) -> Flow:
    """A copy of a flow's draft under a new id (same node ids), inactive, with a unique name."""
    copy = get(conn, id_or_name).clone()
    copy.id = new_id()
    copy.name = unique_name(conn, new_name or copy.name)
    _insert(conn, copy)
    return copy


def delete(conn: Connection, id_or_name: str) -> None:
    """Delete a stopped flow with its versions (and their history)."""
    info = require(conn, id_or_name)
    if info.is_active:
        raise FlowIsActive(T("El flujo «{name}» está activo: desactívelo antes de borrarlo.",
                             "The flow «{name}» is active: deactivate it before deleting it.").format(name=info.name))
    conn.execute(sql_delete(flows).where(flows.c.id == info.id))


def set_active(conn: Connection, flow_id: str, version_id: int | None) -> None:
    """Mark a flow active on `version_id`, or stopped when None (used by activation)."""
    require_id(conn, flow_id)
    conn.execute(update(flows).where(flows.c.id == flow_id).values(
        is_active=version_id is not None, active_version_id=version_id, updated_at=now()))


def freeze_version(conn: Connection, flow_id: str) -> int:
    """Snapshot the current draft as the flow's next version (1, 2, 3...); return its row id."""
    require_id(conn, flow_id)
    doc = conn.scalar(select(flows.c.document).where(flows.c.id == flow_id))
    last = conn.scalar(select(func.max(flow_versions.c.version))
                       .where(flow_versions.c.flow_id == flow_id))
    return insert_id(conn, insert(flow_versions).values(
        flow_id=flow_id, version=(last or 0) + 1, document=doc, created_at=now()))


def list_versions(conn: Connection, flow_id: str) -> list[VersionInfo]:
    """A flow's frozen versions, oldest first."""
    rows = conn.execute(select(flow_versions).where(flow_versions.c.flow_id == flow_id)
                        .order_by(flow_versions.c.version))
    return [VersionInfo(r.id, r.flow_id, r.version, r.created_at,
                        _node_count(r.document, f"flow {r.flow_id} version {r.version}"))
            for r in rows]


def load_version(conn: Connection, version_id: int, catalog: Catalog | None = None) -> Flow:
    """The `Flow` frozen in flow_versions row `version_id`."""
    row = conn.execute(select(flow_versions).where(flow_versions.c.id == version_id)).first()
    if row is None:
        raise FlowNotFound(T("No existe la versión de flujo {id}.", "There is no flow version {id}.")
                           .format(id=version_id))
    return from_document(row.document, f"flow {row.flow_id} version {row.version}", catalog,
                         strict=False)
