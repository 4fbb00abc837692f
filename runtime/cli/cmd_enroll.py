"""`enroll FLOW --contact EMAIL`: fire a flow's manual trigger for contacts.

The enrollment is stored at once; its steps run under `run` (or `run --until-idle`).
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from runtime.cli.common import CliError, open_db
from runtime.crm.base import CrmError
from runtime.flows import repository
from runtime.i18n import _
from runtime.store.schema_flows import flow_versions


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enroll", parents=[parent], help=_('start an active flow for contacts (manual trigger)'),
                       description=_('Fire the manual trigger of an active flow for each contact. '
                                     'See docs/cli/runtime.md.'))
    p.add_argument("flow", metavar="FLOW", help=_('flow id or exact name'))
    p.add_argument("--contact", metavar="EMAIL", action="append", required=True,
                   help=_("the contact's email (repeat for several)"))
    p.set_defaults(handler=enroll)


def _connector(engine: Any, db: Any, crm: str) -> Any:
    connectors = getattr(engine, "connectors", None)
    if callable(connectors):
        return connectors(crm)
    from runtime.crm.local import LocalCrm

    return LocalCrm(db)


def _active_manual(conn: Any, flow: str) -> tuple[Any, Any, Any, str]:
    """(flow info, active version row, its manual trigger, its CRM) or a CliError."""
    from runtime.engine.triggers import parse_version

    info = repository.find(conn, flow)
    if info is None:
        raise CliError(_('no flow with id or name {flow!r}').format(flow=flow))
    if not info.is_active or info.active_version_id is None:
        raise CliError(_('flow «{name}» is not active; activate it first (flows activate)').format(name=info.name))
    row = conn.execute(select(flow_versions).where(flow_versions.c.id == info.active_version_id)).first()
    version = parse_version(info.id, info.name, row.id, row.created_at, row.document)
    manual = version.of_type("trigger.manual")
    if not manual:
        raise CliError(_('flow «{name}» has no manual trigger (trigger.manual) to fire').format(name=info.name))
    return info, row, manual[0], version.crm


def _find_contacts(connector: Any, emails: list[str]) -> list[tuple[str, str]]:
    """(email, contact id) of each email, read with the CRM's live ops; a CliError if one is missing."""
    ops = connector.bind(None) if hasattr(connector, "reads") else None
    found = []
    for email in emails:
        try:
            contact = ops.find_contact(email) if ops is not None else None
        except CrmError as exc:
            raise CliError(_('could not look up {email} in the CRM: {reason}')
                           .format(email=email.lower(), reason=exc)) from None
        if ops is None:  # the local CRM
            with connector.db.begin() as conn:
                contact = connector.bind(conn).find_contact(email)
        if contact is None:
            raise CliError(_('no contact with email {email}: nobody was enrolled').format(email=email.lower()))
        if ops is not None:
            connector.reads.put_contacts({str(contact["id"]): contact}, connector.clock())
        found.append((email, str(contact["id"])))
    return found


def enroll(args: argparse.Namespace) -> int:
    from runtime.crm.connections import ConnectorResolver
    from runtime.engine import Engine

    db = open_db(args)
    refused = 0
    connectors = ConnectorResolver(db)  # a flow on a connection (HubSpot, Bitrix24...) finds it
    try:
        engine = Engine(db, connectors=connectors)
        with db.begin() as conn:
            info, row, manual, crm = _active_manual(conn, args.flow)
        # A remote CRM is read before the write transaction (never an HTTP call inside it).
        found = _find_contacts(_connector(engine, db, crm), [e.strip() for e in args.contact])
        with db.begin(immediate=True) as conn:
            results = [(email, engine.enroll(conn, row.id, cid, trigger_node=manual.id, origin="cli"))
                       for email, cid in found]
    finally:
        connectors.close()
        db.dispose()
    for email, enrollment_id in results:
        if enrollment_id is None:
            refused += 1
            print(_("{email}: not enrolled (the flow's re-enrollment policy refuses a new journey)")
                  .format(email=email))
        else:
            print(_('{email}: enrollment {enrollment_id} in «{name}» v{version}')
                  .format(email=email, enrollment_id=enrollment_id, name=info.name, version=row.version))
    return 1 if refused == len(results) else 0
